//! The gRPC face read by the other languages (issue 34), tier 1: for every
//! code of the gRPC fixture registry (`tests/fixtures/grpc/registry.yaml`),
//! the status the Rust runtime sends (`tonic::Status::from(GrpcError)`, as
//! `grpc.rs` builds it, typed details, field errors, retry advice and request
//! id included) is read back by the Python package's `grpc.from_status` (the
//! serialized `google.rpc.Status`, and the message googleapis-common-protos
//! decodes from it) and by the TypeScript package's `parseConnectError` (the
//! Connect protocol's JSON, and a `ConnectError`), both generated from the
//! fixture registry; the harnesses are `tests/fixtures/grpc/clients/`. The
//! packages' own gRPC suites (`clients/python/tests/test_grpc.py`,
//! `clients/typescript/test/grpc.test.js`) pass in those packages, which
//! `mypy --strict`, ruff, `tsc --strict` and oxlint accept, and a typed use
//! of the reader type-checks. Expectations come from the registry and from
//! what the Rust side sent.

use std::path::PathBuf;
use std::process::Command;

use error_codes_codegen::{Code, MemberType, Registry};
use error_codes_grpc_fixture::ErrorBody;
use error_codes_runtime::GrpcCode;
use error_codes_tests::workspace_root;
use serde_json::{Value, json};

use super::grpc::{error_of, registry};
use super::outputs_python::{mypy_cache, package_for, python, run};
use super::outputs_typescript::{assert_success, node_modules, tsc, write_tsconfig};

/// A code no registry can hold, sent by the runtime as an unknown code (its
/// code as the reason).
const UNKNOWN: &str = "code-added-later";

fn harness(name: &str) -> PathBuf {
    workspace_root()
        .join("tests/fixtures/grpc/clients")
        .join(name)
}

fn varint(bytes: &[u8], at: &mut usize) -> u64 {
    let mut value = 0;
    for shift in (0..64).step_by(7) {
        let byte = bytes[*at];
        *at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte < 0x80 {
            break;
        }
    }
    value
}

/// The length-delimited fields of a protobuf message, by number (varints
/// skipped): enough to take a `google.rpc.Status` and its `Any`s apart.
fn length_delimited(bytes: &[u8]) -> Vec<(u64, &[u8])> {
    let mut fields = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let key = varint(bytes, &mut at);
        match key & 7 {
            0 => {
                varint(bytes, &mut at);
            }
            2 => {
                let length = usize::try_from(varint(bytes, &mut at)).unwrap();
                fields.push((key >> 3, &bytes[at..at + length]));
                at += length;
            }
            wire => panic!("a wire type a status does not use: {wire}"),
        }
    }
    fields
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A case for the harnesses: the status's code, message, serialized
/// `google.rpc.Status` and its details (`type_url`, `value`), and its
/// metadata (the request id).
fn case(status: &tonic::Status) -> Value {
    let details: Vec<Value> = length_delimited(status.details())
        .into_iter()
        .filter(|(number, _)| *number == 3)
        .map(|(_, any)| {
            let fields = length_delimited(any);
            let field = |n: u64| fields.iter().find(|(f, _)| *f == n).map(|(_, v)| *v);
            json!({
                "type_url": String::from_utf8(field(1).unwrap().to_vec()).unwrap(),
                "value": hex(field(2).unwrap_or_default()),
            })
        })
        .collect();
    let key = error_codes_runtime::tonic::request_id_key::<error_codes_grpc_fixture::ErrorCode>();
    let metadata: serde_json::Map<String, Value> = status
        .metadata()
        .get(key.as_str())
        .and_then(|v| v.to_str().ok())
        .map(|id| (key.clone(), Value::from(id)))
        .into_iter()
        .collect();
    json!({
        "code": status.code() as i32,
        "message": status.message(),
        "status": hex(status.details()),
        "details": details,
        "metadata": metadata,
    })
}

/// What every reader must read, by case: the code, whether the package
/// knows it, its HTTP status, the message, the details, the request id, the
/// retry advice in seconds and whether typed details read.
struct Expected {
    code: String,
    known: bool,
    status: u16,
    message: String,
    details: Value,
    request_id: Option<String>,
    retry_after: Option<f64>,
    typed: bool,
}

