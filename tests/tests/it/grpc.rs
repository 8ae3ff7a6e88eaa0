//! The gRPC face (issue 34), tier 1: every code of the gRPC fixture
//! registry (`tests/fixtures/grpc/registry.yaml`, whose crate is
//! `tests/grpc-fixture`) as a `tonic::Status`, decoded with tonic-types,
//! and read back; the request-id layer around a tonic-like service.
//! Expectations come from the registry, loaded by the generator.

use std::time::Duration;

use error_codes_codegen::{Code, MemberType, Registry};
use error_codes_grpc_fixture::client::ErrorResponse;
use error_codes_grpc_fixture::tonic::{GrpcError, RequestIdLayer};
use error_codes_grpc_fixture::{ErrorBody, ErrorCode, FieldErrors};
use error_codes_runtime::{Grpc, GrpcCode, Vocabulary};
use serde_json::{Value, json};
use tonic_types::StatusExt;

pub(super) fn registry() -> Registry {
    Registry::load(error_codes_tests::workspace_root().join("tests/fixtures/grpc/registry.yaml"))
        .unwrap()
}

/// The registry's request-id header as a metadata key.
fn key() -> String {
    error_codes_runtime::tonic::request_id_key::<ErrorCode>()
}

/// A value of each declared member, by its type (lists of two).
fn details_of(code: &Code) -> Option<Value> {
    if code.members.is_empty() {
        return None;
    }
    let members = code.members.iter().map(|member| {
        let one = match &member.ty {
            MemberType::String => json!("a \"text\" value: 12"),
            MemberType::Integer => json!(-42),
            MemberType::Number => json!(1.5),
            MemberType::Boolean => json!(true),
            MemberType::Enum(values) => json!(values[0]),
            other => panic!("a member type this test does not know: {other:?}"),
        };
        let value = if member.list { json!([one, one]) } else { one };
        (member.name.clone(), value)
    });
    Some(Value::Object(members.collect()))
}

pub(super) fn error_of(code: &Code) -> (ErrorCode, GrpcError) {
    let variant = ErrorCode::lookup(&code.code).expect("the crate has every code");
    let mut error = GrpcError::from(variant).with_request_id("req-1");
    if let Some(details) = details_of(code) {
        error = error.with_details(details);
    }
    if code.details.is_some() {
        error = error.with_field_errors(
            FieldErrors::new()
                .with("name", "is empty")
                .with("name", "is long"),
        );
    }
    if code.retry.as_str() == "after_delay" {
        error = error.with_retry_after(Duration::from_secs(7));
    }
    (variant, error)
}

#[test]
fn every_code_becomes_a_status_with_exactly_one_error_info() {
    let registry = registry();
    let grpc = registry.grpc.as_ref().expect("the fixture has `grpc:`");
    assert_eq!(ErrorCode::DOMAIN, grpc.domain);
    for (_, code) in registry.codes() {
        let face = code.grpc.as_ref().expect("every code has a gRPC face");
        let (variant, error) = error_of(code);
        let status = tonic::Status::from(error.clone());
        assert_eq!(status.code() as i32, face.code.number(), "{}", code.code);
        assert_eq!(
            status.message(),
            code.meaning.as_deref().unwrap_or_default()
        );
        let details = status.get_error_details_vec();
        let infos: Vec<_> = details
            .iter()
            .filter_map(|d| match d {
                tonic_types::ErrorDetail::ErrorInfo(info) => Some(info),
                _ => None,
            })
            .collect();
        assert_eq!(infos.len(), 1, "{}: {details:?}", code.code);
        let info = infos[0];
        assert_eq!(info.reason, face.reason);
        assert_eq!(info.domain, grpc.domain);
        let mut keys: Vec<&str> = info.metadata.keys().map(String::as_str).collect();
        keys.sort_unstable();
        let mut declared: Vec<&str> = code.members.iter().map(|m| m.name.as_str()).collect();
        declared.sort_unstable();
        assert_eq!(keys, declared, "{}", code.code);
        let all = status.get_error_details();
        assert_eq!(
            all.retry_info().and_then(|r| r.retry_delay),
            error.retry_after(),
            "{}",
            code.code
        );
        let help = all.help().expect("the fixture has a docs URL");
        assert_eq!(
            help.links.first().map(|l| l.url.clone()),
            registry.doc_url(code)
        );
        assert_eq!(
            all.bad_request().is_some(),
            code.details.is_some(),
            "{}",
            code.code
        );
        assert_eq!(
            status
                .metadata()
                .get(key().as_str())
                .and_then(|v| v.to_str().ok()),
            Some("req-1")
        );
        assert_eq!(variant.grpc_code(), face.code);
    }
}

#[test]
fn every_status_reads_back_as_the_error() {
    let registry = registry();
    for (_, code) in registry.codes() {
        let (variant, error) = error_of(code);
        let status = tonic::Status::from(error.clone());
        let back = GrpcError::from_status(&status).expect("our own domain");
        assert_eq!(back.code(), &variant);
        assert_eq!(back.body(), error.body(), "{}", code.code);
        assert_eq!(back.retry_after(), error.retry_after());
        let response = ErrorResponse::from_status(&status).expect("our own domain");
        assert_eq!(response.code(), &variant);
        assert_eq!(response.status().as_u16(), code.status);
        assert_eq!(response.request_id(), Some("req-1"));
        assert_eq!(response.details(), &error.body().details, "{}", code.code);
        assert_eq!(response.retry_after(), error.retry_after());
        if !code.members.is_empty() {
            assert!(
                response.typed_details().unwrap().is_some(),
                "{}: the typed details read back",
                code.code
            );
        }
    }
}

