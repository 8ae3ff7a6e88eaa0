//! A small API that fails in the ways the registry describes.
//!
//! ```sh
//! cargo run -p error-codes --features axum --example server -- 8080   # or PORT=8080; 0 picks a free port
//! curl -i localhost:8080/secrets/db/password
//! curl -i -X POST localhost:8080/secrets -d '{"path": "", "ttl": "soon"}'
//! curl -i localhost:8080/limited
//! curl -i localhost:8080/errors/backend_timeout
//! ```
//!
//! The end-to-end tests (`tests/tests/wire_e2e.rs`) serve [`app`] on a
//! loopback port and read every answer with the `client` feature.
#![forbid(unsafe_code)]

use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::HeaderMap;
use axum::routing::{get, post};
use error_codes::axum::ApiError;
use error_codes::{ErrorCode, FieldErrors, RateLimit};

/// The routes: `/health` answers, the others fail each differently.
pub fn app() -> Router {
    Router::new()
        .route("/health", get(|| async { "ok" }))
        .route("/secrets/{*path}", get(read_secret))
        .route("/secrets", post(create_secret))
        .route("/limited", get(limited))
        .route("/errors/{code}", get(any_error))
}

/// 401 without a bearer token, 404 with one: there are no secrets here.
async fn read_secret(Path(path): Path<String>, request: HeaderMap) -> Result<String, ApiError> {
    if !request.contains_key("authorization") {
        return Err(ApiError::new(
            ErrorCode::AuthenticationRequired,
            "Send an Authorization: Bearer header",
        ));
    }
    Err(ApiError::new(
        ErrorCode::SecretNotFound,
        format!("No secret at {path}"),
    ))
}

/// 400 for a body that is not JSON, 422 with `details.fields` for one whose
/// fields are wrong; never succeeds.
async fn create_secret(body: Bytes) -> Result<String, ApiError> {
    let body: serde_json::Value = serde_json::from_slice(&body)
        .map_err(|e| ApiError::new(ErrorCode::InvalidRequest, format!("Body is not JSON: {e}")))?;
    let mut problems = FieldErrors::new();
    match body.get("path").and_then(|p| p.as_str()) {
        None => problems.push("path", "is required"),
        Some("") => problems.push("path", "must not be empty"),
        Some(_) => {}
    }
    if body.get("ttl").is_some_and(|t| !t.is_u64()) {
        problems.push("ttl", "must be a whole number of seconds");
    }
    if problems.is_empty() {
        return Err(ApiError::new(
            ErrorCode::FeatureDisabled,
            "Writes are disabled in this demo",
        ));
    }
    Err(ApiError::validation(
        "The secret has invalid fields",
        problems,
    ))
}

/// 429 with `Retry-After` and the rate-limit figures.
async fn limited() -> ApiError {
    ApiError::new(
        ErrorCode::RateLimited,
        "Limit of 100 requests per minute reached",
    )
    .with_retry_after(Duration::from_secs(45))
    .with_rate_limit(RateLimit::new(100, 0, 45))
}

/// Any code of the registry by its wire name, with its meaning as message,
/// keeping the caller's `X-Request-ID` if it sent one.
async fn any_error(Path(code): Path<String>, request: HeaderMap) -> ApiError {
    let error = match code.parse::<ErrorCode>() {
        Ok(code) => ApiError::from(code),
        Err(unknown) => ApiError::new(ErrorCode::InvalidPath, unknown.to_string()),
    };
    error.with_request_id_from(&request)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let port = match std::env::args()
        .nth(1)
        .or_else(|| std::env::var("PORT").ok())
    {
        Some(port) => port
            .parse::<u16>()
            .map_err(|e| format!("port {port:?}: {e}"))?,
        None => 0,
    };
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app()).await?;
    Ok(())
}
