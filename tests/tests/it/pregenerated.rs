//! The committed `src/generated/` is what consumers compile, and it is never
//! silently stale: without the `regenerate` feature, `cargo build -p
//! error-codes` compiles it as is when no registry is beside the crate (a
//! packaged or vendored crate; with `regenerate` too, as docs.rs builds it),
//! and fails naming the command that fixes it when the registry differs from
//! what it was generated from.
//!
//! Tier 2 (see CONTRIBUTING.md, "Tests: two tiers"): it builds a copy of the
//! crate with every feature, so `cargo test --workspace` skips it;
//! `cargo test --workspace -- --ignored` runs it.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use error_codes_codegen::Config;
use error_codes_tests::{copy_workspace, project};

/// A copy of the crate and its registry (and the codegen the manifest names
/// as an optional build-dependency; it is never built here).
fn copy() -> PathBuf {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("pregenerated");
    let project = project();
    let config = project.config();
    let registry_dir = Path::new(&config.registry)
        .parent()
        .and_then(Path::to_str)
        .expect("the registry is in a folder");
    copy_workspace(
        &root,
        &[&config.crate_dir, "runtime", "codegen", registry_dir],
        &[&config.crate_dir, "runtime"],
    )
    .unwrap();
    std::fs::copy(project.root().join(Config::FILE), root.join(Config::FILE)).unwrap();
    root
}

fn build(root: &Path) -> Output {
    build_with(root, &[])
}

fn build_with(root: &Path, args: &[&str]) -> Output {
    crate::run_in_copy(
        "pregenerated",
        Command::new(env!("CARGO"))
            .args(["build", "--offline", "-p", "error-codes"])
            .args(args)
            .current_dir(root),
    )
    .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
#[ignore = "tier 2: builds a copy of the workspace; run with `cargo test --workspace -- --ignored`"]
fn the_build_compiles_the_committed_data_and_refuses_a_stale_registry() {
    let _clock = crate::Clock::start();
    let root = copy();
    let registry = root.join(&project().config().registry);

    // In step: the build script computes the fingerprint the generator wrote.
    let fresh = build(&root);
    assert!(fresh.status.success(), "{}", stderr(&fresh));

    // Any edit the generator has not seen fails the build, naming the fix.
    let text = std::fs::read_to_string(&registry).unwrap();
    std::fs::write(&registry, format!("{text}# edited, not regenerated\n")).unwrap();
    let stale = build(&root);
    assert!(!stale.status.success(), "a stale registry built");
    let log = stderr(&stale);
    let fix = project().regenerate_command();
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
