//! The schemas of typed details, on the typed-details fixture
//! (`tests/fixtures/details/registry.yaml`) and on the same registry with
//! `envelope: rfc9457`: the standalone JSON Schema accepts each code's body
//! with its declared members (and more members, and an `enum:` value added
//! later), a body of a code without declared details and of a code added
//! later, and rejects a body that lacks a required member or carries a
//! wrongly typed one; the OpenAPI document is valid and its examples fit
//! their responses. Tier 2: openapi-typescript 7's types from the OpenAPI
//! document narrow details by code under `tsc --strict`.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use error_codes_codegen::{Code, Envelope, Member, MemberType, Registry};
use error_codes_tests::yaml::{self, Node};
use error_codes_tests::{absent_snake_case_code, output, project, workspace_root};
use serde_json::{Map, Value, json};

use super::outputs_typescript::{assert_success, node, scratch, tsc};

const FIXTURE: &str = "tests/fixtures/details/registry.yaml";
/// The RFC 9457 fixture, whose schema names the problem document's own members.
const RFC9457_FIXTURE: &str = "tests/fixtures/rfc9457/registry.yaml";
const DOCUMENT_URI: &str = "https://example.com/details.openapi.json";

pub(super) fn nested() -> Registry {
    Registry::load(workspace_root().join(FIXTURE)).unwrap()
}

