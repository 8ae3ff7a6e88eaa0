//! The TypeScript package in a real browser, across origins: headless
//! Chromium (Debian's `chromium`, which `.ci/run` installs when missing)
//! loads one page whose script, bundled by esbuild (pinned by
//! `tests/tools/ts-bundle-size/`) from the npm packages of every envelope the
//! project supports (this API's nested envelope, the RFC 9457 fixture's,
//! each body-layout fixture's, the last four made by `init`), fetches error
//! responses from axum services on the made crates, each on another origin
//! behind tower-http's `CorsLayer` with the crate's
//! `headers::name::CORS_EXPOSE_HEADERS`, reads each with the package
//! (`ErrorResponse.fromResponse`: code, message, request id from the body or
//! the header, `Retry-After` and retry advice, field-error details) and
//! posts what it read back to the page's server. The test compares that with
//! what each service sent (every response is recorded as it leaves), and a
//! control service that exposes no header shows what a browser hides
//! without the list. One page load for every service. Tier 2: it builds a
//! service on five crates.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use error_codes_codegen::{Envelope, Registry, Role};
use error_codes_tests::workspace_root;
use serde_json::{Value, json};

use super::outputs_layouts::{FIXTURES, at, fixture};

/// The `Retry-After` delay, in seconds, of every service's `/fail`.
const RETRY_AFTER: u64 = 7;
/// The field error of every service's `/invalid`: field, problem.
const FIELD_ERROR: (&str, &str) = ("name", "is required");

/// Child processes killed when the test ends, passed or not (they hold
/// the test's output open).
struct Killed(Vec<std::process::Child>);

