//! Details a code declares (`details: {member: type}`): the fixture
//! `tests/fixtures/details/registry.yaml` reads into the model as written,
//! and every problem of a declaration is reported, located, in one run,
//! with the names each language makes going through the namespace rule.

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostics;
use crate::model::{MemberType, Registry};

/// The typed-details fixture, shared with the end-to-end tests.
pub(crate) fn fixture_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/details/registry.yaml")
}

fn fixture() -> (Registry, serde_json::Value) {
    let path = fixture_path();
    let text = std::fs::read_to_string(&path).unwrap();
    let registry = crate::project::parse(&path, &text).unwrap_or_else(|d| panic!("{d}"));
    (registry, serde_saphyr::from_str(&text).unwrap())
}

/// The registry `small.yaml` with one more code, `code` (JSON, which is
/// YAML), in its first category.
pub(super) fn with_code(
    envelope: Option<&str>,
    code: serde_json::Value,
) -> Result<Registry, Diagnostics> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut value: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    value["categories"][0]["codes"]
        .as_array_mut()
        .unwrap()
        .push(code);
    if let Some(envelope) = envelope {
        value["envelope"] = envelope.into();
    }
    crate::project::parse(
        Path::new("r.yaml"),
        &serde_json::to_string_pretty(&value).unwrap(),
    )
}

/// A code `declared` with these details.
pub(super) fn declared(details: serde_json::Value) -> serde_json::Value {
    serde_json::json!({"code": "declared", "status": 400, "details": details})
}

fn messages(result: Result<Registry, Diagnostics>) -> Vec<String> {
    match result {
        Ok(_) => Vec::new(),
        Err(Diagnostics(list)) => list
            .iter()
            .map(|d| format!("{} | {}", d.message(), d.help().unwrap_or_default()))
            .collect(),
    }
}

#[test]
fn the_fixture_reads_as_written() {
    let (registry, value) = fixture();
    let mut declared = 0;
    for category in value["categories"].as_array().unwrap() {
        for written in category["codes"].as_array().unwrap() {
            let (_, code) = registry.code(written["code"].as_str().unwrap()).unwrap();
            let Some(members) = written.get("details").and_then(|d| d.as_object()) else {
                assert!(code.members.is_empty(), "{}", code.code);
                assert_eq!(
                    code.details.map(|s| s.as_str()),
                    written.get("details").and_then(|d| d.as_str())
                );
                continue;
            };
            declared += 1;
            assert_eq!(code.details, None);
            assert_eq!(code.members.len(), members.len(), "{}", code.code);
            // Registry order: the model keeps the order the lines give.
            assert!(
                code.members
                    .windows(2)
                    .all(|w| w[0].location.line < w[1].location.line)
            );
            for member in &code.members {
                let written = &members[&member.name];
                let (ty, description, values) = match written {
                    serde_json::Value::String(ty) => (ty.as_str(), None, None),
                    long => (
                        long["type"].as_str().unwrap(),
                        long.get("description").and_then(|d| d.as_str()),
                        long.get("enum").and_then(|v| v.as_array()),
                    ),
                };
                assert_eq!(member.type_text(), ty, "{}.{}", code.code, member.name);
                assert_eq!(member.description.as_deref(), description);
                match (&member.ty, values) {
                    (MemberType::Enum(model), Some(written)) => {
                        let written: Vec<&str> =
                            written.iter().map(|v| v.as_str().unwrap()).collect();
                        assert_eq!(model, &written);
                    }
                    (MemberType::Enum(_), None) => panic!("{}: an enum unwritten", member.name),
                    (_, values) => assert!(values.is_none(), "{}", member.name),
                }
            }
        }
    }
    assert!(
        declared >= 2,
        "the fixture declares details on several codes"
    );
    // It covers what it says it covers.
    let members: Vec<_> = registry.codes().flat_map(|(_, c)| &c.members).collect();
    for (_, scalar) in MemberType::SCALARS {
        assert!(
            members.iter().any(|m| &m.ty == scalar && !m.list),
            "{scalar:?}"
        );
        assert!(
            members.iter().any(|m| &m.ty == scalar && m.list),
            "{scalar:?}[]"
        );
    }
    assert!(members.iter().any(|m| m.optional && m.list));
    assert!(
        members
            .iter()
            .any(|m| matches!(m.ty, MemberType::Enum(_)) && m.list)
    );
    assert!(members.iter().any(|m| m.rust_name != m.name));
    assert!(
        members
            .iter()
            .any(|m| crate::naming::RUST_KEYWORDS.contains(&m.rust_name.as_str()))
    );
    assert!(registry.codes().any(|(_, c)| c.details.is_some()));
}

#[test]
fn member_names_become_each_language_s_field() {
    let registry = with_code(
        None,
        declared(serde_json::json!({"retryAfterSeconds": "integer", "class": "string", "type": "string"})),
    )
    .unwrap_or_else(|d| panic!("{d}"));
    let (_, code) = registry.code("declared").unwrap();
    let mut names: Vec<(&str, &str, &str)> = code
        .members
        .iter()
        .map(|m| {
            (
                m.name.as_str(),
                m.rust_name.as_str(),
                m.python_name.as_str(),
            )
        })
        .collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            ("class", "class", "class_"),
            (
                "retryAfterSeconds",
                "retry_after_seconds",
                "retry_after_seconds"
            ),
            ("type", "type", "type")
        ]
    );
}

