//! Structured details members (`type: object`, `object[]`), through every
//! client and schema, on the fixture `tests/fixtures/details/objects.yaml`
//! (objects nested three deep, optional objects, lists of objects, `enum:`
//! members inside): a body holding a value of every declared member, as the
//! registry nests them, validates against the JSON Schema, which refuses a
//! wrongly typed nested member and accepts one it does not describe; the
//! Python package reads it into nested dataclasses (field for field) and
//! names the top member of a wrongly typed nested one, and `mypy --strict`
//! accepts the package; the TypeScript package types each nested member
//! (`tsc` accepts a read of it as its type and refuses it as another).
//! Every expectation comes from the fixture's registry.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;
use std::process::Command;

use error_codes_codegen::{Member, MemberType, Registry};
use error_codes_tests::{output, project, typescript_data, workspace_root};
use serde_json::{Map, Value, json};

use super::outputs_python::{mypy_cache, package_for, python, run};
use super::outputs_typescript::{assert_success, copy_sources, node, scratch, tsc, write_tsconfig};

fn registry() -> Registry {
    let path = workspace_root().join("tests/fixtures/details/objects.yaml");
    Registry::load(path).unwrap()
}

/// The codes that declare members, with at least one object among them.
fn declaring(registry: &Registry) -> Vec<&error_codes_codegen::Code> {
    let codes: Vec<_> = registry
        .codes()
        .map(|(_, c)| c)
        .filter(|c| !c.members.is_empty())
        .collect();
    assert!(
        codes.iter().flat_map(|c| &c.members).any(|m| m
            .object_members()
            .is_some_and(|inner| inner.iter().any(|m| m.object_members().is_some()))),
        "the fixture nests objects in objects"
    );
    codes
}

/// A value of each of `members` (every optional one too), keyed by
/// `key` (the wire name, or the Python field): a list has two items.
fn sample(members: &[Member], key: fn(&Member) -> &str) -> Value {
    let mut out = Map::new();
    for (n, member) in members.iter().enumerate() {
        let item = match &member.ty {
            MemberType::String => json!(format!("text {n}")),
            MemberType::Integer => json!(1_000 + n as i64),
            MemberType::Number => json!(n as f64 + 0.25),
            MemberType::Boolean => json!(n % 2 == 0),
            MemberType::Enum(values) => json!(values[0]),
            MemberType::Object(inner) => sample(inner, key),
            other => panic!("a member type this test does not know: {other:?}"),
        };
        let value = if member.list {
            json!([item.clone(), item])
        } else {
            item
        };
        out.insert(key(member).to_owned(), value);
    }
    Value::Object(out)
}

fn wire(member: &Member) -> &str {
    &member.name
}

fn python_field(member: &Member) -> &str {
    &member.python_name
}

