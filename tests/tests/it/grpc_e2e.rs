//! The gRPC face over a real transport (issue 34), tier 2: a tonic server
//! (tonic's transport, in a scratch crate on the gRPC fixture's crate
//! `tests/grpc-fixture` with feature `tonic`; its source is
//! `tests/fixtures/grpc/e2e/main.rs`) behind `RequestIdLayer` on a loopback
//! port answers one unary method with every code of the gRPC fixture
//! registry (typed details, field errors and retry advice as `grpc.rs`
//! sends them), an unknown method of its service and an unknown service
//! with tonic's own `UNIMPLEMENTED`, and a panic. A tonic client (the same
//! binary) reads each status with `client::ErrorResponse::from_status`, and
//! a Python grpcio client (generic `unary_unary`, no stubs,
//! `tests/fixtures/grpc/clients/call_server.py`) with the Python package's
//! `grpc.from_call`. The server counts with `RequestIdLayer::with_metrics()`
//! in a Prometheus recorder: each code's series counts the calls answered
//! with it. Expectations come from the registry and from what the test asked
//! the server to send.
//!
//! The scratch crate builds from this workspace's lock (tonic's transport
//! and tonic-prost are in it, never compiled by tier 1: see
//! `tests/Cargo.toml`) in the build folder the scenarios share.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use error_codes_codegen::{Registry, Role};
use error_codes_tests::workspace_root;
use serde_json::{Value, json};

use super::grpc::{error_of, registry};
use super::outputs_python::{package_for, python, run};

/// The method the server answers with the error its request describes.
const FAIL: &str = "/ledger.e2e.Probe/Fail";

/// What a reader must read of one call's status.
struct Expected {
    what: String,
    grpc_status: i32,
    code: String,
    status: u16,
    message: Option<String>,
    details: Value,
    /// The caller's id, or `None`: a fresh one.
    request_id: Option<String>,
    retry_after: Option<f64>,
    typed: bool,
}

/// The calls (`{"method", "request", "request_id"}`) and what each must
/// read: every code of the registry through `Fail`, half of them with a
/// caller's request id; then tonic's own failures, answered with the
/// registry's role codes.
fn calls(registry: &Registry) -> (Vec<Value>, Vec<Expected>) {
    let mut calls = Vec::new();
    let mut expected = Vec::new();
    for (i, (_, code)) in registry.codes().enumerate() {
        let face = code.grpc.as_ref().expect("every code has a gRPC face");
        let (_, error) = error_of(code);
        let body = error.body();
        let request = json!({
            "code": code.code,
            "details": body.details,
            "retry_after_ms": error.retry_after().map(|d| d.as_millis()),
        });
        let request_id = (i % 2 == 0).then(|| format!("caller-{i}"));
        calls.push(
            json!({"method": FAIL, "request": request.to_string(), "request_id": request_id}),
        );
        expected.push(Expected {
            what: code.code.clone(),
            grpc_status: face.code.number(),
            code: code.code.clone(),
            status: code.status,
            message: Some(body.message.clone()),
            details: body.details.clone(),
            request_id,
            retry_after: error.retry_after().map(|d| d.as_secs_f64()),
            typed: !code.members.is_empty() || code.details.is_some(),
        });
    }
    let role = |role: Role| {
        let name = registry
            .roles
            .code(role)
            .expect("the fixture assigns every role");
        let (_, code) = registry
            .code(name)
            .expect("a role's code is the registry's");
        code
    };
    let failures = [
        (
            "an unknown method",
            "/ledger.e2e.Probe/Nope",
            "{}",
            Role::RouteNotFound,
        ),
        (
            "an unknown service",
            "/ledger.e2e.Nope/Fail",
            "{}",
            Role::RouteNotFound,
        ),
        ("a panic", FAIL, "panic", Role::InternalError),
    ];
    for (i, (what, method, request, role_of)) in failures.into_iter().enumerate() {
        let code = role(role_of);
        let request_id = (i % 2 == 0).then(|| format!("caller-{what}").replace(' ', "-"));
        calls.push(json!({"method": method, "request": request, "request_id": request_id}));
        expected.push(Expected {
            what: what.to_owned(),
            grpc_status: code.grpc.as_ref().expect("a gRPC face").code.number(),
            code: code.code.clone(),
            status: code.status,
            message: code.meaning.clone(),
            details: Value::Null,
            request_id,
            retry_after: None,
            typed: false,
        });
    }
    (calls, expected)
}

fn check(reader: &str, expected: &[Expected], answers: &[Value]) {
    assert_eq!(answers.len(), expected.len(), "{reader}");
    for (want, got) in expected.iter().zip(answers) {
        let what = format!("{reader}, {}: {got}", want.what);
        assert_eq!(got["grpc_status"], want.grpc_status, "{what}");
        let read = &got["read"];
        assert_eq!(read["code"], want.code.as_str(), "{what}");
        assert_eq!(read["known"], true, "{what}");
        assert_eq!(read["status"], want.status, "{what}");
        if let Some(message) = &want.message {
            assert_eq!(read["message"], message.as_str(), "{what}");
        }
        assert_eq!(read["details"], want.details, "{what}");
        let id = read["request_id"]
            .as_str()
            .expect("every status has a request id");
        match &want.request_id {
            Some(sent) => assert_eq!(id, sent, "{what}"),
            None => assert!(!id.is_empty(), "{what}: a fresh id"),
        }
        assert_eq!(read["retry_after"].as_f64(), want.retry_after, "{what}");
        let typed = &read["typed"];
        let typed = typed.get("Ok").unwrap_or(typed);
        assert_eq!(typed, &Value::from(want.typed), "{what}");
    }
}

