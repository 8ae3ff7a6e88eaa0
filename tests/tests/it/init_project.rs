//! `init` makes another API's whole project, and it works as this
//! repository's does: another API's registry (its own code for every role,
//! its own request-id header, none of this API's codes) goes through `init`
//! into a folder outside the repository; the made crate builds; an axum
//! service on it answers every failure the framework meets with its role's
//! code, in the envelope, with the request id in the registry's own header;
//! the crate's client reads them; the Python package installs and parses
//! them; and adding a code, then running the regenerate command `init`
//! printed, makes the new variant usable.
//!
//! Tier 2: it builds a whole project (`cargo test --workspace -- --ignored`).
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use error_codes_codegen::{Project, Role, Source};
use error_codes_tests::workspace_root;

use crate::write_file;

/// Each test's crate and the crates that use it: names of their own, as
/// every project sharing `crate::shared_build_dir` has (cargo names a path
/// package's build by its name and its path from the workspace root).
const NAME: &str = "roles-errors";
const ROLES_PROBE: &str = "roles-probe";
const ROLELESS: &str = "roleless-errors";
const ROLELESS_PROBE: &str = "roleless-probe";
const NAMED: &str = "named-errors";
const NAMED_USER: &str = "named-user";

fn fixture() -> PathBuf {
    workspace_root().join("tests/fixtures/other-api/registry.yaml")
}

fn tmp(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(name)
}

