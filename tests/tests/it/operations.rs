//! Operations (`operations:` in the registry), end to end, on the fixture
//! `tests/fixtures/operations/registry.yaml`: the generated OpenAPI paths,
//! the TypeScript and Python `OPERATIONS`, the docs page (tier 1); and the
//! generated crate's `operations` enums, built and probed, with a handler
//! that sends a code of another operation refused by the compiler (tier 2).
//! Every expectation comes from the fixture through the generator's model
//! (`Registry::operation_codes`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use error_codes_codegen::{Code, Config, Operation, Project, Registry};
use serde_json::Value;

use crate::registries_compile::{
    cargo_check, crate_cargo, run_probe, sample, scratch_crate_in, scratch_package,
};

fn fixture_path() -> PathBuf {
    error_codes_tests::workspace_root().join("tests/fixtures/operations/registry.yaml")
}

fn fixture() -> Registry {
    Registry::load(fixture_path()).unwrap()
}

/// The fixture's committed outputs, by path, as a project with the default
/// configuration would write them.
fn outputs(registry: &Registry) -> BTreeMap<String, String> {
    let project = Project::with_config(Path::new("/nonexistent"), Config::default());
    project
        .outputs(registry)
        .unwrap()
        .into_iter()
        .map(|o| (o.path, o.contents))
        .collect()
}

/// The operation's codes, as the model computes them.
fn codes<'a>(registry: &'a Registry, op: &Operation) -> Vec<&'a Code> {
    registry.operation_codes(op)
}

/// Every string in an `enum` array anywhere under `value`.
fn enum_strings(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                if key == "enum" {
                    for item in value.as_array().into_iter().flatten() {
                        if let Some(s) = item.as_str() {
                            out.insert(s.to_owned());
                        }
                    }
                } else {
                    enum_strings(value, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| enum_strings(v, out)),
        _ => {}
    }
}

/// The codes each status of an operation carries, as the model says.
fn by_status(codes: &[&Code]) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for code in codes {
        out.entry(code.status.to_string())
            .or_default()
            .insert(code.code.clone());
    }
    out
}

