//! The committed `src/generated/` is what consumers compile, and it is never
//! silently stale: without the `regenerate` feature, `cargo build -p
//! error-codes` compiles it as is when no registry is beside the crate (a
//! packaged or vendored crate; with `regenerate` too, as docs.rs builds it),
//! and fails naming the command that fixes it when the registry differs from
//! what it was generated from.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use error_codes_codegen::layout::{self, Layout};
use error_codes_tests::workspace_root;

/// A copy of the crate and its registry (and the codegen the manifest names
/// as an optional build-dependency; it is never built here).
fn copy() -> PathBuf {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("pregenerated");
    let _ = std::fs::remove_dir_all(&root);
    let source = workspace_root();
    let registry_dir = Path::new(layout::REGISTRY)
        .parent()
        .expect("the registry is in a folder");
    for dir in [
        layout::CRATE_DIR,
        "codegen",
        &registry_dir.to_string_lossy(),
    ] {
        copy_dir(&source.join(dir), &root.join(dir));
    }
    std::fs::copy(source.join("Cargo.lock"), root.join("Cargo.lock")).unwrap();
    let manifest: String = std::fs::read_to_string(source.join("Cargo.toml"))
        .unwrap()
        .lines()
        .map(|line| {
            if line.starts_with("members") {
                format!("members = [\"{}\"]", layout::CRATE_DIR)
            } else if line.starts_with("default-members") {
                String::new()
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(root.join("Cargo.toml"), manifest).unwrap();
    root
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let (path, target) = (entry.path(), to.join(entry.file_name()));
        if entry.file_type().unwrap().is_dir() {
            if entry.file_name() != "target" {
                copy_dir(&path, &target);
            }
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

fn build(root: &Path) -> Output {
    build_with(root, &[])
}

fn build_with(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO"))
        .args(["build", "--offline", "-p", "error-codes"])
        .args(args)
        .current_dir(root)
        .env(
            "CARGO_TARGET_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("pregenerated-target"),
        )
        .env_remove("RUSTC_WRAPPER")
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn the_build_compiles_the_committed_data_and_refuses_a_stale_registry() {
    let root = copy();
    let registry = root.join(layout::REGISTRY);

    // In step: the build script computes the fingerprint the generator wrote.
    let fresh = build(&root);
    assert!(fresh.status.success(), "{}", stderr(&fresh));

    // Any edit the generator has not seen fails the build, naming the fix.
    let text = std::fs::read_to_string(&registry).unwrap();
    std::fs::write(&registry, format!("{text}# edited, not regenerated\n")).unwrap();
    let stale = build(&root);
    assert!(!stale.status.success(), "a stale registry built");
    let log = stderr(&stale);
    let fix = Layout::new(layout::REGISTRY).regenerate_command();
    assert!(log.contains(&fix), "no {fix:?} in:\n{log}");
    assert!(!log.contains("panicked"), "{log}");
    assert_eq!(
        log.lines()
            .filter(|l| l.starts_with("error: error-codes"))
            .count(),
        1,
        "one error line:\n{log}"
    );

    // A Windows checkout's CRLF endings are the same registry.
    std::fs::write(&registry, text.replace('\n', "\r\n")).unwrap();
    let crlf = build(&root);
    assert!(crlf.status.success(), "{}", stderr(&crlf));

    // No registry at all: a packaged or vendored crate uses what it ships,
    // with every feature too (docs.rs builds with `regenerate` on).
    std::fs::remove_file(&registry).unwrap();
    let packaged = build(&root);
    assert!(packaged.status.success(), "{}", stderr(&packaged));
    let all_features = build_with(&root, &["--all-features"]);
    assert!(all_features.status.success(), "{}", stderr(&all_features));
}