impl Drop for Killed {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// One API the page reads: its registry, the crate serving it (a path
/// dependency) and its npm package's entry.
struct Api {
    name: String,
    /// The crate's package name.
    package: String,
    registry: Registry,
    krate: String,
    crate_dir: PathBuf,
    package_entry: PathBuf,
}

fn run(command: &mut Command) {
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{command:?}\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Every envelope's API: this one, and a project made by `init` of the
/// RFC 9457 fixture and of each body-layout fixture.
fn apis(scratch: &Path) -> Vec<Api> {
    let root = workspace_root();
    let project = error_codes_tests::project();
    let mut apis = vec![Api {
        name: "nested".into(),
        package: "error-codes".into(),
        registry: error_codes_tests::registry(),
        krate: "error_codes".into(),
        crate_dir: root.join("generated-crate"),
        package_entry: project
            .root()
            .join(&project.config().typescript_dir)
            .join("src/index.ts"),
    }];
    let mut made = vec![(
        "rfc9457".to_owned(),
        root.join(super::rfc9457_e2e::REGISTRY),
    )];
    made.extend(FIXTURES.iter().map(|f| (format!("layout-{f}"), fixture(f))));
    for (name, registry) in made {
        let krate = format!("browser-{name}-errors");
        let dir = scratch.join(format!("project-{name}"));
        run(Command::new(crate::built("bin", "error-codes"))
            .arg("init")
            .arg(&dir)
            .args(["--crate", &krate, "--registry"])
            .arg(&registry)
            .current_dir(&root));
        apis.push(Api {
            name,
            package: krate.clone(),
            registry: Registry::load(&registry).unwrap(),
            krate: krate.replace('-', "_"),
            crate_dir: dir.join(&krate),
            package_entry: dir.join("clients/typescript/src/index.ts"),
        });
    }
    let envelopes: Vec<Envelope> = apis.iter().map(|a| a.registry.envelope).collect();
    for envelope in [Envelope::Nested, Envelope::Rfc9457] {
        assert!(envelopes.contains(&envelope), "{envelope:?} is served");
    }
    apis
}

/// The paths each API's service answers with an error: a handler's error
/// with `Retry-After`, field errors when the registry has the
/// `validation_error` role, and a route that does not exist.
fn paths(registry: &Registry) -> Vec<&'static str> {
    let mut paths = vec!["/fail"];
    if registry.roles.code(Role::ValidationError).is_some() {
        paths.push("/invalid");
    }
    paths.push("/nope");
    paths
}

/// The code each path is answered with.
fn expected_code(registry: &Registry, path: &str) -> String {
    match path {
        "/fail" => registry.page.envelope_example.code.clone(),
        "/invalid" => registry
            .roles
            .code(Role::ValidationError)
            .unwrap()
            .to_owned(),
        _ => registry.roles.code(Role::RouteNotFound).unwrap().to_owned(),
    }
}

/// The service's source: a page server (the page, its script, `POST
/// /report`), one service per API behind `CorsLayer` with its crate's
/// exposed headers, and the control (the first API, no header exposed).
/// Every response a service sends is printed as `sent {json}`; the page's
/// report as `report {json}`.
fn server_source(apis: &[Api]) -> String {
    let mut routers = String::new();
    let mut config = String::new();
    for (i, api) in apis.iter().enumerate() {
        let krate = &api.krate;
        let name = &api.name;
        let example = &api.registry.page.envelope_example.code;
        let (_, example) = api.registry.code(example).unwrap();
        let mut routes = format!(
            ".route(\"/fail\", get(|| async {{ Err::<(), _>({krate}::axum::ApiError::new({krate}::ErrorCode::{}, \"It failed\").with_retry_after(Duration::from_secs({RETRY_AFTER}))) }}))",
            example.rust_name
        );
        if api.registry.roles.code(Role::ValidationError).is_some() {
            let _ = write!(
                routes,
                ".route(\"/invalid\", get(|| async {{ Err::<(), _>({krate}::axum::ApiError::validation(\"Check the fields\", {krate}::FieldErrors::new().with({:?}, {:?}))) }}))",
                FIELD_ERROR.0, FIELD_ERROR.1
            );
        }
        let _ = writeln!(
            routers,
            "fn app_{i}(expose: bool, name: &'static str) -> Router {{\n    let cors = CorsLayer::new().allow_origin(Any);\n    let cors = if expose {{ cors.expose_headers({krate}::headers::name::CORS_EXPOSE_HEADERS) }} else {{ cors }};\n    Router::new(){routes}.layer({krate}::axum::ErrorLayer::new()).layer(from_fn_with_state(name, record)).layer(cors)\n}}"
        );
        let _ = writeln!(
            config,
            "    apis.push(serve(app_{i}(true, {name:?}), {name:?}, {i}, &{:?}).await);",
            paths(&api.registry)
        );
    }
    format!(
        r#"use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{{Request, State}};
use axum::middleware::{{Next, from_fn_with_state}};
use axum::response::{{Html, Response}};
use axum::routing::{{get, post}};
use serde_json::{{Value, json}};
use tower_http::cors::{{Any, CorsLayer}};

/// Prints every response as it leaves.
async fn record(State(api): State<&'static str>, request: Request, next: Next) -> Response {{
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    let headers: serde_json::Map<String, Value> = parts
        .headers
        .iter()
        .map(|(k, v)| (k.as_str().to_owned(), json!(v.to_str().unwrap())))
        .collect();
    println!("sent {{}}", json!({{"api": api, "path": path, "status": parts.status.as_u16(), "headers": headers, "body": String::from_utf8_lossy(&bytes)}}));
    Response::from_parts(parts, Body::from(bytes))
}}

{routers}
async fn serve(app: Router, name: &str, package: usize, paths: &[&str]) -> Value {{
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{{}}", listener.local_addr().unwrap());
    tokio::spawn(async move {{ axum::serve(listener, app).await.unwrap() }});
    json!({{"name": name, "package": package, "base": base, "paths": paths}})
}}

#[tokio::main]
async fn main() {{
    let script = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let mut apis = Vec::new();
{config}    apis.push(serve(app_0(false, "control"), "control", 0, &["/fail"]).await);
    let page = format!(
        "<!doctype html><title>error codes</title><script>window.APIS = {{}};</script><script type=module src=/app.js></script>",
        Value::from(apis)
    );
    let app = Router::new()
        .route("/", get(move || std::future::ready(Html(page.clone()))))
        .route("/app.js", get(move || std::future::ready(([("content-type", "text/javascript")], script.clone()))))
        .route("/report", post(|body: String| async move {{ println!("report {{body}}"); }}));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    println!("page http://{{}}/", listener.local_addr().unwrap());
    axum::serve(listener, app).await.unwrap();
}}
"#
    )
}

