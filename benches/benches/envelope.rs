//! An error body through serde_json, both ways, with a known code, an unknown
//! code and a known code with `details`, against a plain serde struct of the
//! same shape whose code is a `String`; and sending an error with typed
//! details (`ApiError::from(details::…)`) against the same details built
//! by hand with `serde_json::json!`.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use error_codes::ErrorEnvelope;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What a client without the generated crate would write.
#[derive(Serialize, Deserialize)]
struct PlainEnvelope {
    error: PlainBody,
}

#[derive(Serialize, Deserialize)]
struct PlainBody {
    code: String,
    #[serde(default)]
    message: String,
    #[serde(default, skip_serializing_if = "Value::is_null")]
    details: Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    request_id: Option<String>,
}

const BODIES: [(&str, &str); 3] = [
    (
        "known code",
        // `internal_error` is a code the runtime relies on: every registry has it.
        r#"{"error":{"code":"internal_error","message":"Unexpected server error","request_id":"req_abc"}}"#,
    ),
    (
        "unknown code",
        // Hyphens make it impossible as a registry code (codes are snake_case),
        // so it stays unknown whatever the registry gains.
        r#"{"error":{"code":"code-added-later","message":"Secret is sealed until unsealed by an operator","request_id":"req_abc"}}"#,
    ),
    (
        "known code + details",
        r#"{"error":{"code":"validation_error","message":"Invalid request","details":{"fields":{"path":["must not be empty"],"ttl":["must be positive"]}},"request_id":"req_abc"}}"#,
    ),
];

/// An `axum` error response with details, from typed details and from
/// `json!`: the same code, message and members, so the same body.
fn send_typed_details(c: &mut Criterion) {
    use axum::response::IntoResponse;
    use error_codes_bench_details::axum::ApiError;
    use error_codes_bench_details::{ErrorCode, details};

    let typed = || {
        let mut funds = details::InsufficientFunds::new(
            black_box(1200),
            black_box(4000),
            "EUR".to_owned(),
            vec!["card_limit".to_owned()],
        );
        funds.overdraft_limit = Some(black_box(0));
        ApiError::from(funds)
    };
    let by_hand = || {
        let code = ErrorCode::InsufficientFunds;
        ApiError::new(code, code.meaning().unwrap_or_default()).with_details(serde_json::json!({
            "available": black_box(1200),
            "requested": black_box(4000),
            "currency": "EUR",
            "overdraft_limit": black_box(0),
            "reasons": ["card_limit"],
        }))
    };
    // Like for like: the same body either way.
    assert_eq!(typed().body(), by_hand().body());

    let mut group = c.benchmark_group("send/typed details");
    group.bench_function("ApiError::from(details::InsufficientFunds)", |b| {
        b.iter(|| typed().into_response());
    });
    group.bench_function("ApiError::new(..).with_details(json!)", |b| {
        b.iter(|| by_hand().into_response());
    });
    group.finish();
}

fn envelope(c: &mut Criterion) {
    for (name, json) in BODIES {
        let ours: ErrorEnvelope = serde_json::from_str(json).unwrap();
        let plain: PlainEnvelope = serde_json::from_str(json).unwrap();
        // Both write back the input, byte for byte (object keys in sorted order):
        // the comparison is like for like.
        assert_eq!(serde_json::to_string(&ours).unwrap(), json);
        assert_eq!(serde_json::to_string(&plain).unwrap(), json);

        let mut group = c.benchmark_group(format!("envelope/{name}"));
        group.bench_function("deserialize error_codes::ErrorEnvelope", |b| {
            b.iter(|| serde_json::from_str::<ErrorEnvelope>(black_box(json)).unwrap());
        });
        group.bench_function("deserialize plain struct", |b| {
            b.iter(|| serde_json::from_str::<PlainEnvelope>(black_box(json)).unwrap());
        });
        group.bench_function("serialize error_codes::ErrorEnvelope", |b| {
            b.iter(|| serde_json::to_string(black_box(&ours)).unwrap());
        });
        group.bench_function("serialize plain struct", |b| {
            b.iter(|| serde_json::to_string(black_box(&plain)).unwrap());
        });
        group.finish();
    }
}

criterion_group!(benches, envelope, send_typed_details);
criterion_main!(benches);