#[test]
fn openapi_paths_list_each_operations_codes_by_status_and_no_other() {
    let registry = fixture();
    let config = Config::default();
    let document: Value = serde_saphyr::from_str(&outputs(&registry)[&config.openapi]).unwrap();
    // A valid OpenAPI 3.1 document, paths and all.
    let meta: Value = serde_json::from_str(
        &std::fs::read_to_string(
            error_codes_tests::workspace_root().join("tests/fixtures/openapi-3.1/schema.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&meta).unwrap();
    let problems: Vec<String> = validator
        .iter_errors(&document)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let paths = document["paths"].as_object().unwrap();
    let with_paths: Vec<&Operation> = registry
        .operations
        .iter()
        .filter(|op| op.path.is_some())
        .collect();
    assert!(
        with_paths.len() < registry.operations.len(),
        "the fixture has an operation without a path"
    );
    let mut seen = 0;
    for op in &registry.operations {
        let (Some(method), Some(path)) = (&op.method, &op.path) else {
            // Not in the document: no path to put it under.
            let ids: Vec<&str> = paths
                .values()
                .flat_map(|item| item.as_object().unwrap().values())
                .filter_map(|o| o["operationId"].as_str())
                .collect();
            assert!(!ids.contains(&op.id.as_str()), "{}", op.id);
            continue;
        };
        seen += 1;
        let operation = &paths[path.as_str()][method.to_ascii_lowercase()];
        assert_eq!(operation["operationId"], op.id.as_str(), "{path}");
        let responses = operation["responses"].as_object().unwrap();
        let expected = by_status(&codes(&registry, op));
        let statuses: BTreeSet<&String> = responses.keys().collect();
        assert_eq!(statuses, expected.keys().collect(), "{}", op.id);
        for (status, response) in responses {
            let mut named = BTreeSet::new();
            enum_strings(response, &mut named);
            assert_eq!(named, expected[status], "{} {status}", op.id);
            let examples: BTreeSet<String> = response["content"]
                .as_object()
                .unwrap()
                .values()
                .flat_map(|media| media["examples"].as_object().unwrap().keys().cloned())
                .collect();
            assert_eq!(examples, expected[status], "{} {status}", op.id);
        }
    }
    assert_eq!(seen, with_paths.len());
    let listed: usize = paths
        .values()
        .map(|item| item.as_object().unwrap().len())
        .sum();
    assert_eq!(
        listed,
        with_paths.len(),
        "one entry per operation with a path"
    );
}

/// `export const OPERATIONS = {...}` of the npm package, read as JSON.
fn typescript_operations(text: &str) -> Value {
    let start = text
        .find("export const OPERATIONS = ")
        .expect("OPERATIONS is exported");
    let rest = &text[start + "export const OPERATIONS = ".len()..];
    let end = rest.find(" as const").expect("OPERATIONS is `as const`");
    serde_json::from_str(&rest[..end]).unwrap_or_else(|e| panic!("{e}: {}", &rest[..end]))
}

#[test]
fn typescript_and_python_operations_match_the_registry() {
    let registry = fixture();
    let config = Config::default();
    let outputs = outputs(&registry);
    let ts_path = error_codes_tests::typescript_data(&config);
    let ts = typescript_operations(&outputs[&ts_path]);
    let py_path = format!(
        "{}/src/{}/operations.py",
        config.python_dir, config.python_module
    );
    let py = &outputs[&py_path];
    assert_eq!(ts.as_object().unwrap().len(), registry.operations.len());
    for op in &registry.operations {
        let expected: Vec<String> = codes(&registry, op)
            .iter()
            .map(|c| c.code.clone())
            .collect();
        let entry = &ts[op.id.as_str()];
        let got: Vec<String> = entry["codes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().to_owned())
            .collect();
        assert_eq!(got, expected, "{}", op.id);
        assert_eq!(entry["method"].as_str(), op.method.as_deref());
        assert_eq!(entry["path"].as_str(), op.path.as_deref());
        let ts_union = format!("export type {} =", op.type_name);
        assert!(outputs[&ts_path].contains(&ts_union), "{ts_union}");
        let py_alias = format!("{} = Literal[", op.type_name);
        assert!(py.contains(&py_alias), "{py_alias}");
    }
}

#[test]
fn the_docs_page_lists_operations_and_each_code_names_its_own() {
    let registry = fixture();
    let config = Config::default();
    let page = &outputs(&registry)[&config.docs_page];
    for op in &registry.operations {
        assert!(
            page.contains(&format!("id=\"{}\"", op.anchor())),
            "{}",
            op.id
        );
    }
    // Each code's row links exactly the operations whose codes hold it.
    for (_, code) in registry.codes() {
        let row = page
            .lines()
            .find(|line| line.contains(&format!("id=\"{}\"", code.anchor())))
            .unwrap_or_else(|| panic!("no row for {}", code.code));
        for op in &registry.operations {
            let linked = row.contains(&format!("(#{})", op.anchor()));
            let holds = codes(&registry, op).iter().any(|c| c.code == code.code);
            let everywhere = registry
                .operations
                .iter()
                .all(|o| codes(&registry, o).iter().any(|c| c.code == code.code));
            assert!(
                linked == holds || everywhere,
                "{} and {}: {row}",
                code.code,
                op.id
            );
        }
    }
}

/// A value of a code's variant payload: its details built with `new`.
fn payload(code: &Code) -> Option<String> {
    if code.details.is_some() {
        return Some("error_codes_runtime::FieldErrors::new()".to_owned());
    }
    if code.members.is_empty() {
        return None;
    }
    let args: Vec<String> = code
        .members
        .iter()
        .filter(|m| !m.optional)
        .map(|m| sample(code, m, 0))
        .collect();
    Some(format!(
        "details::{}::new({})",
        code.rust_name,
        args.join(", ")
    ))
}

fn construct(op: &Operation, code: &Code) -> String {
    match payload(code) {
        Some(value) => format!("operations::{}::{}({value})", op.rust_name, code.rust_name),
        None => format!("operations::{}::{}", op.rust_name, code.rust_name),
    }
}

/// The probe: per operation, its `CODES`, each variant's code, status and
/// response, `with_message`, `?` into the internal role's code, and the
/// utoipa responses (statuses and the codes named under each).
fn probe(registry: &Registry) -> String {
    let internal = registry
        .roles
        .code(error_codes_codegen::Role::InternalError)
        .and_then(|c| registry.code(c))
        .map(|(_, c)| c.rust_name.clone())
        .expect("the fixture has the internal role");
    let mut probe = String::from(
        "#![allow(unused_imports)]\n\
         use error_codes::{details, operations, ErrorCode};\n\
         use error_codes::axum::ApiError;\n\
         use error_codes_runtime::__private::axum::response::IntoResponse;\n\
         use error_codes_runtime::__private::utoipa::IntoResponses;\n\
         use error_codes_runtime::__private::serde_json::{self, Value};\n\n\
         fn enums(value: &Value, out: &mut Vec<String>) {\n\
         \x20   match value {\n\
         \x20       Value::Object(map) => for (k, v) in map { if k == \"enum\" { out.extend(v.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_owned())) } else { enums(v, out) } },\n\
         \x20       Value::Array(items) => for v in items { enums(v, out) },\n\
         \x20       _ => {}\n\
         \x20   }\n\
         }\n\n\
         fn main() {\n",
    );
    for op in &registry.operations {
        let ty = &op.rust_name;
        let codes = codes(registry, op);
        let listed: Vec<String> = codes
            .iter()
            .map(|c| format!("ErrorCode::{}", c.rust_name))
            .collect();
        let _ = writeln!(
            probe,
            "    assert_eq!(operations::{ty}::CODES, &[{}][..]);",
            listed.join(", ")
        );
        for code in &codes {
            let _ = write!(
                probe,
                "    {{\n\
                 \x20       let e = {value};\n\
                 \x20       assert_eq!(e.code(), ErrorCode::{variant});\n\
                 \x20       let api = ApiError::from(e.clone().with_message(\"set by the handler\"));\n\
                 \x20       assert_eq!(api.body().message, \"set by the handler\");\n\
                 \x20       assert!(*api.code() == ErrorCode::{variant});\n\
                 \x20       assert_eq!(e.clone().with_message(\"m\").code(), ErrorCode::{variant});\n\
                 \x20       assert_eq!(e.into_response().status().as_u16(), {status});\n\
                 \x20   }}\n",
                value = construct(op, code),
                variant = code.rust_name,
                status = code.status,
            );
        }
        let _ = write!(
            probe,
            "    {{\n\
             \x20       fn fails() -> Result<(), operations::{ty}> {{\n\
             \x20           Err(std::io::Error::other(\"disk on fire\"))?;\n\
             \x20           Ok(())\n\
             \x20       }}\n\
             \x20       let e = fails().unwrap_err();\n\
             \x20       assert_eq!(e.code(), ErrorCode::{internal});\n\
             \x20       let response = e.into_response();\n\
             \x20       assert_eq!(response.status().as_u16(), ErrorCode::{internal}.http_status());\n\
             \x20       let responses = serde_json::to_value(operations::{ty}::responses()).unwrap();\n\
             \x20       let mut got: Vec<(String, Vec<String>)> = responses.as_object().unwrap().iter().map(|(status, r)| {{\n\
             \x20           let mut codes = Vec::new(); enums(r, &mut codes); codes.sort(); codes.dedup(); (status.clone(), codes)\n\
             \x20       }}).collect();\n\
             \x20       got.sort();\n\
             \x20       let expected: Vec<(String, Vec<String>)> = vec![{expected}];\n\
             \x20       assert_eq!(got, expected, \"{ty}\");\n\
             \x20   }}\n",
            expected = by_status(&codes)
                .into_iter()
                .map(|(status, codes)| {
                    let codes: Vec<String> = codes
                        .iter()
                        .map(|c| format!("String::from({c:?})"))
                        .collect();
                    format!("(String::from({status:?}), vec![{}])", codes.join(", "))
                })
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    probe.push_str("    println!(\"ok\");\n}\n");
    probe
}

/// A handler of one operation that sends a code only another operation
/// has (a unit variant, so that nothing but the variant can be wrong).
fn wrong_operation(registry: &Registry) -> (String, String, String) {
    for op in &registry.operations {
        let own: BTreeSet<&str> = codes(registry, op)
            .iter()
            .map(|c| c.code.as_str())
            .collect();
        for other in &registry.operations {
            let foreign = codes(registry, other)
                .into_iter()
                .find(|c| !own.contains(c.code.as_str()) && payload(c).is_none());
            if let Some(code) = foreign {
                let source = format!(
                    "use error_codes::operations;\n\n\
                     fn handler() -> Result<(), operations::{}> {{\n\
                     \x20   Err(operations::{}::{})\n\
                     }}\n\n\
                     fn main() {{\n\
                     \x20   let _ = handler();\n\
                     }}\n",
                    op.rust_name, op.rust_name, code.rust_name
                );
                return (source, op.rust_name.clone(), code.rust_name.clone());
            }
        }
    }
    panic!("the fixture has no code that one operation has and another has not");
}

fn cargo(root: &Path, args: &[&str]) -> std::process::Output {
    crate_cargo(root).args(args).output().unwrap()
}

#[test]
#[ignore = "tier 2: builds a copy of the crate from the operations fixture; run with `cargo test --workspace -- --ignored`"]
fn operation_enums_answer_with_their_codes_and_refuse_another_operations() {
    let _clock = crate::Clock::start();
    let root = scratch_crate_in("operations");
    let config = Config::default();
    let project = Project::with_config(&root, config.clone());
    let registry = fixture();
    let committed = project.outputs(&registry).unwrap();
    for output in project.build_outputs(&registry).unwrap() {
        let path = committed
            .iter()
            .map(|o| o.path.as_str())
            .find(|path| {
                path.starts_with(&format!("{}/", config.crate_dir))
                    && path.ends_with(&format!("/{}", output.path))
            })
            .unwrap_or_else(|| panic!("{} is committed nowhere in the crate", output.path));
        std::fs::write(root.join(path), output.contents).unwrap();
    }
    for features in [&["--no-default-features"][..], &["--all-features"]] {
        let check = cargo_check(&root, features);
        assert!(
            check.status.success(),
            "the crate does not build ({features:?}):\n{}",
            String::from_utf8_lossy(&check.stderr)
        );
    }
    let bin = root.join(&config.crate_dir).join("src/bin");
    std::fs::create_dir_all(&bin).unwrap();
    // A code of another operation does not compile, and for that reason:
    // the operation's enum has no variant for it. Checked right after the
    // crate with every feature, so only this file is checked anew.
    let (source, operation, code) = wrong_operation(&registry);
    std::fs::write(bin.join("wrong_operation.rs"), &source).unwrap();
    let check = cargo(
        &root,
        &[
            "check",
            "--offline",
            "-q",
            "-p",
            &scratch_package(&root),
            "--all-features",
            "--bin",
            "wrong_operation",
        ],
    );
    std::fs::remove_file(bin.join("wrong_operation.rs")).unwrap();
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(
        !check.status.success(),
        "another operation's code compiled:\n{source}"
    );
    let reason =
        format!("no variant or associated item named `{code}` found for enum `{operation}`");
    assert!(
        stderr.contains(&reason),
        "expected {reason:?}, got:\n{stderr}"
    );
    assert_eq!(
        stderr.matches("error[").count(),
        1,
        "one error, the wrong variant:\n{stderr}"
    );

    std::fs::write(bin.join("operations_probe.rs"), probe(&registry)).unwrap();
    let run = run_probe(
        &root,
        &["--features", "axum,utoipa"],
        "operations_probe",
        &[],
    );
    assert!(
        run.status.success() && String::from_utf8_lossy(&run.stdout).trim() == "ok",
        "the probe failed:\n{}\n{}",
        String::from_utf8_lossy(&run.stderr),
        probe(&registry)
    );
    std::fs::remove_file(bin.join("operations_probe.rs")).unwrap();
}

/// Two operations and a code the first has and the second has not (the
/// probes' "another operation's code").
fn foreign_code(registry: &Registry) -> (&Operation, &Operation, &Code) {
    for op in &registry.operations {
        for other in &registry.operations {
            let theirs: BTreeSet<&str> = codes(registry, other)
                .iter()
                .map(|c| c.code.as_str())
                .collect();
            if let Some(code) = codes(registry, op)
                .into_iter()
                .find(|c| !theirs.contains(c.code.as_str()))
            {
                return (op, other, code);
            }
        }
    }
    panic!("the fixture has no code that one operation has and another has not");
}

/// tsc --strict: an operation's union takes its codes and refuses another
/// operation's; `OPERATIONS` is keyed by the ids as literal types (a typo is
/// a type error), its `codes` of the union's type.
#[test]
fn typescript_rejects_another_operations_code() {
    use crate::outputs_typescript::{
        assert_success, copy_sources, node, scratch, tsc, write_tsconfig,
    };

    let registry = fixture();
    let config = Config::default();
    let outputs = outputs(&registry);
    let dir = scratch("ts-operations");
    copy_sources(
        &dir,
        Some(&outputs[&error_codes_tests::typescript_data(&config)]),
    );
    let (op, other, code) = foreign_code(&registry);
    let mut probe =
        String::from("import { OPERATIONS, isOperationCode } from \"./src/index.js\";\n");
    let _ = writeln!(
        probe,
        "import type {{ {}, {} }} from \"./src/index.js\";\n",
        op.type_name, other.type_name
    );
    let _ = writeln!(
        probe,
        "export const own: {} = {:?};\n\
         // @ts-expect-error: a code of another operation\n\
         export const foreign: {} = {:?};\n\
         export const listed: readonly {}[] = OPERATIONS[{:?}].codes;\n\
         // @ts-expect-error: not an operation\n\
         void OPERATIONS.no_such_operation;\n\
         export function narrowed(code: string): {} | null {{\n\
         \x20 return isOperationCode({:?}, code) ? code : null;\n\
         }}",
        op.type_name,
        code.code,
        other.type_name,
        code.code,
        op.type_name,
        op.id,
        op.type_name,
        op.id
    );
    std::fs::write(dir.join("probe.ts"), &probe).unwrap();
    write_tsconfig(&dir, &["probe.ts"], false);
    let out = node(&[tsc().as_os_str(), "-p".as_ref(), dir.as_os_str()]);
    assert_success(
        &format!("tsc --strict (the operations probe)\n{probe}"),
        &out,
    );
    // The check is real: without the expectation, tsc refuses the line.
    let unexpected = probe.replacen("// @ts-expect-error: a code of another operation\n", "", 1);
    std::fs::write(dir.join("probe.ts"), &unexpected).unwrap();
    let out = node(&[tsc().as_os_str(), "-p".as_ref(), dir.as_os_str()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        !out.status.success(),
        "tsc accepted another operation's code"
    );
    assert!(
        stdout.contains(&format!("is not assignable to type '{}'", other.type_name)),
        "{stdout}"
    );
}

/// The Python package's `OPERATIONS` are the model's sets; an operation's
/// `Literal` alias refuses another operation's code under mypy --strict.
#[test]
fn python_operations_match_and_mypy_rejects_another_operations_code() {
    use crate::outputs_python::{copy_tree, mypy_cache, package_dir, python, run, scratch};

    let registry = fixture();
    let config = Config::default();
    let outputs = outputs(&registry);
    let dir = scratch("python-operations");
    let package = dir.join(&config.python_module);
    copy_tree(
        &package_dir().join("src").join(&config.python_module),
        &package,
    );
    let module_dir = format!("{}/src/{}/", config.python_dir, config.python_module);
    for (path, contents) in &outputs {
        if let Some(file) = path.strip_prefix(&module_dir) {
            std::fs::write(package.join(file), contents).unwrap();
        }
    }
    let dump = format!(
        "import json\nfrom {0}.operations import OPERATIONS\n\
         print(json.dumps({{k: sorted(c.value for c in v) for k, v in OPERATIONS.items()}}))\n",
        config.python_module
    );
    let out = run(
        "python (OPERATIONS)",
        Command::new(python())
            .args(["-c", &dump])
            .env("PYTHONPATH", &dir)
            .current_dir(&dir),
    );
    let got: BTreeMap<String, Vec<String>> = serde_json::from_slice(&out.stdout).unwrap();
    let expected: BTreeMap<String, Vec<String>> = registry
        .operations
        .iter()
        .map(|op| {
            let mut codes: Vec<String> = codes(&registry, op)
                .iter()
                .map(|c| c.code.clone())
                .collect();
            codes.sort();
            (op.id.clone(), codes)
        })
        .collect();
    assert_eq!(got, expected);

    let (op, other, code) = foreign_code(&registry);
    let probe = format!(
        "from {m} import ErrorCode\nfrom {m}.operations import OPERATIONS, {a}, {b}\n\n\
         own: {a} = ErrorCode.{member}\n\
         foreign: {b} = ErrorCode.{member}  # type: ignore[assignment]\n\
         listed: frozenset[ErrorCode] = OPERATIONS[{id:?}]\n",
        m = config.python_module,
        a = op.type_name,
        b = other.type_name,
        member = code.python_name,
        id = op.id,
    );
    std::fs::write(dir.join("probe.py"), &probe).unwrap();
    // --strict warns about an unused `type: ignore`: success means the
    // foreign code is refused, as an assignment.
    let mypy = |what: &str| {
        Command::new(python())
            .args(["-m", "mypy", "--strict", "--cache-dir"])
            .arg(mypy_cache(what))
            .arg("probe.py")
            .env("MYPYPATH", &dir)
            .current_dir(&dir)
            .output()
            .unwrap()
    };
    let out = mypy("operations");
    assert!(
        out.status.success(),
        "mypy --strict (the operations probe):\n{}\n{probe}",
        String::from_utf8_lossy(&out.stdout)
    );
    std::fs::write(
        dir.join("probe.py"),
        probe.replace("  # type: ignore[assignment]", ""),
    )
    .unwrap();
    let out = mypy("operations");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        !out.status.success(),
        "mypy accepted another operation's code"
    );
    assert!(stdout.contains("[assignment]"), "{stdout}");
}