/// The page's script: every API's package, each read of each path, the
/// report posted back.
fn script(apis: &[Api]) -> String {
    let mut out = String::new();
    for (i, api) in apis.iter().enumerate() {
        let _ = writeln!(
            out,
            "import * as package{i} from {};",
            Value::from(api.package_entry.to_str().unwrap())
        );
    }
    let list: Vec<String> = (0..apis.len()).map(|i| format!("package{i}")).collect();
    let _ = write!(
        out,
        r#"const packages = [{}];
const report = [];
for (const api of window.APIS) {{
  const pkg = packages[api.package];
  for (const path of api.paths) {{
    const entry = {{ api: api.name, path }};
    try {{
      const response = await fetch(api.base + path);
      entry.status = response.status;
      entry.requestIdHeader = response.headers.get(pkg.ROLE_HEADERS.requestId);
      const read = await pkg.ErrorResponse.fromResponse(response);
      if (read !== null) {{
        Object.assign(entry, {{
          code: read.code,
          known: pkg.isErrorCode(read.code),
          message: read.error.message,
          requestId: read.requestId,
          retryAfter: read.retryAfter,
          retry: read.retry,
          details: read.error.details ?? null,
        }});
      }}
    }} catch (error) {{
      entry.failed = String(error);
    }}
    report.push(entry);
  }}
}}
await fetch("/report", {{ method: "POST", body: JSON.stringify(report) }});
"#,
        list.join(", ")
    );
    out
}

/// The message a service sent, where its envelope puts it.
fn sent_message(registry: &Registry, body: &Value) -> String {
    let message = match (&registry.envelope, &registry.body) {
        (_, Some(layout)) => match &layout.message {
            Some(path) => at(body, &layout.full_path(path)).clone(),
            None => Value::Null,
        },
        (Envelope::Rfc9457, None) => body["detail"].clone(),
        _ => body["error"]["message"].clone(),
    };
    message.as_str().unwrap_or_default().to_owned()
}

/// Whether the envelope carries an error's details.
fn carries_details(registry: &Registry) -> bool {
    registry.body.as_ref().is_none_or(|l| l.details.is_some())
}

