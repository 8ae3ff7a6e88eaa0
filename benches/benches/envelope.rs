//! An error body through serde_json, both ways, with a known code, an unknown
//! code and a known code with `details`, against a plain serde struct of the
//! same shape whose code is a `String`.
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

criterion_group!(benches, envelope);
criterion_main!(benches);
