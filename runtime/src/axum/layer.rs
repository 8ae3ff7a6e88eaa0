//! [`ErrorLayer`]: every error response of a service is an envelope.

use std::any::Any;
use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::body::{Body, to_bytes};
use axum::response::{IntoResponse, Response};
use http::Request;
use http::header::{CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, HeaderMap, TRANSFER_ENCODING};
use tower::{Layer, Service};

use super::{ApiError, Enveloped, framework, fresh_request_id, request_id, scope};
use crate::response_headers::header;
use crate::{Envelope, Has, Vocabulary, role};

/// Longest framework body read for its explanation; longer ones are not
/// quoted.
const MAX_FRAMEWORK_BODY: usize = 16 * 1024;

/// A layer that makes every error response of the service it wraps an
/// envelope with a registry code, carrying the request's id. The envelope
/// has the registry's shape (`envelope:`): nested, or RFC 9457 problem
/// details.
///
/// - A response that already is an error body passes through: a nested
///   envelope as `application/json`, or a problem document of this API
///   (with a `code` member, or a `type` of its docs page) as
///   `application/json` or `application/problem+json`.
/// - Responses of [`ApiError`] pass through. They use the request's id:
///   the request-id header the request has when it reaches the layer (the
///   caller's, or the one tower-http's `SetRequestIdLayer` set), or else a
///   fresh one made once for the request.
/// - Any other response with a 4xx or 5xx status (axum's rejections, which
///   are plain text; the empty 404 of an unmatched route and 405 of a
///   wrong method; tower-http's 408 timeout; a middleware's bare status)
///   is replaced by an envelope with the code of the failure's role in the
///   registry (and that code's status): `invalid_request` (400),
///   `route_not_found` (404), `method_not_allowed` (405),
///   `request_timeout` (408), `payload_too_large` (413),
///   `unsupported_media_type` (415), `validation_error` (422, naming the
///   offending field in `details.fields` when axum's text names it),
///   `internal_error` (500). A status without a role, or whose role the
///   registry does not assign, gets the registry's first code with that
///   status, else (keeping the status) the `invalid_request` role's code
///   for a 4xx and the `internal_error` role's otherwise: a response never
///   carries a code outside the registry. A 4xx keeps the framework's text
///   as message; a 5xx never does. The original's headers are kept (`Allow` of a 405, a
///   rate limiter's `Retry-After`), except those of its body and the
///   request id.
/// - A response that already is a JSON envelope passes through unchanged.
/// - A panic in the service becomes the `internal_error` role's code; the panic's
///   message is logged (feature `tracing`), never sent.
/// - A client's request id longer than
///   [`MAX_REQUEST_ID_LEN`](super::MAX_REQUEST_ID_LEN) bytes or with
///   characters outside `A-Za-z0-9._:-` is replaced by a fresh one, in the
///   body, the response header and the logs alike.
/// - With the `metrics` feature, every error response it sends or passes
///   is counted (see [`metrics`](crate::metrics)); a success is not.
///
/// Install it around the whole router, so that it also sees unmatched
/// routes, and inside tower-http's request-id layers:
///
/// ```
/// # use error_codes_runtime::__example as error_codes;
/// use axum::{Router, routing::get};
/// use error_codes::axum::ErrorLayer;
///
/// let app: Router = Router::new()
///     .route("/health", get(|| async { "ok" }))
///     .layer(ErrorLayer::new());
/// ```
pub struct ErrorLayer<V> {
    vocabulary: PhantomData<fn() -> V>,
    #[cfg(feature = "metrics")]
    counters: crate::metrics::Counters<V>,
}

#[cfg(not(feature = "metrics"))]
impl<V: Vocabulary> ErrorLayer<V> {
    /// The layer.
    pub fn new() -> Self {
        ErrorLayer {
            vocabulary: PhantomData,
        }
    }
}

#[cfg(not(feature = "metrics"))]
impl<V: Vocabulary> Default for ErrorLayer<V> {
    fn default() -> Self {
        ErrorLayer::new()
    }
}

