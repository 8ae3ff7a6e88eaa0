//! The request id the integrations (axum, tonic) keep from a caller or
//! make: a caller's is kept only when it is safe to log and to echo, at
//! most [`MAX_LEN`] bytes of `A-Za-z0-9._:-`; any other gets a fresh one.

use std::hash::{BuildHasher, RandomState};
use std::sync::atomic::{AtomicU64, Ordering};

/// The longest request id a caller may send, in bytes.
pub(crate) const MAX_LEN: usize = 128;

/// Whether `id` may be logged and echoed as it is.
pub(crate) fn is_safe(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'-'))
}

/// A fresh request id: `req_` and 16 hex digits, distinct within the
/// process and unlikely to repeat across processes.
pub(crate) fn fresh() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    // Each `RandomState` is randomly keyed, so hashing the counter mixes in
    // per-process randomness without a random-number dependency.
    format!("req_{:016x}", RandomState::new().hash_one(n))
}
