//! The README's and the your-own-api guide's `init` command, run exactly as
//! written from a copy of the checkout, as a newcomer runs it: for a sibling
//! folder (`../acme-errors`, a workspace of its own: the checkout's files
//! are left as they were), a folder inside the checkout (the crate joins the
//! checkout's workspace, which still loads) and a folder inside another
//! workspace (it joins that one). Each made crate builds, and the sibling
//! project regenerates with the command `init` printed and keeps its build
//! outputs out of git.
//!
//! Tier 2: it builds the generator in the copy and three made crates
//! (`cargo test --workspace -- --ignored`).
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use error_codes_tests::{copy_dir, in_a_copy, workspace_root};

/// The fenced `sh` line of `doc` (relative to the root) that runs `init`.
fn init_command(doc: &str) -> String {
    let text = std::fs::read_to_string(workspace_root().join(doc)).unwrap();
    let lines: Vec<&str> = text
        .lines()
        .filter(|line| line.starts_with("cargo run") && line.contains(" -- init "))
        .collect();
    assert_eq!(lines.len(), 1, "{doc} shows one `init` command: {lines:?}");
    lines[0].to_owned()
}

/// The words of a command line as the docs write them (no quoting needed).
fn words(command: &str) -> Vec<String> {
    command.split_whitespace().map(str::to_owned).collect()
}

