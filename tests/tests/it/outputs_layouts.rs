//! Every output of a registry that gives its own body layout (`envelope:`
//! as a mapping; `tests/fixtures/layouts/*.yaml`, in Azure's, Google's and a
//! flat Kubernetes-like layout) describes and reads that layout: the JSON
//! Schema accepts the body the runtime sends and rejects the nested
//! envelope; the OpenAPI document is valid OpenAPI 3.1, answers
//! `application/json` and its examples fit the schema; the docs page's
//! example is in the layout; the TypeScript and Python readers read the
//! runtime's body back. Every expectation comes from the fixture's layout.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use error_codes_codegen::Registry;
use error_codes_runtime::BodyLayout;
use error_codes_tests::{output, project, python_data, typescript_data, workspace_root};
use serde_json::{Value, json};

use super::outputs_typescript::{assert_success, copy_sources, node, scratch, tsc, write_tsconfig};

pub(super) const FIXTURES: [&str; 3] = ["azure", "google", "flat"];

pub(super) fn fixture(name: &str) -> std::path::PathBuf {
    workspace_root().join(format!("tests/fixtures/layouts/{name}.yaml"))
}

fn registry(name: &str) -> Registry {
    Registry::load(fixture(name)).unwrap()
}

/// The runtime's twin of the fixture's layout (what the generated
/// `Vocabulary` impl names).
pub(super) fn runtime_layout(registry: &Registry) -> &'static BodyLayout {
    let layout = registry.body.as_ref().expect("the fixture gives a layout");
    let leak = |s: &String| &*Box::leak(s.clone().into_boxed_str());
    let mut runtime = BodyLayout::new(leak(&layout.code));
    type Setter = fn(BodyLayout, &'static str) -> BodyLayout;
    let setters: [(&Option<String>, Setter); 6] = [
        (&layout.root, BodyLayout::root),
        (&layout.status, BodyLayout::status),
        (&layout.message, BodyLayout::message),
        (&layout.request_id, BodyLayout::request_id),
        (&layout.doc_url, BodyLayout::doc_url),
        (&layout.details, BodyLayout::details),
    ];
    for (member, set) in setters {
        if let Some(member) = member {
            runtime = set(runtime, leak(member));
        }
    }
    Box::leak(Box::new(runtime))
}

/// The member at a dotted path of `value`.
pub(super) fn at<'a>(value: &'a Value, path: &str) -> &'a Value {
    path.split('.').fold(value, |value, name| &value[name])
}

/// A code of the fixture with field-error details, and the body the
/// runtime sends for it in the fixture's layout, with a request id.
fn sent(registry: &Registry) -> (String, u16, Value) {
    let (_, code) = registry
        .codes()
        .find(|(_, c)| c.details.is_some())
        .expect("each fixture has a code with field errors");
    let body = error_codes::ErrorBody::new(
        error_codes::Code::from(code.code.as_str()),
        "Some fields are invalid",
    )
    .with_details(json!({"fields": {"name": ["must not be empty"]}}))
    .with_request_id("req_1");
    let value = runtime_layout(registry).to_json(code.status, &body);
    (code.code.clone(), code.status, value)
}

#[test]
fn the_json_schema_accepts_the_layout_and_rejects_the_nested_envelope() {
    for name in FIXTURES {
        let registry = registry(name);
        let project = project();
        let schema: Value =
            serde_json::from_str(&output(&project, &registry, &project.config().json_schema))
                .unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let (code, _, body) = sent(&registry);
        let found: Vec<String> = validator
            .iter_errors(&body)
            .map(|e| e.to_string())
            .collect();
        assert!(found.is_empty(), "{name}: {body} {found:?}");
        let nested = json!({"error": {"code": code, "message": "m", "request_id": "req_1"}});
        assert!(
            !validator.is_valid(&nested),
            "{name}: the nested envelope passes"
        );
        // An extra member is not in the layout.
        let mut extra = body.clone();
        extra
            .as_object_mut()
            .unwrap()
            .insert("extra".into(), json!(1));
        assert!(!validator.is_valid(&extra), "{name}: {extra}");
    }
}

#[test]
fn the_openapi_document_is_valid_and_its_examples_are_in_the_layout() {
    let meta: Value = serde_json::from_str(
        &std::fs::read_to_string(workspace_root().join("tests/fixtures/openapi-3.1/schema.json"))
            .unwrap(),
    )
    .unwrap();
    let meta = jsonschema::options().build(&meta).unwrap();
    for name in FIXTURES {
        let registry = registry(name);
        let layout = registry.body.clone().unwrap();
        let project = project();
        let document: Value =
            serde_saphyr::from_str(&output(&project, &registry, &project.config().openapi))
                .unwrap();
        let found: Vec<String> = meta.iter_errors(&document).map(|e| e.to_string()).collect();
        assert!(found.is_empty(), "{name}: {found:?}");
        let schema: Value =
            serde_json::from_str(&output(&project, &registry, &project.config().json_schema))
                .unwrap();
        let standalone = jsonschema::validator_for(&schema).unwrap();
        let mut seen = 0;
        for (status, response) in document["components"]["responses"].as_object().unwrap() {
            let content = response["content"].as_object().unwrap();
            assert_eq!(
                content.keys().collect::<Vec<_>>(),
                ["application/json"],
                "{status}"
            );
            for (code, example) in content["application/json"]["examples"].as_object().unwrap() {
                let value = &example["value"];
                let (_, entry) = registry.code(code).unwrap();
                assert_eq!(at(value, &layout.full_path(&layout.code)), code.as_str());
                if let Some(path) = &layout.status {
                    assert_eq!(at(value, &layout.full_path(path)), entry.status);
                }
                assert!(standalone.is_valid(value), "{name} {code}: {value}");
                seen += 1;
            }
        }
        assert!(seen > 0, "{name}");
    }
}