fn cases(registry: &Registry) -> (Vec<Value>, Vec<Expected>) {
    let mut cases = Vec::new();
    let mut expected = Vec::new();
    for (_, code) in registry.codes() {
        let (_, error) = error_of(code);
        cases.push(case(&tonic::Status::from(error.clone())));
        let body = error.body();
        expected.push(Expected {
            code: code.code.clone(),
            known: true,
            status: code.status,
            message: body.message.clone(),
            details: body.details.clone(),
            request_id: body.request_id.clone(),
            retry_after: error.retry_after().map(|d| d.as_secs_f64()),
            typed: !code.members.is_empty() || code.details.is_some(),
        });
    }
    let body = ErrorBody::new(UNKNOWN, "sent by a later build");
    cases.push(case(&error_codes_runtime::tonic::status(&body, None)));
    expected.push(Expected {
        code: UNKNOWN.into(),
        known: false,
        status: GrpcCode::Unknown.http_status(),
        message: body.message.clone(),
        details: Value::Null,
        request_id: None,
        retry_after: None,
        typed: false,
    });
    (cases, expected)
}

fn seconds(value: &Value) -> Option<f64> {
    value.as_f64()
}

/// The TypeScript package generated from `registry`, in a fresh directory,
/// built with its pinned `tsc` into `dist/`.
fn typescript_package(name: &str, registry: &Registry) -> PathBuf {
    let project = error_codes_tests::project();
    let inside = format!("{}/", project.config().typescript_dir);
    let dir = super::outputs_typescript::scratch(name);
    let mut written = 0;
    for output in project.outputs(registry).unwrap() {
        if let Some(file) = output.path.strip_prefix(&inside) {
            let path = dir.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, &output.contents).unwrap();
            written += 1;
        }
    }
    assert!(written > 0, "no output lies in {inside}");
    std::fs::write(dir.join("package.json"), r#"{"type": "module"}"#).unwrap();
    std::os::unix::fs::symlink(node_modules(), dir.join("node_modules")).unwrap();
    let out = Command::new("node")
        .arg(tsc())
        .args(["-p", "."])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_success("tsc -p (the gRPC fixture's package)", &out);
    dir
}

#[test]
fn python_reads_every_status_the_runtime_sends() {
    let registry = registry();
    let dir = package_for("grpc-python", &registry);
    let (cases, expected) = cases(&registry);
    std::fs::write(dir.join("cases.json"), Value::from(cases).to_string()).unwrap();
    let out = run(
        "python read_status.py",
        Command::new(python())
            .arg(harness("read_status.py"))
            .arg("cases.json")
            .env("PYTHONPATH", &dir)
            .current_dir(&dir),
    );
    let read: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(read.len(), expected.len());
    for (want, got) in expected.iter().zip(&read) {
        for form in ["bytes", "message"] {
            let got = &got[form];
            let what = format!("{} ({form}): {got}", want.code);
            assert_eq!(got["code"], want.code.as_str(), "{what}");
            assert_eq!(got["known"], want.known, "{what}");
            assert_eq!(got["status"], want.status, "{what}");
            assert_eq!(got["message"], want.message.as_str(), "{what}");
            assert_eq!(got["details"], want.details, "{what}");
            assert_eq!(
                got["request_id"].as_str(),
                want.request_id.as_deref(),
                "{what}"
            );
            assert_eq!(seconds(&got["retry_after"]), want.retry_after, "{what}");
            assert_eq!(got["typed"], want.typed, "{what}");
        }
    }
}

#[test]
fn typescript_reads_every_status_the_runtime_sends() {
    let registry = registry();
    let dir = typescript_package("grpc-typescript-read", &registry);
    let (cases, expected) = cases(&registry);
    std::fs::write(dir.join("cases.json"), Value::from(cases).to_string()).unwrap();
    let out = Command::new("node")
        .arg(harness("read-connect.mjs"))
        .arg(&dir)
        .arg(dir.join("cases.json"))
        .output()
        .unwrap();
    assert_success("node read-connect.mjs", &out);
    let read: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(read.len(), expected.len());
    for (want, got) in expected.iter().zip(&read) {
        for form in ["json", "connectError"] {
            let got = &got[form];
            let what = format!("{} ({form}): {got}", want.code);
            assert_eq!(got["code"], want.code.as_str(), "{what}");
            assert_eq!(got["message"], want.message.as_str(), "{what}");
            assert_eq!(got["details"], want.details, "{what}");
            // The Connect JSON error carries no metadata.
            let id = want
                .request_id
                .as_deref()
                .filter(|_| form == "connectError");
            assert_eq!(got["request_id"].as_str(), id, "{what}");
            assert_eq!(seconds(&got["retry_after"]), want.retry_after, "{what}");
        }
    }
}

/// The first code with a required, single `integer` member, and the member.
fn integer_member(registry: &Registry) -> (&Code, &str) {
    registry
        .codes()
        .find_map(|(_, code)| {
            code.members
                .iter()
                .find(|m| m.ty == MemberType::Integer && !m.list && !m.optional)
                .map(|m| (code, m.name.as_str()))
        })
        .expect("the fixture declares an integer member")
}

