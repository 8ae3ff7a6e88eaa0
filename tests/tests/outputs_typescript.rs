//! `clients/typescript/error-codes.ts` type-checks with the real `tsc`
//! (npm's `typescript`, pinned by `clients/typescript/package-lock.json` and
//! installed here with `npm ci` when missing), together with a usage file
//! whose `@ts-expect-error` lines must fail; the compiled usage file then
//! runs under node. The package's emitted `dist/index.js` and
//! `dist/index.d.ts` export what the source exports, with the same types,
//! and read the shared envelope and `Retry-After` cases alike; `npm pack`
//! gives a tarball that a fresh ESM project installs, runs and type-checks.
//! Registry text with comment closers, quotes and backslashes survives into
//! TypeScript and JavaScript values unchanged.
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
    let mut registry = error_codes_codegen::load_str(&fixture, &text).unwrap();
    // The package's functions read the headers the runtime relies on; give
    // the small registry the real registry's entries for those it lacks.
    let real =
        error_codes_codegen::load(&workspace_root().join("registry/error-codes.yaml")).unwrap();
    for header in &real.headers {
        if !registry.headers.iter().any(|h| h.name == header.name) {
            registry.headers.push(header.clone());
        }
    }
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

    // The package's JavaScript, emitted without tsc, holds the same values.
    let esm = dir.join("esm");
    std::fs::create_dir_all(&esm).unwrap();
    std::fs::write(esm.join("package.json"), r#"{"type": "module"}"#).unwrap();
    std::fs::write(
        esm.join("index.js"),
        error_codes_codegen::emit::typescript::javascript(&registry),
    )
    .unwrap();
    std::fs::write(
        esm.join("dump.js"),
        "import { ERROR_CODES, ERROR_CODE_INFO, isRetryable } from \"./index.js\";\n\
         console.log(JSON.stringify({ codes: ERROR_CODES, info: ERROR_CODE_INFO,\n\
           retryable: ERROR_CODES.filter((c) => isRetryable(c)) }));\n",
    )
    .unwrap();
    let run = node(&[esm.join("dump.js").as_os_str()]);
    assert_success("node esm/dump.js", &run);
    let esm_dump: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(esm_dump, dump, "dist/index.js and error-codes.ts disagree");

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

/// `error-codes.ts` compiled by `tsc` to ESM, beside a copy of the package's
/// `dist/` files, under a `"type": "module"` package: `src/error-codes.js`
/// and `pkg/index.js`. Once per test binary.
fn compiled_source_and_package() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = scratch("ts-esm");
        std::fs::create_dir_all(dir.join("src")).unwrap();
        std::fs::create_dir_all(dir.join("pkg")).unwrap();
        std::fs::write(dir.join("package.json"), r#"{"type": "module"}"#).unwrap();
        std::fs::copy(
            client_dir().join("error-codes.ts"),
            dir.join("src/error-codes.ts"),
        )
        .unwrap();
        for file in ["index.js", "index.d.ts"] {
            std::fs::copy(
                client_dir().join("dist").join(file),
                dir.join("pkg").join(file),
            )
            .unwrap();
        }
        std::fs::write(dir.join("check.ts"), type_equivalence_check()).unwrap();
        let config = serde_json::json!({
            "extends": client_dir().join("tsconfig.json").to_str().unwrap(),
            "compilerOptions": {
                "module": "es2020",
                "moduleResolution": "bundler",
                "noEmit": false,
                "outDir": dir.to_str().unwrap(),
                "rootDir": dir.to_str().unwrap(),
            },
            "files": ["src/error-codes.ts", "pkg/index.d.ts", "check.ts"],
        });
        std::fs::write(dir.join("tsconfig.json"), config.to_string()).unwrap();
        assert_success(
            "tsc (source as ESM, declarations and their equivalence)",
            &node(&[tsc().as_os_str(), "-p".as_ref(), dir.as_os_str()]),
        );
        dir
    })
}