/// The members every problem document has: the properties of the
/// problem-details schema of a registry without declared members.
fn problem_members() -> Vec<String> {
    let registry = Registry::load(workspace_root().join(RFC9457_FIXTURE)).unwrap();
    assert!(registry.codes().all(|(_, c)| c.members.is_empty()));
    let schema = standalone_schema(&registry);
    let root = schema["$ref"].as_str().unwrap().rsplit('/').next().unwrap();
    schema["$defs"][root]["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect()
}

/// The fixture with `envelope: rfc9457`, less the members a problem
/// document holds itself (refused there as member names).
pub(super) fn rfc9457() -> Registry {
    let text = std::fs::read_to_string(workspace_root().join(FIXTURE)).unwrap();
    let mut tree = yaml::parse(&text).unwrap();
    tree.set("envelope", Node::str("rfc9457")).unwrap();
    let own = problem_members();
    for category in tree.get_mut("categories").unwrap().as_seq_mut().unwrap() {
        for code in category.get_mut("codes").unwrap().as_seq_mut().unwrap() {
            if let Some(Node::Map(members)) = code.get_mut("details") {
                members.retain(|(name, _)| !own.contains(name));
            }
        }
    }
    let registry = Registry::parse(FIXTURE, &yaml::to_pyyaml_layout(&tree))
        .unwrap_or_else(|e| panic!("the rfc9457 variant is invalid:\n{e}"));
    assert_eq!(registry.envelope, Envelope::Rfc9457);
    assert!(registry.codes().any(|(_, c)| !c.members.is_empty()));
    registry
}

fn standalone_schema(registry: &Registry) -> Value {
    let project = project();
    serde_json::from_str(&output(&project, registry, &project.config().json_schema)).unwrap()
}

pub(super) fn openapi_yaml(registry: &Registry) -> String {
    let project = project();
    output(&project, registry, &project.config().openapi)
}

/// A value of `member`'s type.
pub(super) fn valid_value(member: &Member) -> Value {
    let scalar = match &member.ty {
        MemberType::String => json!("text"),
        MemberType::Integer => json!(-3),
        MemberType::Number => json!(2.5),
        MemberType::Boolean => json!(true),
        MemberType::Enum(values) => json!(values[0]),
        other => panic!("no value for {other:?}"),
    };
    if member.list { json!([scalar]) } else { scalar }
}

/// Values that are not of `member`'s type, each with why.
fn wrong_values(member: &Member) -> Vec<(Value, &'static str)> {
    let scalar = match &member.ty {
        MemberType::String | MemberType::Enum(_) => json!(7),
        // Not a whole number.
        MemberType::Integer => json!(2.5),
        MemberType::Number | MemberType::Boolean => json!("text"),
        other => panic!("no value for {other:?}"),
    };
    let mut wrong = vec![(json!(null), "null")];
    if member.list {
        wrong.push((json!([scalar]), "an item of another type"));
        let mut item = valid_value(member);
        wrong.push((
            item.as_array_mut().unwrap().remove(0),
            "an item, not a list",
        ));
    } else {
        wrong.push((scalar, "another type"));
        wrong.push((json!([valid_value(member)]), "a list"));
    }
    wrong
}

/// Every member `code` declares, or only its required ones.
pub(super) fn members(code: &Code, optional_too: bool) -> Map<String, Value> {
    code.members
        .iter()
        .filter(|m| optional_too || !m.optional)
        .map(|m| (m.name.clone(), valid_value(m)))
        .collect()
}

/// A body of `code` carrying `details` as the registry's envelope puts them:
/// the nested envelope's `error.details`, or a problem document's top-level
/// members (RFC 9457).
fn body(registry: &Registry, code: &str, status: u16, details: Map<String, Value>) -> Value {
    match registry.envelope {
        Envelope::Rfc9457 => {
            let mut problem = json!({
                "type": "about:blank", "title": code, "status": status,
                "detail": "d", "code": code,
            });
            problem.as_object_mut().unwrap().extend(details);
            problem
        }
        _ => json!({"error": {"code": code, "message": "m", "details": details}}),
    }
}

fn problems(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

fn assert_schema_ties_codes_to_their_details(registry: &Registry) {
    let schema = standalone_schema(registry);
    jsonschema::draft202012::meta::validate(&schema).unwrap();
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    assert_ties(registry, &validator);
}

/// `validator` (of a body in `registry`'s envelope) accepts each code's
/// declared members, more members and `enum:` values added later, a body
/// of a code without declared details or added later, and refuses a
/// missing required member or a wrongly typed one.
pub(super) fn assert_ties(registry: &Registry, validator: &jsonschema::Validator) {
    let accepts = |body: &Value, why: &str| {
        let found = problems(validator, body);
        assert!(found.is_empty(), "{why}: {body} was refused: {found:?}");
    };
    let refuses = |body: &Value, why: &str| {
        assert!(!validator.is_valid(body), "{why}: {body} was accepted");
    };
    let mut declaring = 0;
    for (_, code) in registry.codes().filter(|(_, c)| !c.members.is_empty()) {
        declaring += 1;
        let (name, status) = (code.code.as_str(), code.status);
        let all = members(code, true);
        accepts(&body(registry, name, status, all.clone()), "every member");
        accepts(
            &body(registry, name, status, members(code, false)),
            "the required members",
        );
        let mut more = all.clone();
        more.insert("member_added_later".into(), json!({"any": ["thing"]}));
        accepts(&body(registry, name, status, more), "a member added later");
        for member in &code.members {
            if let MemberType::Enum(values) = &member.ty {
                let later = format!("{}_added_later", values.join("_"));
                let value = if member.list {
                    json!([later])
                } else {
                    json!(later)
                };
                let mut details = all.clone();
                details.insert(member.name.clone(), value);
                accepts(
                    &body(registry, name, status, details),
                    "an enum value added later",
                );
            }
            if !member.optional {
                let mut details = all.clone();
                details.remove(&member.name);
                refuses(
                    &body(registry, name, status, details),
                    &format!("{name} without its required {}", member.name),
                );
            }
            for (wrong, why) in wrong_values(member) {
                let mut details = all.clone();
                details.insert(member.name.clone(), wrong);
                refuses(
                    &body(registry, name, status, details),
                    &format!("{name}.{}: {why}", member.name),
                );
            }
        }
        if code.members.iter().any(|m| !m.optional) {
            let mut bare = body(registry, name, status, Map::new());
            if let Some(error) = bare.get_mut("error") {
                error.as_object_mut().unwrap().remove("details");
            }
            refuses(&bare, &format!("{name} without details"));
        }
    }
    assert!(declaring > 0, "the fixture declares members");

    // Every member name of every declaring code, each with a wrong value:
    // fine for a code that declares none of them, and for a code added later.
    let mut wrong = Map::new();
    for (_, code) in registry.codes() {
        for member in &code.members {
            wrong.insert(member.name.clone(), wrong_values(member)[0].0.clone());
        }
    }
    wrong.remove("code");
    let later = absent_snake_case_code(registry.codes().map(|(_, c)| c.code.as_str()));
    accepts(
        &body(registry, &later, 500, wrong.clone()),
        "a code added later",
    );
    let mut untyped = 0;
    for (_, code) in registry
        .codes()
        .filter(|(_, c)| c.members.is_empty() && c.details.is_none())
    {
        untyped += 1;
        accepts(
            &body(registry, &code.code, code.status, wrong.clone()),
            "a code without declared details",
        );
        accepts(
            &body(registry, &code.code, code.status, Map::new()),
            "a code without declared details, with none",
        );
    }
    assert!(untyped > 0, "the fixture has a code without details");
}

#[test]
fn the_nested_schema_ties_each_code_to_its_details() {
    assert_schema_ties_codes_to_their_details(&nested());
}

#[test]
fn the_problem_details_schema_carries_declared_members_at_the_top_level() {
    assert_schema_ties_codes_to_their_details(&rfc9457());
}

#[test]
fn field_errors_stay_tied_to_their_code() {
    let registry = nested();
    let schema = standalone_schema(&registry);
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut seen = 0;
    for (_, code) in registry.codes().filter(|(_, c)| c.details.is_some()) {
        seen += 1;
        let fields = |fields: Value| json!({"error": {"code": code.code, "message": "m", "details": {"fields": fields}}});
        assert!(validator.is_valid(&fields(json!({"name": ["is required"]}))));
        assert!(!validator.is_valid(&fields(json!({"name": "not a list"}))));
    }
    assert!(seen > 0);
}

/// Each details schema lists the members, their descriptions and the
/// required ones, and is open to members added later.
#[test]
fn each_details_schema_documents_its_members() {
    for registry in [nested(), rfc9457()] {
        let document: Value = serde_saphyr::from_str(&openapi_yaml(&registry)).unwrap();
        let schemas = &document["components"]["schemas"];
        // The body's union: the one schema with a discriminator.
        let mut unions = schemas
            .as_object()
            .unwrap()
            .values()
            .filter(|s| s.get("discriminator").is_some());
        let union = unions.next().expect("a schema has a discriminator");
        assert!(unions.next().is_none());
        assert_eq!(union["discriminator"]["propertyName"], "code");
        for (_, code) in registry.codes().filter(|(_, c)| !c.members.is_empty()) {
            // The schema the discriminator maps the code to refers to it.
            let variant = union["discriminator"]["mapping"][&code.code]
                .as_str()
                .unwrap_or_else(|| panic!("{} has no mapping", code.code));
            let variant = variant.rsplit('/').next().unwrap();
            let refs = serde_json::to_string(&schemas[variant]).unwrap();
            let details = schemas
                .as_object()
                .unwrap()
                .iter()
                .find(|(name, _)| refs.contains(&format!("/{name}\"")) && name.ends_with("Details"))
                .map(|(_, schema)| schema)
                .unwrap_or_else(|| panic!("{variant} refers to no details schema: {refs}"));
            assert_eq!(details["additionalProperties"], true, "{}", code.code);
            let required: Vec<&str> = code
                .members
                .iter()
                .filter(|m| !m.optional)
                .map(|m| m.name.as_str())
                .collect();
            assert_eq!(details["required"], json!(required), "{}", code.code);
            let properties = details["properties"].as_object().unwrap();
            // Whatever order `serde_json` keeps: the names.
            let mut names: Vec<&String> = code.members.iter().map(|m| &m.name).collect();
            names.sort();
            let mut written: Vec<&String> = properties.keys().collect();
            written.sort();
            assert_eq!(written, names);
            for member in &code.members {
                let schema = &properties[&member.name];
                if let Some(description) = &member.description {
                    // OpenAPI descriptions are CommonMark: the words stay.
                    let text = schema["description"].as_str().unwrap();
                    for word in description.split(|c: char| !c.is_alphanumeric()) {
                        assert!(text.contains(word), "{word} in {text}");
                    }
                }
                let item = if member.list {
                    assert_eq!(schema["type"], "array");
                    &schema["items"]
                } else {
                    schema
                };
                assert_eq!(item["type"], member.ty.as_str(), "{}", member.name);
                if let MemberType::Enum(values) = &member.ty {
                    assert_eq!(item["examples"], json!(values));
                    assert!(item.get("enum").is_none(), "a value added later is valid");
                }
            }
        }
    }
}

#[test]
fn the_openapi_documents_are_valid_and_their_examples_fit_their_responses() {
    for registry in [nested(), rfc9457()] {
        let document: Value = serde_saphyr::from_str(&openapi_yaml(&registry)).unwrap();
        let found = crate::openapi_3_1_problems(&document);
        assert!(found.is_empty(), "{}", found.join("\n"));
        for (name, schema) in document["components"]["schemas"].as_object().unwrap() {
            jsonschema::draft202012::meta::validate(schema)
                .unwrap_or_else(|e| panic!("{name} is not a valid schema: {e}"));
        }
        let schemas = jsonschema::Registry::new()
            .add(DOCUMENT_URI, document.clone())
            .unwrap()
            .prepare()
            .unwrap();
        let mut seen = 0;
        for (name, response) in document["components"]["responses"].as_object().unwrap() {
            for (media, content) in response["content"].as_object().unwrap() {
                let pointer = format!(
                    "{DOCUMENT_URI}#/components/responses/{name}/content/{}/schema",
                    media.replace('~', "~0").replace('/', "~1")
                );
                let own = jsonschema::options()
                    .with_draft(jsonschema::Draft::Draft202012)
                    .with_registry(&schemas)
                    .build(&json!({"$ref": pointer}))
                    .unwrap();
                for (code, example) in content["examples"].as_object().unwrap() {
                    let value = &example["value"];
                    let found = problems(&own, value);
                    assert!(found.is_empty(), "{code}: {value}: {found:?}");
                    let (_, entry) = registry.code(code).unwrap();
                    // The example shows the declared members where they go.
                    let carrier = match registry.envelope {
                        Envelope::Rfc9457 => value,
                        _ => &value["error"]["details"],
                    };
                    for member in &entry.members {
                        assert!(!carrier[&member.name].is_null(), "{code}.{}", member.name);
                    }
                    seen += 1;
                }
            }
        }
        assert_eq!(seen, registry.codes().count());
    }
}

/// openapi-typescript and its TypeScript, pinned by the package-lock beside
/// their manifest (`tests/tools/openapi-typescript/`), installed with
/// `npm ci` when missing.
fn openapi_typescript() -> PathBuf {
    let dir = workspace_root().join("tests/tools/openapi-typescript");
    let bin = dir.join("node_modules/openapi-typescript/bin/cli.js");
    let lock: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("package-lock.json")).unwrap())
            .unwrap();
    let locked = &lock["packages"]["node_modules/openapi-typescript"]["version"];
    assert!(
        locked.as_str().is_some_and(|v| v.starts_with("7.")),
        "the lock pins openapi-typescript 7: {locked}"
    );
    let installed: Option<Value> =
        std::fs::read_to_string(dir.join("node_modules/openapi-typescript/package.json"))
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok());
    if installed.is_none_or(|p| &p["version"] != locked) {
        let out = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&dir)
            .output()
            .unwrap_or_else(|e| panic!("cannot run npm (install Node.js and npm): {e}"));
        assert_success("npm ci (openapi-typescript)", &out);
    }
    bin
}

