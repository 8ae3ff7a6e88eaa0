//! The client against servers that misbehave: each test serves hand-written
//! HTTP bytes on a loopback socket and reads the answer with
//! `error_codes::client`.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use error_codes::client::{ClientError, ErrorReader, check};
use error_codes::{Code, ErrorCode};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Serves one connection: reads the request head, writes `head`, then the
/// body from `body` chunk by chunk until the client goes away. Returns the
/// base URL and the count of body bytes the socket accepted.
async fn serve_once(
    head: String,
    body: impl Iterator<Item = Vec<u8>> + Send + 'static,
) -> (String, Arc<AtomicU64>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let written = Arc::new(AtomicU64::new(0));
    let count = Arc::clone(&written);
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut request = Vec::new();
        let mut buffer = [0u8; 1024];
        while !request.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = socket.read(&mut buffer).await.unwrap();
            if n == 0 {
                return;
            }
            request.extend_from_slice(&buffer[..n]);
        }
        if socket.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        for chunk in body {
            if socket.write_all(&chunk).await.is_err() {
                return;
            }
            count.fetch_add(chunk.len() as u64, Ordering::Relaxed);
        }
        let _ = socket.shutdown().await;
    });
    (base, written)
}

fn http() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().build().unwrap()
}

/// A response head with a `Content-Length`.
fn head(status: &str, headers: &[(&str, String)], length: usize) -> String {
    let mut head = format!("HTTP/1.1 {status}\r\ncontent-type: application/json\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!(
        "content-length: {length}\r\nconnection: close\r\n\r\n"
    ));
    head
}

async fn fetch(base: &str, reader: ErrorReader) -> ClientError {
    let response = http().get(format!("{base}/")).send().await.unwrap();
    reader.read_error(response).await
}

#[tokio::test]
async fn an_endless_error_body_is_not_read_past_the_limit() {
    const MIB: usize = 1024 * 1024;
    let total = 100 * MIB;
    // A body that starts like an envelope and never ends.
    let start = br#"{"error": {"code": "internal_error", "message": ""#.to_vec();
    let body = std::iter::once(start).chain(std::iter::repeat_n(
        vec![b'a'; 64 * 1024],
        total / (64 * 1024),
    ));
    let (base, written) =
        serve_once(head("500 Internal Server Error", &[], total + 64), body).await;

    let error = fetch(&base, ErrorReader::new()).await;
    let ClientError::NotAnEnvelope(not) = error else {
        panic!("expected NotAnEnvelope, got {error:?}");
    };
    assert_eq!(not.truncated_at(), Some(ErrorReader::DEFAULT_MAX_BODY));
    assert_eq!(not.body().len(), ErrorReader::DEFAULT_MAX_BODY);
    assert_eq!(not.status(), 500);
    assert!(not.to_string().contains("not read further"), "{not}");
    // The client hung up: the server could not write the rest (socket
    // buffers hold a few MiB at most).
    tokio::time::sleep(Duration::from_millis(200)).await;
    let accepted = written.load(Ordering::Relaxed);
    assert!(accepted < (total / 2) as u64, "{accepted} bytes accepted");
}

#[tokio::test]
async fn the_limit_is_configurable_and_an_envelope_within_it_reads() {
    let envelope =
        br#"{"error": {"code": "internal_error", "message": "Unexpected server error"}}"#;
    let body = || std::iter::once(envelope.to_vec());

    let (base, _) = serve_once(
        head("500 Internal Server Error", &[], envelope.len()),
        body(),
    )
    .await;
    let error = fetch(&base, ErrorReader::new().max_body(envelope.len())).await;
    let ClientError::Api(error) = error else {
        panic!("an envelope exactly at the limit reads: {error:?}");
    };
    assert_eq!(*error.code(), ErrorCode::InternalError);

    let (base, _) = serve_once(
        head("500 Internal Server Error", &[], envelope.len()),
        body(),
    )
    .await;
    let error = fetch(&base, ErrorReader::new().max_body(envelope.len() - 1)).await;
    let ClientError::NotAnEnvelope(not) = error else {
        panic!("one byte over the limit is cut: {error:?}");
    };
    assert_eq!(not.truncated_at(), Some(envelope.len() - 1));
    assert_eq!(not.body(), &envelope[..envelope.len() - 1]);
}

#[tokio::test]
async fn retry_after_may_be_an_http_date() {
    let envelope = br#"{"error": {"code": "code-added-later", "message": "Busy"}}"#;
    let in_two_minutes = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(120));
    let (base, _) = serve_once(
        head(
            "503 Service Unavailable",
            &[("retry-after", in_two_minutes)],
            envelope.len(),
        ),
        std::iter::once(envelope.to_vec()),
    )
    .await;
    let response = http().get(format!("{base}/")).send().await.unwrap();
    let Err(ClientError::Api(error)) = check(response).await else {
        panic!("expected an API error");
    };
    let delay = error.retry_after().expect("the date is read");
    // Whole seconds on the wire, and the test's own clock runs meanwhile.
    assert!(
        (Duration::from_secs(115)..=Duration::from_secs(120)).contains(&delay),
        "{delay:?}"
    );
    assert!(error.is_retryable());
}

#[tokio::test]
async fn server_text_is_displayed_with_its_control_characters_escaped() {
    let envelope = serde_json::json!({"error": {
        "code": "code-added-later\u{1b}[2J",
        "message": "ok\r\n2026-01-01 ERROR forged log line \u{1b}[31mred\u{7}\u{202e}",
        "request_id": "req_\n1",
    }})
    .to_string();
    let (base, _) = serve_once(
        head("500 Internal Server Error", &[], envelope.len()),
        std::iter::once(envelope.into_bytes()),
    )
    .await;
    let error = fetch(&base, ErrorReader::new()).await;
    let ClientError::Api(api) = &error else {
        panic!("expected an API error, got {error:?}");
    };
    // The values are kept as sent; only their display is escaped.
    assert!(api.message().contains('\r'));
    assert_eq!(*api.code(), Code::from("code-added-later\u{1b}[2J"));
    let shown = error.to_string();
    assert!(!shown.chars().any(char::is_control), "{shown:?}");
    assert!(!shown.contains('\u{202e}'), "{shown:?}");
    assert!(
        shown.contains(r"ok\u{d}\u{a}2026-01-01 ERROR forged"),
        "{shown}"
    );
    assert!(shown.contains(r"\u{1b}[31mred"), "{shown}");
    assert!(shown.contains(r"(request req_\u{a}1)"), "{shown}");
}

#[tokio::test]
async fn a_null_message_keeps_the_code() {
    let envelope = br#"{"error": {"code": "internal_error", "message": null, "request_id": 7}}"#;
    let (base, _) = serve_once(
        head(
            "500 Internal Server Error",
            &[("x-request-id", "req_h".to_owned())],
            envelope.len(),
        ),
        std::iter::once(envelope.to_vec()),
    )
    .await;
    let error = fetch(&base, ErrorReader::new()).await;
    let ClientError::Api(api) = error else {
        panic!("expected an API error, got {error:?}");
    };
    assert_eq!(*api.code(), ErrorCode::InternalError);
    assert_eq!(api.message(), "");
    // The body's request id is not a string: the header's stands in.
    assert_eq!(api.request_id(), Some("req_h"));
}
