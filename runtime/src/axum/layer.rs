//! [`ErrorLayer`]: every error response of a service is an envelope.

use std::any::Any;
use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::task::{Context, Poll};

use axum::body::{Body, to_bytes};
use axum::response::{IntoResponse, Response};
use http::header::{CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, HeaderMap, TRANSFER_ENCODING};
use http::{HeaderName, HeaderValue, Request};
use pin_project_lite::pin_project;
use tower::{Layer, Service};

use super::{ApiError, Enveloped, ErrorEvent, ErrorObserver, framework, request_id, scope};
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
///   fresh one made for the error response.
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
/// - Each error response it sends or passes is shown to its
///   [observers](ErrorObserver) (none by default): with the `metrics`
///   feature, [`with_metrics`](ErrorLayer::with_metrics) counts them (see
///   [`metrics`](crate::metrics)). A success is shown to none. In a layout
///   whose errors may be answered with a 2xx status (an error marker,
///   Slack's `ok: false`), an [`ApiError`]'s 2xx response is an error
///   response too.
///
/// A success costs the layer a header lookup and what the inner future's
/// polls cost: no allocation, no request id made (one is made, or the
/// client's checked, only for an error response), no observer called.
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
pub struct ErrorLayer<V, O = ()> {
    observer: O,
    /// The registry's request-id header, parsed once.
    request_id: HeaderName,
    vocabulary: PhantomData<fn() -> V>,
}

impl<V: Vocabulary> ErrorLayer<V> {
    /// The layer, with no observer.
    pub fn new() -> Self {
        ErrorLayer {
            observer: (),
            request_id: header(V::HEADERS.request_id),
            vocabulary: PhantomData,
        }
    }
}

impl<V: Vocabulary> Default for ErrorLayer<V> {
    fn default() -> Self {
        ErrorLayer::new()
    }
}

impl<V, O> ErrorLayer<V, O> {
    /// The layer, calling `observer` for each error response it sends or
    /// passes, after the observers it already calls (see
    /// [`ErrorObserver`]). With the `metrics` feature,
    /// [`with_metrics`](ErrorLayer::with_metrics) adds the counter.
    pub fn with_observer<P: ErrorObserver<V>>(self, observer: P) -> ErrorLayer<V, (O, P)> {
        ErrorLayer {
            observer: (self.observer, observer),
            request_id: self.request_id,
            vocabulary: PhantomData,
        }
    }
}

impl<V, O: Clone> Clone for ErrorLayer<V, O> {
    fn clone(&self) -> Self {
        ErrorLayer {
            observer: self.observer.clone(),
            request_id: self.request_id.clone(),
            vocabulary: PhantomData,
        }
    }
}

impl<V, O> fmt::Debug for ErrorLayer<V, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ErrorLayer")
    }
}

impl<S, V, O: Clone> Layer<S> for ErrorLayer<V, O> {
    type Service = ErrorService<S, V, O>;

    fn layer(&self, inner: S) -> ErrorService<S, V, O> {
        ErrorService {
            inner,
            observer: self.observer.clone(),
            request_id: self.request_id.clone(),
            vocabulary: PhantomData,
        }
    }
}

/// The service [`ErrorLayer`] wraps around another.
pub struct ErrorService<S, V, O = ()> {
    inner: S,
    observer: O,
    request_id: HeaderName,
    vocabulary: PhantomData<fn() -> V>,
}

impl<S: Clone, V, O: Clone> Clone for ErrorService<S, V, O> {
    fn clone(&self) -> Self {
        ErrorService {
            inner: self.inner.clone(),
            observer: self.observer.clone(),
            request_id: self.request_id.clone(),
            vocabulary: PhantomData,
        }
    }
}

impl<S: fmt::Debug, V, O> fmt::Debug for ErrorService<S, V, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorService")
            .field("inner", &self.inner)
            .finish_non_exhaustive()
    }
}

impl<S, B, V, O> Service<Request<B>> for ErrorService<S, V, O>
where
    V: Has<role::InternalError>,
    O: ErrorObserver<V>,
    S: Service<Request<B>>,
    S::Response: IntoResponse,
{
    type Response = Response;
    type Error = S::Error;
    type Future = ErrorFuture<S::Future, V, O>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        // The header as it came (a reference count, or none): checked, and
        // a fresh id made without one, only for an error response.
        let mut sent = request.headers().get(&self.request_id).cloned();
        let inner = &mut self.inner;
        let called = scope::enter(&mut sent, || {
            catch_unwind(AssertUnwindSafe(|| inner.call(request)))
        });
        let state = match called {
            Ok(future) => State::Inner { future },
            Err(panic) => State::Done {
                response: Some(scope::enter(&mut sent, || panicked::<V>(&*panic))),
            },
        };
        ErrorFuture {
            state,
            sent,
            observer: self.observer.clone(),
            vocabulary: PhantomData,
        }
    }
}

/// The body of an error response being made an envelope: boxed, since only
/// an error response whose body is not one yet needs it.
type Enveloping = Pin<Box<dyn Future<Output = Response> + Send>>;

pin_project! {
    /// The response future of [`ErrorService`]: the inner service's future,
    /// polled in place (no allocation on a success), with the request's id
    /// in scope for [`ApiError`] and a panic caught.
    pub struct ErrorFuture<F, V, O = ()> {
        #[pin]
        state: State<F>,
        // The request-id header the request came with.
        sent: Option<HeaderValue>,
        observer: O,
        vocabulary: PhantomData<fn() -> V>,
    }
}

