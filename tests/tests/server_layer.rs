//! `ErrorLayer` and `?` in handlers, served in process on a loopback port:
//! what each kind of failure becomes, and what is logged (feature `tracing`).
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::sync::{Arc, Mutex};

use axum::extract::rejection::JsonRejection;
use axum::extract::{Form, Path, Query};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use error_codes::axum::{ApiError, ErrorLayer};
use error_codes::client::ErrorResponse;
use error_codes::{Code, ErrorBody, ErrorCode, ErrorEnvelope};
use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Body {
    ttl: u64,
}

async fn io() -> Result<String, ApiError> {
    Ok(std::fs::read_to_string(
        "/nonexistent/error-codes-tests/file",
    )?)
}

/// `?` on a rejection the handler took as a value.
async fn json_by_hand(body: Result<Json<Body>, JsonRejection>) -> Result<String, ApiError> {
    let Json(body) = body?;
    Ok(body.ttl.to_string())
}

fn app() -> Router {
    Router::new()
        .route("/io", get(io))
        .route("/json", post(json_by_hand))
        .route(
            "/typed/{id}",
            get(|Path(id): Path<u32>| async move { id.to_string() }),
        )
        .route(
            "/query",
            get(|Query(body): Query<Body>| async move { body.ttl.to_string() }),
        )
        .route(
            "/form",
            post(|Form(body): Form<Body>| async move { body.ttl.to_string() }),
        )
        .route("/bare", get(|| async { StatusCode::UNAUTHORIZED }))
        .route(
            "/upstream",
            get(|| async {
                let body = ErrorBody::new(Code::from("code-added-later"), "from upstream");
                (StatusCode::BAD_GATEWAY, Json(ErrorEnvelope::new(body))).into_response()
            }),
        )
        .route(
            "/chosen",
            get(|| async {
                ApiError::new(ErrorCode::InternalError, "chosen").with_request_id("req_chosen")
            }),
        )
        .route("/ok", get(|| async { (StatusCode::CREATED, "made") }))
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

struct Answer {
    status: StatusCode,
    raw: String,
    error: Option<ErrorResponse>,
}

async fn call(request: reqwest::RequestBuilder) -> Answer {
    let response = request.send().await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.bytes().await.unwrap();
    let error = ErrorResponse::from_parts(status, &headers, &bytes).ok();
    if let Some(error) = &error {
        // Header and body carry one id.
        let header = headers.get("x-request-id").map(|v| v.to_str().unwrap());
        assert_eq!(error.body().request_id.as_deref(), header);
    }
    Answer {
        status,
        raw: String::from_utf8(bytes.to_vec()).unwrap(),
        error,
    }
}

fn http() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().build().unwrap()
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

// A current-thread runtime: the server's tasks run on this thread and see
// its default subscriber.
#[tokio::test]
async fn question_mark_keeps_the_source_for_the_logs_only() {
    let logs = Logs::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let base = serve(app()).await;

    let answer = call(
        http()
            .get(format!("{base}/io"))
            .header("x-request-id", "req_io"),
    )
    .await;
    assert_eq!(answer.status, 500);
    let error = answer.error.unwrap();
    assert_eq!(*error.code(), ErrorCode::InternalError);
    let cause = std::io::Error::from_raw_os_error(2).to_string();
    assert!(!answer.raw.contains(&cause), "{}", answer.raw);

    let text = logs.text();
    let line = text
        .lines()
        .find(|line| line.contains(" ERROR ") && line.contains(&cause))
        .unwrap_or_else(|| panic!("no error line with the cause:\n{text}"));
    assert!(line.contains("req_io"), "{line}");
    // The code is on the request's span too.
    assert!(
        line.contains(r#"request{error.type="internal_error"}"#),
        "{line}"
    );

    // A 4xx is logged at debug.
    let answer = call(
        http()
            .get(format!("{base}/typed/abc"))
            .header("x-request-id", "req_4xx"),
    )
    .await;
    assert_eq!(answer.status, 400);
    let text = logs.text();
    let line = text
        .lines()
        .find(|line| line.contains("req_4xx"))
        .unwrap_or_else(|| panic!("the 4xx was not logged:\n{text}"));
    assert!(line.contains(" DEBUG "), "{line}");
}

#[tokio::test]
async fn rejections_keep_their_status_and_get_the_registry_code() {
    let base = serve(app()).await;
    let http = http();
    let json = |body: &'static str| {
        http.post(format!("{base}/json"))
            .header("content-type", "application/json")
            .body(body)
    };
    let cases = [
        (call(json(r#"{"ttl": "soon"}"#)).await, 422, Some("ttl")),
        (call(json("{")).await, 400, None),
        (
            call(http.post(format!("{base}/json")).body("{}")).await,
            415,
            None,
        ),
        (call(http.get(format!("{base}/typed/abc"))).await, 400, None),
        (
            call(http.get(format!("{base}/query?ttl=soon"))).await,
            400,
            None,
        ),
        (
            call(http.post(format!("{base}/form")).body("ttl=1")).await,
            415,
            None,
        ),
        (
            call(
                http.post(format!("{base}/form"))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body("ttl=soon"),
            )
            .await,
            422,
            None,
        ),
        (call(http.get(format!("{base}/bare"))).await, 401, None),
    ];
    for (answer, status, field) in cases {
        assert_eq!(answer.status, status, "{}", answer.raw);
        let error = answer
            .error
            .unwrap_or_else(|| panic!("{status}: not an envelope: {}", answer.raw));
        let Code::Known(code) = error.code() else {
            panic!("{status}: unknown code {}", error.code());
        };
        assert_eq!(code.http_status(), status, "{}", answer.raw);
        if let Some(field) = field {
            let fields = error.field_errors().expect("details.fields");
            assert!(fields.fields.contains_key(field), "{}", answer.raw);
        }
    }
}

#[tokio::test]
async fn envelopes_and_successes_pass_through() {
    let base = serve(app()).await;

    let upstream = call(http().get(format!("{base}/upstream"))).await;
    assert_eq!(upstream.status, 502);
    let body: Value = serde_json::from_str(&upstream.raw).unwrap();
    assert_eq!(body["error"]["code"], "code-added-later");
    assert_eq!(body["error"]["message"], "from upstream");

    // A handler's explicit id wins over the caller's.
    let chosen = call(
        http()
            .get(format!("{base}/chosen"))
            .header("x-request-id", "req_caller"),
    )
    .await;
    assert_eq!(chosen.error.unwrap().request_id(), Some("req_chosen"));

    let ok = call(http().get(format!("{base}/ok"))).await;
    assert_eq!(ok.status, 201);
    assert_eq!(ok.raw, "made");
}

#[test]
fn from_source_and_question_mark_keep_the_cause() {
    let error = ApiError::from(std::io::Error::other("disk on fire"));
    assert_eq!(*error.code(), ErrorCode::InternalError);
    assert_eq!(error.status(), 500);
    assert_eq!(error.source().unwrap().to_string(), "disk on fire");
    assert!(!error.body().message.contains("fire"));

    let chosen = ApiError::from_source(ErrorCode::StorageError, std::io::Error::other("disk"));
    assert_eq!(*chosen.code(), ErrorCode::StorageError);
    assert_eq!(
        chosen.status().as_u16(),
        ErrorCode::StorageError.http_status()
    );
    assert!(chosen.source().is_some());
}
