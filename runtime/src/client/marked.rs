//! Errors a response carries other than by its status and body alone: a
//! 2xx response whose body the layout's error marker marks as an error
//! (Slack's `200 {"ok": false, "error": "…"}`), and the code of a layout's
//! code header when the body does not carry it.

use http::{HeaderMap, StatusCode};
use serde_json::Value;

use super::ErrorResponse;
use crate::{Envelope, ErrorBody, Vocabulary};

impl<V: Vocabulary> ErrorResponse<V> {
    /// The error a 2xx response carries, `None` when it is a success: in a
    /// layout with an [`error_marker`](crate::BodyLayout::error_marker)
    /// (Slack's `ok: false`), a body whose member there has the constant's
    /// value is an error, whatever the status; every other 2xx body is a
    /// success (and every 2xx body of any other shape).
    ///
    /// ```
    /// # use error_codes_runtime::__example as error_codes;
    /// use error_codes::client::ErrorResponse;
    ///
    /// // The example registry has no error marker: a 2xx is a success.
    /// let ok = ErrorResponse::from_success_parts(
    ///     http::StatusCode::OK,
    ///     &http::HeaderMap::new(),
    ///     br#"{"ok": false, "error": "internal_error"}"#,
    /// );
    /// assert!(ok.is_none());
    /// ```
    pub fn from_success_parts(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Option<Self> {
        if !is_marked_error::<V>(body) {
            return None;
        }
        ErrorResponse::from_parts(status, headers, body).ok()
    }
}

/// Whether `body` is marked as an error by the vocabulary's layout.
pub(super) fn is_marked_error<V: Vocabulary>(body: &[u8]) -> bool {
    let Envelope::Layout(layout) = V::ENVELOPE else {
        return false;
    };
    layout.error_marker.is_some()
        && serde_json::from_slice::<Value>(body).is_ok_and(|value| layout.marks_error(&value))
}

/// The error of a body without its code member, read with the code of the
/// layout's code header; `None` when the layout has no code header, the
/// response does not carry it, or the body is not a JSON object.
pub(super) fn with_code_header<V: Vocabulary>(
    headers: &HeaderMap,
    body: &[u8],
) -> Option<ErrorBody<V>> {
    let Envelope::Layout(layout) = V::ENVELOPE else {
        return None;
    };
    let code = headers.get(layout.code_header?)?.to_str().ok()?.trim();
    if code.is_empty() {
        return None;
    }
    let value: Value = serde_json::from_slice(body).ok()?;
    layout.read_with_code_header(&value, Some(code))
}