/// With the `metrics` feature, the layer counts in the vocabulary's
/// [`Metrics`](crate::Metrics) names.
#[cfg(feature = "metrics")]
impl<V: crate::Metrics> ErrorLayer<V> {
    /// The layer. It also creates every code's series at 0 in the
    /// installed recorder
    /// ([`metrics::register`](crate::metrics::register)); it counts in the
    /// recorder installed when it counts its first error response.
    pub fn new() -> Self {
        crate::metrics::register::<V>();
        ErrorLayer {
            vocabulary: PhantomData,
            counters: crate::metrics::Counters::new(),
        }
    }

    /// Creates every code's series at 0 in the recorder installed now
    /// (feature `metrics`), for an application that installs its recorder
    /// after building the layer: the first error of each code is then an
    /// increase that a rate or an alert sees.
    pub fn register_metrics() {
        crate::metrics::register::<V>();
    }
}

#[cfg(feature = "metrics")]
impl<V: crate::Metrics> Default for ErrorLayer<V> {
    fn default() -> Self {
        ErrorLayer::new()
    }
}

impl<V> Clone for ErrorLayer<V> {
    fn clone(&self) -> Self {
        ErrorLayer {
            vocabulary: PhantomData,
            #[cfg(feature = "metrics")]
            counters: self.counters.clone(),
        }
    }
}

impl<V> fmt::Debug for ErrorLayer<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ErrorLayer")
    }
}

impl<S, V> Layer<S> for ErrorLayer<V> {
    type Service = ErrorService<S, V>;

    fn layer(&self, inner: S) -> ErrorService<S, V> {
        ErrorService {
            inner,
            vocabulary: PhantomData,
            #[cfg(feature = "metrics")]
            counters: self.counters.clone(),
        }
    }
}

/// The service [`ErrorLayer`] wraps around another.
pub struct ErrorService<S, V> {
    inner: S,
    vocabulary: PhantomData<fn() -> V>,
    #[cfg(feature = "metrics")]
    counters: crate::metrics::Counters<V>,
}

impl<S: Clone, V> Clone for ErrorService<S, V> {
    fn clone(&self) -> Self {
        ErrorService {
            inner: self.inner.clone(),
            vocabulary: PhantomData,
            #[cfg(feature = "metrics")]
            counters: self.counters.clone(),
        }
    }
}

impl<S: fmt::Debug, V> fmt::Debug for ErrorService<S, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorService")
            .field("inner", &self.inner)
            .finish()
    }
}

impl<S, B, V> Service<Request<B>> for ErrorService<S, V>
where
    V: Has<role::InternalError>,
    S: Service<Request<B>>,
    S::Response: IntoResponse,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
{
    type Response = Response;
    type Error = S::Error;
    type Future = ErrorFuture<S::Error>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let id: Arc<str> = request_id::from_client::<V>(request.headers())
            .unwrap_or_else(fresh_request_id)
            .into();
        #[cfg(feature = "metrics")]
        let counters = self.counters.clone();
        #[cfg(not(feature = "metrics"))]
        let counters = NoCounters;
        let called = scope::enter(&id, || {
            catch_unwind(AssertUnwindSafe(|| self.inner.call(request)))
        });
        let future: BoxFuture<S::Error> = match called {
            Ok(inner) => {
                let id = Arc::clone(&id);
                Box::pin(async move {
                    let caught = CatchPanic {
                        inner: Some(Box::pin(inner)),
                    };
                    let response = match caught.await {
                        Ok(Ok(response)) => response.into_response(),
                        Ok(Err(error)) => return Err(error),
                        Err(panic) => panicked::<V>(&*panic),
                    };
                    Ok(counted::<V>(&counters, envelope::<V>(response, &id).await))
                })
            }
            Err(panic) => {
                let response = scope::enter(&id, || panicked::<V>(&*panic));
                let response = counted::<V>(&counters, response);
                Box::pin(async move { Ok(response) })
            }
        };
        ErrorFuture { future, id }
    }
}

type BoxFuture<E> = Pin<Box<dyn Future<Output = Result<Response, E>> + Send>>;

/// The response future of [`ErrorService`].
pub struct ErrorFuture<E> {
    future: BoxFuture<E>,
    id: Arc<str>,
}

impl<E> fmt::Debug for ErrorFuture<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorFuture")
            .field("request_id", &self.id)
            .finish_non_exhaustive()
    }
}

impl<E> Future for ErrorFuture<E> {
    type Output = Result<Response, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let future = &mut this.future;
        scope::enter(&this.id, || future.as_mut().poll(cx))
    }
}

