//! `code_style:`: each style's rule and its "did you mean", the roles'
//! default codes per style, look-alike codes across case and separators,
//! numeric codes' names, an unknown style. The codes are the style
//! fixtures' (`tests/fixtures/styles/<style>.yaml`, real APIs' codes).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostics;
use crate::emit::schema;
use crate::model::{CodeStyle, Registry, Role};
use crate::naming;
use crate::validate::code_style::check_code_syntax;

fn fixture_path(style: CodeStyle) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/styles")
        .join(format!("{}.yaml", style.as_str()))
}

fn fixture(style: CodeStyle) -> (String, Registry) {
    let path = fixture_path(style);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let registry = parse(&text).unwrap_or_else(|d| panic!("{}: {d}", path.display()));
    (text, registry)
}

fn parse(text: &str) -> Result<Registry, Diagnostics> {
    crate::project::parse(Path::new("r.yaml"), text)
}

fn codes(registry: &Registry) -> Vec<String> {
    registry.codes().map(|(_, c)| c.code.clone()).collect()
}

/// A registry of `style` with `codes` (each `{code: …, status: 400}` plus
/// `extra` fields) in one category.
fn registry_text(style: &str, codes: &[&str], extra: &str) -> String {
    let mut text = format!(
        "code_style: {style}\npage:\n  title: T\ncategories:\n  - title: All\n    codes:\n"
    );
    for code in codes {
        text.push_str(&format!("      - {{code: {code:?}, status: 400{extra}}}\n"));
    }
    text
}

#[test]
fn every_style_has_a_fixture_of_its_codes_and_only_its_own_rule_takes_them_all() {
    for &style in CodeStyle::ALL {
        let (_, registry) = fixture(style);
        assert_eq!(registry.code_style, style);
        let codes = codes(&registry);
        assert!(codes.len() >= 3, "{style:?}: too few codes to test");
        for code in &codes {
            assert_eq!(check_code_syntax(code, style), Ok(()), "{style:?} {code}");
        }
        // The fixture shows its style: every other style refuses one of its
        // codes, but those that take a whole style (`any` takes them all,
        // `dotted` PascalCase and camelCase codes).
        let wider = |other| {
            other == CodeStyle::Any
                || (other == CodeStyle::Dotted
                    && matches!(style, CodeStyle::PascalCase | CodeStyle::CamelCase))
        };
        for &other in CodeStyle::ALL {
            if other != style && !wider(other) {
                assert!(
                    codes.iter().any(|c| check_code_syntax(c, other).is_err()),
                    "{other:?} takes every code of the {style:?} fixture"
                );
            }
        }
    }
}

#[test]
fn each_styles_rule_refuses_what_its_pattern_refuses() {
    // The JSON Schema pattern is hand-written per style: hold it to the
    // rule on the fixtures' codes and their spellings in every style.
    let pattern_of = |style| schema::code_pattern(style);
    let mut samples: Vec<String> = CodeStyle::ALL
        .iter()
        .flat_map(|&s| codes(&fixture(s).1))
        .collect();
    samples.extend(
        [
            "", "a", "A", "1", "a__b", "a_", "_a", "a..b", ".a", "a.", "a b", "a-", "1a", "A.1b",
        ]
        .map(String::from),
    );
    for &style in CodeStyle::ALL {
        let pattern = pattern_of(style);
        assert!(pattern.starts_with('^') && pattern.ends_with('$') && !pattern.contains('\\'));
        for sample in &samples {
            assert_eq!(
                check_code_syntax(sample, style).is_ok(),
                matches_pattern(pattern, sample),
                "{style:?}: {sample:?} and {pattern}"
            );
        }
    }
    assert_eq!(
        pattern_of(CodeStyle::SnakeCase),
        "^[a-z][a-z0-9]*(_[a-z0-9]+)*$",
        "snake_case's pattern is in committed outputs"
    );
}

