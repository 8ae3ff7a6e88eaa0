//! Logs error responses (cargo feature `tracing`).
//!
//! A 5xx is logged at error level, a 4xx at debug, each with the code
//! (`error.type`, OpenTelemetry's name for it), the request id, the status
//! (`http.response.status_code`, OpenTelemetry's name, and `status`, as
//! before) and, when the error has one, its source chain. The code and the
//! status are also recorded as `error.type` and `http.response.status_code`
//! on the current span, which a service's request span has to declare
//! (tracing only records declared fields):
//!
//! ```
//! let span = tracing::info_span!(
//!     "request",
//!     "error.type" = tracing::field::Empty,
//!     "http.response.status_code" = tracing::field::Empty,
//! );
//! ```
//!
//! A deprecated code is also logged at warn, with its sunset and
//! replacement, at most once per code per [`DEPRECATED_EVERY`], so that a
//! busy deprecated code does not flood the logs.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{LazyLock, Mutex};
use std::time::{Duration, Instant};

use http::StatusCode;

use crate::{ErrorBody, Vocabulary};

/// How often, at most, a deprecated code's warning is logged.
pub(super) const DEPRECATED_EVERY: Duration = Duration::from_secs(60);

pub(super) fn error_response<V: Vocabulary>(
    status: StatusCode,
    body: &ErrorBody<V>,
    source: Option<&(dyn std::error::Error + Send + Sync + 'static)>,
) {
    let code = body.code.as_str();
    let status = status.as_u16();
    let span = tracing::Span::current();
    span.record("error.type", code);
    span.record("http.response.status_code", status);
    let request_id = body.request_id.as_deref().unwrap_or_default();
    // The other fields are `&str`, which subscribers print quoted and
    // escaped; the message is printed as is, and may quote the request
    // (axum's rejections do): no raw line breaks or escapes in the log.
    let message = escape_controls(&body.message);
    let chain = source.map(|source| chain(source));
    // `error.source` is recorded only when there is one (`Option`).
    let source = chain.as_deref();
    if status >= 500 {
        tracing::error!(
            error.type = code,
            http.response.status_code = status,
            request_id,
            status,
            error.source = source,
            "{message}"
        );
    } else {
        tracing::debug!(
            error.type = code,
            http.response.status_code = status,
            request_id,
            status,
            error.source = source,
            "{message}"
        );
    }
    if let Some(code) = body.code.known() {
        deprecated(code, status, request_id);
    }
}

/// Logs at warn that a deprecated code was sent, unless it was logged for
/// this code within [`DEPRECATED_EVERY`] (or no subscriber records warn).
fn deprecated<V: Vocabulary>(code: V, status: u16, request_id: &str) {
    let Some(deprecation) = code.deprecation() else {
        return;
    };
    // A warning no subscriber would record does not use up the minute.
    if !tracing::enabled!(tracing::Level::WARN) || !due(code.as_str(), Instant::now()) {
        return;
    }
    let sunset = deprecation.sunset.unwrap_or("none");
    let use_instead = deprecation.use_instead.map_or("none", |code| code.as_str());
    tracing::warn!(
        error.type = code.as_str(),
        http.response.status_code = status,
        request_id,
        error.deprecated.since = deprecation.since,
        error.deprecated.sunset = sunset,
        error.deprecated.use_instead = use_instead,
        "sent the deprecated error code {} (sunset: {sunset}, use instead: {use_instead}); logged at most once a minute per code",
        code.as_str(),
    );
}

/// When each deprecated code's warning was last logged: one entry per
/// deprecated code sent, so bounded by the registry.
static LAST: LazyLock<Mutex<HashMap<&'static str, Instant>>> = LazyLock::new(Mutex::default);

/// Forgets when every warning was logged (a test's fresh start).
#[cfg(test)]
pub(super) fn forget_deprecation_warnings() {
    LAST.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clear();
}

/// Whether `code`'s warning is due at `now`: none was logged within
/// [`DEPRECATED_EVERY`]. Records `now` when it is.
fn due(code: &'static str, now: Instant) -> bool {
    let mut last = LAST
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    match last.get(code) {
        Some(at) if now.saturating_duration_since(*at) < DEPRECATED_EVERY => false,
        _ => {
            last.insert(code, now);
            true
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
    use std::time::{Duration, Instant};

    use super::{DEPRECATED_EVERY, due, escape_controls};

    #[test]
    fn a_deprecated_code_is_due_once_per_interval() {
        let start = Instant::now();
        // A code name no other test uses: the record is process-wide.
        let code = "log_rs_test_only_code";
        assert!(due(code, start));
        assert!(!due(code, start + Duration::from_secs(1)));
        assert!(!due(
            code,
            start + DEPRECATED_EVERY - Duration::from_millis(1)
        ));
        assert!(due(
            "log_rs_test_other_code",
            start + Duration::from_secs(1)
        ));
        assert!(due(code, start + DEPRECATED_EVERY));
        assert!(!due(
            code,
            start + DEPRECATED_EVERY + Duration::from_secs(59)
        ));
    }

    #[test]
    fn messages_are_logged_without_raw_control_characters() {
        assert_eq!(
            escape_controls("unknown field `a\r\nb\u{1b}[2J`"),
            r"unknown field `a\r\nb\u{1b}[2J`"
        );
        assert_eq!(escape_controls("Échec: \"ok\""), "Échec: \"ok\"");
    }
}
