//! The schemas of the codes and the envelope that services generating their
//! OpenAPI from code get (features `utoipa` and `schemars`): the enum is the
//! registry's, and real envelopes validate.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes::{ErrorBody, ErrorCode, ErrorEnvelope, FieldErrors};
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
        // A code added after this build: still a string.
        ErrorEnvelope::new(ErrorBody::new("code-added-later", "m")),
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
    for name in ["ErrorBody", "Code", "ErrorCode", "FieldErrors"] {
        assert!(schemas.contains_key(name), "{name} missing: {schemas:?}");
    }
    assert_eq!(
        schemas["ErrorCode"]["enum"].as_array().unwrap(),
        &registry_codes()
    );
    let envelope =
        serde_json::to_value(<ErrorEnvelope as utoipa::PartialSchema>::schema()).unwrap();
    assert_eq!(
        envelope["properties"]["error"]["$ref"],
        "#/components/schemas/ErrorBody"
    );
    assert_eq!(
        schemas["ErrorBody"]["properties"]["code"]["$ref"],
        "#/components/schemas/Code"
    );
    assert_eq!(
        schemas["Code"]["anyOf"][0]["$ref"],
        "#/components/schemas/ErrorCode"
    );
}
