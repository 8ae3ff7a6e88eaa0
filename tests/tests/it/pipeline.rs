//! The whole pipeline as a user drives it: copy the workspace, edit the YAML,
//! `cargo build`, and use the result from another crate.
//!
//! One test drives a copy of the workspace under `CARGO_TARGET_TMPDIR`
//! through the steps in order, with real cargo builds. One copy and one
//! test, not several in parallel: cargo names a path package's build outputs
//! by its path relative to the workspace root, so copies of one workspace
//! sharing a target directory would share generated files. `--offline`
//! because everything needed was already fetched to build this test.
//!
//! The registry is edited by its structure and the loader's spans, never by
//! its text layout. Tier 2 (see CONTRIBUTING.md, "Tests: two tiers"): it builds
//! a copy of the workspace, so `cargo test --workspace` skips it;
//! `cargo test --workspace -- --ignored` runs it.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use error_codes_tests::yaml::{self, Node};
use error_codes_tests::{absent_snake_case_code, copy_workspace, in_a_copy, workspace_root};

struct Copy {
    root: PathBuf,
}

impl Copy {
    /// A fresh copy of the registry, codegen and the generated crate, plus
    /// a `consumer` binary crate that depends on `error-codes` with live
    /// regeneration (the `regenerate` feature).
    fn new(name: &str, consumer_main: &str) -> Copy {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
        copy_workspace(
            &root,
            &["registry", "codegen", "runtime", "generated-crate"],
            &["codegen", "runtime", "generated-crate", "consumer"],
        )
        .unwrap();
        std::fs::create_dir_all(root.join("consumer/src")).unwrap();
        std::fs::write(
            root.join("consumer/Cargo.toml"),
            "[package]\nname = \"consumer\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nerror-codes = { path = \"../generated-crate\", features = [\"regenerate\"] }\n"
                .to_owned()
                + &crate::scenario_deps(),
        )
        .unwrap();
        let copy = Copy { root };
        copy.set_consumer(consumer_main);
        copy
    }

    fn set_consumer(&self, main: &str) {
        std::fs::write(self.root.join("consumer/src/main.rs"), main).unwrap();
    }

    fn registry(&self) -> PathBuf {
        self.root.join("registry/error-codes.yaml")
    }

    /// Edits the registry; returns what it was, to restore it.
    fn edit_registry(&self, edit: impl FnOnce(&str) -> String) -> String {
        let text = std::fs::read_to_string(self.registry()).unwrap();
        let edited = edit(&text);
        assert_ne!(edited, text, "the edit changed nothing");
        std::fs::write(self.registry(), edited).unwrap();
        text
    }