/// Names a TypeScript file exports as values and as types.
fn exported_names(text: &str) -> (Vec<String>, Vec<String>) {
    let mut values = Vec::new();
    let mut types = Vec::new();
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("export ") else {
            continue;
        };
        let rest = rest.strip_prefix("declare ").unwrap_or(rest);
        let (kind, rest) = rest.split_once(' ').unwrap_or((rest, ""));
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        match kind {
            "const" | "function" => values.push(name),
            "type" | "interface" => types.push(name),
            "class" => {
                values.push(name.clone());
                types.push(name);
            }
            _ => panic!("unexpected export: {line}"),
        }
    }
    values.sort();
    types.sort();
    (values, types)
}

/// A file that compiles only when every export of the source has a
/// mutually assignable counterpart in the declarations.
fn type_equivalence_check() -> String {
    let source = std::fs::read_to_string(client_dir().join("error-codes.ts")).unwrap();
    let declarations = std::fs::read_to_string(client_dir().join("dist/index.d.ts")).unwrap();
    let (values, types) = exported_names(&source);
    assert_eq!(
        (values.clone(), types.clone()),
        exported_names(&declarations),
        "dist/index.d.ts declares other names than error-codes.ts exports"
    );
    assert!(values.contains(&"parseErrorEnvelope".to_string()));
    let mut check = String::from(
        "import type * as Src from \"./src/error-codes.js\";\n\
         import type * as Pkg from \"./pkg/index.js\";\n\
         type Same<X, Y> = [X] extends [Y] ? ([Y] extends [X] ? true : false) : false;\n\
         export const same: true[] = [\n",
    );
    for name in &values {
        check.push_str(&format!(
            "  ((x: Same<typeof Src.{name}, typeof Pkg.{name}>) => x)(true),\n"
        ));
    }
    for name in &types {
        check.push_str(&format!(
            "  ((x: Same<Src.{name}, Pkg.{name}>) => x)(true),\n"
        ));
    }
    check.push_str("];\n");
    check
}

#[test]
fn the_package_declares_and_exports_what_the_source_does() {
    let dir = compiled_source_and_package();
    let keys = "const [a, b] = await Promise.all([import(\"./src/error-codes.js\"), import(\"./pkg/index.js\")]);\n\
        console.log(JSON.stringify([Object.keys(a).sort(), Object.keys(b).sort()]));\n";
    std::fs::write(dir.join("keys.mjs"), keys).unwrap();
    let run = node(&[dir.join("keys.mjs").as_os_str()]);
    assert_success("node keys.mjs", &run);
    let keys: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(
        keys[0], keys[1],
        "the compiled source and dist/index.js export other values"
    );
    let source = std::fs::read_to_string(client_dir().join("error-codes.ts")).unwrap();
    assert_eq!(keys[1], serde_json::json!(exported_names(&source).0));
}

#[test]
fn the_declarations_catch_a_mismatch() {
    // The equivalence check is real: a declaration that lies fails it.
    let dir = scratch("ts-equivalence-negative");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    std::fs::copy(
        client_dir().join("error-codes.ts"),
        dir.join("src/error-codes.ts"),
    )
    .unwrap();
    let declarations = std::fs::read_to_string(client_dir().join("dist/index.d.ts")).unwrap();
    let honest = "parseRetryAfter(value: string | null | undefined, now?: number): number | null;";
    assert!(declarations.contains(honest));
    std::fs::write(
        dir.join("pkg/index.d.ts"),
        declarations.replace(honest, "parseRetryAfter(value: string): number;"),
    )
    .unwrap();
    std::fs::write(dir.join("check.ts"), type_equivalence_check()).unwrap();
    let config = serde_json::json!({
        "extends": client_dir().join("tsconfig.json").to_str().unwrap(),
        "compilerOptions": { "module": "es2020", "moduleResolution": "bundler", "noEmit": true },
        "files": ["src/error-codes.ts", "pkg/index.d.ts", "check.ts"],
    });
    std::fs::write(dir.join("tsconfig.json"), config.to_string()).unwrap();
    let out = node(&[tsc().as_os_str(), "-p".as_ref(), dir.as_os_str()]);
    assert!(!out.status.success(), "tsc accepted a lying declaration");
    assert!(String::from_utf8_lossy(&out.stdout).contains("check.ts"));
}

