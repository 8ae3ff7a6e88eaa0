//! The request id the client sent with the request
//! [`ErrorLayer`](super::ErrorLayer) is serving, visible to
//! [`ApiError`](super::ApiError)'s `into_response` while the layer calls or
//! polls the inner service.
//!
//! The same pattern as `tracing`'s entered spans: set for the duration of a
//! call or a poll, restored afterwards (also when a panic unwinds), so
//! nested layers and interleaved requests on one thread never see each
//! other's id. Entering moves the header's value into the thread's slot and
//! back out, with no allocation and no reference count; the value is
//! checked (and a fresh id made for a request without a safe one) only when
//! an error response needs it. A response built in a task the handler
//! spawned is outside any poll of the layer; it gets a fresh id unless the
//! handler sets one.

use std::cell::Cell;

use http::HeaderValue;

thread_local! {
    static CURRENT: Cell<Option<HeaderValue>> = const { Cell::new(None) };
}

/// Runs `f` with `sent` (the request-id header the request came with, if
/// any) as the current request's; `sent` is back in place afterwards.
pub(super) fn enter<R>(sent: &mut Option<HeaderValue>, f: impl FnOnce() -> R) -> R {
    /// Puts the request's value back in its slot, and the thread's previous
    /// one back in the thread's.
    struct Restore<'a>(&'a mut Option<HeaderValue>, Option<HeaderValue>);

    impl Drop for Restore<'_> {
        fn drop(&mut self) {
            let previous = self.1.take();
            *self.0 = CURRENT.with(|current| current.replace(previous));
        }
    }

    let came_with_one = sent.is_some();
    let previous = CURRENT.with(|current| current.replace(sent.take()));
    // A request without the header, and no other request's in scope: the
    // slot is empty and stays so, nothing to put back.
    if !came_with_one && previous.is_none() {
        return f();
    }
    let _restore = Restore(sent, previous);
    f()
}

/// The request-id header of the request a layer is serving on this thread
/// now, if it came with one.
pub(super) fn sent() -> Option<HeaderValue> {
    CURRENT.with(|current| {
        let value = current.take();
        current.set(value.clone());
        value
    })
}
