//! Snapshots of what the generator emits for a small registry that uses
//! every feature. Review a changed snapshot with `cargo insta review`
//! (or read the `.snap.new` file) before accepting it.
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
