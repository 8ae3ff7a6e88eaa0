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
        emit::markdown::Links::Rustdoc {
            code_enum: "ErrorCode"
        },
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

/// A project whose configuration names its own enums and runtime path:
/// every output uses those names, none the defaults.
#[test]
fn every_output_uses_the_configured_names() {
    use crate::config::Config;

    let mut config = Config::for_crate("ledger-errors");
    config.code_enum = "LedgerError".into();
    config.category_enum = "LedgerArea".into();
    config.runtime = "crate::rt".into();
    let layout = Layout::with_config(".", config);
    let registry = small();
    let outputs = emit::committed(&registry, &layout).unwrap();

    let rust = outputs
        .iter()
        .find(|o| o.path.ends_with(crate::layout::GENERATED_RUST))
        .unwrap();
    let file = syn::parse_file(&rust.contents).unwrap();
    let enums: Vec<String> = file
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Enum(e) => Some(e.ident.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(enums, ["LedgerError", "LedgerArea"]);
    let call = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Macro(m) => Some(&m.mac.path),
            _ => None,
        })
        .expect("the generated code calls the runtime's vocabulary!");
    let segments: Vec<String> = call.segments.iter().map(|s| s.ident.to_string()).collect();
    assert_eq!(segments, ["crate", "rt", "vocabulary"]);
    assert!(call.leading_colon.is_none());

    let tables = outputs
        .iter()
        .find(|o| o.path.ends_with(crate::layout::GENERATED_TABLES))
        .unwrap();
    for (_, code) in registry.codes() {
        let link = format!("(crate::LedgerError::{})", code.rust_name);
        assert!(
            tables.contents.contains(&link),
            "no {link} in the rustdoc tables"
        );
    }
    assert!(!tables.contents.contains("crate::ErrorCode::"));

    let schema = outputs
        .iter()
        .find(|o| o.path == layout.config().json_schema)
        .unwrap();
    let schema: serde_json::Value = serde_json::from_str(&schema.contents).unwrap();
    let defs = schema["$defs"].as_object().unwrap();
    assert!(defs.contains_key("LedgerError") && defs.contains_key("UnknownLedgerError"));
    assert!(!defs.contains_key("ErrorCode"));
}