/// Reads every shared envelope case (as text and, when it is JSON, as the
/// parsed value) and every `Retry-After` case with one module.
const CASES_RUNNER: &str = r#"
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [modulePath, envelopePath, retryPath] = process.argv.slice(2);
const m = await import(pathToFileURL(modulePath).href);
const read = (envelope) =>
  envelope === null
    ? null
    : {
        code: envelope.error.code,
        known: m.isErrorCode(envelope.error.code),
        message: envelope.error.message,
        request_id: envelope.error.request_id ?? null,
        details: envelope.error.details ?? null,
      };
const envelopes = JSON.parse(readFileSync(envelopePath, "utf8")).cases;
const retry = JSON.parse(readFileSync(retryPath, "utf8"));
console.log(JSON.stringify({
  text: envelopes.map((c) => read(m.parseErrorEnvelope(c.body))),
  parsed: envelopes.map((c) => {
    let value;
    try {
      value = JSON.parse(c.body);
    } catch {
      return "not JSON";
    }
    return read(m.parseErrorEnvelope(value));
  }),
  retryAfter: retry.cases.map((c) => m.parseRetryAfter(c.value, retry.now * 1000)),
}));
"#;

#[test]
fn the_source_and_the_package_read_the_shared_cases_alike() {
    let dir = compiled_source_and_package();
    std::fs::write(dir.join("cases.mjs"), CASES_RUNNER).unwrap();
    let fixtures = workspace_root().join("tests/fixtures");
    let envelope_cases = fixtures.join("envelope-cases.json");
    let retry_cases = fixtures.join("retry-after-cases.json");
    let envelopes: Value =
        serde_json::from_str(&std::fs::read_to_string(&envelope_cases).unwrap()).unwrap();
    let retry: Value =
        serde_json::from_str(&std::fs::read_to_string(&retry_cases).unwrap()).unwrap();
    let registry =
        error_codes_codegen::load(&workspace_root().join("registry/error-codes.yaml")).unwrap();
    for module in ["src/error-codes.js", "pkg/index.js"] {
        let run = node(&[
            dir.join("cases.mjs").as_os_str(),
            dir.join(module).as_os_str(),
            envelope_cases.as_os_str(),
            retry_cases.as_os_str(),
        ]);
        assert_success("node cases.mjs", &run);
        let got: Value = serde_json::from_slice(&run.stdout).unwrap();
        for (i, case) in envelopes["cases"].as_array().unwrap().iter().enumerate() {
            let name = &case["name"];
            let expect = &case["expect"];
            if let Some(code) = expect["code"].as_str() {
                // The table's known codes are this registry's; its unknown one is not.
                assert_eq!(expect["known"], registry.code(code).is_some(), "{name}");
            }
            assert_eq!(&got["text"][i], expect, "{module}: {name}");
            let parsed = &got["parsed"][i];
            assert!(
                parsed == "not JSON" || parsed == expect,
                "{module}: {name} (parsed)"
            );
        }
        for (i, case) in retry["cases"].as_array().unwrap().iter().enumerate() {
            assert_eq!(
                got["retryAfter"][i], case["expect"],
                "{module}: Retry-After {}",
                case["value"]
            );
        }
    }
}

