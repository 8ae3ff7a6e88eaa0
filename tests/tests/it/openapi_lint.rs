//! The generated OpenAPI documents pass the linters teams run in CI, with
//! their default options: redocly's `recommended` rules (2.x) report no
//! error and refuse no example (`no-invalid-media-type-examples`, which
//! takes an object schema that does not say `additionalProperties` as
//! closed), and Spectral's `spectral:oas` (6.x) reports no error. For this
//! API's document and the document of every fixture registry (each
//! envelope, each body layout, typed details, operations, each code style).
//!
//! Tier 2: it installs both linters with `npm ci`, pinned by
//! `tests/tools/openapi-lint/package-lock.json`.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use error_codes_codegen::{Config, Project, Registry};
use error_codes_tests::workspace_root;
use serde_json::Value;

fn tools() -> PathBuf {
    workspace_root().join("tests/tools/openapi-lint")
}

/// The two linters, installed as the lock pins them when missing.
fn install() {
    let lock = crate::npm_tools(&tools(), &["@redocly/cli", "@stoplight/spectral-cli"]);
    for (package, major) in [("@redocly/cli", "2."), ("@stoplight/spectral-cli", "6.")] {
        let version = &lock["packages"][format!("node_modules/{package}")]["version"];
        assert!(
            version.as_str().is_some_and(|v| v.starts_with(major)),
            "the lock pins {package} {major}x: {version}"
        );
    }
}

/// Every registry whose OpenAPI document is linted: this API's and the
/// fixtures'.
fn registries() -> Vec<(String, Registry)> {
    let root = workspace_root();
    let mut paths: Vec<PathBuf> = vec![root.join("registry/error-codes.yaml")];
    for folder in [
        "details",
        "operations",
        "other-api",
        "rfc9457",
        "observability",
    ] {
        paths.push(
            root.join("tests/fixtures")
                .join(folder)
                .join("registry.yaml"),
        );
    }
    for folder in ["layouts", "styles"] {
        let mut found: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures").join(folder))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            .collect();
        found.sort();
        paths.extend(found);
    }
    paths
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let registry =
                Registry::load(&path).unwrap_or_else(|e| panic!("{name} is invalid: {e}"));
            (name, registry)
        })
        .collect()
}

/// `registry`'s OpenAPI document, as `generate` writes it with the default
/// configuration, in `dir`.
fn write_document(registry: &Registry, dir: &Path, name: &str) -> PathBuf {
    let project = Project::with_config(".", Config::default());
    let openapi = project.config().openapi.clone();
    let document = project
        .outputs(registry)
        .unwrap()
        .into_iter()
        .find(|o| o.path == openapi)
        .expect("an OpenAPI output");
    let path = dir.join(format!("{}.yaml", name.replace(['/', '.'], "_")));
    std::fs::write(&path, document.contents).unwrap();
    path
}

fn run(program: &str, args: &[&str]) -> (bool, String) {
    let out = Command::new(tools().join("node_modules/.bin").join(program))
        .args(args)
        .current_dir(tools())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
#[ignore = "tier 2: installs redocly and Spectral with npm and lints every generated OpenAPI document"]
fn every_generated_openapi_document_passes_redocly_and_spectral() {
    let _clock = crate::Clock::start();
    install();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("openapi-lint");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // Every document, by its file's name: each linter runs once on them all
    // (a Node.js process per document would cost more than the linting).
    let mut names = BTreeMap::new();
    for (name, registry) in registries() {
        let document = write_document(&registry, &dir, &name);
        let file = document.file_name().unwrap().to_str().unwrap().to_owned();
        names.insert(file, name);
    }
    let files: Vec<String> = names
        .keys()
        .map(|file| dir.join(file).to_str().unwrap().to_owned())
        .collect();
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    // The registry whose document `source` (a path, as a linter reports it) is.
    let name_of = |source: &str| -> String {
        let file = Path::new(source).file_name().and_then(|f| f.to_str());
        match file.and_then(|f| names.get(f)) {
            Some(name) => name.clone(),
            None => format!("(a document, {source:?})"),
        }
    };
    let mut failures = Vec::new();

    // redocly prints one JSON report per document, one after the other.
    let (_, report) = run(
        "redocly",
        &[
            &["lint", "--format=json", "--max-problems=100000"],
            &files[..],
        ]
        .concat(),
    );
    let reports: Vec<Value> = serde_json::Deserializer::from_str(&report)
        .into_iter::<Value>()
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("redocly's reports are not JSON ({e}):\n{report}"));
    assert_eq!(
        reports.len(),
        files.len(),
        "one redocly report per document"
    );
    for problem in reports.iter().flat_map(|r| {
        r["problems"]
            .as_array()
            .expect("redocly lists problems")
            .iter()
    }) {
        let rule = problem["ruleId"].as_str().unwrap_or_default();
        if problem["severity"] == "error" || rule == "no-invalid-media-type-examples" {
            let source = problem["location"][0]["source"]["ref"]
                .as_str()
                .unwrap_or_default();
            failures.push(format!(
                "{}: redocly {rule}: {}",
                name_of(source),
                problem["message"].as_str().unwrap_or_default()
            ));
        }
    }

    let (_, report) = run(
        "spectral",
        &[
            &["lint", "--format=json", "--ruleset", ".spectral.yaml"],
            &files[..],
        ]
        .concat(),
    );
    // Spectral prints a note, not JSON, when it finds nothing.
    let results: Vec<Value> = serde_json::from_str(&report).unwrap_or_else(|_| {
        assert!(
            report.contains("No results"),
            "Spectral's report is neither JSON nor its empty note:\n{report}"
        );
        Vec::new()
    });
    for result in results.iter().filter(|r| r["severity"] == 0) {
        failures.push(format!(
            "{}: spectral {}: {}",
            name_of(result["source"].as_str().unwrap_or_default()),
            result["code"].as_str().unwrap_or_default(),
            result["message"].as_str().unwrap_or_default()
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
