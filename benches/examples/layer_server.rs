//! `layer_server <bare|layer> <port>`: the HTTP server that
//! `scripts/layer-throughput.sh` loads with wrk, to measure what
//! `ErrorLayer` costs a real server (hyper, a TCP connection per client,
//! one core), on a single-threaded runtime.
//!
//! Both modes answer the same two routes:
//!
//! - `GET /ok`: `ok`, a success. `layer` is the same router as `bare`
//!   with `ErrorLayer` around it: the success path's cost is the layer's.
//! - `GET /error`: the `internal_error` role's code as an error body with
//!   a fresh request id (body and header). `layer` returns an `ApiError`
//!   through `ErrorLayer`; `bare` builds the same response by hand (a
//!   `serde_json::Value` of the same members, the same id generator, the
//!   same headers), as a service without the crate would.
//!
//! Two more modes tell the layer's own cost from axum's: `noop` is `bare`
//! with a layer that does nothing (what `Router::layer` itself costs), and
//! `outer` is `layer` with `ErrorLayer` around the whole router as one
//! service instead of `Router::layer`.
//!
//! Built with the benches' `metrics` feature, mode `metrics` is `layer`
//! counting its error responses (`ErrorLayer::new().with_metrics()`) into a
//! Prometheus recorder.
#![forbid(unsafe_code)]
#![allow(
    clippy::expect_used,
    reason = "a benchmark server: a failure to bind or serve ends it"
)]

use std::process::ExitCode;

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderValue, Response, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use error_codes::ErrorCode;
use error_codes::axum::{ApiError, ErrorLayer, new_request_id};
use serde_json::Value;

/// The code the error route sends (as `benches/response.rs`): the role
/// `internal_error`, which every registry with axum has.
const CODE: ErrorCode = ErrorCode::InternalError;

fn api_error() -> ApiError {
    ApiError::from(CODE)
}

/// What the crate sends for [`CODE`]: its status, its content type and its
/// body's members, read once, so the hand-built response matches it.
struct Template {
    status: StatusCode,
    content_type: HeaderValue,
    body: Value,
}

async fn template() -> Template {
    let response = api_error().into_response();
    let status = response.status();
    let content_type = response.headers()[CONTENT_TYPE].clone();
    let bytes = to_bytes(response.into_body(), usize::MAX)
        .await
        .expect("an error body in memory");
    let body = serde_json::from_slice(&bytes).expect("a JSON body");
    Template {
        status,
        content_type,
        body,
    }
}

/// The response a service without the crate would build: the same
/// members, a fresh id in the body and the header.
fn by_hand(template: &Template) -> Response<Body> {
    let id = new_request_id();
    let mut body = template.body.clone();
    // The nested envelope's `error.request_id`, or a problem document's
    // `request_id`: wherever the crate's body has it.
    let slot = match body.get_mut("error") {
        Some(error) => error.get_mut("request_id"),
        None => body.get_mut("request_id"),
    };
    if let Some(slot) = slot {
        *slot = Value::String(id.clone());
    }
    let json = serde_json::to_vec(&body).expect("a JSON value serializes");
    let mut response = Response::new(Body::from(json));
    *response.status_mut() = template.status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, template.content_type.clone());
    headers.insert(
        error_codes::headers::X_REQUEST_ID,
        HeaderValue::from_str(&id).expect("a request id is a header value"),
    );
    response
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(mode), Some(Ok(port))) = (args.first(), args.get(1).map(|p| p.parse::<u16>())) else {
        eprintln!("usage: layer_server <bare|layer|noop|outer|metrics> <port>");
        return ExitCode::from(2);
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .expect("a current-thread runtime");
    runtime.block_on(async {
        let app = match mode.as_str() {
            "bare" => {
                let template = std::sync::Arc::new(template().await);
                Router::new()
                    .route("/ok", get(|| async { "ok" }))
                    .route("/error", get(move || async move { by_hand(&template) }))
            }
            "layer" => Router::new()
                .route("/ok", get(|| async { "ok" }))
                .route("/error", get(|| async { Err::<(), _>(api_error()) }))
                .layer(ErrorLayer::new()),
            // What any layer costs through `Router::layer` (axum boxes and
            // clones each route's layered service per request): the bare
            // routes with a layer that adds nothing.
            "noop" => {
                let template = std::sync::Arc::new(template().await);
                Router::new()
                    .route("/ok", get(|| async { "ok" }))
                    .route("/error", get(move || async move { by_hand(&template) }))
                    .layer(tower::layer::util::Identity::new())
            }
            // `ErrorLayer` around the whole router, as one service.
            "outer" => {
                let router = Router::new()
                    .route("/ok", get(|| async { "ok" }))
                    .route("/error", get(|| async { Err::<(), _>(api_error()) }));
                let service = tower::Layer::layer(&ErrorLayer::new(), router);
                let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
                    .await
                    .expect("the port is free");
                axum::serve(listener, tower::make::Shared::new(service))
                    .await
                    .expect("serves");
                return ExitCode::SUCCESS;
            }
            #[cfg(feature = "metrics")]
            "metrics" => {
                let recorder = metrics_exporter_prometheus::PrometheusBuilder::new()
                    .install_recorder()
                    .expect("the server's only recorder");
                // Rendered once so the recorder is not optimised away.
                let _ = recorder.render();
                Router::new()
                    .route("/ok", get(|| async { "ok" }))
                    .route("/error", get(|| async { Err::<(), _>(api_error()) }))
                    .layer(ErrorLayer::new().with_metrics())
            }
            other => {
                eprintln!("layer_server: unknown mode {other:?}");
                return ExitCode::from(2);
            }
        };
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .expect("the port is free");
        axum::serve(listener, app).await.expect("serves");
        ExitCode::SUCCESS
    })
}
