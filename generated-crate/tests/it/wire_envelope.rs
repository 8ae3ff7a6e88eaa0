//! The envelope and `Code` with the default features: what a client and a
//! server exchange, read leniently and written unchanged.
#![cfg(feature = "serde")]
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::CODE_ADDED_LATER;

use error_codes::{
    Code, ErrorBody, ErrorCode, ErrorEnvelope, FieldErrors, Retry, StatusClass, StatusKind, details,
};
use serde_json::{Value, json};

fn parse(body: Value) -> Result<ErrorEnvelope, serde_json::Error> {
    serde_json::from_value(body)
}

#[test]
fn every_known_code_is_known_and_keeps_its_string() {
    for &code in ErrorCode::ALL {
        let parsed = Code::from(code.as_str());
        assert_eq!(parsed, Code::Known(code));
        assert_eq!(parsed, code);
        assert_eq!(parsed.as_str(), code.as_str());
        assert_eq!(parsed.known(), Some(code));
        assert_eq!(parsed.http_status(), Some(code.http_status()));
        assert_eq!(parsed.retry(), Some(code.retry()));
        assert_eq!(Code::from(code.as_str().to_owned()), parsed);
        assert_eq!(serde_json::to_value(&parsed).unwrap(), json!(code.as_str()));
    }
}

#[test]
fn codes_this_build_does_not_know_are_kept_exactly() {
    for raw in [
        CODE_ADDED_LATER,
        "INTERNAL_ERROR",
        "internal_error ",
        "",
        "ключ",
        "a\"b\\c",
    ] {
        let code: Code = serde_json::from_value(json!(raw)).unwrap();
        let Code::Unknown(unknown) = &code else {
            panic!("{raw:?} parsed as a known code: {code:?}");
        };
        assert_eq!(unknown.as_str(), raw);
        assert_eq!(code.as_str(), raw);
        assert_eq!(code.to_string(), raw);
        assert_eq!(code.known(), None);
        assert_eq!(code.http_status(), None);
        assert_eq!(code.retry(), None);
        assert_eq!(serde_json::to_value(&code).unwrap(), json!(raw));
        assert_eq!(raw.parse::<Code>().unwrap(), code);
    }
}

#[test]
fn a_code_must_be_a_string() {
    for not_a_string in [
        json!(42),
        json!(null),
        json!(["internal_error"]),
        json!({"code": "x"}),
    ] {
        assert!(
            serde_json::from_value::<Code>(not_a_string.clone()).is_err(),
            "{not_a_string}"
        );
    }
}

#[test]
fn retry_and_status_class_fall_back_on_the_response_status_for_unknown_codes() {
    let newer = Code::from(CODE_ADDED_LATER);
    assert_eq!(newer.retry_or_status(429), Retry::AfterDelay);
    assert_eq!(newer.retry_or_status(503), Retry::AfterDelay);
    assert_eq!(newer.retry_or_status(504), Retry::AfterDelay);
    assert_eq!(newer.retry_or_status(409), Retry::Never);
    assert_eq!(newer.retry_or_status(423), Retry::Never);
    assert_eq!(newer.status_class_or(423), Some(StatusClass::ClientError));
    assert_eq!(newer.status_class_or(507), Some(StatusClass::ServerError));
    assert_eq!(newer.status_class_or(99), None);
}

#[test]
fn a_known_codes_registry_advice_wins_over_the_response_status() {
    for &code in ErrorCode::ALL {
        let known = Code::from(code.as_str());
        for status in [400, 409, 429, 500, 503] {
            assert_eq!(known.retry_or_status(status), code.retry(), "{code}");
            // A reported status describes something else (a webhook
            // delivery), not the response: then the response's status rules.
            let expected = match code.status_kind() {
                StatusKind::Reported => StatusClass::of(status),
                _ => StatusClass::of(code.http_status()),
            };
            assert_eq!(known.status_class_or(status), expected, "{code}");
        }
    }
}

#[test]
fn the_full_envelope_reads_into_public_fields() {
    let envelope = parse(json!({
        "error": {
            "code": "internal_error",
            "message": "Vault unreachable",
            "details": {"current_version": 7},
            "request_id": "req_abc"
        }
    }))
    .unwrap();
    let ErrorBody {
        code,
        message,
        details,
        request_id,
        ..
    } = envelope.error;
    assert_eq!(code, Code::Known(ErrorCode::InternalError));
    assert_eq!(message, "Vault unreachable");
    assert_eq!(details, json!({"current_version": 7}));
    assert_eq!(request_id.as_deref(), Some("req_abc"));
}

#[test]
fn unknown_members_are_ignored_and_optional_ones_may_be_missing() {
    let envelope = parse(json!({
        "error": {"code": "internal_error", "type": "about:blank", "status": 429},
        "trace": ["ignored"]
    }))
    .unwrap();
    assert_eq!(envelope.error.code, ErrorCode::InternalError);
    assert_eq!(envelope.error.message, "");
    assert_eq!(envelope.error.details, Value::Null);
    assert_eq!(envelope.error.request_id, None);

    let envelope =
        parse(json!({"error": {"code": CODE_ADDED_LATER, "details": null, "request_id": null}}));
    assert_eq!(envelope.unwrap().error.request_id, None);
}

#[test]
fn bodies_that_are_not_envelopes_are_errors() {
    let not_envelopes = [
        json!({}),
        json!({"code": "internal_error", "message": "flat, not enveloped"}),
        json!({"error": "internal_error"}),
        json!({"error": {"message": "no code"}}),
        json!({"error": {"code": 401}}),
        json!([]),
        json!(null),
        // Derived serde structs would take these arrays as fields in order.
        json!({"error": ["internal_error", "message"]}),
        json!([{"code": "internal_error"}]),
    ];
    for body in not_envelopes {
        assert!(parse(body.clone()).is_err(), "{body}");
    }
}

