//! What [`ErrorLayer`](super::ErrorLayer) tells about the error responses
//! it sends or passes: one small trait, so that counting them (feature
//! `metrics`) or anything else a service wants is an observer the layer
//! calls, not a part of the layer.

use http::{HeaderMap, StatusCode};

/// Sees every error response (4xx or 5xx) that an
/// [`ErrorLayer`](super::ErrorLayer) sends or passes, once each, after the
/// layer made it an error body: a handler's [`ApiError`](super::ApiError),
/// an error body that passes through, the framework's failures, panics. A
/// success calls no observer.
///
/// Add one with [`ErrorLayer::with_observer`](super::ErrorLayer::with_observer);
/// `()` observes nothing (the layer's default), and a pair `(A, B)` calls
/// `A` then `B`. The `metrics` feature's counter,
/// [`metrics::ErrorCounter`](crate::metrics::ErrorCounter), is one.
///
/// The layer's services are cloned per request (axum clones a route's
/// service for each call), and so is the observer: keep it cheap to clone
/// (an `Arc` or a handle), and quick, since it runs on the response's path.
///
/// ```
/// # use error_codes_runtime::__example as error_codes;
/// use std::sync::Arc;
/// use std::sync::atomic::{AtomicU64, Ordering};
///
/// use axum::{Router, routing::get};
/// use error_codes::ErrorCode;
/// use error_codes::axum::{ErrorEvent, ErrorLayer, ErrorObserver};
///
/// /// Counts the 5xx responses.
/// #[derive(Clone, Default)]
/// struct ServerErrors(Arc<AtomicU64>);
///
/// impl ErrorObserver<ErrorCode> for ServerErrors {
///     fn error_response(&self, event: &ErrorEvent<'_>) {
///         if event.status.is_server_error() {
///             self.0.fetch_add(1, Ordering::Relaxed);
///         }
///     }
/// }
///
/// let server_errors = ServerErrors::default();
/// let app: Router = Router::new()
///     .route("/health", get(|| async { "ok" }))
///     .layer(ErrorLayer::new().with_observer(server_errors.clone()));
/// ```
pub trait ErrorObserver<V>: Clone + Send + Sync + 'static {
    /// Called once for each error response, with its code and status.
    fn error_response(&self, event: &ErrorEvent<'_, V>);
}

/// An error response an [`ErrorObserver`] sees. It may gain fields in a
/// minor release.
#[derive(Debug)]
#[non_exhaustive]
pub struct ErrorEvent<'a, V> {
    /// The code the body carries: `None` for a code the registry lacks (an
    /// upstream's, passed on with `ApiError::with_status` or as a body).
    pub code: Option<V>,
    /// The response's status.
    pub status: StatusCode,
    /// The response's headers, the request-id header among them.
    pub headers: &'a HeaderMap,
}

impl<V> ErrorObserver<V> for () {
    fn error_response(&self, _: &ErrorEvent<'_, V>) {}
}

impl<V, A: ErrorObserver<V>, B: ErrorObserver<V>> ErrorObserver<V> for (A, B) {
    fn error_response(&self, event: &ErrorEvent<'_, V>) {
        self.0.error_response(event);
        self.1.error_response(event);
    }
}
