//! Observability from the registry: the Prometheus rules and the Grafana
//! dashboard `generate` writes, the seed crate's counter as a real
//! Prometheus exporter renders it, and (tier 2) promtool and a real
//! Prometheus scraping a service made by `init`, which raises the
//! deprecated-code alert for the deprecated codes it is sent and for no
//! current code, and runs every query of the dashboard.
//!
//! Every expectation comes from a registry: the repository's, or the
//! fixture `tests/fixtures/observability/registry.yaml` (deprecated codes
//! with a far sunset, a past one, and none).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use error_codes_codegen::{Config, Project, Registry, Source};
use error_codes_tests::workspace_root;
use serde_json::Value;

fn fixture() -> PathBuf {
    workspace_root().join("tests/fixtures/observability/registry.yaml")
}

fn fixture_project() -> (Project, Registry) {
    let project = Project::for_registry(fixture()).unwrap();
    let registry = project.load().unwrap();
    (project, registry)
}

fn yaml(text: &str) -> Value {
    serde_saphyr::from_str(text).unwrap()
}

/// Every rule of the rules file, across its groups.
fn rules(text: &str) -> Vec<Value> {
    let file = yaml(text);
    file["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["rules"].as_array().unwrap().clone())
        .collect()
}

fn str_of<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key].as_str().unwrap_or_default()
}

#[test]
fn the_rules_alert_on_each_deprecated_code_with_its_sunset_and_replacement_and_on_no_current_code()
{
    let (project, registry) = fixture_project();
    let config = project.config();
    let text = error_codes_tests::output(&project, &registry, &config.prometheus_rules);
    let rules = rules(&text);
    let alerts: Vec<&Value> = rules.iter().filter(|r| r.get("alert").is_some()).collect();
    let mut deprecated = 0;
    for (_, code) in registry.codes() {
        let of_code: Vec<&&Value> = alerts
            .iter()
            .filter(|r| r["labels"][&config.metrics_error_type] == code.code.as_str())
            .collect();
        let quoted = format!("\"{}\"", code.code);
        let Some(deprecation) = &code.deprecated else {
            assert!(of_code.is_empty(), "{}", code.code);
            assert!(
                alerts.iter().all(|r| !str_of(r, "expr").contains(&quoted)),
                "no alert names the current code {}",
                code.code
            );
            continue;
        };
        deprecated += 1;
        let severities: BTreeSet<&str> = of_code
            .iter()
            .map(|r| r["labels"]["severity"].as_str().unwrap())
            .collect();
        let expected: BTreeSet<&str> = match deprecation.sunset {
            Some(_) => ["info", "warning"].into(),
            None => ["info"].into(),
        };
        assert_eq!(severities, expected, "{}", code.code);
        for rule in of_code {
            let expr = str_of(rule, "expr");
            assert!(expr.contains(&config.metrics_counter), "{expr}");
            assert!(expr.contains(&quoted), "{expr}");
            let annotations = &rule["annotations"];
            let sunset = deprecation.sunset.map(|d| d.to_string());
            assert_eq!(
                str_of(annotations, "sunset"),
                sunset.as_deref().unwrap_or("none")
            );
            assert_eq!(
                str_of(annotations, "replacement"),
                deprecation.use_instead.as_deref().unwrap_or("none")
            );
            assert!(str_of(annotations, "summary").contains(&code.code));
        }
    }
    assert!(deprecated > 0, "the fixture has deprecated codes");
    // Recording rules: the rate per code and per category.
    let records: Vec<&Value> = rules.iter().filter(|r| r.get("record").is_some()).collect();
    for label in [&config.metrics_error_type, &config.metrics_category] {
        assert!(
            records
                .iter()
                .any(|r| str_of(r, "record").starts_with(&format!("{label}:"))
                    && str_of(r, "expr").contains(&format!("sum by ({label}"))),
            "a recording rule per {label}:\n{text}"
        );
    }
}

