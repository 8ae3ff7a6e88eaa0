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

use crate::ErrorBody;

pub(super) fn error_response(
    status: StatusCode,
    body: &ErrorBody,
    source: Option<&(dyn std::error::Error + Send + Sync + 'static)>,
) {
    let code = body.code.as_str();
    tracing::Span::current().record("error.type", code);
    let request_id = body.request_id.as_deref().unwrap_or_default();
    let status = status.as_u16();
    let message = body.message.as_str();
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
