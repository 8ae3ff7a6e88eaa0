//! The schemas of the codes and the envelope that services generating their
//! OpenAPI from code get (features `utoipa` and `schemars`): the enum is the
//! registry's, and real envelopes validate.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes::{ErrorBody, ErrorCode, ErrorEnvelope, FieldErrors, ProblemDetails};
use serde_json::{Value, json};
use utoipa::ToSchema;

fn registry_codes() -> Vec<Value> {
    ErrorCode::ALL.iter().map(|c| json!(c.as_str())).collect()
}

#[test]
fn schemars_lists_every_registry_code_and_validates_envelopes() {
    let schema = serde_json::to_value(schemars::schema_for!(ErrorEnvelope)).unwrap();
    assert_eq!(
        schema["$defs"]["ErrorCode"]["enum"].as_array().unwrap(),
        &registry_codes()
    );
    let validator = jsonschema::validator_for(&schema).unwrap();
    let fields = FieldErrors::new().with("path", "must not be empty");
    let valid = [
        ErrorEnvelope::new(ErrorBody::new(ErrorCode::InternalError, "m").with_request_id("req_1")),
        ErrorEnvelope::new(
            ErrorBody::new(ErrorCode::ValidationError, "m").with_details(fields.to_details()),
        ),
        // A code added after this build: a well-formed one.
        ErrorEnvelope::new(ErrorBody::new("code_added_later", "m")),
    ];
    for envelope in valid {
        let value = serde_json::to_value(&envelope).unwrap();
        assert!(validator.is_valid(&value), "{value}");
    }
    for invalid in [
        json!({}),
        json!({"error": {"code": 500, "message": "m"}}),
        json!({"error": {"code": "internal_error"}}),
        json!({"error": "internal_error"}),
    ] {
        assert!(!validator.is_valid(&invalid), "{invalid}");
    }

    let fields_schema = serde_json::to_value(schemars::schema_for!(FieldErrors)).unwrap();
    let validator = jsonschema::validator_for(&fields_schema).unwrap();
    assert!(validator.is_valid(&fields.to_details()));
    assert!(!validator.is_valid(&json!({"fields": {"path": "not a list"}})));
}

#[test]
fn utoipa_lists_every_registry_code_and_leads_from_the_envelope_to_it() {
    let mut schemas = Vec::new();
    ErrorEnvelope::schemas(&mut schemas);
    let schemas: serde_json::Map<String, Value> = schemas
        .into_iter()
        .map(|(name, schema)| (name, serde_json::to_value(schema).unwrap()))
        .collect();
    let envelope =
        serde_json::to_value(<ErrorEnvelope as utoipa::PartialSchema>::schema()).unwrap();
    let error = envelope["properties"]["error"]["$ref"].as_str().unwrap();
    let error = error.rsplit('/').next().unwrap();
    assert!(schemas.contains_key(error), "{error} missing: {schemas:?}");
    assert_eq!(
        schemas[<ErrorCode as utoipa::ToSchema>::name().as_ref()]["enum"]
            .as_array()
            .unwrap(),
        &registry_codes()
    );
    // `validation_error` declares field errors: the body is a `oneOf` of its
    // variant and one for every other code, whose shared members lead to
    // the code.
    let members = schemas[error]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|variant| {
            variant["$ref"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
        })
        .flat_map(|variant| schemas[variant]["allOf"].as_array().unwrap())
        .filter_map(|part| part["$ref"].as_str())
        .collect::<std::collections::BTreeSet<_>>();
    assert_eq!(members.len(), 1, "{members:?}");
    let members = members.first().unwrap().rsplit('/').next().unwrap();
    assert_eq!(
        schemas[members]["properties"]["code"]["anyOf"][0]["$ref"],
        format!(
            "#/components/schemas/{}",
            <ErrorCode as utoipa::ToSchema>::name()
        )
    );
}

