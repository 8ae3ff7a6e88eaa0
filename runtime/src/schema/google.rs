//! The schema of Google's JSON body ([`Shape::Google`], see
//! [`wire::google`](crate::wire::google)): `ErrorBody`, the REST body or
//! the bare `google.rpc.Status`, whose `details` is the array of detail
//! messages, each told by its `@type`: the `ErrorInfo` (one is required,
//! its `reason` one of the codes' reasons or a well-formed one added later,
//! its `domain` the registry's), `RetryInfo`, `Help`, `BadRequest`, and
//! any other detail message Google's model has (open, as readers ignore
//! what they do not know).

use serde_json::{Value, json};

use super::describe::{Description, Dialect};
use super::members::{MESSAGE, reference, status, string};
use super::names;
use crate::GrpcCode;
use crate::wire::Shape;
use crate::wire::google::{BAD_REQUEST, ERROR_INFO, HELP, RETRY_INFO, TYPE_PREFIX};

/// The pattern of every `ErrorInfo` reason (AIP-193).
pub(super) const REASON_PATTERN: &str = "^[A-Z][A-Z0-9_]+[A-Z0-9]$";

/// The named schemas of Google's body: `ErrorBody` and one per detail
/// message this API sends ([`names::GOOGLE_DETAILS`]).
pub(super) fn google_body(
    description: &Description<'_>,
    dialect: Dialect,
    shape: Shape<'_>,
) -> Vec<(String, Value)> {
    let Shape::Google { rpc_status, domain } = shape else {
        return Vec::new();
    };
    let [info, retry, help, bad] = names::GOOGLE_DETAILS;
    let any_detail = json!({
        "description": "Another detail message of Google's error model, told by its `@type`.",
        "type": "object",
        "required": ["@type"],
        "properties": {"@type": {"type": "string"}},
    });
    let details = json!({
        "description": "The detail messages, each told by its `@type`: exactly one ErrorInfo, which carries the code.",
        "type": "array",
        "items": {"anyOf": [
            reference(dialect, info),
            reference(dialect, retry),
            reference(dialect, help),
            reference(dialect, bad),
            any_detail,
        ]},
        "contains": reference(dialect, info),
    });
    let canonical: Vec<&str> = GrpcCode::ALL.iter().map(|c| c.as_str()).collect();
    let numbers: Vec<i32> = GrpcCode::ALL.iter().map(|c| c.number()).collect();
    let body = if rpc_status {
        json!({
            "description": "The body of every error response: a google.rpc.Status.",
            "type": "object",
            "required": ["code", "message", "details"],
            "properties": {
                "code": {"description": "The canonical gRPC code's number.", "type": "integer", "enum": numbers},
                "message": string(MESSAGE),
                "details": details,
            },
        })
    } else {
        json!({
            "description": "The body of every error response, as Google's APIs send it.",
            "type": "object",
            "required": ["error"],
            "properties": {"error": {
                "type": "object",
                "required": ["code", "message", "status", "details"],
                "properties": {
                    "code": status(),
                    "message": string(MESSAGE),
                    "status": {"description": "The canonical gRPC code's name.", "type": "string", "enum": canonical},
                    "details": details,
                },
            }},
        })
    };
    let reasons: Vec<&str> = description.codes.iter().filter_map(|c| c.reason).collect();
    vec![
        (names::LAYOUT.to_owned(), body),
        (
            info.to_owned(),
            json!({
                "description": "What went wrong: the reason is the code's, stable and machine-readable.",
                "type": "object",
                "required": ["@type", "reason", "domain"],
                "properties": {
                    "@type": type_of(ERROR_INFO),
                    "reason": {
                        "description": "What went wrong. Branch on it, not on the HTTP status.",
                        "anyOf": [
                            {"type": "string", "enum": reasons},
                            {"description": "A well-formed reason that this document does not list: added to the API after it was generated.",
                             "type": "string", "pattern": REASON_PATTERN},
                        ],
                    },
                    "domain": {"type": "string", "enum": [domain]},
                    "metadata": {
                        "description": "The code's details: a string as it is, any other value as its JSON text.",
                        "type": "object",
                        "additionalProperties": {"type": "string"},
                    },
                },
            }),
        ),
        (
            retry.to_owned(),
            json!({
                "description": "How long to wait before retrying.",
                "type": "object",
                "required": ["@type", "retryDelay"],
                "properties": {
                    "@type": type_of(RETRY_INFO),
                    "retryDelay": {"description": "A duration in seconds (`30s`, `1.500s`).", "type": "string", "pattern": "^[0-9]+(\\.[0-9]{1,9})?s$"},
                },
            }),
        ),
        (
            help.to_owned(),
            json!({
                "description": "Where the code is documented.",
                "type": "object",
                "required": ["@type", "links"],
                "properties": {
                    "@type": type_of(HELP),
                    "links": {"type": "array", "items": {
                        "type": "object",
                        "required": ["url"],
                        "properties": {
                            "description": {"type": "string"},
                            "url": {"type": "string", "format": "uri"},
                        },
                    }},
                },
            }),
        ),
        (
            bad.to_owned(),
            json!({
                "description": "The invalid fields: one violation per problem.",
                "type": "object",
                "required": ["@type", "fieldViolations"],
                "properties": {
                    "@type": type_of(BAD_REQUEST),
                    "fieldViolations": {"type": "array", "items": {
                        "type": "object",
                        "required": ["field", "description"],
                        "properties": {
                            "field": {"type": "string"},
                            "description": {"type": "string"},
                        },
                    }},
                },
            }),
        ),
    ]
}

/// The `@type` of the detail message `message`: its one value.
fn type_of(message: &str) -> Value {
    json!({"type": "string", "enum": [format!("{TYPE_PREFIX}{message}")]})
}
