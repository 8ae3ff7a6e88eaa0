//! `common_codes:` and `operations:`: the fixture
//! `tests/fixtures/operations/registry.yaml` reads into the model as
//! written, every problem of an operation is reported, located, in one run
//! (an unknown code with the nearest suggested), the names operations make
//! go through the namespace rule, and `check` warns about codes no operation
//! lists.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::diagnostic::{Diagnostics, Severity};
use crate::model::{Operation, Registry, StatusKind};

/// The operations fixture, shared with the end-to-end tests.
pub(crate) fn fixture_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/operations/registry.yaml")
}

fn fixture_value() -> Value {
    serde_saphyr::from_str(&std::fs::read_to_string(fixture_path()).unwrap()).unwrap()
}

fn parse(value: &Value) -> Result<Registry, Diagnostics> {
    crate::project::parse(
        Path::new("r.yaml"),
        &serde_json::to_string_pretty(value).unwrap(),
    )
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|list| {
            list.iter()
                .map(|v| v.as_str().unwrap().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn the_fixture_reads_as_written() {
    let value = fixture_value();
    let registry = parse(&value).unwrap_or_else(|d| panic!("{d}"));
    let written = value["operations"].as_array().unwrap();
    assert_eq!(registry.operations.len(), written.len());
    assert_eq!(registry.common_codes, strings(&value["common_codes"]));
    let role_codes: BTreeSet<&str> = Operation::ROLES
        .iter()
        .filter_map(|role| registry.roles.code(*role))
        .collect();
    assert!(!role_codes.is_empty(), "the fixture assigns roles");
    for (op, raw) in registry.operations.iter().zip(written) {
        assert_eq!(op.id, raw["id"].as_str().unwrap());
        assert_eq!(
            op.method.as_deref(),
            raw["method"]
                .as_str()
                .map(str::to_ascii_uppercase)
                .as_deref()
        );
        assert_eq!(op.path.as_deref(), raw["path"].as_str());
        assert_eq!(op.description.as_deref(), raw["description"].as_str());
        assert_eq!(op.codes, strings(&raw["codes"]));
        // The operation's codes: its own, the common ones, the roles'.
        let expected: BTreeSet<String> = strings(&raw["codes"])
            .into_iter()
            .chain(strings(&value["common_codes"]))
            .chain(role_codes.iter().map(|c| (*c).to_owned()))
            .collect();
        let got: Vec<String> = registry
            .operation_codes(op)
            .iter()
            .map(|c| c.code.clone())
            .collect();
        assert_eq!(got.iter().cloned().collect::<BTreeSet<_>>(), expected);
        assert_eq!(got.len(), expected.len(), "each code once");
        // In registry order.
        let order: Vec<String> = registry.codes().map(|(_, c)| c.code.clone()).collect();
        let positions: Vec<usize> = got
            .iter()
            .map(|c| order.iter().position(|o| o == c).unwrap())
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{got:?}");
    }
}

#[test]
fn a_registry_without_operations_has_none() {
    let mut value = fixture_value();
    let object = value.as_object_mut().unwrap();
    object.remove("operations");
    object.remove("common_codes");
    let registry = parse(&value).unwrap_or_else(|d| panic!("{d}"));
    assert!(registry.operations.is_empty() && registry.common_codes.is_empty());
    let warnings = crate::validate::operations::unlisted_codes(&registry, Path::new("r.yaml"));
    assert!(warnings.is_empty(), "no operations, no warning");
}

/// Every problem of the list at once, each at its own place: an
/// unknown code (with the nearest suggested), a duplicate id, a code listed
/// twice, a method without a path, one that is not an HTTP method, a path
/// not starting with `/`, and an unknown common code.
#[test]
fn every_problem_is_located_at_once() {
    let mut value = fixture_value();
    let first = value["operations"][0].clone();
    let code = strings(&first["codes"])[0].clone();
    // A typo of a code: one letter dropped.
    let typo = format!("{}{}", &code[..1], &code[2..]);
    let ops = value["operations"].as_array_mut().unwrap();
    ops.push(json!({"id": "typo_op", "method": "POST", "path": "/a", "codes": [typo]}));
    ops.push(json!({"id": first["id"], "codes": []}));
    ops.push(json!({"id": "twice", "codes": [code, code]}));
    ops.push(json!({"id": "no_path", "method": "GET", "codes": []}));
    ops.push(json!({"id": "bad_method", "method": "POSTT", "path": "/b", "codes": []}));
    ops.push(json!({"id": "bad_path", "method": "GET", "path": "c/d", "codes": []}));
    ops.push(json!({"id": "same_endpoint", "method": first["method"], "path": first["path"]}));
    value["common_codes"]
        .as_array_mut()
        .unwrap()
        .push(json!("no_such_code_anywhere"));
    let Err(Diagnostics(found)) = parse(&value) else {
        panic!("the problems are reported");
    };
    let text: Vec<String> = found
        .iter()
        .map(|d| format!("{} | {}", d.message(), d.help().unwrap_or_default()))
        .collect();
    let has = |needle: &str| text.iter().filter(|t| t.contains(needle)).count();
    assert_eq!(
        has(&format!(
            "lists unknown code {typo:?} | did you mean {code:?}"
        )),
        1,
        "{text:#?}"
    );
    assert_eq!(
        has(&format!(
            "duplicate operation {:?}",
            first["id"].as_str().unwrap()
        )),
        1,
        "{text:#?}"
    );
    assert_eq!(has(&format!("lists code {code:?} twice")), 1, "{text:#?}");
    assert_eq!(
        has("\"no_path\" has a method without a path"),
        1,
        "{text:#?}"
    );
    assert_eq!(
        has("\"POSTT\" is not an HTTP method | did you mean `POST`?"),
        1,
        "{text:#?}"
    );
    assert_eq!(has("path \"c/d\" does not start with `/`"), 1, "{text:#?}");
    assert_eq!(
        has("`common_codes` lists unknown code \"no_such_code_anywhere\""),
        1,
        "{text:#?}"
    );
    assert_eq!(
        has("operation \"same_endpoint\" clashes with operation"),
        1,
        "{text:#?}"
    );
    assert_eq!(found.len(), 8, "{text:#?}");
    let places: BTreeSet<_> = found
        .iter()
        .map(|d| (d.location().line, d.location().column))
        .collect();
    assert_eq!(places.len(), found.len(), "each at its own place");
}

/// Operation ids make names in Rust and in the clients: `unknown`, `any`
/// and `operation` would give TypeScript a second `UnknownErrorCode`,
/// `AnyErrorCode` and `OperationErrorCode`;
/// `create_transfer` and `createTransfer` one Rust enum.
#[test]
fn operation_names_go_through_the_namespace_rule() {
    let mut value = fixture_value();
    let ops = value["operations"].as_array_mut().unwrap();
    for id in [
        "unknown",
        "any",
        "operation",
        "operations",
        "createTransfer",
        "9lives",
    ] {
        ops.push(json!({"id": id}));
    }
    let Err(Diagnostics(found)) = parse(&value) else {
        panic!("the clashes are reported");
    };
    let text: Vec<String> = found.iter().map(|d| d.message().to_owned()).collect();
    let has = |needle: &str| text.iter().filter(|t| t.contains(needle)).count();
    assert_eq!(has("`UnknownErrorCode`, which is reserved"), 1, "{text:#?}");
    assert_eq!(has("`AnyErrorCode`, which is reserved"), 1, "{text:#?}");
    assert_eq!(
        has("`OperationErrorCode`, which is reserved"),
        1,
        "{text:#?}"
    );
    assert_eq!(
        has("operation \"createTransfer\" clashes with operation \"create_transfer\""),
        1,
        "{text:#?}"
    );
    assert_eq!(has("\"9lives\" is not an identifier"), 1, "{text:#?}");
    // One report per clash (the Rust enum's; the client type is the same words).
    assert_eq!(found.len(), 5, "{text:#?}");
}

#[test]
fn check_warns_about_codes_no_operation_lists() {
    let value = fixture_value();
    let registry = parse(&value).unwrap_or_else(|d| panic!("{d}"));
    let listed: BTreeSet<String> = value["operations"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|op| strings(&op["codes"]))
        .chain(strings(&value["common_codes"]))
        .collect();
    let roles: BTreeSet<&str> = crate::model::Role::ALL
        .iter()
        .filter_map(|r| registry.roles.code(*r))
        .collect();
    let expected: BTreeSet<&str> = registry
        .codes()
        .filter(|(category, code)| {
            category.status_kind == StatusKind::Response
                && code.deprecated.is_none()
                && !listed.contains(&code.code)
                && !roles.contains(code.code.as_str())
        })
        .map(|(_, code)| code.code.as_str())
        .collect();
    assert!(!expected.is_empty(), "the fixture has an unlisted code");
    let warnings = crate::validate::operations::unlisted_codes(&registry, Path::new("r.yaml"));
    assert!(warnings.iter().all(|w| w.severity() == Severity::Warning));
    let warned: BTreeSet<&str> = warnings
        .iter()
        .map(|w| w.message().split('"').nth(1).unwrap())
        .collect();
    assert_eq!(warned, expected);
}

/// Deprecating a code no operation lists is what the warning suggests, so
/// a deprecated code is not warned about (nor told to be deprecated).
#[test]
fn a_deprecated_unlisted_code_is_not_warned_about() {
    let mut value = fixture_value();
    let registry = parse(&value).unwrap_or_else(|d| panic!("{d}"));
    let warnings = crate::validate::operations::unlisted_codes(&registry, Path::new("r.yaml"));
    let first = warnings
        .first()
        .map(|w| w.message().split('"').nth(1).unwrap().to_owned())
        .expect("the fixture has an unlisted code");
    for category in value["categories"].as_array_mut().unwrap() {
        for code in category["codes"].as_array_mut().unwrap() {
            if code["code"] == first.as_str() {
                code["deprecated"] = json!({"since": "1.1", "note": "nothing sends it"});
            }
        }
    }
    let deprecated = parse(&value).unwrap_or_else(|d| panic!("{d}"));
    let after = crate::validate::operations::unlisted_codes(&deprecated, Path::new("r.yaml"));
    assert_eq!(after.len(), warnings.len() - 1, "{after:?}");
    assert!(
        after
            .iter()
            .all(|w| !w.message().contains(&format!("{first:?}"))),
        "{after:?}"
    );
}

/// An operation's row on the docs page has the anchor `operation-<id>`; a
/// code's is the code, which an `any`-style registry may spell so.
#[test]
fn an_operation_anchor_taken_by_a_code_is_refused() {
    let mut value = fixture_value();
    let id = value["operations"][0]["id"].as_str().unwrap().to_owned();
    let anchor = crate::model::Operation::anchor_of(&id);
    value["code_style"] = "any".into();
    value["categories"][0]["codes"]
        .as_array_mut()
        .unwrap()
        .push(json!({"code": anchor, "status": 400}));
    let Err(Diagnostics(found)) = parse(&value) else {
        panic!("the clash is reported");
    };
    let text: Vec<String> = found.iter().map(|d| d.message().to_owned()).collect();
    assert_eq!(text.len(), 1, "{text:#?}");
    assert!(
        text[0].contains(&format!("docs page anchor `{anchor}`")),
        "{text:#?}"
    );
}
