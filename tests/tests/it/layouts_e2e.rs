//! APIs with their own body layouts end to end: `init` makes a project of
//! each `tests/fixtures/layouts/*.yaml` in a scratch folder, a small axum
//! service on the made crate runs on a loopback port, and an unknown route
//! and a handler's `ApiError` are answered in exactly the API's layout (the
//! members the layout maps, no other; the registry's request-id header),
//! valid against the made JSON Schema; the made crate's Rust client
//! (`client::ErrorResponse`) reads each back, the request id from the body
//! or else the header. Tier 2: it builds whole projects. The Google body
//! fixture (`google-rpc.yaml`, `envelope: google`) is served too: each
//! answer is Google's body for its code (the HTTP status, the canonical
//! name, the one `ErrorInfo` with the code's reason and the registry's
//! domain), valid against the made JSON Schema, and read back by the made
//! crate's Rust client and the made Python and TypeScript packages.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use error_codes_codegen::{Registry, Role};
use error_codes_tests::{header, request, workspace_root};
use serde_json::{Value, json};

use super::outputs_layouts::{
    FIXTURES, at, code_text, documented, documented_details, documented_field, engine_body,
    fixture, media_type, wire_code, wire_status,
};

/// One fixture's project, made by `init`.
struct Project {
    name: &'static str,
    registry: Registry,
    /// Its crate's package name.
    krate: String,
    /// The project's folder.
    dir: PathBuf,
}

/// The service, one binary on every fixture's crate (one build and one
/// link for them all): `server NAME` serves fixture `NAME`'s API; `server
/// NAME read STATUS REQUEST_ID BODY HEADER` (`HEADER` the registry's
/// request-id header) prints what its crate's Rust client reads.
fn server(projects: &[Project]) -> String {
    let mut modules = String::new();
    let mut arms = String::new();
    for (i, project) in projects.iter().enumerate() {
        let krate = project.krate.replace('-', "_");
        let example = &project.registry.page.envelope_example.code;
        let (_, example) = project.registry.code(example).unwrap();
        let variant = &example.rust_name;
        let _ = write!(
            modules,
            r#"
mod api{i} {{
    use axum::Router;
    use axum::routing::get;
    use {krate}::ErrorCode;
    use {krate}::axum::{{ApiError, ErrorLayer}};

    async fn fail() -> Result<(), ApiError> {{
        Err(ApiError::new(ErrorCode::{variant}, "It failed"))
    }}

    pub fn app() -> Router {{
        Router::new().route("/fail", get(fail)).layer(ErrorLayer::new())
    }}

    pub fn read(status: http::StatusCode, headers: &http::HeaderMap, body: &[u8]) -> serde_json::Value {{
        let read = {krate}::client::ErrorResponse::from_parts(status, headers, body).unwrap();
        let typed = matches!(read.typed_details(), Ok(Some(_)));
        serde_json::json!({{"code": read.code().as_str(), "message": read.message(), "request_id": read.request_id(), "details": read.details(), "typed": typed}})
    }}
}}
"#
        );
        let name = project.name;
        let _ = writeln!(arms, "        {name:?} => (api{i}::app(), api{i}::read),");
    }
    format!(
        r#"{modules}
type Read = fn(http::StatusCode, &http::HeaderMap, &[u8]) -> serde_json::Value;

#[tokio::main]
async fn main() {{
    let args: Vec<String> = std::env::args().collect();
    let (app, read): (axum::Router, Read) = match args[1].as_str() {{
{arms}        other => panic!("no API {{other}}"),
    }};
    if args.get(2).map(String::as_str) == Some("read") {{
        let mut headers = http::HeaderMap::new();
        if !args[4].is_empty() {{
            headers.insert(http::HeaderName::from_bytes(args[6].as_bytes()).unwrap(), args[4].parse().unwrap());
        }}
        let status = http::StatusCode::from_u16(args[3].parse().unwrap()).unwrap();
        println!("{{}}", read(status, &headers, args[5].as_bytes()));
        return;
    }}
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    println!("listening on {{}}", listener.local_addr().unwrap());
    axum::serve(listener, app).await.unwrap();
}}
"#
    )
}

