//! Every generated name comes from the naming policy or an override, never
//! from registry order:
//!
//! - `fixtures/valid/name-overrides.yaml` (codes whose derived names are
//!   reserved or shared, kept with `name:`/`python_name:`) is accepted, its
//!   names are the ones written, the Rust declares them, and the Python
//!   module imports in a real interpreter with exactly those members;
//! - no name Python or the generated classes already have passes the
//!   policy's rule for a Python member (asked of a real interpreter);
//! - reordering the categories and codes of a registry never changes any
//!   generated name, and a clash is found in every order;
//! - a registry rejected for its generated names only becomes valid by
//!   writing the overrides its diagnostics suggest, its wire codes unchanged.
//!
//! Needs `python3` (3.11 or later) on the PATH, as `tests/tests/it/outputs_python.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::emit;
use crate::model::Registry;
use crate::validate::names;
use proptest::prelude::*;

const OVERRIDES: &str = "tests/fixtures/valid/name-overrides.yaml";

fn load_fixture() -> Registry {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(OVERRIDES);
    let text = std::fs::read_to_string(&path).unwrap();
    crate::project::parse(&path, &text).unwrap_or_else(|d| panic!("{d}"))
}

/// The Python data module of `registry`, written alone into a fresh folder
/// (it imports only the standard library).
fn python_module(registry: &Registry, name: &str) -> PathBuf {
    let dir = std::env::temp_dir()
        .join("error-codes-codegen-tests")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("_registry.py"), emit::python::module(registry)).unwrap();
    dir
}

