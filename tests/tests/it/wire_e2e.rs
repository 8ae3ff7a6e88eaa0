//! End to end over a real loopback socket: the example server
//! (`generated-crate/examples/server.rs`, compiled in here unchanged) answers,
//! reqwest calls it, and the `client` feature reads every answer back.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]
// The example server's codes (`rate_limited`, `secret_not_found`, ...) may be
// deprecated by a registry edit the README documents; a deprecated code still
// goes over the wire, so these tests keep naming them.

use std::time::Duration;

use axum::Router;
use axum::routing::get;
use error_codes::axum::ApiError;
use error_codes::client::{self, ClientError, ErrorResponse};
use error_codes::{
    Category, Code, ErrorCode, ErrorEnvelope, FieldErrors, RateLimit, Retry, StatusClass,
};
use error_codes_tests::CODE_ADDED_LATER;
use serde_json::{Value, json};

// The example's `main` is not called: the tests serve its `app` themselves.
#[allow(dead_code)]
#[path = "../../../generated-crate/examples/server.rs"]
mod server;

/// Serves `app` on a free loopback port for the rest of the test.
async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

/// A client that ignores proxy settings of the environment: the server is on loopback.
fn http() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().build().unwrap()
}

/// What one response was, raw and as the client reads it.
struct Answer {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Value,
    error: ErrorResponse,
}

async fn call(request: reqwest::RequestBuilder) -> Answer {
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = response.bytes().await.unwrap();
    let body = serde_json::from_slice(&bytes).unwrap();
    let error = ErrorResponse::from_parts(status.try_into().unwrap(), &headers, &bytes).unwrap();
    Answer {
        status,
        headers,
        body,
        error,
    }
}

/// Every example body of the OpenAPI document, by code.
fn openapi_examples() -> std::collections::BTreeMap<String, Value> {
    let path = error_codes_tests::workspace_root().join(
        error_codes_codegen::Config::read(
            &error_codes_tests::workspace_root().join(error_codes_codegen::Config::FILE),
        )
        .unwrap()
        .openapi,
    );
    let document: Value = serde_saphyr::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut examples = std::collections::BTreeMap::new();
    for response in document["components"]["responses"]
        .as_object()
        .unwrap()
        .values()
    {
        for content in response["content"]
            .as_object()
            .into_iter()
            .flat_map(|c| c.values())
        {
            for (code, example) in content["examples"].as_object().into_iter().flatten() {
                examples.insert(code.clone(), example["value"].clone());
            }
        }
    }
    examples
}

/// Every leaf member of `value` by its path, with its JSON type.
fn member_types(value: &Value) -> std::collections::BTreeMap<String, &'static str> {
    fn walk(
        value: &Value,
        path: String,
        out: &mut std::collections::BTreeMap<String, &'static str>,
    ) {
        let kind = match value {
            Value::Object(object) if !object.is_empty() => {
                for (key, inner) in object {
                    walk(inner, format!("{path}/{key}"), out);
                }
                return;
            }
            Value::Object(_) => "object",
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
        };
        out.insert(path, kind);
    }
    let mut out = std::collections::BTreeMap::new();
    walk(value, String::new(), &mut out);
    out
}

fn header<'a>(headers: &'a reqwest::header::HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).map(|v| v.to_str().unwrap())
}