/// The committed documents (`generate`'s) as JSON: the OpenAPI document
/// and the standalone JSON Schema.
fn committed_documents() -> (Value, Value) {
    let root = error_codes_tests::workspace_root();
    let openapi = std::fs::read_to_string(root.join("docs/openapi/error-codes.yaml")).unwrap();
    let schema =
        std::fs::read_to_string(root.join("docs/schema/error-envelope.schema.json")).unwrap();
    (
        serde_saphyr::from_str(&openapi).unwrap(),
        serde_json::from_str(&schema).unwrap(),
    )
}

/// The schemas a service generates from code are the generator's: what
/// `utoipa` gives for the API's body type is the OpenAPI document's
/// `components.schemas` (name for name, through the one approximation
/// utoipa needs, which cannot say `not`), and what `schemars` gives is
/// the JSON Schema's `$defs`, exactly. (`codegen`'s
/// `emit::schema::tests` holds the same for every fixture registry, on the
/// description; this holds it on the compiled crate's.)
#[test]
fn utoipa_and_schemars_schemas_are_the_committed_documents_schemas() {
    let (openapi, standalone) = committed_documents();
    let root = standalone["$ref"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap();
    assert_eq!(root, <ErrorEnvelope as utoipa::ToSchema>::name());

    let mut schemas = Vec::new();
    ErrorEnvelope::schemas(&mut schemas);
    schemas.push((
        root.to_owned(),
        <ErrorEnvelope as utoipa::PartialSchema>::schema(),
    ));
    let utoipa: serde_json::Map<String, Value> = schemas
        .into_iter()
        .map(|(name, schema)| (name, serde_json::to_value(schema).unwrap()))
        .collect();
    let components = openapi["components"]["schemas"].as_object().unwrap();
    let expected: serde_json::Map<String, Value> = components
        .iter()
        .map(|(name, schema)| {
            let schema = error_codes_runtime::schema::utoipa_approximation(schema);
            (name.clone(), schema)
        })
        .collect();
    assert_eq!(utoipa, expected);

    let schemars = serde_json::to_value(schemars::schema_for!(ErrorEnvelope)).unwrap();
    let mut defs = schemars["$defs"].as_object().unwrap().clone();
    let mut own = schemars.as_object().unwrap().clone();
    for meta in ["$schema", "$defs", "title"] {
        own.remove(meta);
    }
    defs.insert(root.to_owned(), Value::Object(own));
    assert_eq!(&defs, standalone["$defs"].as_object().unwrap());
}

/// The schemas utoipa gives as an OpenAPI 3.1 document's components, for
/// a validator.
fn utoipa_document() -> Value {
    let mut schemas = Vec::new();
    ErrorEnvelope::schemas(&mut schemas);
    ProblemDetails::schemas(&mut schemas);
    schemas.push((
        "ErrorEnvelope".into(),
        <ErrorEnvelope as utoipa::PartialSchema>::schema(),
    ));
    schemas.push((
        "ProblemDetails".into(),
        <ProblemDetails as utoipa::PartialSchema>::schema(),
    ));
    let schemas: serde_json::Map<String, Value> = schemas
        .into_iter()
        .map(|(name, schema)| (name, serde_json::to_value(schema).unwrap()))
        .collect();
    json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
           "components": {"schemas": schemas}})
}

const DOCUMENT_URI: &str = "https://example.com/utoipa.openapi.json";

fn utoipa_validator(document: &Value, name: &str) -> jsonschema::Validator {
    let registry = jsonschema::Registry::new()
        .add(DOCUMENT_URI, document.clone())
        .unwrap()
        .prepare()
        .unwrap();
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .with_registry(&registry)
        .build(&json!({"$ref": format!("{DOCUMENT_URI}#/components/schemas/{name}")}))
        .unwrap()
}

