//! `envelope:` as a mapping: the body's own layout. What a key left out
//! keeps, and every layout that cannot work, each a located diagnostic,
//! all reported at once.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use crate::diagnostic::Diagnostics;
use crate::load::RawBodyLayout;
use crate::model::{Envelope, Registry};

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

#[test]
fn a_key_left_out_keeps_the_nested_envelopes_member() {
    let registry = parse("  request_id: null\n").unwrap();
    assert_eq!(registry.envelope, Envelope::Layout);
    let layout = registry.body.expect("a layout");
    // Every key of the mapping but the one written keeps its nested member
    // (the field's own name, under `error`), and there is no status.
    assert_eq!(layout.root.as_deref(), Some("error"));
    for (field, path) in layout.members() {
        assert_eq!(field, path);
    }
    let fields: Vec<&str> = layout.members().iter().map(|(f, _)| *f).collect();
    let expected: Vec<&str> = RawBodyLayout::FIELDS
        .iter()
        .copied()
        // Not fields: where they are, and the members beside them.
        .filter(|f| {
            ![
                "root",
                "status",
                "request_id",
                "constants",
                "per_code",
                "open",
                "code_type",
                "code_header",
                "declared_members",
                "field_pointer",
                "pointer_prefix",
                "status_type",
                "media_type",
                "code_prefix",
                "code_suffix",
                "error_marker",
            ]
            .contains(f)
        })
        .collect();
    assert_eq!(fields, expected);
}

#[test]
fn a_flat_layout_with_nested_members_is_valid() {
    let registry =
        parse("  root: null\n  code: reason\n  status: code\n  request_id: metadata.request_id\n")
            .unwrap();
    let layout = registry.body.unwrap();
    assert_eq!(layout.root, None);
    assert_eq!(layout.code, "reason");
    assert_eq!(layout.status.as_deref(), Some("code"));
    assert_eq!(layout.full_path(&layout.code), "reason");
}

#[test]
fn a_layout_without_a_code_member_is_located_at_the_key() {
    let found = problems("  code: null\n");
    assert_eq!(found.len(), 1, "{found:?}");
    let (line, column, message, _) = &found[0];
    assert_eq!((*line, *column), (2, 3));
    assert!(message.contains("no member for the code"), "{message}");
}

#[test]
fn two_fields_at_one_member_are_reported_at_the_second() {
    let found = problems("  code: id\n  message: id\n");
    assert_eq!(found.len(), 1, "{found:?}");
    let (line, column, message, _) = &found[0];
    assert_eq!((*line, *column), (3, 12));
    assert!(message.contains("`message` and `code`"), "{message}");
    // A field left out keeps its member, which a written one may take.
    let found = problems("  code: message\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.contains("\"message\""), "{found:?}");
}

#[test]
fn a_member_inside_another_is_reported_either_way_round() {
    for (envelope, inner, outer) in [
        ("  code: a\n  message: a.b\n", "message", "code"),
        ("  code: a.b\n  message: a\n", "code", "message"),
    ] {
        let found = problems(envelope);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, 3);
        assert!(
            found[0].2.contains(&format!("`{inner}`'s member"))
                && found[0].2.contains(&format!("inside `{outer}`'s")),
            "{found:?}"
        );
    }
    // A common first name is not a prefix: `a.b` and `a.c` can both be.
    parse("  code: a.b\n  message: a.c\n").unwrap();
    // Nor is a prefix of the text: `a` and `ab`.
    parse("  code: a\n  message: ab\n").unwrap();
}

#[test]
fn empty_and_malformed_member_names_are_each_located() {
    for (value, what) in [
        ("''", "is empty"),
        ("a..b", "empty member name"),
        (".a", "empty member name"),
        ("a.", "empty member name"),
        ("' a'", "spaces around"),
        ("\"a\\tb\"", "control character"),
    ] {
        let found = problems(&format!("  message: {value}\n"));
        assert_eq!(found.len(), 1, "{value}: {found:?}");
        assert_eq!((found[0].0, found[0].1), (2, 12), "{value}");
        assert!(found[0].2.contains(what), "{value}: {found:?}");
    }
}

#[test]
fn an_unknown_key_suggests_the_nearest() {
    let found = problems("  mesage: text\n");
    assert_eq!(found.len(), 1, "{found:?}");
    let (line, column, message, help) = &found[0];
    assert_eq!((*line, *column), (2, 3));
    assert!(message.contains("mesage"), "{message}");
    assert!(help.contains("did you mean `message`?"), "{help}");
}

