//! Errors answered with a 2xx status, in a layout with an error marker
//! (Slack's `200 {"ok": false, "error": "channel_not_found"}`): the
//! layer's observers and metrics count them as errors, a success is not
//! counted, and the Rust client reads the body as an error. On a
//! vocabulary of two codes in Slack's layout, made here as a generator
//! makes its `Vocabulary` impl.
#![expect(clippy::expect_used, reason = "tests")]

use std::fmt;
use std::future::poll_fn;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::response::Response;
use axum::routing::get;
use http::Request;
use metrics_util::debugging::{DebugValue, DebuggingRecorder};
use tower::Service;

use super::{ApiError, ErrorEvent, ErrorLayer, ErrorObserver};
use crate::client::ErrorResponse;
use crate::{
    BodyLayout, CategoryEntry, Code, Entry, Envelope, Has, Headers, MetricNames, Metrics, Roles,
    Vocabulary, role,
};

/// Slack's codes, all answered with a 200.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
enum Slack {
    ChannelNotFound,
    InternalError,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
enum Category {
    All,
}

const SLACK: BodyLayout = BodyLayout::new("error")
    .constants(&[("ok", "false")])
    .error_marker("ok");

const ENTRIES: [Entry<Slack>; 2] = [
    Entry::new("channel_not_found", 200, Category::All),
    Entry::new("internal_error", 200, Category::All),
];

const CATEGORIES: [CategoryEntry; 1] = [CategoryEntry::new("all", "All", 0, 2)];

impl fmt::Display for Slack {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.entry().code)
    }
}

impl Vocabulary for Slack {
    type Category = Category;
    const NAME: &'static str = "Slack";
    const ALL: &'static [Self] = &[Slack::ChannelNotFound, Slack::InternalError];
    const ENTRIES: &'static [Entry<Self>] = &ENTRIES;
    const CATEGORIES: &'static [CategoryEntry] = &CATEGORIES;
    const ROLES: Roles<Self> = Roles::new().internal_error(Slack::InternalError);
    const HEADERS: Headers = Headers::new("x-slack-req-id");
    const ENVELOPE: Envelope = Envelope::Layout(&SLACK);
    const DOCS_URL: Option<&'static str> = None;
    const DOCS_ANCHORS: bool = false;

    fn index(self) -> usize {
        self as usize
    }

    fn category_index(category: Category) -> usize {
        category as usize
    }

    fn lookup(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.entry().code == code)
    }
}

impl Has<role::InternalError> for Slack {
    const CODE: Self = Slack::InternalError;
}

impl Metrics for Slack {
    const METRICS: MetricNames = MetricNames::DEFAULT;
}

/// Counts the error responses it is shown.
#[derive(Clone, Default)]
struct Seen(Arc<AtomicUsize>);

impl ErrorObserver<Slack> for Seen {
    fn error_response(&self, event: &ErrorEvent<'_, Slack>) {
        assert_eq!(event.code, Some(Slack::ChannelNotFound));
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

async fn send(app: &mut Router, path: &str) -> Response {
    let request = Request::get(path)
        .body(Body::empty())
        .expect("a valid request");
    poll_fn(|cx| <Router as Service<Request<Body>>>::poll_ready(app, cx))
        .await
        .expect("the router is always ready");
    app.call(request).await.expect("the router never fails")
}

#[test]
fn a_2xx_error_is_counted_and_read_as_an_error_and_a_success_is_not() {
    let seen = Seen::default();
    let recorder = DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    let _local = metrics::set_default_local_recorder(&recorder);
    let counted = || -> u64 {
        snapshotter
            .snapshot()
            .into_vec()
            .into_iter()
            .filter(|(key, _, _, _)| {
                key.key()
                    .labels()
                    .any(|l| l.value() == Slack::ChannelNotFound.entry().code)
            })
            .map(|(_, _, _, value)| match value {
                DebugValue::Counter(n) => n,
                _ => 0,
            })
            .sum()
    };
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime")
        .block_on(async {
            let mut app = Router::new()
                .route("/ok", get(|| async { r#"{"ok": true}"# }))
                .route(
                    "/missing",
                    get(|| async {
                        Err::<(), _>(ApiError::new(Slack::ChannelNotFound, "channel_not_found"))
                    }),
                )
                .layer(
                    ErrorLayer::<Slack>::new()
                        .with_metrics()
                        .with_observer(seen.clone()),
                );
            let ok = send(&mut app, "/ok").await;
            assert_eq!(ok.status(), 200);
            assert_eq!((seen.0.load(Ordering::Relaxed), counted()), (0, 0));

            let response = send(&mut app, "/missing").await;
            let status = response.status();
            assert_eq!(status.as_u16(), Slack::ChannelNotFound.entry().status);
            assert!(status.is_success());
            let headers = response.headers().clone();
            let body = to_bytes(response.into_body(), usize::MAX)
                .await
                .expect("a body");
            assert_eq!((seen.0.load(Ordering::Relaxed), counted()), (1, 1));

            // The Rust client reads it as an error; a success body is not one.
            let read = ErrorResponse::<Slack>::from_success_parts(status, &headers, &body)
                .expect("a body marked as an error");
            assert_eq!(*read.code(), Code::Known(Slack::ChannelNotFound));
            assert!(
                ErrorResponse::<Slack>::from_success_parts(status, &headers, br#"{"ok": true}"#)
                    .is_none()
            );
        });
}

/// Over real HTTP (a loopback port): the Rust client's `check` turns the
/// marked 200 into `ClientError::Api` with the code, and passes a success
/// through with its status and body.
#[cfg(feature = "reqwest")]
#[tokio::test]
async fn the_rust_client_s_check_reads_a_marked_2xx_as_an_error_over_http() {
    use crate::client::{ClientError, ErrorReader};

    let app = Router::new()
        .route("/ok", get(|| async { r#"{"ok": true}"# }))
        .route(
            "/missing",
            get(|| async {
                Err::<(), _>(ApiError::new(Slack::ChannelNotFound, "channel_not_found"))
            }),
        )
        .layer(ErrorLayer::<Slack>::new());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let address = listener.local_addr().expect("a bound address");
    tokio::spawn(async move { axum::serve(listener, app).await });
    let reader = ErrorReader::<Slack>::new();

    let missing = reqwest::get(format!("http://{address}/missing"))
        .await
        .expect("the service answers");
    assert!(missing.status().is_success());
    match reader.check(missing).await {
        Err(ClientError::Api(error)) => {
            assert_eq!(*error.code(), Code::Known(Slack::ChannelNotFound));
        }
        other => panic!("a marked 2xx read as {other:?}"),
    }

    let ok = reqwest::get(format!("http://{address}/ok"))
        .await
        .expect("the service answers");
    let ok = reader.check(ok).await.expect("a success passes through");
    assert_eq!(ok.status(), 200);
    assert_eq!(ok.text().await.expect("a body"), r#"{"ok": true}"#);
}