#[test]
fn the_configured_metric_names_reach_the_rules_the_dashboard_and_the_crate() {
    let (project, registry) = fixture_project();
    let mut config = project.config().clone();
    config.metrics_counter = "parcel_failures_total".into();
    config.metrics_error_type = "reason".into();
    config.metrics_status = "status_code".into();
    config.metrics_category = "family".into();
    config.prometheus_rules = "ops/rules.yml".into();
    config.grafana_dashboard = "ops/dashboard.json".into();
    let renamed = Project::with_config(project.root(), config.clone());
    let rules = error_codes_tests::output(&renamed, &registry, "ops/rules.yml");
    let dashboard = error_codes_tests::output(&renamed, &registry, "ops/dashboard.json");
    let defaults = Config::default();
    for text in [&rules, &dashboard] {
        assert!(text.contains("parcel_failures_total"));
        for default in [
            &defaults.metrics_counter,
            &defaults.metrics_error_type,
            &defaults.metrics_status,
            &defaults.metrics_category,
        ] {
            assert!(!text.contains(default.as_str()), "{default} in:\n{text}");
        }
    }
    let crate_source = renamed
        .outputs(&registry)
        .unwrap()
        .into_iter()
        .find(|o| o.path.ends_with("error_codes.rs"))
        .unwrap()
        .contents;
    for name in ["parcel_failures_total", "reason", "status_code", "family"] {
        assert!(crate_source.contains(&format!("\"{name}\"")), "{name}");
    }
}

/// Every PromQL query of a dashboard, with Grafana's range variables
/// given values.
fn dashboard_queries(dashboard: &str) -> Vec<String> {
    let dashboard: Value = serde_json::from_str(dashboard).unwrap();
    dashboard["panels"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["targets"].as_array().unwrap().clone())
        .map(|t| {
            str_of(&t, "expr")
                .replace("$__rate_interval", "1m")
                .replace("$__range", "5m")
        })
        .collect()
}