/// A probe of the types openapi-typescript makes of `registry`'s OpenAPI
/// document: for each code that declares members, narrowing the body by its
/// code types every member as declared; an undeclared member, a member read
/// under another code and a code the API does not have are type errors
/// (`@ts-expect-error`, which tsc reports when unused).
fn narrowing_probe(registry: &Registry) -> String {
    let (root, body) = match registry.envelope {
        Envelope::Rfc9457 => ("ProblemDetails", "body"),
        _ => ("ErrorEnvelope", "body.error"),
    };
    let carrier = |at: &str| match registry.envelope {
        Envelope::Rfc9457 => at.to_string(),
        _ => format!("{at}.details"),
    };
    let ts_type = |member: &Member| {
        let scalar = match member.ty {
            MemberType::Integer | MemberType::Number => "number",
            MemberType::Boolean => "boolean",
            _ => "string",
        };
        let list = if member.list {
            format!("{scalar}[]")
        } else {
            scalar.to_string()
        };
        if member.optional {
            format!("{list} | undefined")
        } else {
            list
        }
    };
    let mut probe = format!(
        "import type {{ components }} from \"./schema.js\";\n\n\
         export function probe(body: components[\"schemas\"][\"{root}\"]): void {{\n\
         \x20 const error = {body};\n"
    );
    let declaring: Vec<&Code> = registry
        .codes()
        .map(|(_, c)| c)
        .filter(|c| !c.members.is_empty())
        .collect();
    for (i, code) in declaring.iter().enumerate() {
        let details = carrier("error");
        probe.push_str(&format!("  if (error.code === {:?}) {{\n", code.code));
        for (j, member) in code.members.iter().enumerate() {
            probe.push_str(&format!(
                "    const m{j}: {} = {details}[{:?}];\n    void m{j};\n",
                ts_type(member),
                member.name
            ));
        }
        probe.push_str(&format!(
            "    // @ts-expect-error: not a declared member\n    \
             const undeclared: number = {details}.member_not_declared;\n    void undeclared;\n"
        ));
        // A required member of another code, of another name, is not this code's.
        let other = declaring
            .iter()
            .enumerate()
            .filter(|(k, _)| *k != i)
            .flat_map(|(_, c)| &c.members)
            .find(|m| !m.optional && code.members.iter().all(|own| own.name != m.name));
        if let Some(other) = other {
            probe.push_str(&format!(
                "    // @ts-expect-error: a member of another code\n    \
                 const foreign: {} = {details}[{:?}];\n    void foreign;\n",
                ts_type(other),
                other.name
            ));
        }
        probe.push_str("  }\n");
    }
    let absent = absent_snake_case_code(registry.codes().map(|(_, c)| c.code.as_str()));
    probe.push_str(&format!(
        "  // @ts-expect-error: not a code of the API\n  if (error.code === {absent:?}) return;\n}}\n"
    ));
    probe
}

