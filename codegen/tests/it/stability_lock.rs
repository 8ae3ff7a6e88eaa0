//! The committed lock matches the registry, and the build refuses a registry
//! that breaks its lock.

use std::path::Path;

use error_codes_codegen::{Builder, Error, Project, Registry};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// The lock as `generate` writes it, preamble included.
fn lock_output(registry: &Registry, project: &Project) -> String {
    project
        .outputs(registry)
        .unwrap()
        .into_iter()
        .find(|o| project.root().join(&o.path) == project.lock_path())
        .expect("the lock is a committed output")
        .contents
}

#[test]
fn the_committed_lock_is_up_to_date() {
    let project = Project::for_registry(root().join("registry/error-codes.yaml")).unwrap();
    let registry = project.load().unwrap();
    let committed = std::fs::read_to_string(project.lock_path()).unwrap();
    assert!(
        committed == lock_output(&registry, &project),
        "{} is stale: run `{}`",
        project.lock_path().display(),
        project.regenerate_command()
    );
    assert_eq!(
        committed.lines().filter(|l| !l.starts_with('#')).count(),
        registry.code_count()
    );
}

#[test]
fn the_committed_registry_keeps_every_locked_code() {
    let project = Project::for_registry(root().join("registry/error-codes.yaml")).unwrap();
    assert!(project.lock_path().is_file());
    if let Err(err) = project.load_locked() {
        panic!("the registry breaks its lock: {err}");
    }
}

#[test]
fn the_build_fails_on_a_broken_lock_with_one_line_per_change() {
    // Laid out as a workspace, so that diagnostics name `registry/…`.
    let dir = scratch("build-break");
    let err = Builder::new(dir.join("registry/error-codes.yaml"))
        .generate()
        .unwrap_err();
    let Error::Invalid(diagnostics) = err else {
        panic!("expected diagnostics, got {err}");
    };
    let lines: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "registry/error-codes.yaml:13:15: code \"access_denied\": status changed from 403 (locked) to 401",
            "registry/error-codes.lock:4:1: locked code \"token_revoked\" (401, Auth) is no longer in the registry",
        ]
    );
}

#[test]
fn the_build_ignores_a_registry_without_a_lock() {
    // The snapshot fixtures and users' own registries need not have one.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let registry = dir.join("lock-code-removed.yaml");
    assert!(
        !Project::for_registry(&registry)
            .unwrap()
            .lock_path()
            .exists()
    );
    // Valid registry, no `error-codes.lock` next to it: builds.
    Builder::new(registry).generate().unwrap();
}

/// A scratch copy of the `lock-break` fixture laid out as a workspace:
/// `<dir>/registry/error-codes.{yaml,lock}`.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("registry")).unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lock-break");
    for file in ["error-codes.yaml", "error-codes.lock"] {
        std::fs::copy(fixture.join(file), dir.join("registry").join(file)).unwrap();
    }
    dir
}

fn cli(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_error-codes"))
        .args(args)
        .arg("registry/error-codes.yaml")
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

#[test]
fn generate_refuses_to_write_the_lock_over_a_break_and_lock_accepts_it() {
    let dir = scratch("lock-cli");
    let lock_path = dir.join("registry/error-codes.lock");
    let before = std::fs::read_to_string(&lock_path).unwrap();

    let generate = cli(&dir, &["generate"]);
    assert_eq!(generate.status.code(), Some(1));
    let report = String::from_utf8_lossy(&generate.stderr);
    assert!(
        report.contains("error: code \"access_denied\": status changed from 403 (locked) to 401"),
        "{report}"
    );
    assert!(
        report.contains("--> registry/error-codes.lock:4:1"),
        "{report}"
    );
    assert!(
        report.ends_with("error: 2 problems in the registry\n"),
        "{report}"
    );
    assert_eq!(std::fs::read_to_string(&lock_path).unwrap(), before);

    // `lock` alone is a usage error: the flag says what it does.
    assert_eq!(cli(&dir, &["lock"]).status.code(), Some(2));

    let accept = cli(&dir, &["lock", "--accept-breaking"]);
    assert_eq!(accept.status.code(), Some(0));
    let accepted = String::from_utf8_lossy(&accept.stderr);
    assert_eq!(accepted.matches("accepted: ").count(), 2, "{accepted}");
    let project = Project::for_registry(dir.join("registry/error-codes.yaml")).unwrap();
    let registry = project.load().unwrap();
    assert_eq!(
        std::fs::read_to_string(&lock_path).unwrap(),
        lock_output(&registry, &project)
    );
    // Now consistent: the build accepts it.
    Builder::new(dir.join("registry/error-codes.yaml"))
        .generate()
        .unwrap();
}
