//! The end-to-end scenarios, one module per scenario file, in one test
//! binary (one link after a registry edit, not one per file). Tier 2 tests
//! are `#[ignore]`d: `cargo test --workspace -- --ignored`.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

mod browser_e2e;
mod client_hostile;
mod code_styles;
mod docs_drift;
mod docs_tables;
mod envelope_cases;
mod envelope_cases_written;
mod generated_rows;
mod grpc;
mod grpc_clients;
mod grpc_e2e;
mod grpc_proto;
mod guides;
mod init_newcomer;
mod init_project;
mod layouts_e2e;
mod maintainer_edits;
mod module_graph;
mod observability;
mod openapi_lint;
mod operations;
mod outputs_details_schemas;
mod outputs_google;
mod outputs_layouts;
mod outputs_member_objects;
mod outputs_openapi;
mod outputs_python;
mod outputs_rfc9457;
mod outputs_schema;
mod outputs_typescript;
mod pipeline;
mod pregenerated;
mod readers;
mod readme_examples;
mod registries_compile;
mod registry_layouts;
mod rfc9457_e2e;
mod seed_page;
mod server_e2e;
mod server_layer;
mod server_logs;
mod server_schemas;
mod source_files;
mod ts_bundle_size;
mod wire_bytes;
mod wire_e2e;
mod wire_props;
mod wire_readme;
mod wire_registry;

/// The build folder (`CARGO_BUILD_BUILD_DIR`, cargo 1.91) that the cargo of
/// every tier-2 scenario shares: the dependencies the scenarios have in
/// common compile once, not once per scenario. Each scenario keeps its own
/// target folder (`CARGO_TARGET_DIR`), where its binaries, named alike
/// across scenarios, land.
///
/// It is not the workspace's own build folder (where tier 1 compiled, the
/// parent of `CARGO_TARGET_TMPDIR`), though a dependency's file name there
/// (its name and metadata hash: version, features, profile, dependencies)
/// would be the same: the scenarios build copies of the workspace's own
/// packages (`runtime` and the crate in the scratch crates, the whole
/// checkout in `init_newcomer` and `maintainer_edits`) at the same paths
/// from their workspace roots, so under the same names as tier 1's (a path
/// package is hashed by its path from the workspace root). Built there,
/// they would replace tier 1's under the workspace's own cargo, which
/// tier-2 scenarios run too (`cargo run -p error-codes-codegen`), and
/// which would take the copy's build for fresh (cargo compares the
/// workspace's own sources with it, older than the copy). And the copy's
/// tests in `maintainer_edits` write their scratch folders (`python-venv`,
/// `ts-pack`) into that folder's `tmp` (`CARGO_TARGET_TMPDIR` is the build
/// folder's), under the scenarios that read them. So the first call
/// hard-links into this folder what the workspace's holds of every other
/// crate ([`seed_build_dir`]): a dependency tier 1 compiled with the same
/// features is fresh here (in `.ci/run`, about 250 of the 560 crates tier 2
/// compiled were tier 1's), and the workspace's packages are built here
/// alone.
fn shared_build_dir() -> PathBuf {
    static SEEDED: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    SEEDED
        .get_or_init(|| {
            let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
            let dir = tmp.join("scenarios-build");
            let workspace_build_dir = tmp
                .parent()
                .expect("CARGO_TARGET_TMPDIR is a folder inside the build folder");
            seed_build_dir(workspace_build_dir, &dir);
            dir
        })
        .clone()
}