#[test]
fn an_unknown_reason_is_kept_and_another_domain_is_refused() {
    let later = "CODE_ADDED_LATER";
    assert!(ErrorCode::ALL.iter().all(|c| c.reason() != later));
    let info =
        tonic_types::ErrorInfo::new(later, ErrorCode::DOMAIN, std::collections::HashMap::new());
    let status =
        tonic::Status::with_error_details_vec(tonic::Code::Aborted, "later", vec![info.into()]);
    let response = ErrorResponse::from_status(&status).expect("our own domain");
    assert_eq!(response.code().as_str(), later);
    assert_eq!(response.message(), "later");
    assert_eq!(response.status().as_u16(), GrpcCode::Aborted.http_status());

    let other = tonic_types::ErrorInfo::new(
        ErrorCode::ALL[0].reason(),
        format!("not-{}", ErrorCode::DOMAIN),
        std::collections::HashMap::new(),
    );
    let status =
        tonic::Status::with_error_details_vec(tonic::Code::Internal, "x", vec![other.into()]);
    assert!(ErrorResponse::from_status(&status).is_none());
    assert!(ErrorResponse::from_status(&tonic::Status::internal("no details")).is_none());
}

#[test]
fn an_unknown_code_is_sent_as_unknown_with_its_code_as_reason() {
    let body = ErrorBody::new("code-added-later", "later");
    let status = error_codes_runtime::tonic::status(&body, None);
    assert_eq!(status.code(), tonic::Code::Unknown);
    let info = status.get_error_details().error_info().cloned().unwrap();
    assert_eq!(info.reason, "code-added-later");
}

mod layer {
    use std::convert::Infallible;

    use error_codes_runtime::Role;
    use tower::{Layer, Service, ServiceExt, service_fn};

    use super::*;

    async fn call<F, Fut>(handler: F, id: Option<&str>) -> http::Response<String>
    where
        F: FnMut(http::Request<String>) -> Fut,
        Fut: std::future::Future<Output = Result<http::Response<String>, Infallible>>
            + Send
            + 'static,
    {
        let mut service = RequestIdLayer::new().layer(service_fn(handler));
        let mut request = http::Request::new(String::new());
        if let Some(id) = id {
            let name = http::HeaderName::from_bytes(key().as_bytes()).unwrap();
            request.headers_mut().insert(name, id.parse().unwrap());
        }
        let response = service.ready().await.unwrap().call(request).await.unwrap();
        // The layer's body is the service's, counting a status in its
        // trailers (metrics); these answers are trailers-only.
        response.map(error_codes_runtime::tonic::CountedBody::into_inner)
    }

    fn status_of(response: &http::Response<String>) -> tonic::Status {
        tonic::Status::from_header_map(response.headers()).expect("a trailers-only status")
    }

    fn role_code(role: Role) -> ErrorCode {
        ErrorCode::ROLES
            .get(role)
            .expect("the fixture assigns every role")
    }

    #[tokio::test]
    async fn tonics_own_failures_get_the_roles_codes_and_the_request_id() {
        let cases = [
            (tonic::Code::Unimplemented, Role::RouteNotFound),
            (tonic::Code::DeadlineExceeded, Role::RequestTimeout),
            (tonic::Code::Internal, Role::InternalError),
        ];
        for (code, role) in cases {
            let response = call(
                move |_| async move { Ok(tonic::Status::new(code, "").into_http()) },
                Some("caller-7"),
            )
            .await;
            let status = status_of(&response);
            let back = GrpcError::from_status(&status).expect("answered with a registry code");
            assert_eq!(back.code(), &role_code(role), "{code:?}");
            assert_eq!(back.body().request_id.as_deref(), Some("caller-7"));
        }
    }

    #[tokio::test]
    async fn a_panic_is_the_internal_role_and_errors_keep_their_code() {
        let response = call(|_| async { panic!("handler bug") }, None).await;
        let back = GrpcError::from_status(&status_of(&response)).unwrap();
        assert_eq!(back.code(), &role_code(Role::InternalError));
        assert!(back.body().request_id.is_some(), "a fresh request id");

        let sent = ErrorCode::ALL[0];
        let response = call(
            move |request: http::Request<String>| async move {
                let id = request.headers()[key().as_str()]
                    .to_str()
                    .unwrap()
                    .to_owned();
                let error = GrpcError::from(sent).with_request_id(id);
                Ok(tonic::Status::from(error).into_http())
            },
            Some("bad id with spaces"),
        )
        .await;
        let back = GrpcError::from_status(&status_of(&response)).unwrap();
        assert_eq!(back.code(), &sent);
        let id = back.body().request_id.clone().unwrap();
        assert_ne!(id, "bad id with spaces", "an unsafe id is replaced");
        assert_eq!(response.headers()[key().as_str()], id.as_str());
    }
}
