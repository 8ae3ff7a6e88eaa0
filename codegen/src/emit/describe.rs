//! Wording and examples shared by the emitters for other audiences
//! (OpenAPI, JSON Schema, TypeScript, `explain`), so a code reads the same
//! everywhere.

use super::tree::Tree;
use crate::model::{Code, DetailsShape, Registry, Retry};

/// One line about a code: status, meaning, deprecation. Plain text, not
/// escaped for any format.
pub fn summary(code: &Code) -> String {
    let mut line = code.status.to_string();
    if let Some(meaning) = &code.meaning {
        line.push_str(": ");
        line.push_str(meaning);
    }
    if let Some(d) = &code.deprecated {
        line.push_str(&format!(" (deprecated since {}", d.since));
        if let Some(instead) = &d.use_instead {
            line.push_str(&format!(", use {instead} instead"));
        }
        line.push(')');
    }
    line
}

/// What a retry advice means, for people.
pub fn retry_advice(retry: Retry) -> &'static str {
    match retry {
        Retry::Never => {
            "a retry fails the same way until the request, the caller's permissions or the resource changes"
        }
        Retry::AfterDelay => "retry after a delay (honour Retry-After when present)",
        Retry::AfterReread => "retry after re-reading the resource and reapplying the change",
    }
}

/// What a details shape carries, for people.
pub fn details_advice(shape: Option<DetailsShape>) -> &'static str {
    match shape {
        None => "free-form JSON object (may be empty)",
        Some(DetailsShape::FieldErrors) => {
            "details.fields: object mapping each field name to a list of problems (strings)"
        }
    }
}

/// RFC 9110's reason phrase of a 4xx/5xx status, when it has one.
pub fn reason_phrase(status: u16) -> Option<&'static str> {
    Some(match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        407 => "Proxy Authentication Required",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Content Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Range Not Satisfiable",
        417 => "Expectation Failed",
        421 => "Misdirected Request",
        422 => "Unprocessable Content",
        423 => "Locked",
        424 => "Failed Dependency",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        506 => "Variant Also Negotiates",
        507 => "Insufficient Storage",
        508 => "Loop Detected",
        510 => "Not Extended",
        511 => "Network Authentication Required",
        _ => return None,
    })
}

/// An example response body carrying `code`: the docs page's envelope
/// example when it is about this code, otherwise the code's meaning as the
/// message.
pub fn sample_body(registry: &Registry, code: &Code) -> Tree {
    let example = &registry.page.envelope_example;
    let message = if example.code == code.code {
        example.message.clone()
    } else {
        code.meaning
            .clone()
            .unwrap_or_else(|| code.code.replace('_', " "))
    };
    let details = match code.details {
        None => Tree::map(),
        Some(DetailsShape::FieldErrors) => Tree::map().with(
            "fields",
            Tree::map().with("name", Tree::from_iter(["must not be empty"])),
        ),
    };
    let error = Tree::map()
        .with("code", code.code.as_str())
        .with("message", message)
        .with("details", details)
        .with_opt("request_id", example.request_id.as_deref())
        .with_opt("doc_url", registry.doc_url(code));
    Tree::map().with("error", error)
}