/// Hard-links into `build_dir` what `from` (a build folder) holds of every
/// crate that is not one of the workspace's packages: their libraries,
/// fingerprints and build-script folders (what is there already stays), so
/// that cargo finds them fresh: a dependency's file name does not hang on
/// the build folder. Cargo replaces what it builds again (rustc writes to a
/// temporary file it renames), and writes a fingerprint anew only for a
/// crate it builds again under the same name: the same crate, so at worst
/// the workspace's next build of it finds it changed and builds it again.
fn seed_build_dir(from: &Path, build_dir: &Path) {
    // The workspace's packages and their targets, by the names cargo gives
    // their folders (`PACKAGE-HASH`) and files (`libTARGET-HASH.EXT`).
    let metadata = std::process::Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--no-deps",
            "--offline",
            "--format-version",
            "1",
        ])
        .current_dir(error_codes_tests::workspace_root())
        .output()
        .expect("cargo runs");
    assert!(metadata.status.success(), "cargo metadata failed");
    let metadata: serde_json::Value = serde_json::from_slice(&metadata.stdout).unwrap();
    let mut ours = std::collections::BTreeSet::new();
    for package in metadata["packages"]
        .as_array()
        .expect("cargo metadata's packages")
    {
        ours.insert(package["name"].as_str().unwrap().to_owned());
        for target in package["targets"].as_array().unwrap() {
            ours.insert(target["name"].as_str().unwrap().replace('-', "_"));
        }
    }
    let workspace_crate = |name: &str| {
        let name = name.strip_prefix("lib").unwrap_or(name);
        let name = name.split_once('.').map_or(name, |(stem, _)| stem);
        name.rsplit_once('-')
            .is_some_and(|(unit, _hash)| ours.contains(unit))
    };
    let (from, to) = (from.join("debug"), build_dir.join("debug"));
    for (folder, only_libraries) in [("deps", true), (".fingerprint", false), ("build", false)] {
        let Ok(entries) = std::fs::read_dir(from.join(folder)) else {
            continue;
        };
        std::fs::create_dir_all(to.join(folder)).unwrap();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if workspace_crate(&name) || (only_libraries && !name.starts_with("lib")) {
                continue;
            }
            link_tree(&entry.path(), &to.join(folder).join(&name));
        }
    }
}

/// Hard-links the file `from` to `to`, or each file of the folder `from`
/// under `to`; what `to` has already is left alone.
fn link_tree(from: &Path, to: &Path) {
    let Ok(kind) = std::fs::symlink_metadata(from).map(|m| m.file_type()) else {
        return;
    };
    if kind.is_dir() {
        let _ = std::fs::create_dir_all(to);
        for entry in std::fs::read_dir(from).into_iter().flatten().flatten() {
            link_tree(&entry.path(), &to.join(entry.file_name()));
        }
    } else if kind.is_file() && !to.exists() {
        let _ = std::fs::hard_link(from, to);
    }
}

/// The variable naming the file a tier-2 scenario's [`Clock`] appends its
/// time to; unset, no time is written. `.ci/run` and
/// `scripts/test-times.sh` set it and print the file: libtest on stable
/// reports no test's time.
const SCENARIO_TIMES: &str = "ERROR_CODES_SCENARIO_TIMES";

/// A tier-2 scenario's clock, started first thing in the test: when it is
/// dropped (the test passed or panicked), one line, `SECONDS\tTEST\tok` (or
/// `failed`), is appended to the file [`SCENARIO_TIMES`] names. The test's
/// name is its thread's, which libtest gives it.
struct Clock(std::time::Instant);

impl Clock {
    fn start() -> Clock {
        Clock(std::time::Instant::now())
    }
}

impl Drop for Clock {
    fn drop(&mut self) {
        use std::io::Write;
        let Some(path) = std::env::var_os(SCENARIO_TIMES) else {
            return;
        };
        let thread = std::thread::current();
        let line = format!(
            "{:.0}\t{}\t{}\n",
            self.0.elapsed().as_secs_f64(),
            thread.name().unwrap_or("?"),
            if std::thread::panicking() {
                "failed"
            } else {
                "ok"
            },
        );
        // One write of one short line to a file opened for appending: the
        // lines of scenarios that end together do not interleave.
        let written = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .and_then(|mut file| file.write_all(line.as_bytes()));
        if let Err(e) = written {
            eprintln!("cannot append to {}: {e}", Path::new(&path).display());
        }
    }
}

