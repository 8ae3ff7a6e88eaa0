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
