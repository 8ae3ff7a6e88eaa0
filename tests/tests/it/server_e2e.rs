//! The reference service, the example `cargo run -p error-codes
//! --all-features --example server -- 0` runs, on a loopback port it picks, read
//! with the `client` feature. Every error response must be an
//! `application/json` envelope whose code is a registry code with the
//! response's status and whose `request_id` is the `X-Request-ID` header;
//! a 500 must be logged on standard error with its code, request id and
//! cause, and the cause must never reach the body. Tier 2: it runs the
//! example as tier 1 built it (with every feature, which the tests crate
//! turns on); tier 1 serves the same example's router in-process
//! (`wire_e2e.rs`).
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use error_codes::client::{ClientError, ErrorResponse, read_error};
use error_codes::{Code, ErrorCode};
use error_codes_tests::workspace_root;
use serde_json::Value;

/// The example server, killed when dropped.
struct Server {
    child: Child,
    base: String,
    stderr: Arc<Mutex<String>>,
}

impl Server {
    /// Starts the example, as `cargo test --workspace` built it (with every
    /// feature: the tests crate turns them all on), as `cargo run -p
    /// error-codes --all-features --example server -- 0` would run it; its
    /// first line of standard output names the address.
    fn start() -> Server {
        let mut child = Command::new(crate::built("example", "server"))
            .arg("0")
            .current_dir(workspace_root())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("cargo runs");
        let stderr = Arc::new(Mutex::new(String::new()));
        let sink = Arc::clone(&stderr);
        let err = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines() {
                let Ok(line) = line else { break };
                let mut sink = sink.lock().unwrap();
                sink.push_str(&line);
                sink.push('\n');
            }
        });
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        let base = first
            .trim_end()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| {
                panic!(
                    "first line {first:?}, not `listening on http://ADDR`; stderr:\n{}",
                    stderr.lock().unwrap()
                )
            })
            .to_owned();
        assert!(base.starts_with("http://127.0.0.1:"), "{base}");
        Server {
            child,
            base,
            stderr,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Standard error so far, waiting up to a few seconds for `needle`.
    fn stderr_with(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let text = self.stderr.lock().unwrap().clone();
            if text.contains(needle) || Instant::now() > deadline {
                return text;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn http() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().build().unwrap()
}

/// An error response, checked against the contract every one must meet,
/// and its raw body.
async fn error(request: reqwest::RequestBuilder) -> (ErrorResponse, String) {
    let response = request.send().await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let context = format!("{} {}", status, response.url());
    assert!(
        status.is_client_error() || status.is_server_error(),
        "{context}"
    );
    assert_eq!(
        headers.get("content-type").map(|v| v.to_str().unwrap()),
        Some("application/json"),
        "{context}"
    );
    let bytes = response.bytes().await.unwrap();
    let raw = String::from_utf8(bytes.to_vec()).unwrap();
    let error = ErrorResponse::from_parts(status, &headers, &bytes)
        .unwrap_or_else(|e| panic!("{context}: not an envelope: {e}"));
    let Code::Known(code) = error.code() else {
        panic!("{context}: {} is not a registry code", error.code());
    };
    assert_eq!(code.http_status(), status.as_u16(), "{context}: {code}");
    let header_id = headers
        .get("x-request-id")
        .map(|v| v.to_str().unwrap().to_owned());
    assert!(header_id.is_some(), "{context}: no X-Request-ID");
    assert_eq!(error.body().request_id, header_id, "{context}");
    (error, raw)
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "tier 2: runs the example with every feature as a process"]
async fn the_reference_service_answers_every_failure_with_an_envelope() {
    let _clock = crate::Clock::start();
    let server = tokio::task::spawn_blocking(Server::start).await.unwrap();
    let http = http();

    // Today's routes still answer.
    let ok = http.get(server.url("/health")).send().await.unwrap();
    assert_eq!(ok.status(), 200);

    let (unknown, _) = error(http.get(server.url("/no/such/route"))).await;
    assert_eq!(*unknown.code(), ErrorCode::RouteNotFound);

    let response = http.delete(server.url("/health")).send().await.unwrap();
    let allow = response.headers().get("allow").cloned();
    let ClientError::Api(wrong_method) = read_error(response).await else {
        panic!("405 is not an envelope");
    };
    assert_eq!(*wrong_method.code(), ErrorCode::MethodNotAllowed);
    assert_eq!(
        allow.map(|v| v.to_str().unwrap().to_owned()).as_deref(),
        Some("GET,HEAD")
    );
    let (wrong_method, _) = error(http.delete(server.url("/health"))).await;
    assert_eq!(wrong_method.status(), 405);

    // axum's own `Json` extractor: each of its rejections.
    let json = |body: &str| {
        http.post(server.url("/secrets"))
            .header("content-type", "application/json")
            .body(body.to_owned())
    };
    let (bad_json, _) = error(json("{not json")).await;
    assert_eq!(*bad_json.code(), ErrorCode::InvalidRequest);
    assert_eq!(bad_json.field_errors(), None);

    let (ill_typed, _) = error(json(r#"{"path": "db", "ttl": "soon"}"#)).await;
    assert_eq!(*ill_typed.code(), ErrorCode::ValidationError);
    let fields = ill_typed.field_errors().expect("details.fields");
    assert_eq!(fields.fields.keys().collect::<Vec<_>>(), ["ttl"]);

    let (missing, _) = error(json(r#"{"ttl": 60}"#)).await;
    assert_eq!(
        missing
            .field_errors()
            .map(|f| f.fields.into_keys().collect::<Vec<_>>()),
        Some(vec!["path".to_owned()])
    );

    let (handler_check, _) = error(json(r#"{"path": ""}"#)).await;
    assert_eq!(*handler_check.code(), ErrorCode::ValidationError);

    let (not_json, _) = error(http.post(server.url("/secrets")).body("{}")).await;
    assert_eq!(*not_json.code(), ErrorCode::UnsupportedMediaType);

    // Over axum's default limit of 2 MB. The server answers before reading
    // it all and closes the connection: a client of its own.
    let huge = " ".repeat(3 * 1024 * 1024);
    let (too_large, _) = error(
        self::http()
            .post(server.url("/secrets"))
            .header("content-type", "application/json")
            .body(huge),
    )
    .await;
    assert_eq!(*too_large.code(), ErrorCode::PayloadTooLarge);

    // A real I/O error met with `?`, with the caller's request id.
    let (io, raw) = error(
        http.get(server.url("/io-failure"))
            .header("X-Request-ID", "req_from_e2e"),
    )
    .await;
    assert_eq!(*io.code(), ErrorCode::InternalError);
    assert_eq!(io.request_id(), Some("req_from_e2e"));
    // The handler reads a file that does not exist.
    let cause = std::io::Error::from_raw_os_error(2).to_string();
    assert!(!raw.contains(&cause), "the cause leaked: {raw}");
    assert!(!raw.contains("os error"), "the cause leaked: {raw}");
    assert!(!raw.contains("nonexistent"), "the path leaked: {raw}");
    let logs = server.stderr_with("req_from_e2e");
    let line = logs
        .lines()
        .find(|line| line.contains("ERROR") && line.contains(&cause))
        .unwrap_or_else(|| panic!("the 500 was not logged with its cause:\n{logs}"));
    assert!(line.contains("req_from_e2e"), "{line}");
    assert!(line.contains(ErrorCode::InternalError.as_str()), "{line}");

    // No id from the caller: the one the request-id layer made, in both places.
    let (fresh, _) = error(http.get(server.url("/io-failure"))).await;
    let id = fresh.request_id().unwrap().to_owned();
    assert_ne!(id, "req_from_e2e");
    assert!(server.stderr_with(&id).contains(&id));

    // The caller's id on a handler's own error and on a framework one.
    for path in ["/secrets/db/password", "/no/such/route"] {
        let (echoed, _) = error(
            http.get(server.url(path))
                .header("X-Request-ID", "req_caller_1"),
        )
        .await;
        assert_eq!(echoed.request_id(), Some("req_caller_1"), "{path}");
    }

    let (panicked, raw) = error(http.get(server.url("/panic"))).await;
    assert_eq!(*panicked.code(), ErrorCode::InternalError);
    assert!(!raw.contains("on purpose"), "the panic leaked: {raw}");

    let (timed_out, _) = error(http.get(server.url("/slow"))).await;
    assert_eq!(*timed_out.code(), ErrorCode::RequestTimeout);

    openapi_names_the_registry(&http, &server).await;
}

/// `/openapi.json` is utoipa's document: every error response's schema leads
/// to `ErrorCode`, whose enum is every code of the registry.
async fn openapi_names_the_registry(http: &reqwest::Client, server: &Server) {
    let response = http.get(server.url("/openapi.json")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let document: Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
    let schemas = &document["components"]["schemas"];
    let listed: Vec<&str> = schemas["ErrorCode"]["enum"]
        .as_array()
        .expect("ErrorCode's enum")
        .iter()
        .map(|code| code.as_str().unwrap())
        .collect();
    let registry: Vec<&str> = ErrorCode::ALL.iter().map(|code| code.as_str()).collect();
    assert_eq!(listed, registry);

    let mut error_responses = 0;
    for (path, operations) in document["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            for (status, response) in operation["responses"].as_object().unwrap() {
                if !(status.starts_with('4') || status.starts_with('5')) {
                    continue;
                }
                error_responses += 1;
                let schema = &response["content"]["application/json"]["schema"];
                assert!(
                    reaches(schemas, schema, "#/components/schemas/ErrorCode", 0),
                    "{method} {path} {status}: {schema}"
                );
            }
        }
    }
    assert!(error_responses > 0, "no error response documented");
}

/// Whether `schema` refers to `target`, directly or through other schemas.
fn reaches(schemas: &Value, schema: &Value, target: &str, depth: usize) -> bool {
    if depth > 16 {
        return false;
    }
    match schema {
        Value::Object(map) => map.iter().any(|(key, value)| match (key.as_str(), value) {
            ("$ref", Value::String(reference)) => {
                reference == target
                    || reference
                        .strip_prefix("#/components/schemas/")
                        .is_some_and(|name| reaches(schemas, &schemas[name], target, depth + 1))
            }
            _ => reaches(schemas, value, target, depth + 1),
        }),
        Value::Array(items) => items
            .iter()
            .any(|item| reaches(schemas, item, target, depth + 1)),
        _ => false,
    }
}
