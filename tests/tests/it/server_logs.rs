//! What `ErrorLayer` and `ApiError` log (feature `tracing`): a 5xx at error
//! level with its code, request id and cause, a 4xx at debug, and the code
//! on the request's span. Tracing caches which callsites are enabled
//! process-wide, and the other tests of this binary run in parallel without
//! a subscriber: see `logs_on_this_thread` for how they cannot hide its
//! events and spans.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::Path;
use axum::routing::get;
use error_codes::ErrorCode;
use error_codes::axum::{ApiError, ErrorLayer};

async fn io() -> Result<String, ApiError> {
    Ok(std::fs::read_to_string(
        "/nonexistent/error-codes-tests/file",
    )?)
}

fn app() -> Router {
    Router::new()
        .route("/io", get(io))
        .route(
            "/typed/{id}",
            get(|Path(id): Path<u32>| async move { id.to_string() }),
        )
        .layer(ErrorLayer::new())
        .layer(
            tower_http::trace::TraceLayer::new_for_http().make_span_with(
                |_: &axum::http::Request<_>| {
                    tracing::info_span!("request", "error.type" = tracing::field::Empty)
                },
            ),
        )
}

async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

/// The status and body of a GET sent with `X-Request-ID: id`.
async fn get_with_id(url: String, id: &str) -> (u16, String) {
    let response = reqwest::Client::builder()
        .no_proxy()
        .build()
        .unwrap()
        .get(url)
        .header("x-request-id", id)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// Everything logged while the test runs on this thread.
#[derive(Clone, Default)]
struct Logs(Arc<Mutex<Vec<u8>>>);

impl Write for Logs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Logs {
    fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }
}

/// Makes `subscriber` this thread's default until the guard drops, in a
/// process where other threads have none. With a single dispatcher, tracing
/// asks the *registering thread's* default whether a callsite is enabled: a
/// callsite that another test reaches first would be cached as disabled for
/// every thread. A second, silent dispatcher makes tracing ask every
/// dispatcher instead (so this subscriber too, for as long as it lives), and
/// registering them recomputes what earlier registrations cached.
fn logs_on_this_thread(subscriber: impl tracing::Subscriber + Send + Sync) -> Dispatchers {
    let silent = tracing::Dispatch::new(tracing::subscriber::NoSubscriber::default());
    let guard = tracing::subscriber::set_default(subscriber);
    tracing::callsite::rebuild_interest_cache();
    Dispatchers {
        _guard: guard,
        _silent: silent,
    }
}

/// Keeps the dispatchers of `logs_on_this_thread` alive.
struct Dispatchers {
    _guard: tracing::subscriber::DefaultGuard,
    _silent: tracing::Dispatch,
}

// A current-thread runtime: the server's tasks run on this thread and see
// its default subscriber.
#[tokio::test]
async fn a_500_is_logged_with_its_cause_and_a_4xx_at_debug() {
    let logs = Logs::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = logs_on_this_thread(subscriber);
    let base = serve(app()).await;

    let (status, raw) = get_with_id(format!("{base}/io"), "req_io").await;
    assert_eq!(status, 500);
    let cause = std::io::Error::from_raw_os_error(2).to_string();
    assert!(!raw.contains(&cause), "{raw}");

    let text = logs.text();
    let line = text
        .lines()
        .find(|line| line.contains(" ERROR ") && line.contains(&cause))
        .unwrap_or_else(|| panic!("no error line with the cause:\n{text}"));
    assert!(line.contains("req_io"), "{line}");
    let code = ErrorCode::InternalError.as_str();
    // On the event, and recorded on the request's span.
    assert!(line.contains(&format!(r#"error.type="{code}""#)), "{line}");
    assert!(
        line.contains(&format!(r#"request{{error.type="{code}"}}"#)),
        "{line}"
    );

    let (status, _) = get_with_id(format!("{base}/typed/abc"), "req_4xx").await;
    assert_eq!(status, 400);
    let text = logs.text();
    let line = text
        .lines()
        .find(|line| line.contains("req_4xx"))
        .unwrap_or_else(|| panic!("the 4xx was not logged:\n{text}"));
    assert!(line.contains(" DEBUG "), "{line}");
}
