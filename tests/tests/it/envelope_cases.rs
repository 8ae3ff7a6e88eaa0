//! The envelope cases every client must read alike
//! (`tests/fixtures/envelope-cases.json`; the TypeScript and Python clients
//! run the same file). The rule: a body is an envelope if and only if it is
//! a JSON object whose `error` is an object whose `code` is a string; then
//! `message` is the string or `""`, `request_id` the string or none,
//! `details` the object or none; other members are ignored. The cases
//! marked `problem` are RFC 9457 problem details, read by the rule of
//! `error_codes_runtime::problem`; `$DOCS_URL` in them stands for the
//! registry's `docs_url`.
//!
//! A code this build does not know is spelt `code-added-later` in the cases:
//! its hyphens make it impossible as a registry code (codes are snake_case),
//! yet every client must keep it as an unknown code.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes::client::ErrorResponse;
use error_codes::{Code, DOCS_URL, ErrorBody, ErrorEnvelope};
use error_codes_tests::workspace_root;
use http::{HeaderMap, StatusCode};
use serde_json::Value;

const CASES: &str = "tests/fixtures/envelope-cases.json";

/// `(name, body, expect, is_problem)` of every case, the docs URL
/// placeholder replaced by this registry's.
fn cases() -> Vec<(String, String, Value, bool)> {
    let text = std::fs::read_to_string(workspace_root().join(CASES)).unwrap();
    let file: Value = serde_json::from_str(&text).unwrap();
    let placeholder = file["docs_url_placeholder"]
        .as_str()
        .expect("a placeholder");
    let docs_url = DOCS_URL.expect("the registry has a docs_url");
    file["cases"]
        .as_array()
        .expect("a `cases` array")
        .iter()
        .map(|case| {
            (
                case["name"].as_str().expect("a name").to_owned(),
                case["body"]
                    .as_str()
                    .expect("a body")
                    .replace(placeholder, docs_url),
                case["expect"].clone(),
                case["problem"].as_bool().unwrap_or(false),
            )
        })
        .collect()
}

fn assert_reads_as(name: &str, error: &ErrorBody, expect: &Value) {
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

/// The nested cases read as `ErrorEnvelope`s, exactly as the rule says.
#[test]
fn every_nested_case_reads_as_the_shared_rule_says() {
    let cases = cases();
    assert!(cases.iter().any(|(_, _, expect, _)| expect.is_null()));
    assert!(cases.iter().any(|(_, _, expect, _)| !expect.is_null()));
    for (name, body, expect, _) in cases.iter().filter(|case| !case.3) {
        let read = serde_json::from_str::<ErrorEnvelope>(body);
        if expect.is_null() {
            assert!(read.is_err(), "{name}: read as an envelope: {read:?}");
            continue;
        }
        let error = read
            .unwrap_or_else(|e| panic!("{name}: not an envelope: {e}"))
            .error;
        assert_reads_as(name, &error, expect);
    }
}

/// Every case, nested or problem details, reads through `ErrorBody::from_json`
/// as the rule says; no problem case is a nested envelope by accident.
#[test]
fn every_case_of_either_shape_reads_as_the_shared_rule_says() {
    let cases = cases();
    assert!(cases.iter().any(|case| case.3 && case.2.is_null()));
    assert!(cases.iter().any(|case| case.3 && !case.2.is_null()));
    for (name, body, expect, _) in &cases {
        match ErrorBody::from_json(body.as_bytes()) {
            Ok(error) => {
                assert!(!expect.is_null(), "{name}: read as {error:?}");
                assert_reads_as(name, &error, expect);
            }
            Err(e) => assert!(expect.is_null(), "{name}: not read: {e}"),
        }
    }
}

/// The client reads each case as the envelope type does, and never prints a
/// server's control characters raw.
#[test]
fn the_client_agrees_and_escapes_what_it_displays() {
    for (name, body, expect, _) in cases() {
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
