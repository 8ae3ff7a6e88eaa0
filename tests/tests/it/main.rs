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
/// would be the same: the scratch projects build the workspace's `runtime`
/// and crate with other features than tier 1, and cargo would take such a
/// build for fresh, or replace tier 1's, under the workspace's own cargo,
/// which tier-2 scenarios run too ([`built`]). So the first call hard-links
/// into this folder what the workspace's holds of the registry's crates
/// ([`seed_build_dir`]): a dependency tier 1 compiled with the same features
/// and profile is fresh here, and [`write_build_settings`] makes the scratch
/// projects ask for those. The copies of the whole workspace build in a
/// folder each ([`copy_build_dir`]), which hands this one the dependencies
/// it compiled.
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
            write_build_settings(tmp);
            dir
        })
        .clone()
}

/// Makes every scratch project under `tmp` (`CARGO_TARGET_TMPDIR`) build
/// the registry's crates as tier 1 did, so that tier 1's builds, seeded
/// into [`shared_build_dir`], are fresh there and every other build of a
/// crate compiles once for all scenarios. A build's file name (its hash)
/// covers the crate's profile and its features, which the workspace sets
/// and scratch projects would not:
///
/// - the profile: `tmp/.cargo/config.toml` holds the workspace manifest's
///   `[profile.*]` tables (optimized `syn`, line tables for dependencies),
///   which cargo reads for every project under `tmp`;
/// - the features: `tmp/scenario-deps` is a crate that depends on every
///   registry crate a workspace member depends on (tier 1's build), with
///   the same features; a scratch project that also depends on it
///   ([`scenario_deps`]) resolves each crate it shares with the workspace
///   with tier 1's features, whichever integrations it turns on. Left out,
///   a scenario compiled its own variant of axum, tokio, hyper, serde and
///   syn for each set of features it used;
/// - the host's features: cargo resolves the crates that build scripts and
///   proc macros use apart, so `scenario-deps` also has every registry proc
///   macro and build dependency of tier 1's build ([`host_roots`]) as a
///   build dependency: `syn`, which each proc macro asks for with features
///   of its own, then has tier 1's (it compiled, optimized, in four other
///   variants for the scratch projects).
fn write_build_settings(tmp: &Path) {
    let root = error_codes_tests::workspace_root();
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let mut profiles = String::new();
    let mut in_profile = false;
    for line in manifest.lines() {
        if line.starts_with('[') {
            in_profile = line.starts_with("[profile.");
        }
        if in_profile {
            profiles.push_str(line);
            profiles.push('\n');
        }
    }
    write_file(&tmp.join(".cargo/config.toml"), &profiles);

    let metadata = cargo_metadata(&root, &["--no-deps"]);
    // name -> (version requirement, default features, features)
    let mut deps = std::collections::BTreeMap::<String, (String, bool, Vec<String>)>::new();
    for package in metadata["packages"].as_array().unwrap() {
        for dep in package["dependencies"].as_array().unwrap() {
            // A path package, a build dependency (the generator, itself a
            // path package) or one for another platform: not tier 1's
            // target build of a registry crate.
            if dep["source"].is_null() || !dep["target"].is_null() || dep["kind"] == "build" {
                continue;
            }
            let entry = deps
                .entry(dep["name"].as_str().unwrap().to_owned())
                .or_insert_with(|| (dep["req"].as_str().unwrap().to_owned(), false, Vec::new()));
            entry.1 |= dep["uses_default_features"] == true;
            for feature in dep["features"].as_array().unwrap() {
                let feature = feature.as_str().unwrap().to_owned();
                if !entry.2.contains(&feature) {
                    entry.2.push(feature);
                }
            }
        }
    }
    let mut crate_manifest = String::from(
        "[package]\nname = \"scenario-deps\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n",
    );
    for (name, (req, default_features, features)) in &deps {
        let _ = std::fmt::Write::write_fmt(
            &mut crate_manifest,
            format_args!(
                "{name} = {{ version = {req:?}, default-features = {default_features}, features = {features:?} }}\n"
            ),
        );
    }
    crate_manifest.push_str("\n[build-dependencies]\n");
    for (name, version, features) in host_roots(&root) {
        let default_features = features.iter().any(|f| f == "default");
        let features: Vec<&String> = features.iter().filter(|f| *f != "default").collect();
        let _ = std::fmt::Write::write_fmt(
            &mut crate_manifest,
            format_args!(
                "{key} = {{ package = {name:?}, version = \"={version}\", default-features = {default_features}, features = {features:?} }}\n",
                key = format!("{name}-{version}").replace('.', "-"),
            ),
        );
    }
    let dir = tmp.join("scenario-deps");
    write_file(&dir.join("Cargo.toml"), &crate_manifest);
    write_file(&dir.join("src/lib.rs"), "");
    write_file(&dir.join("build.rs"), "fn main() {}\n");
}

