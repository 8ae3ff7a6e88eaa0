//! Error responses from axum handlers (cargo feature `axum`).
//!
//! ```
//! use axum::response::IntoResponse;
//! use error_codes::ErrorCode;
//! use error_codes::axum::ApiError;
//!
//! async fn get_secret() -> Result<String, ApiError> {
//!     Err(ApiError::new(ErrorCode::SecretNotFound, "No secret at db/password"))
//! }
//!
//! let response = ApiError::new(ErrorCode::RateLimited, "Slow down").into_response();
//! assert_eq!(response.status(), 429);
//! assert!(response.headers().contains_key("retry-after"));
//! assert!(response.headers().contains_key("x-request-id"));
//! ```

use std::fmt;
use std::hash::{BuildHasher, RandomState};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::body::Body;
use axum::response::{IntoResponse, Response};
use http::StatusCode;
use http::header::{CONTENT_TYPE, HeaderMap, HeaderValue};
use serde_json::Value;

use crate::response_headers::{insert, request_id};
use crate::{Code, ErrorBody, ErrorCode, ErrorEnvelope, FieldErrors, RateLimit, headers};

/// An error an axum handler returns: the registry's status, the envelope as
/// body, `X-Request-ID` always, `Retry-After` on 429 (and whenever set),
/// `X-RateLimit-*` when set.
#[derive(Clone, Debug)]
pub struct ApiError {
    status: StatusCode,
    body: ErrorBody,
    retry_after: Option<Duration>,
    rate_limit: RateLimit,
}

impl ApiError {
    /// `Retry-After` of a 429 whose handler set none. The registry promises
    /// the header on every 429; a minute keeps clients that honour it from
    /// hammering a limit whose window the handler did not say.
    pub const DEFAULT_RETRY_AFTER: Duration = Duration::from_secs(60);

    /// An error with the registry's status for `code`.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError {
            status: code.status_code(),
            body: ErrorBody::new(code, message),
            retry_after: None,
            rate_limit: RateLimit::default(),
        }
    }

    /// An error with any code and status: for passing on an upstream's
    /// error, or a code this build does not know, unchanged. For the
    /// registry's codes use [`ApiError::new`], which takes the status from
    /// the registry.
    pub fn with_status(
        code: impl Into<Code>,
        status: StatusCode,
        message: impl Into<String>,
    ) -> Self {
        ApiError {
            status,
            body: ErrorBody::new(code, message),
            retry_after: None,
            rate_limit: RateLimit::default(),
        }
    }

    /// `validation_error` with its `details.fields`.
    pub fn validation(message: impl Into<String>, fields: FieldErrors) -> Self {
        ApiError::new(ErrorCode::ValidationError, message).with_field_errors(fields)
    }

    /// Sets `error.details`.
    #[must_use]
    pub fn with_details(mut self, details: Value) -> Self {
        self.body.details = details;
        self
    }

    /// Sets `error.details` to field errors.
    #[must_use]
    pub fn with_field_errors(self, fields: FieldErrors) -> Self {
        self.with_details(fields.to_details())
    }

    /// Sets the request id of the body and the `X-Request-ID` header
    /// (otherwise a fresh one is made when the response is).
    #[must_use]
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.body.request_id = Some(request_id.into());
        self
    }

    /// Echoes the caller's `X-Request-ID` from the request's headers, when
    /// it sent one.
    #[must_use]
    pub fn with_request_id_from(self, request: &HeaderMap) -> Self {
        match request_id(request) {
            Some(id) => self.with_request_id(id),
            None => self,
        }
    }

    /// Sets `Retry-After`, rounded up to whole seconds.
    #[must_use]
    pub fn with_retry_after(mut self, delay: Duration) -> Self {
        self.retry_after = Some(delay);
        self
    }

    /// Sets the `X-RateLimit-*` figures that are present.
    #[must_use]
    pub fn with_rate_limit(mut self, rate_limit: RateLimit) -> Self {
        self.rate_limit = rate_limit;
        self
    }

    /// The response's status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The code.
    pub fn code(&self) -> &Code {
        &self.body.code
    }

    /// The `error` member as it will be sent (without the request id made
    /// for responses whose handler set none).
    pub fn body(&self) -> &ErrorBody {
        &self.body
    }
}

impl From<ErrorCode> for ApiError {
    /// An error whose message is the code's meaning in the registry.
    fn from(code: ErrorCode) -> Self {
        ApiError::new(code, code.meaning().unwrap_or_default())
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {} {}", self.status.as_u16(), self.body.code)?;
        if !self.body.message.is_empty() {
            write!(f, ": {}", self.body.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let ApiError {
            status,
            mut body,
            retry_after,
            rate_limit,
        } = self;
        let request_id = body.request_id.get_or_insert_with(fresh_request_id).clone();

        let mut map = HeaderMap::new();
        map.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        // A request id from a handler may hold bytes a header cannot; the
        // body still carries it.
        if let Ok(value) = HeaderValue::from_str(&request_id) {
            insert(&mut map, headers::X_REQUEST_ID, value);
        }
        let retry_after = match retry_after {
            None if status == StatusCode::TOO_MANY_REQUESTS => Some(ApiError::DEFAULT_RETRY_AFTER),
            other => other,
        };
        if let Some(delay) = retry_after {
            insert(
                &mut map,
                headers::RETRY_AFTER,
                HeaderValue::from(whole_seconds(delay)),
            );
        }
        rate_limit.write_to(&mut map);

        let json = match serde_json::to_vec(&ErrorEnvelope::new(body)) {
            Ok(json) => json,
            // Strings and JSON values always serialize; should that ever
            // change, the status and headers still say what happened.
            Err(_) => br#"{"error":{"code":"internal_error","message":""}}"#.to_vec(),
        };
        (status, map, Body::from(json)).into_response()
    }
}

/// Whole seconds, rounded up so a client that honours it never comes back early.
fn whole_seconds(delay: Duration) -> u64 {
    let whole = delay.as_secs();
    if delay.subsec_nanos() > 0 {
        whole.saturating_add(1)
    } else {
        whole
    }
}

/// `req_` and 16 hex digits, distinct within the process and unlikely to
/// repeat across processes: ids correlate logs, they are not secrets.
fn fresh_request_id() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    // Each `RandomState` is randomly keyed, so hashing the counter mixes in
    // per-process randomness without a random-number dependency.
    format!("req_{:016x}", RandomState::new().hash_one(n))
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{fresh_request_id, whole_seconds};

    #[test]
    fn retry_after_rounds_up_to_whole_seconds() {
        assert_eq!(whole_seconds(Duration::from_secs(45)), 45);
        assert_eq!(whole_seconds(Duration::from_millis(1)), 1);
        assert_eq!(whole_seconds(Duration::from_millis(45_001)), 46);
        assert_eq!(whole_seconds(Duration::ZERO), 0);
    }

    #[test]
    fn request_ids_look_alike_and_differ() {
        let ids: Vec<String> = (0..100).map(|_| fresh_request_id()).collect();
        for id in &ids {
            assert_eq!(id.len(), 4 + 16, "{id}");
            assert!(id.starts_with("req_"), "{id}");
        }
        let distinct: std::collections::BTreeSet<&String> = ids.iter().collect();
        assert_eq!(distinct.len(), ids.len());
    }
}
