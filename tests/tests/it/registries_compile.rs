//! A registry that the generator accepts builds: every registry generated
//! here, with names chosen to collide with what the crate generates or
//! hand-writes (`Err`, `Error`, `ALL`, header constants that differ only in
//! punctuation, ...), is either rejected with located diagnostics or gives a
//! crate that `cargo check` accepts with no features and with all of them.
//!
//! One scratch copy of the crate (and one target directory) is shared by
//! every registry: each round writes the generated data into the copy's
//! `src/generated/` (no registry sits beside it, as in a packaged crate) and
//! checks it. A few dozen registries per run keep this affordable.
//!
//! Tier 2 (see CONTRIBUTING.md, "Tests: two tiers"): it builds a copy of the
//! crate a few dozen times, so `cargo test --workspace` skips it;
//! `cargo test --workspace -- --ignored` runs it. (Every registry it writes
//! is its own text; it never reads the committed registry.)
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use error_codes_codegen::Project;
use error_codes_tests::copy_workspace;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// How many registries are generated, and how many accepted ones are compiled.
const GENERATED: usize = 200;
const COMPILED: usize = 24;

/// Words that generated and hand-written items already use, and plain ones.
const CODE_WORDS: &[&str] = &[
    "err",
    "error",
    "all",
    "self",
    "known",
    "unknown",
    "lookup",
    "as_str",
    "entry",
    "category",
    "retry",
    "meaning",
    "doc_url",
    "http_status",
    "status_code",
    "from_str",
    "default",
    "none",
    "some",
    "ok",
    "clone",
    "hash",
    "into",
    "name",
    "headers",
    "token",
    "expired",
    "secret",
    "not_found",
    "conflict",
    "x",
    "a1",
];
const TITLES: &[&str] = &[
    "All",
    "ALL",
    "Title",
    "Codes",
    "Status kind",
    "Errors",
    "Validation",
    "Not found",
    "Self",
    "Err",
    "Error",
    "Category",
    "Entry",
];
const HEADERS: &[&str] = &[
    "X-RateLimit",
    "X-Rate-Limit",
    "XRequestId",
    "x-request-id",
    "ETag",
    "X-Api-Version",
    "Retry-After",
    "Name",
];

/// A registry as YAML: no roles, plus
/// random categories, codes and headers.
fn registry_text() -> impl Strategy<Value = String> {
    let code = (
        prop::sample::select(CODE_WORDS),
        prop::option::of(prop::sample::select(CODE_WORDS)),
    )
        .prop_map(|(a, b)| match b {
            Some(b) => format!("{a}_{b}"),
            None => a.to_owned(),
        });
    let category = (
        prop::sample::select(TITLES),
        prop::collection::vec((code, 400u16..600, any::<bool>()), 1..5),
    );
    (
        prop::collection::vec(category, 1..4),
        prop::collection::vec(prop::sample::select(HEADERS), 0..4),
    )
        .prop_map(|(categories, headers)| {
            // A registry that assigns no role: every feature still builds.
            let mut yaml = String::from(
                "page:\n  title: Generated\n  envelope_example:\n    code: first_code\n    message: m\n",
            );
            if !headers.is_empty() {
                yaml.push_str("headers:\n");
            }
            for name in &headers {
                writeln!(yaml, "  - name: {name}\n    when: always").unwrap();
            }
            yaml.push_str("categories:\n  - title: First\n    codes:\n");
            writeln!(yaml, "      - code: first_code\n        status: 400").unwrap();
            let mut previous: Option<String> = None;
            for (title, codes) in categories {
                writeln!(yaml, "  - title: {title}\n    codes:").unwrap();
                for (code, status, deprecate) in codes {
                    writeln!(yaml, "      - code: {code}\n        status: {status}").unwrap();
                    if let (true, Some(target)) = (deprecate, &previous) {
                        writeln!(
                            yaml,
                            "        deprecated:\n          since: \"2.0\"\n          use_instead: {target}"
                        )
                        .unwrap();
                    }
                    previous = Some(code);
                }
            }
            yaml
        })
}