/// Every file under `root` (but build outputs) and its bytes.
fn files(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            let name = entry.file_name();
            if ["target", "node_modules"].iter().any(|s| name == *s) {
                continue;
            }
            let kind = entry.file_type().unwrap();
            if kind.is_dir() {
                walk(root, &path, out);
            } else if kind.is_file() {
                let bytes = std::fs::read(&path).unwrap();
                out.insert(path.strip_prefix(root).unwrap().to_path_buf(), bytes);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

fn ok(what: &str, output: &Output) -> String {
    assert!(
        output.status.success(),
        "{what} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Runs `words` (the first a program; `cargo` is the cargo running these
/// tests) in `dir`, with a build folder and a target folder of its own.
fn run(dir: &Path, words: &[String]) -> Output {
    let (program, args) = words.split_first().expect("an empty command");
    let program = if program == "cargo" {
        env!("CARGO")
    } else {
        program.as_str()
    };
    crate::run_in_copy(
        "init-newcomer",
        Command::new(program).args(args).current_dir(dir),
    )
    .unwrap_or_else(|e| panic!("cannot run {program}: {e}"))
}

fn cargo(dir: &Path, args: &[&str]) -> Output {
    let words: Vec<String> = std::iter::once("cargo")
        .chain(args.iter().copied())
        .map(str::to_owned)
        .collect();
    run(dir, &words)
}

/// `command` with its folder argument (the first after `init`) replaced.
fn with_folder(command: &str, folder: &str) -> Vec<String> {
    let mut words = words(command);
    let at = words.iter().position(|w| w == "init").unwrap() + 1;
    words[at] = folder.to_owned();
    words
}

/// The value of `--flag` in a command's words.
fn flag<'a>(words: &'a [String], flag: &str) -> &'a str {
    let at = words.iter().position(|w| w == flag).unwrap() + 1;
    &words[at]
}

/// The tree the test works in, removed when it ends.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
#[ignore = "tier 2: builds the generator in a copy of the checkout and three projects made by init; run with `cargo test --workspace -- --ignored`"]
fn the_documented_init_command_leaves_the_checkout_whole_and_makes_a_project_that_builds() {
    let _clock = crate::Clock::start();
    if in_a_copy() {
        return;
    }
    let command = init_command("README.md");
    assert_eq!(
        command,
        init_command("docs/guides/your-own-api.md"),
        "the README and the guide show the same command"
    );
    let words = words(&command);
    let folder = words[words.iter().position(|w| w == "init").unwrap() + 1].clone();
    let name = flag(&words, "--crate").to_owned();
    let registry_arg = flag(&words, "--registry").to_owned();
    assert!(
        folder.starts_with("../"),
        "the documented folder is a sibling of the checkout: {folder}"
    );

    // Outside the repository (its `.gitignore` and workspace must not
    // apply): the checkout's copy, with the registry where the command
    // says, beside it.
    let base =
        std::env::temp_dir().join(format!("error-codes-init-newcomer-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let scratch = Scratch(base.clone());
    let checkout = base.join("checkout");
    copy_dir(
        &workspace_root(),
        &checkout,
        &["target", ".git", "fuzz", "node_modules"],
    )
    .unwrap();
    let registry = checkout.join(&registry_arg);
    std::fs::create_dir_all(registry.parent().unwrap()).unwrap();
    std::fs::copy(
        workspace_root().join("tests/fixtures/other-api/registry.yaml"),
        &registry,
    )
    .unwrap();
    let before = files(&checkout);

    // 1. A sibling folder: a workspace of its own, the checkout untouched.
    let said = ok(&command, &run(&checkout, &words));
    let project = checkout.join(&folder);
    assert_eq!(
        files(&checkout),
        before,
        "`{command}` changed the checkout's files:\n{said}"
    );
    let manifest = std::fs::read_to_string(project.join("Cargo.toml")).unwrap();
    assert!(manifest.lines().any(|l| l == "[workspace]"), "{manifest}");
    assert!(said.contains("a Cargo workspace of its own"), "{said}");
    ok(
        "cargo build in the made project",
        &cargo(&project, &["build"]),
    );

    // The regenerate command `init` printed works from the project's folder.
    let regenerate = said
        .lines()
        .find_map(|line| line.trim().strip_prefix("after editing "))
        .and_then(|rest| rest.split_once(": "))
        .map(|(_, command)| command.to_owned())
        .unwrap_or_else(|| panic!("no regenerate command in:\n{said}"));
    let mut text = std::fs::read_to_string(project.join("registry/error-codes.yaml")).unwrap();
    text.push_str(
        "  - title: Added\n    codes:\n      - code: widget_melted\n        status: 409\n",
    );
    std::fs::write(project.join("registry/error-codes.yaml"), text).unwrap();
    // As the user's shell runs it (the command quotes the checkout's path
    // when it must), with the cargo running these tests.
    let shell = regenerate.replacen("cargo ", &format!("{} ", env!("CARGO")), 1);
    let regenerated = ok(
        &regenerate,
        &run(&project, &["sh".to_owned(), "-c".to_owned(), shell]),
    );
    assert!(regenerated.contains("wrote "), "{regenerated}");
    ok(
        "cargo build after regenerating",
        &cargo(&project, &["build"]),
    );
    let source =
        std::fs::read_to_string(project.join(&name).join("src/generated/error_codes.rs")).unwrap();
    assert!(
        source.contains("WidgetMelted"),
        "the added code is generated"
    );

    // The clients' build outputs stay out of git.
    for built in [
        "clients/typescript/dist/index.js",
        "clients/python/build/lib/x.py",
        &format!(
            "clients/python/src/{}.egg-info/PKG-INFO",
            name.replace('-', "_")
        ),
    ] {
        let path = project.join(built);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, "built\n").unwrap();
    }
    ok(
        "git init",
        &run(&project, &["git".into(), "init".into(), "-q".into()]),
    );
    let status = ok(
        "git status",
        &run(
            &project,
            &["git", "status", "--porcelain", "--untracked-files=all"].map(str::to_owned),
        ),
    );
    assert!(
        !status.contains("dist/") && !status.contains("build/") && !status.contains("egg-info"),
        "build outputs git would commit:\n{status}"
    );
    assert!(status.contains("registry/error-codes.yaml"), "{status}");

    // 2. Inside the checkout: the crate joins its workspace, which still
    // loads, and builds there.
    let inside = with_folder(&command, "acme-inside");
    let said = ok("init inside the checkout", &run(&checkout, &inside));
    assert!(
        said.contains("joined the enclosing Cargo workspace"),
        "{said}"
    );
    let member = format!("acme-inside/{name}");
    let manifest = std::fs::read_to_string(checkout.join("Cargo.toml")).unwrap();
    assert!(manifest.contains(&format!("{member:?}")), "{manifest}");
    assert!(!checkout.join("acme-inside/Cargo.toml").exists());
    ok(
        "cargo metadata of the checkout",
        &cargo(
            &checkout,
            &["metadata", "--no-deps", "--format-version", "1"],
        ),
    );
    ok(
        "cargo build of the joined crate",
        &cargo(&checkout, &["build", "-p", &name]),
    );

    // 3. Inside another workspace: it joins that one, not the checkout's.
    let other = base.join("other");
    std::fs::create_dir_all(other.join("app/src")).unwrap();
    std::fs::write(
        other.join("Cargo.toml"),
        "[workspace]\nresolver = \"3\"\nmembers = [\n    \"app\",\n]\n",
    )
    .unwrap();
    std::fs::write(
        other.join("app/Cargo.toml"),
        "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2024\"\n",
    )
    .unwrap();
    std::fs::write(other.join("app/src/main.rs"), "fn main() {}\n").unwrap();
    let checkout_manifest = std::fs::read_to_string(checkout.join("Cargo.toml")).unwrap();
    let said = ok(
        "init inside another workspace",
        &run(&checkout, &with_folder(&command, "../other/errors")),
    );
    assert!(
        said.contains("joined the enclosing Cargo workspace"),
        "{said}"
    );
    assert_eq!(
        std::fs::read_to_string(checkout.join("Cargo.toml")).unwrap(),
        checkout_manifest,
        "the checkout's manifest is not the other workspace's"
    );
    let manifest = std::fs::read_to_string(other.join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains(&format!("    \"errors/{name}\",\n]")),
        "{manifest}"
    );
    ok(
        "cargo build in the other workspace",
        &cargo(&other, &["build", "-p", &name]),
    );
    drop(scratch);
}