#[tokio::test]
async fn every_code_of_every_category_goes_over_the_wire_and_back() {
    let base = serve(server::app()).await;
    let http = http();
    let examples = openapi_examples();
    let mut categories_seen: Vec<Category> = Vec::new();
    for &category in Category::ALL {
        for &code in category.codes() {
            let answer = call(http.get(format!("{base}/errors/{code}"))).await;
            let context = format!("{code} ({})", category.title());

            assert_eq!(answer.status, code.http_status(), "{context}");
            assert_eq!(
                header(&answer.headers, "content-type"),
                Some("application/json"),
                "{context}"
            );
            let request_id = header(&answer.headers, "x-request-id")
                .unwrap_or_else(|| panic!("{context}: no X-Request-ID"));
            assert!(request_id.starts_with("req_"), "{context}: {request_id}");
            // The code's docs URL is in every body of a registry with
            // `docs_url`; no details member for an error without details.
            let mut expected = json!({"error": {
                "code": code.as_str(),
                "message": code.meaning().unwrap_or_default(),
                "request_id": request_id,
            }});
            if let Some(url) = code.doc_url() {
                expected["error"]["doc_url"] = json!(url);
            }
            assert_eq!(answer.body, expected, "{context}");
            // The OpenAPI document's example of the code has exactly the
            // members of the body sent, at the same paths, of the same types;
            // but its sample details, which vary per occurrence (this server
            // sends the code alone).
            // Codes of a category whose status is reported about something
            // else (a webhook delivery) are no response of the API.
            match examples.get(code.as_str()) {
                Some(example) => {
                    let mut shown = member_types(example);
                    shown.retain(|path, _| !path.starts_with("/error/details/"));
                    assert_eq!(
                        shown,
                        member_types(&answer.body),
                        "{context}: the example's members are not the sent body's"
                    );
                }
                None => assert_eq!(
                    category.status_kind(),
                    error_codes::StatusKind::Reported,
                    "{context}: no example in the OpenAPI document"
                ),
            }
            // The registry promises Retry-After on every 429, and only there
            // unless a handler sets it.
            let retry_after = header(&answer.headers, "retry-after");
            if code.http_status() == 429 {
                assert_eq!(retry_after, Some("60"), "{context}");
            } else {
                assert_eq!(retry_after, None, "{context}");
            }

            let error = &answer.error;
            assert_eq!(*error.code(), Code::Known(code), "{context}");
            assert_eq!(error.status().as_u16(), code.http_status(), "{context}");
            assert_eq!(
                error.message(),
                code.meaning().unwrap_or_default(),
                "{context}"
            );
            assert_eq!(error.request_id(), Some(request_id), "{context}");
            assert_eq!(error.retry(), code.retry(), "{context}");
            assert_eq!(error.is_retryable(), code.is_retryable(), "{context}");
            let class = if code.http_status() < 500 {
                StatusClass::ClientError
            } else {
                StatusClass::ServerError
            };
            assert_eq!(error.status_class(), Some(class), "{context}");
            assert_eq!(error.rate_limit(), RateLimit::default(), "{context}");
        }
        categories_seen.push(category);
    }
    assert_eq!(categories_seen, Category::ALL);
}

#[tokio::test]
async fn a_request_id_sent_by_the_caller_comes_back() {
    let base = serve(server::app()).await;
    let answer = call(
        http()
            .get(format!("{base}/errors/internal_error"))
            .header("X-Request-ID", "req_from_caller"),
    )
    .await;
    assert_eq!(answer.status, ErrorCode::InternalError.http_status());
    assert_eq!(
        header(&answer.headers, "x-request-id"),
        Some("req_from_caller")
    );
    assert_eq!(answer.body["error"]["request_id"], "req_from_caller");
    assert_eq!(answer.error.request_id(), Some("req_from_caller"));
    assert_eq!(answer.error.retry(), ErrorCode::InternalError.retry());
}

#[tokio::test]
async fn rate_limited_carries_retry_after_and_the_limit_figures() {
    let base = serve(server::app()).await;
    let answer = call(http().get(format!("{base}/limited"))).await;
    assert_eq!(answer.status, 429);
    assert_eq!(header(&answer.headers, "retry-after"), Some("45"));
    assert_eq!(header(&answer.headers, "x-ratelimit-limit"), Some("100"));
    assert_eq!(header(&answer.headers, "x-ratelimit-remaining"), Some("0"));
    assert_eq!(header(&answer.headers, "x-ratelimit-reset"), Some("45"));
    assert_eq!(answer.body["error"]["code"], "rate_limited");

    let error = answer.error;
    assert_eq!(*error.code(), ErrorCode::RateLimited);
    assert_eq!(error.retry(), ErrorCode::RateLimited.retry());
    assert_eq!(error.is_retryable(), ErrorCode::RateLimited.is_retryable());
    assert_eq!(error.retry_after(), Some(Duration::from_secs(45)));
    assert_eq!(error.rate_limit(), RateLimit::new(100, 0, 45));
}