fn ok(what: &str, output: &Output) -> String {
    assert!(
        output.status.success(),
        "{what} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// `cargo` in the made project, with a target folder of its own (each
/// project's: the tests run at once, and their crates share names).
fn cargo(dir: &Path, args: &[&str]) -> Output {
    let name = dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("project");
    Command::new(env!("CARGO"))
        .args(args)
        .current_dir(dir)
        .env("CARGO_BUILD_BUILD_DIR", crate::shared_build_dir())
        .env(
            "CARGO_TARGET_DIR",
            tmp(&format!("init-project-target-{name}")),
        )
        .env_remove("RUSTC_WRAPPER")
        .output()
        .unwrap()
}

/// A service on the made crate, probed over loopback by the made crate's
/// own client: one line per request, `METHOD PATH STATUS CODE HEADER_ID BODY_ID`.
/// `acme_errors` stands for the made crate's name ([`add_probe`] puts it in).
const PROBE_MAIN: &str = r##"
use acme_errors::axum::{ApiError, ErrorLayer};
use acme_errors::client::{ClientError, check};
use axum::routing::{get, post};
use axum::{Json, Router};

#[derive(serde::Deserialize)]
struct Body {
    #[allow(dead_code)]
    n: u32,
}

async fn io() -> Result<String, ApiError> {
    Ok(std::fs::read_to_string("/no/such/file/anywhere")?)
}

async fn take(Json(_): Json<Body>) -> &'static str {
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new()
        .route("/io", get(io))
        .route("/take", post(take))
        .layer(ErrorLayer::new());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let client = reqwest::Client::new();
    let cases: [(&str, &str, Option<&str>); 5] = [
        ("GET", "/nowhere", None),
        ("DELETE", "/io", None),
        ("POST", "/take", Some("{not json")),
        ("POST", "/take", Some(r#"{"n": "seven"}"#)),
        ("GET", "/io", None),
    ];
    for (i, (method, path, body)) in cases.into_iter().enumerate() {
        let id = format!("probe-{i}");
        let mut request = client
            .request(method.parse().unwrap(), format!("{base}{path}"))
            .header("X-Correlation-ID", &id);
        if let Some(body) = body {
            request = request.header("content-type", "application/json").body(body);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let header = response
            .headers()
            .get("x-correlation-id")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("-")
            .to_owned();
        match check(response).await {
            Err(ClientError::Api(error)) => println!(
                "{method} {path} {status} {} {header} {}",
                error.code(),
                error.body().request_id.as_deref().unwrap_or("-")
            ),
            Err(other) => println!("{method} {path} {status} not-an-envelope {other}"),
            Ok(_) => println!("{method} {path} {status} success"),
        }
    }
}
"##;

/// Runs `command`, the regenerate command `init` printed, in `dir`, with the
/// generator tier 1 built for its `cargo run --manifest-path … -p
/// error-codes-codegen --` (this checkout's generator): building it with
/// that package's features alone compiled the generator, `syn` and
/// `serde-saphyr` once more. `init_newcomer` runs the printed command
/// whole, as a newcomer does.
fn regenerate_in(command: &str, dir: &Path) -> Output {
    let (cargo_run, args) = command
        .split_once(" -- ")
        .unwrap_or_else(|| panic!("no `--` in the regenerate command: {command}"));
    assert!(
        cargo_run.starts_with("cargo run ") && cargo_run.ends_with(" -p error-codes-codegen"),
        "the regenerate command runs this checkout's generator: {command}"
    );
    let generator = crate::built("bin", "error-codes");
    Command::new("sh")
        .arg("-c")
        .arg(format!("\"$0\" {args}"))
        .arg(&generator)
        .current_dir(dir)
        .output()
        .unwrap()
}

/// Adds the member `probe` (the service and client above) using the made
/// crate `krate` to the made workspace.
fn add_probe(dir: &Path, krate: &str, probe: &str) {
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    let manifest = manifest.replace("members = [", &format!("members = [\"{probe}\", "));
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    write_file(
        &dir.join(probe).join("Cargo.toml"),
        &format!(
            "[package]\nname = \"{probe}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\n{krate} = {{ path = \"../{krate}\", features = [\"axum\", \"reqwest\"] }}\n\
             axum = {{ version = \"0.8\", default-features = false, features = [\"http1\", \"tokio\", \"json\"] }}\n\
             tokio = {{ version = \"1\", features = [\"macros\", \"net\", \"rt-multi-thread\"] }}\n\
             reqwest = {{ version = \"0.13\", default-features = false }}\n\
             serde = {{ version = \"1\", features = [\"derive\"] }}\n{scenario_deps}",
            scenario_deps = crate::scenario_deps(),
        ),
    );
    write_file(
        &dir.join(probe).join("src/main.rs"),
        &PROBE_MAIN.replace("acme_errors", &krate.replace('-', "_")),
    );
    // The versions this repository is tested with, so the build is offline.
    std::fs::copy(workspace_root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
}

#[test]
#[ignore = "tier 2: builds a whole project made by init; run with `cargo test --workspace -- --ignored`"]
fn init_makes_a_project_whose_service_and_clients_speak_its_roles() {
    let _clock = crate::Clock::start();
    let dir = tmp("init-project/acme");
    let _ = std::fs::remove_dir_all(&dir);
    let source = Source::this_checkout().expect("the generator is built from this checkout");
    let made = Project::init(&dir, NAME, Some(&fixture()), &source).unwrap();

    // The registry is copied byte for byte.
    assert_eq!(
        std::fs::read(made.registry_path()).unwrap(),
        std::fs::read(fixture()).unwrap()
    );
    let registry = error_codes_codegen::Registry::load(fixture()).unwrap();
    assert_eq!(
        registry.roles.request_id_header, "X-Correlation-ID",
        "the fixture has its own request-id header"
    );
    let this_api =
        error_codes_codegen::Registry::load(workspace_root().join("registry/error-codes.yaml"))
            .unwrap();
    assert!(
        registry
            .codes()
            .all(|(_, c)| this_api.code(&c.code).is_none()),
        "the fixture shares no code with this API"
    );

    // The made project builds, and its service answers with the roles' codes.
    add_probe(&dir, NAME, ROLES_PROBE);
    let lines = ok(
        "the probe",
        &cargo(&dir, &["run", "-q", "--offline", "-p", ROLES_PROBE]),
    );
    let role = |role: Role| {
        registry
            .roles
            .code(role)
            .expect("the fixture assigns every role")
    };
    let expected = [
        ("GET /nowhere", Role::RouteNotFound),
        ("DELETE /io", Role::MethodNotAllowed),
        ("POST /take", Role::InvalidRequest),
        ("POST /take", Role::ValidationError),
        ("GET /io", Role::InternalError),
    ];
    let lines: Vec<&str> = lines.lines().collect();
    assert_eq!(lines.len(), expected.len(), "{lines:?}");
    for (i, (line, (request, role_of))) in lines.iter().zip(expected).enumerate() {
        let fields: Vec<&str> = line.split(' ').collect();
        let code = role(role_of);
        let (_, listed) = registry.code(code).unwrap();
        assert_eq!(fields[..2].join(" "), request, "{line}");
        assert_eq!(
            fields[2],
            listed.status.to_string(),
            "{line}: the role code's status"
        );
        assert_eq!(fields[3], code, "{line}: the role's code");
        let id = format!("probe-{i}");
        assert_eq!(fields[4], id, "{line}: the id in the registry's own header");
        assert_eq!(fields[5], id, "{line}: the id in the envelope");
    }

    // A code added to the registry, then the regenerate command `init`
    // printed: the new variant is usable.
    let [regenerate, build] = made.next_steps();
    assert_eq!(build, "cargo build");
    let mut text = std::fs::read_to_string(made.registry_path()).unwrap();
    text.push_str(
        "  - title: Added\n    codes:\n      - code: widget_melted\n        status: 409\n",
    );
    std::fs::write(made.registry_path(), text).unwrap();
    let stale = cargo(&dir, &["build", "--offline", "-p", NAME]);
    assert!(
        !stale.status.success(),
        "a registry edited without regenerating built"
    );
    assert!(
        String::from_utf8_lossy(&stale.stderr).contains(&regenerate),
        "the failed build names the regenerate command"
    );
    ok(&regenerate, &regenerate_in(&regenerate, &dir.join(NAME)));
    write_file(
        &dir.join(ROLES_PROBE).join("src/bin/added.rs"),
        &format!(
            "fn main() {{\n    let code = {}::ErrorCode::WidgetMelted;\n    \
             assert_eq!(code.as_str(), \"widget_melted\");\n    println!(\"{{}} {{}}\", code, code.http_status());\n}}\n",
            NAME.replace('-', "_")
        ),
    );
    let added = ok(
        "the new variant",
        &cargo(
            &dir,
            &[
                "run",
                "-q",
                "--offline",
                "-p",
                ROLES_PROBE,
                "--bin",
                "added",
            ],
        ),
    );
    assert_eq!(added.trim(), "widget_melted 409");

    // The Python package installs and parses the service's envelopes.
    let venv = tmp("init-project-venv");
    let _ = std::fs::remove_dir_all(&venv);
    ok(
        "python3 -m venv",
        &Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .output()
            .unwrap(),
    );
    let python = venv.join("bin/python");
    ok(
        "pip install the made package",
        &Command::new(&python)
            .args(["-m", "pip", "install", "-q"])
            .arg(dir.join("clients/python"))
            .output()
            .unwrap(),
    );
    let module = made.config().python_module.clone();
    let body = format!(
        r#"{{"error": {{"code": "{}", "message": "m", "request_id": "probe-0"}}}}"#,
        role(Role::RouteNotFound)
    );
    // Without `request_id` in the body, the id comes from the registry's
    // own request-id header.
    let no_id = format!(
        r#"{{"error": {{"code": "{}", "message": "m"}}}}"#,
        role(Role::RouteNotFound)
    );
    // Its typed details: a `field_errors` code's read as `FieldErrors`.
    let (_, fields_code) = registry
        .codes()
        .find(|(_, c)| c.details == Some(error_codes_codegen::DetailsShape::FieldErrors))
        .expect("the fixture has a `field_errors` code");
    let fields = format!(
        r#"{{"error": {{"code": "{}", "message": "m", "details": {{"fields": {{"n": ["not a number"]}}}}}}}}"#,
        fields_code.code
    );
    let script = format!(
        "from {module} import ErrorCode, ErrorResponse, FieldErrors, parse_error_envelope\n\
         e = parse_error_envelope({body:?})\n\
         assert e is not None and e.error.code == ErrorCode({code:?}), e\n\
         assert e.error.typed_details() is None, e\n\
         r = ErrorResponse.from_response(404, {{'X-Correlation-ID': 'probe-h'}}, {no_id:?})\n\
         assert r is not None and r.code == ErrorCode({code:?}), r\n\
         f = parse_error_envelope({fields:?})\n\
         assert f is not None and f.error.typed_details() == FieldErrors(fields={{'n': ('not a number',)}}), f\n\
         print(e.error.request_id, r.request_id)\n",
        code = role(Role::RouteNotFound)
    );
    let parsed = ok(
        "the Python package",
        &Command::new(&python)
            .arg("-c")
            .arg(script)
            .output()
            .unwrap(),
    );
    assert_eq!(parsed.trim(), "probe-0 probe-h");

    // The npm package: `npm ci`, `npm pack` (which builds `dist/` with
    // tsc), installed into an ESM project, reads the envelope with its types.
    let package = dir.join("clients/typescript");
    let npm = |args: &[&str], at: &Path| {
        let out = Command::new("npm")
            .args(args)
            .current_dir(at)
            .output()
            .unwrap();
        ok(&format!("npm {}", args.join(" ")), &out)
    };
    npm(&["ci", "--no-audit", "--no-fund"], &package);
    let tarball = npm(&["pack", "--silent"], &package);
    let tarball = package.join(tarball.trim().lines().last().unwrap());
    let consumer = tmp("init-project-npm-consumer");
    let _ = std::fs::remove_dir_all(&consumer);
    write_file(
        &consumer.join("package.json"),
        "{\"name\": \"consumer\", \"private\": true, \"type\": \"module\"}\n",
    );
    npm(
        &[
            "install",
            "--no-audit",
            "--no-fund",
            tarball.to_str().unwrap(),
        ],
        &consumer,
    );
    let npm_name = made.config().npm_package.clone();
    let script = format!(
        "import {{ ErrorResponse, parseErrorEnvelope, isErrorCode }} from {npm_name:?};\n\
         const e = parseErrorEnvelope({body:?});\n\
         if (e === null || !isErrorCode(e.error.code)) throw new Error(JSON.stringify(e));\n\
         const r = new ErrorResponse(404, parseErrorEnvelope({no_id:?}), {{ 'x-correlation-id': 'probe-h' }});\n\
         console.log(e.error.code, r.requestId);\n"
    );
    write_file(&consumer.join("read.mjs"), &script);
    let read = Command::new("node")
        .arg("read.mjs")
        .current_dir(&consumer)
        .output()
        .unwrap();
    assert_eq!(
        ok("node read.mjs", &read).trim(),
        format!("{} probe-h", role(Role::RouteNotFound))
    );
}

/// A registry that assigns no role: its crate builds with every feature, and
/// what needs a role does not compile, with a message naming the role.
#[test]
#[ignore = "tier 2: builds a whole project made by init; run with `cargo test --workspace -- --ignored`"]
fn without_roles_the_crate_builds_and_what_needs_one_says_which() {
    let _clock = crate::Clock::start();
    let dir = tmp("init-project/roleless");
    let _ = std::fs::remove_dir_all(&dir);
    let registry = tmp("init-project/roleless.yaml");
    write_file(
        &registry,
        "page:\n  title: Widgets\n  envelope_example:\n    code: widget_gone\n    message: Gone\n\
         categories:\n  - title: Widgets\n    codes:\n      - code: widget_gone\n        status: 410\n",
    );
    let source = Source::this_checkout().expect("the generator is built from this checkout");
    Project::init(&dir, ROLELESS, Some(&registry), &source).unwrap();
    std::fs::copy(workspace_root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    ok(
        "an all-features build of a crate without roles",
        &cargo(
            &dir,
            &["build", "--offline", "--all-features", "-p", ROLELESS],
        ),
    );
    add_probe(&dir, ROLELESS, ROLELESS_PROBE);
    let probe = cargo(&dir, &["build", "--offline", "-p", ROLELESS_PROBE]);
    assert!(
        !probe.status.success(),
        "a service without an internal_error role compiled"
    );
    let log = String::from_utf8_lossy(&probe.stderr);
    assert!(
        log.contains("assigns no code to the role") && log.contains("InternalError"),
        "the error names the role:\n{log}"
    );
}

/// A project whose configuration names its own enums regenerates, builds,
/// documents with `-D warnings` (the rustdoc tables link the configured
/// enum) and is used by those names.
#[test]
#[ignore = "tier 2: builds and documents a whole project made by init; run with `cargo test --workspace -- --ignored`"]
fn a_project_with_its_own_names_builds_documents_and_is_used_by_them() {
    let _clock = crate::Clock::start();
    use error_codes_codegen::{Config, Registry};

    let dir = tmp("init-project/named");
    let _ = std::fs::remove_dir_all(&dir);
    let source = Source::this_checkout().expect("the generator is built from this checkout");
    let made = Project::init(&dir, NAMED, Some(&fixture()), &source).unwrap();
    let mut config = made.config().clone();
    config.code_enum = "LedgerError".into();
    config.category_enum = "LedgerArea".into();
    write_file(&dir.join(Config::FILE), &config.to_yaml());
    // The regenerate command `init` printed, as a maintainer runs it.
    let [regenerate, _] = made.next_steps();
    ok(&regenerate, &regenerate_in(&regenerate, &dir));
    let project = Project::from_config_file(dir.join(Config::FILE)).unwrap();
    let registry = project.load().unwrap();
    assert_eq!(project.check(&registry).unwrap(), []);

    std::fs::copy(workspace_root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    ok(
        "a build with every feature",
        &cargo(&dir, &["build", "--offline", "--all-features", "-p", NAMED]),
    );
    let doc = Command::new(env!("CARGO"))
        .args(["doc", "--offline", "--no-deps", "-p", NAMED])
        .current_dir(&dir)
        .env("CARGO_BUILD_BUILD_DIR", crate::shared_build_dir())
        .env("CARGO_TARGET_DIR", tmp("init-project-target-named"))
        .env("RUSTDOCFLAGS", "-D warnings")
        .env_remove("RUSTC_WRAPPER")
        .output()
        .unwrap();
    ok("rustdoc with -D warnings", &doc);

    // A program uses the crate by the configured names.
    let code = Registry::load(fixture())
        .unwrap()
        .codes()
        .map(|(_, code)| code.clone())
        .next()
        .unwrap();
    let krate = NAMED.replace('-', "_");
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        manifest.replace("members = [", &format!("members = [\"{NAMED_USER}\", ")),
    )
    .unwrap();
    write_file(
        &dir.join(NAMED_USER).join("Cargo.toml"),
        &format!(
            "[package]\nname = \"{NAMED_USER}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\n{NAMED} = {{ path = \"../{NAMED}\" }}\n{scenario_deps}",
            scenario_deps = crate::scenario_deps(),
        ),
    );
    write_file(
        &dir.join(NAMED_USER).join("src/main.rs"),
        &format!(
            "use {krate}::{{LedgerArea, LedgerError}};\n\
             fn main() {{\n\
                 let code: LedgerError = {wire:?}.parse().expect(\"a code of the registry\");\n\
                 assert_eq!(code, LedgerError::{variant});\n\
                 let area: LedgerArea = code.category();\n\
                 println!(\"{{}} {{}} {{}}\", code, code.http_status(), area.title());\n\
             }}\n",
            wire = code.code,
            variant = code.rust_name,
        ),
    );
    let out = ok(
        "a program using the configured names",
        &cargo(&dir, &["run", "--offline", "-q", "-p", NAMED_USER]),
    );
    assert!(
        out.starts_with(&format!("{} {} ", code.code, code.status)),
        "{out}"
    );
}
