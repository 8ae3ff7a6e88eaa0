//! The one test that pins the published vocabulary: every code of the
//! published page (`tests/fixtures/seed-page.tsv`, a committed copy of the
//! seed's tables) is still in the registry, with its status and category, in
//! the page's order.
//!
//! Only what a maintainer must never change by accident is pinned. Adding
//! codes or categories, deprecating a code, rewording a meaning and changing
//! the page intro are edits the README documents, so none of them fails here:
//! meanings are not pinned at all (rewording is a documented edit), codes and
//! categories the page does not have are ignored, and a deprecated code is
//! still a code of the page. Every other test derives its expectations from
//! the registry itself.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;

use error_codes_tests::workspace_root;

const FIXTURE: &str = "tests/fixtures/seed-page.tsv";
const FAILURE: &str =
    "the registry no longer matches the published page: update the fixture if that was intended";

struct SeedCode {
    category: String,
    status: u16,
    code: String,
}

fn seed() -> Vec<SeedCode> {
    let path = workspace_root().join(FIXTURE);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{FIXTURE}: {e}"));
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
        .map(|(at, line)| {
            let fields: Vec<&str> = line.split('\t').collect();
            let [category, status, code] = fields[..] else {
                panic!(
                    "{FIXTURE}:{}: want category, status, code: {line:?}",
                    at + 1
                );
            };
            SeedCode {
                category: category.to_string(),
                status: status
                    .parse()
                    .unwrap_or_else(|e| panic!("{FIXTURE}:{}: status {status:?}: {e}", at + 1)),
                code: code.to_string(),
            }
        })
        .collect()
}

/// Every difference between the registry and the seed that the seed forbids.
fn problems(registry: &error_codes_codegen::Registry, seed: &[SeedCode]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut positions = Vec::new();
    for wanted in seed {
        let name = &wanted.code;
        let Some((category, code)) = registry.code(name) else {
            problems.push(format!(
                "{name}: missing (the page has it in {:?})",
                wanted.category
            ));
            continue;
        };
        if code.status != wanted.status {
            problems.push(format!(
                "{name}: status {} (the page says {})",
                code.status, wanted.status
            ));
        }
        if category.title != wanted.category {
            problems.push(format!(
                "{name}: in category {:?} (the page has it in {:?})",
                category.title, wanted.category
            ));
        }
        let at = registry.codes().position(|(_, c)| c.code == *name);
        positions.push((name, at.expect("found above")));
    }
    // The page's codes keep their order relative to each other; new codes
    // may go anywhere between them.
    for pair in positions.windows(2) {
        if pair[0].1 > pair[1].1 {
            problems.push(format!(
                "{} now comes after {} (the page lists it before)",
                pair[0].0, pair[1].0
            ));
        }
    }
    // So do the page's categories.
    let titles: Vec<&str> = registry
        .categories
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    let mut seen = HashSet::new();
    let page_titles: Vec<&str> = seed
        .iter()
        .map(|c| c.category.as_str())
        .filter(|t| seen.insert(*t))
        .collect();
    let order: Vec<Option<usize>> = page_titles
        .iter()
        .map(|t| titles.iter().position(|have| have == t))
        .collect();
    for (pair, names) in order.windows(2).zip(page_titles.windows(2)) {
        if let [Some(a), Some(b)] = pair
            && a > b
        {
            problems.push(format!(
                "category {:?} now comes after {:?} (the page lists it before)",
                names[0], names[1]
            ));
        }
    }
    problems
}

#[test]
fn the_registry_keeps_every_code_of_the_published_page() {
    let seed = seed();
    let mut unique = HashSet::new();
    for code in &seed {
        assert!(unique.insert(&code.code), "{FIXTURE}: {} twice", code.code);
    }
    let path = workspace_root().join("registry/error-codes.yaml");
    let registry = error_codes_codegen::Registry::load(&path)
        .unwrap_or_else(|e| panic!("the registry is invalid:\n{e}"));
    let problems = problems(&registry, &seed);
    assert!(
        problems.is_empty(),
        "{FAILURE} ({FIXTURE}):\n  {}",
        problems.join("\n  ")
    );
}

/// The check is not vacuous: a seed that disagrees with the registry (a
/// status changed, a code missing) is reported, code by code.
#[test]
fn a_changed_status_or_a_missing_code_is_reported() {
    let mut seed = seed();
    let path = workspace_root().join("registry/error-codes.yaml");
    let registry = error_codes_codegen::Registry::load(&path).unwrap();
    assert!(problems(&registry, &seed).is_empty() || seed.is_empty());
    let first = seed.first_mut().expect("the fixture has codes");
    first.status = if first.status == 599 {
        400
    } else {
        first.status + 1
    };
    let changed = first.code.clone();
    let absent =
        error_codes_tests::absent_snake_case_code(registry.codes().map(|(_, c)| c.code.as_str()));
    seed.push(SeedCode {
        category: "Not on any page".to_string(),
        status: 400,
        code: absent.clone(),
    });
    let found = problems(&registry, &seed);
    assert!(
        found
            .iter()
            .any(|p| p.starts_with(&format!("{changed}: status"))),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.starts_with(&format!("{absent}: missing"))),
        "{found:?}"
    );
}
