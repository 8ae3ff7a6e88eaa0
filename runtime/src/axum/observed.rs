//! The layer observed: what it counts (feature `metrics`, the observer
//! `with_metrics()` adds), what it logs
//! (feature `tracing`), and the request ids it keeps, on the example
//! vocabulary.
#![expect(clippy::expect_used, reason = "tests")]

use std::future::poll_fn;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::response::Response;
use axum::routing::get;
use http::Request;
use metrics_util::debugging::{DebugValue, DebuggingRecorder, Snapshotter};
use tower::Service;

use super::{ApiError, ErrorLayer, MAX_REQUEST_ID_LEN};
use crate::__example::ErrorCode;
use crate::{MetricNames, Metrics, Vocabulary};

fn app() -> Router {
    Router::new()
        .route("/ok", get(|| async { "ok" }))
        .route(
            "/gone",
            get(|| async { Err::<(), _>(ApiError::new(ErrorCode::Gone, "moved away")) }),
        )
        .route(
            "/limited",
            get(|| async { Err::<(), _>(ApiError::new(ErrorCode::RateLimited, "slow down")) }),
        )
        .layer(ErrorLayer::<ErrorCode>::new().with_metrics())
}

async fn send(app: &mut Router, path: &str, request_id: Option<&str>) -> Response {
    let mut request = Request::get(path);
    if let Some(id) = request_id {
        request = request.header(ErrorCode::HEADERS.request_id, id);
    }
    let request = request.body(Body::empty()).expect("a valid request");
    poll_fn(|cx| <Router as Service<Request<Body>>>::poll_ready(app, cx))
        .await
        .expect("the router is always ready");
    app.call(request).await.expect("the router never fails")
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime")
}

/// Each series: (error type, status, category) → count.
fn counts(snapshotter: &Snapshotter) -> Vec<((String, String, String), u64)> {
    let names = ErrorCode::METRICS;
    let mut counts: Vec<_> = snapshotter
        .snapshot()
        .into_vec()
        .into_iter()
        .map(|(key, _, _, value)| {
            assert_eq!(key.key().name(), names.counter);
            let label = |name: &str| {
                key.key()
                    .labels()
                    .find(|l| l.key() == name)
                    .map(|l| l.value().to_owned())
                    .expect("every series has every label")
            };
            let DebugValue::Counter(count) = value else {
                panic!("a counter");
            };
            (
                (
                    label(names.error_type),
                    label(names.status),
                    label(names.category),
                ),
                count,
            )
        })
        .collect();
    counts.sort();
    counts
}

/// Held by each test that sends the deprecated `gone`: its warning is due
/// once a minute per process, and a test thread without a subscriber may
/// still use up the minute (tracing caches a callsite's interest across
/// every thread's subscriber), so these tests take turns, and the one that
/// counts warnings starts from none logged.
static SENDS_GONE: Mutex<()> = Mutex::new(());

fn series(code: ErrorCode, status: u16) -> (String, String, String) {
    (
        code.as_str().to_owned(),
        status.to_string(),
        code.category().name().to_owned(),
    )
}

#[test]
fn every_error_response_is_counted_by_code_status_and_category_and_no_success_is() {
    let _turn = SENDS_GONE.lock().unwrap_or_else(|e| e.into_inner());
    let recorder = DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    let _local = metrics::set_default_local_recorder(&recorder);
    runtime().block_on(async {
        let mut app = app();
        let at_start = counts(&snapshotter);
        let zeros: Vec<_> = ErrorCode::ALL
            .iter()
            .map(|&code| (series(code, code.http_status()), 0))
            .collect::<std::collections::BTreeMap<_, _>>()
            .into_iter()
            .collect();
        assert_eq!(at_start, zeros, "every code's series at 0 from `new()`");

        for _ in 0..3 {
            assert_eq!(send(&mut app, "/ok", None).await.status(), 200);
        }
        assert_eq!(counts(&snapshotter), zeros, "a success touches no metric");

        let mut sent = std::collections::BTreeMap::new();
        for path in ["/gone", "/gone", "/limited", "/nowhere"] {
            let response = send(&mut app, path, None).await;
            let status = response.status().as_u16();
            let body = to_bytes(response.into_body(), usize::MAX)
                .await
                .expect("a body");
            let body: serde_json::Value = serde_json::from_slice(&body).expect("an envelope");
            let code = body["error"]["code"].as_str().expect("a code").to_owned();
            let code = ErrorCode::lookup(&code).expect("a registry code");
            *sent.entry(series(code, status)).or_insert(0) += 1;
        }
        let expected: Vec<_> = zeros
            .iter()
            .map(|(key, zero)| (key.clone(), zero + sent.get(key).copied().unwrap_or(0)))
            .collect();
        assert_eq!(counts(&snapshotter), expected);
        assert!(
            counts(&snapshotter)
                .iter()
                .all(|((code, _, category), _)| code != MetricNames::OTHER
                    && category != MetricNames::OTHER)
        );
    });
}

