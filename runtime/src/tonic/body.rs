//! [`CountedBody`]: the body of a response [`RequestIdService`] passes,
//! which counts the status a streaming method sends in its trailers after
//! messages (a status in the response's headers, trailers-only, is counted
//! by the service itself).
//!
//! [`RequestIdService`]: super::RequestIdService

use std::pin::Pin;
use std::task::{Context, Poll};

use http_body::{Body, Frame, SizeHint};

use super::count::Counter;
use crate::Grpc;

pin_project_lite::pin_project! {
    /// The response body of a [`RequestIdService`](super::RequestIdService):
    /// the service's own, frame for frame. With
    /// [`with_metrics`](super::RequestIdLayer::with_metrics), the error
    /// status of trailers sent after the messages (a streaming method that
    /// fails midway) is counted as one in the headers is.
    #[derive(Debug)]
    pub struct CountedBody<B, V> {
        #[pin]
        inner: B,
        // Taken when it counts: one status per response.
        counter: Counter<V>,
    }
}

impl<B, V> CountedBody<B, V> {
    /// `inner`, counting the status of its trailers with `counter`.
    pub(super) fn new(inner: B, counter: Counter<V>) -> Self {
        CountedBody { inner, counter }
    }

    /// The service's own body, which counts nothing more.
    pub fn into_inner(self) -> B {
        self.inner
    }
}

impl<B: Default, V> Default for CountedBody<B, V> {
    fn default() -> Self {
        CountedBody::new(B::default(), Counter::default())
    }
}

impl<B: Body, V: Grpc> Body for CountedBody<B, V> {
    type Data = B::Data;
    type Error = B::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        let this = self.project();
        let polled = this.inner.poll_frame(cx);
        #[cfg(feature = "metrics")]
        if let Poll::Ready(Some(Ok(frame))) = &polled
            && let Some(trailers) = frame.trailers_ref()
            && let Some(counter) = this.counter.take()
        {
            super::count::count(&counter, trailers);
        }
        #[cfg(not(feature = "metrics"))]
        let _ = this.counter;
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}
