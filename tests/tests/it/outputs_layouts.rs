//! Every output of a registry that gives its own body layout (`envelope:`
//! as a mapping; `tests/fixtures/layouts/*.yaml`, in Azure's, Box's,
//! Google's, JSON:API's, Kubernetes', Stripe's and Twilio's layouts) describes and reads that layout: the
//! JSON Schema accepts the body the runtime sends (and, an open layout,
//! members it does not describe), and refuses one without the code or with
//! another value of a constant or of a per-code member; the OpenAPI
//! document is valid OpenAPI 3.1, answers in the layout's media type and its
//! examples fit the schema; the docs page's example is in the layout; the
//! TypeScript and Python readers read the runtime's body back, extra
//! members and all, every error of an array root. Each fixture's documented body (`examples/NAME.json`,
//! copied from the API's documentation) is accepted by the schema, read by
//! the three clients, and has the members and JSON types of the body the
//! runtime sends for its code, but for those that vary per occurrence.
//! Every expectation comes from the fixture's layout.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes_codegen::Registry;
use error_codes_runtime::BodyLayout;
use error_codes_runtime::wire::WireError;
use error_codes_tests::{output, project, workspace_root};
use serde_json::{Value, json};

use super::readers;

pub(super) const FIXTURES: [&str; 10] = [
    "aws",
    "azure",
    "box",
    "google",
    "jsonapi",
    "kubernetes",
    "salesforce",
    "slack",
    "stripe",
    "twilio",
];

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
    let constants: Vec<(&'static str, &'static str)> = layout
        .constants
        .iter()
        .map(|(path, json)| (leak(path), leak(json)))
        .collect();
    let per_code: Vec<&'static str> = layout.per_code.iter().map(leak).collect();
    runtime = runtime
        .constants(Vec::leak(constants))
        .per_code(Vec::leak(per_code));
    if !layout.open {
        runtime = runtime.closed();
    }
    if layout.code_number {
        runtime = runtime.code_as_number();
    }
    if let Some(path) = &layout.declared_members {
        runtime = runtime.declared_members(leak(path));
    }
    if layout.root_items {
        runtime = runtime.root_items();
    }
    if let Some(pointer) = &layout.field_pointer {
        runtime = runtime.field_pointer(leak(pointer), leak(&layout.pointer_prefix));
    }
    if layout.status_string {
        runtime = runtime.status_as_string();
    }
    if let Some(media_type) = &layout.media_type {
        runtime = runtime.media_type(leak(media_type));
    }
    if let Some(name) = &layout.code_header {
        runtime = runtime.code_header(leak(name));
    }
    let (prefix, suffix) = &layout.code_qualifier;
    runtime = runtime.code_qualifier(leak(prefix), leak(suffix));
    if let Some(marker) = &layout.error_marker {
        runtime = runtime.error_marker(leak(marker));
    }
    Box::leak(Box::new(runtime))
}

/// `code` as the fixture's bodies carry it: a string (with the layout's
/// qualifier around it), or the number of a layout with `code_type: number`.
pub(super) fn wire_code(registry: &Registry, code: &str) -> Value {
    let layout = registry.body.as_ref().unwrap();
    let (prefix, suffix) = &layout.code_qualifier;
    match error_codes_runtime::wire::numeric_code(code) {
        Some(number) if layout.code_number => json!(number),
        _ => json!(format!("{prefix}{code}{suffix}")),
    }
}

/// `status` as the fixture's bodies carry it: a number, or the string of a
/// layout with `status_type: string`.
pub(super) fn wire_status(registry: &Registry, status: u16) -> Value {
    match registry.body.as_ref().is_some_and(|b| b.status_string) {
        true => json!(status.to_string()),
        false => json!(status),
    }
}

/// The media type of the fixture's error bodies.
pub(super) fn media_type(registry: &Registry) -> &str {
    registry
        .body
        .as_ref()
        .and_then(|b| b.media_type.as_deref())
        .unwrap_or(BodyLayout::JSON)
}