/// `init` makes each fixture's project, and one server on all their crates
/// is built; returns the projects and the server's binary.
fn build(root: &Path) -> (Vec<Project>, PathBuf) {
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("layouts-e2e");
    let _ = std::fs::remove_dir_all(&scratch);
    let projects: Vec<Project> = FIXTURES
        .into_iter()
        .chain([GOOGLE])
        .map(|name| {
            let krate = format!("{name}-errors");
            let dir = scratch.join(name);
            run(Command::new(crate::built("bin", "error-codes"))
                .arg("init")
                .arg(&dir)
                .args(["--crate", &krate, "--registry"])
                .arg(fixture(name))
                .current_dir(root));
            Project {
                name,
                registry: Registry::load(fixture(name)).unwrap(),
                krate,
                dir,
            }
        })
        .collect();
    let server_dir = scratch.join("server");
    std::fs::create_dir_all(server_dir.join("src")).unwrap();
    std::fs::write(server_dir.join("src/main.rs"), server(&projects)).unwrap();
    let mut deps = String::new();
    for project in &projects {
        let _ = writeln!(
            deps,
            "{} = {{ path = {:?}, features = [\"axum\", \"client\"] }}",
            project.krate,
            project.dir.join(&project.krate)
        );
    }
    std::fs::write(
        server_dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"server\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
             [workspace]\n\n[dependencies]\n{deps}{scenario_deps}\
             axum = {{ version = \"0.8\", default-features = false, features = [\"http1\", \"tokio\", \"json\"] }}\n\
             tokio = {{ version = \"1\", features = [\"macros\", \"net\", \"rt-multi-thread\"] }}\n\
             http = \"1\"\nserde_json = \"1\"\n",
            scenario_deps = crate::scenario_deps(),
        ),
    )
    .unwrap();
    std::fs::copy(root.join("Cargo.lock"), server_dir.join("Cargo.lock")).unwrap();
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("layouts-target");
    run(Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--offline"])
        .env("CARGO_BUILD_BUILD_DIR", crate::shared_build_dir())
        .env("CARGO_TARGET_DIR", &target)
        .current_dir(&server_dir));
    (projects, target.join("debug/server"))
}

fn run(command: &mut Command) -> Vec<u8> {
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{command:?}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The body's member paths, dotted, of every leaf (not of the objects on
/// the way); an array's items at `array[]`.
fn leaves(value: &Value, prefix: &str, out: &mut Vec<String>) {
    match value {
        Value::Array(items) if !items.is_empty() => {
            for item in items {
                leaves(item, &format!("{prefix}[]"), out);
            }
        }
        Value::Object(map) if !map.is_empty() && !prefix.ends_with("details") => {
            for (key, value) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                leaves(value, &path, out);
            }
        }
        _ => out.push(prefix.to_owned()),
    }
}

/// The Google body fixture (`envelope: google`), served beside the layouts.
const GOOGLE: &str = "google-rpc";

/// `body` is Google's body of `code` answered with `status`: the HTTP
/// status in `code`, the canonical name in `status`, the message, and the
/// detail messages, the first the one `ErrorInfo` (the code's reason, the
/// registry's domain).
fn google_body(registry: &Registry, code: &str, status: u16, body: &Value, what: &str) {
    let (_, entry) = registry.code(code).unwrap();
    let face = entry.grpc.as_ref().unwrap();
    let error = &body["error"];
    assert_eq!(error["code"], status, "{what}: {body}");
    assert_eq!(error["status"], face.code.as_str(), "{what}: {body}");
    assert!(
        error["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{what}"
    );
    let details = error["details"].as_array().unwrap();
    let infos: Vec<&Value> = details
        .iter()
        .filter(|d| d["@type"] == "type.googleapis.com/google.rpc.ErrorInfo")
        .collect();
    assert_eq!(infos.len(), 1, "{what}: {body}");
    assert_eq!(infos[0]["reason"], face.reason.as_str(), "{what}");
    assert_eq!(
        infos[0]["domain"],
        registry.grpc.as_ref().unwrap().domain.as_str(),
        "{what}"
    );
    let mut members: Vec<&String> = body.as_object().unwrap().keys().collect();
    members.sort();
    assert_eq!(members, ["error"], "{what}: {body}");
}

#[test]
#[ignore = "tier 2: init makes a whole project per layout, which is built and served"]
fn a_service_answers_in_its_own_layout_and_the_rust_client_reads_it() {
    let _clock = crate::Clock::start();
    let (projects, binary) = build(&workspace_root());
    for project in projects {
        let Project {
            name,
            registry,
            dir,
            ..
        } = project;
        let layout = registry.body.clone();
        let example = &registry.page.envelope_example.code;
        let (mut child, addr) = crate::serve(Command::new(&binary).arg(name));
        // Google's body (no layout): the made TypeScript package's reader,
        // bundled for Node.js by esbuild from its sources.
        let ts_reader = layout.is_none().then(|| {
            let script = dir.join("read-ts.ts");
            std::fs::write(
                &script,
                format!(
                    "import {{ parseErrorEnvelope }} from {:?};\n\
                     declare const process: {{ argv: string[] }};\n\
                     const read = parseErrorEnvelope(process.argv[2] ?? \"\");\n\
                     console.log(read === null ? \"\" : String(read.error.code));\n",
                    dir.join("clients/typescript/src/index.ts")
                ),
            )
            .unwrap();
            let bundle = dir.join("read-ts.mjs");
            run(
                Command::new(super::ts_bundle_size::bundlers().join("node_modules/.bin/esbuild"))
                    .arg(&script)
                    .args([
                        "--bundle",
                        "--format=esm",
                        "--platform=node",
                        "--log-level=warning",
                    ])
                    .arg(format!("--outfile={}", bundle.display())),
            );
            bundle
        });

        let schema: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join("docs/schema/error-envelope.schema.json")).unwrap(),
        )
        .unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        // An unknown route and a method the route does not take, answered
        // by the framework with the roles' codes, and a handler's error.
        let mut probes = vec![(
            "GET",
            "/nope",
            registry.roles.code(Role::RouteNotFound).unwrap().to_owned(),
        )];
        if let Some(code) = registry.roles.code(Role::MethodNotAllowed) {
            probes.push(("DELETE", "/fail", code.to_owned()));
        }
        probes.push(("GET", "/fail", example.clone()));
        for (method, path, code) in probes {
            let (status, headers, bytes) = request(&addr, method, path, None);
            let what = format!("{name} {method} {path}");
            let (_, entry) = registry.code(&code).unwrap();
            assert_eq!(status, entry.status, "{what}");
            assert_eq!(
                header(&headers, "content-type"),
                Some(media_type(&registry)),
                "{what}"
            );
            // The layout's code header carries the body's code, on every
            // error response (the framework's and a handler's).
            if let Some(name) = layout.as_ref().and_then(|l| l.code_header.as_ref()) {
                assert_eq!(header(&headers, name), Some(code.as_str()), "{what}");
            }
            let request_id = header(&headers, &registry.roles.request_id_header)
                .unwrap_or_else(|| panic!("{what}: no request-id header"))
                .to_owned();
            let body: Value = serde_json::from_slice(&bytes).unwrap();
            // The made crate's Rust client reads it back, the request id
            // from the body or else the header.
            let rust_reads_it = || {
                let read: Value = serde_json::from_slice(&run(Command::new(&binary)
                    .args([name, "read", &status.to_string(), &request_id])
                    .arg(String::from_utf8_lossy(&bytes).as_ref())
                    .arg(&registry.roles.request_id_header)))
                .unwrap();
                assert_eq!(read["code"], code.as_str(), "{what}");
                assert_eq!(read["request_id"], request_id.as_str(), "{what}");
            };
            let Some(layout) = &layout else {
                google_body(&registry, &code, status, &body, &what);
                assert!(validator.is_valid(&body), "{what}: {body}");
                rust_reads_it();
                // The made Python package reads it too.
                let src = dir.join("clients/python/src");
                let package = std::fs::read_dir(&src)
                    .unwrap()
                    .filter_map(Result::ok)
                    .find(|e| e.path().join("__init__.py").is_file())
                    .unwrap()
                    .file_name();
                let python = run(Command::new("python3")
                    .arg("-c")
                    .arg(format!("import sys; from {} import parse_error_envelope as p; e = p(sys.argv[1]).error; print(str(getattr(e.code, 'value', e.code)))", package.to_string_lossy()))
                    .arg(String::from_utf8_lossy(&bytes).as_ref())
                    .env("PYTHONPATH", &src));
                assert_eq!(String::from_utf8_lossy(&python).trim(), code, "{what}");
                // And the made TypeScript package.
                let ts = run(Command::new("node")
                    .arg(ts_reader.as_ref().expect("bundled for Google's body"))
                    .arg(String::from_utf8_lossy(&bytes).as_ref()));
                assert_eq!(
                    String::from_utf8_lossy(&ts).trim(),
                    code,
                    "{what}: TypeScript"
                );
                eprintln!("{what} -> {status}\n{}", String::from_utf8_lossy(&bytes));
                continue;
            };
            // Exactly the layout's members: its constants, each field it
            // maps, the code's per-code members, no other.
            let mut sent: Vec<(String, Value)> = layout
                .constants
                .iter()
                .map(|(p, json)| (p.clone(), serde_json::from_str(json).unwrap()))
                .collect();
            sent.push((layout.full_path(&layout.code), wire_code(&registry, &code)));
            if let Some(p) = &layout.status {
                sent.push((layout.full_path(p), wire_status(&registry, status)));
            }
            if let Some(p) = &layout.message {
                let full = layout.full_path(p);
                assert!(
                    at(&body, &full).as_str().is_some_and(|m| !m.is_empty()),
                    "{what}: {body}"
                );
                sent.push((full.clone(), at(&body, &full).clone()));
            }
            if let Some(p) = &layout.request_id {
                sent.push((layout.full_path(p), json!(request_id)));
            }
            if let (Some(p), Some(url)) = (&layout.doc_url, registry.doc_url(entry)) {
                sent.push((layout.full_path(p), json!(url)));
            }
            for (p, json) in layout.per_code.iter().zip(&entry.body_values) {
                sent.push((layout.full_path(p), serde_json::from_str(json).unwrap()));
            }
            let mut want: Vec<String> = sent.iter().map(|(p, _)| p.clone()).collect();
            let mut found = Vec::new();
            leaves(&body, "", &mut found);
            want.sort();
            found.sort();
            assert_eq!(found, want, "{what}: {body}");
            for (full, value) in &sent {
                assert_eq!(at(&body, full), value, "{what}: {full} in {body}");
            }
            // The runtime's own writer agrees with what was served.
            let message = at(
                &body,
                &layout.full_path(layout.message.as_deref().unwrap_or("message")),
            )
            .as_str()
            .unwrap_or_default();
            let id = layout.request_id.as_ref().map(|_| request_id.as_str());
            assert_eq!(
                engine_body(&registry, &code, message, id, &Value::Null),
                body,
                "{what}"
            );
            assert!(validator.is_valid(&body), "{what}: {body}");

            rust_reads_it();
            eprintln!("{what} -> {status}\n{}", String::from_utf8_lossy(&bytes));
        }
        // The API's documented body: the made crate's Rust client reads its
        // code and its details (a known code's declared members gathered
        // back from where the layout places them), typed.
        let (body, _) = documented(name);
        if let (false, Some(layout)) = (body.is_null(), &layout) {
            let code = code_text(&registry, at(&body, &layout.full_path(&layout.code)));
            let (_, entry) = registry.code(&code).unwrap();
            let read: Value = serde_json::from_slice(&run(Command::new(&binary)
                .args([name, "read", &entry.status.to_string(), ""])
                .arg(body.to_string())
                .arg(&registry.roles.request_id_header)))
            .unwrap();
            let message = at(
                &body,
                &layout.full_path(layout.message.as_deref().unwrap_or("message")),
            );
            let details =
                match documented_field(&registry, &body, message.as_str().unwrap_or_default()) {
                    Value::Null => documented_details(&registry, &body),
                    field => field,
                };
            assert_eq!(read["code"], code.as_str(), "{name}");
            assert_eq!(read["details"], details, "{name}");
            let typed =
                (!entry.members.is_empty() || entry.details.is_some()) && !details.is_null();
            assert_eq!(read["typed"], typed, "{name}: {read}");
        }
        let _ = child.kill();
        let _ = child.wait();
    }
}