/// Runs `script` with `dir` importable; its stdout.
fn python(dir: &Path, script: &str) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .env("PYTHONPATH", dir)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "python3 failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn overrides_name_the_variants_and_members_of_published_codes() {
    let registry = load_fixture();
    // What the fixture writes, or what the policy derives where it writes
    // nothing (`all` is not reserved; `value_1` keeps its derived names
    // and `value1` takes the overrides).
    let expected = [
        ("err", "ErrFailure", "ERR"),
        ("error", "Failure", "ERROR"),
        ("unknown", "UnknownFailure", "UNKNOWN"),
        ("self", "SelfFailure", "SELF"),
        ("all", "All", "ALL"),
        ("value_1", "Value1", "VALUE_1"),
        ("value1", "ValueOne", "VALUE_ONE"),
    ];
    for (wire, rust, python) in expected {
        let (_, code) = registry.code(wire).expect("the fixture's code");
        assert_eq!(
            (code.rust_name.as_str(), code.python_name.as_str()),
            (rust, python),
            "{wire}"
        );
    }
    let categories: Vec<(&str, &str)> = registry
        .categories
        .iter()
        .take(2)
        .map(|c| (c.rust_name.as_str(), c.python_name.as_str()))
        .collect();
    assert_eq!(categories, [("Abc1", "ABC1"), ("ABC1", "ABC1_SECOND")]);

    // The Rust declares the model's variants, in order.
    let layout = crate::layout::Layout::new(OVERRIDES);
    let file = syn::parse_file(&emit::rust::source(&registry, &layout).unwrap()).unwrap();
    let variants = |name: &str| -> Vec<String> {
        file.items
            .iter()
            .find_map(|item| match item {
                syn::Item::Enum(e) if e.ident == name => Some(e),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no enum {name}"))
            .variants
            .iter()
            .map(|v| v.ident.to_string())
            .collect()
    };
    let model: Vec<String> = registry.codes().map(|(_, c)| c.rust_name.clone()).collect();
    assert_eq!(variants("ErrorCode"), model);
    let model: Vec<String> = registry
        .categories
        .iter()
        .map(|c| c.rust_name.clone())
        .collect();
    assert_eq!(variants("Category"), model);
}

#[test]
fn the_python_module_of_overridden_names_imports_with_those_members() {
    let registry = load_fixture();
    let dir = python_module(&registry, "names-overrides");
    // `member=value` per line, for each enum, as Python sees them.
    let listed = python(
        &dir,
        "import _registry as r\n\
         for enum in (r.ErrorCode, r.Category):\n\
         \x20   for member in enum:\n\
         \x20       print(f'{enum.__name__} {member.name}={member.value}')\n\
         \x20   assert len(enum.__members__) == len(list(enum)), 'no aliases'\n",
    );
    let mut expected: Vec<String> = registry
        .codes()
        .map(|(_, c)| format!("ErrorCode {}={}", c.python_name, c.code))
        .collect();
    expected.extend(
        registry
            .categories
            .iter()
            .map(|c| format!("Category {}={}", c.python_name, c.rust_name)),
    );
    assert_eq!(listed.lines().collect::<Vec<_>>(), expected);
}

#[test]
fn no_name_python_gives_the_enums_passes_the_member_rule() {
    let registry = load_fixture();
    let dir = python_module(&registry, "names-reserved");
    // Keywords, and every attribute the generated enums (and their
    // metaclass, which gives `mro`) have that is not one of their members:
    // Enum's and str's, and the generated properties.
    let taken = python(
        &dir,
        "import keyword, enum, _registry as r\n\
         names = set(keyword.kwlist) | set(keyword.softkwlist)\n\
         names |= set(dir(str)) | set(dir(enum.Enum)) | set(dir(enum.StrEnum))\n\
         members = set()\n\
         for e in (r.ErrorCode, r.Category, r.Header, r.Retry, r.DetailsShape, r.StatusKind):\n\
         \x20   names |= set(dir(e)) | set(dir(type(e))) | set(dir(next(iter(e))))\n\
         \x20   members |= set(e.__members__)\n\
         print('\\n'.join(sorted(names - members)))\n",
    );
    let taken: Vec<&str> = taken.lines().collect();
    for expected in [
        "None",
        "True",
        "name",
        "value",
        "mro",
        "http_status",
        "title",
    ] {
        assert!(taken.contains(&expected), "python lists {expected}");
    }
    let passing: Vec<&&str> = taken
        .iter()
        .filter(|name| crate::naming::is_python_member(name))
        .collect();
    assert!(
        passing.is_empty(),
        "Python already has these, which the member rule accepts: {passing:?}"
    );
}

#[derive(Debug, Clone)]
struct Category {
    title: String,
    name: Option<String>,
    codes: Vec<String>,
}

/// A registry in `categories`' order.
fn yaml(categories: &[Category]) -> String {
    let first = &categories[0].codes[0];
    let mut out =
        format!("page:\n  title: Errors\n  envelope_example:\n    code: {first}\n    message: m\n");
    out.push_str("categories:\n");
    for category in categories {
        out.push_str(&format!("  - title: {}\n", category.title));
        if let Some(name) = &category.name {
            out.push_str(&format!("    name: {name}\n"));
        }
        out.push_str("    codes:\n");
        // Block style, one key a line, so an override can go under any item.
        for code in &category.codes {
            out.push_str(&format!("      - code: {code}\n        status: 400\n"));
        }
    }
    out
}

/// Every generated name, keyed by what it names.
fn names_of(registry: &Registry) -> BTreeMap<String, (String, String)> {
    let codes = registry.codes().map(|(_, c)| {
        (
            format!("code {}", c.code),
            (c.rust_name.clone(), c.python_name.clone()),
        )
    });
    let categories = registry.categories.iter().map(|c| {
        (
            format!("category {}", c.title),
            (c.rust_name.clone(), c.python_name.clone()),
        )
    });
    let headers = registry.headers.iter().map(|h| {
        (
            format!("header {}", h.name),
            (h.const_name.clone(), h.const_name.clone()),
        )
    });
    codes.chain(categories).chain(headers).collect()
}

/// The member lines (`    NAME = "value"`) of the Python module, sorted.
fn python_members(registry: &Registry) -> Vec<String> {
    let module = emit::python::module(registry);
    let mut lines: Vec<String> = module
        .lines()
        .filter(|l| l.starts_with("    ") && l.contains(" = ") && !l.starts_with("     "))
        .map(str::to_owned)
        .collect();
    lines.sort();
    lines
}

/// Small registries whose names collide often: codes such as `a_1`/`a1`
/// (one Rust variant), category names such as `Ab`/`AB` (one Python member).
fn categories() -> impl Strategy<Value = Vec<Category>> {
    let category = (
        prop::option::of("[A-Z][A-Za-z0-9]{0,2}"),
        prop::collection::vec("[a-c](_?[0-9])?", 1..5),
    );
    prop::collection::vec(category, 1..5)
        .prop_map(|categories| {
            let mut seen = std::collections::HashSet::new();
            categories
                .into_iter()
                .enumerate()
                .map(|(i, (name, codes))| Category {
                    title: format!("Category {i}"),
                    name,
                    // Wire codes unique, so only derived names can clash.
                    codes: codes
                        .into_iter()
                        .filter(|c| seen.insert(c.clone()))
                        .collect(),
                })
                .filter(|c| !c.codes.is_empty())
                .collect()
        })
        .prop_filter("a category", |c: &Vec<Category>| !c.is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn reordering_never_changes_a_generated_name(
        (original, shuffled) in categories().prop_flat_map(|c| {
            let shuffled = Just(c.clone())
                .prop_map(|mut c| {
                    for category in &mut c {
                        category.codes.reverse();
                    }
                    c
                })
                .prop_shuffle();
            (Just(c), shuffled)
        })
    ) {
        let load = |c: &[Category]| crate::project::parse(Path::new("r.yaml"), &yaml(c));
        match (load(&original), load(&shuffled)) {
            (Ok(a), Ok(b)) => {
                prop_assert_eq!(names_of(&a), names_of(&b));
                prop_assert_eq!(python_members(&a), python_members(&b));
            }
            (Err(_), Err(_)) => {}
            (a, b) => prop_assert!(
                false,
                "accepted in one order only:\n{:?}\n---\n{:?}",
                a.err(),
                b.err()
            ),
        }
    }
}

/// The override a diagnostic's help says to write: `(key, name)` from its
/// last `` `name: X` `` or `` `python_name: X` ``.
fn suggestion(help: &str) -> Option<(&str, &str)> {
    let (_, last) = help.strip_suffix('`')?.rsplit_once('`')?;
    let (key, name) = last.split_once(": ")?;
    ["name", "python_name"]
        .contains(&key)
        .then_some((key, name))
}

/// `text` with the override of each diagnostic written where it points: on
/// the line of a key already written (`name: X`), the value replaced; else
/// a new key under the item whose line it is. `None` when a diagnostic
/// suggests no override.
fn follow_help(text: &str, diagnostics: &crate::diagnostic::Diagnostics) -> Option<String> {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let mut edits: Vec<(usize, &str, &str)> = Vec::new();
    for d in diagnostics.iter() {
        let (key, name) = suggestion(d.help()?)?;
        edits.push((usize::try_from(d.location().line).unwrap() - 1, key, name));
    }
    // Bottom up, so earlier line numbers stay right.
    edits.sort_by_key(|edit| std::cmp::Reverse(edit.0));
    for (index, key, name) in edits {
        let line = &lines[index];
        let body = line.trim_start();
        let indent = line.len() - body.len() + if body.starts_with("- ") { 2 } else { 0 };
        let written = body.trim_start_matches("- ");
        if written.starts_with(&format!("{key}:")) {
            lines[index] = format!("{}{key}: {name}", " ".repeat(indent));
        } else {
            lines.insert(index + 1, format!("{}{key}: {name}", " ".repeat(indent)));
        }
    }
    Some(lines.join("\n") + "\n")
}

/// Registries of published names only this generator's policy could
/// reject: codes whose variant is reserved or shared, category names whose
/// Python member is shared.
fn clashing_registry() -> impl Strategy<Value = String> {
    let reserved: Vec<String> = names::ERROR_CODE_RESERVED
        .iter()
        .flat_map(|list| list.iter())
        .map(|r| heck::ToSnakeCase::to_snake_case(r.name))
        .collect();
    let code = prop_oneof![
        prop::sample::select(reserved),
        "[a-b]_?[0-2]",
        "[a-b]_?[0-2]_?[a-b]",
    ];
    let category = (
        prop::option::of("A[Bb]?[0-1]?"),
        prop::collection::vec(code, 1..6),
    );
    prop::collection::vec(category, 1..4).prop_map(|categories| {
        let mut seen = std::collections::HashSet::new();
        let categories: Vec<Category> = categories
            .into_iter()
            .enumerate()
            .map(|(i, (name, codes))| Category {
                title: format!("Category {i}"),
                name,
                codes: codes
                    .into_iter()
                    .filter(|c| seen.insert(c.clone()))
                    .collect(),
            })
            .filter(|c| !c.codes.is_empty())
            .collect();
        if categories.is_empty() {
            return yaml(&[Category {
                title: "Only".into(),
                name: None,
                codes: vec!["a1".into(), "a_1".into()],
            }]);
        }
        yaml(&categories)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Writing what the diagnostics suggest makes the registry valid, wire
    /// codes untouched, with the suggested names in the model.
    #[test]
    fn following_the_help_makes_published_codes_representable(text in clashing_registry()) {
        let path = Path::new("r.yaml");
        let mut current = text.clone();
        let mut rounds = 0;
        let registry = loop {
            match crate::project::parse(path, &current) {
                Ok(registry) => break registry,
                Err(diagnostics) => {
                    rounds += 1;
                    prop_assert!(rounds < 20, "no end to the suggestions:\n{current}");
                    current = follow_help(&current, &diagnostics).ok_or_else(|| {
                        TestCaseError::fail(format!("a diagnostic without an override:\n{diagnostics}\n{current}"))
                    })?;
                }
            }
        };
        // The same wire codes, in the same order.
        let wire = |t: &str| -> Vec<String> {
            t.lines()
                .filter_map(|l| l.trim_start().strip_prefix("- code: ").map(str::to_owned))
                .collect()
        };
        let codes: Vec<String> = registry
            .codes()
            .map(|(_, c)| c.code.clone())
            .collect();
        prop_assert_eq!(&wire(&text), &codes);
        prop_assert_eq!(wire(&current), codes);
    }
}

#[test]
fn help_suggestions_are_read_back() {
    assert_eq!(
        suggestion("keep the code and name its `ErrorCode` variant: `name: ErrFailure`"),
        Some(("name", "ErrFailure"))
    );
    assert_eq!(
        suggestion("choose another Python `Category` member, e.g. `python_name: AB_2`"),
        Some(("python_name", "AB_2"))
    );
    assert_eq!(suggestion("remove or rename one of them"), None);
}

/// The invalid fixtures whose only problem is a generated name: writing
/// what their diagnostics suggest, once, makes each valid.
#[test]
fn following_the_help_fixes_every_name_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    for fixture in [
        "code-reserved-names.yaml",
        "code-self-keyword.yaml",
        "code-rust-name-collision.yaml",
        "code-name-override-clash.yaml",
        "category-rust-name-collision.yaml",
        "category-reserved-name.yaml",
        "category-python-member-collision.yaml",
    ] {
        let path = dir.join(fixture);
        let text = std::fs::read_to_string(&path).unwrap();
        let diagnostics = crate::project::parse(&path, &text).unwrap_err();
        let fixed = follow_help(&text, &diagnostics)
            .unwrap_or_else(|| panic!("{fixture}: a diagnostic without an override"));
        if let Err(d) = crate::project::parse(&path, &fixed) {
            panic!("{fixture} after following the help:\n{d}\n{fixed}");
        }
    }
}
