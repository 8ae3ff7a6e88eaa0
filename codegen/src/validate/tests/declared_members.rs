//! A body layout's `declared_members:` (a code's declared details members
//! in the error's object, or at another path, instead of under `details`):
//! what it accepts, each member that would land on a member of the layout
//! (located at the member), and what `diff` calls a change of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use crate::diagnostic::Diagnostics;
use crate::model::Registry;

/// A registry with `envelope` (the mapping's lines) and one code that
/// declares `members` (its `details:` lines), with its value of a per-code
/// `type` when the layout has one.
fn parse(envelope: &str, members: &str) -> Result<Registry, Diagnostics> {
    let body = if envelope.contains("per_code: [type]") {
        "        body: {type: card_error}\n"
    } else {
        ""
    };
    crate::project::parse(
        Path::new("r.yaml"),
        &format!(
            "envelope:\n{envelope}page:\n  title: T\ncategories:\n  - title: All\n    codes:\n      - code: card_declined\n        status: 402\n{body}        details:\n{members}"
        ),
    )
}

/// `(line, column, message)` of each problem.
fn problems(envelope: &str, members: &str) -> Vec<(u64, u64, String)> {
    parse(envelope, members)
        .expect_err("an invalid registry")
        .iter()
        .map(|d| {
            (
                d.location().line,
                d.location().column,
                d.message().to_string(),
            )
        })
        .collect()
}

const STRIPE: &str = "  details: null\n  per_code: [type]\n  declared_members: .\n";

#[test]
fn declared_members_go_to_the_error_object_or_a_path() {
    let members = "          param: string?\n          decline_code: string?\n";
    let body = |envelope: &str| parse(envelope, members).unwrap().body.unwrap();
    // `per_code` needs each code's value: none here, so no per-code member.
    let here = body("  details: null\n  declared_members: .\n");
    assert_eq!(
        here.declared_members.as_deref(),
        Some(error_codes_runtime::BodyLayout::ERROR_OBJECT)
    );
    let there = body("  declared_members: context_info\n");
    assert_eq!(there.declared_members.as_deref(), Some("context_info"));
    // Left out: under `details`, as before.
    assert_eq!(body("  request_id: null\n").declared_members, None);
}

#[test]
fn a_declared_member_at_a_layout_members_place_is_located_at_the_member() {
    // `type` is the per-code member's, `message` the message's.
    let found = problems(
        STRIPE,
        "          param: string?\n          type: string\n          message: string\n",
    );
    let located: Vec<(u64, u64)> = found.iter().map(|(l, c, _)| (*l, *c)).collect();
    // Lines: 1 `envelope:`, 2-4 the layout, 5-6 `page:`, 7-13 the code,
    // its members from 14.
    assert_eq!(located, [(15, 11), (16, 11)], "{found:?}");
    assert!(
        found
            .iter()
            .any(|(_, _, m)| m.contains("\"error.type\"") && m.contains("per-code member `type`")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(_, _, m)| m.contains("`message`")),
        "{found:?}"
    );
    // Beside a constant of a flat body.
    let flat =
        "  root: null\n  details: null\n  constants: {kind: Status}\n  declared_members: .\n";
    let found = problems(flat, "          kind: string\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.contains("the constant `kind`"), "{found:?}");
    // Under `details` (no `declared_members`), the same names are free.
    parse(
        "  per_code: []\n",
        "          type: string\n          message: string\n",
    )
    .unwrap();
}

#[test]
fn the_declared_members_object_is_a_member_path_of_its_own() {
    let members = "          param: string?\n";
    for (path, expected) in [
        ("\"a..b\"", "empty member name"),
        ("message", "is `message`"),
        ("message.x", "is inside `message`"),
        ("\"\"", "is empty"),
    ] {
        let found = problems(&format!("  declared_members: {path}\n"), members);
        assert_eq!(found.len(), 1, "{path}: {found:?}");
        assert_eq!((found[0].0, found[0].1), (2, 21), "{path}: {found:?}");
        assert!(found[0].2.contains(expected), "{path}: {found:?}");
    }
}

#[test]
fn diff_calls_a_change_of_where_declared_members_go_an_envelope_change() {
    let today = crate::date::Date::new(2025, 1, 1).unwrap();
    let members = "          param: string?\n";
    let under = parse("  details: details\n", members).unwrap();
    let here = parse("  declared_members: .\n", members).unwrap();
    let there = parse("  declared_members: extra\n", members).unwrap();
    for (old, new) in [(&under, &here), (&here, &there), (&there, &under)] {
        let changes = crate::diff::diff(old, new, today);
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(changes[0].kind, crate::diff::Kind::EnvelopeChanged);
    }
}

#[test]
fn declared_members_are_refused_beside_an_array_root() {
    let found = problems(
        "  root: \"errors[]\"\n  declared_members: .\n",
        "          param: string?\n",
    );
    // At `declared_members:`' value, line 3 (after `envelope:` and `root:`).
    assert!(
        found
            .iter()
            .any(|(line, _, m)| *line == 3 && m.contains("root inside an array")),
        "{found:?}"
    );
}
