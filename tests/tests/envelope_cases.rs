//! The envelope cases every client must read alike
//! (`tests/fixtures/envelope-cases.json`; the TypeScript and Python clients
//! run the same file). The rule: a body is an envelope if and only if it is
//! a JSON object whose `error` is an object whose `code` is a string; then
//! `message` is the string or `""`, `request_id` the string or none,
//! `details` the object or none; other members are ignored.
//!
//! A code this build does not know is spelt `code-added-later` in the cases:
//! its hyphens make it impossible as a registry code (codes are snake_case),
//! yet every client must keep it as an unknown code.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes::client::ErrorResponse;
use error_codes::{Code, ErrorEnvelope};
use error_codes_tests::workspace_root;
use http::{HeaderMap, StatusCode};
use serde_json::Value;

const CASES: &str = "tests/fixtures/envelope-cases.json";

fn cases() -> Vec<(String, String, Value)> {
    let text = std::fs::read_to_string(workspace_root().join(CASES)).unwrap();
    let file: Value = serde_json::from_str(&text).unwrap();
    file["cases"]
        .as_array()
        .expect("a `cases` array")
        .iter()
        .map(|case| {
            (
                case["name"].as_str().expect("a name").to_owned(),
                case["body"].as_str().expect("a body").to_owned(),
                case["expect"].clone(),
            )
        })
        .collect()
}

#[test]
fn every_case_reads_as_the_shared_rule_says() {
    let cases = cases();
    assert!(cases.iter().any(|(_, _, expect)| expect.is_null()));
    assert!(cases.iter().any(|(_, _, expect)| !expect.is_null()));
    for (name, body, expect) in cases {
        let read = serde_json::from_str::<ErrorEnvelope>(&body);
        if expect.is_null() {
            assert!(read.is_err(), "{name}: read as an envelope: {read:?}");
            continue;
        }
        let error = read
            .unwrap_or_else(|e| panic!("{name}: not an envelope: {e}"))
            .error;
        assert_eq!(error.code.as_str(), expect["code"], "{name}");
        assert_eq!(
            error.code.is_known(),
            expect["known"].as_bool().unwrap(),
            "{name}"
        );
        if let Code::Known(code) = &error.code {
            assert_eq!(code.as_str(), expect["code"], "{name}");
        }
        assert_eq!(error.message, expect["message"], "{name}");
        assert_eq!(
            error.request_id.as_deref(),
            expect["request_id"].as_str(),
            "{name}"
        );
        assert_eq!(error.details, expect["details"], "{name}");
    }
}

/// The client reads each case as the envelope type does, and never prints a
/// server's control characters raw.
#[test]
fn the_client_agrees_and_escapes_what_it_displays() {
    for (name, body, expect) in cases() {
        let read =
            ErrorResponse::from_parts(StatusCode::BAD_GATEWAY, &HeaderMap::new(), body.as_bytes());
        match read {
            Ok(error) => {
                assert!(!expect.is_null(), "{name}");
                assert_eq!(error.code().as_str(), expect["code"], "{name}");
                let shown = error.to_string();
                assert!(!shown.chars().any(char::is_control), "{name}: {shown:?}");
            }
            Err(not) => {
                assert!(expect.is_null(), "{name}: {not}");
                let shown = not.to_string();
                assert!(!shown.chars().any(char::is_control), "{name}: {shown:?}");
            }
        }
    }
}