fn assert_openapi_typescript_narrows(registry: &Registry, name: &str) {
    let generator = openapi_typescript();
    let dir = scratch(name);
    std::fs::write(dir.join("openapi.yaml"), openapi_yaml(registry)).unwrap();
    let out = node(&[
        generator.as_os_str(),
        dir.join("openapi.yaml").as_os_str(),
        "-o".as_ref(),
        dir.join("schema.ts").as_os_str(),
    ]);
    assert_success("openapi-typescript", &out);
    let probe = narrowing_probe(registry);
    std::fs::write(dir.join("probe.ts"), &probe).unwrap();
    write_strict_tsconfig(&dir);
    let out = node(&[tsc().as_os_str(), "-p".as_ref(), dir.as_os_str()]);
    assert_success(
        &format!(
            "tsc --strict (the probe)\n{probe}\n{}",
            std::fs::read_to_string(dir.join("schema.ts")).unwrap()
        ),
        &out,
    );
}

fn write_strict_tsconfig(dir: &Path) {
    let config = json!({
        "compilerOptions": {
            "strict": true,
            "noEmit": true,
            "module": "nodenext",
            "moduleResolution": "nodenext",
            "target": "es2022",
            "skipLibCheck": true,
        },
        "files": ["probe.ts"],
    });
    std::fs::write(dir.join("tsconfig.json"), config.to_string()).unwrap();
    std::fs::write(dir.join("package.json"), r#"{"type": "module"}"#).unwrap();
}

#[test]
#[ignore = "tier 2: installs openapi-typescript 7 with npm and runs it and tsc --strict"]
fn openapi_typescript_narrows_details_by_code() {
    let _clock = crate::Clock::start();
    assert_openapi_typescript_narrows(&nested(), "openapi-typescript-nested");
    assert_openapi_typescript_narrows(&rfc9457(), "openapi-typescript-rfc9457");
}
