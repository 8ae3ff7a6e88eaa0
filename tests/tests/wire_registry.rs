//! The wire types agree with what the registry and the committed docs page
//! say about the wire.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes::{Code, ErrorEnvelope};
use error_codes_codegen::model::{HeaderFormat, HeaderWhen};
use error_codes_tests::workspace_root;

fn registry() -> error_codes_codegen::Registry {
    let path = workspace_root().join("registry/error-codes.yaml");
    error_codes_codegen::load(&path).unwrap_or_else(|e| panic!("the registry is invalid:\n{e}"))
}

/// The first ```json block after the `## Envelope` heading.
fn envelope_block(page: &str) -> &str {
    let section = &page[page
        .find("\n## Envelope\n")
        .expect("no `## Envelope` section")..];
    let start = section
        .find("```json\n")
        .expect("no ```json block under `## Envelope`")
        + 8;
    let len = section[start..]
        .find("```")
        .expect("unclosed ```json block");
    &section[start..start + len]
}

#[test]
fn the_docs_page_envelope_example_is_an_error_envelope() {
    let page = std::fs::read_to_string(workspace_root().join("docs/error-codes.md")).unwrap();
    let json = envelope_block(&page);
    let envelope: ErrorEnvelope = serde_json::from_str(json)
        .unwrap_or_else(|e| panic!("docs/error-codes.md's envelope example: {e}\n{json}"));

    let example = registry().page.envelope_example;
    assert_eq!(envelope.error.code, Code::from(example.code.as_str()));
    assert!(envelope.error.code.is_known(), "{:?}", envelope.error.code);
    assert_eq!(envelope.error.message, example.message);
    assert_eq!(envelope.error.request_id, example.request_id);
    // Writing it back gives the same JSON, apart from the empty details
    // object the page shows for illustration.
    let mut written = serde_json::to_value(&envelope).unwrap();
    let shown: serde_json::Value = serde_json::from_str(json).unwrap();
    if envelope.error.details == serde_json::json!({}) {
        written["error"]["details"] = serde_json::json!({});
    }
    assert_eq!(written, shown);
}

/// The client reads `integer` headers as `u64`, `seconds` as a `Duration`
/// and `text` as a `String`, for these names. A registry change to a name or
/// format has to change that parsing (`generated-crate/src/response_headers.rs`)
/// and this table together.
#[test]
fn the_typed_headers_are_the_registry_headers_in_their_formats() {
    let typed = [
        (error_codes::headers::X_REQUEST_ID, HeaderFormat::Text),
        (
            error_codes::headers::X_RATE_LIMIT_LIMIT,
            HeaderFormat::Integer,
        ),
        (
            error_codes::headers::X_RATE_LIMIT_REMAINING,
            HeaderFormat::Integer,
        ),
        (
            error_codes::headers::X_RATE_LIMIT_RESET,
            HeaderFormat::Integer,
        ),
        (error_codes::headers::RETRY_AFTER, HeaderFormat::Seconds),
    ];
    let registry = registry();
    let declared: Vec<(&str, HeaderFormat)> = registry
        .headers
        .iter()
        .map(|h| (h.name.as_str(), h.format))
        .collect();
    assert_eq!(declared, typed);

    // The axum integration sends Retry-After on 429 by default because the
    // registry says so.
    let retry_after = registry
        .headers
        .iter()
        .find(|h| h.name == error_codes::headers::RETRY_AFTER)
        .unwrap();
    assert_eq!(retry_after.when, HeaderWhen::Status(429));
}
