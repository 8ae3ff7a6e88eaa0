//! `docs/openapi/error-codes.yaml` is a valid OpenAPI 3.1 document: checked
//! against the OpenAPI Initiative's schema (`tests/fixtures/openapi-3.1/`)
//! with the `jsonschema` crate, every Schema Object against Draft 2020-12,
//! and its reusable responses compiled to validate real bodies.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes_codegen::{Registry, StatusKind};
use error_codes_tests::{absent_snake_case_code, workspace_root};
use serde_json::{Value, json};

const DOCUMENT_URI: &str = "https://example.com/error-codes.openapi.json";

fn document() -> Value {
    let path = workspace_root().join("docs/openapi/error-codes.yaml");
    serde_saphyr::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn registry() -> Registry {
    error_codes_tests::registry()
}

fn read_json(relative: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(workspace_root().join(relative)).unwrap())
        .unwrap()
}

#[test]
fn is_a_valid_openapi_3_1_document() {
    let document = document();
    let problems = crate::openapi_3_1_problems(&document);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(document["openapi"], "3.1.0");
}

#[test]
fn the_fixture_catches_an_invalid_document() {
    let meta = read_json("tests/fixtures/openapi-3.1/schema.json");
    let validator = jsonschema::validator_for(&meta).unwrap();
    let mut broken = document();
    broken["info"].as_object_mut().unwrap().remove("version");
    assert!(!validator.is_valid(&broken), "info.version is required");
    let mut broken = document();
    broken["components"]["responses"]["Conflict"]
        .as_object_mut()
        .unwrap()
        .remove("description");
    assert!(
        !validator.is_valid(&broken),
        "a response needs a description"
    );
}

/// Every Schema Object in the document, with where it is.
fn schema_objects(document: &Value) -> Vec<(String, Value)> {
    let components = &document["components"];
    let mut out: Vec<(String, Value)> = components["schemas"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(name, s)| (format!("schemas.{name}"), s.clone()))
        .collect();
    for (name, header) in components["headers"].as_object().unwrap() {
        out.push((format!("headers.{name}"), header["schema"].clone()));
    }
    for (name, response) in components["responses"].as_object().unwrap() {
        for (media, content) in response["content"].as_object().unwrap() {
            out.push((
                format!("responses.{name}.{media}"),
                content["schema"].clone(),
            ));
        }
    }
    out
}

#[test]
fn every_schema_object_is_valid_json_schema() {
    let document = document();
    let schemas = schema_objects(&document);
    assert!(schemas.len() > 10);
    for (at, schema) in schemas {
        jsonschema::draft202012::meta::validate(&schema)
            .unwrap_or_else(|e| panic!("{at} is not a valid schema: {e}"));
    }
}

fn response_validator(registry: &jsonschema::Registry, response: &str) -> jsonschema::Validator {
    let schema = json!({
        "$ref": format!("{DOCUMENT_URI}#/components/responses/{response}/content/application~1json/schema")
    });
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .with_registry(registry)
        .build(&schema)
        .unwrap_or_else(|e| panic!("response {response}: {e}"))
}