/// A workspace holding a copy of the crate as a consumer gets it: no
/// registry, and no `regenerate` feature (so `--all-features` is every
/// feature a consumer can turn on). It also depends on `scenario-deps`
/// ([`crate::scenario_deps`]), which changes no feature of its own or of
/// the runtime.
fn scratch_crate() -> PathBuf {
    scratch_crate_in("registries-compile")
}

/// [`scratch_crate`] in its own folder `name` (tests run in parallel), as
/// the package `name` ([`scratch_package`]).
pub(crate) fn scratch_crate_in(name: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let config = error_codes_codegen::Config::default();
    let dirs = [config.crate_dir.as_str(), "runtime"];
    copy_workspace(&root, &dirs, &dirs).unwrap();
    let crate_manifest = root.join(&config.crate_dir).join("Cargo.toml");
    let package_line = format!("name = {:?}", config.crate_name);
    let without_generator: String = std::fs::read_to_string(&crate_manifest)
        .unwrap()
        .lines()
        .filter(|line| {
            !line.starts_with("regenerate =") && !line.starts_with("error-codes-codegen")
        })
        .map(|line| match line {
            // The scenarios' dependencies, with tier 1's features.
            "[dependencies]" => format!("{line}\n{}", crate::scenario_deps()),
            // Its library keeps its name (`[lib]`), so the probes say
            // `error_codes::`.
            _ if line == package_line => format!("name = {:?}\n", scratch_package(&root)),
            _ => format!("{line}\n"),
        })
        .collect();
    std::fs::write(&crate_manifest, without_generator).unwrap();
    root
}

/// The package name of the scratch crate at `root`: its folder's name. The
/// scratch crates share the scenarios' build folder and hold the crate at
/// one path from their roots, so under one name cargo would take one's
/// build for fresh in another ([`crate::copy_build_dir`] says why).
pub(crate) fn scratch_package(root: &Path) -> String {
    root.file_name()
        .and_then(|name| name.to_str())
        .expect("a scratch crate's folder has a UTF-8 name")
        .to_owned()
}

/// A cargo command in the scratch crate at `root`: the scenarios' shared
/// build folder ([`crate::shared_build_dir`]), this module's target folder.
pub(crate) fn crate_cargo(root: &Path) -> Command {
    let mut cargo = Command::new(env!("CARGO"));
    cargo
        .current_dir(root)
        .env("CARGO_BUILD_BUILD_DIR", crate::shared_build_dir())
        .env(
            "CARGO_TARGET_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("registries-compile-target"),
        )
        .env_remove("RUSTC_WRAPPER");
    cargo
}

/// `cargo run` of the scratch crate's binary `bin` (a probe written into
/// its `src/bin`) with `features`, then `args`.
pub(crate) fn run_probe(
    root: &Path,
    features: &[&str],
    bin: &str,
    args: &[&str],
) -> std::process::Output {
    crate_cargo(root)
        .args(["run", "--offline", "-q", "-p", &scratch_package(root)])
        .args(features)
        .args(["--bin", bin, "--"])
        .args(args)
        .output()
        .unwrap()
}

pub(crate) fn cargo_check(root: &Path, features: &[&str]) -> std::process::Output {
    crate_cargo(root)
        .args(["check", "--offline", "-q", "-p", &scratch_package(root)])
        .args(features)
        .output()
        .unwrap()
}