pin_project! {
    #[project = StateProjection]
    enum State<F> {
        // Polling the inner service's future.
        Inner { #[pin] future: F },
        // Making an error response that is not an envelope one.
        Enveloping { future: Enveloping },
        // Answered (a panic in `call`), or done.
        Done { response: Option<Response> },
    }
}

impl<F, V, O> fmt::Debug for ErrorFuture<F, V, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorFuture")
            .field("request_id", &self.sent)
            .finish_non_exhaustive()
    }
}

impl<F, R, E, V, O> Future for ErrorFuture<F, V, O>
where
    F: Future<Output = Result<R, E>>,
    R: IntoResponse,
    V: Has<role::InternalError>,
    O: ErrorObserver<V>,
{
    type Output = Result<Response, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut this = self.project();
        loop {
            let response = match this.state.as_mut().project() {
                StateProjection::Inner { future } => {
                    let polled = scope::enter(this.sent, || {
                        catch_unwind(AssertUnwindSafe(|| future.poll(cx)))
                    });
                    let response = match polled {
                        Ok(Poll::Pending) => return Poll::Pending,
                        Ok(Poll::Ready(Err(error))) => {
                            this.state.set(State::Done { response: None });
                            return Poll::Ready(Err(error));
                        }
                        Ok(Poll::Ready(Ok(response))) => response.into_response(),
                        // The future is not polled again after it panicked.
                        Err(panic) => scope::enter(this.sent, || panicked::<V>(&*panic)),
                    };
                    // The success path ends here: no allocation, no observer.
                    if !is_error_response::<V>(&response) {
                        this.state.set(State::Done { response: None });
                        return Poll::Ready(Ok(response));
                    }
                    if response.extensions().get::<Enveloped<V>>().is_some() {
                        response
                    } else {
                        let id = request_id::for_request(this.sent.as_ref());
                        this.state.set(State::Enveloping {
                            future: Box::pin(envelope::<V>(response, id)),
                        });
                        continue;
                    }
                }
                StateProjection::Enveloping { future } => match future.as_mut().poll(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready(response) => response,
                },
                StateProjection::Done { response } => match response.take() {
                    Some(response) => response,
                    None => panic!("`ErrorFuture` polled after it completed"),
                },
            };
            this.state.set(State::Done { response: None });
            observe::<V, O>(this.observer, &response);
            return Poll::Ready(Ok(response));
        }
    }
}

/// Tells `observer` about `response`, an error response made an envelope
/// (or a success, which it is not told about).
fn observe<V: Vocabulary, O: ErrorObserver<V>>(observer: &O, response: &Response) {
    if !is_error_response::<V>(response) {
        return;
    }
    let code = response
        .extensions()
        .get::<Enveloped<V>>()
        .and_then(|enveloped| enveloped.0);
    observer.error_response(&ErrorEvent {
        code,
        status: response.status(),
        headers: response.headers(),
    });
}

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

fn is_error(status: http::StatusCode) -> bool {
    status.is_client_error() || status.is_server_error()
}

/// Whether `response` is an error response: a 4xx or 5xx, or, in a layout
/// whose errors may be answered with a 2xx (an error marker, Slack's `ok:
/// false`), an [`ApiError`]'s response of any status.
fn is_error_response<V: Vocabulary>(response: &Response) -> bool {
    is_error(response.status())
        || (V::ENVELOPE.errors_may_succeed()
            && response.extensions().get::<Enveloped<V>>().is_some())
}

/// `response`, an error response that is not an envelope, made one.
/// `id` is the request's.
async fn envelope<V: Has<role::InternalError>>(response: Response, id: String) -> Response {
    let status = response.status();
    let (parts, body) = response.into_parts();
    let bytes = to_bytes(body, MAX_FRAMEWORK_BODY).await.ok();
    // An envelope, or a problem document of this API (with a `code`, or a
    // `type` of its docs page), is already what this layer would make.
    if let Some(bytes) = &bytes
        && (is_media_type(&parts.headers, Envelope::Nested.media_type())
            || is_media_type(&parts.headers, Envelope::Rfc9457.media_type())
            || is_media_type(&parts.headers, V::ENVELOPE.media_type()))
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
    let error = framework::error_for::<V>(status, text).with_request_id(id);
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
            && V::ENVELOPE
                .code_header()
                .is_none_or(|code| *name != header(code))
    });
    for name in kept {
        response.headers_mut().remove(name);
        for value in parts.headers.get_all(name) {
            response.headers_mut().append(name.clone(), value.clone());
        }
    }
    response
}

/// Whether the `Content-Type` is `media_type` (parameters of either
/// ignored).
fn is_media_type(headers: &HeaderMap, media_type: &str) -> bool {
    let media_type = media_type.split(';').next().unwrap_or(media_type).trim();
    headers
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case(media_type))
}

#[cfg(test)]
mod tests {
    use http::header::{CONTENT_TYPE, HeaderMap, HeaderValue};

    use super::is_media_type;

    fn sent(content_type: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        headers
    }

    #[test]
    fn a_media_type_is_compared_without_the_parameters_of_either() {
        let layout = r#"application/vnd.api+json; ext="https://jsonapi.org/ext/atomic""#;
        assert!(is_media_type(&sent("application/vnd.api+json"), layout));
        assert!(is_media_type(
            &sent("Application/Vnd.Api+JSON ; charset=utf-8"),
            layout
        ));
        assert!(is_media_type(&sent(layout), "application/vnd.api+json"));
        assert!(!is_media_type(&sent("application/json"), layout));
        assert!(!is_media_type(&HeaderMap::new(), layout));
    }
}
