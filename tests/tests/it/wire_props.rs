//! Properties of the wire contract: the client parser takes any body and any
//! header values without panicking, and every code survives the envelope.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use error_codes::client::ErrorResponse;
use error_codes::{Code, ErrorBody, ErrorCode, ErrorEnvelope, RateLimit};
use http::{HeaderMap, HeaderValue, StatusCode};
use proptest::prelude::*;
use serde_json::{Map, Value, json};

/// Any JSON value, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        // Quarters print and parse back exactly, so round trips compare equal.
        any::<i32>().prop_map(|n| Value::from(f64::from(n) / 4.0)),
        ".{0,12}".prop_map(Value::String),
        // Strings that are codes, so that deep paths are reached too.
        (0..ErrorCode::ALL.len()).prop_map(|i| Value::from(ErrorCode::ALL[i].as_str())),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("error".to_owned()),
                    Just("code".to_owned()),
                    Just("message".to_owned()),
                    Just("details".to_owned()),
                    Just("request_id".to_owned()),
                    Just("fields".to_owned()),
                    "[a-z_]{0,8}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Bodies that are anything, or anything shaped almost like an envelope.
fn any_body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..64),
        any_json().prop_map(|v| serde_json::to_vec(&v).unwrap()),
        any_json().prop_map(|v| serde_json::to_vec(&json!({"error": v})).unwrap()),
        (any_json(), any_json(), any_json(), any_json()).prop_map(|(c, m, d, r)| {
            serde_json::to_vec(&json!({"error": {
                "code": c, "message": m, "details": d, "request_id": r
            }}))
            .unwrap()
        }),
    ]
}

/// Header values as a server (or something in between) might send them.
fn any_header_value() -> impl Strategy<Value = Option<Vec<u8>>> {
    prop::option::of(prop_oneof![
        any::<u64>().prop_map(|n| n.to_string().into_bytes()),
        "[ -~]{0,24}".prop_map(String::into_bytes),
        prop::collection::vec(any::<u8>(), 0..24),
    ])
}

fn headers_from(values: [Option<Vec<u8>>; 5]) -> HeaderMap {
    let names = [
        error_codes::headers::X_REQUEST_ID,
        error_codes::headers::X_RATE_LIMIT_LIMIT,
        error_codes::headers::X_RATE_LIMIT_REMAINING,
        error_codes::headers::X_RATE_LIMIT_RESET,
        error_codes::headers::RETRY_AFTER,
    ];
    let mut map = HeaderMap::new();
    for (name, value) in names.into_iter().zip(values) {
        let Some(value) = value else { continue };
        if let Ok(value) = HeaderValue::from_bytes(&value) {
            let name = http::HeaderName::from_bytes(name.as_bytes()).unwrap();
            map.insert(name, value);
        }
    }
    map
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_client_parser_never_panics(
        status in 100u16..=599,
        body in any_body(),
        values in prop::array::uniform5(any_header_value()),
    ) {
        let status = StatusCode::from_u16(status).unwrap();
        let headers = headers_from(values);
        match ErrorResponse::from_parts(status, &headers, &body) {
            Ok(error) => {
                // What it read is what the body said.
                let sent: Value = serde_json::from_slice(&body).unwrap();
                prop_assert_eq!(Some(error.code().as_str()), sent["error"]["code"].as_str());
                prop_assert_eq!(error.status(), status);
                let _ = (error.to_string(), error.retry(), error.status_class(),
                         error.typed_details(), error.field_errors(), error.rate_limit());
            }
            Err(not) => {
                prop_assert_eq!(not.status(), status);
                prop_assert_eq!(not.body(), &body[..]);
                let message = not.to_string();
                let expected_start = format!("HTTP {} response", status.as_u16());
                prop_assert!(message.starts_with(&expected_start), "{}", message);
            }
        }
    }

    #[test]
    fn every_known_code_round_trips_through_the_envelope(
        index in 0..ErrorCode::ALL.len(),
        message in ".{0,40}",
        details in any_json(),
        request_id in prop::option::of("[ -~]{1,24}"),
    ) {
        let code = ErrorCode::ALL[index];
        // `details` is an object or absent: a reader drops any other value
        // (tests/fixtures/envelope-cases.json).
        let details = if details.is_object() { details } else { Value::Null };
        let mut body = ErrorBody::new(code, message).with_details(details);
        body.request_id = request_id;
        let text = serde_json::to_vec(&ErrorEnvelope::new(body.clone())).unwrap();

        let back: ErrorEnvelope = serde_json::from_slice(&text).unwrap();
        prop_assert_eq!(&back.error, &body);
        prop_assert_eq!(&back.error.code, &Code::Known(code));

        let read = ErrorResponse::from_parts(code.status_code(), &HeaderMap::new(), &text).unwrap();
        prop_assert_eq!(read.code(), &Code::Known(code));
        prop_assert_eq!(read.retry(), code.retry());
        prop_assert_eq!(read.body(), &body);
    }

    #[test]
    fn codes_this_build_does_not_know_round_trip_unchanged(raw in ".{0,40}") {
        prop_assume!(ErrorCode::ALL.iter().all(|c| c.as_str() != raw));
        let sent = json!({"error": {"code": raw, "message": "m", "extra": 1}});
        let envelope: ErrorEnvelope = serde_json::from_value(sent).unwrap();
        prop_assert!(!envelope.error.code.is_known());
        let written = serde_json::to_value(&envelope).unwrap();
        prop_assert_eq!(written, json!({"error": {"code": raw, "message": "m"}}));
    }

    #[test]
    fn integer_headers_read_exactly_the_integers(n in any::<u64>(), junk in "[^0-9 \t]{1,4}") {
        let mut map = HeaderMap::new();
        map.insert("retry-after", HeaderValue::from(n));
        map.insert("x-ratelimit-remaining", HeaderValue::from_str(&format!(" {n} ")).unwrap());
        prop_assert_eq!(error_codes::client::retry_after(&map), Some(Duration::from_secs(n)));
        prop_assert_eq!(RateLimit::from_headers(&map).remaining, Some(n));

        if let Ok(value) = HeaderValue::from_str(&format!("{n}{junk}")) {
            map.insert("retry-after", value);
            prop_assert_eq!(error_codes::client::retry_after(&map), None);
        }
    }
}