#[test]
#[ignore = "tier 2: builds a copy of the workspace; run with `cargo test --workspace -- --ignored`"]
fn every_accepted_registry_builds_with_any_features() {
    let _clock = crate::Clock::start();
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::deterministic_rng(RngAlgorithm::ChaCha),
    );
    let strategy = registry_text();
    let mut accepted = BTreeSet::new();
    let mut rejected = 0;
    for _ in 0..GENERATED {
        let text = strategy.new_tree(&mut runner).unwrap().current();
        match error_codes_codegen::Registry::parse(Path::new("registry/error-codes.yaml"), &text) {
            Ok(_) => {
                accepted.insert(text);
            }
            Err(diagnostics) => {
                rejected += 1;
                for d in diagnostics.iter() {
                    let shown = d.to_string();
                    assert!(
                        shown.starts_with("registry/error-codes.yaml:"),
                        "a diagnostic without a location: {shown}\n{text}"
                    );
                }
            }
        }
    }
    assert!(
        accepted.len() >= COMPILED / 2 && rejected > 0,
        "the generator should give both kinds: {} accepted, {rejected} rejected",
        accepted.len()
    );

    let root = scratch_crate();
    let config = error_codes_codegen::Config::default();
    let project = Project::with_config(&root, config.clone());
    for text in accepted.iter().take(COMPILED) {
        let registry =
            error_codes_codegen::Registry::parse(Path::new("registry/error-codes.yaml"), text)
                .unwrap();
        // The files the crate compiles, written where the project commits
        // them: the committed output in the crate's folder of each name.
        let committed = project
            .outputs(&registry)
            .unwrap_or_else(|e| panic!("{e}\n{text}"));
        let built = project
            .build_outputs(&registry)
            .unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert!(!built.is_empty());
        for output in built {
            let path = committed
                .iter()
                .map(|o| o.path.as_str())
                .find(|path| {
                    path.starts_with(&format!("{}/", config.crate_dir))
                        && path.ends_with(&format!("/{}", output.path))
                })
                .unwrap_or_else(|| panic!("{} is committed nowhere in the crate", output.path));
            std::fs::write(root.join(path), output.contents).unwrap();
        }
        for features in [&["--no-default-features"][..], &["--all-features"]] {
            let check = cargo_check(&root, features);
            assert!(
                check.status.success(),
                "the generator accepted this registry, but its crate does not build ({features:?}):\n{}\n{text}",
                String::from_utf8_lossy(&check.stderr)
            );
        }
    }
}

/// Run in the scratch crate against a style fixture's data: every code of
/// the registry (the arguments, then the style's stand-in for a code added
/// later) parses, displays and deserializes as spelled, and no other case
/// of it, nor the stand-in, is known.
const STYLE_PROBE: &str = r##"use error_codes::{ErrorBody, ErrorCode};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let added_later = args.pop().expect("the stand-in");
    let all: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(all, args, "the crate's codes are the registry's, as spelled");
    for &code in ErrorCode::ALL {
        let wire = code.as_str();
        assert_eq!(code.to_string(), wire);
        assert_eq!(wire.parse::<ErrorCode>().ok(), Some(code), "{wire}");
        let body = format!(r#"{{"error": {{"code": "{wire}", "message": "m"}}}}"#);
        let body = ErrorBody::from_json(body.as_bytes()).expect("an envelope");
        assert_eq!(body.code.known(), Some(code), "{wire}");
        for other in [wire.to_ascii_lowercase(), wire.to_ascii_uppercase()] {
            if other != wire {
                assert!(other.parse::<ErrorCode>().is_err(), "{other} parses as {wire}");
            }
        }
    }
    assert!(added_later.parse::<ErrorCode>().is_err());
}
"##;

#[test]
#[ignore = "tier 2: builds a copy of the workspace; run with `cargo test --workspace -- --ignored`"]
fn every_code_style_fixture_builds_and_keeps_its_spelling() {
    let _clock = crate::Clock::start();
    use error_codes_codegen::CodeStyle;

    let root = scratch_crate_in("registries-compile-styles");
    let config = error_codes_codegen::Config::default();
    let project = Project::with_config(&root, config.clone());
    let bin = root.join(&config.crate_dir).join("src/bin");
    for &style in CodeStyle::ALL {
        let path = error_codes_tests::workspace_root()
            .join("tests/fixtures/styles")
            .join(format!("{}.yaml", style.as_str()));
        let registry = error_codes_codegen::Registry::load(&path).unwrap();
        let committed = project.outputs(&registry).unwrap();
        for output in project.build_outputs(&registry).unwrap() {
            let path = committed
                .iter()
                .map(|o| o.path.as_str())
                .find(|path| {
                    path.starts_with(&format!("{}/", config.crate_dir))
                        && path.ends_with(&format!("/{}", output.path))
                })
                .unwrap_or_else(|| panic!("{} is committed nowhere in the crate", output.path));
            std::fs::write(root.join(path), output.contents).unwrap();
        }
        for features in [&["--no-default-features"][..], &["--all-features"]] {
            let check = cargo_check(&root, features);
            assert!(
                check.status.success(),
                "{style:?}: the crate does not build ({features:?}):\n{}",
                String::from_utf8_lossy(&check.stderr)
            );
        }
        // Written only for the run: it needs serde, which the check above
        // turns off.
        std::fs::create_dir_all(&bin).unwrap();
        std::fs::write(bin.join("style_probe.rs"), STYLE_PROBE).unwrap();
        let mut args: Vec<&str> = registry.codes().map(|(_, c)| c.code.as_str()).collect();
        args.push(error_codes_tests::code_added_later(style));
        let run = run_probe(&root, &["--all-features"], "style_probe", &args);
        assert!(
            run.status.success(),
            "{style:?}: the probe failed:\n{}",
            String::from_utf8_lossy(&run.stderr)
        );
        std::fs::remove_dir_all(&bin).unwrap();
    }
}