/// The code a body carries, as its string (a number's digits, a qualified
/// code's code).
pub(super) fn code_text(registry: &Registry, value: &Value) -> String {
    let layout = registry.body.as_ref().unwrap();
    let (prefix, suffix) = &layout.code_qualifier;
    match value {
        Value::Number(number) => number.to_string(),
        other => error_codes_runtime::wire::unqualified(other.as_str().unwrap(), (prefix, suffix))
            .to_owned(),
    }
}

/// The body the runtime's engine writes for the fixture's `code` with
/// `message`, `request_id` and `details`: the fixture's per-code values
/// and docs URL, as its generated crate gives them.
pub(super) fn engine_body(
    registry: &Registry,
    code: &str,
    message: &str,
    request_id: Option<&str>,
    details: &Value,
) -> Value {
    let (_, entry) = registry.code(code).unwrap();
    let values: Vec<&str> = entry.body_values.iter().map(String::as_str).collect();
    let declared: Vec<&str> = entry.members.iter().map(|m| m.name.as_str()).collect();
    let error = WireError::new(code, entry.status, message)
        .with_doc_url(registry.doc_url(entry))
        .with_request_id(request_id)
        .with_details(
            details,
            &declared,
            entry.details == Some(error_codes_codegen::DetailsShape::FieldErrors),
        )
        .with_values(&values);
    runtime_layout(registry).shape().write(&error)
}

/// The member at a dotted path of `value` (`errors[]`: the first item of
/// the array `errors`).
pub(super) fn at<'a>(value: &'a Value, path: &str) -> &'a Value {
    path.split('.')
        .fold(value, |value, name| match name.strip_suffix("[]") {
            // A body that is the array (`[].code`).
            Some("") => &value[0],
            Some(array) => &value[array][0],
            None => &value[name],
        })
}

/// [`at`], to change it.
fn at_mut<'a>(value: &'a mut Value, path: &str) -> &'a mut Value {
    path.split('.')
        .fold(value, |value, name| match name.strip_suffix("[]") {
            Some("") => &mut value[0],
            Some(array) => &mut value[array][0],
            None => &mut value[name],
        })
}

/// The field errors every fixture's runtime body carries.
fn sent_fields() -> Value {
    json!({"name": ["must not be empty"], "title": ["too long"]})
}

/// A code of the fixture with field-error details, and the body the
/// runtime sends for it in the fixture's layout, with a request id.
fn sent(registry: &Registry) -> (String, u16, Value) {
    let (_, code) = registry
        .codes()
        .find(|(_, c)| c.details.is_some())
        .expect("each fixture has a code with field errors");
    let details = json!({"fields": sent_fields()});
    let value = engine_body(
        registry,
        &code.code,
        "Some fields are invalid",
        Some("req_1"),
        &details,
    );
    (code.code.clone(), code.status, value)
}

/// `body` with members no layout describes, at its top and in its error
/// object: what an API's existing server may add per occurrence.
fn with_extras(registry: &Registry, body: &Value) -> Value {
    let mut body = body.clone();
    // A body that is the array (`root: "[]"`) has no top to add to.
    if let Some(top) = body.as_object_mut() {
        top.insert("extra_top".into(), json!({"a": [1, 2]}));
    }
    if let Some(root) = registry.body.as_ref().unwrap().root_as_written() {
        let inner = at_mut(&mut body, &root);
        inner
            .as_object_mut()
            .unwrap()
            .insert("extra_inner".into(), json!("x"));
    }
    body
}

/// The documented example body of a fixture (`examples/NAME.json`): the
/// body, and the paths of its members that vary per occurrence.
pub(super) fn documented(name: &str) -> (Value, Vec<String>) {
    let path = workspace_root().join(format!("tests/fixtures/layouts/examples/{name}.json"));
    let example: Value = match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str(&text).unwrap(),
        Err(_) => return (Value::Null, Vec::new()),
    };
    let varying = example["per_occurrence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_owned())
        .collect();
    (example["body"].clone(), varying)
}