/// The npm tools a test pins in `dir` (a `package.json` and its
/// `package-lock.json`), installed with `npm ci` unless each of `packages`
/// is already there at the version the lock pins; returns the lock.
fn npm_tools(dir: &Path, packages: &[&str]) -> serde_json::Value {
    let read = |path: PathBuf| -> Option<serde_json::Value> {
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
    };
    let lock = read(dir.join("package-lock.json"))
        .unwrap_or_else(|| panic!("{}: no package-lock.json", dir.display()));
    let installed = packages.iter().all(|package| {
        let locked = &lock["packages"][format!("node_modules/{package}")]["version"];
        assert!(locked.is_string(), "the lock pins {package}");
        read(dir.join("node_modules").join(package).join("package.json"))
            .is_some_and(|p| &p["version"] == locked)
    });
    if !installed {
        let out = std::process::Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(dir)
            .output()
            .unwrap_or_else(|e| panic!("cannot run npm (install Node.js and npm): {e}"));
        assert!(
            out.status.success(),
            "npm ci ({}) failed:\n{}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    lock
}

/// Starts a scenario's server (`command`, its stdout piped) and reads the
/// address it prints first, `listening on ADDR`.
fn serve(command: &mut std::process::Command) -> (std::process::Child, String) {
    use std::io::BufRead;
    let mut child = command
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {command:?}: {e}"));
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().expect("stdout is piped"))
        .read_line(&mut first)
        .unwrap();
    let addr = first
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("first line {first:?}, not `listening on ADDR`"))
        .to_owned();
    (child, addr)
}

/// What the OpenAPI Initiative's JSON Schema of OpenAPI 3.1 documents
/// (`tests/fixtures/openapi-3.1/`, formats checked) finds wrong with
/// `document`, one line each.
///
/// That schema (2022-10-07) gives a server's `url` the format
/// `uri-reference`, which a URL template such as the specification's own
/// `https://{username}.gigantic-server.com:{port}/{basePath}` is not (braces
/// are no URI characters); later versions of the schema dropped the format.
/// So each server URL is checked as it reads once its variables take their
/// defaults, which is the URL a reader of the document first calls.
fn openapi_3_1_problems(document: &serde_json::Value) -> Vec<String> {
    let root = error_codes_tests::workspace_root();
    let meta: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("tests/fixtures/openapi-3.1/schema.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        meta["$id"], "https://spec.openapis.org/oas/3.1/schema/2022-10-07",
        "the note above is about this version of the schema"
    );
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&meta)
        .unwrap();
    let mut expanded = document.clone();
    for server in expanded["servers"].as_array_mut().into_iter().flatten() {
        let mut url = server["url"].as_str().unwrap_or_default().to_owned();
        for (name, variable) in server["variables"].as_object().into_iter().flatten() {
            let default = variable["default"].as_str().unwrap_or_default();
            url = url.replace(&format!("{{{name}}}"), default);
        }
        server["url"] = serde_json::Value::from(url);
    }
    validator
        .iter_errors(&expanded)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

/// Every tier-2 scenario (an `#[ignore]`d test of this binary) starts a
/// [`Clock`] first thing, so that CI's table of scenario times has them all.
#[test]
fn every_tier_2_scenario_starts_its_clock() {
    let dir = error_codes_tests::workspace_root().join("tests/tests/it");
    let mut scenarios = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut lines = text.lines();
        while let Some(line) = lines.next() {
            if !line.starts_with("#[ignore") {
                continue;
            }
            scenarios += 1;
            let mut rest = lines
                .by_ref()
                .skip_while(|l| !l.starts_with("fn ") && !l.starts_with("async fn "));
            let signature = rest.next().unwrap_or_default();
            let first = rest.next().unwrap_or_default();
            assert_eq!(
                first.trim(),
                "let _clock = crate::Clock::start();",
                "{}: `{signature}` does not start with its clock",
                path.display()
            );
        }
    }
    assert!(
        scenarios > 0,
        "no tier-2 scenario found in {}",
        dir.display()
    );
}
