//! `ErrorLayer` and `?` in handlers, served in process on a loopback port:
//! what each kind of failure becomes (the logs: `server_logs.rs`).
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::extract::rejection::JsonRejection;
use axum::extract::{Form, Path, Query};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use error_codes::axum::{ApiError, ErrorEvent, ErrorLayer, ErrorObserver};
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
    routes().layer(ErrorLayer::new())
}

/// Every route of the app, without the layer.
fn routes() -> Router {
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
            "/limiter",
            get(|| async {
                (
                    StatusCode::TOO_MANY_REQUESTS,
                    [("retry-after", "7")],
                    "slow down",
                )
            }),
        )
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

    // A middleware's bare 429 keeps its own headers.
    let response = http().get(format!("{base}/limiter")).send().await.unwrap();
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "7");
    let limited = ErrorResponse::from_parts(
        response.status(),
        &response.headers().clone(),
        &response.bytes().await.unwrap(),
    )
    .unwrap();
    let Code::Known(code) = limited.code() else {
        panic!("unknown code {}", limited.code());
    };
    assert_eq!(code.http_status(), 429);
    assert_eq!(limited.message(), "slow down");

    let ok = call(http().get(format!("{base}/ok"))).await;
    assert_eq!(ok.status, 201);
    assert_eq!(ok.raw, "made");
}

#[test]
fn from_source_and_question_mark_keep_the_cause() {
    // `?`: the registry's internal role, with its status.
    let registry = error_codes_tests::registry();
    let internal = registry
        .roles
        .code(error_codes_codegen::Role::InternalError)
        .and_then(ErrorCode::lookup)
        .expect("this API assigns the internal role");
    let error = ApiError::from(std::io::Error::other("disk on fire"));
    assert_eq!(*error.code(), internal);
    assert_eq!(error.status().as_u16(), internal.http_status());
    assert_eq!(error.source().unwrap().to_string(), "disk on fire");
    assert!(!error.body().message.contains("fire"));

    // Any other code of the registry, chosen: its own status.
    for &code in ErrorCode::ALL.iter().filter(|&&c| c != internal) {
        let chosen = ApiError::from_source(code, std::io::Error::other("disk"));
        assert_eq!(*chosen.code(), code);
        assert_eq!(chosen.status().as_u16(), code.http_status());
        assert!(chosen.source().is_some());
    }
}

/// What an observer saw of one response: code, status, request-id header.
type Sighting = (Option<ErrorCode>, u16, Option<String>);

/// An observer that keeps what it sees.
#[derive(Clone, Default)]
struct Seen(std::sync::Arc<std::sync::Mutex<Vec<Sighting>>>);

impl ErrorObserver<ErrorCode> for Seen {
    fn error_response(&self, event: &ErrorEvent<'_>) {
        let id = event
            .headers
            .get("x-request-id")
            .map(|v| v.to_str().unwrap().to_owned());
        self.0
            .lock()
            .unwrap()
            .push((event.code, event.status.as_u16(), id));
    }
}

impl Seen {
    fn take(&self) -> Vec<Sighting> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}

#[tokio::test]
async fn observers_see_each_error_response_once_with_its_code_and_status_and_no_success() {
    let (first, second) = (Seen::default(), Seen::default());
    let app = routes()
        .route(
            "/panic",
            get(|| async {
                if true {
                    panic!("observed");
                }
                "unreachable"
            }),
        )
        .layer(
            ErrorLayer::new()
                .with_observer(first.clone())
                .with_observer(second.clone()),
        );
    let base = serve(app).await;
    let http = http();
    for (path, error) in [
        ("/ok", false),
        ("/bare", true),
        ("/upstream", true),
        ("/chosen", true),
        ("/io", true),
        ("/panic", true),
        ("/no/such/route", true),
        ("/ok", false),
    ] {
        let answer = call(
            http.get(format!("{base}{path}"))
                .header("x-request-id", "req_seen"),
        )
        .await;
        let seen = first.take();
        assert_eq!(second.take(), seen, "{path}: every observer sees the same");
        if !error {
            assert!(answer.status.is_success(), "{path}: {}", answer.raw);
            assert_eq!(seen, [], "{path}: a success is shown to no observer");
            continue;
        }
        let body = answer
            .error
            .unwrap_or_else(|| panic!("{path}: not an error body: {}", answer.raw));
        // What the client read: the code (a registry one, or `None` for a
        // code the registry lacks), the status and the request id.
        let code = match body.code() {
            Code::Known(code) => Some(*code),
            _ => None,
        };
        let id = body.request_id().map(str::to_owned);
        assert_eq!(
            seen,
            [(code, answer.status.as_u16(), id)],
            "{path}: {}",
            answer.raw
        );
    }
}