/// The details a client reads from `body`, a body in the fixture's
/// layout: its `details` member (an object), with the members its code
/// declares gathered from where the layout places them
/// (`declared_members:`); `Null` when there are none.
pub(super) fn documented_details(registry: &Registry, body: &Value) -> Value {
    let layout = registry.body.as_ref().unwrap();
    let code = code_text(registry, at(body, &layout.full_path(&layout.code)));
    let mut details = match &layout.details {
        Some(path) => at(body, &layout.full_path(path)).clone(),
        None => Value::Null,
    };
    let (Some((_, entry)), Some(holder)) = (registry.code(&code), &layout.declared_members) else {
        return details;
    };
    let holder = if holder == BodyLayout::ERROR_OBJECT {
        layout.root.as_ref().map_or(body, |root| at(body, root))
    } else {
        at(body, &layout.full_path(holder))
    };
    for member in &entry.members {
        if let Some(value) = holder.get(&member.name) {
            if !details.is_object() {
                details = json!({});
            }
            details[&member.name] = value.clone();
        }
    }
    details
}

/// The HTTP status the API documents its example body with
/// (`examples/NAME.json`'s `status`), when it says.
fn documented_status(name: &str) -> Option<u16> {
    let path = workspace_root().join(format!("tests/fixtures/layouts/examples/{name}.json"));
    let example: Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).unwrap();
    example["status"]
        .as_u64()
        .map(|s| u16::try_from(s).unwrap())
}

/// Each leaf's dotted path (an empty object is a leaf) and its JSON type.
fn typed_leaves(value: &Value, prefix: &str, out: &mut Vec<(String, &'static str)>) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (key, value) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                typed_leaves(value, &path, out);
            }
        }
        Value::Object(_) => out.push((prefix.to_owned(), "object")),
        Value::Null => out.push((prefix.to_owned(), "null")),
        Value::Bool(_) => out.push((prefix.to_owned(), "boolean")),
        Value::Number(_) => out.push((prefix.to_owned(), "number")),
        Value::String(_) => out.push((prefix.to_owned(), "string")),
        // Each item's leaves, at `array[]`.
        Value::Array(items) if !items.is_empty() => {
            for item in items {
                typed_leaves(item, &format!("{prefix}[]"), out);
            }
        }
        Value::Array(_) => out.push((prefix.to_owned(), "array")),
    }
}

