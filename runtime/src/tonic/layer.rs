//! [`RequestIdLayer`]: the request id of every call of a tonic service, on
//! every status it answers with, and tonic's own failures answered with the
//! registry's role codes.
#![cfg_attr(
    not(feature = "metrics"),
    expect(
        clippy::clone_on_copy,
        reason = "`Counter` is `Copy` (a `PhantomData`) only without `metrics`"
    )
)]

use std::future::Future;

use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::task::{Context, Poll};

use http::{HeaderValue, Request, Response};

use super::GrpcError;
use super::body::CountedBody;
#[cfg(feature = "metrics")]
use super::count::count;
use super::count::{Counter, GRPC_STATUS};
use crate::request_id::{fresh as fresh_request_id, is_safe};
use crate::{Grpc, GrpcCode, Role};

/// A tower layer for tonic services (`Server::builder().layer(…)`, or
/// around any `Service<http::Request<_>>` that tonic generated):
///
/// - the request id: the caller's, from the registry's request-id header
///   in lowercase (`x-request-id` metadata), when it is at most 128 bytes
///   of `A-Za-z0-9._:-`, else a fresh one; set on the request (handlers
///   read it from the metadata) and on every response;
/// - tonic's own failures, statuses no [`GrpcError`] made (no
///   `grpc-status-details-bin`), are answered with the registry's role
///   codes: an unknown method (`UNIMPLEMENTED`) with `route_not_found`, a
///   timeout (`DEADLINE_EXCEEDED`, `CANCELLED`) with `request_timeout`,
///   any other with `internal_error`; and a handler that panics with
///   `internal_error`. A role the registry does not assign leaves tonic's
///   status as it is.
///
/// With the `metrics` feature, `with_metrics()` also counts every error
/// status it answers with or passes.
#[derive(Debug)]
pub struct RequestIdLayer<V> {
    counter: Counter<V>,
}

impl<V> RequestIdLayer<V> {
    pub fn new() -> Self {
        RequestIdLayer {
            counter: Counter::default(),
        }
    }

    /// The layer, counting with `counter`.
    #[cfg(feature = "metrics")]
    pub(super) fn counting(counter: crate::metrics::ErrorCounter<V>) -> Self {
        RequestIdLayer {
            counter: Some(counter),
        }
    }
}

impl<V> Default for RequestIdLayer<V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<V> Clone for RequestIdLayer<V> {
    fn clone(&self) -> Self {
        RequestIdLayer {
            counter: self.counter.clone(),
        }
    }
}

impl<S, V> tower::Layer<S> for RequestIdLayer<V> {
    type Service = RequestIdService<S, V>;

    fn layer(&self, inner: S) -> Self::Service {
        RequestIdService {
            inner,
            counter: self.counter.clone(),
        }
    }
}

/// The service [`RequestIdLayer`] wraps around a service `S`.
#[derive(Debug)]
pub struct RequestIdService<S, V> {
    inner: S,
    counter: Counter<V>,
}

impl<S: Clone, V> Clone for RequestIdService<S, V> {
    fn clone(&self) -> Self {
        RequestIdService {
            inner: self.inner.clone(),
            counter: self.counter.clone(),
        }
    }
}

/// The future of a [`RequestIdService`].
pub type RequestIdFuture<R, E> = Pin<Box<dyn Future<Output = Result<R, E>> + Send>>;

impl<S, V, B, ResBody> tower::Service<Request<B>> for RequestIdService<S, V>
where
    S: tower::Service<Request<B>, Response = Response<ResBody>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
    ResBody: Default + Send + 'static,
    V: Grpc + Send + 'static,
{
    type Response = Response<CountedBody<ResBody, V>>;
    type Error = S::Error;
    type Future = RequestIdFuture<Self::Response, Self::Error>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<B>) -> Self::Future {
        let key = crate::response_headers::header(V::HEADERS.request_id);
        let id = request
            .headers()
            .get(&key)
            .and_then(|v| v.to_str().ok())
            .filter(|id| is_safe(id))
            .map_or_else(fresh_request_id, str::to_owned);
        #[expect(clippy::expect_used, reason = "a safe or fresh id is visible ASCII")]
        let value =
            HeaderValue::from_str(&id).expect("a safe or fresh request id is a header value");
        request.headers_mut().insert(key.clone(), value.clone());
        let call = std::panic::catch_unwind(AssertUnwindSafe(|| self.inner.call(request)));
        #[cfg(feature = "metrics")]
        let counter = self.counter.clone();
        Box::pin(async move {
            let outcome = match call {
                Ok(future) => CatchUnwind(Box::pin(future)).await,
                Err(_) => Err(()),
            };
            let mut response = match outcome {
                Err(()) => answer::<V, ResBody>(Role::InternalError, &id)
                    .unwrap_or_else(|| tonic::Status::internal("").into_http()),
                Ok(Err(error)) => return Err(error),
                Ok(Ok(response)) => match own_failure(&response) {
                    Some(role) => answer::<V, ResBody>(role, &id).unwrap_or(response),
                    None => response,
                },
            };
            response.headers_mut().insert(key, value);
            // A status in the headers (trailers-only) is counted now; else
            // the body counts the one its trailers carry.
            #[cfg(feature = "metrics")]
            let counter = match counter {
                Some(counter) if response.headers().contains_key(GRPC_STATUS) => {
                    count(&counter, response.headers());
                    None
                }
                counter => counter,
            };
            #[cfg(not(feature = "metrics"))]
            let counter = Counter::default();
            Ok(response.map(|body| CountedBody::new(body, counter)))
        })
    }
}

/// The role that answers a status tonic made itself (not a [`GrpcError`],
/// which always has details), if the response carries one.
fn own_failure<B>(response: &Response<B>) -> Option<Role> {
    let headers = response.headers();
    if headers.contains_key("grpc-status-details-bin") {
        return None;
    }
    let number: i32 = headers.get(GRPC_STATUS)?.to_str().ok()?.parse().ok()?;
    Some(match GrpcCode::from_number(number)? {
        GrpcCode::Unimplemented => Role::RouteNotFound,
        GrpcCode::DeadlineExceeded | GrpcCode::Cancelled => Role::RequestTimeout,
        _ => Role::InternalError,
    })
}

/// The role's code as a trailers-only response, when the registry assigns it.
fn answer<V: Grpc, B: Default>(role: Role, id: &str) -> Option<Response<B>> {
    let code = V::ROLES.get(role)?;
    let error = GrpcError::new(code, code.meaning().unwrap_or_default()).with_request_id(id);
    Some(tonic::Status::from(error).into_http())
}

/// A future whose panic is an `Err(())`.
struct CatchUnwind<F>(Pin<Box<F>>);

impl<F: Future> Future for CatchUnwind<F> {
    type Output = Result<F::Output, ()>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let inner = self.0.as_mut();
        match std::panic::catch_unwind(AssertUnwindSafe(|| inner.poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(output)) => Poll::Ready(Ok(output)),
            Err(_) => Poll::Ready(Err(())),
        }
    }
}
