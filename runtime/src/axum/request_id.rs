//! The request id a client sends, kept only when it is safe to log and to
//! echo: at most [`MAX_LEN`] bytes of `A-Za-z0-9._:-`. Anything else (a
//! 6,000-byte header, quotes, spaces, control characters) is replaced by a
//! fresh id in the body, the response header and the logs alike, and the
//! replacement is logged (feature `tracing`) with the rejected id's length,
//! never its text.

use http::{HeaderMap, HeaderValue};

use crate::Vocabulary;

/// The longest request id a client may send, in bytes.
pub const MAX_LEN: usize = crate::request_id::MAX_LEN;

pub(super) use crate::request_id::is_safe;

/// The client's request id in `headers` when it sent a safe one; `None`
/// when it sent none or one that is not safe (whose replacement is then
/// logged).
pub(super) fn from_client<V: Vocabulary>(headers: &HeaderMap) -> Option<String> {
    checked(headers.get(V::HEADERS.request_id))
}

/// The id of a request that came with the request-id header `sent` (the
/// value [`ErrorLayer`](super::ErrorLayer) keeps, unchecked, until an error
/// response needs it): the client's when it is safe, else a fresh one.
pub(super) fn for_request(sent: Option<&HeaderValue>) -> String {
    checked(sent).unwrap_or_else(super::fresh_request_id)
}

/// `sent` as the client's request id, when it is safe; the replacement of
/// one that is not is logged.
fn checked(sent: Option<&HeaderValue>) -> Option<String> {
    // The header's visible text, as `client::request_id` reads it.
    let sent = sent?.to_str().ok()?.trim();
    if sent.is_empty() {
        return None;
    }
    if is_safe(sent) {
        return Some(sent.to_owned());
    }
    #[cfg(feature = "tracing")]
    tracing::debug!(
        request_id.rejected_len = sent.len(),
        "the client's request id is longer than {MAX_LEN} bytes or has characters outside `A-Za-z0-9._:-`: replaced by a fresh one"
    );
    None
}

#[cfg(test)]
mod tests {
    use super::{MAX_LEN, is_safe};

    #[test]
    fn ids_of_the_safe_alphabet_up_to_the_limit_are_kept() {
        assert!(is_safe("req_abc"));
        assert!(is_safe("2f1c:7e.A-9"));
        assert!(is_safe(&"a".repeat(MAX_LEN)));
        assert!(!is_safe(&"a".repeat(MAX_LEN + 1)));
        for bad in ["", "a b", "a\"b", "a\nb", "<script>", "é", "a/b", "a;b"] {
            assert!(!is_safe(bad), "{bad:?}");
        }
    }
}