#[test]
#[ignore = "tier 2: init makes four projects; a service on five crates is built and served to headless Chromium"]
fn a_browser_reads_every_envelope_across_origins() {
    let _clock = crate::Clock::start();
    let root = workspace_root();
    let scratch = super::outputs_typescript::scratch("browser-e2e");
    let apis = apis(&scratch);

    // The page's script, bundled by esbuild from the packages' sources.
    let tools = super::ts_bundle_size::bundlers();
    std::fs::write(scratch.join("app.js"), script(&apis)).unwrap();
    run(Command::new(tools.join("node_modules/.bin/esbuild"))
        .arg(scratch.join("app.js"))
        .args(["--bundle", "--format=esm", "--log-level=warning"])
        .arg(format!("--outfile={}", scratch.join("bundle.js").display())));

    // The service, on every API's crate.
    let server = scratch.join("server");
    std::fs::create_dir_all(server.join("src")).unwrap();
    std::fs::write(server.join("src/main.rs"), server_source(&apis)).unwrap();
    let mut deps = String::new();
    for api in &apis {
        let _ = writeln!(
            deps,
            "{} = {{ path = {:?}, features = [\"axum\"] }}",
            api.package, api.crate_dir
        );
    }
    std::fs::write(
        server.join("Cargo.toml"),
        format!(
            "[package]\nname = \"browser-server\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
             [workspace]\n\n[dependencies]\n{deps}{scenario_deps}\
             axum = {{ version = \"0.8\", default-features = false, features = [\"http1\", \"tokio\", \"json\"] }}\n\
             tokio = {{ version = \"1\", features = [\"macros\", \"net\", \"rt-multi-thread\"] }}\n\
             tower-http = {{ version = \"0.6\", default-features = false, features = [\"cors\"] }}\n\
             serde_json = \"1\"\n",
            scenario_deps = crate::scenario_deps(),
        ),
    )
    .unwrap();
    std::fs::copy(root.join("Cargo.lock"), server.join("Cargo.lock")).unwrap();
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-target");
    run(Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--offline"])
        .env("CARGO_BUILD_BUILD_DIR", crate::shared_build_dir())
        .env("CARGO_TARGET_DIR", &target)
        .current_dir(&server));

    let mut child = Command::new(target.join("debug/browser-server"))
        .arg(scratch.join("bundle.js"))
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let (lines, received) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if lines.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    let mut children = Killed(vec![child]);
    let page = received.recv_timeout(Duration::from_secs(30)).unwrap();
    let page = page.strip_prefix("page ").unwrap().to_owned();

    let profile = scratch.join("chromium-profile");
    let browser = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(&page)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot run chromium (apt-get install chromium; .ci/run does): {e}")
        });
    children.0.push(browser);
    let mut sent: BTreeMap<(String, String), Value> = BTreeMap::new();
    let report: Value = loop {
        let line = received
            .recv_timeout(Duration::from_secs(60))
            .expect("the page reports within a minute");
        if let Some(json) = line.strip_prefix("sent ") {
            let response: Value = serde_json::from_str(json).unwrap();
            let key = (
                response["api"].as_str().unwrap().to_owned(),
                response["path"].as_str().unwrap().to_owned(),
            );
            assert!(sent.insert(key, response).is_none(), "one request per path");
        } else if let Some(json) = line.strip_prefix("report ") {
            break serde_json::from_str(json).unwrap();
        }
    };
    drop(children);
    eprintln!("{}", serde_json::to_string_pretty(&report).unwrap());

    let reads = report.as_array().unwrap();
    let mut compared = 0;
    for api in &apis {
        let registry = &api.registry;
        let request_id_header = registry.roles.request_id_header.to_ascii_lowercase();
        for path in paths(registry) {
            let what = format!("{} {path}", api.name);
            let read = reads
                .iter()
                .find(|r| r["api"] == api.name.as_str() && r["path"] == path)
                .unwrap_or_else(|| panic!("{what}: not read"));
            let response = &sent[&(api.name.clone(), path.to_owned())];
            let headers = &response["headers"];
            let body: Value = serde_json::from_str(response["body"].as_str().unwrap()).unwrap();
            let code = expected_code(registry, path);
            let (_, entry) = registry.code(&code).unwrap();
            assert_eq!(read["status"], response["status"], "{what}: {read}");
            assert_eq!(read["status"], entry.status, "{what}");
            assert_eq!(read["code"], code.as_str(), "{what}: {read}");
            assert_eq!(read["known"], true, "{what}");
            assert_eq!(
                read["message"],
                sent_message(registry, &body).as_str(),
                "{what}"
            );
            // The request id, from the body or the exposed header: both the
            // service's.
            let request_id = headers[&request_id_header].as_str().unwrap();
            assert_eq!(read["requestId"], request_id, "{what}: {read}");
            assert_eq!(read["requestIdHeader"], request_id, "{what}: exposed");
            let retry_after = headers["retry-after"]
                .as_str()
                .map(|v| v.parse::<u64>().unwrap());
            assert_eq!(read["retryAfter"], json!(retry_after), "{what}");
            if path == "/fail" {
                assert_eq!(retry_after, Some(RETRY_AFTER), "{what}: sent");
            }
            assert_eq!(read["retry"], entry.retry.as_str(), "{what}");
            let details = if path == "/invalid" && carries_details(registry) {
                assert!(
                    response["body"].as_str().unwrap().contains(FIELD_ERROR.1),
                    "{what}: {body}"
                );
                json!({"fields": {FIELD_ERROR.0: [FIELD_ERROR.1]}})
            } else {
                Value::Null
            };
            assert_eq!(read["details"], details, "{what}: {read}");
            compared += 1;
        }
    }
    assert_eq!(compared + 1, reads.len(), "{report}");

    // Without the list, a browser hides the headers: the request id comes
    // from the body only, `Retry-After` is lost.
    let control = reads.iter().find(|r| r["api"] == "control").unwrap();
    let response = &sent[&("control".to_owned(), "/fail".to_owned())];
    let name = apis[0]
        .registry
        .roles
        .request_id_header
        .to_ascii_lowercase();
    assert!(
        response["headers"][&name].is_string() && response["headers"]["retry-after"].is_string()
    );
    assert_eq!(control["requestIdHeader"], Value::Null, "{control}");
    assert_eq!(control["retryAfter"], Value::Null, "{control}");
    assert_eq!(
        control["requestId"], response["headers"][&name],
        "{control}"
    );
}