#[test]
fn the_docs_page_example_is_in_the_layout() {
    for name in FIXTURES {
        let registry = registry(name);
        let layout = registry.body.clone().unwrap();
        let project = project();
        let page = output(&project, &registry, &project.config().docs_page);
        let start = page.find("```json\n").unwrap() + "```json\n".len();
        let len = page[start..].find("\n```").unwrap();
        let example: Value = serde_json::from_str(&page[start..start + len]).unwrap();
        let expected = &registry.page.envelope_example;
        assert_eq!(
            at(&example, &layout.full_path(&layout.code)),
            expected.code.as_str(),
            "{name}"
        );
        if let Some(path) = &layout.message {
            assert_eq!(
                at(&example, &layout.full_path(path)),
                expected.message.as_str()
            );
        }
        for (_, path) in layout.members() {
            assert!(
                page.contains(&format!("`{}`", layout.full_path(path))),
                "{name}: {path}"
            );
        }
        // The nested envelope's members the layout leaves out are absent.
        if layout.request_id.is_none() {
            assert!(!page[start..start + len].contains("request_id"), "{name}");
        }
    }
}

/// What a client read, as `{code, message, request_id, fields}`.
fn expected_read(registry: &Registry, code: &str) -> Value {
    let layout = registry.body.as_ref().unwrap();
    json!({
        "code": code,
        "message": "Some fields are invalid",
        "request_id": layout.request_id.as_ref().map(|_| "req_1"),
        "fields": {"name": ["must not be empty"]},
    })
}

#[test]
fn the_typescript_reader_reads_the_runtimes_body() {
    for name in FIXTURES {
        let registry = registry(name);
        let project = project();
        let dir = scratch(&format!("ts-layout-{name}"));
        copy_sources(
            &dir,
            Some(&output(
                &project,
                &registry,
                &typescript_data(project.config()),
            )),
        );
        std::fs::write(
            dir.join("read.ts"),
            "import { parseErrorEnvelope } from \"./src/index.js\";\n\
             declare const console: { log(...args: unknown[]): void };\n\
             declare const process: { argv: string[] };\n\
             const read = parseErrorEnvelope(process.argv[2] ?? \"\");\n\
             const error = read?.error;\n\
             console.log(JSON.stringify(error === undefined ? null : {code: error.code, message: error.message, \
             request_id: error.request_id ?? null, fields: (error.details as {fields?: unknown} | undefined)?.fields ?? null}));\n",
        )
        .unwrap();
        write_tsconfig(&dir, &["read.ts"], true);
        assert_success(
            "tsc",
            &node(&[tsc().as_os_str(), "-p".as_ref(), dir.as_os_str()]),
        );
        let (code, _, body) = sent(&registry);
        let out = node(&[
            dir.join("out/read.js").as_os_str(),
            body.to_string().as_ref(),
        ]);
        assert_success("node read.js", &out);
        let read: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(read, expected_read(&registry, &code), "{name}");
    }
}

#[test]
fn the_python_reader_reads_the_runtimes_body() {
    for name in FIXTURES {
        let registry = registry(name);
        let project = project();
        let dir = scratch(&format!("py-layout-{name}"));
        let package = dir.join("layout_client");
        std::fs::create_dir_all(&package).unwrap();
        // The import package as generated for the registry: its data, its
        // `details` module and the hand-written files.
        let data = python_data(project.config());
        let inside = &data[..data.rfind('/').unwrap() + 1];
        for made in project.outputs(&registry).unwrap() {
            if let Some(file) = made.path.strip_prefix(inside) {
                std::fs::write(package.join(file), &made.contents).unwrap();
            }
        }
        let (code, _, body) = sent(&registry);
        let script = "import json, sys\n\
             from layout_client import parse_error_envelope\n\
             read = parse_error_envelope(sys.argv[1])\n\
             e = None if read is None else read.error\n\
             print(json.dumps(None if e is None else {'code': str(getattr(e.code, 'value', e.code)), 'message': e.message, \
             'request_id': e.request_id, 'fields': (e.details or {}).get('fields')}))\n";
        let out = Command::new("python3")
            .arg("-c")
            .arg(script)
            .arg(body.to_string())
            .current_dir(&dir)
            .output()
            .expect("python3 runs");
        assert_success("python3", &out);
        let read: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(read, expected_read(&registry, &code), "{name}");
    }
}
