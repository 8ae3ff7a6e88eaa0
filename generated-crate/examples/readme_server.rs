#![forbid(unsafe_code)]

use std::time::Duration;

use axum::http::StatusCode;
use axum::{Router, extract::Path, routing::get};
use error_codes::axum::{ApiError, ErrorLayer};
use error_codes::{ErrorCode, FieldErrors, RateLimit};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;

async fn read_secret(Path(path): Path<String>) -> Result<String, ApiError> {
    if path.ends_with('/') {
        let fields = FieldErrors::new().with("path", "must not end with /");
        return Err(ApiError::validation("Invalid secret path", fields));
    }
    if path == "config" {
        // `?` on any error: 500 `internal_error`; the cause is logged, never sent.
        return Ok(std::fs::read_to_string("/etc/secrets/config.toml")?);
    }
    Err(ApiError::new(
        ErrorCode::SecretNotFound,
        format!("No secret at {path}"),
    ))
}

async fn throttled() -> ApiError {
    ApiError::new(ErrorCode::RateLimited, "Slow down")
        .with_retry_after(Duration::from_secs(45))
        .with_rate_limit(RateLimit::new(100, 0, 45))
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let timeout =
        TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(10));
    let app = Router::new()
        .route("/secrets/{*path}", get(read_secret))
        .route("/throttled", get(throttled))
        // Each `layer` wraps the ones before it: ErrorLayer sees the timeout's
        // 408 and every response of the router; the request-id layers run
        // first, so it sees the request's id.
        .layer(timeout)
        .layer(ErrorLayer::new())
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
    axum::serve(listener, app).await
}
