//! `page.code_docs_url`: each code's own docs URL from a template. What a
//! template fills in, every broken template a located diagnostic, and
//! `diff`'s word for a changed one.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use crate::diagnostic::Diagnostics;
use crate::model::Registry;

const CODES: &str = "categories:\n  - title: All\n    codes:\n      - {code: widget_gone, status: 410}\n      - {code: rate_limited, status: 429}\n";

/// A registry whose page has `lines` after its title (line 3 on).
fn parse(lines: &str) -> Result<Registry, Diagnostics> {
    crate::project::parse(
        Path::new("r.yaml"),
        &format!("page:\n  title: T\n{lines}{CODES}"),
    )
}

#[test]
fn each_code_fills_the_template_and_the_page_url_is_unchanged() {
    let registry = parse(
        "  docs_url: https://docs.example.com/errors\n  code_docs_url: https://docs.example.com/errors/{code:kebab}?as={code}\n",
    )
    .unwrap();
    assert!(!registry.docs_anchors());
    assert_eq!(
        registry.page.docs_url.as_deref(),
        Some("https://docs.example.com/errors")
    );
    for (_, code) in registry.codes() {
        let url = registry.doc_url(code).unwrap();
        let kebab = code.code.replace('_', "-");
        assert_eq!(
            url,
            format!("https://docs.example.com/errors/{kebab}?as={}", code.code)
        );
    }
    // Without a template, a code's URL is its anchor on the page.
    let anchors = parse("  docs_url: https://docs.example.com/errors\n").unwrap();
    assert!(anchors.docs_anchors());
    for (_, code) in anchors.codes() {
        assert_eq!(
            anchors.doc_url(code).unwrap(),
            format!("https://docs.example.com/errors#{}", code.code)
        );
    }
}

#[test]
fn a_broken_template_is_a_located_diagnostic_each() {
    for (template, says) in [
        (
            "https://x.example/{code",
            "unbalanced brace at character 19",
        ),
        (
            "https://x.example/code}",
            "unbalanced brace at character 23",
        ),
        (
            "https://x.example/{code:snake}",
            "unknown placeholder {code:snake}",
        ),
        ("https://x.example/errors", "has no placeholder"),
        ("ftp://x.example/{code}", "is not a usable URL"),
        ("https://x.example/{code} x", "is not a usable URL"),
    ] {
        let diagnostics =
            parse(&format!("  code_docs_url: \"{template}\"\n")).expect_err("a broken template");
        let found: Vec<_> = diagnostics.iter().collect();
        assert_eq!(found.len(), 1, "{template}: {found:?}");
        let d = found[0];
        assert_eq!(
            (d.location().line, d.location().column),
            (3, 18),
            "{template}"
        );
        assert!(d.message().contains(says), "{template}: {}", d.message());
        assert!(d.message().contains("code_docs_url"), "{}", d.message());
        // The help lists the placeholders, from their one list.
        if says.contains("placeholder") {
            for (name, _) in crate::doc_url::PLACEHOLDERS {
                assert!(
                    d.help().unwrap().contains(&format!("{{{name}}}")),
                    "{template}"
                );
            }
        }
    }
}

#[test]
fn diff_calls_a_changed_template_major() {
    let today = crate::date::Date::new(2025, 1, 1).unwrap();
    let page = "  docs_url: https://docs.example.com/errors\n";
    let none = parse(page).unwrap();
    let kebab = parse(&format!(
        "{page}  code_docs_url: https://docs.example.com/e/{{code:kebab}}\n"
    ))
    .unwrap();
    let as_is = parse(&format!(
        "{page}  code_docs_url: https://docs.example.com/e/{{code}}\n"
    ))
    .unwrap();
    for (old, new) in [(&none, &kebab), (&kebab, &as_is), (&as_is, &none)] {
        let changes = crate::diff::diff(old, new, today);
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(changes[0].kind, crate::diff::Kind::DocUrlTemplateChanged);
        assert_eq!(changes[0].bump(), crate::diff::Bump::Major);
    }
    assert!(crate::diff::diff(&kebab, &kebab, today).is_empty());
    // Without a template each code's URL is `docs_url#code`: moving the
    // docs page moves them all. With one, it moves only the page's link.
    let moved = parse("  docs_url: https://docs.example.com/moved\n").unwrap();
    let changes = crate::diff::diff(&none, &moved, today);
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].kind, crate::diff::Kind::DocUrlTemplateChanged);
    let moved_page = parse(
        "  docs_url: https://docs.example.com/moved\n  code_docs_url: https://docs.example.com/e/{code:kebab}\n",
    )
    .unwrap();
    let changes = crate::diff::diff(&kebab, &moved_page, today);
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].kind, crate::diff::Kind::PageChanged);
}