/// The first string member nested in an object of `members`, with the
/// members it is under (the top one first).
fn nested_scalar(members: &[Member]) -> Vec<&Member> {
    fn find<'a>(members: &'a [Member], under: &[&'a Member]) -> Option<Vec<&'a Member>> {
        members.iter().find_map(|m| {
            let mut here = under.to_vec();
            here.push(m);
            match m.object_members() {
                Some(inner) => find(inner, &here),
                None if !under.is_empty() && matches!(m.ty, MemberType::String) => Some(here),
                None => None,
            }
        })
    }
    find(members, &[]).expect("a string member inside an object")
}

/// The JSON Pointer of `chain` in a [`sample`] (a list's first item).
fn pointer(chain: &[&Member]) -> String {
    chain
        .iter()
        .map(|m| format!("/{}{}", m.name, if m.list { "/0" } else { "" }))
        .collect()
}

fn body(code: &str, details: Value) -> Value {
    json!({"error": {"code": code, "message": "m", "details": details}})
}

#[test]
fn the_json_schema_types_each_nested_member_and_stays_open() {
    let registry = registry();
    let project = project();
    let schema: Value =
        serde_json::from_str(&output(&project, &registry, &project.config().json_schema)).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for code in declaring(&registry) {
        let details = sample(&code.members, wire);
        let good = body(&code.code, details.clone());
        let errors: Vec<String> = validator
            .iter_errors(&good)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", code.code);
        // A wrongly typed nested member is refused.
        let pointer = pointer(&nested_scalar(&code.members));
        let mut wrong = good.clone();
        *wrong
            .pointer_mut(&format!("/error/details{pointer}"))
            .unwrap() = json!(12345);
        assert!(!validator.is_valid(&wrong), "{}: {wrong}", code.code);
        // A nested member it does not describe is accepted.
        let (parent, _) = pointer.rsplit_once('/').unwrap();
        let mut extra = good.clone();
        extra
            .pointer_mut(&format!("/error/details{parent}"))
            .unwrap()
            .as_object_mut()
            .unwrap()
            .insert("added-later".into(), json!(1));
        assert!(validator.is_valid(&extra), "{}: {extra}", code.code);
    }
}

#[test]
fn the_python_package_reads_nested_dataclasses_and_type_checks() {
    let registry = registry();
    let dir = package_for("python-member-objects", &registry);
    let module = project().config().python_module.clone();
    let mut cases = Vec::new();
    let mut expected = Vec::new();
    for code in declaring(&registry) {
        let details = sample(&code.members, wire);
        cases.push(body(&code.code, details.clone()));
        expected.push(json!({"typed": sample(&code.members, python_field)}));
        let chain = nested_scalar(&code.members);
        let mut wrong = details;
        *wrong.pointer_mut(&pointer(&chain)).unwrap() = json!(12345);
        cases.push(body(&code.code, wrong));
        // Named by the code's member it is under.
        expected.push(json!({"error": "DetailsError", "member": chain[0].name}));
    }
    let script = format!(
        "import dataclasses, json, sys\n\
         from {module} import DetailsError, parse_error_envelope\n\
         out = []\n\
         for case in json.loads(sys.argv[1]):\n    \
             envelope = parse_error_envelope(json.dumps(case))\n    \
             try:\n        \
                 typed = envelope.error.typed_details()\n    \
             except DetailsError as error:\n        \
                 out.append({{'error': type(error).__name__, 'member': error.member}})\n        \
                 continue\n    \
             out.append({{'typed': dataclasses.asdict(typed)}})\n\
         print(json.dumps(out))\n"
    );
    let out = run(
        "python (nested details)",
        Command::new(python())
            .args(["-c", &script])
            .arg(Value::from(cases).to_string())
            .env("PYTHONPATH", &dir)
            .current_dir(&dir),
    );
    let read: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(read, Value::from(expected));
    run(
        "mypy --strict (the structured details package)",
        Command::new(python())
            .args(["-m", "mypy", "--strict", "--cache-dir"])
            .arg(mypy_cache("member-objects"))
            .arg(&module)
            .env("MYPYPATH", &dir)
            .current_dir(&dir),
    );
}

#[test]
fn the_typescript_package_types_each_nested_member() {
    let registry = registry();
    let project = project();
    let dir = scratch("ts-member-objects");
    copy_sources(
        &dir,
        Some(&output(
            &project,
            &registry,
            &typescript_data(project.config()),
        )),
    );
    // Each nested string member read as a string, and refused as a number.
    let mut probe = String::from("import type { DetailsByCode } from \"./src/index.js\";\n");
    for (i, code) in declaring(&registry).into_iter().enumerate() {
        // `d["usage"]![0]!["bucket"]`: through optional members and items.
        let path: String = nested_scalar(&code.members)
            .iter()
            .map(|m| {
                format!(
                    "[{}]{}{}",
                    serde_json::to_string(&m.name).unwrap(),
                    if m.optional { "!" } else { "" },
                    if m.list { "[0]!" } else { "" }
                )
            })
            .collect();
        let _ = write!(
            probe,
            "export function read{i}(d: DetailsByCode[{code:?}]): string {{\n  \
               const text: string = d{path};\n  \
               // @ts-expect-error a nested string is no number\n  \
               const number: number = d{path};\n  \
               return `${{text}}${{number}}`;\n\
             }}\n",
            code = code.code
        );
    }
    std::fs::write(dir.join("probe.ts"), &probe).unwrap();
    write_tsconfig(&dir, &["probe.ts"], false);
    assert_success(
        &format!("tsc\n{probe}"),
        &node(&[tsc().as_os_str(), "-p".as_ref(), dir.as_os_str()]),
    );
}
