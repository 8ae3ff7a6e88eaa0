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
    // One line per code, which starts with the code.
    for (_, code) in registry.codes() {
        let lines = committed
            .lines()
            .filter(|l| l.split_whitespace().next() == Some(code.code.as_str()));
        assert_eq!(lines.count(), 1, "{}", code.code);
    }
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
    let lines = refused(&dir);
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

/// The problems `generate` refuses the registry of the workspace `dir` with,
/// one line each.
fn refused(dir: &Path) -> Vec<String> {
    let err = Builder::new(dir.join("registry/error-codes.yaml"))
        .generate()
        .unwrap_err();
    let Error::Invalid(diagnostics) = err else {
        panic!("expected diagnostics, got {err}");
    };
    diagnostics.iter().map(ToString::to_string).collect()
}

/// A scratch copy of the `lock-break` fixture laid out as a workspace:
/// `<dir>/registry/error-codes.{yaml,lock}`.
fn scratch(name: &str) -> std::path::PathBuf {
    scratch_of("lock-break", name)
}

/// A scratch copy of `fixture` (a folder of `tests/fixtures`) laid out as
/// a workspace.
fn scratch_of(fixture: &str, name: &str) -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("registry")).unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(fixture);
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

#[test]
fn the_lock_refuses_a_major_change_of_the_wire_and_accepts_a_minor_one() {
    let dir = scratch_of("lock-wire-break", "lock-wire-break");
    let lines = refused(&dir);
    // The fixture's header lists these breaks; `retry`, an optional member
    // added, is none.
    assert_eq!(
        lines,
        [
            "registry/error-codes.yaml:28:15: member item_name_in_use.conflicts.owner removed (a breaking change since the lock)",
            "registry/error-codes.yaml:28:15: code item_name_in_use: body member \"type\" \"files_error\" -> \"file_error\" (a breaking change since the lock)",
            "registry/error-codes.yaml:36:15: member quota_exceeded.limit: now required (a breaking change since the lock)",
            "registry/error-codes.yaml:36:15: code quota_exceeded: body member \"type\" \"files_error\" -> \"file_error\" (a breaking change since the lock)",
        ]
    );
    assert_eq!(
        cli(&dir, &["lock", "--accept-breaking"]).status.code(),
        Some(0)
    );
    Builder::new(dir.join("registry/error-codes.yaml"))
        .generate()
        .unwrap();
}