#[test]
fn every_problem_of_a_layout_is_reported_at_once() {
    let found =
        problems("  code: null\n  message: x..y\n  request_id: a\n  doc_url: a\n  stauts: code\n");
    let lines: Vec<u64> = found.iter().map(|p| p.0).collect();
    // code: null, the malformed message, two fields at `a`, the unknown key.
    assert_eq!(found.len(), 4, "{found:?}");
    for line in [2, 3, 5, 6] {
        assert!(lines.contains(&line), "line {line}: {found:?}");
    }
}

#[test]
fn the_keyword_layout_is_not_a_layout() {
    let found = problems("  layout\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].3.contains("mapping"), "{found:?}");
    // The keywords read as before.
    assert_eq!(parse("  rfc9457\n").unwrap().envelope, Envelope::Rfc9457);
    assert_eq!(parse("  nested\n").unwrap().body, None);
}

#[test]
fn diff_calls_any_layout_change_major() {
    let today = crate::date::Date::new(2025, 1, 1).unwrap();
    let azure = parse("  request_id: null\n").unwrap();
    for newer in [
        parse("  request_id: request\n").unwrap(),
        parse("  request_id: null\n  status: status\n").unwrap(),
        parse("  root: null\n  request_id: null\n").unwrap(),
        parse("  nested\n").unwrap(),
        // A constant added, and an open layout closed.
        parse("  request_id: null\n  constants: {ok: false}\n").unwrap(),
        parse("  request_id: null\n  open: false\n").unwrap(),
    ] {
        let changes = crate::diff::diff(&azure, &newer, today);
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(changes[0].kind, crate::diff::Kind::EnvelopeChanged);
        assert_eq!(changes[0].bump(), crate::diff::Bump::Major);
    }
    // The same layout, written differently, is no change.
    let same = parse("  root: error\n  code: code\n  request_id: null\n").unwrap();
    assert!(crate::diff::diff(&azure, &same, today).is_empty());
}

/// A registry whose layout gives `envelope` and whose categories are
/// `categories` (YAML under `categories:`).
fn with_categories(envelope: &str, categories: &str) -> Result<Registry, Diagnostics> {
    crate::project::parse(
        Path::new("r.yaml"),
        &format!("envelope:\n{envelope}page:\n  title: T\ncategories:\n{categories}"),
    )
}

const STRIPE_LIKE: &str = "  - title: Cards\n    body: {type: card_error}\n    codes:\n      - {code: card_declined, status: 402}\n      - code: card_locked\n        status: 402\n        body: {type: locked_error}\n";

#[test]
fn constants_are_any_json_value_at_any_path() {
    let registry = parse(
        "  root: null\n  code: reason\n  constants:\n    kind: Status\n    metadata: {}\n    ok: false\n    version.major: 1\n",
    )
    .unwrap();
    let layout = registry.body.unwrap();
    let constants: Vec<(&str, &str)> = layout
        .constants
        .iter()
        .map(|(p, j)| (p.as_str(), j.as_str()))
        .collect();
    assert_eq!(
        constants,
        [
            ("kind", "\"Status\""),
            ("metadata", "{}"),
            ("ok", "false"),
            ("version.major", "1")
        ]
    );
    assert!(layout.open);
}

#[test]
fn a_constant_where_a_field_or_the_root_is_is_located() {
    // `error.code` is the code's member; `error` is the root.
    let found = problems("  constants:\n    error.code: 1\n    error: {}\n    a..b: 1\n");
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (3, 5), "{found:?}");
    assert!(found[0].2.contains("both at the member"), "{found:?}");
    assert_eq!((found[1].0, found[1].1), (4, 5), "{found:?}");
    assert!(found[1].2.contains("root"), "{found:?}");
    assert_eq!((found[2].0, found[2].1), (5, 5), "{found:?}");
}

#[test]
fn each_code_has_its_categorys_value_or_its_own() {
    let registry = with_categories("  per_code: [type]\n", STRIPE_LIKE).unwrap();
    let values: Vec<(&str, &[String])> = registry
        .codes()
        .map(|(_, c)| (c.code.as_str(), c.body_values.as_slice()))
        .collect();
    assert_eq!(values[0].1, ["\"card_error\"".to_string()]);
    assert_eq!(values[1].1, ["\"locked_error\"".to_string()]);
}

