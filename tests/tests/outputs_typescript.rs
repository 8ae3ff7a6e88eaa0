//! `clients/typescript/error-codes.ts` type-checks with the real `tsc`
//! (npm's `typescript`, pinned by `clients/typescript/package-lock.json` and
//! installed here with `npm ci` when missing), together with a usage file
//! whose `@ts-expect-error` lines must fail; the compiled usage file then
//! runs under node. Registry text with comment closers, quotes and
//! backslashes survives into TypeScript values unchanged.
//!
//! Needs Node.js and npm on the PATH (Node.js 20 is on every machine of this
//! project's kind) and the npm registry the first time.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use error_codes_tests::workspace_root;
use serde_json::Value;

fn client_dir() -> PathBuf {
    workspace_root().join("clients/typescript")
}

/// `tsc`'s entry point, after `npm ci` if the locked TypeScript is not
/// installed yet. Once per test binary: tests run in parallel threads.
fn tsc() -> &'static Path {
    static TSC: OnceLock<PathBuf> = OnceLock::new();
    TSC.get_or_init(|| {
        let dir = client_dir();
        let lock: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("package-lock.json")).unwrap())
                .unwrap();
        let locked = lock["packages"]["node_modules/typescript"]["version"]
            .as_str()
            .expect("package-lock.json pins typescript")
            .to_string();
        let installed = std::fs::read_to_string(dir.join("node_modules/typescript/package.json"))
            .ok()
            .and_then(|text| serde_json::from_str::<Value>(&text).ok())
            .and_then(|p| p["version"].as_str().map(str::to_string));
        if installed.as_deref() != Some(locked.as_str()) {
            let out = Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
                .current_dir(&dir)
                .output()
                .unwrap_or_else(|e| panic!("cannot run npm (install Node.js and npm): {e}"));
            assert_success("npm ci", &out);
        }
        dir.join("node_modules/typescript/bin/tsc")
    })
}

fn assert_success(what: &str, out: &Output) {
    assert!(
        out.status.success(),
        "{what} failed ({}):\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn node(args: &[&std::ffi::OsStr]) -> Output {
    Command::new("node")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run node (install Node.js): {e}"))
}

/// A fresh directory under cargo's scratch space for integration tests.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A tsconfig in `dir` with the client's compiler options and `files`.
fn write_tsconfig(dir: &Path, files: &[&str], emit_to: Option<&Path>) {
    let base = client_dir().join("tsconfig.json");
    let mut options = serde_json::json!({});
    match emit_to {
        Some(out) => {
            options["noEmit"] = false.into();
            options["outDir"] = out.to_str().unwrap().into();
        }
        None => options["noEmit"] = true.into(),
    }
    let config = serde_json::json!({
        "extends": base.to_str().unwrap(),
        "compilerOptions": options,
        "files": files,
    });
    std::fs::write(dir.join("tsconfig.json"), config.to_string()).unwrap();
}

#[test]
fn the_client_and_its_usage_type_check_and_run() {
    let out_dir = scratch("ts-usage");
    let tsc = tsc();
    let out = node(&[
        tsc.as_os_str(),
        "-p".as_ref(),
        client_dir().as_os_str(),
        "--noEmit".as_ref(),
        "false".as_ref(),
        "--outDir".as_ref(),
        out_dir.as_os_str(),
    ]);
    assert_success("tsc -p clients/typescript", &out);
    let run = node(&[out_dir.join("usage.js").as_os_str()]);
    assert_success("node usage.js", &run);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(stdout.contains("checks passed"), "{stdout}");
}

#[test]
fn tsc_reports_a_type_error_the_usage_expects() {
    // Fix the misspelt code that usage.ts expects to be rejected: tsc must
    // then complain that the `@ts-expect-error` is unused. Proves the type
    // check is real, not a run that passes whatever the code says.
    let dir = scratch("ts-negative");
    let usage = std::fs::read_to_string(client_dir().join("usage.ts")).unwrap();
    assert!(usage.contains("\"version_confict\""));
    std::fs::write(
        dir.join("usage.ts"),
        usage.replace("\"version_confict\"", "\"version_conflict\""),
    )
    .unwrap();
    std::fs::copy(
        client_dir().join("error-codes.ts"),
        dir.join("error-codes.ts"),
    )
    .unwrap();
    write_tsconfig(&dir, &["error-codes.ts", "usage.ts"], None);
    let out = node(&[tsc().as_os_str(), "-p".as_ref(), dir.as_os_str()]);
    assert!(!out.status.success(), "tsc accepted a wrong usage");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("TS2578"), "{stdout}");
}

