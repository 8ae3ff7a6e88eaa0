//! The npm package in `clients/typescript`: its hand-written sources
//! (copied from `codegen/clients/typescript/`) and its generated
//! `src/codes.ts` type-check with the real `tsc` (npm's `typescript`, pinned
//! by `clients/typescript/package-lock.json` and installed here with `npm ci`
//! when missing) and pass oxlint's lint; `npm pack` of a copy of the folder
//! builds `dist/` with `tsc` and gives a tarball that a fresh ESM project
//! installs, runs and type-checks; the built package passes its node test
//! suite (`test/`, over the shared case tables); a usage file whose
//! `@ts-expect-error` lines must fail compiles and runs. Registry text with
//! comment closers, quotes and backslashes survives into TypeScript values
//! unchanged.
//!
//! Needs Node.js and npm on the PATH (Node.js 20 is on every machine of this
//! project's kind) and the npm registry the first time.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use error_codes_codegen::{Registry, Retry};
use error_codes_tests::workspace_root;
use serde_json::Value;

fn client_dir() -> PathBuf {
    let project = error_codes_tests::project();
    project.root().join(&project.config().typescript_dir)
}

/// The package's `node_modules`, after `npm ci` if a locked development
/// dependency is not installed at its locked version. Once per test binary:
/// tests run in parallel threads.
pub(super) fn node_modules() -> &'static Path {
    static MODULES: OnceLock<PathBuf> = OnceLock::new();
    MODULES.get_or_init(|| {
        let dir = client_dir();
        let read = |path: PathBuf| -> Option<Value> {
            serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
        };
        let manifest = read(dir.join("package.json")).expect("package.json is JSON");
        let lock = read(dir.join("package-lock.json")).expect("package-lock.json is JSON");
        let dependencies = manifest["devDependencies"]
            .as_object()
            .expect("package.json has devDependencies");
        assert!(dependencies.contains_key("typescript"));
        let installed = dependencies.keys().all(|name| {
            let locked = &lock["packages"][format!("node_modules/{name}")]["version"];
            assert!(locked.is_string(), "package-lock.json pins {name}");
            read(dir.join("node_modules").join(name).join("package.json"))
                .is_some_and(|p| &p["version"] == locked)
        });
        if !installed {
            let out = Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
                .current_dir(&dir)
                .output()
                .unwrap_or_else(|e| panic!("cannot run npm (install Node.js and npm): {e}"));
            assert_success("npm ci", &out);
        }
        dir.join("node_modules")
    })
}

/// `tsc`'s entry point.
pub(super) fn tsc() -> PathBuf {
    node_modules().join("typescript/bin/tsc")
}

pub(super) fn assert_success(what: &str, out: &Output) {
    assert!(
        out.status.success(),
        "{what} failed ({}):\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

pub(super) fn node(args: &[&std::ffi::OsStr]) -> Output {
    Command::new("node")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run node (install Node.js): {e}"))
}

/// A fresh directory under cargo's scratch space for integration tests.
pub(super) fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Copies a directory tree, leaving out what npm and tsc make.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if name == "node_modules" || name == "dist" || name.to_string_lossy().ends_with(".tgz") {
            continue;
        }
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &to.join(&name));
        } else {
            std::fs::copy(entry.path(), to.join(&name)).unwrap();
        }
    }
}

/// A copy of the package folder, with the installed `node_modules` linked in
/// (what `npm ci` gives), packed with `npm pack`: its `prepack` script builds
/// `dist/` with `tsc`. Returns the copy (with its `dist/`) and the tarball.
/// Once per test binary.
fn packed() -> &'static (PathBuf, PathBuf) {
    static PACKED: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    PACKED.get_or_init(|| {
        let dir = scratch("ts-pack");
        let copy = dir.join("package");
        copy_tree(&client_dir(), &copy);
        std::os::unix::fs::symlink(node_modules(), copy.join("node_modules")).unwrap();
        assert!(!copy.join("dist").exists(), "dist/ is built, not copied");
        let pack = Command::new("npm")
            .args(["pack", "--loglevel=error", "--pack-destination"])
            .arg(&dir)
            .current_dir(&copy)
            .output()
            .unwrap_or_else(|e| panic!("cannot run npm (install Node.js and npm): {e}"));
        assert_success("npm pack", &pack);
        let tarball = String::from_utf8_lossy(&pack.stdout)
            .lines()
            .last()
            .expect("npm pack names the tarball")
            .trim()
            .to_string();
        (copy, dir.join(tarball))
    })
}

