//! `clients/python` installs with pip into a fresh virtual environment, its
//! pytest suite passes against the installed package, `mypy --strict`
//! accepts the installed package, its tests and a usage script that then
//! runs, and ruff lints them clean. The package's hand-written modules are
//! copies of `codegen/clients/python/` (`docs_drift.rs` checks them). Registry text with quotes, backslashes, line and paragraph
//! separators and control characters survives into Python values unchanged.
//!
//! Needs `python3` (3.11 or later) on the PATH, and PyPI the first time: the
//! virtual environment, with the pins of `clients/python/requirements-dev.txt`,
//! is kept under cargo's scratch space and rebuilt when those pins change.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use error_codes_tests::workspace_root;
use serde_json::Value;

pub(super) fn package_dir() -> PathBuf {
    let project = error_codes_tests::project();
    project.root().join(&project.config().python_dir)
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

pub(super) fn run(what: &str, command: &mut Command) -> Output {
    let out = command
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PIP_DISABLE_PIP_VERSION_CHECK", "1")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {what}: {e}"));
    assert_success(what, &out);
    out
}

/// A fresh directory under cargo's scratch space for integration tests.
pub(super) fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// mypy's cache for the test `name`, kept between runs under cargo's
/// scratch space: mypy checks every cached module against its source, and
/// a warm cache spares it re-reading the standard library's stubs each run.
/// One per test: tests run in parallel, and mypy's cache is not shared safely.
pub(super) fn mypy_cache(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("python-mypy-cache-{name}"));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Copies a directory tree, leaving out what pip and Python leave behind.
pub(super) fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        let skip = name == "build"
            || name == "__pycache__"
            || name.to_string_lossy().ends_with(".egg-info");
        if skip {
            continue;
        }
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &to.join(&name));
        } else {
            std::fs::copy(entry.path(), to.join(&name)).unwrap();
        }
    }
}

/// The virtual environment's interpreter, with the pinned test tools
/// installed and the package installed from a copy of `clients/python`
/// (so pip's build files stay out of the source tree). Once per test binary.
pub(super) fn python() -> &'static Path {
    static PYTHON: OnceLock<PathBuf> = OnceLock::new();
    PYTHON.get_or_init(|| {
        let requirements = package_dir().join("requirements-dev.txt");
        let pins = std::fs::read_to_string(&requirements).unwrap();
        let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("python-venv");
        let python = venv.join("bin/python");
        let stamp = venv.join("requirements.stamp");
        if std::fs::read_to_string(&stamp).ok().as_deref() != Some(pins.as_str()) {
            let _ = std::fs::remove_dir_all(&venv);
            let version = run(
                "python3 (install Python 3.11 or later)",
                Command::new("python3").args([
                    "-c",
                    "import sys; assert sys.version_info >= (3, 11), sys.version",
                ]),
            );
            drop(version);
            run(
                "python3 -m venv",
                Command::new("python3").arg("-m").arg("venv").arg(&venv),
            );
            run(
                "pip install -r requirements-dev.txt",
                Command::new(&python)
                    .args(["-m", "pip", "install", "--quiet", "-r"])
                    .arg(&requirements),
            );
            std::fs::write(&stamp, &pins).unwrap();
        }
        let copy = scratch("python-package");
        copy_tree(&package_dir(), &copy);
        run(
            "pip install clients/python",
            Command::new(&python)
                .args([
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--no-deps",
                    "--force-reinstall",
                    "--no-build-isolation",
                ])
                .arg(&copy),
        );
        python
    })
}

#[test]
fn the_installed_package_passes_its_tests() {
    let out = run(
        "pytest",
        Command::new(python())
            .args(["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"])
            .current_dir(package_dir()),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(" passed"), "{stdout}");
    assert!(!stdout.contains("skipped"), "{stdout}");
}