    fn cargo(&self, args: &[&str]) -> Output {
        crate::run_in_copy(
            "pipeline",
            Command::new(env!("CARGO"))
                .args(args)
                .arg("--offline")
                .current_dir(&self.root),
        )
        .unwrap()
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A code the registry does not have yet, and its variant name. Computed,
/// so that whatever codes a maintainer adds, the test adds a new one.
fn new_code() -> (String, String) {
    let registry =
        error_codes_codegen::Registry::load(workspace_root().join("registry/error-codes.yaml"))
            .unwrap();
    let code = absent_snake_case_code(registry.codes().map(|(_, c)| c.code.as_str()));
    let variant = code
        .split('_')
        .map(|word| word[..1].to_uppercase() + &word[1..])
        .collect();
    (code, variant)
}

/// A consumer that uses the new code; checked by the compiler: the build
/// fails unless the new code is there with the status the YAML gave it.
fn uses_new_code(code: &str, variant: &str) -> String {
    format!(
        r#"
use error_codes::ErrorCode;

const _: () = assert!(ErrorCode::{variant}.http_status() == 423);

fn main() {{
    let code: ErrorCode = "{code}".parse().unwrap();
    assert_eq!(code, ErrorCode::{variant});
    println!("{{}} {{}} {{}} {{}}", code, code.http_status(), code.meaning().unwrap_or("-"), code.category().title());
}}
"#
    )
}

#[test]
#[ignore = "tier 2: builds a copy of the workspace; run with `cargo test --workspace -- --ignored`"]
fn the_pipeline_as_a_user_drives_it() {
    let _clock = crate::Clock::start();
    if in_a_copy() {
        eprintln!("skipped: this suite runs inside a copy of the workspace");
        return;
    }
    let (code, variant) = new_code();
    let copy = Copy::new("pipeline", &uses_new_code(&code, &variant));
    adding_a_code_is_edit_yaml_then_cargo_build(&copy, &code, &variant);
    a_broken_registry_fails_the_build_with_file_line_and_column(&copy);
    the_small_fixture_registry_generates_a_crate_that_compiles(&copy);
}

fn adding_a_code_is_edit_yaml_then_cargo_build(copy: &Copy, code: &str, variant: &str) {
    // Before the edit the consumer does not compile: the variant is unknown.
    let before = copy.cargo(&["build", "-p", "consumer"]);
    assert!(
        !before.status.success(),
        "consumer built without the new code"
    );
    assert!(stderr(&before).contains(variant), "{}", stderr(&before));

    // Edited by structure, as a YAML library would: the code goes first in
    // the registry's first category, whatever the file's layout.
    let mut title = String::new();
    copy.edit_registry(|text| {
        let mut tree = yaml::parse(text).unwrap_or_else(|e| panic!("the registry: {e}"));
        let category = tree
            .get_mut("categories")
            .and_then(Node::as_seq_mut)
            .and_then(|categories| categories.first_mut())
            .expect("the registry has a first category");
        title = category
            .get("title")
            .and_then(Node::as_str)
            .expect("a category has a title")
            .to_string();
        category
            .get_mut("codes")
            .and_then(Node::as_seq_mut)
            .expect("a category has a sequence of codes")
            .insert(
                0,
                Node::map([
                    ("code", Node::str(code)),
                    ("status", Node::Int(423)),
                    ("meaning", Node::str("Secret is sealed")),
                ]),
            );
        yaml::to_pyyaml_layout(&tree)
    });
    let run = copy.cargo(&["run", "-q", "-p", "consumer"]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert_eq!(
        stdout(&run),
        format!("{code} 423 Secret is sealed {title}\n")
    );

    // A no-op build neither reruns the build script nor recompiles the crate.
    let noop = copy.cargo(&["build", "-v", "-p", "consumer"]);
    assert!(noop.status.success(), "{}", stderr(&noop));
    let log = stderr(&noop);
    assert!(log.contains("Fresh error-codes"), "{log}");
    assert!(
        !log.contains("build-script-build`"),
        "build script reran:\n{log}"
    );

    // Touching another file of the workspace does not rerun it either.
    std::fs::write(copy.root.join("registry/README.txt"), "unrelated").unwrap();
    let unrelated = copy.cargo(&["build", "-v", "-p", "consumer"]);
    assert!(
        !stderr(&unrelated).contains("build-script-build`"),
        "{}",
        stderr(&unrelated)
    );
}

fn a_broken_registry_fails_the_build_with_file_line_and_column(copy: &Copy) {
    // Make the registry's second code a second copy of its first, in place:
    // the loader says where the second code's name is written, whatever the
    // file's layout.
    let registry = error_codes_codegen::Registry::load(copy.registry()).unwrap();
    let mut codes = registry.codes().map(|(_, c)| c);
    let (Some(first), Some(second)) = (codes.next(), codes.next()) else {
        panic!("the registry has fewer than two codes");
    };
    let at = &second.location;
    let bytes = at
        .bytes
        .clone()
        .expect("the loader gives the byte span of every code's name");
    let first_name = first.code.clone();
    let good = copy.edit_registry(|text| {
        format!("{}{first_name}{}", &text[..bytes.start], &text[bytes.end..])
    });
    let build = copy.cargo(&["build", "-p", "consumer"]);
    assert!(!build.status.success());
    let log = stderr(&build);
    let expected = format!(
        "registry/error-codes.yaml:{}:{}: duplicate code \"{first_name}\"",
        at.line, at.column
    );
    assert!(log.contains(&expected), "wanted {expected:?} in:\n{log}");
    assert!(log.contains("(first defined at"), "{log}");
    assert!(log.contains("-- check"), "no hint to run check:\n{log}");
    assert!(
        !log.contains("panicked"),
        "the build script panicked:\n{log}"
    );
    assert!(
        !log.contains("error[E"),
        "rustc compiled half-generated code:\n{log}"
    );
    std::fs::write(copy.registry(), good).unwrap();
}

fn the_small_fixture_registry_generates_a_crate_that_compiles(copy: &Copy) {
    copy.set_consumer(
        r#"
#![allow(deprecated)]
use error_codes::{Category, DetailsShape, ErrorCode, Retry, StatusKind};

fn main() {
    let gone = ErrorCode::WidgetGone;
    let deprecation = gone.deprecation().unwrap();
    assert_eq!(deprecation.use_instead, Some(ErrorCode::WidgetLocked));
    assert_eq!(deprecation.since, "2.0");
    // Deprecated codes still parse: servers may still send them.
    assert_eq!("widget_gone".parse::<ErrorCode>(), Ok(gone));
    assert_eq!(ErrorCode::WidgetInvalid.details_shape(), Some(DetailsShape::FieldErrors));
    assert_eq!(ErrorCode::DeliveryFailed.status_kind(), StatusKind::Reported);
    assert_eq!(ErrorCode::DeliveryFailed.retry(), Retry::AfterReread);
    assert_eq!(Category::LookupFailures.codes(), &[ErrorCode::WidgetNotFound, ErrorCode::RateLimited]);
    assert_eq!(
        ErrorCode::WidgetLocked.meaning(),
        Some("Locked by `admin` | try <b>later</b> */ \\ \"quoted\"")
    );
    assert_eq!(error_codes::headers::RETRY_AFTER, "Retry-After");
    println!("ok {}", ErrorCode::ALL.len());
}
"#,
    );
    let fixture = workspace_root().join("codegen/tests/fixtures/small.yaml");
    std::fs::copy(fixture, copy.registry()).unwrap();
    // The fixture is a different vocabulary, not a change to the published one.
    let _ = std::fs::remove_file(copy.root.join("registry/error-codes.lock"));
    let run = copy.cargo(&["run", "-q", "-p", "consumer"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let small = error_codes_codegen::Registry::load(copy.registry()).unwrap();
    assert_eq!(stdout(&run), format!("ok {}\n", small.code_count()));
}