#[tokio::test]
async fn authentication_and_not_found_come_from_the_same_route() {
    let base = serve(server::app()).await;
    let http = http();
    let anonymous = call(http.get(format!("{base}/secrets/db/password"))).await;
    assert_eq!(
        anonymous.status,
        ErrorCode::AuthenticationRequired.http_status()
    );
    assert_eq!(*anonymous.error.code(), ErrorCode::AuthenticationRequired);
    assert_eq!(
        anonymous.error.message(),
        "Send an Authorization: Bearer header"
    );

    let signed_in = call(
        http.get(format!("{base}/secrets/db/password"))
            .bearer_auth("token"),
    )
    .await;
    assert_eq!(signed_in.status, ErrorCode::SecretNotFound.http_status());
    assert_eq!(*signed_in.error.code(), ErrorCode::SecretNotFound);
    assert_eq!(signed_in.error.message(), "No secret at db/password");
    assert_eq!(
        signed_in.error.status_class(),
        Some(StatusClass::ClientError)
    );
}

#[tokio::test]
async fn validation_errors_carry_typed_field_errors() {
    let base = serve(server::app()).await;
    // `POST /secrets` reads its body with axum's `Json`; `ErrorLayer`
    // names the ill-typed field, the handler the empty one.
    let json = |body: &'static str| {
        http()
            .post(format!("{base}/secrets"))
            .header("content-type", "application/json")
            .body(body)
    };
    let answer = call(json(r#"{"path": "db", "ttl": "soon"}"#)).await;
    assert_eq!(answer.status, 422);
    let fields = answer.error.field_errors().unwrap();
    assert_eq!(fields.fields.keys().collect::<Vec<_>>(), ["ttl"]);

    let answer = call(json(r#"{"path": "", "ttl": 60}"#)).await;
    assert_eq!(answer.status, 422);
    assert_eq!(
        answer.body["error"]["details"],
        json!({"fields": {"path": ["must not be empty"]}})
    );
    let expected = FieldErrors::new().with("path", "must not be empty");
    assert_eq!(answer.error.field_errors(), Some(expected));

    let malformed = call(json("{not json")).await;
    assert_eq!(malformed.status, 400);
    assert_eq!(*malformed.error.code(), ErrorCode::InvalidRequest);
    assert!(malformed.error.message().contains("JSON"));
    assert_eq!(malformed.error.field_errors(), None);
}

#[tokio::test]
async fn check_passes_successes_and_reads_failures() {
    let base = serve(server::app()).await;
    let http = http();
    let ok = client::check(http.get(format!("{base}/health")).send().await.unwrap())
        .await
        .unwrap();
    assert_eq!(ok.text().await.unwrap(), "ok");

    let failed = client::check(http.get(format!("{base}/limited")).send().await.unwrap())
        .await
        .unwrap_err();
    assert_eq!(failed.status().map(|s| s.as_u16()), Some(429));
    let ClientError::Api(error) = failed else {
        panic!("expected an API error, got {failed:?}");
    };
    assert_eq!(*error.code(), ErrorCode::RateLimited);
    assert_eq!(
        error.to_string(),
        format!(
            "HTTP {} rate_limited: Limit of 100 requests per minute reached (request {})",
            ErrorCode::RateLimited.http_status(),
            error.request_id().unwrap()
        )
    );
}

/// A server built against a later registry, which has codes this build
/// does not know (`CODE_ADDED_LATER`, which no registry can have).
fn newer_server() -> Router {
    Router::new()
        .route(
            "/sealed",
            get(|| async {
                ApiError::with_status(
                    CODE_ADDED_LATER,
                    http::StatusCode::LOCKED,
                    "Secret is sealed until an operator unseals it",
                )
                .with_request_id("req_sealed")
            }),
        )
        .route(
            "/draining",
            get(|| async {
                ApiError::with_status(
                    CODE_ADDED_LATER,
                    http::StatusCode::SERVICE_UNAVAILABLE,
                    "Region is draining",
                )
                .with_details(json!({"region": "eu-1", "try": ["eu-2"]}))
                .with_retry_after(Duration::from_secs(30))
                .with_rate_limit(RateLimit::new(10, 3, 30))
            }),
        )
}

#[tokio::test]
async fn codes_from_a_newer_server_are_read_and_kept() {
    let base = serve(newer_server()).await;
    let http = http();

    let sealed = call(http.get(format!("{base}/sealed"))).await;
    assert_eq!(sealed.status, 423);
    assert_eq!(header(&sealed.headers, "x-request-id"), Some("req_sealed"));
    let error = &sealed.error;
    let Code::Unknown(raw) = error.code() else {
        panic!(
            "{CODE_ADDED_LATER} parsed as a known code: {:?}",
            error.code()
        );
    };
    assert_eq!(raw.as_str(), CODE_ADDED_LATER);
    assert_eq!(
        error.message(),
        "Secret is sealed until an operator unseals it"
    );
    assert_eq!(error.status_class(), Some(StatusClass::ClientError));
    assert_eq!(error.retry(), Retry::Never);
    // Passing it on (a proxy, a log) writes exactly what was received.
    let rewritten = serde_json::to_value(ErrorEnvelope::new(error.body().clone())).unwrap();
    assert_eq!(rewritten, sealed.body);

    let draining = call(http.get(format!("{base}/draining"))).await;
    assert_eq!(draining.status, 503);
    assert_eq!(header(&draining.headers, "retry-after"), Some("30"));
    let error = &draining.error;
    assert_eq!(error.code().as_str(), CODE_ADDED_LATER);
    assert!(!error.code().is_known());
    assert_eq!(error.status_class(), Some(StatusClass::ServerError));
    assert_eq!(error.retry(), Retry::AfterDelay);
    assert_eq!(error.retry_after(), Some(Duration::from_secs(30)));
    assert_eq!(error.rate_limit(), RateLimit::new(10, 3, 30));
    assert_eq!(error.details(), &json!({"region": "eu-1", "try": ["eu-2"]}));
    assert_eq!(error.field_errors(), None);
    let rewritten = serde_json::to_value(ErrorEnvelope::new(error.body().clone())).unwrap();
    assert_eq!(rewritten, draining.body);
}

#[tokio::test]
async fn bodies_that_are_not_envelopes_keep_status_and_body() {
    let gateway = Router::new()
        .route(
            "/html",
            get(|| async {
                (
                    http::StatusCode::BAD_GATEWAY,
                    [("x-request-id", "req_gw")],
                    "<html><body>Bad gateway</body></html>",
                )
            }),
        )
        .route(
            "/empty",
            get(|| async { http::StatusCode::INTERNAL_SERVER_ERROR }),
        );
    let base = serve(gateway).await;
    let http = http();

    let html = client::check(http.get(format!("{base}/html")).send().await.unwrap())
        .await
        .unwrap_err();
    let ClientError::NotAnEnvelope(not) = &html else {
        panic!("expected NotAnEnvelope, got {html:?}");
    };
    assert_eq!(not.status(), 502);
    assert_eq!(not.body(), b"<html><body>Bad gateway</body></html>");
    assert_eq!(not.request_id(), Some("req_gw"));
    let message = html.to_string();
    assert!(
        message.starts_with("HTTP 502 response without an error envelope (expected value"),
        "{message}"
    );
    assert!(
        message.ends_with(r#"; body "<html><body>Bad gateway</body></html>" (request req_gw)"#),
        "{message}"
    );

    let empty = client::read_error(http.get(format!("{base}/empty")).send().await.unwrap()).await;
    let ClientError::NotAnEnvelope(not) = &empty else {
        panic!("expected NotAnEnvelope, got {empty:?}");
    };
    assert_eq!(not.status(), 500);
    assert!(not.body().is_empty());
    assert!(empty.to_string().contains("; empty body"), "{empty}");
}

#[tokio::test]
async fn no_server_is_a_transport_error() {
    // Bind and release a port so that, almost surely, nothing listens there.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let error: ClientError = http()
        .get(format!("http://{addr}/"))
        .send()
        .await
        .unwrap_err()
        .into();
    assert!(matches!(error, ClientError::Transport(_)), "{error:?}");
    assert_eq!(error.status(), None);
    assert!(error.api().is_none());
}