#[test]
fn a_per_code_member_without_a_value_or_undeclared_is_located() {
    // The category gives no `type`: each code is reported, at the code.
    let categories = "  - title: Cards\n    codes:\n      - {code: card_declined, status: 402}\n      - code: card_locked\n        status: 402\n        body: {typ: x}\n";
    let diagnostics = with_categories("  per_code: [type]\n", categories).unwrap_err();
    let found: Vec<(u64, String, String)> = diagnostics
        .iter()
        .map(|d| {
            (
                d.location().line,
                d.message().to_string(),
                d.help().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found
            .iter()
            .any(|(line, m, _)| *line == 8 && m.contains("card_declined"))
    );
    assert!(
        found
            .iter()
            .any(|(line, _, help)| *line == 11 && help.contains("did you mean \"type\""))
    );
    // `body:` in a registry without a layout.
    let nested = crate::project::parse(
        Path::new("r.yaml"),
        &format!("page:\n  title: T\ncategories:\n{STRIPE_LIKE}"),
    )
    .unwrap_err();
    assert_eq!(nested.len(), 2, "{nested:?}");
    assert!(
        nested
            .iter()
            .all(|d| d.message().contains("no body layout"))
    );
}

#[test]
fn diff_calls_a_per_code_value_changed_major() {
    let today = crate::date::Date::new(2025, 1, 1).unwrap();
    let old = with_categories("  per_code: [type]\n", STRIPE_LIKE).unwrap();
    let new = with_categories(
        "  per_code: [type]\n",
        &STRIPE_LIKE.replace("locked_error", "card_error"),
    )
    .unwrap();
    let changes = crate::diff::diff(&old, &new, today);
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].kind, crate::diff::Kind::BodyValueChanged);
    assert_eq!(changes[0].bump(), crate::diff::Bump::Major);
}

#[test]
fn a_code_sent_as_a_number_is_digits_without_a_leading_zero() {
    let registry = |codes: &str| {
        crate::project::parse(
            Path::new("r.yaml"),
            &format!(
                "code_style: numeric\nenvelope:\n  code_type: number\npage:\n  title: T\ncategories:\n  - title: All\n    codes:\n{codes}"
            ),
        )
    };
    let ok = registry("      - {code: \"20404\", name: NotFound, status: 404}\n").unwrap();
    assert!(ok.body.as_ref().unwrap().code_number);
    // Sending the codes as strings instead is a major change.
    let strings = crate::project::parse(
        Path::new("r.yaml"),
        "code_style: numeric\nenvelope:\n  code_type: string\npage:\n  title: T\ncategories:\n  - title: All\n    codes:\n      - {code: \"20404\", name: NotFound, status: 404}\n",
    )
    .unwrap();
    let today = crate::date::Date::new(2025, 1, 1).unwrap();
    let changes = crate::diff::diff(&ok, &strings, today);
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].kind, crate::diff::Kind::EnvelopeChanged);
    let found = registry(
        "      - {code: \"020404\", name: NotFound, status: 404}\n      - {code: \"9007199254740992\", name: Big, status: 500}\n",
    )
    .unwrap_err();
    let located: Vec<(u64, u64)> = found
        .iter()
        .map(|d| (d.location().line, d.location().column))
        .collect();
    assert_eq!(located, [(9, 16), (10, 16)], "{found:?}");
    assert!(found.iter().all(|d| d.message().contains("JSON number")));
    // An unknown type, the nearest suggested.
    let typo = problems("  code_type: numbr\n");
    assert_eq!(typo.len(), 1, "{typo:?}");
    assert!(typo[0].3.contains("did you mean `number`"), "{typo:?}");
}

#[test]
fn a_code_header_is_a_header_name_and_part_of_the_layout() {
    let ok = parse("  request_id: null\n  code_header: x-ms-error-code\n").unwrap();
    let layout = ok.body.as_ref().unwrap();
    assert_eq!(layout.code_header.as_deref(), Some("x-ms-error-code"));
    assert!(ok.read_headers().contains(&"x-ms-error-code"));
    for name in ["x ms", "-x", "x_ms"] {
        let found = problems(&format!("  code_header: \"{name}\"\n"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].0, found[0].1), (2, 16), "{name}");
        assert!(found[0].2.contains("is not a header name"), "{found:?}");
    }
    // Not a header the runtime sends for something else.
    let found = problems("  code_header: X-Request-ID\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.contains("carries"), "{found:?}");
    // Adding, changing or removing it changes every error response.
    let today = crate::date::Date::new(2025, 1, 1).unwrap();
    let without = parse("  request_id: null\n").unwrap();
    let other = parse("  request_id: null\n  code_header: x-error-code\n").unwrap();
    for (old, new) in [(&without, &ok), (&ok, &other), (&other, &without)] {
        let changes = crate::diff::diff(old, new, today);
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(changes[0].kind, crate::diff::Kind::EnvelopeChanged);
    }
}