#[test]
fn registry_text_reaches_typescript_unchanged() {
    // The small fixture registry has a meaning with `*/`, quotes, a
    // backslash, `<b>` and `|`, a deprecated code and a reported category;
    // its intro, which lands in a comment, gets a comment closer here.
    let fixture = workspace_root().join("codegen/tests/fixtures/small.yaml");
    let text = std::fs::read_to_string(&fixture).unwrap();
    let intro = "Branch on error.code, not on HTTP status.";
    assert!(text.contains(intro));
    let text = text.replace(intro, "Ends a comment */ early? \"Not\" here.");
    let registry = error_codes_codegen::load_str(&fixture, &text).unwrap();
    assert!(registry.page.intro[0].contains("*/"));
    let dir = scratch("ts-escaping");
    std::fs::write(
        dir.join("error-codes.ts"),
        error_codes_codegen::emit::typescript::module(&registry),
    )
    .unwrap();
    std::fs::write(
        dir.join("dump.ts"),
        "import { ERROR_CODES, ERROR_CODE_INFO, isRetryable } from \"./error-codes\";\n\
         declare const console: { log(...args: unknown[]): void };\n\
         console.log(JSON.stringify({ codes: ERROR_CODES, info: ERROR_CODE_INFO,\n\
           retryable: ERROR_CODES.filter((c) => isRetryable(c)) }));\n",
    )
    .unwrap();
    let out_dir = dir.join("out");
    write_tsconfig(&dir, &["error-codes.ts", "dump.ts"], Some(&out_dir));
    assert_success(
        "tsc (small registry)",
        &node(&[tsc().as_os_str(), "-p".as_ref(), dir.as_os_str()]),
    );
    let run = node(&[out_dir.join("dump.js").as_os_str()]);
    assert_success("node dump.js", &run);
    let dump: Value = serde_json::from_slice(&run.stdout).unwrap();

    let codes: Vec<&str> = registry.codes().map(|(_, c)| c.code.as_str()).collect();
    assert_eq!(dump["codes"], serde_json::json!(codes));
    for (category, code) in registry.codes() {
        let info = &dump["info"][&code.code];
        assert_eq!(info["status"], code.status, "{}", code.code);
        assert_eq!(info["category"], category.rust_name.as_str());
        assert_eq!(info["meaning"].as_str(), code.meaning.as_deref());
        assert_eq!(info["retry"], code.retry.as_str());
        assert_eq!(info["docUrl"].as_str(), registry.doc_url(code).as_deref());
        match &code.deprecated {
            None => assert!(info["deprecated"].is_null()),
            Some(d) => {
                assert_eq!(info["deprecated"]["since"], d.since.as_str());
                assert_eq!(
                    info["deprecated"]["useInstead"].as_str(),
                    d.use_instead.as_deref()
                );
                assert_eq!(info["deprecated"]["note"].as_str(), d.note.as_deref());
            }
        }
    }
    let locked = &dump["info"]["widget_locked"]["meaning"];
    assert_eq!(
        locked,
        "Locked by `admin` | try <b>later</b> */ \\ \"quoted\""
    );
    let retryable: Vec<&str> = registry
        .codes()
        .filter(|(_, c)| c.retry != error_codes_codegen::model::Retry::Never)
        .map(|(_, c)| c.code.as_str())
        .collect();
    assert_eq!(dump["retryable"], serde_json::json!(retryable));
}

#[test]
fn unknown_codes_retry_at_the_same_statuses_as_the_rust_client() {
    for status in 400..=599u16 {
        assert_eq!(
            error_codes_codegen::emit::typescript::RETRYABLE_STATUSES.contains(&status),
            error_codes::Retry::for_status(status).is_retryable(),
            "status {status}"
        );
    }
}

#[test]
fn the_readme_shows_the_usage_that_is_compiled_and_run() {
    let usage = std::fs::read_to_string(client_dir().join("usage.ts")).unwrap();
    let begin = usage.find("// README: begin\n").unwrap() + "// README: begin\n".len();
    let end = usage.find("// README: end").unwrap();
    let readme = std::fs::read_to_string(workspace_root().join("README.md")).unwrap();
    assert!(
        readme.contains(&usage[begin..end]),
        "README.md's TypeScript example differs from clients/typescript/usage.ts"
    );
}
