//! The wire types agree with what the registry and the committed docs page
//! say about the wire.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes::{Code, ErrorCode, ErrorEnvelope};
use error_codes_codegen::{HeaderFormat, HeaderWhen, StatusKind};
use error_codes_tests::workspace_root;

fn registry() -> error_codes_codegen::Registry {
    let path = workspace_root().join("registry/error-codes.yaml");
    error_codes_codegen::Registry::load(&path)
        .unwrap_or_else(|e| panic!("the registry is invalid:\n{e}"))
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
    // The registry may declare more headers (adding one is a documented
    // edit); the ones the client types must be there, in these formats.
    for (name, format) in typed {
        let declared = registry.headers.iter().find(|h| h.name == name);
        assert_eq!(
            declared.map(|h| h.format),
            Some(format),
            "header {name} in the registry"
        );
    }

    // The axum integration sends Retry-After on 429 by default because the
    // registry says so.
    let retry_after = registry
        .headers
        .iter()
        .find(|h| h.name == error_codes::headers::RETRY_AFTER)
        .unwrap();
    assert_eq!(retry_after.when, HeaderWhen::Status(429));
}

/// The compiled crate says what the registry says, code for code, in the
/// registry's order. Every expectation comes from the registry file, so any
/// edit the README documents keeps this green once the crate is rebuilt.
#[test]
fn the_crate_carries_the_registry_code_for_code() {
    let registry = registry();
    let expected: Vec<&str> = registry.codes().map(|(_, c)| c.code.as_str()).collect();
    let compiled: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        compiled, expected,
        "ErrorCode::ALL is not the registry's list"
    );

    let titles: Vec<&str> = registry
        .categories
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    let compiled: Vec<&str> = error_codes::Category::ALL
        .iter()
        .map(|c| c.title())
        .collect();
    assert_eq!(compiled, titles, "Category::ALL is not the registry's list");

    for ((category, entry), &code) in registry.codes().zip(ErrorCode::ALL) {
        let name = &entry.code;
        assert_eq!(code.http_status(), entry.status, "status of {name}");
        assert_eq!(
            code.meaning(),
            entry.meaning.as_deref(),
            "meaning of {name}"
        );
        assert_eq!(
            code.category().title(),
            category.title,
            "category of {name}"
        );
        let retry = match entry.retry {
            error_codes_codegen::Retry::Never => error_codes::Retry::Never,
            error_codes_codegen::Retry::AfterDelay => error_codes::Retry::AfterDelay,
            error_codes_codegen::Retry::AfterReread => error_codes::Retry::AfterReread,
            other => panic!("retry {other:?} of {name} has no counterpart in the runtime"),
        };
        assert_eq!(code.retry(), retry, "retry of {name}");
        let reported = category.status_kind == StatusKind::Reported;
        assert_eq!(
            code.status_kind() == error_codes::StatusKind::Reported,
            reported,
            "status kind of {name}"
        );
        assert_eq!(
            code.details_shape().is_some(),
            entry.details.is_some(),
            "details of {name}"
        );
        let deprecation = code.deprecation();
        assert_eq!(
            deprecation.map(|d| d.since),
            entry.deprecated.as_ref().map(|d| d.since.as_str()),
            "deprecation of {name}"
        );
        assert_eq!(
            deprecation
                .and_then(|d| d.use_instead)
                .map(ErrorCode::as_str),
            entry
                .deprecated
                .as_ref()
                .and_then(|d| d.use_instead.as_deref()),
            "replacement of {name}"
        );
        assert_eq!(
            deprecation.and_then(|d| d.note),
            entry.deprecated.as_ref().and_then(|d| d.note.as_deref()),
            "deprecation note of {name}"
        );
    }
}
