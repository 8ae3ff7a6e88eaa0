//! Helpers shared by the end-to-end tests in `tests/tests/it/`.
#![forbid(unsafe_code)]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};

use error_codes_codegen::{Config, Project, Registry};

pub mod yaml;

/// The wire string these tests use for "a code this build does not know".
///
/// Its hyphens make it impossible as a registry code (codes are lower
/// snake_case: the generator rejects it in a registry),
/// so no registry edit can ever make it known; yet a client must keep it as
/// an unknown code, as it would any code the API adds later.
pub const CODE_ADDED_LATER: &str = "code-added-later";

/// [`CODE_ADDED_LATER`] for a registry of `style`: a plausible wire string
/// that the style refuses, so no registry of that style can make it known
/// (`code-added-later`'s hyphens are a kebab-case code, and `any` takes
/// every mix of letters, digits, `_`, `.` and `-`).
pub fn code_added_later(style: error_codes_codegen::CodeStyle) -> &'static str {
    use error_codes_codegen::CodeStyle;
    match style {
        CodeStyle::KebabCase => "code_added_later",
        CodeStyle::Any => "code:added:later",
        _ => CODE_ADDED_LATER,
    }
}

/// A well-formed code (lower snake_case, as the JSON Schema's
/// `UnknownErrorCode` requires) that is none of `known`: for the places
/// where an unknown code must still look like a registry code. Computed, so
/// that a maintainer adding any code cannot make it known.
pub fn absent_snake_case_code<'a>(known: impl IntoIterator<Item = &'a str>) -> String {
    let known: std::collections::HashSet<&str> = known.into_iter().collect();
    let mut code = String::from("code_added_later");
    while known.contains(code.as_str()) {
        code.push_str("_too");
    }
    code
}

/// The workspace root (this package lives in `<root>/tests`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from(".."), Path::to_path_buf)
}

/// A short, readable line diff of `expected` (what the generator says) and
/// `actual` (what is on disk): the first differing hunk with some context.
pub fn line_diff(expected: &str, actual: &str) -> String {
    let want: Vec<&str> = expected.lines().collect();
    let have: Vec<&str> = actual.lines().collect();
    let Some(first) = (0..want.len().max(have.len())).find(|&i| want.get(i) != have.get(i)) else {
        return "(the files differ only in line endings or a final newline)".into();
    };
    let from = first.saturating_sub(3);
    let mut out = String::new();
    for line in &want[from.min(want.len())..first.min(want.len())] {
        out.push_str(&format!("  {line}\n"));
    }
    // The hunk ends where the two agree again (for edits in place), or
    // after a few lines (for insertions and deletions).
    let len = (first..first + 8)
        .find(|&i| want.get(i) == have.get(i))
        .map_or(8, |end| end - first);
    for line in have.iter().skip(first).take(len) {
        out.push_str(&format!("- {line}\n"));
    }
    for line in want.iter().skip(first).take(len) {
        out.push_str(&format!("+ {line}\n"));
    }
    format!(
        "first difference at line {} (- on disk, + generated):\n{out}",
        first + 1
    )
}

/// The first ```rust block after the line `heading` in `readme`.
pub fn readme_rust_block<'a>(readme: &'a str, heading: &str) -> &'a str {
    let at = readme
        .find(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("README.md has no {heading:?}"));
    let section = &readme[at..];
    let start = section
        .find("```rust\n")
        .unwrap_or_else(|| panic!("no ```rust block under {heading:?}"))
        + "```rust\n".len();
    let len = section[start..]
        .find("\n```\n")
        .unwrap_or_else(|| panic!("unclosed ```rust block under {heading:?}"))
        + 1;
    &section[start..start + len]
}

/// Panics unless the README's first ```rust block under `heading` is,
/// character for character, `generated-crate/examples/{example}`, which
/// cargo compiles: so README code cannot rot.
pub fn assert_readme_block_is_example(heading: &str, example: &str) {
    assert_doc_block_is_example("README.md", heading, example);
}

/// [`assert_readme_block_is_example`] for another document of the
/// repository (`doc`, relative to its root), such as a guide in `docs/guides/`.
pub fn assert_doc_block_is_example(doc: &str, heading: &str, example: &str) {
    let root = workspace_root();
    let read = |path: &Path| {
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    // A heading may open the document.
    let readme = format!("\n{}", read(&root.join(doc)));
    let path = format!("generated-crate/examples/{example}");
    let file = read(&root.join(&path));
    let block = readme_rust_block(&readme, heading);
    assert!(
        block == file,
        "the README's example under {heading:?} differs from {path}; {}",
        line_diff(&file, block)
    );
}

/// Set (to `1`) in the environment of a test suite run inside a copy of the
/// workspace by `tests/tests/it/maintainer_edits.rs`. The tests that copy the workspace
/// themselves (tier 2, `#[ignore]`d, so a copy's `cargo test --workspace`
/// does not run them anyway) skip their work when it is set: a copy's suite
/// must not copy the workspace again.
pub const IN_A_COPY: &str = "ERROR_CODES_TESTS_IN_A_COPY";

/// Whether this test suite runs inside a copy made by another test (see
/// [`IN_A_COPY`]).
pub fn in_a_copy() -> bool {
    std::env::var_os(IN_A_COPY).is_some_and(|v| v == "1")
}

/// Copies the directory tree `from` to `to`, leaving out every entry whose
/// name is in `skip` (at any depth).
pub fn copy_dir(from: &Path, to: &Path, skip: &[&str]) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        if skip.iter().any(|s| name == *s) {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            copy_dir(&path, &to.join(&name), skip)?;
        } else if kind.is_file() {
            std::fs::copy(&path, to.join(&name))?;
        }
    }
    Ok(())
}

