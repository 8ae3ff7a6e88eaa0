//! Error responses from axum handlers (cargo feature `axum`), and a layer
//! that makes every other error response of a service an envelope too.
//!
//! ```
//! # use error_codes_runtime::__example as error_codes;
//! use axum::response::IntoResponse;
//! use error_codes::ErrorCode;
//! use error_codes::axum::ApiError;
//!
//! async fn get_secret() -> Result<String, ApiError> {
//!     Err(ApiError::new(ErrorCode::NotFound, "No item at /widgets/7"))
//! }
//!
//! // `?` on any error: a 500 `internal_error` whose source is kept for the
//! // logs and never sent.
//! async fn read_config() -> Result<String, ApiError> {
//!     Ok(std::fs::read_to_string("/no/such/file")?)
//! }
//!
//! let response = ApiError::new(ErrorCode::RateLimited, "Slow down").into_response();
//! assert_eq!(response.status(), 429);
//! assert!(response.headers().contains_key("retry-after"));
//! assert!(response.headers().contains_key("x-request-id"));
//! ```
//!
//! [`ErrorLayer`] covers what no handler returns: axum's extractor
//! rejections, unmatched routes, wrong methods, timeouts and panics.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::response::{IntoResponse, Response};
use http::StatusCode;
use http::header::{CONTENT_TYPE, HeaderMap, HeaderValue};
use serde_json::Value;

use crate::request_id::fresh as fresh_request_id;
use crate::response_headers::header;
use crate::wire::Shape;
use crate::{Code, ErrorBody, FieldErrors, Has, RateLimit, Vocabulary, role};

pub(crate) mod framework;
mod layer;
#[cfg(feature = "tracing")]
mod log;
#[cfg(all(test, feature = "metrics", feature = "client"))]
mod marked;
#[cfg(all(test, feature = "metrics", feature = "tracing"))]
mod observed;
mod observer;
mod request_id;
mod scope;

pub use layer::{ErrorFuture, ErrorLayer, ErrorService};
pub use observer::{ErrorEvent, ErrorObserver};
pub use request_id::MAX_LEN as MAX_REQUEST_ID_LEN;

/// The error a handler's source is kept as: any error, shareable so
/// [`ApiError`] stays `Clone`.
pub type Source = Arc<dyn std::error::Error + Send + Sync + 'static>;

/// An error an axum handler returns: the registry's status, the envelope as
/// body (the registry's `envelope:` shape: `{"error": {...}}` as
/// `application/json`, or RFC 9457 problem details as
/// `application/problem+json`, see [`ProblemDetails`](crate::ProblemDetails)), the request-id header always, `Retry-After` on 429 (and whenever
/// set), the rate-limit headers when set.
///
/// Any `std::error::Error + Send + Sync + 'static` converts into one, so `?`
/// works in handlers: the result is the registry's `internal_error` role
/// (the code named `internal_error` unless `roles:` names another), with a generic
/// message, and the error is kept as the [source](ApiError::source) for the
/// logs (feature `tracing`), never written into the response. axum's own
/// rejections (`JsonRejection`, `PathRejection`, `QueryRejection`,
/// `FormRejection`) are the exception: they keep their status and get the
/// code [`ErrorLayer`] gives them. For a chosen code, use
/// [`ApiError::from_source`] or [`ApiError::with_source`].
///
/// `ApiError` does not implement `std::error::Error` itself (as
/// `anyhow::Error` does not): that is what lets every error convert into it.
///
/// The integration needs a code for the role `internal_error`: for a
/// registry that assigns none, `ApiError` does not convert into a response
/// and the compiler says which role is missing.
#[derive(Clone, Debug)]
pub struct ApiError<V> {
    status: StatusCode,
    body: ErrorBody<V>,
    retry_after: Option<Duration>,
    rate_limit: RateLimit<V>,
    source: Option<Source>,
}

impl<V> ApiError<V> {
    /// `Retry-After` of a 429 whose handler set none. The registry promises
    /// the header on every 429; a minute keeps clients that honour it from
    /// hammering a limit whose window the handler did not say.
    pub const DEFAULT_RETRY_AFTER: Duration = Duration::from_secs(60);
}

impl<V: Vocabulary> ApiError<V> {
    /// An error with the registry's status for `code`.
    pub fn new(code: V, message: impl Into<String>) -> Self {
        ApiError {
            status: crate::__private::status_code(code.http_status()),
            body: ErrorBody::new(code, message),
            retry_after: None,
            rate_limit: RateLimit::default(),
            source: None,
        }
    }

    /// An error with any code and status: for passing on an upstream's
    /// error, or a code this build does not know, unchanged. For the
    /// registry's codes use [`ApiError::new`], which takes the status from
    /// the registry.
    pub fn with_status(
        code: impl Into<Code<V>>,
        status: StatusCode,
        message: impl Into<String>,
    ) -> Self {
        ApiError {
            status,
            body: ErrorBody::new(code, message),
            retry_after: None,
            rate_limit: RateLimit::default(),
            source: None,
        }
    }

    /// The `validation_error` role's code with its `details.fields`.
    pub fn validation(message: impl Into<String>, fields: FieldErrors) -> Self
    where
        V: Has<role::ValidationError>,
    {
        ApiError::new(<V as Has<role::ValidationError>>::CODE, message).with_field_errors(fields)
    }

