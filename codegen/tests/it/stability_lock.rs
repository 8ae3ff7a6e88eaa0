//! The committed lock matches the registry, and the build refuses a registry
//! that breaks its lock.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use error_codes_codegen::layout::Layout;
use error_codes_codegen::{Builder, Error, emit, lock};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// The lock as `generate` writes it, preamble included.
fn lock_output(registry: &error_codes_codegen::Registry, layout: &Layout) -> String {
    emit::committed(registry, layout)
        .unwrap()
        .into_iter()
        .find(|o| o.path == layout.lock_name())
        .expect("the lock is a committed output")
        .contents
}

#[test]
fn the_committed_lock_is_up_to_date() {
    let layout = Layout::new(root().join("registry/error-codes.yaml"));
    let registry = error_codes_codegen::load(layout.registry()).unwrap();
    let committed = std::fs::read_to_string(layout.lock()).unwrap();
    assert!(
        committed == lock_output(&registry, &layout),
        "{} is stale: run `{}`",
        layout.lock_name(),
        layout.regenerate_command()
    );
    assert_eq!(
        committed.lines().filter(|l| !l.starts_with('#')).count(),
        registry.code_count()
    );
}

#[test]
fn the_committed_registry_keeps_every_locked_code() {
    let path = root().join("registry/error-codes.yaml");
    let registry = error_codes_codegen::load(&path).unwrap();
    let lock_path = Layout::new(&path).lock();
    let text = std::fs::read_to_string(&lock_path).unwrap();
    lock::check(
        &registry,
        &path,
        &lock_path,
        &text,
        &error_codes_codegen::layout::Layout::new(&path),
    )
    .unwrap();
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
    assert!(!Layout::new(&registry).lock().exists());
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
    let layout = Layout::new(dir.join("registry/error-codes.yaml"));
    let registry = error_codes_codegen::load(layout.registry()).unwrap();
    assert_eq!(
        std::fs::read_to_string(&lock_path).unwrap(),
        lock_output(&registry, &layout)
    );
    // Now consistent: the build accepts it.
    Builder::new(dir.join("registry/error-codes.yaml"))
        .generate()
        .unwrap();
}