/// The registry crates that tier 1 builds for the host only (every proc
/// macro, and every build dependency that no target crate also uses), each
/// with its version and the features tier 1 resolved: from `cargo metadata`
/// of the workspace, on this host's platform.
fn host_roots(root: &Path) -> Vec<(String, String, Vec<String>)> {
    let host = std::process::Command::new(env!("CARGO"))
        .args(["-vV"])
        .output()
        .expect("cargo runs");
    let host = String::from_utf8_lossy(&host.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("host: "))
        .expect("cargo -vV names its host")
        .to_owned();
    let metadata = cargo_metadata(root, &["--filter-platform", &host]);
    let packages: std::collections::BTreeMap<&str, &serde_json::Value> = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p))
        .collect();
    let nodes: std::collections::BTreeMap<&str, &serde_json::Value> = metadata["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["id"].as_str().unwrap(), n))
        .collect();
    let members: Vec<&str> = metadata["workspace_members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    let proc_macro = |id: &str| {
        packages[id]["targets"].as_array().unwrap().iter().any(|t| {
            t["kind"]
                .as_array()
                .unwrap()
                .iter()
                .any(|k| k == "proc-macro")
        })
    };
    // Each dependency edge of `id` that a build follows: its kinds (`null`
    // for a normal one); a dependency's own dev-dependencies are not built.
    let edges = |id: &str| -> Vec<(&str, Vec<Option<String>>)> {
        nodes[id]["deps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                let kinds = d["dep_kinds"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|k| k["kind"].as_str().map(str::to_owned))
                    .collect();
                (d["pkg"].as_str().unwrap(), kinds)
            })
            .filter(|(_, kinds): &(&str, Vec<Option<String>>)| {
                members.contains(&id) || kinds.iter().any(|k| k.as_deref() != Some("dev"))
            })
            .collect()
    };
    // What tier 1 builds for the target: the members' normal and dev
    // dependencies, never through a proc macro or a build dependency.
    let mut target = std::collections::BTreeSet::new();
    let mut stack = members.clone();
    while let Some(id) = stack.pop() {
        if !target.insert(id) {
            continue;
        }
        for (dep, kinds) in edges(id) {
            if !proc_macro(dep) && kinds.iter().any(|k| k.as_deref() != Some("build")) {
                stack.push(dep);
            }
        }
    }
    let mut roots = std::collections::BTreeMap::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut stack = members.clone();
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        for (dep, kinds) in edges(id) {
            let for_host = proc_macro(dep) || kinds.iter().any(|k| k.as_deref() == Some("build"));
            if for_host && !target.contains(dep) && !packages[dep]["source"].is_null() {
                let features = nodes[dep]["features"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|f| f.as_str().unwrap().to_owned())
                    .collect();
                roots.insert(dep, features);
            }
            stack.push(dep);
        }
    }
    roots
        .into_iter()
        .map(|(id, features)| {
            let package = packages[id];
            (
                package["name"].as_str().unwrap().to_owned(),
                package["version"].as_str().unwrap().to_owned(),
                features,
            )
        })
        .collect()
}

/// `cargo metadata` of the workspace at `root`, offline, with `args`.
fn cargo_metadata(root: &Path, args: &[&str]) -> serde_json::Value {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--offline"])
        .args(args)
        .current_dir(root)
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo metadata failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("cargo metadata prints JSON")
}