#[test]
fn the_dashboard_shows_categories_top_codes_deprecated_codes_and_retryable_against_final() {
    let (project, registry) = fixture_project();
    let config = project.config();
    let text = error_codes_tests::output(&project, &registry, &config.grafana_dashboard);
    let dashboard: Value = serde_json::from_str(&text).unwrap();
    assert!(dashboard["schemaVersion"].as_i64().unwrap() >= 39);
    let panels = dashboard["panels"].as_array().unwrap();
    let expr_of = |title: &str| -> Vec<String> {
        let panel = panels
            .iter()
            .find(|p| str_of(p, "title").to_lowercase().contains(title))
            .unwrap_or_else(|| panic!("a panel on {title}"));
        panel["targets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| str_of(t, "expr").to_owned())
            .collect()
    };
    assert!(expr_of("category")[0].contains(&format!("by ({})", config.metrics_category)));
    assert!(expr_of("top")[0].starts_with("topk("));
    let deprecated = &expr_of("deprecated")[0];
    let retry = expr_of("retryable").join("\n");
    for (_, code) in registry.codes() {
        assert_eq!(
            deprecated.contains(&code.code),
            code.deprecated.is_some(),
            "{}: {deprecated}",
            code.code
        );
        let retryable = code.retry != error_codes_codegen::Retry::Never;
        assert_eq!(retry.contains(&code.code), retryable, "{}", code.code);
    }
    for query in dashboard_queries(&text) {
        assert!(query.contains(&config.metrics_counter), "{query}");
        assert!(
            !query.contains('$'),
            "every Grafana variable has a value: {query}"
        );
    }
}

#[test]
fn the_seed_crates_counter_renders_every_code_at_zero_then_counts_its_errors() {
    use axum::Router;
    use axum::routing::get;
    use error_codes::ErrorCode;
    use error_codes::axum::{ApiError, ErrorLayer};
    use tower::ServiceExt as _;

    let registry = error_codes_tests::registry();
    let config = error_codes_tests::project().config().clone();
    let recorder = metrics_exporter_prometheus::PrometheusBuilder::new().build_recorder();
    let handle = recorder.handle();
    let _local = metrics::set_default_local_recorder(&recorder);
    let app = Router::new()
        .route(
            "/fail/{code}",
            get(
                |axum::extract::Path(code): axum::extract::Path<String>| async move {
                    let code: ErrorCode = code
                        .parse()
                        .map_err(|_| ApiError::from(ErrorCode::ALL[0]))?;
                    Err::<(), _>(ApiError::from(code))
                },
            ),
        )
        .route("/ok", get(|| async { "ok" }))
        .layer(ErrorLayer::new().with_metrics());
    let exposition = handle.render();
    let value = |code: &str| -> Option<String> {
        handle
            .render()
            .lines()
            .find(|l| {
                l.starts_with(&config.metrics_counter)
                    && l.contains(&format!("{}=\"{code}\"", config.metrics_error_type))
            })
            .map(|l| l.rsplit(' ').next().unwrap_or_default().to_owned())
    };
    for (category, code) in registry.codes() {
        let line = exposition
            .lines()
            .find(|l| l.contains(&format!("{}=\"{}\"", config.metrics_error_type, code.code)))
            .unwrap_or_else(|| panic!("{} has a series:\n{exposition}", code.code));
        assert!(
            line.starts_with(&format!("{}{{", config.metrics_counter)),
            "{line}"
        );
        assert!(
            line.contains(&format!("{}=\"{}\"", config.metrics_status, code.status)),
            "{line}"
        );
        assert!(
            line.contains(&format!(
                "{}=\"{}\"",
                config.metrics_category, category.rust_name
            )),
            "{line}"
        );
        assert!(line.ends_with(" 0"), "{line}");
    }
    let (_, sent) = registry.codes().nth(registry.code_count() / 2).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(async {
        for path in [
            "/ok".to_owned(),
            format!("/fail/{}", sent.code),
            format!("/fail/{}", sent.code),
        ] {
            let request = axum::http::Request::get(path)
                .body(axum::body::Body::empty())
                .unwrap();
            app.clone().oneshot(request).await.unwrap();
        }
    });
    assert_eq!(value(&sent.code).as_deref(), Some("2"));
    let other = registry
        .codes()
        .find(|(_, c)| c.code != sent.code)
        .unwrap()
        .1;
    assert_eq!(value(&other.code).as_deref(), Some("0"));
}

// ---- Tier 2: promtool and a real Prometheus ----

const MADE: &str = "parcel-errors";

fn tmp(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(name)
}

fn run(what: &str, command: &mut Command) -> String {
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("{what}: {e} (the Debian package `prometheus` has it)"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "{what} failed:\n{text}");
    text
}

#[test]
#[ignore = "tier 2: runs promtool (Debian package `prometheus`) on the generated rules"]
fn promtool_checks_the_rules_and_tests_the_alert() {
    let _clock = crate::Clock::start();
    let dir = tmp("observability-promtool");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // The repository's committed rules, and the fixture's.
    let seed = error_codes_tests::project();
    let seed_rules = seed.root().join(&seed.config().prometheus_rules);
    run(
        "promtool check rules",
        Command::new("promtool")
            .arg("check")
            .arg("rules")
            .arg(&seed_rules),
    );
    let (project, registry) = fixture_project();
    let config = project.config();
    let text = error_codes_tests::output(&project, &registry, &config.prometheus_rules);
    std::fs::write(dir.join("rules.yaml"), &text).unwrap();
    run(
        "promtool check rules",
        Command::new("promtool")
            .arg("check")
            .arg("rules")
            .arg(dir.join("rules.yaml")),
    );

    // Every code sent once a minute for ten minutes; at 10m (in 1970, long
    // before any sunset) each deprecated code fires at `info`, and no
    // current code fires.
    let series: Vec<String> = registry
        .codes()
        .map(|(category, code)| {
            format!(
                "      - series: '{}{{{}=\"{}\", {}=\"{}\", {}=\"{}\"}}'\n        values: '0+1x10'\n",
                config.metrics_counter,
                config.metrics_error_type,
                code.code,
                config.metrics_status,
                code.status,
                config.metrics_category,
                category.rust_name
            )
        })
        .collect();
    let alerts = rules(&text);
    let expected: Vec<String> = alerts
        .iter()
        .filter(|r| str_of(r, "alert") == "DeprecatedErrorCodeSent" && r["labels"]["severity"] == "info")
        .map(|r| {
            let annotations: Vec<String> = r["annotations"]
                .as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| format!("              {k}: {}\n", serde_json::to_string(v).unwrap()))
                .collect();
            format!(
                "          - exp_labels:\n              severity: info\n              {}: {}\n            exp_annotations:\n{}",
                config.metrics_error_type,
                serde_json::to_string(&r["labels"][&config.metrics_error_type]).unwrap(),
                annotations.concat()
            )
        })
        .collect();
    assert_eq!(
        expected.len(),
        registry
            .codes()
            .filter(|(_, c)| c.deprecated.is_some())
            .count()
    );
    let tests = format!(
        "rule_files:\n  - rules.yaml\nevaluation_interval: 1m\ntests:\n  - interval: 1m\n    input_series:\n{}    alert_rule_test:\n      - eval_time: 10m\n        alertname: DeprecatedErrorCodeSent\n        exp_alerts:\n{}",
        series.concat(),
        expected.concat()
    );
    std::fs::write(dir.join("tests.yaml"), &tests).unwrap();
    run(
        "promtool test rules",
        Command::new("promtool")
            .arg("test")
            .arg("rules")
            .arg("tests.yaml")
            .current_dir(&dir),
    );
}