#[test]
fn the_packages_grpc_suites_pass_and_type_check() {
    let registry = registry();

    // Python: the suite, mypy --strict and ruff.
    let dir = package_for("grpc-python-suite", &registry);
    let tests = dir.join("tests");
    std::fs::create_dir_all(&tests).unwrap();
    for file in ["conftest.py", "test_grpc.py"] {
        std::fs::copy(
            super::outputs_python::package_dir()
                .join("tests")
                .join(file),
            tests.join(file),
        )
        .unwrap();
    }
    std::fs::copy(harness("read_status.py"), dir.join("read_status.py")).unwrap();
    let out = run(
        "pytest tests/test_grpc.py",
        Command::new(python())
            .args(["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"])
            .env("PYTHONPATH", &dir)
            .current_dir(&dir),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(" passed") && !stdout.contains("skipped"),
        "{stdout}"
    );
    run(
        "mypy --strict (the gRPC fixture's package, its suite and harness)",
        Command::new(python())
            .args(["-m", "mypy", "--strict", "--cache-dir"])
            .arg(mypy_cache("grpc"))
            .args(["error_codes", "tests/test_grpc.py", "read_status.py"])
            .env("MYPYPATH", &dir)
            .current_dir(&dir),
    );
    let out = run(
        "ruff check (the gRPC fixture's package)",
        Command::new(python())
            .args([
                "-m",
                "ruff",
                "check",
                "--no-cache",
                "error_codes",
                "tests",
                "read_status.py",
            ])
            .current_dir(&dir),
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("All checks passed"));

    // TypeScript: the suite, oxlint, and a typed use of the reader.
    let dir = typescript_package("grpc-typescript-suite", &registry);
    let test = dir.join("test");
    std::fs::create_dir_all(&test).unwrap();
    let client = workspace_root().join(&error_codes_tests::project().config().typescript_dir);
    std::fs::copy(client.join("test/grpc.test.js"), test.join("grpc.test.js")).unwrap();
    let out = Command::new("node")
        .args(["--test", "--test-reporter=tap", "test/"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_success("node --test test/grpc.test.js", &out);
    let report = String::from_utf8_lossy(&out.stdout);
    let passed: usize = report
        .lines()
        .find_map(|line| line.strip_prefix("# pass "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no test count: {report}"));
    assert!(passed > registry.codes().count(), "{report}");
    // Named, since a folder under `target/` is skipped as git-ignored.
    let mut sources: Vec<String> = ["src", "test"]
        .iter()
        .flat_map(|folder| std::fs::read_dir(dir.join(folder)).unwrap())
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "ts" || e == "js"))
        .map(|path| {
            path.strip_prefix(&dir)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    sources.sort();
    assert!(
        sources.iter().any(|s| s.ends_with("grpc.ts")),
        "{sources:?}"
    );
    let names: Vec<&str> = sources.iter().map(String::as_str).collect();
    let out = super::outputs_typescript::oxlint(&dir, &names);
    assert_success("oxlint (the gRPC fixture's package)", &out);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(&format!(" on {} files", names.len())),
        "oxlint read every source: {}",
        String::from_utf8_lossy(&out.stdout)
    );

    let (code, member) = integer_member(&registry);
    let probe_dir = super::outputs_typescript::scratch("grpc-typescript-probe");
    let import = dir.join("dist/index.js");
    let probe = format!(
        "import {{ hasCode, parseConnectError, type ConnectErrorEnvelope }} from {import};\n\n\
         export function probe(error: unknown): number | null {{\n  \
           const read: ConnectErrorEnvelope | null = parseConnectError(error, new Map<string, string>() as unknown as {{ get(name: string): string | null }});\n  \
           if (read !== null && hasCode(read.error, {code})) {{\n    \
             const value: number | undefined = read.error.details?.[{member}];\n    \
             // @ts-expect-error: the member is a number\n    \
             const wrong: string | undefined = read.error.details?.[{member}];\n    \
             return value ?? (wrong === undefined ? null : 0);\n  \
           }}\n  \
           // @ts-expect-error: the metadata must have `get`\n  \
           parseConnectError(error, 12);\n  \
           return read?.retryAfter ?? null;\n\
         }}\n",
        import = serde_json::to_string(import.to_str().unwrap()).unwrap(),
        code = serde_json::to_string(&code.code).unwrap(),
        member = serde_json::to_string(member).unwrap(),
    );
    std::fs::write(probe_dir.join("probe.ts"), &probe).unwrap();
    write_tsconfig(&probe_dir, &["probe.ts"], false);
    let out = Command::new("node")
        .arg(tsc())
        .args(["-p", "."])
        .current_dir(&probe_dir)
        .output()
        .unwrap();
    assert_success(
        &format!("tsc --strict (a typed use of parseConnectError)\n{probe}"),
        &out,
    );
}