#[test]
fn npm_pack_gives_a_package_a_fresh_esm_project_installs_runs_and_type_checks() {
    let dir = scratch("ts-pack");
    // `npm pack` needs nothing installed: the package's files are committed.
    let pack = Command::new("npm")
        .args(["pack", "--loglevel=error", "--pack-destination"])
        .arg(&dir)
        .current_dir(client_dir())
        .output()
        .unwrap_or_else(|e| panic!("cannot run npm (install Node.js and npm): {e}"));
    assert_success("npm pack", &pack);
    let tarball = String::from_utf8_lossy(&pack.stdout)
        .lines()
        .last()
        .expect("npm pack names the tarball")
        .trim()
        .to_string();
    let app = dir.join("app");
    std::fs::create_dir_all(&app).unwrap();
    std::fs::write(
        app.join("package.json"),
        r#"{"name": "app", "private": true, "type": "module"}"#,
    )
    .unwrap();
    let install = Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--loglevel=error"])
        .arg(dir.join(&tarball))
        .current_dir(&app)
        .output()
        .unwrap();
    assert_success("npm install <tarball>", &install);
    let installed = app.join("node_modules/@example/error-codes");
    assert!(installed.join("dist/index.js").is_file());
    assert!(
        !installed.join("usage.ts").exists(),
        "only the package's files ship"
    );

    // Node runs it, reading every code of the registry's JSON export.
    std::fs::write(
        app.join("main.js"),
        r#"import { ERROR_CODES, ERROR_CODE_INFO, isErrorCode, parseErrorEnvelope, ErrorResponse, HEADERS } from "@example/error-codes";
import { readFileSync } from "node:fs";
const registry = JSON.parse(readFileSync(process.argv[2], "utf8"));
const fail = (what) => { throw new Error(what); };
if (JSON.stringify(ERROR_CODES) !== JSON.stringify(registry.codes.map((c) => c.code))) fail("ERROR_CODES");
for (const c of registry.codes) {
  const info = ERROR_CODE_INFO[c.code];
  if (!isErrorCode(c.code) || info.status !== c.status || info.meaning !== c.meaning || info.retry !== c.retry || info.docUrl !== c.doc_url) fail(c.code);
  if (parseErrorEnvelope(JSON.stringify({ error: { code: c.code, message: "m" } }))?.error.code !== c.code) fail(`parse ${c.code}`);
}
// A code no registry can hold (codes are snake_case): always unknown.
const newer = parseErrorEnvelope('{"error": {"code": "code-added-later", "message": "New"}}');
if (isErrorCode("code-added-later") || newer?.error.code !== "code-added-later") fail("unknown code");
if (parseErrorEnvelope("<html>") !== null) fail("not an envelope");
const error = new ErrorResponse(429, newer, { [HEADERS.RETRY_AFTER]: "7" });
if (!(error instanceof Error) || error.retryAfter !== 7 || !error.isRetryable) fail("ErrorResponse");
console.log(`ok: ${ERROR_CODES.length} codes`);
"#,
    )
    .unwrap();
    let export = workspace_root().join("docs/error-codes.json");
    let run = node(&[app.join("main.js").as_os_str(), export.as_os_str()]);
    assert_success("node main.js (installed package)", &run);
    let registry =
        error_codes_codegen::load(&workspace_root().join("registry/error-codes.yaml")).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&run.stdout).trim(),
        format!("ok: {} codes", registry.code_count())
    );

    // `tsc --strict` type-checks a project against it, through `exports`,
    // with fetch's own `Response` type; a wrong use fails.
    std::fs::write(
        app.join("check.ts"),
        r#"import { ERROR_CODES, ERROR_CODE_INFO, ErrorResponse, isErrorCode, parseErrorEnvelope, type AnyErrorCode, type ErrorCode } from "@example/error-codes";
const statuses: number[] = ERROR_CODES.map((code: ErrorCode) => ERROR_CODE_INFO[code].status);
const code: AnyErrorCode | undefined = parseErrorEnvelope("{}")?.error.code;
async function read(response: Response): Promise<ErrorResponse | null> {
  return ErrorResponse.fromResponse(response);
}
// @ts-expect-error: not a code this package knows.
const wrong: ErrorCode = "code-added-later";
export const used = [statuses, code, read, wrong, isErrorCode("x")];
"#,
    )
    .unwrap();
    std::fs::write(
        app.join("tsconfig.json"),
        r#"{"compilerOptions": {"strict": true, "module": "nodenext", "moduleResolution": "nodenext", "target": "es2022", "lib": ["es2022", "dom"], "types": [], "noEmit": true}, "files": ["check.ts"]}"#,
    )
    .unwrap();
    assert_success(
        "tsc --strict (installed package)",
        &node(&[tsc().as_os_str(), "-p".as_ref(), app.as_os_str()]),
    );
    let check = std::fs::read_to_string(app.join("check.ts")).unwrap();
    std::fs::write(
        app.join("check.ts"),
        check.replace("// @ts-expect-error: not a code this package knows.\n", ""),
    )
    .unwrap();
    let out = node(&[tsc().as_os_str(), "-p".as_ref(), app.as_os_str()]);
    assert!(
        !out.status.success(),
        "tsc accepted an unknown code as ErrorCode"
    );
}
