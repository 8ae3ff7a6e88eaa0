//! The command line's contract: output streams and exit codes.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{run, text, workspace};
use std::path::{Path, PathBuf};

/// A scratch workspace holding only a registry.
fn scratch(name: &str, registry: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("registry")).unwrap();
    std::fs::write(root.join("registry/error-codes.yaml"), registry).unwrap();
    root
}

#[test]
fn check_on_the_committed_registry_is_silent_and_succeeds() {
    let out = run(&["check"], &workspace());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "");
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn check_exits_1_on_registry_errors_and_names_the_place() {
    let root = scratch(
        "cli-bad",
        &std::fs::read_to_string(workspace().join("codegen/tests/fixtures/small.yaml"))
            .unwrap()
            .replace("status: 404", "status: 200"),
    );
    let out = run(&["check"], &root);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "", "check prints nothing but errors");
    let err = text(&out.stderr);
    assert!(err.contains("registry/error-codes.yaml:"), "{err}");
    assert!(err.contains("widget_not_found"), "{err}");
    assert!(err.contains("200"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["check", "a.yaml", "b.yaml"],
        &["check", "--bogus"],
    ] {
        let out = run(args, &workspace());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out.stderr).contains("usage:"), "{args:?}");
    }
}

#[test]
fn a_missing_registry_is_an_error_naming_the_file() {
    let out = run(&["check", "no/such.yaml"], &workspace());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("no/such.yaml"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn generate_writes_stale_files_and_check_then_passes() {
    let root = scratch(
        "cli-generate",
        &std::fs::read_to_string(workspace().join("codegen/tests/fixtures/small.yaml")).unwrap(),
    );
    let before = run(&["check"], &root);
    assert_eq!(before.status.code(), Some(1), "missing outputs are stale");
    assert!(text(&before.stderr).contains("docs/error-codes.md"));
    assert!(text(&before.stderr).contains("-- generate"));

    let generate = run(&["generate"], &root);
    assert_eq!(
        generate.status.code(),
        Some(0),
        "{}",
        text(&generate.stderr)
    );
    let page = std::fs::read_to_string(root.join("docs/error-codes.md")).unwrap();
    assert!(page.contains("`widget_locked`"));

    let after = run(&["check"], &root);
    assert_eq!(after.status.code(), Some(0), "{}", text(&after.stderr));
}

#[test]
fn docs_and_rust_print_what_the_emitters_produce() {
    let registry =
        error_codes_codegen::load(&workspace().join("registry/error-codes.yaml")).unwrap();
    let docs = run(&["docs"], &workspace());
    assert_eq!(docs.status.code(), Some(0));
    assert_eq!(
        text(&docs.stdout),
        error_codes_codegen::emit::markdown::page(&registry)
    );

    let rust = run(&["rust"], &workspace());
    assert_eq!(rust.status.code(), Some(0));
    let source = text(&rust.stdout);
    assert_eq!(
        source,
        error_codes_codegen::emit::rust::source(&registry).unwrap()
    );
    syn::parse_file(&source).expect("printed Rust parses");
}

#[test]
fn the_readme_shows_the_current_help() {
    let help = run(&["help"], &workspace());
    assert_eq!(help.status.code(), Some(0));
    let readme = std::fs::read_to_string(workspace().join("README.md")).unwrap();
    assert!(
        readme.contains(&text(&help.stdout)),
        "README.md's command list differs from `error-codes help`; paste the new output into README.md"
    );
}
