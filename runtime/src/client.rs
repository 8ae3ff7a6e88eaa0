//! Reading error responses (cargo feature `client`; feature `reqwest` adds
//! `check` and `read_error` for `reqwest::Response`).
//!
//! ```
//! # use error_codes_runtime::__example as error_codes;
//! use error_codes::client::ErrorResponse;
//! use error_codes::{Code, ErrorCode, Retry};
//! use std::time::Duration;
//!
//! let response = http::Response::builder()
//!     .status(429)
//!     .header("Retry-After", "45")
//!     .header("X-Request-ID", "req_abc")
//!     .header("X-RateLimit-Remaining", "0")
//!     .body(r#"{"error": {"code": "rate_limited", "message": "Slow down"}}"#)?;
//!
//! let error = ErrorResponse::from_response(&response)?;
//! assert_eq!(*error.code(), Code::Known(ErrorCode::RateLimited));
//! assert_eq!(error.retry(), Retry::AfterDelay);
//! assert_eq!(error.retry_after(), Some(Duration::from_secs(45)));
//! assert_eq!(error.request_id(), Some("req_abc"));
//! assert_eq!(error.rate_limit().remaining, Some(0));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

use http::{HeaderMap, StatusCode};
use serde_json::Value;

pub use crate::response_headers::{request_id, retry_after};
use crate::{Code, ErrorBody, FieldErrors, HasDetails, RateLimit, Retry, StatusClass, Vocabulary};

#[cfg(feature = "reqwest")]
mod from_reqwest;
#[cfg(feature = "tonic")]
mod from_tonic;
mod marked;
#[cfg(feature = "reqwest")]
pub use from_reqwest::{ClientError, ErrorReader, check, read_error};

/// An error response the API sent: its status, envelope and headers, typed.
#[derive(Clone, Debug)]
pub struct ErrorResponse<V> {
    status: StatusCode,
    error: ErrorBody<V>,
    header_request_id: Option<String>,
    retry_after: Option<Duration>,
    rate_limit: RateLimit<V>,
    /// Every error of the body, each read on its own.
    errors: Vec<ErrorBody<V>>,
}

/// The retry advice a body carries itself (a Google body's `RetryInfo`),
/// for a response without `Retry-After`.
fn body_retry_after<V: Vocabulary>(body: &[u8]) -> Option<Duration> {
    match V::ENVELOPE {
        crate::Envelope::Google(google) => {
            crate::wire::google::retry_delay(google, &serde_json::from_slice(body).ok()?)
        }
        _ => None,
    }
}

/// A response whose body is not an error envelope (a proxy's HTML page, an
/// empty body, a truncated one...). Keeps what there is to report.
#[derive(Debug)]
pub struct NotAnEnvelope {
    status: StatusCode,
    request_id: Option<String>,
    body: Vec<u8>,
    reason: serde_json::Error,
    /// The limit the body was cut at, when it was longer.
    truncated_at: Option<usize>,
}

impl<V: Vocabulary> ErrorResponse<V> {
    /// Reads a response from its parts. Any status is accepted: call it for
    /// responses that are not successes. The body may be a nested envelope
    /// or RFC 9457 problem details, whatever the registry's `envelope:`
    /// (see [`ErrorBody::from_json`]): a problem's `detail` is the message,
    /// its `invalid-params` the field errors.
    ///
    /// With a layout's [`code_header`](crate::BodyLayout::code_header), a
    /// JSON object without the code member is read with the header's code
    /// (the body's code wins when it is there).
    pub fn from_parts(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Self, NotAnEnvelope> {
        let read = ErrorBody::<V>::from_json(body)
            .or_else(|reason| marked::with_code_header::<V>(headers, body).ok_or(reason));
        match read {
            Ok(error) => Ok(ErrorResponse {
                status,
                // Only an array root holds more than one (read again).
                errors: match V::ENVELOPE {
                    crate::Envelope::Layout(layout) if layout.root_items => {
                        ErrorBody::all_from_json(body).unwrap_or_else(|_| vec![error.clone()])
                    }
                    _ => vec![error.clone()],
                },
                error,
                header_request_id: request_id::<V>(headers),
                retry_after: retry_after(headers).or_else(|| body_retry_after::<V>(body)),
                rate_limit: RateLimit::from_headers(headers),
            }),
            Err(reason) => Err(NotAnEnvelope {
                status,
                request_id: request_id::<V>(headers),
                body: body.to_vec(),
                reason,
                truncated_at: None,
            }),
        }
    }

    /// Reads an `http::Response` whose body is in memory.
    pub fn from_response<B: AsRef<[u8]>>(
        response: &http::Response<B>,
    ) -> Result<Self, NotAnEnvelope> {
        ErrorResponse::from_parts(
            response.status(),
            response.headers(),
            response.body().as_ref(),
        )
    }

    /// The response's HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// `error.code`, known to this build or not.
    pub fn code(&self) -> &Code<V> {
        &self.error.code
    }

    /// `error.message`.
    pub fn message(&self) -> &str {
        &self.error.message
    }

    /// `error.details` as sent (`Null` when absent).
    pub fn details(&self) -> &Value {
        &self.error.details
    }

    /// `details.fields` of a code declaring `details: field_errors`.
    pub fn field_errors(&self) -> Option<FieldErrors> {
        self.error.field_errors()
    }

    /// `error.request_id`, or the request-id header when the body has none.
    pub fn request_id(&self) -> Option<&str> {
        self.error
            .request_id
            .as_deref()
            .or(self.header_request_id.as_deref())
    }

    /// `Retry-After`, as a delay.
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }

