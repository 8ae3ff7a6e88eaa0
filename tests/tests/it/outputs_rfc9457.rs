//! Every output of a registry with `envelope: rfc9457`
//! (`tests/fixtures/rfc9457/registry.yaml`) describes problem details: the
//! OpenAPI document is valid OpenAPI 3.1 with `application/problem+json`
//! responses whose per-code examples validate against their own schema and
//! against the standalone JSON Schema; both accept a well-formed code added
//! later; the docs page says what each member holds.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes_codegen::Registry;
use error_codes_tests::{output, project, workspace_root};
use serde_json::{Value, json};

const REGISTRY: &str = "tests/fixtures/rfc9457/registry.yaml";
const DOCUMENT_URI: &str = "https://example.com/rfc9457.openapi.json";
const PROBLEM_JSON: &str = "application/problem+json";

fn registry() -> Registry {
    Registry::load(workspace_root().join(REGISTRY)).unwrap()
}

fn openapi_document(registry: &Registry) -> Value {
    let project = project();
    serde_saphyr::from_str(&output(&project, registry, &project.config().openapi)).unwrap()
}

fn standalone_schema(registry: &Registry) -> Value {
    let project = project();
    serde_json::from_str(&output(&project, registry, &project.config().json_schema)).unwrap()
}

fn docs_page(registry: &Registry) -> String {
    let project = project();
    output(&project, registry, &project.config().docs_page)
}

/// The docs page's envelope example: its first JSON block.
fn envelope_example(page: &str) -> Value {
    let start = page
        .find("```json\n")
        .unwrap_or_else(|| panic!("no JSON block in the docs page:\n{page}"))
        + "```json\n".len();
    let len = page[start..]
        .find("\n```")
        .unwrap_or_else(|| panic!("an unclosed JSON block in the docs page:\n{page}"));
    serde_json::from_str(&page[start..start + len]).unwrap()
}

fn problems(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

#[test]
fn the_fixture_chooses_rfc9457() {
    let text = std::fs::read_to_string(workspace_root().join(REGISTRY)).unwrap();
    assert!(text.lines().any(|l| l == "envelope: rfc9457"));
    assert_eq!(registry().envelope, error_codes_codegen::Envelope::Rfc9457);
}

#[test]
fn the_openapi_document_is_valid_and_each_example_fits_its_response_and_the_schema() {
    let registry = registry();
    let document = openapi_document(&registry);
    let found = crate::openapi_3_1_problems(&document);
    assert!(found.is_empty(), "{}", found.join("\n"));

    let standalone = jsonschema::validator_for(&standalone_schema(&registry)).unwrap();
    let schemas = jsonschema::Registry::new()
        .add(DOCUMENT_URI, document.clone())
        .unwrap()
        .prepare()
        .unwrap();
    let responses = document["components"]["responses"].as_object().unwrap();
    assert!(!responses.is_empty());
    let mut examples_seen = 0;
    for (name, response) in responses {
        let content = response["content"].as_object().unwrap();
        assert_eq!(content.keys().collect::<Vec<_>>(), [PROBLEM_JSON], "{name}");
        let pointer = format!(
            "{DOCUMENT_URI}#/components/responses/{name}/content/application~1problem+json/schema"
        );
        let own = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .with_registry(&schemas)
            .build(&json!({"$ref": pointer}))
            .unwrap();
        for (code, example) in content[PROBLEM_JSON]["examples"].as_object().unwrap() {
            let value = &example["value"];
            let (_, entry) = registry.code(code).expect("examples are of registry codes");
            assert_eq!(value["code"], code.as_str(), "{name}");
            assert_eq!(value["status"], entry.status, "{code}");
            assert_eq!(
                value["type"].as_str(),
                registry.doc_url(entry).as_deref(),
                "{code}"
            );
            assert_eq!(
                value["title"].as_str(),
                Some(entry.meaning.as_deref().unwrap_or(&entry.code)),
                "{code}"
            );
            if entry.details.is_some() {
                assert!(value["invalid-params"][0]["name"].is_string(), "{code}");
            }
            assert!(
                problems(&own, value).is_empty(),
                "{code}: {:?}",
                problems(&own, value)
            );
            let found = problems(&standalone, value);
            assert!(found.is_empty(), "{code}: {found:?}");
            examples_seen += 1;
        }
    }
    assert_eq!(
        examples_seen,
        registry.codes().count(),
        "every response-kind code has an example"
    );
}

#[test]
fn the_schema_accepts_a_well_formed_later_code_and_rejects_a_broken_document() {
    let registry = registry();
    let schema = standalone_schema(&registry);
    jsonschema::draft202012::meta::validate(&schema).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let codes: Vec<&str> = registry.codes().map(|(_, c)| c.code.as_str()).collect();
    let later = error_codes_tests::absent_snake_case_code(codes.iter().copied());
    let problem = |code: &str, status: Value| {
        json!({"type": "about:blank", "title": code, "status": status,
               "detail": "d", "code": code, "extension": true})
    };
    assert!(validator.is_valid(&problem(&later, json!(503))));
    assert!(!validator.is_valid(&problem("Not-A-Code", json!(503))));
    assert!(!validator.is_valid(&problem(&later, json!("503"))));
    assert!(!validator.is_valid(&json!({"error": {"code": codes[0], "message": "m"}})));
}

#[test]
fn the_docs_page_documents_problem_details_with_a_real_example() {
    let registry = registry();
    let page = docs_page(&registry);
    assert!(page.contains(PROBLEM_JSON), "{page}");
    assert!(page.contains("`invalid-params`"), "{page}");
    let example = envelope_example(&page);
    let code = &registry.page.envelope_example.code;
    let (_, entry) = registry.code(code).unwrap();
    assert_eq!(example["code"], code.as_str());
    assert_eq!(example["detail"], registry.page.envelope_example.message);
    assert_eq!(example["status"], entry.status);
    assert_eq!(example["type"].as_str(), registry.doc_url(entry).as_deref());
    let validator = jsonschema::validator_for(&standalone_schema(&registry)).unwrap();
    assert!(validator.is_valid(&example));
}