/// A `"type": "module"` folder with a tsconfig that extends the package's
/// and compiles `files` (relative to `dir`) into `dir/out`, or only checks them.
pub(super) fn write_tsconfig(dir: &Path, files: &[&str], emit: bool) {
    std::fs::write(dir.join("package.json"), r#"{"type": "module"}"#).unwrap();
    let config = serde_json::json!({
        "extends": client_dir().join("tsconfig.json").to_str().unwrap(),
        "compilerOptions": {
            "noEmit": !emit,
            "declaration": false,
            "rootDir": dir.to_str().unwrap(),
            "outDir": dir.join("out").to_str().unwrap(),
        },
        "include": [],
        "files": files,
    });
    std::fs::write(dir.join("tsconfig.json"), config.to_string()).unwrap();
}

/// The package's TypeScript sources, copied into `dir/src`: the hand-written
/// files and `codes.ts` (the committed one, or `codes` when given).
pub(super) fn copy_sources(dir: &Path, codes: Option<&str>) {
    let src = dir.join("src");
    std::fs::create_dir_all(&src).unwrap();
    for entry in std::fs::read_dir(client_dir().join("src")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), src.join(entry.file_name())).unwrap();
    }
    if let Some(codes) = codes {
        std::fs::write(src.join("codes.ts"), codes).unwrap();
    }
}

#[test]
fn the_client_and_its_usage_type_check_and_run() {
    let dir = scratch("ts-usage");
    copy_sources(&dir, None);
    std::fs::copy(client_dir().join("usage.ts"), dir.join("usage.ts")).unwrap();
    write_tsconfig(&dir, &["usage.ts"], true);
    let out = node(&[tsc().as_os_str(), "-p".as_ref(), dir.as_os_str()]);
    assert_success("tsc (usage.ts and the package's sources)", &out);
    let run = node(&[dir.join("out/usage.js").as_os_str()]);
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
    copy_sources(&dir, None);
    let usage = std::fs::read_to_string(client_dir().join("usage.ts")).unwrap();
    assert!(usage.contains("\"version_confict\""));
    std::fs::write(
        dir.join("usage.ts"),
        usage.replace("\"version_confict\"", "\"version_conflict\""),
    )
    .unwrap();
    write_tsconfig(&dir, &["usage.ts"], false);
    let out = node(&[tsc().as_os_str(), "-p".as_ref(), dir.as_os_str()]);
    assert!(!out.status.success(), "tsc accepted a wrong usage");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("TS2578"), "{stdout}");
}

