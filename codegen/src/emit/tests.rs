//! Snapshots of what the emitters write for a small registry that uses
//! every feature, and of the human report for a registry with many
//! problems (cxx's UI tests, with insta). Review a changed snapshot with
//! `cargo insta review` (or read the `.snap.new` file) before accepting it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use crate::emit;
use crate::layout::Layout;
use crate::model::Registry;

fn small() -> Registry {
    Registry::load(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small.yaml")).unwrap()
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
    let diagnostics = crate::project::parse(shown, &text).unwrap_err();
    insta::assert_snapshot!(
        diagnostics.render(&|file| (file == shown).then(|| text.clone()), false)
    );
}