    /// The rate-limit figures (under the registry's header names).
    pub fn rate_limit(&self) -> RateLimit<V> {
        self.rate_limit
    }

    /// Whether and how a retry may succeed: the registry's advice for a
    /// known code. For a code this build does not know, a `Retry-After`
    /// header means [`Retry::AfterDelay`]; otherwise the status decides
    /// ([`Retry::for_status`]).
    pub fn retry(&self) -> Retry {
        match self.code() {
            Code::Known(code) => code.retry(),
            Code::Unknown(_) if self.retry_after.is_some() => Retry::AfterDelay,
            Code::Unknown(_) => Retry::for_status(self.status.as_u16()),
        }
    }

    /// Whether a retry may succeed (see [`ErrorResponse::retry`]).
    pub fn is_retryable(&self) -> bool {
        self.retry().is_retryable()
    }

    /// Client or server error: from the registry for a known code, from the
    /// response's status otherwise (see [`Code::status_class_or`]).
    pub fn status_class(&self) -> Option<StatusClass> {
        self.code().status_class_or(self.status.as_u16())
    }

    /// The `error` member.
    pub fn body(&self) -> &ErrorBody<V> {
        &self.error
    }

    /// The `error` member, owned.
    pub fn into_body(self) -> ErrorBody<V> {
        self.error
    }

    /// Every error of the body, in its order: for a layout whose root is an
    /// array of error objects (JSON:API's `errors`), each item read on its
    /// own (an item whose pointer names a field has that field error as
    /// its details); for any other body, its one error. The first is
    /// [`ErrorResponse::body`] (which also holds the field errors of the
    /// other items of its code).
    pub fn errors(&self) -> &[ErrorBody<V>] {
        &self.errors
    }
}

impl<V: HasDetails> ErrorResponse<V> {
    /// `error.details` in the shape the registry declares for the code; see
    /// [`ErrorBody::typed_details`].
    pub fn typed_details(&self) -> Result<Option<V::Details>, serde_json::Error> {
        self.error.typed_details()
    }
}

/// Server text in `Display`: control characters (CR, LF, ESC...) and
/// the invisible bidirectional controls are escaped (`\n`, `\u{1b}`), so
/// a server cannot forge log lines or drive a terminal.
impl<V: Vocabulary> fmt::Display for ErrorResponse<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "HTTP {} {}",
            self.status.as_u16(),
            Escaped(self.code().as_str())
        )?;
        if !self.message().is_empty() {
            write!(f, ": {}", Escaped(self.message()))?;
        }
        if let Some(id) = self.request_id() {
            write!(f, " (request {})", Escaped(id))?;
        }
        Ok(())
    }
}

/// Text from the server, displayed with its control characters escaped.
struct Escaped<'a>(&'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            if c.is_control() || is_bidi_control(c) {
                write!(f, "{}", c.escape_unicode())?;
            } else {
                fmt::Write::write_char(f, c)?;
            }
        }
        Ok(())
    }
}

/// The bidirectional formatting characters (Unicode's `Bidi_Control`),
/// which reorder the text displayed around them.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

impl<V: Vocabulary> std::error::Error for ErrorResponse<V> {}

impl NotAnEnvelope {
    /// Longest part of the body a message quotes.
    const QUOTED: usize = 200;

    /// The response's HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The request id, from the registry's request-id header, if sent.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The body, as received.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// The body as text, invalid UTF-8 replaced.
    pub fn body_text(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }

    /// Why the body is not an envelope.
    pub fn reason(&self) -> &serde_json::Error {
        &self.reason
    }

    /// The limit the body was cut at, when it was longer than that (see
    /// `ErrorReader`, feature `reqwest`): [`NotAnEnvelope::body`]
    /// is then its first bytes only.
    pub fn truncated_at(&self) -> Option<usize> {
        self.truncated_at
    }

    /// A response whose body was longer than `limit`, of which `body` is
    /// the first bytes.
    #[cfg(feature = "reqwest")]
    pub(crate) fn too_long<V: Vocabulary>(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
        limit: usize,
    ) -> NotAnEnvelope {
        // A cut body is never an envelope, even should its first bytes
        // happen to be one.
        let reason = match ErrorBody::<V>::from_json(body) {
            Err(reason) => reason,
            Ok(_) => serde::de::Error::custom("the body is longer than the limit"),
        };
        NotAnEnvelope {
            status,
            request_id: request_id::<V>(headers),
            body: body.to_vec(),
            reason,
            truncated_at: Some(limit),
        }
    }
}

impl fmt::Display for NotAnEnvelope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "HTTP {} response without an error envelope ({})",
            self.status.as_u16(),
            self.reason
        )?;
        if let Some(limit) = self.truncated_at {
            write!(f, "; body longer than {limit} bytes, not read further")?;
        }
        let text = self.body_text();
        let quoted: String = text.chars().take(Self::QUOTED).collect();
        if quoted.len() < text.len() {
            write!(f, "; body starts {quoted:?}")?;
        } else if !text.is_empty() {
            write!(f, "; body {quoted:?}")?;
        } else {
            f.write_str("; empty body")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request {})", Escaped(id))?;
        }
        Ok(())
    }
}

impl std::error::Error for NotAnEnvelope {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.reason)
    }
}