#[test]
fn each_documented_body_is_the_runtimes_body_for_its_code_and_fits_the_schema() {
    let (mut seen, mut urls, mut typed_members) = (0, 0, 0);
    for name in FIXTURES {
        let (body, varying) = documented(name);
        if body.is_null() {
            continue;
        }
        seen += 1;
        let registry = registry(name);
        let layout = registry.body.clone().unwrap();
        let code = &code_text(&registry, at(&body, &layout.full_path(&layout.code)));
        let message = layout
            .message
            .as_ref()
            .and_then(|p| at(&body, &layout.full_path(p)).as_str())
            .unwrap_or_default();
        let (_, entry) = registry.code(code).unwrap();
        if let Some(path) = &layout.status {
            assert_eq!(
                at(&body, &layout.full_path(path)),
                &wire_status(&registry, entry.status),
                "{name}"
            );
        }
        // The response's status (Slack's 200 for an error, AWS's 400).
        if let Some(status) = documented_status(name) {
            assert_eq!(entry.status, status, "{name}");
        }
        // The runtime's body for the same code, with the documented values
        // of the members the code declares: the same members, of the same
        // JSON types, but for those that vary per occurrence. A documented
        // field pointer is the field error the runtime is given.
        let details = match documented_field(&registry, &body, message) {
            Value::Null => documented_details(&registry, &body),
            field => field,
        };
        let sent = engine_body(&registry, code, message, None, &details);
        let keep = |leaves: Vec<(String, &'static str)>| -> Vec<(String, &'static str)> {
            let mut kept: Vec<(String, &'static str)> = leaves
                .into_iter()
                .filter(|(path, _)| {
                    !varying.iter().any(|v| {
                        path == v
                            || path.starts_with(&format!("{v}."))
                            || path.starts_with(&format!("{v}[]"))
                    })
                })
                .collect();
            kept.sort();
            kept.dedup();
            kept
        };
        let (mut documented_leaves, mut sent_leaves) = (Vec::new(), Vec::new());
        typed_leaves(&body, "", &mut documented_leaves);
        typed_leaves(&sent, "", &mut sent_leaves);
        assert_eq!(keep(sent_leaves), keep(documented_leaves), "{name}: {sent}");
        // Every constant and per-code member has the documented value.
        for (path, json) in &layout.constants {
            let value: Value = serde_json::from_str(json).unwrap();
            assert_eq!(at(&body, path), &value, "{name}: {path}");
        }
        for (path, json) in layout.per_code.iter().zip(&entry.body_values) {
            let value: Value = serde_json::from_str(json).unwrap();
            assert_eq!(at(&body, &layout.full_path(path)), &value, "{name}: {path}");
        }
        // The schema accepts the documented body.
        let project = project();
        let schema: Value =
            serde_json::from_str(&output(&project, &registry, &project.config().json_schema))
                .unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let found: Vec<String> = validator
            .iter_errors(&body)
            .map(|e| e.to_string())
            .collect();
        assert!(found.is_empty(), "{name}: {found:?}");
        // A declared member the layout places outside `details`, of another
        // type than the code declares, is refused (its variant types it).
        if let (Some(holder), Value::Object(declared)) = (&layout.declared_members, &details) {
            let holder = if holder == BodyLayout::ERROR_OBJECT {
                layout.root.clone().unwrap_or_default()
            } else {
                layout.full_path(holder)
            };
            for member in declared.keys() {
                let mut other = body.clone();
                let path = format!("{holder}.{member}");
                *path
                    .trim_start_matches('.')
                    .split('.')
                    .fold(&mut other, |value, name| &mut value[name]) = json!(12345);
                assert!(!validator.is_valid(&other), "{name}: {other}");
                typed_members += 1;
            }
        }
        // The Rust client's reader reads its code and message.
        let read: error_codes::ErrorBody = runtime_layout(&registry).read(&body).unwrap();
        assert_eq!(read.code.as_str(), code, "{name}");
        assert_eq!(read.message, message, "{name}");
        // A documented field pointer's field error is read back, and the
        // body is the runtime's, member for member: the runtime was given
        // that field error. (Declared members are gathered back only by the
        // fixture's own vocabulary: `layouts_e2e`.)
        if layout.field_pointer.is_some() && !details.is_null() {
            assert_eq!(read.details, details, "{name}");
            assert_eq!(sent, body, "{name}: the documented body is the runtime's");
        }
        // The documented docs URL is the code's (`page.code_docs_url`
        // filled in): the one the runtime sends and the readers read
        // (unless the API sends another per occurrence).
        if let Some(path) = &layout.doc_url {
            let documented = at(&body, &layout.full_path(path));
            if !documented.is_null() && !varying.contains(&layout.full_path(path)) {
                let url = registry.doc_url(entry);
                assert_eq!(documented.as_str(), url.as_deref(), "{name}");
                assert_eq!(at(&sent, &layout.full_path(path)), documented, "{name}");
                assert_eq!(read.doc_url, url, "{name}");
                urls += 1;
            }
        }
    }
    assert!(
        urls >= 2,
        "the Stripe and Twilio fixtures document a code's docs URL"
    );
    assert!(
        typed_members >= 1,
        "the Stripe fixture documents a declared member beside the code"
    );
    assert!(
        seen >= 2,
        "the Kubernetes and Stripe fixtures document a body"
    );
}

#[test]
fn the_json_schema_accepts_the_layout_and_refuses_what_it_never_sends() {
    for name in FIXTURES {
        let registry = registry(name);
        let project = project();
        let schema: Value =
            serde_json::from_str(&output(&project, &registry, &project.config().json_schema))
                .unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let (_, _, body) = sent(&registry);
        let found: Vec<String> = validator
            .iter_errors(&body)
            .map(|e| e.to_string())
            .collect();
        assert!(found.is_empty(), "{name}: {body} {found:?}");
        let layout = registry.body.clone().unwrap();
        // Without its code member, a body is not one.
        let mut codeless = body.clone();
        let code_path = layout.full_path(&layout.code);
        let (parent, last) = code_path.rsplit_once('.').unwrap_or(("", &code_path));
        let holder = if parent.is_empty() {
            &mut codeless
        } else {
            at_mut(&mut codeless, parent)
        };
        holder.as_object_mut().unwrap().remove(last);
        assert!(!validator.is_valid(&codeless), "{name}: {codeless}");
        // Members the layout does not describe: accepted by an open layout.
        let extra = with_extras(&registry, &body);
        assert_eq!(validator.is_valid(&extra), layout.open, "{name}: {extra}");
        // A constant's or a per-code member's other value is refused.
        for (path, _) in &layout.constants {
            let mut other = body.clone();
            *at_mut(&mut other, path) = json!(12345);
            assert!(!validator.is_valid(&other), "{name}: {other}");
        }
        for path in &layout.per_code {
            let mut other = body.clone();
            *at_mut(&mut other, &layout.full_path(path)) = json!("another value");
            assert!(!validator.is_valid(&other), "{name}: {other}");
        }
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
            // The layout's code header is on every error response.
            if let Some(header) = &layout.code_header {
                assert_eq!(
                    response["headers"][header]["required"], true,
                    "{name} {status}: {response}"
                );
            }
            let content = response["content"].as_object().unwrap();
            assert_eq!(
                content.keys().collect::<Vec<_>>(),
                [media_type(&registry)],
                "{status}"
            );
            for (code, example) in content[media_type(&registry)]["examples"]
                .as_object()
                .unwrap()
            {
                let value = &example["value"];
                let (_, entry) = registry.code(code).unwrap();
                assert_eq!(
                    at(value, &layout.full_path(&layout.code)),
                    &wire_code(&registry, code)
                );
                if let Some(path) = &layout.status {
                    assert_eq!(
                        at(value, &layout.full_path(path)),
                        &wire_status(&registry, entry.status)
                    );
                }
                assert!(standalone.is_valid(value), "{name} {code}: {value}");
                seen += 1;
            }
        }
        assert!(seen > 0, "{name}");
        // A browser's script may read the code header.
        if let Some(header) = &layout.code_header {
            assert!(registry.read_headers().contains(&header.as_str()), "{name}");
            let outputs = project.outputs(&registry).unwrap();
            let source = outputs
                .iter()
                .find(|o| o.path.ends_with("error_codes.rs"))
                .unwrap();
            // The runtime's layout names it, and the CORS list exposes it.
            assert!(
                source
                    .contents
                    .contains(&format!(".code_header({header:?})")),
                "{name}"
            );
            let expose = source
                .contents
                .split("CORS_EXPOSE_HEADERS: &[&str] = &[")
                .nth(1)
                .unwrap();
            let expose = &expose[..expose.find("];").unwrap()];
            // (Header names compare case-insensitively.)
            assert!(
                expose
                    .to_ascii_lowercase()
                    .contains(&format!("{:?}", header.to_ascii_lowercase())),
                "{name}: {expose}"
            );
        }
    }
    assert!(
        FIXTURES
            .iter()
            .any(|name| registry(name).body.unwrap().code_header.is_some()),
        "the Azure fixture names its code header"
    );
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
            &wire_code(&registry, &expected.code),
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
        // The qualifier around the code, and the marker of a 2xx error.
        let (prefix, suffix) = &layout.code_qualifier;
        for text in [prefix, suffix].into_iter().filter(|t| !t.is_empty()) {
            assert!(page.contains("holds the code"), "{name}");
            assert!(page.contains(&format!("`{text}`")), "{name}: {text}");
        }
        if let Some(marker) = &layout.error_marker {
            assert!(
                page.contains(&format!("a body whose `{marker}` is")),
                "{name}"
            );
        }
    }
}

