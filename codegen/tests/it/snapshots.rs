//! Snapshots of what the generator emits for a small registry that uses
//! every feature, and of the human report for a registry with many
//! problems (cxx's UI tests, with insta). Review a changed snapshot with
//! `cargo insta review` (or read the `.snap.new` file) before accepting it.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use error_codes_codegen::layout::Layout;
use error_codes_codegen::{Registry, emit};

fn small() -> Registry {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small.yaml");
    error_codes_codegen::load(&path).unwrap()
}

#[test]
fn rust_source() {
    let layout = Layout::new("registry/error-codes.yaml");
    insta::assert_snapshot!(emit::rust::source(&small(), &layout).unwrap());
}

#[test]
fn markdown_page() {
    insta::assert_snapshot!(emit::markdown::page(&small()));
}

#[test]
fn rustdoc_tables() {
    insta::assert_snapshot!(emit::markdown::tables(
        &small(),
        emit::markdown::Links::Rustdoc,
        1
    ));
}

/// The full report `check` prints (plain style), for a registry with one
/// problem of many kinds: snippets, carets, related places and help lines.
#[test]
fn human_report() {
    // Named relative to the package, so the snapshot is the same anywhere.
    let shown = Path::new("tests/fixtures/invalid/many-problems.yaml");
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(shown)).unwrap();
    let diagnostics = error_codes_codegen::load_str(shown, &text).unwrap_err();
    insta::assert_snapshot!(error_codes_codegen::render::report(
        &diagnostics,
        &|file| (file == shown).then(|| text.clone()),
        error_codes_codegen::render::Style::Plain,
    ));
}