/// Writes `text` to `path`, making its folder first.
fn write_file(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// The dependency line on `scenario-deps` that every scratch project of the
/// scenarios carries in its `[dependencies]`: see [`write_build_settings`].
fn scenario_deps() -> String {
    let dir = shared_build_dir()
        .parent()
        .expect("the shared build folder is in CARGO_TARGET_TMPDIR")
        .join("scenario-deps");
    format!(
        "scenario-deps = {{ path = {:?} }}\n",
        dir.display().to_string()
    )
}

/// Hard-links into `build_dir` what `from` (a build folder) holds of the
/// registry's crates, so that cargo finds them fresh there:
/// `scripts/seed-build-dir.py`, which says which and why (never a path
/// package), and which `scripts/check-package.sh` runs too.
fn seed_build_dir(from: &Path, build_dir: &Path) {
    run_seed_script(&[], from, build_dir);
}

/// [`seed_build_dir`], unless `build_dir` holds a library `from` holds too,
/// compiled apart (`--if-consistent`).
fn seed_build_dir_if_consistent(from: &Path, build_dir: &Path) {
    run_seed_script(&["--if-consistent"], from, build_dir);
}

fn run_seed_script(options: &[&str], from: &Path, build_dir: &Path) {
    let script = error_codes_tests::workspace_root().join("scripts/seed-build-dir.py");
    let out = std::process::Command::new("python3")
        .arg(&script)
        .args(options)
        .arg(from)
        .arg(build_dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run python3 {}: {e}", script.display()));
    assert!(
        out.status.success(),
        "{} failed:\n{}",
        script.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The build folder of a scenario that builds a copy of the workspace
/// (`init_newcomer`'s checkout, `maintainer_edits`', `pipeline`'s and
/// `pregenerated`'s copies): the scenario's own (`scenario` names it). The
/// copies' packages have the workspace's names at the workspace's paths
/// from their roots, so the same file names in any build folder: in a
/// shared one, cargo would take one copy's build (of an edited registry,
/// say) for fresh in another copy whose sources are older than it. For the
/// same reason, two scratch projects that share [`shared_build_dir`] never
/// give a package the same name at the same path from their roots.
///
/// Seeded, when first asked for, with the registry's crates tier 1 and
/// [`shared_build_dir`] hold; [`run_in_copy`] hands what a copy compiled of
/// them back to [`shared_build_dir`] when it can, for the copies seeded after it (the
/// generator's dependencies with the features of `-p error-codes-codegen`,
/// which tier 1 does not build, compile once).
fn copy_build_dir(scenario: &str) -> PathBuf {
    static SEEDED: std::sync::Mutex<std::collections::BTreeSet<String>> =
        std::sync::Mutex::new(std::collections::BTreeSet::new());
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tmp.join(format!("scenarios-build-{scenario}"));
    // Held while seeding: a second call waits for the folder to be whole.
    let mut seeded = SEEDED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if seeded.insert(scenario.to_owned()) {
        let workspace_build_dir = tmp
            .parent()
            .expect("CARGO_TARGET_TMPDIR is a folder inside the build folder");
        seed_build_dir(workspace_build_dir, &dir);
        seed_build_dir(&shared_build_dir(), &dir);
    }
    dir
}

/// Runs `command` (cargo, or a command that runs cargo, in a copy of the
/// workspace) with `scenario`'s [`copy_build_dir`] and its own target
/// folder (`SCENARIO-target` under `CARGO_TARGET_TMPDIR`, kept between runs
/// as the build folder is), then hard-links what that build folder holds of
/// the registry's crates into [`shared_build_dir`] (what is there already
/// stays), unless the two folders compiled one of them apart: a crate that
/// includes a file its build script wrote differs with the folder that
/// built it, and so does every crate built on it (`--if-consistent` in
/// `scripts/seed-build-dir.py`).
fn run_in_copy(
    scenario: &str,
    command: &mut std::process::Command,
) -> std::io::Result<std::process::Output> {
    let dir = copy_build_dir(scenario);
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{scenario}-target"));
    let output = command
        .env("CARGO_BUILD_BUILD_DIR", &dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTC_WRAPPER")
        .output();
    seed_build_dir_if_consistent(&dir, &shared_build_dir());
    output
}

/// The executable of the workspace's target `name` of `kind` (`bin` or
/// `example`: the generator's command line `error-codes`, an example), as
/// `cargo test --workspace` builds it: every member's features unified, so
/// that tier 1's build of it is fresh and nothing compiles. `cargo run -p
/// PACKAGE` would compile it, its runtime and some dependencies anew with
/// that package's features alone, holding the workspace's build folder
/// (every other scenario's cargo there waits) meanwhile.
fn built(kind: &str, name: &str) -> PathBuf {
    static BUILT: std::sync::OnceLock<Vec<(String, String, PathBuf)>> = std::sync::OnceLock::new();
    let built = BUILT.get_or_init(|| {
        let out = std::process::Command::new(env!("CARGO"))
            .args([
                "test",
                "--workspace",
                "--no-run",
                "--offline",
                "--quiet",
                "--message-format=json-render-diagnostics",
            ])
            .current_dir(error_codes_tests::workspace_root())
            .output()
            .expect("cargo runs");
        assert!(
            out.status.success(),
            "cargo test --workspace --no-run failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            // Not a target's unit tests (`profile.test`), which have its name.
            .filter(|message| {
                message["reason"] == "compiler-artifact" && message["profile"]["test"] == false
            })
            .filter_map(|message| {
                let executable = PathBuf::from(message["executable"].as_str()?);
                let target = &message["target"];
                let kind = target["kind"].as_array()?.first()?.as_str()?.to_owned();
                Some((kind, target["name"].as_str()?.to_owned(), executable))
            })
            .collect()
    });
    let found: Vec<&PathBuf> = built
        .iter()
        .filter(|(k, n, _)| k == kind && n == name)
        .map(|(_, _, path)| path)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "`cargo test --workspace` builds one {kind} `{name}`: {found:?}"
    );
    found[0].clone()
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