/// Whether `text` matches one of the style patterns: a tiny matcher for
/// their one shape, `^HEAD(GROUP)*$` where HEAD and GROUP are sequences of
/// character classes, each once, `*` or `+`.
fn matches_pattern(pattern: &str, text: &str) -> bool {
    let body = &pattern[1..pattern.len() - 1];
    let (head, group) = match body.split_once('(') {
        Some((head, rest)) => (head, Some(rest.trim_end_matches(")*"))),
        None => (body, None),
    };
    fn items(p: &str) -> Vec<(Vec<char>, char)> {
        let mut out = Vec::new();
        let mut chars = p.chars().peekable();
        while let Some(c) = chars.next() {
            let mut set = Vec::new();
            if c == '[' {
                let mut class: Vec<char> = Vec::new();
                for c in chars.by_ref() {
                    if c == ']' {
                        break;
                    }
                    class.push(c);
                }
                let mut i = 0;
                while i < class.len() {
                    if i + 2 < class.len() && class[i + 1] == '-' {
                        set.extend(class[i]..=class[i + 2]);
                        i += 3;
                    } else {
                        set.push(class[i]);
                        i += 1;
                    }
                }
            } else {
                set.push(c);
            }
            let repeat = match chars.peek() {
                Some('*' | '+') => chars.next().unwrap(),
                _ => '1',
            };
            out.push((set, repeat));
        }
        out
    }
    // Greedy is enough: no class of a sequence overlaps the next's first.
    fn take<'a>(items: &[(Vec<char>, char)], mut text: &'a str) -> Option<&'a str> {
        for (set, repeat) in items {
            let n = text.chars().take_while(|c| set.contains(c)).count();
            let n = if *repeat == '1' { n.min(1) } else { n };
            if n == 0 && *repeat != '*' {
                return None;
            }
            text = &text[n..];
        }
        Some(text)
    }
    let Some(mut rest) = take(&items(head), text) else {
        return false;
    };
    if let Some(group) = group {
        let group = items(group);
        while let Some(next) = take(&group, rest).filter(|next| next.len() < rest.len()) {
            rest = next;
        }
    }
    rest.is_empty()
}

#[test]
fn a_code_off_the_style_names_it_and_suggests_the_code_in_it() {
    for &style in CodeStyle::ALL {
        let (_, registry) = fixture(style);
        // Each fixture code whose words spell it back, written in another
        // style (snake_case, or SCREAMING_SNAKE_CASE in a snake_case registry).
        let mut checked = 0;
        for code in codes(&registry) {
            let words = naming::code_words(&code, style);
            if naming::spell_code(&words, style).as_deref() != Some(code.as_str()) {
                continue;
            }
            let other = if style == CodeStyle::SnakeCase {
                words.to_ascii_uppercase()
            } else {
                words.clone()
            };
            if check_code_syntax(&other, style).is_ok() {
                continue;
            }
            let d = parse(&registry_text(style.as_str(), &[&other], "")).unwrap_err();
            let d = d.iter().next().unwrap();
            assert!(d.message().starts_with(&format!("code {other:?}")), "{d}");
            let help = d.help().unwrap_or_default();
            assert!(
                help.contains(&format!("did you mean {code:?}?")),
                "{style:?}: {d}"
            );
            if style != CodeStyle::SnakeCase {
                assert!(d.message().contains(style.as_str()), "{d}");
                assert!(help.contains(style.as_str()), "{d}");
            }
            checked += 1;
        }
        let spelled = !matches!(style, CodeStyle::Numeric | CodeStyle::Any);
        assert_eq!(checked > 0, spelled, "{style:?}: {checked} codes checked");
    }
}

#[test]
fn the_roles_default_codes_are_the_roles_names_in_the_style() {
    for &style in CodeStyle::ALL {
        let names: Vec<String> = Role::ALL
            .iter()
            .filter_map(|role| naming::spell_code(role.as_str(), style))
            .collect();
        if style == CodeStyle::Numeric {
            assert!(names.is_empty(), "a numeric code has no words");
            continue;
        }
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let registry = parse(&registry_text(style.as_str(), &refs, ""))
            .unwrap_or_else(|d| panic!("{style:?}: {d}"));
        for (role, name) in Role::ALL.iter().zip(&names) {
            assert_eq!(registry.roles.code(*role), Some(name.as_str()), "{style:?}");
            assert_eq!(check_code_syntax(name, style), Ok(()));
        }
    }
    let spelled = |style| naming::spell_code(Role::InternalError.as_str(), style);
    assert_eq!(
        spelled(CodeStyle::PascalCase).as_deref(),
        Some("InternalError")
    );
    assert_eq!(
        spelled(CodeStyle::ScreamingSnakeCase).as_deref(),
        Some("INTERNAL_ERROR")
    );
    assert_eq!(
        spelled(CodeStyle::KebabCase).as_deref(),
        Some("internal-error")
    );
    assert_eq!(
        spelled(CodeStyle::CamelCase).as_deref(),
        Some("internalError")
    );
    // The fixtures with an internal-error code play the role with it.
    for style in [
        CodeStyle::PascalCase,
        CodeStyle::Dotted,
        CodeStyle::KebabCase,
    ] {
        let (_, registry) = fixture(style);
        assert_eq!(
            registry.roles.code(Role::InternalError),
            spelled(style).as_deref(),
            "{style:?}"
        );
    }
}

