//! The lock records every fixture registry's wire and reads it back; then
//! each edit of a code's details, of its per-code values, of the body's
//! layout and of the docs URL template is refused exactly when `diff`
//! calls it major. The edits are made on the model, to whatever codes each
//! fixture has: no test names a code.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use super::members_json;
use crate::lock::parse;
use crate::lock::tests::{changes, layout};
use crate::model::{Code, Member, MemberType, Registry};

/// Each code of `registry`, to edit a clone.
fn codes_mut(registry: &mut Registry) -> impl Iterator<Item = &mut Code> {
    registry
        .categories
        .iter_mut()
        .flat_map(|c| c.codes.iter_mut())
}

fn optional_member(name: &str) -> Member {
    let mut member = Member::parse_type("string?")
        .map(|(ty, list, optional)| Member {
            name: name.to_owned(),
            rust_name: name.to_owned(),
            python_name: name.to_owned(),
            ty,
            list,
            optional,
            description: None,
            location: crate::diagnostic::Location::new(1, 1),
        })
        .unwrap();
    member.optional = true;
    member
}

#[test]
fn every_fixture_registry_s_wire_is_locked_and_read_back() {
    let (mut members, mut objects, mut values, mut hashes) = (0, 0, 0, 0);
    for (path, registry) in crate::tests::fixture_registries() {
        let text = crate::emit::lock::lock(&registry);
        let lock = parse(Path::new("r.lock"), &text, &layout())
            .unwrap_or_else(|e| panic!("{}: the emitted lock does not read: {e}", path.display()));
        let wire = &lock.wire;
        assert_eq!(
            wire.body.as_ref().map(|(b, _)| b.clone()),
            Some(crate::diff::body_layout(&registry)),
            "{}",
            path.display()
        );
        assert_eq!(
            wire.docs_url,
            registry.doc_url_template(),
            "{}",
            path.display()
        );
        for (_, code) in registry.codes() {
            let locked = wire
                .codes
                .get(&code.code)
                .map(|(w, _)| w.clone())
                .unwrap_or_default();
            assert_eq!(
                locked.details,
                code.details,
                "{} {}",
                path.display(),
                code.code
            );
            assert_eq!(
                members_json(&locked.members),
                members_json(&code.members),
                "{} {}",
                path.display(),
                code.code
            );
            assert_eq!(
                locked.body_values,
                code.body_values,
                "{} {}",
                path.display(),
                code.code
            );
            members += usize::from(!code.members.is_empty());
            objects += usize::from(
                code.members
                    .iter()
                    .any(|m| matches!(m.ty, MemberType::Object(_))),
            );
            values += usize::from(!code.body_values.is_empty());
        }
        // A `#` (AWS's `namespace#`) is escaped, never read as a comment.
        hashes += usize::from(crate::diff::body_layout(&registry).contains('#'));
        assert!(
            changes(&registry, &text).is_empty(),
            "{}: a registry breaks its own lock: {:?}",
            path.display(),
            changes(&registry, &text)
        );
    }
    // The fixtures exercise what the lock records.
    assert!(members > 0 && objects > 0 && values > 0 && hashes > 0);
}

#[test]
fn a_code_s_details_and_values_are_refused_when_diff_calls_the_change_major() {
    let mut checked = 0;
    for (path, registry) in crate::tests::fixture_registries() {
        let text = crate::emit::lock::lock(&registry);
        let codes: Vec<String> = registry.codes().map(|(_, c)| c.code.clone()).collect();
        for name in codes {
            let edit = |f: &dyn Fn(&mut Code)| {
                let mut edited = registry.clone();
                let code = codes_mut(&mut edited).find(|c| c.code == name).unwrap();
                f(code);
                changes(&edited, &text)
            };
            let (_, code) = registry.code(&name).unwrap();
            let at = format!("{} {name}", path.display());
            if !code.members.is_empty() {
                checked += 1;
                // Minor: an optional member added.
                assert_eq!(
                    edit(&|c| c.members.push(optional_member("zz_added"))),
                    Vec::<String>::new(),
                    "{at}"
                );
                // Major: a member removed, its type changed.
                let removed = edit(&|c| drop(c.members.pop()));
                assert!(
                    removed.len() == 1
                        && removed[0].contains("removed")
                        && removed[0].contains("since the lock"),
                    "{at}: {removed:?}"
                );
                let retyped = edit(&|c| c.members[0].list = !c.members[0].list);
                assert!(
                    retyped.len() == 1 && retyped[0].contains("type"),
                    "{at}: {retyped:?}"
                );
                // Major: every detail gone.
                assert_eq!(edit(&|c| c.members.clear()).len(), 1, "{at}");
            } else if code.details.is_none() {
                // Minor: details where there were none.
                assert_eq!(
                    edit(&|c| c.members.push(optional_member("zz_added"))),
                    Vec::<String>::new(),
                    "{at}"
                );
            }
            if !code.body_values.is_empty() {
                checked += 1;
                let changed = edit(&|c| c.body_values[0] = "\"zz_changed\"".to_owned());
                assert!(
                    changed.len() == 1 && changed[0].contains("body member"),
                    "{at}: {changed:?}"
                );
            }
        }
    }
    assert!(checked > 0);
}

