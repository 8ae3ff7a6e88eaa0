//! `reqwest::Response` → typed error (cargo feature `reqwest`).

use std::fmt;

use http::StatusCode;

use super::{ErrorResponse, NotAnEnvelope};

/// Why a request to the API failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum ClientError {
    /// The API answered with an error envelope.
    Api(ErrorResponse),
    /// The response failed but its body is not an error envelope.
    NotAnEnvelope(NotAnEnvelope),
    /// No response, or its body could not be read.
    Transport(reqwest::Error),
}

impl ClientError {
    /// The response's status, when there was a response.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            ClientError::Api(e) => Some(e.status()),
            ClientError::NotAnEnvelope(e) => Some(e.status()),
            ClientError::Transport(e) => e.status(),
        }
    }

    /// The API's error, when it sent one.
    pub fn api(&self) -> Option<&ErrorResponse> {
        match self {
            ClientError::Api(e) => Some(e),
            ClientError::NotAnEnvelope(_) | ClientError::Transport(_) => None,
        }
    }
}

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClientError::Api(e) => e.fmt(f),
            ClientError::NotAnEnvelope(e) => e.fmt(f),
            ClientError::Transport(e) => write!(f, "request failed: {e}"),
        }
    }
}

impl std::error::Error for ClientError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ClientError::Api(_) => None,
            ClientError::NotAnEnvelope(e) => Some(e.reason()),
            ClientError::Transport(e) => Some(e),
        }
    }
}

impl From<reqwest::Error> for ClientError {
    fn from(e: reqwest::Error) -> Self {
        ClientError::Transport(e)
    }
}

impl From<ErrorResponse> for ClientError {
    fn from(e: ErrorResponse) -> Self {
        ClientError::Api(e)
    }
}

impl From<NotAnEnvelope> for ClientError {
    fn from(e: NotAnEnvelope) -> Self {
        ClientError::NotAnEnvelope(e)
    }
}

/// Passes a successful response through; reads any other into the error.
///
/// ```no_run
/// # async fn get() -> Result<(), error_codes::client::ClientError> {
/// let response = reqwest::get("http://127.0.0.1:8080/secrets/db").await?;
/// let secret = error_codes::client::check(response).await?.text().await?;
/// # Ok(()) }
/// ```
pub async fn check(response: reqwest::Response) -> Result<reqwest::Response, ClientError> {
    if response.status().is_success() {
        Ok(response)
    } else {
        Err(read_error(response).await)
    }
}

/// Reads a response the caller knows failed: [`ClientError::Api`] when the
/// body is an envelope.
pub async fn read_error(response: reqwest::Response) -> ClientError {
    let status = response.status();
    let headers = response.headers().clone();
    match response.bytes().await {
        Ok(body) => match ErrorResponse::from_parts(status, &headers, &body) {
            Ok(error) => ClientError::Api(error),
            Err(not) => ClientError::NotAnEnvelope(not),
        },
        Err(e) => ClientError::Transport(e),
    }
}
