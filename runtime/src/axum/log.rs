//! Logs error responses (cargo feature `tracing`).
//!
//! A 5xx is logged at error level, a 4xx at debug, each with the code
//! (`error.type`, OpenTelemetry's name for it), the request id, the status
//! and, when the error has one, its source chain. The code is also recorded
//! as `error.type` on the current span, which a service's request span has
//! to declare (tracing only records declared fields):
//!
//! ```
//! let span = tracing::info_span!("request", "error.type" = tracing::field::Empty);
//! ```

use std::fmt::Write as _;

use http::StatusCode;

use crate::{ErrorBody, Vocabulary};

pub(super) fn error_response<V: Vocabulary>(
    status: StatusCode,
    body: &ErrorBody<V>,
    source: Option<&(dyn std::error::Error + Send + Sync + 'static)>,
) {
    let code = body.code.as_str();
    tracing::Span::current().record("error.type", code);
    let request_id = body.request_id.as_deref().unwrap_or_default();
    let status = status.as_u16();
    // The other fields are `&str`, which subscribers print quoted and
    // escaped; the message is printed as is, and may quote the request
    // (axum's rejections do): no raw line breaks or escapes in the log.
    let message = escape_controls(&body.message);
    let chain = source.map(|source| chain(source));
    if status >= 500 {
        match &chain {
            Some(chain) => tracing::error!(
                error.type = code, request_id, status, error.source = chain.as_str(), "{message}"
            ),
            None => tracing::error!(error.type = code, request_id, status, "{message}"),
        }
    } else {
        match &chain {
            Some(chain) => tracing::debug!(
                error.type = code, request_id, status, error.source = chain.as_str(), "{message}"
            ),
            None => tracing::debug!(error.type = code, request_id, status, "{message}"),
        }
    }
}

/// `text` with its control characters escaped (`\n`, `\u{1b}`).
fn escape_controls(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            escaped.extend(c.escape_default());
        } else {
            escaped.push(c);
        }
    }
    escaped
}

/// `error: its source: its source's source ...`.
fn chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut next = error.source();
    while let Some(error) = next {
        let _ = write!(text, ": {error}");
        next = error.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::escape_controls;

    #[test]
    fn messages_are_logged_without_raw_control_characters() {
        assert_eq!(
            escape_controls("unknown field `a\r\nb\u{1b}[2J`"),
            r"unknown field `a\r\nb\u{1b}[2J`"
        );
        assert_eq!(escape_controls("Échec: \"ok\""), "Échec: \"ok\"");
    }
}