#[test]
fn codes_that_differ_only_in_case_or_separators_are_refused() {
    for &style in CodeStyle::ALL {
        if style == CodeStyle::SnakeCase {
            continue;
        }
        let (_, registry) = fixture(style);
        // Each code's look-alikes this style allows: another case of it, or
        // other separators.
        let mut refused = 0;
        for code in codes(&registry) {
            let variants = [
                code.to_ascii_lowercase(),
                code.to_ascii_uppercase(),
                code.replace('.', ""),
                code.replace(['_', '-'], ""),
                code.replace('_', "-"),
            ];
            for look_alike in variants {
                if look_alike == code || check_code_syntax(&look_alike, style).is_err() {
                    continue;
                }
                let d = parse(&registry_text(
                    style.as_str(),
                    &[&code, &look_alike],
                    ", name: X",
                ))
                .unwrap_err();
                assert!(
                    d.iter().any(|d| d
                        .message()
                        .contains(&format!("code {look_alike:?} clashes with code {code:?}"))
                        && d.help().unwrap_or_default().contains("case or separators")),
                    "{style:?}: {code} {look_alike}: {d}"
                );
                refused += 1;
            }
        }
        assert!(
            refused > 0 || style == CodeStyle::Numeric,
            "{style:?}: nothing checked"
        );
    }
}

#[test]
fn a_numeric_code_asks_for_a_name_and_takes_its_python_member_from_it() {
    let (text, registry) = fixture(CodeStyle::Numeric);
    for (_, code) in registry.codes() {
        assert!(naming::is_rust_variant(&code.rust_name));
        assert!(naming::is_python_member(&code.python_name));
    }
    // Without its `name:`, each code is reported where it is written.
    let unnamed: String = text
        .lines()
        .map(|line| {
            let Some(at) = line.find(", name: ") else {
                return line.to_string();
            };
            let end = line[at + 2..].find(',').map_or(line.len(), |e| at + 2 + e);
            format!("{}{}", &line[..at], &line[end..])
        })
        .collect::<Vec<_>>()
        .join("\n");
    let d = parse(&unnamed).unwrap_err();
    let reported: Vec<String> = d
        .iter()
        .filter(|d| d.message().contains("gives no Rust name"))
        .map(|d| {
            let help = d.help().unwrap_or_default();
            assert!(
                help.contains("`name:") && help.contains("`python_name:"),
                "{d}"
            );
            d.message().to_string()
        })
        .collect();
    assert_eq!(reported.len(), registry.code_count(), "{d}");
    for (_, code) in registry.codes() {
        assert!(
            reported
                .iter()
                .any(|m| m.contains(&format!("{:?}", code.code)))
        );
    }
}

#[test]
fn an_unknown_code_style_is_located_and_the_nearest_suggested() {
    for (written, near) in [
        ("pascal_case", "PascalCase"),
        ("SCREAMING_SNAKE", "SCREAMING_SNAKE_CASE"),
        ("kebab_case", "kebab-case"),
        ("Dotted", "dotted"),
        ("camelcase", "camelCase"),
    ] {
        let text = registry_text(written, &["a"], "");
        let d = parse(&text).unwrap_err();
        let d = d
            .iter()
            .find(|d| d.message().contains("unknown code_style"))
            .unwrap();
        assert_eq!((d.location().line, d.location().column), (1, 13), "{d}");
        assert!(d.message().contains(&format!("{written:?}")), "{d}");
        assert!(
            d.help()
                .unwrap_or_default()
                .starts_with(&format!("did you mean `{near}`?")),
            "{d}"
        );
    }
    let d = parse(&registry_text("hungarian", &["a"], "")).unwrap_err();
    assert!(d.iter().any(|d| d.message().contains("unknown code_style")));
}

#[test]
fn anchors_are_valid_unique_html_ids_and_the_docs_links_use_them() {
    for &style in CodeStyle::ALL {
        let (_, registry) = fixture(style);
        let mut seen = std::collections::HashSet::new();
        for (_, code) in registry.codes() {
            let anchor = code.anchor();
            // HTML: not empty, no whitespace; a URL fragment and an
            // attribute value without escaping; unique, even to a reader
            // that folds case.
            assert!(!anchor.is_empty());
            assert!(
                anchor
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c)),
                "{anchor}"
            );
            assert!(seen.insert(anchor.to_ascii_lowercase()), "{anchor} twice");
            let url = registry.doc_url(code).unwrap();
            assert!(url.ends_with(&format!("#{anchor}")));
            let page = crate::emit::markdown::page(&registry);
            assert!(
                page.contains(&format!("<a id=\"{anchor}\"></a>`{}`", code.code)),
                "{style:?}"
            );
        }
    }
    // snake_case anchors are the codes, as before.
    let (_, registry) = fixture(CodeStyle::SnakeCase);
    assert!(registry.codes().all(|(_, c)| c.anchor() == c.code));
}
