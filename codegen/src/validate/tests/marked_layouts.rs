//! A layout's qualifier around the code (`code_prefix:`, `code_suffix:`,
//! AWS's) and its error marker (`error_marker:`, Slack's): what they
//! accept, each problem a located diagnostic, and how `diff` calls a
//! change of them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use crate::diagnostic::Diagnostics;
use crate::model::Registry;

/// A registry with `envelope` (its lines) and one code of `status`.
fn registry(envelope: &str, status: u16) -> Result<Registry, Diagnostics> {
    crate::project::parse(
        Path::new("r.yaml"),
        &format!(
            "envelope:\n  root: null\n{envelope}page:\n  title: T\ncategories:\n  - title: All\n    codes:\n      - {{code: widget_gone, status: {status}}}\n"
        ),
    )
}

/// `(line, column, message, help)` of each diagnostic.
fn problems(envelope: &str, status: u16) -> Vec<(u64, u64, String, String)> {
    registry(envelope, status)
        .expect_err("an invalid registry")
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

const SLACK: &str = "  code: error\n  constants:\n    ok: false\n  error_marker: ok\n";

#[test]
fn an_error_marker_is_a_constant_and_lets_codes_answer_with_a_2xx() {
    let ok = registry(SLACK, 200).unwrap();
    let layout = ok.body.as_ref().unwrap();
    assert_eq!(layout.error_marker.as_deref(), Some("ok"));
    assert_eq!(
        layout.reader_keys(),
        [
            ("error_marker", "ok".to_string()),
            ("error_marker_value", "false".to_string())
        ]
    );
    // Any 2xx, and still any 4xx or 5xx; not a 1xx or 3xx.
    for status in [201, 299, 404, 503] {
        registry(SLACK, status).unwrap();
    }
    let found = problems(SLACK, 302);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (12, 37), "{found:?}");
    assert!(found[0].2.contains("200-299 or 400-599"), "{found:?}");
    // Without a marker a 2xx is refused, the help naming the marker.
    let found = problems("  code: error\n  constants:\n    ok: false\n", 200);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (11, 37), "{found:?}");
    assert!(found[0].3.contains("error_marker"), "{found:?}");
}

#[test]
fn an_error_marker_that_is_no_constant_is_located_at_the_marker_alone() {
    // A misspelt constant: the nearest suggested, the 2xx status not
    // reported again.
    let found = problems(&SLACK.replace("marker: ok", "marker: okk"), 200);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (6, 17), "{found:?}");
    assert!(found[0].2.contains("\"okk\""), "{found:?}");
    assert!(found[0].3.contains("did you mean `ok`?"), "{found:?}");
    // No constants at all.
    let found = problems("  code: error\n  error_marker: ok\n", 404);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (4, 17), "{found:?}");
    assert!(found[0].3.contains("no `constants:`"), "{found:?}");
}

#[test]
fn a_qualifier_is_fixed_text_around_a_code_sent_as_a_string() {
    let aws = "  code: __type\n  code_prefix: \"com.example.v1#\"\n  code_suffix: \":urn:x\"\n";
    let ok = registry(aws, 400).unwrap();
    let layout = ok.body.as_ref().unwrap();
    assert_eq!(
        layout.code_qualifier,
        ("com.example.v1#".to_string(), ":urn:x".to_string())
    );
    let found = problems("  code_prefix: \"\"\n  code_suffix: \"a\\tb\"\n", 400);
    let located: Vec<(u64, u64)> = found.iter().map(|p| (p.0, p.1)).collect();
    assert_eq!(located, [(3, 16), (4, 16)], "{found:?}");
    assert!(found[0].2.contains("is empty"), "{found:?}");
    assert!(found[1].2.contains("U+0009"), "{found:?}");
    // Not on a code sent as a number.
    let found = crate::project::parse(
        Path::new("r.yaml"),
        "code_style: numeric\nenvelope:\n  code_type: number\n  code_prefix: \"ns#\"\npage:\n  title: T\ncategories:\n  - title: All\n    codes:\n      - {code: \"20404\", name: NotFound, status: 404}\n",
    )
    .unwrap_err();
    let found: Vec<_> = found.iter().collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].location().line, found[0].location().column),
        (4, 16)
    );
    assert!(found[0].message().contains("JSON number"), "{found:?}");
}

#[test]
fn diff_calls_a_changed_qualifier_or_marker_major() {
    let today = crate::date::Date::new(2025, 1, 1).unwrap();
    let pairs = [
        (
            "  code: __type\n  code_prefix: \"ns.v1#\"\n",
            "  code: __type\n  code_prefix: \"ns.v2#\"\n",
        ),
        (
            "  code: __type\n",
            "  code: __type\n  code_suffix: \":x\"\n",
        ),
        (SLACK, "  code: error\n  constants:\n    ok: false\n"),
    ];
    for (old, new) in pairs {
        let (old, new) = (registry(old, 404).unwrap(), registry(new, 404).unwrap());
        let changes = crate::diff::diff(&old, &new, today);
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(changes[0].kind, crate::diff::Kind::EnvelopeChanged);
        assert_eq!(changes[0].bump(), crate::diff::Bump::Major);
    }
}
