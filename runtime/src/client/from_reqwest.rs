//! `reqwest::Response` → typed error (cargo feature `reqwest`).

use std::fmt;
use std::marker::PhantomData;

use http::StatusCode;

use super::{ErrorResponse, NotAnEnvelope};
use crate::Vocabulary;

/// Why a request to the API failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum ClientError<V> {
    /// The API answered with an error envelope.
    Api(ErrorResponse<V>),
    /// The response failed but its body is not an error envelope.
    NotAnEnvelope(NotAnEnvelope),
    /// No response, or its body could not be read.
    Transport(reqwest::Error),
}

impl<V: Vocabulary> ClientError<V> {
    /// The response's status, when there was a response.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            ClientError::Api(e) => Some(e.status()),
            ClientError::NotAnEnvelope(e) => Some(e.status()),
            ClientError::Transport(e) => e.status(),
        }
    }

    /// The API's error, when it sent one.
    pub fn api(&self) -> Option<&ErrorResponse<V>> {
        match self {
            ClientError::Api(e) => Some(e),
            ClientError::NotAnEnvelope(_) | ClientError::Transport(_) => None,
        }
    }
}

impl<V: Vocabulary> fmt::Display for ClientError<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClientError::Api(e) => e.fmt(f),
            ClientError::NotAnEnvelope(e) => e.fmt(f),
            ClientError::Transport(e) => write!(f, "request failed: {e}"),
        }
    }
}

impl<V: Vocabulary> std::error::Error for ClientError<V> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ClientError::Api(_) => None,
            ClientError::NotAnEnvelope(e) => Some(e.reason()),
            ClientError::Transport(e) => Some(e),
        }
    }
}

impl<V> From<reqwest::Error> for ClientError<V> {
    fn from(e: reqwest::Error) -> Self {
        ClientError::Transport(e)
    }
}

impl<V> From<ErrorResponse<V>> for ClientError<V> {
    fn from(e: ErrorResponse<V>) -> Self {
        ClientError::Api(e)
    }
}

impl<V> From<NotAnEnvelope> for ClientError<V> {
    fn from(e: NotAnEnvelope) -> Self {
        ClientError::NotAnEnvelope(e)
    }
}

/// Reads error responses, reading no more of a body than a limit.
///
/// A hostile or broken server can send an error body of any size; the
/// reader stops at [`ErrorReader::DEFAULT_MAX_BODY`] bytes unless told
/// otherwise, and reports a longer body as [`ClientError::NotAnEnvelope`]
/// whose [`NotAnEnvelope::truncated_at`] says so. The free functions
/// [`check`] and [`read_error`] use the default.
///
/// ```no_run
/// # use error_codes_runtime::__example as error_codes;
/// use error_codes::client::{ClientError, ErrorReader};
///
/// # async fn get() -> Result<(), ClientError> {
/// let errors = ErrorReader::new().max_body(1024 * 1024);
/// let response = reqwest::get("http://127.0.0.1:8080/secrets/db").await?;
/// let secret = errors.check(response).await?.text().await?;
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct ErrorReader<V> {
    max_body: usize,
    vocabulary: PhantomData<fn() -> V>,
}

impl<V> Clone for ErrorReader<V> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<V> Copy for ErrorReader<V> {}

impl<V> PartialEq for ErrorReader<V> {
    fn eq(&self, other: &Self) -> bool {
        self.max_body == other.max_body
    }
}

impl<V> Eq for ErrorReader<V> {}

impl<V> ErrorReader<V> {
    /// 64 KiB: an envelope is a few hundred bytes; even long field-error
    /// lists fit many times over.
    pub const DEFAULT_MAX_BODY: usize = 64 * 1024;

    /// A reader with the default limit.
    pub const fn new() -> Self {
        ErrorReader {
            max_body: Self::DEFAULT_MAX_BODY,
            vocabulary: PhantomData,
        }
    }

    /// Reads at most `bytes` of an error body.
    #[must_use]
    pub const fn max_body(self, bytes: usize) -> Self {
        ErrorReader {
            max_body: bytes,
            vocabulary: PhantomData,
        }
    }

    /// The limit on error bodies, in bytes.
    pub const fn max_body_bytes(&self) -> usize {
        self.max_body
    }
}

impl<V: Vocabulary> ErrorReader<V> {
    /// Passes a successful response through; reads any other into the error.
    ///
    /// In a layout whose errors may be answered with a 2xx status (an
    /// [`error_marker`](crate::BodyLayout::error_marker), Slack's `ok:
    /// false`), a 2xx response's body is read whole to see whether it is
    /// marked as an error: [`ClientError::Api`] when it is, else the
    /// response with the same status, headers and body (its `url()` is
    /// then no longer the request's).
    pub async fn check(
        &self,
        response: reqwest::Response,
    ) -> Result<reqwest::Response, ClientError<V>> {
        if !response.status().is_success() {
            return Err(self.read_error(response).await);
        }
        if !V::ENVELOPE.errors_may_succeed() {
            return Ok(response);
        }
        let status = response.status();
        let version = response.version();
        let headers = response.headers().clone();
        let body = response.bytes().await?;
        if let Some(error) = ErrorResponse::from_success_parts(status, &headers, &body) {
            return Err(ClientError::Api(error));
        }
        let mut rebuilt = http::Response::new(body);
        *rebuilt.status_mut() = status;
        *rebuilt.version_mut() = version;
        *rebuilt.headers_mut() = headers;
        Ok(reqwest::Response::from(rebuilt))
    }

    /// Reads a response the caller knows failed: [`ClientError::Api`] when
    /// the body is an envelope no longer than the limit.
    pub async fn read_error(&self, mut response: reqwest::Response) -> ClientError<V> {
        let status = response.status();
        let headers = response.headers().clone();
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    let room = self.max_body - body.len();
                    if chunk.len() > room {
                        body.extend_from_slice(&chunk[..room]);
                        // Dropping the response closes the connection
                        // without reading the rest.
                        return NotAnEnvelope::too_long::<V>(
                            status,
                            &headers,
                            &body,
                            self.max_body,
                        )
                        .into();
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => return ClientError::Transport(e),
            }
        }
        match ErrorResponse::from_parts(status, &headers, &body) {
            Ok(error) => ClientError::Api(error),
            Err(not) => ClientError::NotAnEnvelope(not),
        }
    }
}

impl<V> Default for ErrorReader<V> {
    fn default() -> Self {
        ErrorReader::new()
    }
}

/// Passes a successful response through; reads any other into the error
/// (with [`ErrorReader`]'s default limit).
///
/// ```no_run
/// # use error_codes_runtime::__example as error_codes;
/// # async fn get() -> Result<(), error_codes::client::ClientError> {
/// let response = reqwest::get("http://127.0.0.1:8080/secrets/db").await?;
/// let secret = error_codes::client::check(response).await?.text().await?;
/// # Ok(()) }
/// ```
pub async fn check<V: Vocabulary>(
    response: reqwest::Response,
) -> Result<reqwest::Response, ClientError<V>> {
    ErrorReader::new().check(response).await
}

/// Reads a response the caller knows failed: [`ClientError::Api`] when the
/// body is an envelope (with [`ErrorReader`]'s default limit).
pub async fn read_error<V: Vocabulary>(response: reqwest::Response) -> ClientError<V> {
    ErrorReader::new().read_error(response).await
}
