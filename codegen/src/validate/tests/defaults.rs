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