/// The server's counter: every code's series, at its registry status, counts
/// the calls answered with it (twice: each reader called once).
fn check_counts(registry: &Registry, expected: &[Expected], exposition: &str) {
    let names = <error_codes_grpc_fixture::ErrorCode as error_codes_runtime::Metrics>::METRICS;
    let mut counted = std::collections::BTreeMap::new();
    for line in exposition.lines() {
        let Some(rest) = line.strip_prefix(&format!("{}{{", names.counter)) else {
            continue;
        };
        let (labels, value) = rest.rsplit_once("} ").unwrap();
        let label = |name: &str| {
            let start = labels.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
            labels[start..].split('"').next().unwrap().to_owned()
        };
        let value: u64 = value.trim().parse().unwrap();
        counted.insert((label(names.error_type), label(names.status)), value);
    }
    let mut want = std::collections::BTreeMap::new();
    for (_, code) in registry.codes() {
        want.insert((code.code.clone(), code.status.to_string()), 0);
    }
    for call in expected {
        *want
            .entry((call.code.clone(), call.status.to_string()))
            .or_default() += 2;
    }
    assert_eq!(counted, want, "{exposition}");
}

#[test]
#[ignore = "tier 2: builds a tonic server and client (tonic's transport) on the gRPC fixture's crate and serves it over loopback"]
fn a_tonic_server_answers_every_code_and_tonic_and_grpcio_read_each() {
    let _clock = crate::Clock::start();
    let started = Instant::now();
    let root = workspace_root();
    let registry = registry();
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tmp.join("grpc-e2e-crate");
    let target = tmp.join("grpc-e2e-target");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::copy(
        root.join("tests/fixtures/grpc/e2e/main.rs"),
        dir.join("src/main.rs"),
    )
    .unwrap();
    let path =
        |crate_dir: &str| serde_json::to_string(root.join(crate_dir).to_str().unwrap()).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"grpc-e2e\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
             [workspace]\n\n[dependencies]\n{scenario_deps}\
             error-codes-grpc-fixture = {{ path = {fixture}, features = [\"tonic\", \"client\", \"metrics\"] }}\n\
             metrics-exporter-prometheus = {{ version = \"0.18\", default-features = false }}\n\
             error-codes-runtime = {{ path = {runtime}, features = [\"tonic\"] }}\n\
             tonic = {{ version = \"0.14\", default-features = false, features = [\"transport\", \"router\"] }}\n\
             tonic-prost = {{ version = \"0.14\", default-features = false }}\n\
             tokio = {{ version = \"1\", features = [\"macros\", \"net\", \"rt-multi-thread\"] }}\n\
             tokio-stream = {{ version = \"0.1\", default-features = false, features = [\"net\"] }}\n\
             tower = {{ version = \"0.5\", default-features = false, features = [\"util\"] }}\n\
             http = \"1\"\nhttp-body = \"1\"\nbytes = \"1\"\nserde_json = \"1\"\n",
            fixture = path("tests/grpc-fixture"),
            runtime = path("runtime"),
            scenario_deps = crate::scenario_deps(),
        ),
    )
    .unwrap();
    // This workspace's versions: the build needs the network only for
    // crates no earlier build downloaded (tonic's transport, once).
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    run(
        "cargo build (the scratch tonic server and client)",
        Command::new(env!("CARGO"))
            .args(["build", "--quiet"])
            .env("CARGO_BUILD_BUILD_DIR", crate::shared_build_dir())
            .env("CARGO_TARGET_DIR", &target)
            .current_dir(&dir),
    );
    let built = started.elapsed();
    let binary = target.join("debug/grpc-e2e");

    let (mut server, addr) = crate::serve(
        Command::new(&binary)
            .arg("serve")
            // The panic it is asked for prints its message, not a backtrace.
            .env("RUST_BACKTRACE", "0"),
    );

    let (calls, expected) = calls(&registry);
    let python_dir = package_for("grpc-e2e-python", &registry);
    let calls_file = python_dir.join("calls.json");
    std::fs::write(&calls_file, Value::from(calls).to_string()).unwrap();

    let tonic = run(
        "grpc-e2e call (the tonic client)",
        Command::new(&binary)
            .arg("call")
            .arg(&addr)
            .arg(&calls_file),
    );
    let tonic: Vec<Value> = serde_json::from_slice(&tonic.stdout).unwrap();

    let harnesses = root.join("tests/fixtures/grpc/clients");
    let key = registry.roles.request_id_header.to_ascii_lowercase();
    let grpcio = run(
        "python call_server.py (the grpcio client)",
        Command::new(python())
            .arg(harnesses.join("call_server.py"))
            .arg(&addr)
            .arg(&calls_file)
            .arg(&key)
            .env(
                "PYTHONPATH",
                std::env::join_paths([&python_dir, &harnesses]).unwrap(),
            )
            .current_dir(&python_dir),
    );
    let exposition = run(
        "grpc-e2e metrics (the server's counter)",
        Command::new(&binary).arg("metrics").arg(&addr),
    );
    let _ = server.kill();
    let _ = server.wait();
    let grpcio: Vec<Value> = serde_json::from_slice(&grpcio.stdout).unwrap();

    check("tonic", &expected, &tonic);
    check("grpcio", &expected, &grpcio);
    check_counts(
        &registry,
        &expected,
        &String::from_utf8_lossy(&exposition.stdout),
    );
    eprintln!(
        "grpc_e2e: built in {:.1} s, served and read in {:.1} s",
        built.as_secs_f64(),
        (started.elapsed() - built).as_secs_f64()
    );
}
