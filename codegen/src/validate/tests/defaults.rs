//! What a registry may leave out, and what stands in for it.

use std::path::Path;

use crate::model::Registry;

fn small_without(key: &str) -> (Registry, Registry) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let full = crate::project::parse(&path, &text).unwrap();
    // Edited by structure, whatever the file's layout: JSON is YAML.
    let mut value: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    value["page"]
        .as_object_mut()
        .unwrap()
        .remove(key)
        .unwrap_or_else(|| panic!("small.yaml has page.{key}"));
    let edited = serde_json::to_string_pretty(&value).unwrap();
    let without = crate::project::parse(Path::new("r.yaml"), &edited)
        .unwrap_or_else(|d| panic!("page.{key} is optional: {d}"));
    (full, without)
}

#[test]
fn the_envelope_example_defaults_to_the_first_code() {
    let (_, registry) = small_without("envelope_example");
    let (_, first) = registry.codes().next().unwrap();
    let example = &registry.page.envelope_example;
    assert_eq!(example.code, first.code);
    assert_eq!(Some(&example.message), first.meaning.as_ref());
    let header = registry
        .headers
        .iter()
        .find(|h| h.name == registry.roles.request_id_header);
    assert_eq!(example.request_id, header.and_then(|h| h.example.clone()));
}

/// The runtime sends a request id in every body: an example that names
/// none shows the request-id header's example, or a sample in the
/// runtime's format when the header has no example.
#[test]
fn an_example_without_a_request_id_shows_one() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut value: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    let header = value["roles"]["request_id_header"]
        .as_str()
        .unwrap_or("X-Request-ID")
        .to_owned();
    value["page"]["envelope_example"]
        .as_object_mut()
        .expect("small.yaml has page.envelope_example")
        .remove("request_id");
    let parse = |value: &serde_json::Value| {
        crate::project::parse(Path::new("r.yaml"), &serde_json::to_string(value).unwrap())
            .unwrap_or_else(|d| panic!("an example's request_id is optional: {d}"))
    };
    let registry = parse(&value);
    let listed = registry
        .headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case(&header))
        .and_then(|h| h.example.clone())
        .expect("small.yaml lists the request-id header with an example");
    assert_eq!(registry.page.envelope_example.request_id, Some(listed));
    // Without the header's example: a sample shaped as the runtime's ids.
    for listed in value["headers"].as_array_mut().unwrap() {
        listed.as_object_mut().unwrap().remove("example");
    }
    let sample = parse(&value).page.envelope_example.request_id.unwrap();
    let hex = sample
        .strip_prefix("req_")
        .expect("a request id starts with req_");
    assert!(
        hex.len() == 16 && hex.bytes().all(|b| b.is_ascii_hexdigit()),
        "{sample}"
    );
}