/// A Rust expression of a member's type: two distinct values per scalar
/// (`which` picks one), an `enum:` member's first value, or a value added
/// later (through `From<&str>`).
pub(crate) fn sample(
    code: &error_codes_codegen::Code,
    member: &error_codes_codegen::Member,
    which: usize,
) -> String {
    sample_in(&code.rust_name, member, which)
}

/// [`sample`] of a member of the type `owner` (a code's variant, or an
/// object's struct): an object (`type: object`) is its struct, built with
/// `new` and every optional member set.
fn sample_in(owner: &str, member: &error_codes_codegen::Member, which: usize) -> String {
    use error_codes_codegen::MemberType;

    let scalar = |which: usize| match &member.ty {
        MemberType::String => format!("::std::string::String::from(\"s{which}\")"),
        MemberType::Integer => format!("{}i64", -7 - which as i64),
        MemberType::Number => format!("{}.5f64", which),
        MemberType::Boolean => which.is_multiple_of(2).to_string(),
        MemberType::Enum(values) => {
            let value = if which == 0 {
                values[0].as_str()
            } else {
                "added-later value"
            };
            format!(
                "details::{owner}{}::from({value:?})",
                heck_upper_camel(&member.name)
            )
        }
        MemberType::Object(members) => {
            let ty = format!("{owner}{}", heck_upper_camel(&member.name));
            let required: Vec<String> = members
                .iter()
                .filter(|m| !m.optional)
                .map(|m| sample_in(&ty, m, which))
                .collect();
            let optional: String = members
                .iter()
                .filter(|m| m.optional)
                .map(|m| format!("o.r#{} = Some({}); ", m.rust_name, sample_in(&ty, m, which)))
                .collect();
            format!(
                "{{ let mut o = details::{ty}::new({}); {optional}o }}",
                required.join(", ")
            )
        }
        other => panic!("a type this test does not know: {other:?}"),
    };
    if member.list {
        format!("vec![{}, {}]", scalar(which), scalar(which + 1))
    } else {
        scalar(which)
    }
}