#[test]
fn every_problem_of_a_declaration_is_reported_at_once() {
    let found = messages(with_code(
        None,
        declared(serde_json::json!({
                "amount": "integr",
                "9lives": "string",
                "retry_after": "integer",
                "retryAfter": "integer",
                "self": "boolean",
                "kind": {"type": "integer", "enum": ["a"]},
                "state": {"type": "string", "enum": ["open", "Other", "3ds"]},
                "note": {"type": "string", "descripton": "typo"},
                "list": "string[]?[]",
        })),
    ));
    let expect = [
        ("unknown type \"integr\"", "did you mean `integer`?"),
        ("\"9lives\" is not a member name", "a letter"),
        (
            "both give the Rust field `retry_after`",
            "rename one of the members",
        ),
        ("member \"self\"", "cannot be a raw identifier"),
        ("`enum` lists the values of a string", "type: string"),
        ("value \"Other\"", "reserved"),
        ("value \"3ds\"", "a letter before"),
        ("unknown field `descripton`", "did you mean `description`?"),
        ("unknown type \"string[]?[]\"", "`[]` for a list"),
    ];
    for (message, help) in expect {
        assert!(
            found
                .iter()
                .any(|f| f.contains(message) && f.contains(help)),
            "{message} / {help} not in {found:#?}"
        );
    }
    assert_eq!(found.len(), expect.len(), "{found:#?}");
}

#[test]
fn empty_details_are_refused() {
    let found = messages(with_code(None, declared(serde_json::json!({}))));
    assert!(
        found.iter().any(|f| f.contains("declare no members")),
        "{found:?}"
    );
}

#[test]
fn a_code_whose_struct_is_the_details_enum_is_refused_with_its_override() {
    let code = serde_json::json!({"code": "details", "status": 400, "details": {"a": "string"}});
    let found = messages(with_code(None, code.clone()));
    assert!(
        found
            .iter()
            .any(|f| f.contains("`Details`") && f.contains("`name: DetailsFailure`")),
        "{found:?}"
    );
    assert_eq!(found.len(), 1, "reported once: {found:?}");
    // The override it suggests is accepted.
    let mut fixed = code.clone();
    fixed["name"] = "DetailsFailure".into();
    let fixed = with_code(None, fixed);
    assert!(fixed.is_ok(), "{:?}", messages(fixed));
    // Without members too: `Details` is the code enum's associated type.
    let bare = messages(with_code(
        None,
        serde_json::json!({"code": "details", "status": 400}),
    ));
    assert!(
        bare.iter()
            .any(|f| f.contains("`Details`") && f.contains("`name: DetailsFailure`")),
        "{bare:?}"
    );
}

#[test]
fn an_enum_type_clashing_with_a_struct_is_refused() {
    // `a` + member `b` makes `AB`, the struct of code `a_b`.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut value: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    let codes = value["categories"][0]["codes"].as_array_mut().unwrap();
    codes.push(serde_json::json!({"code": "a", "status": 400,
        "details": {"b": {"type": "string", "enum": ["x"]}}}));
    codes.push(serde_json::json!({"code": "a_b", "status": 400, "details": {"c": "string"}}));
    let found = messages(crate::project::parse(
        Path::new("r.yaml"),
        &serde_json::to_string(&value).unwrap(),
    ));
    assert!(
        found
            .iter()
            .any(|f| f.contains("`AB`") && f.contains("name: ")),
        "{found:?}"
    );
}

#[test]
fn rfc9457_refuses_the_problem_document_s_own_members() {
    for name in error_codes_runtime::Envelope::PROBLEM_MEMBERS {
        let declare = || declared(serde_json::json!({*name: "string"}));
        let found = messages(with_code(Some("rfc9457"), declare()));
        assert!(
            found.iter().any(|f| f.contains("extension members")),
            "{name}: {found:?}"
        );
        // Nested, details are their own object: any name is served.
        let nested = with_code(None, declare());
        assert!(nested.is_ok(), "{name}: {:?}", messages(nested));
    }
}

#[test]
fn a_code_whose_python_class_would_be_a_keyword_is_refused_with_its_override() {
    // `none` declares members: its `details` class would be `None`, a
    // Python keyword; the same code without details is served.
    for keyword in crate::naming::PYTHON_CAPITALISED_KEYWORDS {
        let wire = keyword.to_ascii_lowercase();
        let code = serde_json::json!({"code": wire, "status": 400, "details": {"a": "string"}});
        let found = messages(with_code(None, code.clone()));
        assert!(
            found.iter().any(|f| f.contains(&format!("`{keyword}`"))
                && f.contains("Python keyword")
                && f.contains("name: ")),
            "{found:?}"
        );
        let bare = with_code(None, serde_json::json!({"code": wire, "status": 400}));
        assert!(bare.is_ok(), "{keyword}: {:?}", messages(bare));
    }
}

#[test]
fn a_code_whose_details_schema_is_another_schema_is_refused_with_its_override() {
    // `problem`'s details schema would be `ProblemDetails`, the schema of a
    // problem document (JSON Schema, OpenAPI, utoipa, schemars).
    let code = serde_json::json!({"code": "problem", "status": 400, "details": {"a": "string"}});
    let found = messages(with_code(None, code.clone()));
    assert!(
        found.iter().any(|f| f.contains("`ProblemDetails`")
            && f.contains("reserved")
            && f.contains("`name: ProblemFailure`")),
        "{found:?}"
    );
    assert_eq!(found.len(), 1, "reported once: {found:?}");
    let mut fixed = code;
    fixed["name"] = "ProblemFailure".into();
    let fixed = with_code(None, fixed);
    assert!(fixed.is_ok(), "{:?}", messages(fixed));
    // Without members there is no details schema.
    let bare = with_code(None, serde_json::json!({"code": "problem", "status": 400}));
    assert!(bare.is_ok(), "{:?}", messages(bare));
}
