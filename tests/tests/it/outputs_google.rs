//! Google's JSON body (`envelope: google`; `tests/fixtures/layouts/google-rpc.yaml`,
//! generated into `error_codes_grpc_fixture::google`): the documented body
//! of Google's API design guide (`examples/google-rpc.json`) has the
//! members, paths and JSON types of the body the runtime sends for its
//! code, the generated JSON Schema accepts it, and the three clients read
//! it; every code of the fixture, with typed details, field errors, retry
//! advice and its docs URL, goes from the runtime's body to the Rust,
//! TypeScript and Python readers and back. Every expectation comes from the
//! fixture registry.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use error_codes_codegen::{MemberType, Registry};
use error_codes_grpc_fixture::google::{ErrorBody, ErrorCode, FieldErrors};
use error_codes_runtime::wire::Shape;
use error_codes_runtime::{Grpc, Vocabulary};
use error_codes_tests::{output, project, workspace_root};
use serde_json::{Value, json};

use super::outputs_layouts::fixture;
use super::readers;

const NAME: &str = "google-rpc";

fn registry() -> Registry {
    Registry::load(fixture(NAME)).unwrap()
}

/// The documented body and the paths of its members that vary per
/// occurrence.
fn documented() -> (Value, Vec<String>) {
    let path = workspace_root().join(format!("tests/fixtures/layouts/examples/{NAME}.json"));
    let example: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let varying = example["per_occurrence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_owned())
        .collect();
    (example["body"].clone(), varying)
}

/// Each leaf's dotted path (array items by index) and its JSON type.
fn leaves(value: &Value, prefix: &str, out: &mut Vec<(String, &'static str)>) {
    let join = |key: &str| {
        if prefix.is_empty() {
            key.to_owned()
        } else {
            format!("{prefix}.{key}")
        }
    };
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (key, value) in map {
                leaves(value, &join(key), out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (i, value) in items.iter().enumerate() {
                leaves(value, &join(&i.to_string()), out);
            }
        }
        Value::Object(_) => out.push((prefix.to_owned(), "object")),
        Value::Array(_) => out.push((prefix.to_owned(), "array")),
        Value::Null => out.push((prefix.to_owned(), "null")),
        Value::Bool(_) => out.push((prefix.to_owned(), "boolean")),
        Value::Number(_) => out.push((prefix.to_owned(), "number")),
        Value::String(_) => out.push((prefix.to_owned(), "string")),
    }
}

/// A sample of each member the fixture declares for `code`, by its type.
fn sample_details(registry: &Registry, code: ErrorCode) -> Value {
    let (_, entry) = registry.code(code.as_str()).unwrap();
    if entry.details.is_some() {
        return FieldErrors::new()
            .with("name", "must not be empty")
            .with("name", "too short")
            .with("ttl", "not a number")
            .to_details();
    }
    if entry.members.is_empty() {
        return Value::Null;
    }
    let mut details = serde_json::Map::new();
    for member in &entry.members {
        let one = match &member.ty {
            MemberType::String => json!("text \"quoted\""),
            MemberType::Integer => json!(12),
            MemberType::Number => json!(1.5),
            MemberType::Boolean => json!(true),
            MemberType::Enum(values) => json!(values[0]),
            _ => json!("other"),
        };
        let value = if member.list {
            json!([one.clone(), one])
        } else {
            one
        };
        details.insert(member.name.clone(), value);
    }
    Value::Object(details)
}

/// The body the runtime sends for `body` (what `ApiError` writes), with
/// the retry advice `retry_after`.
fn sent(body: &ErrorBody, retry_after: Option<Duration>) -> Value {
    let status = body.code.known().unwrap().http_status();
    Shape::of(ErrorCode::ENVELOPE).write(&body.wire(status).with_retry_after(retry_after))
}

/// Every code of the fixture as the runtime sends it: its body and what
/// reading it must give back.
fn every_code(registry: &Registry) -> Vec<(ErrorBody, Option<Duration>, Value)> {
    ErrorCode::ALL
        .iter()
        .map(|&code| {
            let body = ErrorBody::new(code, format!("{code} happened"))
                .with_details(sample_details(registry, code));
            let retry = code
                .retry()
                .is_retryable()
                .then_some(Duration::from_millis(30_500));
            let value = sent(&body, retry);
            (body, retry, value)
        })
        .collect()
}

#[test]
fn the_documented_body_is_the_runtimes_body_for_its_code_and_fits_the_schema() {
    let registry = registry();
    let (body, varying) = documented();
    let reason = body["error"]["details"][0]["reason"].as_str().unwrap();
    let code = ErrorCode::from_reason(reason).expect("the fixture has the documented reason");
    assert_eq!(
        body["error"]["code"],
        code.http_status(),
        "the HTTP status in `code`"
    );
    assert_eq!(body["error"]["status"], code.grpc_code().as_str());
    assert_eq!(
        body["error"]["details"][0]["domain"],
        <ErrorCode as Grpc>::DOMAIN
    );
    // The runtime's body for the same code: every documented member at the
    // same path with the same JSON type; what the runtime adds is only
    // further detail messages (the code's Help link).
    let message = body["error"]["message"].as_str().unwrap();
    let mine =
        ErrorBody::new(code, message).with_details(json!({"service": "translate.googleapis.com"}));
    let runtime = sent(&mine, None);
    let keep = |value: &Value| {
        let mut out = Vec::new();
        leaves(value, "", &mut out);
        out.retain(|(path, _)| !varying.iter().any(|v| path == v));
        out.sort();
        out
    };
    let (documented_leaves, sent_leaves) = (keep(&body), keep(&runtime));
    for leaf in &documented_leaves {
        assert!(sent_leaves.contains(leaf), "{leaf:?} not in {runtime}");
    }
    let ours = runtime["error"]["details"].as_array().unwrap();
    let theirs = body["error"]["details"].as_array().unwrap();
    for (path, _) in &sent_leaves {
        if !documented_leaves.iter().any(|(p, _)| p == path) {
            let index: usize = path
                .strip_prefix("error.details.")
                .and_then(|rest| rest.split('.').next())
                .and_then(|i| i.parse().ok())
                .unwrap_or_else(|| panic!("{path}: only detail messages may be added"));
            assert!(index >= theirs.len(), "{path}");
        }
    }
    assert_eq!(ours[0], theirs[0], "the ErrorInfo, metadata and all");
    // The schema accepts the documented body and every body the runtime sends.
    let project = project();
    let schema: Value =
        serde_json::from_str(&output(&project, &registry, &project.config().json_schema)).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&body)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    for (_, _, value) in every_code(&registry) {
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{value}: {errors:?}");
    }
    // It refuses a body without its ErrorInfo, or of another domain.
    let mut without = body.clone();
    without["error"]["details"] = json!([]);
    assert!(!validator.is_valid(&without));
    let mut other = body.clone();
    other["error"]["details"][0]["domain"] = json!("other.example.com");
    assert!(!validator.is_valid(&other));
    // The Rust client reads it: the code from the reason, the typed details
    // from the metadata.
    let read = ErrorBody::from_json(body.to_string().as_bytes()).unwrap();
    assert_eq!(read.code, code);
    assert_eq!(read.message, message);
    assert_eq!(read.details, body["error"]["details"][0]["metadata"]);
    // Another domain's ErrorInfo is another API's error: not read as ours.
    assert!(ErrorBody::from_json(other.to_string().as_bytes()).is_err());
}

#[test]
fn the_openapi_document_is_valid_and_narrows_each_status_to_its_reasons() {
    let registry = registry();
    let meta: Value = serde_json::from_str(
        &std::fs::read_to_string(workspace_root().join("tests/fixtures/openapi-3.1/schema.json"))
            .unwrap(),
    )
    .unwrap();
    let meta = jsonschema::options().build(&meta).unwrap();
    let project = project();
    let document: Value =
        serde_saphyr::from_str(&output(&project, &registry, &project.config().openapi)).unwrap();
    let found: Vec<String> = meta.iter_errors(&document).map(|e| e.to_string()).collect();
    assert!(found.is_empty(), "{found:?}");
    let mut seen = 0;
    for (status, response) in document["components"]["responses"].as_object().unwrap() {
        let content = &response["content"]["application/json"];
        for (code, example) in content["examples"].as_object().unwrap() {
            let code = ErrorCode::lookup(code).unwrap();
            let value = &example["value"];
            assert_eq!(
                value["error"]["details"][0]["reason"],
                code.reason(),
                "{status}"
            );
            assert_eq!(value["error"]["status"], code.grpc_code().as_str());
            // The example reads back as its code.
            let read = ErrorBody::from_json(value.to_string().as_bytes()).unwrap();
            assert_eq!(read.code, code);
            seen += 1;
        }
    }
    assert_eq!(seen, ErrorCode::ALL.len());
}

#[test]
fn every_code_round_trips_through_the_rust_reader() {
    let registry = registry();
    for (body, retry, value) in every_code(&registry) {
        let read = ErrorBody::from_json(value.to_string().as_bytes()).unwrap();
        assert_eq!(read.code, body.code, "{value}");
        assert_eq!(read.message, body.message);
        assert_eq!(read.details, body.details, "{value}");
        assert_eq!(
            read.doc_url.as_deref(),
            body.code.known().unwrap().doc_url()
        );
        let response = error_codes_grpc_fixture::google::client::ErrorResponse::from_parts(
            http::StatusCode::from_u16(body.code.known().unwrap().http_status()).unwrap(),
            &http::HeaderMap::new(),
            value.to_string().as_bytes(),
        )
        .unwrap();
        assert_eq!(response.retry_after(), retry, "{value}");
    }
    // A reason this build does not know stays readable as sent.
    let (_, _, mut value) = every_code(&registry).remove(0);
    value["error"]["details"][0]["reason"] = json!("ADDED_LATER");
    let read = ErrorBody::from_json(value.to_string().as_bytes()).unwrap();
    assert_eq!(read.code.as_str(), "ADDED_LATER");
    // The bare google.rpc.Status reads too: the canonical number in `code`.
    let (body, _, value) = every_code(&registry).remove(0);
    let bare = json!({"code": body.code.known().unwrap().grpc_code().number(),
                      "message": value["error"]["message"], "details": value["error"]["details"]});
    assert_eq!(
        ErrorBody::from_json(bare.to_string().as_bytes())
            .unwrap()
            .code,
        body.code
    );
}

/// What the TypeScript and Python readers must give for each of `bodies`:
/// `{code, message, details, doc_url}`, the documented body's first.
fn expected_reads(registry: &Registry) -> (Vec<Value>, Vec<Value>) {
    let (documented, _) = documented();
    let code = ErrorCode::from_reason(
        documented["error"]["details"][0]["reason"]
            .as_str()
            .unwrap(),
    )
    .unwrap();
    let mut bodies = vec![documented.clone()];
    let mut expected = vec![json!({
        "code": code.as_str(),
        "message": documented["error"]["message"],
        "details": documented["error"]["details"][0]["metadata"],
        "doc_url": null,
    })];
    for (body, _, value) in every_code(registry) {
        bodies.push(value);
        expected.push(json!({
            "code": body.code.as_str(),
            "message": body.message,
            "details": body.details,
            "doc_url": body.code.known().unwrap().doc_url(),
        }));
    }
    (bodies, expected)
}

#[test]
fn the_typescript_reader_reads_every_code_and_the_documented_body() {
    let registry = registry();
    let reader = "import { parseErrorEnvelope } from \"./src/index.js\";\n\
         export function read(body: unknown): unknown {\n\
           const error = parseErrorEnvelope(body)?.error;\n\
           return error === undefined ? null : {code: error.code, message: error.message, \
         details: error.details ?? null, doc_url: error.doc_url ?? null};\n\
         }\n";
    let (bodies, expected) = expected_reads(&registry);
    let inputs: Vec<_> = bodies.into_iter().map(|body| (0, body)).collect();
    let read = readers::typescript("ts-google-body", &[&registry], reader, &inputs);
    assert_eq!(read, expected);
}

#[test]
fn the_python_reader_reads_every_code_and_the_documented_body() {
    let registry = registry();
    let reader = "def read(package, body):\n\
         \x20   e = importlib.import_module(package).parse_error_envelope(body)\n\
         \x20   e = None if e is None else e.error\n\
         \x20   ErrorResponse = importlib.import_module(package + '._response').ErrorResponse\n\
         \x20   r = ErrorResponse.from_response(400, None, json.dumps(body))\n\
         \x20   retry = None if r is None or r.retry_after is None else r.retry_after.total_seconds()\n\
         \x20   return [None if e is None else {'code': str(getattr(e.code, 'value', e.code)), \
         'message': e.message, 'details': e.details, 'doc_url': e.doc_url}, retry]\n";
    let (bodies, expected) = expected_reads(&registry);
    let inputs: Vec<_> = bodies.into_iter().map(|body| (0, body)).collect();
    let read = readers::python("py-google-body", &[&registry], reader, &inputs);
    let (read, retries_read): (Vec<Value>, Vec<Value>) = read
        .into_iter()
        .map(|r| (r[0].clone(), r[1].clone()))
        .unzip();
    assert_eq!(read, expected);
    // The retry advice of RetryInfo, for the retryable codes.
    let retries: Vec<Value> = std::iter::once(Value::Null)
        .chain(
            every_code(&registry)
                .into_iter()
                .map(|(_, retry, _)| retry.map_or(Value::Null, |d| json!(d.as_secs_f64()))),
        )
        .collect();
    assert_eq!(retries_read, retries);
}