#[test]
fn each_response_accepts_its_codes_and_unknown_ones_only() {
    let document = document();
    let schemas = jsonschema::Registry::new()
        .add(DOCUMENT_URI, document.clone())
        .unwrap()
        .prepare()
        .unwrap();
    let registry = registry();
    let responses = document["components"]["responses"].as_object().unwrap();
    // Whatever order `serde_json` keeps: the names; the drift test holds the order.
    // One response per status a response-kind code has, named by its
    // reason phrase; which statuses those are is the registry's.
    let statuses: std::collections::BTreeSet<u16> = registry
        .codes()
        .filter(|(category, _)| category.status_kind == StatusKind::Response)
        .map(|(_, code)| code.status)
        .collect();
    let mut expected_names: Vec<String> = statuses
        .into_iter()
        .map(error_codes_tests::response_name)
        .collect();
    expected_names.sort_unstable();
    // Whatever order `serde_json` keeps (`preserve_order` is on in a build
    // with the generator): the names.
    let mut names: Vec<&String> = responses.keys().collect();
    names.sort_unstable();
    assert_eq!(names, expected_names.iter().collect::<Vec<_>>());
    for (name, response) in responses {
        let status: u16 = response["description"].as_str().unwrap()[..3]
            .parse()
            .unwrap();
        let validator = response_validator(&schemas, name);
        for (category, code) in registry.codes() {
            let body = json!({"error": {"code": code.code, "message": "m"}});
            let belongs = category.status_kind == StatusKind::Response && code.status == status;
            assert_eq!(
                validator.is_valid(&body),
                belongs,
                "{name} ({status}) and {} ({})",
                code.code,
                code.status
            );
            let example = &response["content"]["application/json"]["examples"][&code.code];
            assert_eq!(
                !example.is_null(),
                belongs,
                "{name}: example of {}",
                code.code
            );
            if belongs {
                let value = &example["value"];
                assert!(validator.is_valid(value), "{name}: example {value}");
                assert_eq!(value["error"]["code"], code.code.as_str());
            }
        }
        let newer = json!({"error": {"code": absent_snake_case_code(
            registry.codes().map(|(_, c)| c.code.as_str())
        ), "message": "m"}});
        assert!(
            validator.is_valid(&newer),
            "{name} must accept unknown codes"
        );
        let not_envelope = json!({"code": "internal_error"});
        assert!(!validator.is_valid(&not_envelope));
    }
    // The field-errors shape applies inside responses too.
    let validator = response_validator(&schemas, "UnprocessableContent");
    let wrong = json!({"error": {"code": "validation_error", "message": "m", "details": {"fields": {"a": "b"}}}});
    assert!(!validator.is_valid(&wrong));
}

#[test]
fn headers_come_from_the_registry() {
    let document = document();
    let registry = registry();
    let headers = document["components"]["headers"].as_object().unwrap();
    let mut names: Vec<&str> = registry.headers.iter().map(|h| h.name.as_str()).collect();
    names.sort_unstable();
    let mut written: Vec<&str> = headers.keys().map(String::as_str).collect();
    written.sort_unstable();
    assert_eq!(written, names);
    assert_eq!(headers["Retry-After"]["schema"]["type"], "integer");
    // A `seconds` header's example is written as a number.
    let example = registry
        .headers
        .iter()
        .find(|h| h.name == "Retry-After")
        .and_then(|h| h.example.as_deref())
        .map(|e| json!(e.parse::<u64>().unwrap()));
    assert_eq!(Some(&headers["Retry-After"]["example"]), example.as_ref());
    assert_eq!(headers["X-Request-ID"]["required"], true);
    let responses = &document["components"]["responses"];
    let retry_after = "#/components/headers/Retry-After";
    assert_eq!(
        responses["TooManyRequests"]["headers"]["Retry-After"]["$ref"],
        retry_after
    );
    assert!(responses["ServiceUnavailable"]["headers"]["Retry-After"].is_null());
    assert_eq!(
        responses["NotFound"]["headers"]["X-Request-ID"]["$ref"],
        "#/components/headers/X-Request-ID"
    );
}

#[test]
fn the_code_enum_lists_every_code_with_its_rust_name() {
    let document = document();
    let schema = &document["components"]["schemas"]["ErrorCode"];
    let registry = registry();
    let codes: Vec<Value> = registry.codes().map(|(_, c)| json!(c.code)).collect();
    let names: Vec<Value> = registry.codes().map(|(_, c)| json!(c.rust_name)).collect();
    assert_eq!(schema["enum"].as_array().unwrap(), &codes);
    assert_eq!(schema["x-enum-varnames"].as_array().unwrap(), &names);
    assert_descriptions_summarise_the_codes(&registry, schema);
}