/// What a client read, as `{code, message, request_id, details, errors}`
/// (`errors`: how many). A layout with a field pointer sends one error per
/// problem with a field, each with its problem as the message: the first
/// is read with every field error.
fn expected_read(registry: &Registry, code: &str) -> Value {
    let layout = registry.body.as_ref().unwrap();
    let problems = sent_fields()
        .as_object()
        .unwrap()
        .values()
        .map(|p| p.as_array().unwrap().len())
        .sum::<usize>();
    let (message, errors) = match &layout.field_pointer {
        Some(_) => (sent_fields()["name"][0].clone(), problems),
        None => (json!("Some fields are invalid"), 1),
    };
    let fields = layout.details.is_some() || layout.field_pointer.is_some();
    json!({
        "code": code,
        // A layout without a message member: the readers' `""`.
        "message": if layout.message.is_some() { message } else { json!("") },
        "request_id": layout.request_id.as_ref().map(|_| "req_1"),
        "details": fields.then(|| json!({"fields": sent_fields()})),
        "errors": errors,
    })
}

/// The typed details (Python's dataclass, its fields that have a value) a
/// client reads of `details` for `code`: `Null` for a code that declares
/// no members or a body without details.
fn expected_typed(registry: &Registry, code: &str, details: &Value) -> Value {
    let Some((_, entry)) = registry.code(code) else {
        return Value::Null;
    };
    if entry.members.is_empty() || details.is_null() {
        return Value::Null;
    }
    let fields: serde_json::Map<String, Value> = entry
        .members
        .iter()
        .filter_map(|m| Some((m.python_name.clone(), details.get(&m.name)?.clone())))
        .filter(|(_, v)| !v.is_null())
        .collect();
    Value::Object(fields)
}