/// The inner service's future, a panic in it caught.
struct CatchPanic<F> {
    inner: Option<Pin<Box<F>>>,
}

impl<F: Future> Future for CatchPanic<F> {
    type Output = Result<F::Output, Box<dyn Any + Send>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let Some(inner) = this.inner.as_mut() else {
            return Poll::Pending;
        };
        match catch_unwind(AssertUnwindSafe(|| inner.as_mut().poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(output)) => {
                this.inner = None;
                Poll::Ready(Ok(output))
            }
            // The future is not polled again after it panicked.
            Err(panic) => {
                this.inner = None;
                Poll::Ready(Err(panic))
            }
        }
    }
}

impl<F> Unpin for CatchPanic<F> {}

/// A panic's message, as an error for the logs.
#[derive(Debug)]
struct Panic(String);

impl fmt::Display for Panic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "handler panicked: {}", self.0)
    }
}

impl std::error::Error for Panic {}

fn panicked<V: Has<role::InternalError>>(payload: &(dyn Any + Send)) -> Response {
    let message = if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "a non-string payload".to_owned()
    };
    ApiError::from_source(<V as Has<role::InternalError>>::CODE, Panic(message)).into_response()
}

/// `response`, counted (feature `metrics`) when it is an error response:
/// by then it is always an envelope, whose code the response carries.
#[cfg(feature = "metrics")]
fn counted<V: Vocabulary>(counters: &crate::metrics::Counters<V>, response: Response) -> Response {
    if is_error(response.status()) {
        let code = response
            .extensions()
            .get::<Enveloped<V>>()
            .and_then(|enveloped| enveloped.0);
        counters.count(code, response.status().as_u16());
    }
    response
}

/// Without the `metrics` feature, nothing to count with.
#[cfg(not(feature = "metrics"))]
struct NoCounters;

#[cfg(not(feature = "metrics"))]
fn counted<V>(_: &NoCounters, response: Response) -> Response {
    response
}

fn is_error(status: http::StatusCode) -> bool {
    status.is_client_error() || status.is_server_error()
}

/// `response`, made an envelope if it is an error response that is not one.
async fn envelope<V: Has<role::InternalError>>(response: Response, id: &Arc<str>) -> Response {
    let status = response.status();
    if !is_error(status) || response.extensions().get::<Enveloped<V>>().is_some() {
        return response;
    }
    let (parts, body) = response.into_parts();
    let bytes = to_bytes(body, MAX_FRAMEWORK_BODY).await.ok();
    // An envelope, or a problem document of this API (with a `code`, or a
    // `type` of its docs page), is already what this layer would make.
    if let Some(bytes) = &bytes
        && (is_media_type(&parts.headers, Envelope::Nested.media_type())
            || is_media_type(&parts.headers, Envelope::Rfc9457.media_type()))
        && let Ok(body) = crate::ErrorBody::<V>::from_json(bytes)
    {
        let mut response = Response::from_parts(parts, Body::from(bytes.clone()));
        response
            .extensions_mut()
            .insert(Enveloped(body.code.known()));
        return response;
    }
    let text = bytes
        .as_deref()
        .filter(|_| is_media_type(&parts.headers, "text/plain"))
        .and_then(|bytes| std::str::from_utf8(bytes).ok());
    let error = framework::error_for::<V>(status, text).with_request_id(&**id);
    let mut response = error.into_response();
    // The original's other headers still apply (`Allow` of a 405, a rate
    // limiter's `Retry-After`...), except those describing its body and
    // the request id, which the envelope's response sets.
    let kept = parts.headers.keys().filter(|name| {
        ![
            CONTENT_TYPE,
            CONTENT_LENGTH,
            CONTENT_ENCODING,
            TRANSFER_ENCODING,
        ]
        .contains(name)
            && *name != header(V::HEADERS.request_id)
    });
    for name in kept {
        response.headers_mut().remove(name);
        for value in parts.headers.get_all(name) {
            response.headers_mut().append(name.clone(), value.clone());
        }
    }
    response
}

/// Whether the `Content-Type` is `media_type` (parameters ignored).
fn is_media_type(headers: &HeaderMap, media_type: &str) -> bool {
    headers
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case(media_type))
}
