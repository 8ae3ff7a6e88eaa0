//! The bytes a server sends are the body engine's members, serialized:
//! for every code of every fixture registry (this API's nested envelope,
//! RFC 9457, each body layout of `tests/fixtures/layouts/`, Google's
//! bodies), without details, with the details its registry entry declares
//! and with free-form ones, `Shape::write_json` (what the axum
//! integration sends, written with no `Value` in between) gives exactly
//! the bytes of `serde_json::to_vec(&Shape::write(..))`, the `Value` the
//! describing side (examples, schemas) uses. Every expectation comes from
//! the fixture registries.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes_codegen::{DetailsShape, Envelope, Registry};
use error_codes_runtime::wire::{Shape, WireError, WireGrpc};
use error_codes_tests::workspace_root;
use serde_json::{Map, Value, json};

use super::outputs_layouts::{FIXTURES, fixture, runtime_layout};

/// Every fixture registry whose bodies the engine writes.
fn registries() -> Vec<(String, Registry)> {
    let mut paths: Vec<std::path::PathBuf> = [
        "registry/error-codes.yaml",
        "tests/fixtures/rfc9457/registry.yaml",
        "tests/fixtures/other-api/registry.yaml",
        "tests/fixtures/grpc/registry.yaml",
    ]
    .iter()
    .map(|path| workspace_root().join(path))
    .collect();
    paths.extend(
        FIXTURES
            .iter()
            .chain(&["google-rpc"])
            .map(|name| fixture(name)),
    );
    paths
        .into_iter()
        .map(|path| {
            let registry = Registry::load(&path).unwrap();
            (path.display().to_string(), registry)
        })
        .collect()
}

/// The engine's shape of `registry`'s bodies.
fn shape(registry: &Registry) -> Shape<'static> {
    let domain = || -> &'static str {
        let domain = registry.grpc.as_ref().map_or("", |g| g.domain.as_str());
        Box::leak(domain.to_owned().into_boxed_str())
    };
    match registry.envelope {
        Envelope::Rfc9457 => Shape::of(error_codes_runtime::Envelope::Rfc9457),
        Envelope::Layout => runtime_layout(registry).shape(),
        Envelope::Google => Shape::Google {
            rpc_status: false,
            domain: domain(),
        },
        Envelope::GoogleRpcStatus => Shape::Google {
            rpc_status: true,
            domain: domain(),
        },
        _ => Shape::of(error_codes_runtime::Envelope::Nested),
    }
}

/// Whether the tests' `serde_json` keeps an object's members in the order
/// inserted (`preserve_order`, which the generator turns on): the order
/// the new writer writes them in.
fn serde_json_keeps_order() -> bool {
    let mut map = Map::new();
    map.insert("b".to_owned(), Value::Null);
    map.insert("a".to_owned(), Value::Null);
    map.keys().next().map(String::as_str) == Some("b")
}

#[test]
fn the_bytes_sent_are_the_engines_value_serialized_for_every_fixture_code() {
    assert!(
        serde_json_keeps_order(),
        "the generator's serde_json keeps order"
    );
    let mut compared = 0;
    for (name, registry) in registries() {
        let shape = shape(&registry);
        for (_, code) in registry.codes() {
            let declared: Vec<&str> = code.members.iter().map(|m| m.name.as_str()).collect();
            let mut samples = vec![Value::Null, json!({"hint": "see \"docs\"", "n": [1, 2.5]})];
            if code.details == Some(DetailsShape::FieldErrors) {
                samples
                    .push(json!({"fields": {"name": ["must not be empty"], "ttl": ["too long"]}}));
            }
            if !declared.is_empty() {
                let mut members: Map<String, Value> = declared
                    .iter()
                    .map(|name| ((*name).to_owned(), json!(format!("{name} é"))))
                    .collect();
                members.insert("extra".to_owned(), json!(1));
                samples.push(Value::Object(members));
            }
            let values: Vec<&str> = code.body_values.iter().map(String::as_str).collect();
            let text: Vec<&str> = code
                .members
                .iter()
                .filter(|m| m.is_metadata_text())
                .map(|m| m.name.as_str())
                .collect();
            for details in &samples {
                for request_id in [None, Some("req_0123456789abcdef")] {
                    let error = WireError::new(&code.code, code.status, "A \"quoted\" message\n")
                        .with_title(code.meaning.as_deref())
                        .with_doc_url(registry.doc_url(code))
                        .with_request_id(request_id)
                        .with_details(
                            details,
                            &declared,
                            code.details == Some(DetailsShape::FieldErrors),
                        )
                        .with_values(&values)
                        .with_grpc(
                            code.grpc
                                .as_ref()
                                .map(|g| WireGrpc::new(&g.reason, g.code, &text)),
                        );
                    let expected = serde_json::to_vec(&shape.write(&error)).unwrap();
                    let sent = shape.write_json(&error);
                    assert_eq!(
                        String::from_utf8(sent).unwrap(),
                        String::from_utf8(expected).unwrap(),
                        "{name}: {}",
                        code.code
                    );
                    compared += 1;
                }
            }
        }
    }
    assert!(compared > 0);
}
