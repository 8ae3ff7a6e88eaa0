//! The reference service: a small API that fails in the ways the registry
//! describes, with the set-up an axum service runs in production.
//!
//! ```sh
//! cargo run -p error-codes --all-features --example server -- 8080   # or PORT=8080; 0 picks a free port
//! curl -i localhost:8080/secrets/db/password
//! curl -i localhost:8080/secrets -H 'content-type: application/json' -d '{"path": "db", "ttl": "soon"}'
//! curl -i localhost:8080/io-failure
//! curl -i localhost:8080/no/such/route
//! curl -i localhost:8080/openapi.json
//! ```
//!
//! The first line it prints is `listening on http://ADDR`; logs go to
//! standard error. Every error response is an envelope: the handlers return
//! [`ApiError`], and [`ErrorLayer`] covers axum's rejections, unmatched
//! routes, wrong methods, the timeout and panics. tower-http's request-id
//! layers give each request one id, the caller's `X-Request-ID` if it sent
//! one, which the error's body and headers carry alike.
//!
//! The end-to-end tests run this binary (`tests/tests/it/server_e2e.rs`) and
//! serve [`app`] in process (`tests/tests/it/wire_e2e.rs`).
#![forbid(unsafe_code)]

use std::io::Write as _;
use std::time::Duration;

use axum::Json;
use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderMap, HeaderValue, Request};
use axum::routing::{get, post};
use error_codes::axum::{ApiError, ErrorLayer};
use error_codes::{ErrorCode, ErrorEnvelope, FieldErrors, RateLimit};
use serde::Deserialize;
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use utoipa::OpenApi;

/// How long `/slow` may take before the timeout answers for it.
pub(crate) const SLOW_TIMEOUT: Duration = Duration::from_millis(200);

/// The routes, inside the layers every request goes through.
///
/// Order matters, outermost first: `SetRequestIdLayer` gives the request
/// its id (keeping the caller's), `PropagateRequestIdLayer` copies it to
/// the response, `TraceLayer` opens the request's span (declaring
/// `error.type`, which the error responses record), and [`ErrorLayer`],
/// innermost, sees every response of the router, unmatched routes
/// included, and the request's id.
pub(crate) fn app() -> Router {
    Router::new()
        .route("/health", get(|| async { "ok" }))
        .route("/secrets/{*path}", get(read_secret))
        .route("/secrets", post(create_secret))
        .route("/limited", get(limited))
        .route("/errors/{code}", get(any_error))
        .route("/io-failure", get(io_failure))
        .route("/panic", get(panics))
        .route(
            "/slow",
            get(slow).layer(TimeoutLayer::with_status_code(
                axum::http::StatusCode::REQUEST_TIMEOUT,
                SLOW_TIMEOUT,
            )),
        )
        .route("/openapi.json", get(openapi))
        .layer(ErrorLayer::new())
        .layer(
            TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
                let request_id = request
                    .headers()
                    .get("x-request-id")
                    .and_then(|id| id.to_str().ok())
                    .unwrap_or_default();
                tracing::info_span!(
                    "request",
                    method = %request.method(),
                    uri = %request.uri(),
                    request_id,
                    "error.type" = tracing::field::Empty,
                )
            }),
        )
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(RequestIds))
}

/// Ids for requests that come without one, in the form the error
/// responses use (`req_…`).
#[derive(Clone, Copy, Debug)]
struct RequestIds;

impl MakeRequestId for RequestIds {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        let id = error_codes::axum::new_request_id();
        HeaderValue::from_str(&id).ok().map(RequestId::new)
    }
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

/// A secret to create.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct NewSecret {
    /// Where to store it.
    pub(crate) path: String,
    /// Seconds until it expires: only its type is checked (a string is a
    /// 422 naming it); this demo stores nothing.
    #[serde(default)]
    #[expect(dead_code, reason = "read for its type only: the demo stores nothing")]
    pub(crate) ttl: Option<u64>,
}

/// Creates a secret (never, in this demo).
///
/// axum's `Json` reads the body: not JSON is a 400 `invalid_request`, a
/// field of the wrong type a 422 `validation_error` naming it (both made by
/// `ErrorLayer` from axum's rejection). A well-typed body with an empty
/// path is the handler's own 422; any other is refused with 503.
#[utoipa::path(
    post,
    path = "/secrets",
    request_body = NewSecret,
    responses(
        (status = 400, description = "The body is not JSON", body = ErrorEnvelope),
        (status = 415, description = "The body is not `application/json`", body = ErrorEnvelope),
        (status = 422, description = "Invalid fields, named in `details.fields`", body = ErrorEnvelope),
        (status = 503, description = "Writes are disabled", body = ErrorEnvelope),
    )
)]
async fn create_secret(Json(secret): Json<NewSecret>) -> Result<String, ApiError> {
    if secret.path.is_empty() {
        let fields = FieldErrors::new().with("path", "must not be empty");
        return Err(ApiError::validation(
            "The secret has invalid fields",
            fields,
        ));
    }
    Err(ApiError::new(
        ErrorCode::FeatureDisabled,
        "Writes are disabled in this demo",
    ))
}

/// Reads a file that does not exist.
///
/// A real I/O error met with `?`: a 500 `internal_error` whose cause is
/// logged and never sent.
#[utoipa::path(
    get,
    path = "/io-failure",
    responses((status = 500, description = "The storage failed", body = ErrorEnvelope))
)]
async fn io_failure() -> Result<String, ApiError> {
    let secret = std::fs::read_to_string("/nonexistent/error-codes-example/secret.txt")?;
    Ok(secret)
}

/// A handler that panics: [`ErrorLayer`] answers 500 `internal_error`.
async fn panics() -> String {
    panic!("the example's /panic route panics on purpose")
}

/// Slower than [`SLOW_TIMEOUT`]: tower-http's timeout answers 408, made a
/// `request_timeout` envelope.
async fn slow() -> &'static str {
    tokio::time::sleep(SLOW_TIMEOUT * 10).await;
    "too late"
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

/// Any code of the registry by its wire name, with its meaning as message.
async fn any_error(Path(code): Path<String>) -> ApiError {
    match code.parse::<ErrorCode>() {
        Ok(code) => ApiError::from(code),
        Err(unknown) => ApiError::new(ErrorCode::InvalidPath, unknown.to_string()),
    }
}

/// This service's OpenAPI document, generated from the code above.
#[derive(Debug, OpenApi)]
#[openapi(
    info(title = "error-codes example server"),
    paths(create_secret, io_failure),
    components(schemas(ErrorEnvelope, ErrorCode))
)]
pub(crate) struct ApiDoc;

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .init();
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
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "listening on http://{}", listener.local_addr()?)?;
    stdout.flush()?;
    drop(stdout);
    axum::serve(listener, app()).await?;
    Ok(())
}