#[test]
fn mypy_strict_accepts_the_package_its_tests_and_a_usage_script() {
    let cache = mypy_cache("strict");
    // From the package directory, `error_codes` resolves to the installed
    // copy (the source is under `src/`), as it does for a user's project.
    let out = run(
        "mypy --strict",
        Command::new(python())
            .args(["-m", "mypy", "--strict", "--cache-dir"])
            .arg(&cache)
            .args(["-p", "error_codes"])
            .current_dir(package_dir()),
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Success"));
    run(
        "mypy --strict tests examples",
        Command::new(python())
            .args(["-m", "mypy", "--strict", "--cache-dir"])
            .arg(&cache)
            .args(["tests", "examples/usage.py"])
            .current_dir(package_dir()),
    );
}

#[test]
fn mypy_rejects_a_misspelt_code() {
    // Proves the type check is real: a member that does not exist is an error.
    let dir = scratch("python-negative");
    std::fs::write(
        dir.join("wrong.py"),
        "from error_codes import ErrorCode\n\nstatus: int = ErrorCode.CODE_ADDED_LATER.http_status\n",
    )
    .unwrap();
    let out = Command::new(python())
        .args(["-m", "mypy", "--strict", "--cache-dir"])
        .arg(mypy_cache("negative"))
        .arg("wrong.py")
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(
        !out.status.success(),
        "mypy accepted a code that does not exist"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("CODE_ADDED_LATER"), "{stdout}");
}

#[test]
fn ruff_lints_the_package_its_tests_and_examples_clean() {
    let out = run(
        "ruff check",
        Command::new(python())
            .args([
                "-m",
                "ruff",
                "check",
                "--no-cache",
                "src",
                "tests",
                "examples",
            ])
            .current_dir(package_dir()),
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("All checks passed"));
}

#[test]
fn ruff_reports_a_lint_error() {
    // The lint is real: an unused import in a copy of the package fails it.
    let dir = scratch("python-lint-negative");
    std::fs::copy(
        package_dir().join("pyproject.toml"),
        dir.join("pyproject.toml"),
    )
    .unwrap();
    copy_tree(&package_dir().join("src"), &dir.join("src"));
    let headers = dir.join("src/error_codes/_headers.py");
    let text = std::fs::read_to_string(&headers).unwrap();
    std::fs::write(&headers, format!("{text}\nimport os\n")).unwrap();
    let out = Command::new(python())
        .args(["-m", "ruff", "check", "--no-cache", "src"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(!out.status.success(), "ruff accepted an unused import");
    assert!(String::from_utf8_lossy(&out.stdout).contains("F401"));
}

#[test]
fn the_usage_script_runs() {
    let out = run(
        "python examples/usage.py",
        Command::new(python())
            .arg("examples/usage.py")
            .current_dir(package_dir()),
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("checks passed"));
}

#[test]
fn registry_text_reaches_python_unchanged() {
    // The small fixture registry, with text that could end or break a
    // Python string literal put straight into the model: validation rejects
    // some of it, and the emitter must not rely on that.
    let fixture = workspace_root().join("codegen/tests/fixtures/small.yaml");
    let mut registry = error_codes_codegen::Registry::load(&fixture).unwrap();
    let nasty = "Locked \"\"\" ''' \\ \\n \n\r\0\u{7f} \u{2028}\u{2029}\u{85} é 😀 \t{x} %s";
    registry.categories[0].title = format!("Title {nasty}");
    registry.categories[0].codes[0].meaning = Some(nasty.to_string());
    let dir = scratch("python-escaping");
    let package = dir.join("error_codes");
    copy_tree(&package_dir().join("src/error_codes"), &package);
    let project = error_codes_tests::project();
    let data = error_codes_tests::python_data(project.config());
    std::fs::write(
        package.join("_registry.py"),
        error_codes_tests::output(&project, &registry, &data),
    )
    .unwrap();
    let dump = "import json\nfrom error_codes import Category, ErrorCode\n\
        print(json.dumps({'codes': [{'code': c.value, 'member': c.name, 'status': c.http_status,\n\
        'meaning': c.meaning, 'category': c.category.value, 'retry': c.retry.value,\n\
        'doc_url': c.doc_url, 'deprecated': None if c.deprecated is None else\n\
        {'since': c.deprecated.since, 'use_instead': c.deprecated.use_instead, 'note': c.deprecated.note}}\n\
        for c in ErrorCode], 'categories': [{'name': c.value, 'title': c.title,\n\
        'codes': [x.value for x in c.codes]} for c in Category]}))\n";
    let out = run(
        "python dump",
        Command::new(python())
            .args(["-c", dump])
            .env("PYTHONPATH", &dir)
            .current_dir(&dir),
    );
    let dump: Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes = dump["codes"].as_array().unwrap();
    assert_eq!(codes.len(), registry.codes().count());
    for ((category, code), got) in registry.codes().zip(codes) {
        assert_eq!(got["code"], code.code.as_str());
        assert_eq!(got["member"], code.code.to_uppercase().as_str());
        assert_eq!(got["status"], code.status);
        assert_eq!(got["meaning"].as_str(), code.meaning.as_deref());
        assert_eq!(got["category"], category.rust_name.as_str());
        assert_eq!(got["retry"], code.retry.as_str());
        assert_eq!(got["doc_url"].as_str(), registry.doc_url(code).as_deref());
        match &code.deprecated {
            None => assert!(got["deprecated"].is_null()),
            Some(d) => {
                assert_eq!(got["deprecated"]["since"], d.since.as_str());
                assert_eq!(
                    got["deprecated"]["use_instead"].as_str(),
                    d.use_instead.as_deref()
                );
                assert_eq!(got["deprecated"]["note"].as_str(), d.note.as_deref());
            }
        }
    }
    let categories = dump["categories"].as_array().unwrap();
    assert_eq!(categories.len(), registry.categories.len());
    for (category, got) in registry.categories.iter().zip(categories) {
        assert_eq!(got["name"], category.rust_name.as_str());
        assert_eq!(got["title"], category.title.as_str());
        let codes: Vec<&str> = category.codes.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(got["codes"], serde_json::json!(codes));
    }
    assert_eq!(dump["codes"][0]["meaning"], nasty);
}

#[test]
fn the_readme_shows_the_usage_that_is_type_checked_and_run() {
    let usage = std::fs::read_to_string(package_dir().join("examples/usage.py")).unwrap();
    let begin = usage.find("# README: begin\n").unwrap() + "# README: begin\n".len();
    let end = usage.find("# README: end").unwrap();
    let readme =
        std::fs::read_to_string(workspace_root().join("docs/guides/other-languages.md")).unwrap();
    assert!(
        readme.contains(&usage[begin..end]),
        "docs/guides/other-languages.md's Python example differs from clients/python/examples/usage.py"
    );
}

/// The typed-details fixture (`tests/fixtures/details/registry.yaml`):
/// every member type, lists, optional members, `enum:` values, the long
/// form, camelCase and keyword names, a `field_errors` code and codes
/// without details.
fn details_fixture() -> error_codes_codegen::Registry {
    let path = workspace_root().join("tests/fixtures/details/registry.yaml");
    error_codes_codegen::Registry::load(&path).unwrap()
}

/// The Python import package this project generates for `registry` (its
/// data, its `details` module and the hand-written files), written into a
/// fresh directory `name` as `<module>/`, beside the package's
/// `pyproject.toml` (ruff's and mypy's settings). Returns the directory.
pub(super) fn package_for(name: &str, registry: &error_codes_codegen::Registry) -> PathBuf {
    let project = error_codes_tests::project();
    let config = project.config();
    let inside = format!("{}/src/{}/", config.python_dir, config.python_module);
    let dir = scratch(name);
    let package = dir.join(&config.python_module);
    std::fs::create_dir_all(&package).unwrap();
    let outputs = project.outputs(registry).unwrap();
    let mut written = 0;
    for output in outputs.iter() {
        if let Some(file) = output.path.strip_prefix(&inside) {
            std::fs::write(package.join(file), &output.contents).unwrap();
            written += 1;
        }
    }
    assert!(written > 0, "no output lies in {inside}");
    std::fs::copy(
        package_dir().join("pyproject.toml"),
        dir.join("pyproject.toml"),
    )
    .unwrap();
    dir
}

/// The Python type a member's value reads as (of each item, for a list),
/// as `type(value).__name__` says it: an `enum:` member is a `str`.
fn python_type(member: &error_codes_codegen::Member) -> &'static str {
    use error_codes_codegen::MemberType;
    match &member.ty {
        MemberType::String | MemberType::Enum(_) => "str",
        MemberType::Integer => "int",
        MemberType::Number => "float",
        MemberType::Boolean => "bool",
        other => panic!("a member type this test does not know: {other:?}"),
    }
}

/// A value of the member's type (of each item, for a list), made from `n`
/// so that members differ: for an `enum:` member, its first listed value.
/// A `number` is a JSON integer when `integral` (it still reads as a float).
fn sample_item(member: &error_codes_codegen::Member, n: usize, integral: bool) -> Value {
    use error_codes_codegen::MemberType;
    match &member.ty {
        MemberType::String => Value::from(format!("text {n} \"quoted\" é")),
        MemberType::Integer => Value::from(1_000 + n as i64),
        MemberType::Number if integral => Value::from(n as i64 + 1),
        MemberType::Number => Value::from(n as f64 + 0.25),
        MemberType::Boolean => Value::from(n.is_multiple_of(2)),
        MemberType::Enum(values) => Value::from(values[0].clone()),
        other => panic!("a member type this test does not know: {other:?}"),
    }
}

fn sample(member: &error_codes_codegen::Member, n: usize, integral: bool) -> Value {
    let item = sample_item(member, n, integral);
    if member.list {
        Value::from(vec![item.clone(), item])
    } else {
        item
    }
}

/// What the dump below says a field holding `value` (JSON) of `member`'s
/// type is: a `float` dumps as a float even when it came as an integer.
fn expected_field(member: &error_codes_codegen::Member, value: &Value) -> Value {
    let ty = python_type(member);
    let as_read = |item: &Value| -> Value {
        if ty == "float" {
            serde_json::json!(item.as_f64().unwrap())
        } else {
            item.clone()
        }
    };
    if member.list {
        let items = value.as_array().unwrap();
        serde_json::json!({
            "type": "tuple",
            "items": vec![ty; items.len()],
            "value": items.iter().map(as_read).collect::<Vec<_>>(),
        })
    } else {
        serde_json::json!({"type": ty, "value": as_read(value)})
    }
}

/// Reads each case (`{"body": ...}` through `parse_error_envelope` and
/// `typed_details()`, or `{"code", "value"}` through `details.from_json`)
/// and prints, per case, what it read: the dataclass's name and fields
/// (each value's type, and its items' for a tuple), the `DetailsError`
/// raised (and whether it is a `ValueError`), or `None`; and the envelope's
/// raw `details`.
const DETAILS_DUMP: &str = r#"
import dataclasses, json, sys
from collections.abc import Mapping
from error_codes import DetailsError, details, parse_error_envelope

def dump(value):
    if isinstance(value, tuple):
        return {"type": "tuple", "items": [type(item).__name__ for item in value], "value": list(value)}
    if isinstance(value, Mapping):
        return {"type": "mapping", "value": {k: dump(v) for k, v in value.items()}}
    return {"type": type(value).__name__, "value": value}

def read(case):
    raw = None
    try:
        if "body" in case:
            envelope = parse_error_envelope(json.dumps(case["body"]))
            if envelope is None:
                return {"envelope": None}
            raw = None if envelope.error.details is None else dict(envelope.error.details)
            typed = envelope.error.typed_details()
        else:
            typed = details.from_json(case["code"], case["value"])
    except DetailsError as error:
        return {"error": type(error).__name__, "value_error": isinstance(error, ValueError),
                "code": error.code, "member": error.member}
    except Exception as error:
        return {"unexpected": repr(error)}
    if typed is None:
        return {"typed": None, "details": raw}
    fields = {field.name: dump(getattr(typed, field.name)) for field in dataclasses.fields(typed)}
    try:
        setattr(typed, dataclasses.fields(typed)[0].name, None)
        frozen = False
    except dataclasses.FrozenInstanceError:
        frozen = True
    return {"class": type(typed).__name__, "fields": fields, "frozen": frozen, "details": raw}

print(json.dumps([read(case) for case in json.load(sys.stdin)]))
"#;

/// Runs [`DETAILS_DUMP`] over `cases` in the package at `dir`.
fn read_details(dir: &Path, cases: &[Value]) -> Vec<Value> {
    use std::io::Write as _;
    let mut child = Command::new(python())
        .args(["-c", DETAILS_DUMP])
        .env("PYTHONPATH", dir)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .current_dir(dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(serde_json::to_string(cases).unwrap().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_success("python (the details dump)", &out);
    let read: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(read.len(), cases.len());
    read
}

fn nested(code: &str, details: Option<Value>) -> Value {
    let mut error = serde_json::json!({"code": code, "message": "m"});
    if let Some(details) = details {
        error["details"] = details;
    }
    serde_json::json!({ "body": { "error": error } })
}

/// A JSON value of another type than `member`'s (or than its items'),
/// with what it is, for the assertion's message.
fn wrong_values(member: &error_codes_codegen::Member) -> Vec<Value> {
    use error_codes_codegen::MemberType;
    let scalars: Vec<Value> = match &member.ty {
        MemberType::String | MemberType::Enum(_) => {
            vec![Value::from(5), Value::from(true), serde_json::json!({})]
        }
        // `bool` is an `int` to Python, not to JSON; 1.0 is a float; 2^63
        // does not fit 64 bits.
        MemberType::Integer => vec![
            Value::from(true),
            Value::from(1.0),
            Value::from("7"),
            serde_json::from_str("9223372036854775808").unwrap(),
        ],
        MemberType::Number => vec![Value::from(false), Value::from("1.5")],
        MemberType::Boolean => vec![Value::from(1), Value::from("true")],
        other => panic!("a member type this test does not know: {other:?}"),
    };
    if member.list {
        let mut wrong: Vec<Value> = scalars
            .into_iter()
            .map(|item| Value::from(vec![sample_item(member, 0, false), item]))
            .collect();
        wrong.push(sample_item(member, 0, false));
        wrong.push(serde_json::json!({"0": sample_item(member, 0, false)}));
        wrong
    } else {
        let mut wrong = scalars;
        wrong.push(Value::from(vec![sample_item(member, 0, false)]));
        wrong
    }
}

/// The generated package reads every code's details as its registry entry
/// declares them, through `ErrorBody.typed_details()` and
/// `details.from_json`, in both envelopes: each member with its type,
/// optional members absent or `null` as `None`, members the code does not
/// declare ignored, an `enum:` value added later kept; a missing required
/// member and a wrongly typed member raise `DetailsError`, a `ValueError`;
/// a code without declared details (or one this build does not know) reads
/// as `None`. Every expectation is made from the fixture registry.
#[test]
fn typed_details_read_as_the_registry_declares() {
    let registry = details_fixture();
    let dir = package_for("python-details-read", &registry);
    let declaring: Vec<&error_codes_codegen::Code> = registry
        .codes()
        .map(|(_, c)| c)
        .filter(|c| !c.members.is_empty())
        .collect();
    assert!(!declaring.is_empty(), "the fixture declares members");
    let undeclared = "a member no code declares";
    assert!(
        registry
            .codes()
            .all(|(_, c)| c.members.iter().all(|m| m.name != undeclared))
    );

    // (case, what it must read as)
    let mut cases: Vec<(Value, Value)> = Vec::new();
    let object = |members: Vec<(&str, Value)>| -> Value {
        Value::Object(
            members
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
        )
    };
    let typed = |code: &error_codes_codegen::Code, values: &[(usize, Value)]| -> Value {
        let fields: serde_json::Map<String, Value> = code
            .members
            .iter()
            .enumerate()
            .map(|(j, member)| {
                let value = values.iter().find(|(i, _)| *i == j).map(|(_, v)| v);
                let field = match value {
                    Some(value) if !value.is_null() => expected_field(member, value),
                    _ => serde_json::json!({"type": "NoneType", "value": null}),
                };
                (member.python_name.clone(), field)
            })
            .collect();
        serde_json::json!({"class": code.rust_name, "fields": fields, "frozen": true})
    };
    let error = |code: &str, member: Option<&str>| serde_json::json!({"error": "DetailsError", "value_error": true, "code": code, "member": member});

    for code in &declaring {
        let every: Vec<(usize, Value)> = code
            .members
            .iter()
            .enumerate()
            .map(|(j, m)| (j, sample(m, j, false)))
            .collect();
        let with = |values: &[(usize, Value)], extra: Option<(&str, Value)>| -> Value {
            let mut members: Vec<(&str, Value)> = values
                .iter()
                .map(|(j, v)| (code.members[*j].name.as_str(), v.clone()))
                .collect();
            members.extend(extra);
            object(members)
        };
        // Every member, and one the code does not declare (ignored).
        let all = with(&every, Some((undeclared, Value::from(1))));
        cases.push((nested(&code.code, Some(all.clone())), typed(code, &every)));
        cases.push((
            serde_json::json!({"code": code.code, "value": all}),
            typed(code, &every),
        ));
        // Required members only (numbers sent as JSON integers): optional
        // ones read as `None`; and optional ones sent as `null`.
        let required: Vec<(usize, Value)> = code
            .members
            .iter()
            .enumerate()
            .filter(|(_, m)| !m.optional)
            .map(|(j, m)| (j, sample(m, j, true)))
            .collect();
        cases.push((
            nested(&code.code, Some(with(&required, None))),
            typed(code, &required),
        ));
        let nulls: Vec<(usize, Value)> = code
            .members
            .iter()
            .enumerate()
            .map(|(j, m)| {
                (
                    j,
                    if m.optional {
                        Value::Null
                    } else {
                        sample(m, j, true)
                    },
                )
            })
            .collect();
        cases.push((
            nested(&code.code, Some(with(&nulls, None))),
            typed(code, &nulls),
        ));
        // An `enum:` value added to the API later is kept.
        let later: Vec<(usize, Value)> = every
            .iter()
            .map(|(j, v)| {
                let member = &code.members[*j];
                match &member.ty {
                    error_codes_codegen::MemberType::Enum(values) => {
                        let added = "a value added later";
                        assert!(!values.iter().any(|v| v == added));
                        let value = if member.list {
                            serde_json::json!([values[0], added])
                        } else {
                            Value::from(added)
                        };
                        (*j, value)
                    }
                    _ => (*j, v.clone()),
                }
            })
            .collect();
        cases.push((
            nested(&code.code, Some(with(&later, None))),
            typed(code, &later),
        ));
        // A required member missing, or `null`; any member wrongly typed.
        for (j, member) in code.members.iter().enumerate() {
            if !member.optional {
                let missing: Vec<(usize, Value)> =
                    every.iter().filter(|(i, _)| *i != j).cloned().collect();
                let null: Vec<(usize, Value)> = every
                    .iter()
                    .map(|(i, v)| (*i, if *i == j { Value::Null } else { v.clone() }))
                    .collect();
                for values in [missing, null] {
                    cases.push((
                        nested(&code.code, Some(with(&values, None))),
                        error(&code.code, Some(&member.name)),
                    ));
                }
            }
            for wrong in wrong_values(member) {
                let values: Vec<(usize, Value)> = every
                    .iter()
                    .map(|(i, v)| (*i, if *i == j { wrong.clone() } else { v.clone() }))
                    .collect();
                cases.push((
                    nested(&code.code, Some(with(&values, None))),
                    error(&code.code, Some(&member.name)),
                ));
            }
        }
        // Details that are no object; and absent details.
        cases.push((
            serde_json::json!({"code": code.code, "value": [all]}),
            error(&code.code, None),
        ));
        cases.push((nested(&code.code, None), serde_json::json!({"typed": null})));
        // A code this build does not know, with the same details.
        cases.push((
            nested("code-added-later", Some(all.clone())),
            serde_json::json!({"typed": null}),
        ));
        cases.push((
            serde_json::json!({"code": "code-added-later", "value": all}),
            serde_json::json!({"typed": null}),
        ));

        // RFC 9457: the declared members are top-level members of the
        // problem document (but one named as the problem's own member,
        // which stays under `details`), others stay under `details`; a
        // top-level member wins over a `details` member of the same name.
        // The problem's own `code` and `status` go in last, so they are its.
        let top_level = |j: usize| {
            code.problem_members()
                .any(|m| m.name == code.members[j].name)
        };
        let mut problem = serde_json::Map::new();
        let mut under_details = vec![(undeclared, Value::from(1))];
        for (j, value) in &every {
            if top_level(*j) {
                problem.insert(code.members[*j].name.clone(), value.clone());
            } else {
                under_details.push((code.members[*j].name.as_str(), value.clone()));
            }
        }
        let (first, _) = every
            .iter()
            .find(|(j, _)| top_level(*j))
            .expect("a code of the fixture has a member a problem carries at its top level");
        under_details.push((
            code.members[*first].name.as_str(),
            wrong_values(&code.members[*first])[0].clone(),
        ));
        problem.insert("details".into(), object(under_details));
        problem.insert("code".into(), Value::from(code.code.clone()));
        problem.insert("status".into(), Value::from(code.status));
        let mut raw = all.clone();
        raw.as_object_mut()
            .unwrap()
            .insert(undeclared.into(), Value::from(1));
        let mut expected = typed(code, &every);
        expected["details"] = raw;
        cases.push((serde_json::json!({ "body": problem }), expected));
        // A code this build does not know reads only the `details` member.
        problem.insert("code".into(), Value::from("code-added-later"));
        let details_member = problem["details"].clone();
        cases.push((
            serde_json::json!({ "body": problem }),
            serde_json::json!({"typed": null, "details": details_member}),
        ));
    }

    // Codes without declared details read as `None`, whatever they carry;
    // a `field_errors` code reads as `FieldErrors`.
    let mut field_errors = 0;
    for (_, code) in registry.codes().filter(|(_, c)| c.members.is_empty()) {
        if code.details.is_some() {
            field_errors += 1;
            let fields = serde_json::json!({"fields": {"path": ["must not be empty", "too long"], "ttl": []}});
            cases.push((
                nested(&code.code, Some(fields)),
                serde_json::json!({"class": "FieldErrors", "frozen": true, "fields": {"fields": {
                    "type": "mapping",
                    "value": {
                        "path": {"type": "tuple", "items": ["str", "str"], "value": ["must not be empty", "too long"]},
                        "ttl": {"type": "tuple", "items": [], "value": []},
                    },
                }}}),
            ));
            for wrong in [
                serde_json::json!({}),
                serde_json::json!({"fields": {"path": "must not be empty"}}),
                serde_json::json!({"fields": {"path": [1]}}),
                serde_json::json!({"fields": ["path"]}),
            ] {
                cases.push((
                    nested(&code.code, Some(wrong)),
                    error(&code.code, Some("fields")),
                ));
            }
        } else {
            cases.push((
                nested(
                    &code.code,
                    Some(serde_json::json!({"anything": [1, "two"]})),
                ),
                serde_json::json!({"typed": null}),
            ));
        }
    }
    assert!(field_errors > 0, "the fixture has a `field_errors` code");

    let (inputs, expected): (Vec<Value>, Vec<Value>) = cases.into_iter().unzip();
    let read = read_details(&dir, &inputs);
    for ((input, want), got) in inputs.iter().zip(&expected).zip(&read) {
        // Only what the expectation names is compared (`details`, the raw
        // object, where it says).
        let mut got = got.clone();
        if let (Some(got), Some(want)) = (got.as_object_mut(), want.as_object()) {
            got.retain(|key, _| want.contains_key(key));
        }
        assert_eq!(&got, want, "read {input}");
    }
}

/// `mypy --strict` accepts the typed-details fixture's package and a probe
/// made from the registry: each code's dataclass has a field per member,
/// typed as declared (`tuple[T, ...]` for a list, `T | None` for an
/// optional member, an `enum:` member a `str` that admits a value added
/// later), built by keyword only and frozen, and `typed_details()` is
/// `Details | None`; the probe's `# type: ignore[...]` lines must each be
/// an error (`--strict` reports an unused one). The Python example of
/// `docs/guides/typed-details.md` type-checks and reads the fixture's
/// details. ruff lints the package clean. A member named as a builtin type (`int`) still type-checks.
#[test]
fn mypy_strict_accepts_the_typed_details_package() {
    use std::fmt::Write as _;

    let registry = details_fixture();
    let dir = package_for("python-details-mypy", &registry);
    let mut probe = String::from(
        "from error_codes import ErrorBody, FieldErrors, details\n\n\n\
         def typed(body: ErrorBody) -> details.Details | None:\n    return body.typed_details()\n",
    );
    for (i, (_, code)) in registry
        .codes()
        .filter(|(_, c)| !c.members.is_empty())
        .enumerate()
    {
        let _ = write!(
            probe,
            "\n\ndef probe{i}(d: details.{class}) -> details.Details:\n",
            class = code.rust_name
        );
        let mut arguments = Vec::new();
        for (j, member) in code.members.iter().enumerate() {
            let scalar = python_type(member);
            let ty = if member.list {
                format!("tuple[{scalar}, ...]")
            } else {
                scalar.to_string()
            };
            let ty = if member.optional {
                format!("{ty} | None")
            } else {
                ty
            };
            let _ = writeln!(probe, "    m{j}: {ty} = d.{}", member.python_name);
            let wrong = if scalar == "str" { "int" } else { "str" };
            let _ = writeln!(
                probe,
                "    w{j}: {wrong} = d.{}  # type: ignore[assignment]",
                member.python_name
            );
            if member.optional {
                continue;
            }
            let value = match &member.ty {
                error_codes_codegen::MemberType::Enum(_) => "\"a value added later\"".to_string(),
                _ => serde_json::to_string(&sample_item(member, j, false))
                    .unwrap()
                    .replace("true", "True")
                    .replace("false", "False"),
            };
            arguments.push(if member.list {
                format!("{}=({value},)", member.python_name)
            } else {
                format!("{}={value}", member.python_name)
            });
        }
        let first = &code.members[0].python_name;
        let _ = writeln!(
            probe,
            "    d.{first} = d.{first}  # type: ignore[misc]\n    \
             made = details.{class}({arguments})\n    \
             details.{class}(made, {arguments})  # type: ignore[misc, arg-type]\n    \
             return made",
            class = code.rust_name,
            arguments = arguments.join(", ")
        );
    }
    probe.push_str(
        "\n\ndef fields(d: FieldErrors) -> tuple[str, ...]:\n    return d.fields[\"path\"]\n",
    );
    std::fs::write(dir.join("probe.py"), &probe).unwrap();
    // The guide's Python example reads the fixture's `insufficient_funds`.
    let guide =
        std::fs::read_to_string(workspace_root().join("docs/guides/typed-details.md")).unwrap();
    let example = guide
        .split("```python\n")
        .nth(1)
        .and_then(|rest| rest.split("\n```").next())
        .expect("docs/guides/typed-details.md has a ```python example");
    // The guide names the user's own package (`acme_errors`, what `init
    // --crate acme-errors` makes); here it is the fixture's.
    std::fs::write(
        dir.join("guide.py"),
        example.replace("acme_errors", "error_codes"),
    )
    .unwrap();
    let cache = mypy_cache("details");
    run(
        &format!("mypy --strict (the typed-details package, probe and guide)\n{probe}"),
        Command::new(python())
            .args(["-m", "mypy", "--strict", "--cache-dir"])
            .arg(&cache)
            .args(["error_codes", "probe.py", "guide.py"])
            .env("MYPYPATH", &dir)
            .current_dir(&dir),
    );
    let out = run(
        "python guide.py",
        Command::new(python())
            .arg("guide.py")
            .env("PYTHONPATH", &dir)
            .current_dir(&dir),
    );
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        printed.contains("available") && !printed.contains("not as declared"),
        "the guide's example read no typed details: {printed}"
    );
    let out = run(
        "ruff check (the typed-details package)",
        Command::new(python())
            .args(["-m", "ruff", "check", "--no-cache", "error_codes"])
            .current_dir(&dir),
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("All checks passed"));

    // Members named as the builtins a class's annotations use: mypy would
    // read a later `int` as the field.
    let mut shadowing = registry.clone();
    let code = shadowing
        .categories
        .iter_mut()
        .flat_map(|c| c.codes.iter_mut())
        .find(|c| !c.members.is_empty())
        .unwrap();
    for name in ["int", "str", "float", "bool", "tuple"] {
        let mut member = code.members[0].clone();
        member.name = name.to_string();
        member.python_name = name.to_string();
        member.rust_name = format!("{name}_");
        member.optional = false;
        code.members.insert(0, member);
    }
    let dir = package_for("python-details-shadowing", &shadowing);
    run(
        "mypy --strict (members named as builtins)",
        Command::new(python())
            .args(["-m", "mypy", "--strict", "--cache-dir"])
            .arg(&cache)
            .args(["-p", "error_codes"])
            .env("MYPYPATH", &dir)
            .current_dir(&dir),
    );
}