#[test]
fn writing_leaves_out_what_is_absent_and_keeps_unknown_codes() {
    let body = ErrorBody::new(Code::from(CODE_ADDED_LATER), "Sealed");
    let written = serde_json::to_value(ErrorEnvelope::new(body)).unwrap();
    assert_eq!(
        written,
        json!({"error": {"code": CODE_ADDED_LATER, "message": "Sealed"}})
    );

    let full = ErrorBody::new(ErrorCode::InternalError, "Vault unreachable")
        .with_details(json!({"current_version": 7}))
        .with_request_id("req_abc");
    let text = serde_json::to_string(&ErrorEnvelope::from(full.clone())).unwrap();
    assert_eq!(
        text,
        r#"{"error":{"code":"internal_error","message":"Vault unreachable","details":{"current_version":7},"request_id":"req_abc"}}"#
    );
    assert_eq!(
        serde_json::from_str::<ErrorEnvelope>(&text).unwrap().error,
        full
    );
}

#[test]
fn validation_error_details_are_typed_field_errors() {
    let envelope = parse(json!({
        "error": {
            "code": "validation_error",
            "message": "Invalid fields",
            "details": {"fields": {"path": ["is required"], "ttl": ["not a number", "too long"]},
                        "hint": "ignored"}
        }
    }))
    .unwrap();
    let fields = envelope.error.field_errors().unwrap();
    assert_eq!(fields.fields.len(), 2);
    assert_eq!(fields.fields["path"], ["is required"]);
    assert_eq!(fields.fields["ttl"], ["not a number", "too long"]);
    assert_eq!(
        envelope.error.typed_details().unwrap(),
        Some(details::Details::ValidationError(fields))
    );
    // The raw details stay as they came, unknown members included.
    assert_eq!(envelope.error.details["hint"], "ignored");
}

#[test]
fn field_errors_are_only_read_where_the_registry_declares_them() {
    let fields = json!({"fields": {"path": ["is required"]}});
    // Every code whose registry entry declares no details: field errors
    // sent with it are kept as they came, not read.
    let registry = crate::common::registry();
    let undeclared = registry
        .codes()
        .filter(|(_, c)| c.details.is_none() && c.members.is_empty())
        .map(|(_, c)| ErrorCode::lookup(&c.code).expect("a code of the registry"));
    for code in undeclared {
        assert_eq!(code.details_shape(), None, "{code}");
        let undeclared = ErrorBody::new(code, "").with_details(fields.clone());
        assert_eq!(undeclared.typed_details().unwrap(), None, "{code}");
        assert_eq!(undeclared.field_errors(), None, "{code}");
        assert_eq!(undeclared.details, fields, "{code}");
    }

    let newer = ErrorBody::new(Code::from(CODE_ADDED_LATER), "").with_details(fields);
    assert_eq!(newer.field_errors(), None);

    // Declared but absent: nothing to type.
    let bare = ErrorBody::new(ErrorCode::ValidationError, "");
    assert_eq!(bare.typed_details().unwrap(), None);

    // Declared but of another shape: an error, and the raw value is kept.
    let odd =
        ErrorBody::new(ErrorCode::ValidationError, "").with_details(json!({"fields": ["path"]}));
    assert!(odd.typed_details().is_err());
    assert_eq!(odd.field_errors(), None);
    assert_eq!(odd.details, json!({"fields": ["path"]}));
    let listed = ErrorBody::new(ErrorCode::ValidationError, "")
        .with_details(json!([{"path": ["is required"]}]));
    assert!(listed.typed_details().is_err());
}

#[test]
fn field_errors_build_and_read_back() {
    let mut errors = FieldErrors::new().with("ttl", "not a number");
    errors.push("ttl", "too long");
    errors.push("path", "is required");
    assert!(!errors.is_empty());
    assert!(FieldErrors::new().is_empty());
    let details = errors.to_details();
    assert_eq!(
        details,
        json!({"fields": {"path": ["is required"], "ttl": ["not a number", "too long"]}})
    );
    assert_eq!(FieldErrors::from_details(&details).unwrap(), errors);
    assert_eq!(serde_json::to_value(&errors).unwrap(), details);
    assert_eq!(
        FieldErrors::from_details(&json!({})).unwrap(),
        FieldErrors::new()
    );
}

#[test]
fn doc_url_is_read_written_and_filled_from_the_registry() {
    let body = r#"{"error": {"code": "internal_error", "message": "m",
                   "doc_url": "https://docs.example.com/reference/error-codes#internal_error"}}"#;
    let envelope: ErrorEnvelope = serde_json::from_str(body).unwrap();
    assert_eq!(
        envelope.error.doc_url.as_deref(),
        Some("https://docs.example.com/reference/error-codes#internal_error")
    );
    let written = serde_json::to_value(&envelope).unwrap();
    assert_eq!(written["error"]["doc_url"], envelope.error.doc_url.unwrap());

    let filled = ErrorBody::new(ErrorCode::InternalError, "m").with_doc_url();
    assert_eq!(
        filled.doc_url.as_deref(),
        ErrorCode::InternalError.doc_url()
    );
    assert!(filled.doc_url.is_some());
    let absent = serde_json::to_value(ErrorBody::new(ErrorCode::InternalError, "m")).unwrap();
    assert!(absent.get("doc_url").is_none(), "{absent}");

    let unknown = ErrorBody::new(Code::from(CODE_ADDED_LATER), "m").with_doc_url();
    assert_eq!(unknown.doc_url, None);
}
