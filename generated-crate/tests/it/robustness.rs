//! Whatever a server (or an attacker) sends, parsing it never panics: it
//! gives a code or an error value. Random strings, bytes and JSON documents,
//! biased towards what looks like the real thing so that the interesting
//! paths (almost-codes, almost-envelopes) are exercised too.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes::ErrorCode;
use proptest::prelude::*;

/// Strings near real codes: real ones, and real ones with a change.
fn almost_code() -> impl Strategy<Value = String> {
    (
        prop::sample::select(ErrorCode::ALL),
        prop_oneof![
            Just(None),
            (any::<prop::sample::Index>(), any::<char>()).prop_map(Some),
        ],
    )
        .prop_map(|(code, change)| {
            let mut s: Vec<char> = code.as_str().chars().collect();
            if let Some((index, c)) = change {
                let at = index.index(s.len());
                s[at] = c;
            }
            s.into_iter().collect()
        })
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), almost_code(), "[a-z_]{0,70}"]
}

#[cfg(feature = "serde")]
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let key = prop_oneof![
        Just("error".to_string()),
        Just("code".to_string()),
        Just("message".to_string()),
        Just("details".to_string()),
        Just("request_id".to_string()),
        Just("fields".to_string()),
        any::<String>(),
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        any_text().prop_map(Value::from),
    ];
    leaf.prop_recursive(6, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::from),
            prop::collection::btree_map(key.clone(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2048, ..ProptestConfig::default() })]

    #[test]
    fn parsing_any_string_gives_a_code_or_an_error(s in any_text()) {
        match s.parse::<ErrorCode>() {
            // Exact match only: a code parses back to its own string.
            Ok(code) => prop_assert_eq!(code.as_str(), s.as_str()),
            Err(err) => {
                prop_assert!(ErrorCode::ALL.iter().all(|c| c.as_str() != s));
                // The error keeps (a bounded prefix of) what was rejected.
                prop_assert!(s.starts_with(err.input()));
                prop_assert!(err.input().len() <= error_codes::UnknownErrorCode::KEPT);
            }
        }
        prop_assert_eq!(ErrorCode::try_from(s.as_str()).ok(), s.parse().ok());
    }

    #[test]
    fn parsing_any_bytes_as_utf8_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = text.parse::<ErrorCode>();
    }
}

#[cfg(feature = "serde")]
proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    #[test]
    fn deserializing_any_json_gives_a_value_or_an_error(value in any_json()) {
        let text = value.to_string();
        let code = serde_json::from_str::<ErrorCode>(&text);
        match &value {
            serde_json::Value::String(s) => {
                prop_assert_eq!(code.ok(), s.parse::<ErrorCode>().ok());
            }
            _ => prop_assert!(code.is_err()),
        }
        let _ = serde_json::from_str::<error_codes::Code>(&text);
        let _ = serde_json::from_str::<error_codes::ErrorEnvelope>(&text);
        let _ = serde_json::from_str::<error_codes::FieldErrors>(&text);
        let _ = serde_json::from_value::<error_codes::ErrorEnvelope>(value.clone());
        let wrapped = serde_json::json!({ "error": value });
        let _ = serde_json::from_value::<error_codes::ErrorEnvelope>(wrapped);
    }

    #[test]
    fn deserializing_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = serde_json::from_slice::<ErrorCode>(&bytes);
        let _ = serde_json::from_slice::<error_codes::Code>(&bytes);
        let _ = serde_json::from_slice::<error_codes::ErrorEnvelope>(&bytes);
    }
}

#[test]
fn every_code_parses_back_deprecated_or_not() {
    // Servers may still send a deprecated code: deprecation only marks the
    // variant, it never removes the code from parsing.
    for code in ErrorCode::ALL {
        assert_eq!(code.as_str().parse::<ErrorCode>(), Ok(*code));
    }
}
