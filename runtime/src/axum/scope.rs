//! The id of the request [`ErrorLayer`](super::ErrorLayer) is serving,
//! visible to [`ApiError`](super::ApiError)'s `into_response` while the
//! layer polls the inner service.
//!
//! The same pattern as `tracing`'s entered spans: set for the duration of a
//! call or a poll, restored afterwards (also when a panic unwinds), so
//! nested layers and interleaved requests on one thread never see each
//! other's id. A response built in a task the handler spawned is outside
//! any poll of the layer; it gets a fresh id unless the handler sets one.

use std::cell::RefCell;
use std::sync::Arc;

thread_local! {
    static CURRENT: RefCell<Option<Arc<str>>> = const { RefCell::new(None) };
}

/// Runs `f` with `id` as the current request id.
pub(super) fn enter<R>(id: &Arc<str>, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Arc<str>>);

    impl Drop for Restore {
        fn drop(&mut self) {
            let previous = self.0.take();
            CURRENT.with(|current| *current.borrow_mut() = previous);
        }
    }

    let previous = CURRENT.with(|current| current.borrow_mut().replace(Arc::clone(id)));
    let _restore = Restore(previous);
    f()
}

/// The id of the request being served, if a layer is serving one.
pub(super) fn request_id() -> Option<Arc<str>> {
    CURRENT.with(|current| current.borrow().clone())
}