#[test]
fn the_sources_are_the_generators_copies() {
    // Every hand-written file of the package is a copy of the generator's,
    // and the package has no other TypeScript source than those and the
    // generated data module (docs_drift.rs checks the copies' contents).
    let project = error_codes_tests::project();
    let registry = error_codes_tests::registry();
    let src = format!("{}/src/", project.config().typescript_dir);
    let outputs = project.outputs(&registry).unwrap();
    let mut expected: Vec<String> = outputs
        .iter()
        .filter_map(|o| o.path.strip_prefix(&src))
        .map(str::to_owned)
        .collect();
    // The generated data module is one of them; every other is a copy of
    // the generator's hand-written file of that name.
    let data = error_codes_tests::typescript_data(project.config());
    assert!(outputs.iter().any(|o| o.path == data), "{data}");
    let originals = workspace_root().join("codegen/clients/typescript");
    for output in outputs
        .iter()
        .filter(|o| o.path.starts_with(&src) && o.path != data)
    {
        let name = &output.path[src.len()..];
        let original = std::fs::read_to_string(originals.join(name)).unwrap_or_else(|e| {
            panic!("{name} is no copy of codegen/clients/typescript/{name}: {e}")
        });
        assert!(output.contents.ends_with(&original), "{name}");
    }
    expected.sort();
    let mut found: Vec<String> = std::fs::read_dir(client_dir().join("src"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert_eq!(found, expected);
}

pub(super) fn oxlint(dir: &Path, paths: &[&str]) -> Output {
    Command::new("node")
        .arg(node_modules().join("oxlint/bin/oxlint"))
        .arg("--deny-warnings")
        .args(paths)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run node (install Node.js): {e}"))
}

#[test]
fn oxlint_lints_the_sources_and_tests_clean() {
    let out = oxlint(&client_dir(), &["src", "test"]);
    assert_success("oxlint", &out);
    // Every source and test was read: "… on N files with …".
    let report = String::from_utf8_lossy(&out.stdout);
    let files: usize = report
        .split_once(" on ")
        .and_then(|(_, rest)| rest.split_once(" file"))
        .and_then(|(n, _)| n.parse().ok())
        .unwrap_or_else(|| panic!("no file count: {report}"));
    let sources = std::fs::read_dir(client_dir().join("src")).unwrap().count();
    assert!(files > sources, "{report}");
}

#[test]
fn oxlint_reports_a_lint_error() {
    // The lint is real: a `debugger` statement in a source fails it.
    let dir = scratch("ts-lint-negative");
    copy_sources(&dir, None);
    std::fs::copy(
        client_dir().join(".oxlintrc.json"),
        dir.join(".oxlintrc.json"),
    )
    .unwrap();
    let lookup = dir.join("src/lookup.ts");
    let text = std::fs::read_to_string(&lookup).unwrap();
    std::fs::write(
        &lookup,
        format!("{text}\nexport function stop(): void {{\n  debugger;\n}}\n"),
    )
    .unwrap();
    // Named, since a folder under `target/` is skipped as git-ignored.
    let out = oxlint(&dir, &["src/lookup.ts"]);
    assert!(
        !out.status.success(),
        "oxlint accepted a debugger statement"
    );
    let report = String::from_utf8_lossy(&out.stdout) + String::from_utf8_lossy(&out.stderr);
    assert!(report.contains("no-debugger"), "{report}");
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
    let mut registry = Registry::parse(&fixture, &text).unwrap();
    // The package's functions read the headers the runtime relies on; give
    // the small registry the real registry's entries for those it lacks.
    let real = error_codes_tests::registry();
    for header in &real.headers {
        if !registry.headers.iter().any(|h| h.name == header.name) {
            registry.headers.push(header.clone());
        }
    }
    assert!(registry.page.intro[0].contains("*/"));
    let dir = scratch("ts-escaping");
    let project = error_codes_tests::project();
    let data = error_codes_tests::typescript_data(project.config());
    copy_sources(
        &dir,
        Some(&error_codes_tests::output(&project, &registry, &data)),
    );
    std::fs::write(
        dir.join("dump.ts"),
        "import { ERROR_CODES, ERROR_CODE_INFO, isRetryable } from \"./src/index.js\";\n\
         declare const console: { log(...args: unknown[]): void };\n\
         console.log(JSON.stringify({ codes: ERROR_CODES, info: ERROR_CODE_INFO,\n\
           retryable: ERROR_CODES.filter((c) => isRetryable(c)) }));\n",
    )
    .unwrap();
    write_tsconfig(&dir, &["dump.ts"], true);
    assert_success(
        "tsc (small registry)",
        &node(&[tsc().as_os_str(), "-p".as_ref(), dir.as_os_str()]),
    );
    let run = node(&[dir.join("out/dump.js").as_os_str()]);
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
        .filter(|(_, c)| c.retry != Retry::Never)
        .map(|(_, c)| c.code.as_str())
        .collect();
    assert_eq!(dump["retryable"], serde_json::json!(retryable));
}

#[test]
fn unknown_codes_retry_at_the_same_statuses_as_the_rust_client() {
    // The statuses the generated data module lists (`RETRYABLE_STATUSES`).
    let project = error_codes_tests::project();
    let data = error_codes_tests::typescript_data(project.config());
    let module = error_codes_tests::output(&project, &error_codes_tests::registry(), &data);
    let declaration = "export const RETRYABLE_STATUSES: readonly number[] = [";
    let list = module
        .lines()
        .find_map(|line| line.strip_prefix(declaration))
        .and_then(|rest| rest.strip_suffix("];"))
        .unwrap_or_else(|| panic!("{data} declares no RETRYABLE_STATUSES:\n{module}"));
    let retryable: Vec<u16> = list
        .split(", ")
        .map(|status| status.parse().unwrap_or_else(|e| panic!("{status:?}: {e}")))
        .collect();
    assert!(!retryable.is_empty(), "{list}");
    for status in 400..=599u16 {
        assert_eq!(
            retryable.contains(&status),
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
    let readme =
        std::fs::read_to_string(workspace_root().join("docs/guides/other-languages.md")).unwrap();
    assert!(
        readme.contains(&usage[begin..end]),
        "docs/guides/other-languages.md's TypeScript example differs from clients/typescript/usage.ts"
    );
}

#[test]
fn the_built_package_passes_its_node_tests_over_the_shared_cases() {
    let (copy, _) = packed();
    let fixtures = workspace_root().join("tests/fixtures");
    // The table's known codes are this registry's; its unknown one is not.
    let envelopes: Value = serde_json::from_str(
        &std::fs::read_to_string(fixtures.join("envelope-cases.json")).unwrap(),
    )
    .unwrap();
    let registry = error_codes_tests::registry();
    let cases = envelopes["cases"].as_array().unwrap();
    for case in cases {
        if let Some(code) = case["expect"]["code"].as_str() {
            assert_eq!(
                case["expect"]["known"],
                registry.code(code).is_some(),
                "{}",
                case["name"]
            );
        }
    }
    let out = Command::new("node")
        .args(["--test", "--test-reporter=tap", "test/"])
        .env("ERROR_CODES_FIXTURES", &fixtures)
        .current_dir(copy)
        .output()
        .unwrap_or_else(|e| panic!("cannot run node (install Node.js): {e}"));
    assert_success("node --test", &out);
    let report = String::from_utf8_lossy(&out.stdout);
    let passed: usize = report
        .lines()
        .find_map(|line| line.strip_prefix("# pass "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no test count: {report}"));
    assert!(passed > cases.len(), "{report}");
    assert!(report.contains("# fail 0"), "{report}");
}

#[test]
#[ignore = "tier 2: packs the package, installs it with npm into a fresh project, runs and type-checks it"]
fn npm_pack_gives_a_package_a_fresh_esm_project_installs_runs_and_type_checks() {
    let _clock = crate::Clock::start();
    let (_, tarball) = packed();
    let app = scratch("ts-app");
    std::fs::write(
        app.join("package.json"),
        r#"{"name": "app", "private": true, "type": "module"}"#,
    )
    .unwrap();
    let install = Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--loglevel=error"])
        .arg(tarball)
        .current_dir(&app)
        .output()
        .unwrap();
    assert_success("npm install <tarball>", &install);
    // The package is published under the name its configuration gives it.
    let name = error_codes_tests::project().config().npm_package.clone();
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(client_dir().join("package.json")).unwrap())
            .unwrap();
    assert_eq!(manifest["name"], name.as_str());
    let installed = app.join("node_modules").join(&name);
    assert!(installed.join("dist/index.js").is_file());
    assert!(installed.join("dist/index.d.ts").is_file());
    assert!(
        !installed.join("usage.ts").exists() && !installed.join("test").exists(),
        "only the package's files ship"
    );

    // Node runs it, reading every code of the registry's JSON export.
    std::fs::write(
        app.join("main.js"),
        r#"import { ERROR_CODES, ERROR_CODE_INFO, isErrorCode, parseErrorEnvelope, ErrorResponse, HEADERS } from "PACKAGE";
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
"#
        .replace("PACKAGE", &name),
    )
    .unwrap();
    let export = workspace_root().join("docs/error-codes.json");
    let run = node(&[app.join("main.js").as_os_str(), export.as_os_str()]);
    assert_success("node main.js (installed package)", &run);
    let registry = error_codes_tests::registry();
    assert_eq!(
        String::from_utf8_lossy(&run.stdout).trim(),
        format!("ok: {} codes", registry.code_count())
    );

    // `tsc --strict` type-checks a project against it, through `exports`,
    // with fetch's own `Response` type; a wrong use fails.
    std::fs::write(
        app.join("check.ts"),
        r#"import { ERROR_CODES, ERROR_CODE_INFO, ErrorResponse, isErrorCode, parseErrorEnvelope, type AnyErrorCode, type ErrorCode } from "PACKAGE";
const statuses: number[] = ERROR_CODES.map((code: ErrorCode) => ERROR_CODE_INFO[code].status);
const code: AnyErrorCode | undefined = parseErrorEnvelope("{}")?.error.code;
async function read(response: Response): Promise<ErrorResponse | null> {
  return ErrorResponse.fromResponse(response);
}
// @ts-expect-error: not a code this package knows.
const wrong: ErrorCode = "code-added-later";
export const used = [statuses, code, read, wrong, isErrorCode("x")];
"#
        .replace("PACKAGE", &name),
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

/// The typed-details fixture's `codes.ts`: `hasCode` narrows
/// `error.details` to each code's members with their types, exactly those
/// (a member it does not declare, or a write to a member, is a type error);
/// a probe made from the registry type-checks with the real `tsc`.
#[test]
fn declared_details_narrow_with_has_code() {
    use error_codes_codegen::MemberType;

    let path = workspace_root().join("tests/fixtures/details/registry.yaml");
    let registry = Registry::load(&path).unwrap();
    let project = error_codes_tests::project();
    let outputs = project.outputs(&registry).unwrap();
    let codes = outputs
        .iter()
        .find(|o| o.path.ends_with("src/codes.ts"))
        .expect("codes.ts is an output");
    let dir = scratch("ts-typed-details");
    copy_sources(&dir, Some(&codes.contents));
    let mut probe = String::from(
        "import { hasCode } from \"./src/index.js\";\nimport type { ErrorBody } from \"./src/index.js\";\n\n",
    );
    let mut declaring = 0;
    for (i, (_, code)) in registry
        .codes()
        .filter(|(_, c)| !c.members.is_empty())
        .enumerate()
    {
        declaring += 1;
        let _ = writeln!(
            probe,
            "export function probe{i}(error: ErrorBody): void {{\n  if (hasCode(error, {:?}) && error.details !== undefined) {{\n    const d = error.details;",
            code.code
        );
        for (j, member) in code.members.iter().enumerate() {
            let scalar = match &member.ty {
                MemberType::String | MemberType::Enum(_) => "string",
                MemberType::Integer | MemberType::Number => "number",
                MemberType::Boolean => "boolean",
                other => panic!("{other:?}"),
            };
            let ty = if member.list {
                format!("readonly {scalar}[]")
            } else {
                scalar.to_string()
            };
            let ty = if member.optional {
                format!("{ty} | undefined")
            } else {
                ty
            };
            let _ = writeln!(
                probe,
                "    const m{j}: {ty} = d[{:?}];\n    void m{j};",
                member.name
            );
            if let MemberType::Enum(values) = &member.ty {
                let _ = writeln!(
                    probe,
                    "    const v{j}: NonNullable<typeof d[{name:?}]> = {value};\n    void v{j};",
                    name = member.name,
                    value = if member.list {
                        format!("[{:?}, \"a value added later\"]", values[0])
                    } else {
                        format!("{:?}", values[0])
                    }
                );
            }
        }
        let first = &code.members[0].name;
        let _ = writeln!(
            probe,
            "    // @ts-expect-error: not a member of its details\n    void d.not_a_member;\n    // @ts-expect-error: read-only\n    d[{first:?}] = d[{first:?}];\n  }}\n}}\n"
        );
    }
    assert!(declaring > 0);
    std::fs::write(dir.join("probe.ts"), &probe).unwrap();
    write_tsconfig(&dir, &["probe.ts"], false);
    let out = node(&[tsc().as_os_str(), "-p".as_ref(), dir.as_os_str()]);
    assert_success(&format!("tsc (the details probe)\n{probe}"), &out);
}

/// RFC 9457 (see `runtime/src/problem.rs`): the TypeScript client gathers
/// a known code's declared members from the top level of a problem
/// document into `details` (over its `details` member), and a code added
/// later reads only `details`. Compiled from the typed-details fixture's
/// `codes.ts` and run by node.
#[test]
fn problem_documents_read_declared_members_from_the_top_level() {
    let path = workspace_root().join("tests/fixtures/details/registry.yaml");
    let registry = Registry::load(&path).unwrap();
    let outputs = error_codes_tests::project().outputs(&registry).unwrap();
    let codes = outputs
        .iter()
        .find(|o| o.path.ends_with("src/codes.ts"))
        .expect("codes.ts is an output");
    let dir = scratch("ts-problem-members");
    copy_sources(&dir, Some(&codes.contents));
    // Each declaring code's problem document: every member a problem
    // carries at its top level there (its value the member's name, enough
    // to tell them apart), a member it does not declare under `details`.
    let mut cases = Vec::new();
    for (_, code) in registry.codes().filter(|(_, c)| !c.members.is_empty()) {
        let mut problem = serde_json::json!({
            "type": "about:blank", "title": "t", "status": code.status,
            "detail": "m", "code": code.code, "details": {"undeclared": 1},
        });
        let mut expected = serde_json::json!({"undeclared": 1});
        for member in code.problem_members() {
            problem[&member.name] = Value::from(format!("value of {}", member.name));
            expected[&member.name] = problem[&member.name].clone();
        }
        // A member named as the problem's own stays under `details`.
        for member in &code.members {
            if expected.get(&member.name).is_none() {
                problem["details"][&member.name] = Value::from("under details");
                expected[&member.name] = Value::from("under details");
            }
        }
        cases.push(serde_json::json!({"problem": problem, "details": expected}));
        // The same members under a code this client does not know.
        problem["code"] = Value::from(error_codes_tests::code_added_later(registry.code_style));
        let details = problem["details"].clone();
        cases.push(serde_json::json!({"problem": problem, "details": details}));
    }
    assert!(
        !cases.is_empty(),
        "the fixture has codes that declare members"
    );
    std::fs::write(
        dir.join("probe.ts"),
        format!(
            "import {{ deepStrictEqual }} from \"node:assert\";\n\
             import {{ parseErrorEnvelope }} from \"./src/index.js\";\n\
             declare const process: {{ stdout: {{ write(s: string): void }} }};\n\
             const cases: {{ problem: unknown; details: unknown }}[] = {};\n\
             for (const c of cases) {{\n\
             \x20 deepStrictEqual(parseErrorEnvelope(c.problem)?.error.details, c.details);\n\
             }}\n\
             process.stdout.write(`${{cases.length}} read\\n`);\n",
            Value::from(cases.clone())
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("assert.d.ts"),
        "declare module \"node:assert\" { export function deepStrictEqual(a: unknown, b: unknown): void; }\n",
    )
    .unwrap();
    write_tsconfig(&dir, &["probe.ts", "assert.d.ts"], true);
    let out = node(&[tsc().as_os_str(), "-p".as_ref(), dir.as_os_str()]);
    assert_success("tsc (the problem-members probe)", &out);
    let run = Command::new("node")
        .arg(dir.join("out/probe.js"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run node (install Node.js): {e}"));
    assert_success("node (the problem-members probe)", &run);
    assert_eq!(
        String::from_utf8_lossy(&run.stdout).trim(),
        format!("{} read", cases.len())
    );
}