#[test]
fn the_body_and_the_docs_url_template_are_refused_when_changed() {
    for (path, registry) in crate::tests::fixture_registries() {
        let text = crate::emit::lock::lock(&registry);
        let at = path.display();
        // Each code's docs URL changes with the template, or without one
        // with the docs page's URL; the page's URL alone under a template
        // is not a break.
        let mut templated = registry.clone();
        templated.page.code_docs_url = Some(format!(
            "{}/changed/{{code}}",
            registry
                .page
                .code_docs_url
                .as_deref()
                .unwrap_or("https://example.com")
        ));
        let mut moved = registry.clone();
        moved.page.docs_url = Some(format!(
            "{}/moved",
            registry
                .page
                .docs_url
                .as_deref()
                .unwrap_or("https://example.com")
        ));
        let breaks = if registry.page.code_docs_url.is_none() {
            1
        } else {
            0
        };
        for (edited, expected) in [(&templated, 1), (&moved, breaks)] {
            let found = changes(edited, &text);
            assert_eq!(found.len(), expected, "{at}: {found:?}");
            assert!(
                found.iter().all(|f| f.contains("each code's docs URL")),
                "{at}: {found:?}"
            );
        }
        if registry.body.is_none() {
            continue;
        }
        let mut constant = registry.clone();
        let layout = constant.body.as_mut().unwrap();
        layout.constants.push(("zz_added".into(), "true".into()));
        // A code's per-code values are not compared again when the layout
        // that names them changed: one change, one problem.
        if let Some(code) = codes_mut(&mut constant).find(|c| !c.body_values.is_empty()) {
            code.body_values[0] = "\"zz_changed\"".to_owned();
        }
        let found = changes(&constant, &text);
        assert!(
            found.len() == 1 && found[0].contains("the error body changed"),
            "{at}: {found:?}"
        );
    }
}

#[test]
fn a_lock_written_before_it_recorded_the_wire_checks_codes_only() {
    for (path, registry) in crate::tests::fixture_registries() {
        let text = crate::emit::lock::lock(&registry);
        let older: String = text
            .lines()
            .filter(|l| {
                ![super::BODY, super::DOCS_URL, super::WIRE]
                    .iter()
                    .any(|p| l.starts_with(p))
            })
            .map(|l| format!("{l}\n"))
            .collect();
        let mut edited = registry.clone();
        for code in codes_mut(&mut edited) {
            code.members.clear();
            code.details = None;
        }
        edited.page.code_docs_url = Some("https://example.com/{code}".into());
        edited.page.docs_url = Some("https://example.com/moved".into());
        assert_eq!(
            changes(&edited, &older),
            Vec::<String>::new(),
            "{}",
            path.display()
        );
    }
}

#[test]
fn an_unreadable_wire_line_is_located() {
    let text = "a 400 C\nbody: nested\nwire: a {\"details\": 3}\nwire: a\nbody: \"nested\"\nwire: a {\"zz\": 1}\n";
    let err = parse(Path::new("r.lock"), text, &layout()).unwrap_err();
    let lines: Vec<u64> = err.iter().map(|d| d.location().line).collect();
    assert_eq!(lines, [2, 3, 4, 6], "{err}");
}