/// Both integrations tie each code that declares field errors to them, and
/// accept any other code, one added later too, with any details; the
/// discriminator maps every code of the registry.
#[test]
fn utoipa_and_schemars_tie_field_errors_to_their_codes() {
    let typed: Vec<ErrorCode> = ErrorCode::ALL
        .iter()
        .copied()
        .filter(|c| c.details_shape().is_some())
        .collect();
    assert!(!typed.is_empty());
    let document = utoipa_document();
    let schemars_envelope = jsonschema::validator_for(
        &serde_json::to_value(schemars::schema_for!(ErrorEnvelope)).unwrap(),
    )
    .unwrap();
    let validators = [
        ("utoipa", utoipa_validator(&document, "ErrorEnvelope")),
        ("schemars", schemars_envelope),
    ];
    let body = |code: &str, details: Value| json!({"error": {"code": code, "message": "m", "details": details}});
    let fields = FieldErrors::new()
        .with("path", "must not be empty")
        .to_details();
    for (which, validator) in &validators {
        for code in ErrorCode::ALL {
            let valid = if typed.contains(code) {
                fields.clone()
            } else {
                json!({"any": 1})
            };
            let body = body(code.as_str(), valid);
            assert!(validator.is_valid(&body), "{which}: {body}");
        }
        for code in &typed {
            let wrong = body(code.as_str(), json!({"fields": {"path": "not a list"}}));
            assert!(!validator.is_valid(&wrong), "{which}: {wrong}");
        }
        let later = body("code_added_later", json!({"fields": 3}));
        assert!(validator.is_valid(&later), "{which}: {later}");
    }
    let union = &document["components"]["schemas"][error_codes_runtime::schema::names::ERROR];
    let mapping = union["discriminator"]["mapping"].as_object().unwrap();
    let codes: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    let mut mapped: Vec<&str> = mapping.keys().map(String::as_str).collect();
    let mut expected = codes.clone();
    mapped.sort_unstable();
    expected.sort_unstable();
    assert_eq!(mapped, expected);
}

/// The problem document both integrations describe is what the runtime
/// sends: `ProblemDetails::new` of each code validates, and a document
/// without `code` does not.
#[test]
fn utoipa_and_schemars_describe_problem_details() {
    let document = utoipa_document();
    let schemars_problem = jsonschema::validator_for(
        &serde_json::to_value(schemars::schema_for!(ProblemDetails)).unwrap(),
    )
    .unwrap();
    let validators = [
        ("utoipa", utoipa_validator(&document, "ProblemDetails")),
        ("schemars", schemars_problem),
    ];
    for (which, validator) in &validators {
        for &code in ErrorCode::ALL {
            let mut body = ErrorBody::new(code, "m").with_request_id("req_1");
            if code.details_shape().is_some() {
                body = body.with_details(FieldErrors::new().with("a", "b").to_details());
            }
            let problem =
                serde_json::to_value(ProblemDetails::new(code.http_status(), &body)).unwrap();
            assert!(validator.is_valid(&problem), "{which}: {problem}");
            let mut without_code = problem.clone();
            without_code.as_object_mut().unwrap().remove("code");
            assert!(
                !validator.is_valid(&without_code),
                "{which}: {without_code}"
            );
        }
    }
}