/// The service: the made crate with `axum`, `tracing` and `metrics`, a
/// Prometheus recorder, `/metrics`, and `/fail/{code}` answering with a code.
const SERVICE: &str = r##"
use axum::extract::Path;
use axum::routing::get;
use axum::Router;
use parcel_errors::ErrorCode;
use parcel_errors::axum::{ApiError, ErrorLayer};

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(std::io::stderr)
        .init();
    let handle = metrics_exporter_prometheus::PrometheusBuilder::new()
        .install_recorder()
        .expect("the only recorder");
    let app = Router::new()
        .route("/metrics", get(move || std::future::ready(handle.render())))
        .route(
            "/fail/{code}",
            get(|Path(code): Path<String>| async move {
                let code: ErrorCode = code.parse().map_err(|_| ApiError::from(ErrorCode::ALL[0]))?;
                Err::<(), _>(ApiError::from(code))
            }),
        )
        .layer(ErrorLayer::new().with_metrics());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a port");
    println!("{}", listener.local_addr().expect("an address"));
    axum::serve(listener, app).await.expect("serves");
}
"##;

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `GET` of a Prometheus HTTP API path, as JSON.
fn prometheus_get(base: &str, path: &str, query: &str) -> Value {
    let encoded: String = query
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let url = format!("{base}{path}?query={encoded}");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let response = reqwest::get(&url).await.unwrap();
        serde_json::from_slice(&response.bytes().await.unwrap()).unwrap()
    })
}

