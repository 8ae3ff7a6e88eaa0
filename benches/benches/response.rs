//! The response path through `ErrorLayer`: a handler's error made an
//! envelope, and a success passed through, with the `metrics` feature off
//! (`cargo bench --bench response`) or on, counting into a Prometheus
//! recorder (`--features metrics`): the group's name says which, so
//! `scripts/bench.sh` reports both side by side. The goal: the error path
//! costs at most 5% more with the feature, and the success path the same.
//! On a shared machine two runs differ by more than 5%, so the run with the
//! feature also times what the feature adds alone: the counter's lookup and
//! increment, per code, through `register_metrics` (which makes exactly
//! the error path's call once per code, with an increment of 0).
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use axum::Router;
use axum::body::Body;
use axum::http::Request;
use axum::routing::get;
use criterion::{Criterion, criterion_group, criterion_main};
use error_codes::ErrorCode;
use error_codes::axum::{ApiError, ErrorLayer};
use tower::ServiceExt as _;

const FEATURE: &str = if cfg!(feature = "metrics") {
    "metrics on"
} else {
    "metrics off"
};

fn response(c: &mut Criterion) {
    #[cfg(feature = "metrics")]
    let _handle = metrics_exporter_prometheus::PrometheusBuilder::new()
        .install_recorder()
        .expect("the bench's only recorder");
    // `internal_error` plays a role every registry with axum has.
    let app = Router::new()
        .route(
            "/error",
            get(|| async { Err::<(), _>(ApiError::from(ErrorCode::InternalError)) }),
        )
        .route("/ok", get(|| async { "ok" }));
    #[cfg(not(feature = "metrics"))]
    let app = app.layer(ErrorLayer::new());
    #[cfg(feature = "metrics")]
    let app = app.layer(ErrorLayer::new().with_metrics());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let mut group = c.benchmark_group(format!("response ({FEATURE})"));
    for (name, path, status) in [("error", "/error", 500), ("success", "/ok", 200)] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let request = Request::get(path).body(Body::empty()).unwrap();
                let response = runtime.block_on(app.clone().oneshot(request)).unwrap();
                assert_eq!(response.status(), status);
                black_box(response)
            });
        });
    }
    // What the feature adds to an error response: one counter lookup and
    // increment, the same calls `register_metrics` makes once per code.
    #[cfg(feature = "metrics")]
    {
        let codes = ErrorCode::ALL.len() as u64;
        group.throughput(criterion::Throughput::Elements(codes));
        group.bench_function("counter lookup, per code (register_metrics)", |b| {
            b.iter(error_codes::axum::ErrorLayer::register_metrics);
        });
    }
    group.finish();
}

criterion_group!(benches, response);
criterion_main!(benches);