#[test]
fn register_metrics_creates_the_series_in_a_recorder_installed_after_the_layer() {
    let layer = ErrorLayer::<ErrorCode>::new();
    let recorder = DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    let _local = metrics::set_default_local_recorder(&recorder);
    assert!(counts(&snapshotter).is_empty());
    ErrorLayer::<ErrorCode>::register_metrics();
    assert_eq!(counts(&snapshotter).len(), ErrorCode::ALL.len());
    let _ = layer;
}

/// Log lines written to a buffer.
#[derive(Clone, Default)]
struct Lines(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Lines {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .expect("no test panics holding it")
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Lines {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().expect("no test panics holding it")).into_owned()
    }
}

fn logged(f: impl AsyncFnOnce(&mut Router)) -> String {
    let lines = Lines::default();
    let writer = lines.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    tracing::subscriber::with_default(subscriber, || {
        runtime().block_on(async {
            let mut app = app();
            f(&mut app).await;
        });
    });
    lines.text()
}

#[test]
fn each_error_is_logged_with_its_type_and_status_and_a_deprecated_code_warns_once_a_minute() {
    let _turn = SENDS_GONE.lock().unwrap_or_else(|e| e.into_inner());
    super::log::forget_deprecation_warnings();
    let deprecation = ErrorCode::Gone.deprecation().expect("`gone` is deprecated");
    let log = logged(async |app| {
        for _ in 0..3 {
            send(app, "/gone", None).await;
        }
        send(app, "/limited", None).await;
    });
    let lines: Vec<&str> = log.lines().collect();
    for (code, times) in [(ErrorCode::Gone, 3), (ErrorCode::RateLimited, 1)] {
        let events = lines
            .iter()
            .filter(|line| {
                line.contains(&format!("error.type=\"{code}\""))
                    && line.contains(&format!("http.response.status_code={}", code.http_status()))
                    && line.contains(&format!("status={}", code.http_status()))
                    && !line.contains(" WARN ")
            })
            .count();
        assert_eq!(events, times, "{code}:\n{log}");
    }
    let warnings: Vec<&&str> = lines.iter().filter(|l| l.contains(" WARN ")).collect();
    assert_eq!(warnings.len(), 1, "{log}");
    let sunset = deprecation.sunset.expect("`gone` has a sunset");
    let use_instead = deprecation.use_instead.expect("`gone` has a replacement");
    assert!(warnings[0].contains(&format!("error.type=\"{}\"", ErrorCode::Gone)));
    assert!(warnings[0].contains(&format!("error.deprecated.sunset=\"{sunset}\"")));
    assert!(warnings[0].contains(&format!("error.deprecated.use_instead=\"{use_instead}\"")));
}

#[test]
fn an_unsafe_request_id_is_replaced_in_body_header_and_logs() {
    let oversized = "a".repeat(6_000);
    let quoted = "abc\" def";
    let cases: [(&str, bool); 4] = [
        ("req_kept-1:2.3", true),
        (&oversized, false),
        (quoted, false),
        (&"b".repeat(MAX_REQUEST_ID_LEN), true),
    ];
    for (sent, kept) in cases {
        let mut echoed = (String::new(), String::new());
        let log = logged(async |app| {
            let response = send(app, "/limited", Some(sent)).await;
            let header = response
                .headers()
                .get(ErrorCode::HEADERS.request_id)
                .and_then(|v| v.to_str().ok())
                .expect("a request-id header")
                .to_owned();
            let body = to_bytes(response.into_body(), usize::MAX)
                .await
                .expect("a body");
            let body: serde_json::Value = serde_json::from_slice(&body).expect("an envelope");
            let id = body["error"]["request_id"]
                .as_str()
                .expect("an id")
                .to_owned();
            echoed = (header, id);
        });
        assert_eq!(echoed.0, echoed.1, "one id in header and body");
        if kept {
            assert_eq!(echoed.0, sent);
        } else {
            assert_ne!(echoed.0, sent);
            assert!(super::request_id::is_safe(&echoed.0), "{}", echoed.0);
            assert!(!log.contains(sent), "the rejected id is never logged");
            assert!(
                log.contains(&format!("request_id.rejected_len={}", sent.len())),
                "{log}"
            );
            assert!(
                log.contains(&format!("request_id=\"{}\"", echoed.0)),
                "{log}"
            );
        }
    }
}
