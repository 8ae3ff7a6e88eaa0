//! An `envelope: rfc9457` API end to end: `init` makes a project of
//! `tests/fixtures/rfc9457/registry.yaml` in a scratch folder, a small axum
//! service on the made crate runs on a loopback port, and every failure it
//! answers by itself or through `ApiError` is RFC 9457 problem details:
//! `application/problem+json`, `type` the code's docs URL, `title` its
//! meaning, `status` the response's, `detail` a message, `code` the role's
//! code, `request_id` the registry's request-id header; each body validates
//! against the made JSON Schema. Tier 2: it builds a whole project.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use error_codes_codegen::Role;
use error_codes_tests::{header, request, workspace_root};
use serde_json::Value;

pub(super) const REGISTRY: &str = "tests/fixtures/rfc9457/registry.yaml";

const SERVER: &str = r#"use axum::Router;
use axum::routing::{get, post};
use widget_errors::ErrorCode;
use widget_errors::axum::{ApiError, ErrorLayer};

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Widget { ttl: u64 }

async fn create(axum::Json(_w): axum::Json<Widget>) -> Result<&'static str, ApiError> { Ok("ok") }
async fn io() -> Result<String, ApiError> { Ok(std::fs::read_to_string("/no/such/file/disk-on-fire")?) }
async fn conflict() -> Result<(), ApiError> {
    Err(ApiError::new(ErrorCode::WidgetConflict, "Widget 7 changed since you read it"))
}

#[tokio::main]
async fn main() {
    let app = Router::new()
        .route("/widgets", post(create))
        .route("/widgets/7", get(conflict))
        .route("/io", get(io))
        .layer(ErrorLayer::new());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    println!("listening on {}", listener.local_addr().unwrap());
    axum::serve(listener, app).await.unwrap();
}
"#;

fn run(command: &mut Command) {
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{command:?}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
#[ignore = "tier 2: init makes a whole project, which is built and served"]
fn an_rfc9457_service_answers_every_failure_as_problem_details() {
    let _clock = crate::Clock::start();
    let root = workspace_root();
    let registry = error_codes_codegen::Registry::load(root.join(REGISTRY)).unwrap();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("rfc9457-project");
    let _ = std::fs::remove_dir_all(&dir);
    run(Command::new(crate::built("bin", "error-codes"))
        .arg("init")
        .arg(&dir)
        .args(["--crate", "widget-errors", "--registry"])
        .arg(root.join(REGISTRY))
        .current_dir(&root));

    // A service crate beside the made one, pinned to this workspace's lock.
    let server = dir.join("server");
    std::fs::create_dir_all(server.join("src")).unwrap();
    std::fs::write(server.join("src/main.rs"), SERVER).unwrap();
    std::fs::write(
        server.join("Cargo.toml"),
        "[package]\nname = \"server\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[dependencies]\n"
            .to_owned()
            + &crate::scenario_deps()
            + "widget-errors = { path = \"../widget-errors\", features = [\"axum\"] }\n\
         axum = { version = \"0.8\", default-features = false, features = [\"http1\", \"tokio\", \"json\"] }\n\
         tokio = { version = \"1\", features = [\"macros\", \"net\", \"rt-multi-thread\"] }\n\
         serde = { version = \"1\", features = [\"derive\"] }\n",
    )
    .unwrap();
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        manifest.replace(
            "members = [\"widget-errors\"]",
            "members = [\"widget-errors\", \"server\"]",
        ),
    )
    .unwrap();
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("rfc9457-target");
    run(Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--offline", "-p", "server"])
        .env("CARGO_BUILD_BUILD_DIR", crate::shared_build_dir())
        .env("CARGO_TARGET_DIR", &target)
        .current_dir(&dir));

    let (mut child, addr) = crate::serve(&mut Command::new(target.join("debug/server")));

    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("docs/schema/error-envelope.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let role = |role: Role| registry.roles.code(role).unwrap().to_owned();
    let cases = [
        ("GET", "/nope", None, role(Role::RouteNotFound)),
        ("DELETE", "/widgets", None, role(Role::MethodNotAllowed)),
        (
            "POST",
            "/widgets",
            Some("{not json"),
            role(Role::InvalidRequest),
        ),
        (
            "POST",
            "/widgets",
            Some(r#"{"ttl": "soon"}"#),
            role(Role::ValidationError),
        ),
        ("GET", "/io", None, role(Role::InternalError)),
        (
            "GET",
            "/widgets/7",
            None,
            registry.page.envelope_example.code.clone(),
        ),
    ];
    let mut shown = String::new();
    for (method, path, body, code) in cases {
        let (status, headers, bytes) = request(&addr, method, path, body);
        let what = format!("{method} {path}");
        assert_eq!(
            header(&headers, "content-type"),
            Some("application/problem+json"),
            "{what}"
        );
        let problem: Value = serde_json::from_slice(&bytes).unwrap();
        let (_, entry) = registry.code(&code).unwrap();
        assert_eq!(problem["code"], code.as_str(), "{what}: {problem}");
        assert_eq!(status, entry.status, "{what}");
        assert_eq!(problem["status"], status, "{what}");
        assert_eq!(
            problem["type"].as_str(),
            registry.doc_url(entry).as_deref(),
            "{what}"
        );
        assert_eq!(
            problem["title"].as_str(),
            Some(entry.meaning.as_deref().unwrap_or(&entry.code)),
            "{what}"
        );
        assert!(
            problem["detail"].as_str().is_some_and(|d| !d.is_empty()),
            "{what}"
        );
        assert!(
            !problem.to_string().contains("disk-on-fire"),
            "{what}: the cause leaked"
        );
        assert_eq!(
            problem["request_id"].as_str(),
            header(&headers, &registry.roles.request_id_header),
            "{what}"
        );
        if entry.details.is_some() {
            assert_eq!(
                problem["invalid-params"][0]["name"], "ttl",
                "{what}: {problem}"
            );
        }
        assert!(validator.is_valid(&problem), "{what}: {problem}");
        shown.push_str(&format!(
            "{what} -> {status}\n{}\n",
            String::from_utf8_lossy(&bytes)
        ));
    }
    let _ = child.kill();
    let _ = child.wait();
    eprintln!("{shown}");
}