/// `hold_reason` → `HoldReason`, as the generator names an `enum:` member's type.
fn heck_upper_camel(words: &str) -> String {
    words
        .split(['_', '-'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// The probe of the typed-details fixture, made from its registry: per
/// code that declares members, its details built with `new` (and again
/// with every optional member set), made an `ApiError`, serialized as the
/// server sends it, and read back through the client's `typed_details()`;
/// absent optional members are omitted on the wire, unknown members are
/// ignored, and details missing a required member are an error; as an RFC
/// 9457 problem document, the declared members are top-level members that
/// the client reads back.
fn details_probe(registry: &error_codes_codegen::Registry) -> String {
    let mut probe = String::from(
        "use error_codes::{details, ErrorCode, ErrorEnvelope};\n\
         use error_codes::axum::ApiError;\n\
         use error_codes::client::ErrorResponse;\n\
         use error_codes_runtime::__private::serde_json::{self, Value};\n\n\
         fn round_trip(error: &ApiError) -> (Value, ErrorResponse) {\n\
         \x20   let body = serde_json::to_vec(&ErrorEnvelope::new(error.body().clone())).unwrap();\n\
         \x20   let response = ErrorResponse::from_parts(error.status(), &Default::default(), &body).unwrap();\n\
         \x20   (serde_json::from_slice(&body).unwrap(), response)\n\
         }\n\n\
         fn main() {\n",
    );
    for (_, code) in registry.codes().filter(|(_, c)| !c.members.is_empty()) {
        let ty = &code.rust_name;
        let required: Vec<String> = code
            .members
            .iter()
            .filter(|m| !m.optional)
            .map(|m| sample(code, m, 0))
            .collect();
        let required_names: Vec<&str> = code
            .members
            .iter()
            .filter(|m| !m.optional)
            .map(|m| m.name.as_str())
            .collect();
        let all_names: Vec<&str> = code.members.iter().map(|m| m.name.as_str()).collect();
        let set_optional: String = code
            .members
            .iter()
            .filter(|m| m.optional)
            .map(|m| {
                format!(
                    "    full.r#{} = Some({});\n",
                    m.rust_name,
                    sample(code, m, 1)
                )
            })
            .collect();
        let _ = write!(
            probe,
            r#"    {{
        let bare = details::{ty}::new({args});
        let error = ApiError::from(bare.clone());
        assert!(ErrorCode::{ty} == *error.code());
        assert_eq!(error.body().message, ErrorCode::{ty}.meaning().unwrap_or_default());
        let (wire, response) = round_trip(&error);
        let keys: Vec<&str> = wire["error"]["details"].as_object().unwrap().keys().map(String::as_str).collect();
        let mut expected: Vec<&str> = vec!{required_names:?};
        expected.sort_unstable();
        let mut keys = keys; keys.sort_unstable();
        assert_eq!(keys, expected, "absent optional members are omitted");
        assert_eq!(response.typed_details().unwrap(), Some(details::Details::{ty}(bare.clone())));

        let mut full = bare.clone();
    {set_optional}
        let error = ApiError::from(full.clone()).with_message("another message");
        assert_eq!(error.body().message, "another message");
        let (wire, response) = round_trip(&error);
        let mut keys: Vec<&str> = wire["error"]["details"].as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        let mut expected: Vec<&str> = vec!{all_names:?};
        expected.sort_unstable();
        assert_eq!(keys, expected);
        assert_eq!(response.typed_details().unwrap(), Some(details::Details::{ty}(full.clone())));

        // RFC 9457: each member a problem carries at its top level is
        // there, the others (named as the problem's own) under `details`,
        // and the client gathers them back.
        let problem = serde_json::to_value(error_codes::ProblemDetails::new(error.status().as_u16(), error.body())).unwrap();
        for member in {top_level:?} {{
            assert_eq!(problem[member], wire["error"]["details"][member], "{{member}} at the top level");
        }}
        let mut under_details: Vec<&str> = problem.get("details").and_then(Value::as_object).map(|d| d.keys().map(String::as_str).collect()).unwrap_or_default();
        under_details.sort_unstable();
        let expected: Vec<&str> = vec!{under_details:?};
        assert_eq!(under_details, expected);
        let read = ErrorResponse::from_parts(error.status(), &Default::default(), &serde_json::to_vec(&problem).unwrap()).unwrap();
        assert_eq!(read.typed_details().unwrap(), Some(details::Details::{ty}(full.clone())));

        // Members added later are ignored; a missing required member is an error.
        let mut body = wire.clone();
        body["error"]["details"]["member-added-later"] = Value::from(1);
        let read = ErrorResponse::from_parts(error.status(), &Default::default(), &serde_json::to_vec(&body).unwrap()).unwrap();
        assert_eq!(read.typed_details().unwrap(), Some(details::Details::{ty}(full)));
        body["error"]["details"] = serde_json::json!({{}});
        let read = ErrorResponse::from_parts(error.status(), &Default::default(), &serde_json::to_vec(&body).unwrap()).unwrap();
        assert_eq!(read.typed_details().is_err(), {has_required});
        body["error"]["details"] = serde_json::json!({{"{first}": []}});
        let read = ErrorResponse::from_parts(error.status(), &Default::default(), &serde_json::to_vec(&body).unwrap()).unwrap();
        assert!(read.typed_details().is_err(), "a wrongly typed member is an error");
    }}
"#,
            args = required.join(", "),
            top_level = code
                .problem_members()
                .map(|m| m.name.as_str())
                .collect::<Vec<_>>(),
            under_details = {
                let mut names: Vec<&str> = code
                    .members
                    .iter()
                    .filter(|m| !code.problem_members().any(|p| p.name == m.name))
                    .map(|m| m.name.as_str())
                    .collect();
                names.sort_unstable();
                names
            },
            has_required = !required.is_empty(),
            first = code
                .members
                .iter()
                .find(|m| !m.list)
                .map_or("", |m| m.name.as_str()),
        );
    }
    // A code without declared details reads as none.
    if let Some((_, code)) = registry
        .codes()
        .find(|(_, c)| c.members.is_empty() && c.details.is_none())
    {
        let _ = write!(
            probe,
            "    let error = ApiError::from(ErrorCode::{0}).with_details(serde_json::json!({{\"a\": 1}}));\n\
             \x20   assert_eq!(round_trip(&error).1.typed_details().unwrap(), None);\n",
            code.rust_name
        );
    }
    probe.push_str("}\n");
    probe
}

#[test]
#[ignore = "tier 2: builds a copy of the workspace; run with `cargo test --workspace -- --ignored`"]
fn the_typed_details_fixture_builds_and_round_trips() {
    let _clock = crate::Clock::start();
    let (root, registry, config) =
        builds_and_round_trips("tests/fixtures/details/registry.yaml", "details");
    let bin = root.join(&config.crate_dir).join("src/bin");

    // The utoipa and schemars schemas of the same crate.
    let probe = super::server_schemas::fixture_schemas_probe(&registry);
    std::fs::write(bin.join("details_schemas.rs"), &probe).unwrap();
    let run = run_probe(
        &root,
        &["--features", "utoipa,schemars"],
        "details_schemas",
        &[],
    );
    assert!(
        run.status.success(),
        "the schemas probe failed:\n{}\n{probe}",
        String::from_utf8_lossy(&run.stderr),
    );
    let printed: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    super::server_schemas::assert_fixture_schemas(&printed);
}

/// The structured-details fixture (`type: object`, `object[]`, nested):
/// its crate builds with any features, and its details, nested structs
/// and all, round-trip as the typed-details fixture's do.
#[test]
#[ignore = "tier 2: builds a copy of the workspace; run with `cargo test --workspace -- --ignored`"]
fn the_structured_details_fixture_builds_and_round_trips() {
    let _clock = crate::Clock::start();
    builds_and_round_trips("tests/fixtures/details/objects.yaml", "objects");
}

/// The crate of the registry `fixture` (relative to the workspace), in the
/// scratch crate `registries-compile-{name}`: built without and with every
/// feature, and its [`details_probe`] run. Returns the crate's root, the
/// registry and the configuration.
fn builds_and_round_trips(
    fixture: &str,
    name: &str,
) -> (
    PathBuf,
    error_codes_codegen::Registry,
    error_codes_codegen::Config,
) {
    let root = scratch_crate_in(&format!("registries-compile-{name}"));
    let config = error_codes_codegen::Config::default();
    let project = Project::with_config(&root, config.clone());
    let path = error_codes_tests::workspace_root().join(fixture);
    let registry = error_codes_codegen::Registry::load(&path).unwrap();
    let committed = project.outputs(&registry).unwrap();
    for output in project.build_outputs(&registry).unwrap() {
        let path = committed
            .iter()
            .map(|o| o.path.as_str())
            .find(|path| {
                path.starts_with(&format!("{}/", config.crate_dir))
                    && path.ends_with(&format!("/{}", output.path))
            })
            .unwrap_or_else(|| panic!("{} is committed nowhere in the crate", output.path));
        std::fs::write(root.join(path), output.contents).unwrap();
    }
    for features in [&["--no-default-features"][..], &["--all-features"]] {
        let check = cargo_check(&root, features);
        assert!(
            check.status.success(),
            "the crate does not build ({features:?}):\n{}",
            String::from_utf8_lossy(&check.stderr)
        );
    }
    let bin = root.join(&config.crate_dir).join("src/bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::write(bin.join("details_probe.rs"), details_probe(&registry)).unwrap();
    let run = run_probe(&root, &["--features", "axum,client"], "details_probe", &[]);
    assert!(
        run.status.success(),
        "the probe failed:\n{}\n{}",
        String::from_utf8_lossy(&run.stderr),
        details_probe(&registry)
    );
    (root, registry, config)
}
