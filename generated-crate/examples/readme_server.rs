#![forbid(unsafe_code)]

use std::time::Duration;

use axum::{Router, extract::Path, routing::get};
use error_codes::axum::ApiError;
use error_codes::{ErrorCode, FieldErrors, RateLimit};

async fn read_secret(Path(path): Path<String>) -> Result<String, ApiError> {
    if path.ends_with('/') {
        let fields = FieldErrors::new().with("path", "must not end with /");
        return Err(ApiError::validation("Invalid secret path", fields));
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
        .with_request_id("req_abc")
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let app = Router::new()
        .route("/secrets/{*path}", get(read_secret))
        .route("/throttled", get(throttled));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
    axum::serve(listener, app).await
}