#[test]
#[ignore = "tier 2: builds a project made by init and runs a real Prometheus (Debian package `prometheus`) scraping its service"]
fn a_real_prometheus_alerts_on_the_deprecated_codes_sent_and_runs_every_dashboard_query() {
    let _clock = crate::Clock::start();
    let dir = tmp("observability-e2e/parcels");
    let _ = std::fs::remove_dir_all(&dir);
    let source = Source::this_checkout().unwrap();
    let made = Project::init(&dir, MADE, Some(&fixture()), &source).unwrap();
    let registry = made.load().unwrap();
    let config = made.config().clone();

    // The service: a member of the made workspace, built offline from this lock.
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        manifest.replace("members = [", "members = [\"service\", "),
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("service/src")).unwrap();
    std::fs::write(
        dir.join("service/Cargo.toml"),
        format!(
            "[package]\nname = \"service\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\n{MADE} = {{ path = \"../{MADE}\", features = [\"axum\", \"tracing\", \"metrics\"] }}\n\
             axum = {{ version = \"0.8\", default-features = false, features = [\"http1\", \"tokio\"] }}\n\
             tokio = {{ version = \"1\", features = [\"macros\", \"net\", \"rt-multi-thread\"] }}\n\
             tracing = {{ version = \"0.1\", default-features = false, features = [\"std\"] }}\n\
             tracing-subscriber = {{ version = \"0.3\", default-features = false, features = [\"fmt\", \"ansi\"] }}\n\
             metrics-exporter-prometheus = {{ version = \"0.18\", default-features = false }}\n{scenario_deps}",
            scenario_deps = crate::scenario_deps(),
        ),
    )
    .unwrap();
    std::fs::write(dir.join("service/src/main.rs"), SERVICE).unwrap();
    std::fs::copy(workspace_root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let target = tmp("observability-e2e-target");
    run(
        "building the service",
        Command::new(env!("CARGO"))
            .args(["build", "-q", "--offline", "-p", "service"])
            .current_dir(&dir)
            .env("CARGO_BUILD_BUILD_DIR", crate::shared_build_dir())
            .env("CARGO_TARGET_DIR", &target)
            .env_remove("RUSTC_WRAPPER"),
    );
    let log_path = dir.join("service.log");
    let mut child = Command::new(target.join("debug/service"))
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log_path).unwrap())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    let _service = Killed(child);
    let addr = line.trim().to_owned();
    let metrics = || {
        let (status, _, body) = error_codes_tests::request(&addr, "GET", "/metrics", None);
        assert_eq!(status, 200);
        String::from_utf8(body).unwrap()
    };
    let sample = |text: &str, code: &str| -> Option<String> {
        text.lines()
            .find(|l| {
                l.starts_with(&config.metrics_counter)
                    && l.contains(&format!("{}=\"{code}\"", config.metrics_error_type))
            })
            .map(str::to_owned)
    };

    // Every code's series is there at 0 before any error.
    let before = metrics();
    for (category, code) in registry.codes() {
        let line =
            sample(&before, &code.code).unwrap_or_else(|| panic!("{}:\n{before}", code.code));
        assert!(line.ends_with(" 0"), "{line}");
        assert!(line.contains(&format!("{}=\"{}\"", config.metrics_status, code.status)));
        assert!(line.contains(&format!(
            "{}=\"{}\"",
            config.metrics_category, category.rust_name
        )));
    }

    // Errors: each deprecated code and each current code, a few times.
    let deprecated: Vec<&str> = registry
        .codes()
        .filter(|(_, c)| c.deprecated.is_some())
        .map(|(_, c)| c.code.as_str())
        .collect();
    let current: Vec<&str> = registry
        .codes()
        .filter(|(_, c)| c.deprecated.is_none())
        .map(|(_, c)| c.code.as_str())
        .collect();
    for (i, code) in deprecated.iter().chain(&current).enumerate() {
        for _ in 0..=(i % 3) {
            let (status, _, _) =
                error_codes_tests::request(&addr, "GET", &format!("/fail/{code}"), None);
            let (_, c) = registry.code(code).unwrap();
            assert_eq!(status, c.status);
        }
    }
    let after = metrics();
    for (i, code) in deprecated.iter().chain(&current).enumerate() {
        let line = sample(&after, code).unwrap();
        assert!(line.ends_with(&format!(" {}", i % 3 + 1)), "{line}");
    }

    // An oversized request id is neither echoed nor logged.
    let oversized = "x".repeat(6_000);
    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
    std::io::Write::write_all(
        &mut stream,
        format!(
            "GET /fail/{} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{}: {oversized}\r\n\r\n",
            current[0], registry.roles.request_id_header
        )
        .as_bytes(),
    )
    .unwrap();
    let mut raw = Vec::new();
    std::io::Read::read_to_end(&mut stream, &mut raw).unwrap();
    let raw = String::from_utf8_lossy(&raw);
    assert!(
        raw.starts_with("HTTP/1.1 4") || raw.starts_with("HTTP/1.1 5"),
        "{raw}"
    );
    assert!(
        !raw.contains(&oversized[..200]),
        "the oversized id is not echoed"
    );

    // A real Prometheus scraping the service every second with the rules.
    let prom_dir = dir.join("prometheus");
    std::fs::create_dir_all(&prom_dir).unwrap();
    let rules_path = dir.join(&config.prometheus_rules);
    std::fs::write(
        prom_dir.join("prometheus.yml"),
        format!(
            "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nrule_files:\n  - {}\nscrape_configs:\n  - job_name: service\n    static_configs:\n      - targets: [\"{addr}\"]\n",
            serde_json::to_string(&rules_path.display().to_string()).unwrap()
        ),
    )
    .unwrap();
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let prometheus = Command::new("prometheus")
        .arg(format!(
            "--config.file={}",
            prom_dir.join("prometheus.yml").display()
        ))
        .arg(format!(
            "--storage.tsdb.path={}",
            prom_dir.join("data").display()
        ))
        .arg(format!("--web.listen-address=127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(prom_dir.join("prometheus.log")).unwrap())
        .spawn()
        .expect("prometheus (the Debian package `prometheus`)");
    let _prometheus = Killed(prometheus);

    // Sent again once scraped, so the increase falls inside the window.
    let deadline = Instant::now() + Duration::from_secs(120);
    let firing = loop {
        for code in deprecated.iter().chain(&current) {
            let _ = std::net::TcpStream::connect(&addr)
                .map(|_| error_codes_tests::request(&addr, "GET", &format!("/fail/{code}"), None));
        }
        std::thread::sleep(Duration::from_secs(2));
        let alerts = std::panic::catch_unwind(|| {
            prometheus_get(
                &base,
                "/api/v1/query",
                "ALERTS{alertname=\"DeprecatedErrorCodeSent\",alertstate=\"firing\"}",
            )
        });
        let firing: BTreeSet<String> = alerts
            .ok()
            .and_then(|a| a["data"]["result"].as_array().cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|r| {
                r["metric"][&config.metrics_error_type]
                    .as_str()
                    .map(str::to_owned)
            })
            .collect();
        if firing.len() == deprecated.len() || Instant::now() > deadline {
            break firing;
        }
    };
    let expected: BTreeSet<String> = deprecated.iter().map(|c| (*c).to_owned()).collect();
    assert_eq!(
        firing,
        expected,
        "Prometheus' log:\n{}",
        std::fs::read_to_string(prom_dir.join("prometheus.log")).unwrap_or_default()
    );
    // The past sunset fires at warning, the far one at info.
    let all_alerts = prometheus_get(&base, "/api/v1/query", "ALERTS");
    for result in all_alerts["data"]["result"].as_array().unwrap() {
        let code = result["metric"][&config.metrics_error_type]
            .as_str()
            .unwrap_or_default();
        assert!(
            !current.contains(&code),
            "no alert for the current code {code}"
        );
        let (_, c) = registry.code(code).unwrap();
        let sunset = c.deprecated.as_ref().unwrap().sunset;
        let today = error_codes_codegen::Date::from_unix_days(
            i64::try_from(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_secs()
                    / 86_400,
            )
            .unwrap(),
        )
        .unwrap();
        let near = sunset.is_some_and(|s| s.unix_days() - 30 <= today.unix_days());
        assert_eq!(
            result["metric"]["severity"],
            if near { "warning" } else { "info" },
            "{result}"
        );
    }

    // Every query of the dashboard runs on this Prometheus.
    let dashboard = std::fs::read_to_string(dir.join(&config.grafana_dashboard)).unwrap();
    for query in dashboard_queries(&dashboard) {
        let answer = prometheus_get(&base, "/api/v1/query", &query);
        assert_eq!(answer["status"], "success", "{query}: {answer}");
    }

    // The trace output carries the code and the status; deprecated codes warn.
    let log = std::fs::read_to_string(&log_path).unwrap();
    for code in deprecated.iter().chain(&current) {
        assert!(
            log.contains(&format!("error.type=\"{code}\"")),
            "{code}:\n{log}"
        );
    }
    assert!(log.contains("http.response.status_code="));
    for code in &deprecated {
        let warns = log
            .lines()
            .filter(|l| l.contains(" WARN ") && l.contains(&format!("error.type=\"{code}\"")))
            .count();
        assert_eq!(warns, 1, "one warning a minute for {code}");
    }
    assert!(
        !log.contains(&oversized[..200]),
        "the oversized id is not logged"
    );
}