/// The source of a binary of the typed-details fixture's crate (built with
/// its `utoipa` and `schemars` features) that prints what both
/// integrations say: the envelope's and the problem document's schemas,
/// and each `details::` struct's, named.
pub(super) fn fixture_schemas_probe(registry: &error_codes_codegen::Registry) -> String {
    use std::fmt::Write as _;

    let mut structs = String::new();
    for (_, code) in registry.codes().filter(|(_, c)| !c.members.is_empty()) {
        let _ = writeln!(
            structs,
            "    structs.insert({code:?}.into(), json!({{\n\
             \x20       \"utoipa_name\": <details::{ty} as utoipa::ToSchema>::name(),\n\
             \x20       \"utoipa\": <details::{ty} as utoipa::PartialSchema>::schema(),\n\
             \x20       \"schemars_name\": <details::{ty} as schemars::JsonSchema>::schema_name(),\n\
             \x20       \"schemars\": schemars::schema_for!(details::{ty}),\n\
             \x20   }}));",
            code = code.code,
            ty = code.rust_name,
        );
    }
    format!(
        r#"use error_codes::{{details, ErrorEnvelope, ProblemDetails}};
use error_codes_runtime::__private::{{schemars, serde_json, utoipa}};
use serde_json::json;

fn main() {{
    let mut schemas = Vec::new();
    <ErrorEnvelope as utoipa::ToSchema>::schemas(&mut schemas);
    <ProblemDetails as utoipa::ToSchema>::schemas(&mut schemas);
    schemas.push(("ErrorEnvelope".into(), <ErrorEnvelope as utoipa::PartialSchema>::schema()));
    schemas.push(("ProblemDetails".into(), <ProblemDetails as utoipa::PartialSchema>::schema()));
    let schemas: serde_json::Map<String, serde_json::Value> = schemas
        .into_iter()
        .map(|(name, schema)| (name, serde_json::to_value(schema).unwrap()))
        .collect();
    let mut structs = serde_json::Map::new();
{structs}    println!("{{}}", json!({{
        "utoipa": {{"openapi": "3.1.0", "info": {{"title": "t", "version": "1"}}, "components": {{"schemas": schemas}}}},
        "schemars_envelope": schemars::schema_for!(ErrorEnvelope),
        "schemars_problem": schemars::schema_for!(ProblemDetails),
        "structs": structs,
    }}));
}}
"#
    )
}

/// What [`fixture_schemas_probe`] printed: both integrations tie each code
/// to its details in the nested envelope and in a problem document (the
/// same checks as the generator's JSON Schema passes, from
/// `outputs_details_schemas`), and each struct's schema is named, typed and
/// required as the generator's OpenAPI document says.
pub(super) fn assert_fixture_schemas(printed: &Value) {
    use super::outputs_details_schemas::{assert_ties, members, nested, openapi_yaml, rfc9457};

    let document = &printed["utoipa"];
    let nested = nested();
    let problem = rfc9457();
    for (which, validator) in [
        ("utoipa", utoipa_validator(document, "ErrorEnvelope")),
        (
            "schemars",
            jsonschema::validator_for(&printed["schemars_envelope"]).unwrap(),
        ),
    ] {
        eprintln!("{which}: the nested envelope");
        assert_ties(&nested, &validator);
    }
    for (which, validator) in [
        ("utoipa", utoipa_validator(document, "ProblemDetails")),
        (
            "schemars",
            jsonschema::validator_for(&printed["schemars_problem"]).unwrap(),
        ),
    ] {
        eprintln!("{which}: problem details");
        assert_ties(&problem, &validator);
    }
    let generated: Value = serde_saphyr::from_str(&openapi_yaml(&nested)).unwrap();
    for (_, code) in nested.codes().filter(|(_, c)| !c.members.is_empty()) {
        let printed = &printed["structs"][&code.code];
        let name = printed["utoipa_name"].as_str().unwrap();
        assert_eq!(printed["schemars_name"], name);
        let expected = &generated["components"]["schemas"][name];
        assert!(
            expected.is_object(),
            "{name} is no schema of the OpenAPI document"
        );
        for schema in [&printed["utoipa"], &printed["schemars"]] {
            assert_eq!(schema["required"], expected["required"], "{name}");
            assert_eq!(schema["additionalProperties"], true, "{name}");
            for (member, own) in expected["properties"].as_object().unwrap() {
                assert_eq!(
                    schema["properties"][member]["type"], own["type"],
                    "{name}.{member}"
                );
                assert_eq!(
                    schema["properties"][member]["items"]["type"],
                    own["items"]["type"]
                );
            }
        }
        let validator = jsonschema::validator_for(&printed["schemars"]).unwrap();
        assert!(validator.is_valid(&Value::Object(members(code, true))));
        assert!(validator.is_valid(&Value::Object(members(code, false))));
        if code.members.iter().any(|m| !m.optional) {
            assert!(!validator.is_valid(&json!({})), "{name}");
        }
    }
}
