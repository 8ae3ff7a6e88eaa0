//! `docs/schema/error-envelope.schema.json` is a valid Draft 2020-12 schema
//! (checked by the `jsonschema` crate) that accepts the docs page's envelope
//! example, every code's body and what the Rust types send, tolerates codes
//! added later, and rejects what is not an envelope.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes::{Code, ErrorBody, ErrorCode, ErrorEnvelope, FieldErrors};
use error_codes_codegen::Registry;
use error_codes_tests::{absent_snake_case_code, workspace_root};
use serde_json::{Value, json};

fn schema() -> Value {
    let path = workspace_root().join("docs/schema/error-envelope.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn registry() -> Registry {
    error_codes_tests::registry()
}

/// Whether the generator accepts `code` as a registry code: a registry whose
/// only code it is (with names of its own, so that only the code's syntax
/// is judged) is valid.
fn registry_accepts(code: &str) -> bool {
    let quoted = serde_json::to_string(code).unwrap();
    let text = format!(
        "page:\n  title: Errors\n  envelope_example:\n    code: {quoted}\n    message: Failed\n\
         categories:\n  - title: Only\n    codes:\n      \
         - {{code: {quoted}, name: Probe, python_name: PROBE, status: 400}}\n"
    );
    Registry::parse("registry/error-codes.yaml", &text).is_ok()
}

#[test]
fn registry_accepts_judges_the_code_alone() {
    // The probe registry is valid with a valid code, and invalid without one.
    let known = registry();
    for (_, code) in known.codes() {
        assert!(registry_accepts(&code.code), "{}", code.code);
    }
    assert!(!registry_accepts(error_codes_tests::CODE_ADDED_LATER));
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(schema)
        .unwrap()
}

/// Every reason `instance` is invalid, one per line; empty when it is valid.
fn problems(validator: &jsonschema::Validator, instance: &Value) -> String {
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn is_a_draft_2020_12_schema() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    jsonschema::meta::validate(&schema).unwrap();
}

#[test]
fn lists_every_code_of_the_registry_in_order() {
    let schema = schema();
    let listed: Vec<&str> = schema["$defs"]["ErrorCode"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let registry = registry();
    let expected: Vec<&str> = registry.codes().map(|(_, c)| c.code.as_str()).collect();
    assert_eq!(listed, expected);
}

/// The ```json block under "## Envelope" on the committed docs page.
fn docs_page_example() -> Value {
    let page = std::fs::read_to_string(workspace_root().join("docs/error-codes.md")).unwrap();
    let section = &page[page
        .find("## Envelope")
        .expect("the page has an Envelope section")..];
    let start = section.find("```json\n").unwrap() + "```json\n".len();
    let end = start + section[start..].find("```").unwrap();
    serde_json::from_str(&section[start..end]).unwrap()
}

#[test]
fn accepts_the_docs_page_example() {
    let example = docs_page_example();
    assert_eq!(
        example["error"]["code"],
        registry().page.envelope_example.code.as_str()
    );
    let v = validator(&schema());
    assert_eq!(problems(&v, &example), "");
}

#[test]
fn accepts_a_body_for_every_code() {
    let v = validator(&schema());
    let registry = registry();
    for (_, code) in registry.codes() {
        let details = if code.code == "validation_error" {
            json!({"fields": {"path": ["must not be empty"], "ttl": ["too long", "not a duration"]}})
        } else {
            json!({"anything": ["goes", 1, null]})
        };
        let full = json!({"error": {
            "code": code.code,
            "message": code.meaning.clone().unwrap_or_default(),
            "details": details,
            "request_id": "req_abc",
            "doc_url": registry.doc_url(code).unwrap(),
        }});
        assert_eq!(problems(&v, &full), "", "{full}");
        let minimal = json!({"error": {"code": code.code, "message": ""}});
        assert_eq!(problems(&v, &minimal), "", "{minimal}");
    }
}

#[test]
fn accepts_what_the_rust_types_serialize() {
    // Snake case, as a registry code would be, yet absent from this registry.
    let newer_code = absent_snake_case_code(ErrorCode::ALL.iter().map(|c| c.as_str()));
    let v = validator(&schema());
    for &code in ErrorCode::ALL {
        let mut body = ErrorBody::new(code, format!("{code} happened")).with_request_id("req_1");
        if code == ErrorCode::ValidationError {
            body = body.with_details(FieldErrors::new().with("name", "is required").to_details());
        }
        let sent = serde_json::to_value(ErrorEnvelope::new(body)).unwrap();
        assert_eq!(problems(&v, &sent), "", "{sent}");
    }
    let newer = ErrorEnvelope::new(ErrorBody::new(Code::from(newer_code.clone()), ""));
    let sent = serde_json::to_value(newer).unwrap();
    assert_eq!(problems(&v, &sent), "", "{sent}");
}

#[test]
fn tolerates_unknown_codes_and_members() {
    // Snake case, as a registry code would be, yet absent from this registry.
    let newer_code = absent_snake_case_code(ErrorCode::ALL.iter().map(|c| c.as_str()));
    let v = validator(&schema());
    let newer = json!({
        "error": {"code": newer_code, "message": "New", "trace_id": "t1"},
        "meta": {"server": "newer"}
    });
    assert_eq!(problems(&v, &newer), "");
}

#[test]
fn rejects_what_is_not_an_envelope() {
    let v = validator(&schema());
    for (body, why) in [
        (
            json!({"code": "internal_error", "message": "m"}),
            "no error member",
        ),
        (json!({"error": {"message": "m"}}), "no code"),
        (json!({"error": {"code": "internal_error"}}), "no message"),
        (
            json!({"error": {"code": 401, "message": "m"}}),
            "numeric code",
        ),
        (
            json!({"error": {"code": "Token Expired", "message": "m"}}),
            "malformed code",
        ),
        (
            json!({"error": {"code": "TOKEN_EXPIRED", "message": "m"}}),
            "uppercase code",
        ),
        (
            json!({"error": {"code": "internal_error", "message": 1}}),
            "numeric message",
        ),
        (
            json!({"error": {"code": "internal_error", "message": "m", "details": "text"}}),
            "details not an object",
        ),
        (
            json!({"error": {"code": "internal_error", "message": "m", "request_id": 7}}),
            "numeric request id",
        ),
        (
            json!({"error": {"code": "internal_error", "message": "m", "doc_url": "not a uri"}}),
            "doc_url not a URI",
        ),
        (
            json!({"error": {"code": "validation_error", "message": "m", "details": {}}}),
            "validation_error without fields",
        ),
        (
            json!({"error": {"code": "validation_error", "message": "m", "details": {"fields": {"name": "not a list"}}}}),
            "a field's problems not a list",
        ),
        (
            json!({"error": {"code": "validation_error", "message": "m", "details": {"fields": {"name": [3]}}}}),
            "a problem not a string",
        ),
    ] {
        assert!(!v.is_valid(&body), "{why}: {body} was accepted");
    }
}

fn unknown_code_validator() -> jsonschema::Validator {
    let mut schema = schema();
    schema["$ref"] = json!("#/$defs/UnknownErrorCode");
    validator(&schema)
}

#[test]
fn unknown_codes_follow_the_registrys_rules_for_codes() {
    let v = unknown_code_validator();
    for code in [
        "a",
        "a_b_c",
        "http2_error",
        "a1_b2",
        "x",
        "token__expired",
        "_token",
        "token_",
        "Token",
        "1token",
        "token-expired",
        "token expired",
        "",
        "tökén",
        &"a".repeat(64),
        &"a".repeat(65),
    ] {
        let registry_accepts = registry_accepts(code);
        assert_eq!(
            v.is_valid(&json!(code)),
            registry_accepts,
            "{code:?}: the schema and the registry disagree"
        );
    }
}

proptest::proptest! {
    #[test]
    fn unknown_code_pattern_agrees_with_the_registry(code in "[a-z0-9_A-Z -]{0,70}") {
        let v = unknown_code_validator();
        let registry_accepts = registry_accepts(&code);
        proptest::prop_assert_eq!(v.is_valid(&json!(code)), registry_accepts);
    }
}