    /// Replaces the message (for humans; the code's meaning by default
    /// when the error was made from a code or its details).
    #[must_use]
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.body.message = message.into();
        self
    }

    /// `code` caused by `source`: the message is the code's meaning in the
    /// registry, and `source` is kept for the logs, never sent.
    ///
    /// ```
    /// # use error_codes_runtime::__example as error_codes;
    /// use error_codes::ErrorCode;
    /// use error_codes::axum::ApiError;
    ///
    /// let io = std::io::Error::other("disk on fire");
    /// let error = ApiError::from_source(ErrorCode::InternalError, io);
    /// assert_eq!(error.code(), &ErrorCode::InternalError);
    /// assert_eq!(error.source().map(|s| s.to_string()).as_deref(), Some("disk on fire"));
    /// assert!(!serde_json::to_string(error.body())?.contains("fire"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn from_source(code: V, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        ApiError::new(code, code.meaning().unwrap_or_default()).with_source(source)
    }

    /// Keeps `source` as the cause, for the logs; the response is unchanged.
    #[must_use]
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Arc::new(source));
        self
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

    /// Sets the request id of the body and of the request-id header.
    /// Without it the response uses the request's id when [`ErrorLayer`]
    /// serves the request, and a fresh one otherwise.
    #[must_use]
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.body.request_id = Some(request_id.into());
        self
    }

    /// Echoes the caller's request id from the request's headers, when
    /// it sent one that is safe to log and echo (at most
    /// [`MAX_REQUEST_ID_LEN`] bytes of `A-Za-z0-9._:-`). [`ErrorLayer`]
    /// does this for every error response, and replaces an unsafe one.
    #[must_use]
    pub fn with_request_id_from(self, request: &HeaderMap) -> Self {
        match request_id::from_client::<V>(request) {
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

    /// Sets the rate-limit figures that are present, under the registry's
    /// rate-limit headers.
    #[must_use]
    pub fn with_rate_limit(mut self, rate_limit: RateLimit<V>) -> Self {
        self.rate_limit = rate_limit;
        self
    }

    /// The response's status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The code.
    pub fn code(&self) -> &Code<V> {
        &self.body.code
    }

    /// The `error` member as it will be sent (without the request id the
    /// response gets when the handler set none).
    pub fn body(&self) -> &ErrorBody<V> {
        &self.body
    }

    /// The `Retry-After` set with [`ApiError::with_retry_after`], if any.
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }

    /// The cause kept for the logs, if any.
    pub fn source(&self) -> Option<&(dyn std::error::Error + Send + Sync + 'static)> {
        self.source.as_deref()
    }
}

/// `?` in handlers: see [`ApiError`]. (A generated crate adds
/// `From<ErrorCode>`: an error whose message is the code's meaning.)
impl<V, E> From<E> for ApiError<V>
where
    V: Has<role::InternalError>,
    E: std::error::Error + Send + Sync + 'static,
{
    fn from(error: E) -> Self {
        framework::api_error_among(error, V::ALL)
    }
}

impl<V: Vocabulary> fmt::Display for ApiError<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {} {}", self.status.as_u16(), self.body.code)?;
        if !self.body.message.is_empty() {
            write!(f, ": {}", self.body.message)?;
        }
        Ok(())
    }
}

/// Marks a response whose body is already an envelope, so [`ErrorLayer`]
/// passes it through, with its code (`None`: one the registry lacks) for
/// the metrics.
#[derive(Debug)]
struct Enveloped<V>(Option<V>);

impl<V: Copy> Clone for Enveloped<V> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<V: Copy> Copy for Enveloped<V> {}

impl<V: Has<role::InternalError>> IntoResponse for ApiError<V> {
    fn into_response(self) -> Response {
        let ApiError {
            status,
            mut body,
            retry_after,
            rate_limit,
            source,
        } = self;
        let code = body.code.known();
        let request_id = body
            .request_id
            .get_or_insert_with(|| request_id::for_request(scope::sent().as_ref()))
            .clone();

        #[cfg(feature = "tracing")]
        log::error_response(status, &body, source.as_deref());
        #[cfg(not(feature = "tracing"))]
        let _ = source;

        let retry_after = match retry_after {
            None if status == StatusCode::TOO_MANY_REQUESTS => Some(Self::DEFAULT_RETRY_AFTER),
            other => other,
        };
        // The body engine writes it (what every example shows), straight
        // to JSON text.
        let json = Shape::of(V::ENVELOPE)
            .write_json(&body.wire(status.as_u16()).with_retry_after(retry_after));
        let mut response = Response::new(Body::from(json));
        *response.status_mut() = status;
        let map = response.headers_mut();
        map.insert(
            CONTENT_TYPE,
            HeaderValue::from_static(V::ENVELOPE.media_type()),
        );
        // A request id from a handler may hold bytes a header cannot; the
        // body still carries it.
        if let Ok(value) = HeaderValue::from_str(&request_id) {
            map.insert(header(V::HEADERS.request_id), value);
        }
        // The code, in the layout's code header too (a code received from
        // elsewhere may hold bytes a header cannot; the body carries it).
        if let Some(name) = V::ENVELOPE.code_header()
            && let Ok(value) = HeaderValue::from_str(body.code.as_str())
        {
            map.insert(header(name), value);
        }
        if let Some(delay) = retry_after {
            map.insert(
                http::header::RETRY_AFTER,
                HeaderValue::from(whole_seconds(delay)),
            );
        }
        rate_limit.write_to(map);
        response.extensions_mut().insert(Enveloped(code));
        response
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

/// A fresh request id, as [`ApiError`] and [`ErrorLayer`] make one for a
/// request that has none: `req_` and 16 hex digits, distinct within the
/// process and unlikely to repeat across processes. Ids correlate logs;
/// they are not secrets. For tower-http's `SetRequestIdLayer`, a
/// `MakeRequestId` can return it so every id of a service looks alike.
pub fn new_request_id() -> String {
    fresh_request_id()
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
