//! `envelope:`'s keys for errors as the items of an array (`root:
//! "errors[]"`, `field_pointer:`, `pointer_prefix:`), the status's JSON type
//! and the media type: what they make of a layout, each mistake a located
//! diagnostic, and their changes major.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use crate::diagnostic::Diagnostics;
use crate::model::Registry;

const CODES: &str = "page:\n  title: T\ncategories:\n  - title: All\n    codes:\n      - {code: widget_gone, status: 410}\n";

fn parse(envelope: &str) -> Result<Registry, Diagnostics> {
    crate::project::parse(
        Path::new("r.yaml"),
        &format!("envelope:\n{envelope}{CODES}"),
    )
}

/// The diagnostics of a layout, as `(line, column, message, help)`.
fn problems(envelope: &str) -> Vec<(u64, u64, String, String)> {
    let diagnostics = parse(envelope).expect_err("an invalid layout");
    diagnostics
        .iter()
        .map(|d| {
            (
                d.location().line,
                d.location().column,
                d.message().to_string(),
                d.help().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

const JSONAPI: &str = "  root: \"errors[]\"\n  message: detail\n  status: status\n  status_type: string\n  field_pointer: source.pointer\n  pointer_prefix: /data/attributes/\n  media_type: application/vnd.api+json\n";

#[test]
fn an_array_root_its_pointer_status_type_and_media_type_make_the_layout() {
    let registry = parse(JSONAPI).unwrap();
    let layout = registry.body.unwrap();
    assert_eq!(layout.root.as_deref(), Some("errors"));
    assert!(layout.root_items);
    assert_eq!(layout.root_as_written().as_deref(), Some("errors[]"));
    assert_eq!(layout.full_path("code"), "errors[].code");
    assert_eq!(layout.field_pointer.as_deref(), Some("source.pointer"));
    assert_eq!(layout.pointer_prefix, "/data/attributes/");
    assert!(layout.status_string);
    assert_eq!(
        layout.media_type.as_deref(),
        Some("application/vnd.api+json")
    );
    // Left out: an object root, no pointer, a number, JSON.
    let plain = parse("  root: error\n").unwrap().body.unwrap();
    assert!(!plain.root_items && !plain.status_string);
    assert_eq!((plain.field_pointer, plain.media_type), (None, None));
    assert_eq!(plain.pointer_prefix, "/");
}

#[test]
fn an_item_by_its_index_points_at_the_array_spelling() {
    // What `root: errors.0` once sent: `{"errors": {"0": {…}}}`.
    let found = problems("  root: errors.0\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (2, 9));
    assert!(found[0].2.contains("by its index \"0\""), "{found:?}");
    assert!(found[0].3.contains("`root: \"errors[]\"`"), "{found:?}");
    for (root, says) in [
        ("\"errors[0]\"", "other than one `[]`"),
        ("\"a[].b[]\"", "other than one `[]`"),
        ("\"errors..x[]\"", "empty member name"),
    ] {
        let found = problems(&format!("  root: {root}\n"));
        assert_eq!(found.len(), 1, "{root}: {found:?}");
        assert_eq!((found[0].0, found[0].1), (2, 9), "{root}");
        assert!(found[0].2.contains(says), "{root}: {found:?}");
    }
}

/// `root: "[]"`: the body is the array (Salesforce's); nothing beside it
/// holds a constant.
#[test]
fn a_body_that_is_the_array() {
    let layout = parse("  root: \"[]\"\n").unwrap().body.unwrap();
    assert_eq!(layout.root, None);
    assert!(layout.root_items);
    assert_eq!(layout.root_as_written().as_deref(), Some("[]"));
    assert_eq!(layout.full_path("code"), "[].code");
    let found = problems("  root: \"[]\"\n  constants:\n    ok: false\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (4, 5));
    assert!(found[0].2.contains("has no place"), "{found:?}");
}

#[test]
fn a_field_pointer_needs_an_array_root_and_a_pointer_prefix() {
    let found = problems("  field_pointer: source.pointer\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (2, 18));
    assert!(
        found[0].2.contains("needs a root inside an array"),
        "{found:?}"
    );
    let found = problems("  root: \"errors[]\"\n  pointer_prefix: /data/\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (3, 19));
    assert!(found[0].2.contains("without `field_pointer`"), "{found:?}");
    for prefix in ["data/", "/data", "\"\""] {
        let found = problems(&format!(
            "  root: \"errors[]\"\n  field_pointer: source.pointer\n  pointer_prefix: {prefix}\n"
        ));
        assert_eq!(found.len(), 1, "{prefix}: {found:?}");
        assert_eq!((found[0].0, found[0].1), (4, 19), "{prefix}");
        assert!(
            found[0].2.contains("not the start of a JSON Pointer"),
            "{found:?}"
        );
    }
    // The pointer is a member of each item like any other: not where the
    // message is.
    let found = problems("  root: \"errors[]\"\n  field_pointer: message\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.contains("both at the member"), "{found:?}");
    // A constant inside the array: the array has items, not members.
    let found = problems("  root: \"errors[]\"\n  constants:\n    errors.kind: x\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (4, 5));
    assert!(found[0].2.contains("inside the array"), "{found:?}");
}

#[test]
fn a_status_type_and_a_media_type_are_checked() {
    let found = problems("  status: status\n  status_type: strng\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (3, 16));
    assert!(found[0].3.contains("did you mean `string`"), "{found:?}");
    for media_type in [
        "text/html",
        "application/json; charset=utf 8",
        "json",
        "application/vnd api+json",
    ] {
        let found = problems(&format!("  media_type: \"{media_type}\"\n"));
        assert_eq!(found.len(), 1, "{media_type}: {found:?}");
        assert_eq!((found[0].0, found[0].1), (2, 15), "{media_type}");
        assert!(found[0].2.starts_with("media_type"), "{found:?}");
    }
    // Parameters as the API sends them: the layout keeps them.
    let written = r#"application/vnd.api+json; ext="https://jsonapi.org/ext/atomic""#;
    let registry = parse(&format!("  media_type: '{written}'\n"))
        .expect("a media type with parameters is valid");
    let layout = registry.body.expect("the registry has a layout");
    assert_eq!(layout.media_type.as_deref(), Some(written));
}

#[test]
fn changing_the_array_root_the_pointer_the_status_type_or_the_media_type_is_major() {
    let today = crate::date::Date::new(2025, 1, 1).unwrap();
    let jsonapi = parse(JSONAPI).unwrap();
    for changed in [
        JSONAPI.replace("\"errors[]\"", "errors"),
        JSONAPI.replace("source.pointer", "source.field"),
        JSONAPI.replace("/data/attributes/", "/"),
        JSONAPI.replace("status_type: string", "status_type: number"),
        JSONAPI.replace("application/vnd.api+json", "application/json"),
    ] {
        // An object root cannot hold a field pointer: that one without it.
        let changed = if changed.contains("root: errors\n") {
            changed
                .replace("  field_pointer: source.pointer\n", "")
                .replace("  pointer_prefix: /data/attributes/\n", "")
        } else {
            changed
        };
        let other = parse(&changed).unwrap();
        let changes = crate::diff::diff(&jsonapi, &other, today);
        assert_eq!(changes.len(), 1, "{changed}: {changes:?}");
        assert_eq!(changes[0].kind, crate::diff::Kind::EnvelopeChanged);
        assert_eq!(changes[0].bump(), crate::diff::Bump::Major);
    }
}