/// The field error of a documented body whose first error has a field
/// pointer, as the runtime's details (`{"fields": {field: [message]}}`);
/// `Null` for a body without one.
pub(super) fn documented_field(registry: &Registry, body: &Value, message: &str) -> Value {
    let layout = registry.body.as_ref().unwrap();
    let Some(path) = &layout.field_pointer else {
        return Value::Null;
    };
    match at(body, &layout.full_path(path)).as_str() {
        Some(pointer) => {
            let field =
                error_codes_runtime::wire::field_of_pointer(&layout.pointer_prefix, pointer);
            json!({"fields": {field: [message]}})
        }
        None => Value::Null,
    }
}

/// One response a client reads: its body, status and headers, and what it
/// must read (`null`: not an error).
struct ToRead {
    body: Value,
    status: u16,
    headers: Vec<(String, String)>,
    expected: Value,
}

/// The responses a client reads, each with what it must read: the
/// runtime's body with members no layout describes, and the fixture's
/// documented body (its code and message; no request id in any of them).
/// With the layout's code header, the runtime's body without its code
/// member, the code in the header; with its error marker, a success body
/// of the same 2xx status, which is no error.
fn bodies_to_read(registry: &Registry, name: &str) -> Vec<ToRead> {
    let layout = registry.body.as_ref().unwrap();
    let (code, status, body) = sent(registry);
    let mut out = vec![ToRead {
        body: with_extras(registry, &body),
        status,
        headers: Vec::new(),
        expected: expected_read(registry, &code),
    }];
    if let Some(header) = &layout.code_header {
        let mut codeless = body.clone();
        let path = layout.full_path(&layout.code);
        let (parent, last) = path.rsplit_once('.').unwrap_or(("", &path));
        let holder = parent
            .split('.')
            .filter(|p| !p.is_empty())
            .fold(&mut codeless, |value, name| &mut value[name]);
        holder.as_object_mut().unwrap().remove(last);
        out.push(ToRead {
            body: codeless,
            status,
            headers: vec![(header.clone(), code.clone())],
            expected: expected_read(registry, &code),
        });
    }
    if let Some(marker) = &layout.error_marker {
        assert!((200..300).contains(&status), "{name}: a 2xx error");
        let mut success = body.clone();
        *marker
            .split('.')
            .fold(&mut success, |value, name| &mut value[name]) = json!(true);
        out.push(ToRead {
            body: success,
            status,
            headers: Vec::new(),
            expected: Value::Null,
        });
    }
    let (documented, _) = documented(name);
    if !documented.is_null() {
        let read = |path: &Option<String>| {
            path.as_ref().map_or(Value::Null, |p| {
                at(&documented, &layout.full_path(p)).clone()
            })
        };
        let message = match read(&layout.message) {
            Value::Null => json!(""),
            message => message,
        };
        let details = match documented_field(registry, &documented, message.as_str().unwrap()) {
            Value::Null => documented_details(registry, &documented),
            field => field,
        };
        let errors = match layout.root_as_written() {
            Some(root) if layout.root_items => match root.trim_end_matches("[]") {
                // A body that is the array (`root: "[]"`).
                "" => &documented,
                array => at(&documented, array),
            }
            .as_array()
            .unwrap()
            .len(),
            _ => 1,
        };
        let code = code_text(registry, at(&documented, &layout.full_path(&layout.code)));
        let status = documented_status(name).unwrap_or(registry.code(&code).unwrap().1.status);
        let expected = json!({
            "code": code,
            "message": message,
            "request_id": read(&layout.request_id),
            "details": details,
            "errors": errors,
        });
        out.push(ToRead {
            body: documented,
            status,
            headers: Vec::new(),
            expected,
        });
    }
    out
}