/// Each description of the code enum is the code's one-line summary: its
/// status, then `: ` and its meaning when it has one, then ` — ` and its
/// deprecation when it has one ("Deprecated since 2.0: use `x` instead
/// (note); may be removed from 2027-06-30."). Built here from the registry's
/// fields.
fn assert_descriptions_summarise_the_codes(registry: &Registry, schema: &Value) {
    let descriptions = schema["x-enum-descriptions"].as_array().unwrap();
    assert_eq!(descriptions.len(), registry.code_count());
    for ((_, code), description) in registry.codes().zip(descriptions) {
        let description = description.as_str().unwrap();
        let mut head = code.status.to_string();
        if let Some(meaning) = &code.meaning {
            head = format!("{head}: {meaning}");
        }
        match &code.deprecated {
            None => assert_eq!(description, head, "{}", code.code),
            Some(deprecation) => {
                let tail = description
                    .strip_prefix(&format!("{head} — "))
                    .unwrap_or_else(|| panic!("{}: {description}", code.code));
                assert!(
                    tail.starts_with(&format!("Deprecated since {}", deprecation.since)),
                    "{tail}"
                );
                assert!(tail.ends_with('.'), "{tail}");
                let parts = [
                    deprecation.use_instead.clone(),
                    deprecation.note.clone(),
                    deprecation.sunset.map(|date| date.to_string()),
                ];
                for part in parts.iter().flatten() {
                    assert!(tail.contains(part.as_str()), "{part} in {tail}");
                }
            }
        }
        assert!(
            description.starts_with(&code.status.to_string()),
            "{description}"
        );
        if let Some(meaning) = &code.meaning {
            assert!(description.contains(meaning.as_str()), "{description}");
        }
    }
}

#[test]
fn a_registry_using_every_feature_yields_a_valid_document_too() {
    // Deprecations, a reported category, a status without a common response
    // (423), Markdown-significant text in meanings.
    let small = Registry::load(workspace_root().join("codegen/tests/fixtures/small.yaml")).unwrap();
    let project = error_codes_tests::project();
    let text = error_codes_tests::output(&project, &small, &project.config().openapi);
    let document: Value = serde_saphyr::from_str(&text).unwrap();
    let meta = read_json("tests/fixtures/openapi-3.1/schema.json");
    let validator = jsonschema::validator_for(&meta).unwrap();
    let problems: Vec<String> = validator
        .iter_errors(&document)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for (at, schema) in schema_objects(&document) {
        jsonschema::draft202012::meta::validate(&schema)
            .unwrap_or_else(|e| panic!("{at} is not a valid schema: {e}"));
    }
    // The fixture's deprecations, in the codes' descriptions.
    assert!(small.codes().any(|(_, code)| code.deprecated.is_some()));
    let schema = &document["components"]["schemas"]["ErrorCode"];
    assert_descriptions_summarise_the_codes(&small, schema);
    let responses = document["components"]["responses"].as_object().unwrap();
    let mut names: Vec<&str> = responses.keys().map(String::as_str).collect();
    names.sort_unstable();
    // One response per status the fixture's codes answer with, named by its
    // RFC 9110 reason phrase; delivery_failed (502) is reported, so there is
    // no BadGateway.
    let mut expected: Vec<String> = small
        .codes()
        .filter(|(category, _)| category.status_kind == StatusKind::Response)
        .map(|(_, code)| {
            error_codes_tests::reason_phrase(code.status)
                .expect("the fixture uses statuses with reason phrases")
                .split([' ', '-'])
                .collect::<String>()
        })
        .collect();
    expected.sort_unstable();
    expected.dedup();
    assert_eq!(names, expected);
    let descriptions = &document["components"]["schemas"]["ErrorCode"]["x-enum-descriptions"];
    assert_eq!(
        descriptions[2],
        "410: Replaced by widget_locked — Deprecated since 2.0: use widget_locked instead (Sent until 2027)."
    );
    // The meaning round-trips through YAML unchanged.
    assert_eq!(
        responses["Locked"]["content"]["application/json"]["examples"]["widget_locked"]["summary"],
        "423: Locked by `admin` | try <b>later</b> */ \\ \"quoted\""
    );
}