/// A fresh copy of part of the workspace at `root`: the folders `dirs` (for
/// packages, their members), `Cargo.lock`, and the root manifest with
/// `members` set to `members` and no `default-members`. Builds in it use the
/// workspace's dependency versions and need nothing from the network.
pub fn copy_workspace(root: &Path, dirs: &[&str], members: &[&str]) -> std::io::Result<()> {
    let _ = std::fs::remove_dir_all(root);
    std::fs::create_dir_all(root)?;
    let source = workspace_root();
    for dir in dirs {
        copy_dir(
            &source.join(dir),
            &root.join(dir),
            &["target", "node_modules"],
        )?;
    }
    std::fs::copy(source.join("Cargo.lock"), root.join("Cargo.lock"))?;
    let members = members
        .iter()
        .map(|m| format!("{m:?}"))
        .collect::<Vec<_>>()
        .join(", ");
    let manifest: String = std::fs::read_to_string(source.join("Cargo.toml"))?
        .lines()
        .filter(|line| !line.starts_with("default-members"))
        .map(|line| {
            if line.starts_with("members") {
                format!("members = [{members}]\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    std::fs::write(root.join("Cargo.toml"), manifest)
}

/// The README's command that regenerates the committed outputs (the line
/// of its first ```sh block that runs `generate`), as program and
/// arguments: the end-to-end tests run exactly what the README tells a
/// maintainer to run.
pub fn readme_regenerate_command(readme: &str) -> Vec<String> {
    let block = readme
        .split("```sh\n")
        .nth(1)
        .and_then(|rest| rest.split("\n```").next())
        .unwrap_or_else(|| panic!("README.md has no ```sh block"));
    let line = block
        .lines()
        .find(|line| line.split_whitespace().any(|word| word == "generate"))
        .unwrap_or_else(|| panic!("README.md's first ```sh block has no `generate` command"));
    let command = line.split('#').next().unwrap_or(line);
    command.split_whitespace().map(str::to_string).collect()
}

/// This repository's project: its registry, configuration and outputs.
#[expect(
    clippy::expect_used,
    reason = "the repository has a valid configuration"
)]
pub fn project() -> Project {
    Project::discover(workspace_root())
        .expect("the repository's configuration reads")
        .expect("the repository has a registry")
}

/// This repository's registry, loaded and validated.
pub fn registry() -> Registry {
    project()
        .load()
        .unwrap_or_else(|e| panic!("the registry is invalid:\n{e}"))
}

/// The contents of the committed output at `path` (relative to the
/// project's root, as [`Config`] names it) that `project` generates from
/// `registry`: what `generate` would write there, preamble included.
pub fn output(project: &Project, registry: &Registry, path: &str) -> String {
    let outputs = project
        .outputs(registry)
        .unwrap_or_else(|e| panic!("the generated Rust does not parse: {e}"));
    let names: Vec<&str> = outputs.iter().map(|o| o.path.as_str()).collect();
    outputs
        .iter()
        .find(|o| o.path == path)
        .map(|o| o.contents.clone())
        .unwrap_or_else(|| panic!("{path} is not a committed output; they are {names:?}"))
}

/// The path of the npm package's generated data module (`src/codes.ts`
/// in the package's folder), relative to the project's root.
pub fn typescript_data(config: &Config) -> String {
    format!("{}/src/codes.ts", config.typescript_dir)
}

/// The path of the Python package's generated data module (`_registry.py`
/// in its import package), relative to the project's root.
pub fn python_data(config: &Config) -> String {
    format!(
        "{}/src/{}/_registry.py",
        config.python_dir, config.python_module
    )
}

/// The stability lock, which sits beside the registry, relative to the
/// project's root.
pub fn lock_name(project: &Project) -> String {
    let lock = project.registry_path().with_file_name("error-codes.lock");
    let relative = lock.strip_prefix(project.root()).unwrap_or(&lock);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// RFC 9110's reason phrase of a 4xx or 5xx status, when it has one: the
/// `http` crate's, but for the two phrases RFC 9110 renamed (413, 422) and
/// 418, which RFC 9110 leaves unused.
pub fn reason_phrase(status: u16) -> Option<&'static str> {
    match status {
        413 => Some("Content Too Large"),
        418 => None,
        422 => Some("Unprocessable Content"),
        400..=599 => http::StatusCode::from_u16(status)
            .ok()
            .and_then(|s| s.canonical_reason()),
        _ => None,
    }
}

/// The name of the OpenAPI document's reusable response for `status`: its
/// reason phrase in UpperCamelCase (`Too Many Requests`: `TooManyRequests`,
/// `URI Too Long`: `UriTooLong`), or `Status{status}` without one.
pub fn response_name(status: u16) -> String {
    let Some(phrase) = reason_phrase(status) else {
        return format!("Status{status}");
    };
    phrase
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + &chars.as_str().to_ascii_lowercase()
            })
        })
        .collect()
}

/// `(status, headers lower-cased, body)` of one HTTP/1.1 request to a
/// service the tier-2 scenarios serve over loopback.
#[allow(
    clippy::unwrap_used,
    reason = "a test helper: a request that fails fails the test"
)]
pub fn request(
    addr: &str,
    method: &str,
    path: &str,
    body: Option<&str>,
) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let mut stream = TcpStream::connect(addr).unwrap();
    let body = body.unwrap_or("");
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8(raw[..split].to_vec()).unwrap();
    let mut lines = head.split("\r\n");
    let status = lines.next().unwrap()[9..12].parse().unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    (status, headers, raw[split + 4..].to_vec())
}

pub fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}