#[test]
fn the_rust_client_reads_every_response() {
    let (mut headers_read, mut successes) = (0_usize, 0_usize);
    for name in FIXTURES {
        let registry = registry(name);
        let layout = runtime_layout(&registry);
        for case in bodies_to_read(&registry, name) {
            // What `client::ErrorResponse` does with a response: a 2xx is an
            // error only when the layout's marker marks it; the code
            // header's code when the body has none.
            let is_error = !(200..300).contains(&case.status) || layout.marks_error(&case.body);
            let header = case.headers.first().map(|(_, value)| value.as_str());
            let read = is_error
                .then(|| layout.read_with_code_header::<error_codes::ErrorCode>(&case.body, header))
                .flatten()
                .map(|e| {
                    // Every error of the body (one, but for an array root's).
                    let all = layout
                        .read_all::<error_codes::ErrorCode>(&case.body)
                        .map_or(1, |all| all.len());
                    json!({"code": e.code.as_str(), "message": e.message,
                           "request_id": e.request_id,
                           "fields": e.details.get("fields").cloned().unwrap_or(Value::Null),
                           "errors": all})
                });
            // This API's vocabulary reads the fixture's codes as codes it
            // does not know: their field errors, not their declared members.
            let expected = match &case.expected {
                Value::Null => Value::Null,
                expected => json!({
                    "code": expected["code"],
                    "message": expected["message"],
                    "request_id": expected["request_id"],
                    "fields": expected["details"].get("fields").cloned().unwrap_or(Value::Null),
                    "errors": expected["errors"],
                }),
            };
            assert_eq!(
                read.unwrap_or(Value::Null),
                expected,
                "{name}: {}",
                case.body
            );
            headers_read += usize::from(header.is_some());
            successes += usize::from(case.expected.is_null());
        }
    }
    assert!(
        headers_read >= 2,
        "the Azure and AWS fixtures name a code header"
    );
    assert!(
        successes >= 1,
        "the Slack fixture answers errors with a 200"
    );
}

/// Every fixture's registry, and each response a client reads with the
/// index of its fixture's registry: the inputs of one reader process.
fn every_body_to_read() -> (Vec<Registry>, Vec<(usize, ToRead)>) {
    let registries: Vec<Registry> = FIXTURES.iter().map(|name| registry(name)).collect();
    let cases = FIXTURES
        .iter()
        .enumerate()
        .flat_map(|(i, name)| {
            bodies_to_read(&registries[i], name)
                .into_iter()
                .map(move |case| (i, case))
        })
        .collect();
    (registries, cases)
}

/// What a TypeScript or Python reader is handed for `case`: the body as
/// sent (text), its status and headers.
fn reader_input(case: &ToRead) -> Value {
    let headers: serde_json::Map<String, Value> = case
        .headers
        .iter()
        .map(|(k, v)| (k.clone(), json!(v)))
        .collect();
    json!({"body": case.body.to_string(), "status": case.status, "headers": headers})
}

#[test]
fn the_typescript_reader_reads_the_runtimes_body() {
    let (registries, cases) = every_body_to_read();
    let reader = "import { ErrorResponse } from \"./src/index.js\";\n\
         export function read(input: { body: string; status: number; headers: { [name: string]: string } }): unknown {\n\
           const read = ErrorResponse.fromBody(input.status, input.body, input.headers);\n\
           const error = read?.error;\n\
           return error === undefined ? null : {code: error.code, message: error.message, \
         request_id: error.request_id ?? null, details: error.details ?? null, \
         errors: read?.envelope.errors?.length ?? null};\n\
         }\n";
    let inputs: Vec<_> = cases
        .iter()
        .map(|(i, case)| (*i, reader_input(case)))
        .collect();
    let read = readers::typescript(
        "ts-layouts",
        &registries.iter().collect::<Vec<_>>(),
        reader,
        &inputs,
    );
    for ((i, case), read) in cases.iter().zip(read) {
        assert_eq!(read, case.expected, "{}: {}", FIXTURES[*i], case.body);
    }
}

#[test]
fn the_python_reader_reads_the_runtimes_body() {
    let (registries, mut cases) = every_body_to_read();
    // And the typed details of a code that declares members.
    for (i, case) in &mut cases {
        if let Some(code) = case.expected["code"].as_str().map(str::to_owned) {
            case.expected["typed"] =
                expected_typed(&registries[*i], &code, &case.expected["details"]);
        }
    }
    let reader = "import dataclasses\n\
         def read(package, input):\n\
         \x20   ErrorResponse = importlib.import_module(package).ErrorResponse\n\
         \x20   DETAIL_MEMBERS = importlib.import_module(package + '._registry').DETAIL_MEMBERS\n\
         \x20   read = ErrorResponse.from_response(input['status'], input['headers'], input['body'])\n\
         \x20   e = None if read is None else read.error\n\
         \x20   c = None if e is None else str(getattr(e.code, 'value', e.code))\n\
         \x20   t = e.typed_details() if c in DETAIL_MEMBERS else None\n\
         \x20   typed = None if t is None else {k: v for k, v in dataclasses.asdict(t).items() if v is not None}\n\
         \x20   return None if e is None else {'code': c, 'message': e.message, \
         'request_id': e.request_id, 'details': e.details, 'typed': typed, 'errors': len(read.envelope.errors)}\n";
    let inputs: Vec<_> = cases
        .iter()
        .map(|(i, case)| (*i, reader_input(case)))
        .collect();
    let read = readers::python(
        "py-layouts",
        &registries.iter().collect::<Vec<_>>(),
        reader,
        &inputs,
    );
    // Typed details read with a structured member (`type: object[]`).
    let mut structured = 0;
    for ((i, case), read) in cases.iter().zip(read) {
        assert_eq!(read, case.expected, "{}: {}", FIXTURES[*i], case.body);
        structured += usize::from(read["typed"].as_object().is_some_and(|typed| {
            typed
                .values()
                .any(|v| v.as_array().is_some_and(|a| a.iter().any(Value::is_object)))
        }));
    }
    assert!(
        structured >= 1,
        "the Box fixture's documented conflicts read as typed objects"
    );
}
