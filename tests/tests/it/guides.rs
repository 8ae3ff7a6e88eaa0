//! The guides are executable: every code block of `docs/guides/*.md` says,
//! in an HTML comment just above it, what it is, and this module checks it
//! in the context the guide names, so that a stale sample fails a test.
//!
//! ```text
//! <!-- guide: registry in=tests/fixtures/guides/acme-errors.yaml save=../acme/errors.yaml -->
//! ```
//!
//! Tier 1 (`every_guide_block_is_marked_and_holds`, about a second) reads
//! every guide with pulldown-cmark and fails for a block without a marker.
//! It runs the guides' command-line commands (`cargo run -p
//! error-codes-codegen -- …`, `git`, `jq`) in a sandbox made as the guides
//! say: a stand-in for this checkout (a git repository whose `main` holds
//! this registry), the registry of `your-own-api.md` saved where it says,
//! and the project its `init` command makes. A `cargo` in the sandbox's
//! `PATH` runs the generator's command line through this test binary
//! ([`cli_child_process_entry`]), so no build is needed. Printed output is
//! compared with the guide's sample after normalising the sandbox's paths.
//!
//! Tier 2 (`the_guides_rust_typescript_and_python_compile_and_run`) builds
//! what needs a build: the commands that run cargo, npm or pip, and every
//! Rust, TypeScript and Python snippet, compiled in that one project made
//! by `init` with one `cargo build` of all its packages.
//!
//! The kinds of marker:
//!
//! | kind | checked (tier) |
//! |---|---|
//! | `registry [in=FILE] [save=PATH]` | a whole registry that passes `check`; its lines are in FILE; saved at PATH (relative to the checkout) for the commands that follow (1) |
//! | `registry-part in=FILE` | its lines are in FILE, a registry that passes `check` (`edited`: the edit of `changing-the-registry.md`) (1) |
//! | `part in=FILE` | its lines are in FILE, uniformly indented (1) |
//! | `same-as file=FILE` | it is FILE (1) |
//! | `yaml`, `json [in=FILE]` | it parses; a value of the JSON file FILE (1) |
//! | `config of=project\|checkout` | the configuration `init` wrote (`<checkout>` for the checkout), or this checkout's; keys left out have their defaults (1) |
//! | `metrics registry=FILE [every=code]` | every series' labels are a code of FILE, its status and category; `every=code`: one per code (1) |
//! | `run in=checkout\|project [files=…]` | every line runs and succeeds (1, or 2 when it runs cargo, npm or pip) |
//! | `output of="ARGS" in=CONTEXT [scenario=…]` | what the command line prints for ARGS; `of="build"`: what `cargo build` prints, its build script's lines (scenarios: `edited`, `broken`, `lock-break`) (1) |
//! | `session in=CONTEXT [scenario=edited]` | each `$ command` runs and prints the lines under it (1) |
//! | `toml file=PATH`, `rust file=PATH` | written at PATH in the project, built (2) |
//! | `toml deps` | the `[dependencies]` of the snippets' crate of that guide (2) |
//! | `rust compile [wrap=fn] [with=FILE]` | compiled in the project, after FILE (2) |
//! | `ts compile`, `python run` | `tsc --strict` / run against the project's packages (2) |
//! | `covered by=MODULE::TEST` | another test checks what it shows; the test must exist: MODULE is one of `tests/tests/it`, or a path without `.rs` from the workspace root (1) |
//! | `not-run because="…"` | said why (1) |
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use error_codes_codegen::{Config, Error, Project, Registry};
use error_codes_tests::{line_diff, workspace_root};
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// The environment variable that makes [`cli_child_process_entry`] run the
/// command line: its arguments, each followed by U+001F.
const CLI_ENV: &str = "ERROR_CODES_GUIDES_CLI";
/// The line [`cli_child_process_entry`] prints before the command line's
/// output, so that the sandbox's `cargo` drops what the test harness printed.
const CLI_START: &str = "<<guides-cli>>";
/// The day the guides' samples were made: sunsets are compared with it.
const TODAY: &str = "2026-12-03";
/// The crate name the guides give `init --crate`.
const CRATE: &str = "acme-errors";

/// Not a test of its own: the command line, in a child process of this test
/// binary, when [`CLI_ENV`] is set (the sandbox's `cargo run -p
/// error-codes-codegen -- …` runs it); otherwise it does nothing.
#[test]
fn cli_child_process_entry() {
    let Some(args) = std::env::var_os(CLI_ENV) else {
        return;
    };
    let args = args.to_string_lossy().into_owned();
    let mut argv = vec![OsString::from("error-codes")];
    argv.extend(
        args.split('\u{1f}')
            .filter(|a| !a.is_empty())
            .map(OsString::from),
    );
    let mut out = std::io::stdout();
    let _ = writeln!(out, "{CLI_START}");
    let _ = out.flush();
    let code = error_codes_codegen::run_cli(argv);
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    let status = [0u8, 1, 2]
        .into_iter()
        .find(|n| ExitCode::from(*n) == code)
        .unwrap_or(3);
    std::process::exit(i32::from(status));
}

// ---------------------------------------------------------------- parsing

/// One code block of a guide, with its marker.
#[derive(Debug, Clone)]
struct Block {
    guide: String,
    line: usize,
    text: String,
    kind: String,
    attrs: BTreeMap<String, String>,
}

impl Block {
    fn at(&self) -> String {
        format!("docs/guides/{}:{}", self.guide, self.line)
    }

    fn attr(&self, key: &str) -> Option<&str> {
        self.attrs.get(key).map(String::as_str)
    }
}

/// The guides, `your-own-api.md` first (its commands make the project the
/// others use), then in name order.
fn guides() -> Vec<(String, String)> {
    let dir = workspace_root().join("docs/guides");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .collect();
    names.sort_by_key(|n| (n != "your-own-api.md", n.clone()));
    names
        .into_iter()
        .map(|n| {
            let text = std::fs::read_to_string(dir.join(&n)).unwrap();
            (n, text)
        })
        .collect()
}

/// `kind words key=value key="quoted value"`.
fn parse_marker(text: &str) -> (String, BTreeMap<String, String>) {
    let mut words = Vec::new();
    let mut attrs = BTreeMap::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let token = &rest[..end];
        if let Some((key, value)) = token.split_once('=') {
            if let Some(quoted) = value.strip_prefix('"') {
                let start = rest.find('"').unwrap() + 1;
                let close = rest[start..].find('"').map_or(rest.len(), |i| start + i);
                attrs.insert(key.to_owned(), rest[start..close].to_owned());
                let _ = quoted;
                rest = rest.get(close + 1..).unwrap_or("").trim_start();
                continue;
            }
            attrs.insert(key.to_owned(), value.to_owned());
        } else {
            words.push(token);
        }
        rest = rest[end..].trim_start();
    }
    (words.join(" "), attrs)
}

/// Every code block of every guide, or the problems: a block without a
/// marker, a marker without a block.
fn blocks() -> (Vec<Block>, Vec<String>) {
    let mut blocks = Vec::new();
    let mut problems = Vec::new();
    for (guide, text) in guides() {
        let line_of = |offset: usize| text[..offset].matches('\n').count() + 1;
        let mut pending: Option<(String, usize)> = None;
        let mut current: Option<Block> = None;
        for (event, range) in Parser::new_ext(&text, Options::empty()).into_offset_iter() {
            match event {
                Event::Html(html) | Event::InlineHtml(html) => {
                    if let Some(start) = html.find("<!-- guide:") {
                        let body = &html[start + "<!-- guide:".len()..];
                        let body = body.split("-->").next().unwrap_or(body);
                        if let Some((_, at)) = &pending {
                            problems.push(format!(
                                "docs/guides/{guide}:{at}: a guide marker with no code block after it"
                            ));
                        }
                        pending = Some((body.to_owned(), line_of(range.start)));
                    }
                }
                Event::Start(Tag::CodeBlock(kind)) => {
                    let line = line_of(range.start);
                    let (kind, attrs) = match pending.take() {
                        Some((marker, _)) => parse_marker(&marker),
                        None => {
                            let info = match kind {
                                CodeBlockKind::Fenced(info) => info.to_string(),
                                CodeBlockKind::Indented => "indented".into(),
                            };
                            problems.push(format!(
                                "docs/guides/{guide}:{line}: a ```{info} block without a `<!-- guide: … -->` marker (see tests/tests/it/guides.rs for the kinds)"
                            ));
                            (String::new(), BTreeMap::new())
                        }
                    };
                    current = Some(Block {
                        guide: guide.clone(),
                        line,
                        text: String::new(),
                        kind,
                        attrs,
                    });
                }
                Event::Text(t) => {
                    if let Some(block) = current.as_mut() {
                        block.text.push_str(&t);
                    }
                }
                Event::End(TagEnd::CodeBlock) => {
                    let block = current.take().unwrap();
                    if !block.kind.is_empty() {
                        blocks.push(block);
                    }
                }
                Event::Start(Tag::HtmlBlock | Tag::Item | Tag::List(_)) => {}
                Event::Start(_) => {
                    if let Some((_, at)) = pending.take() {
                        problems.push(format!(
                            "docs/guides/{guide}:{at}: a guide marker not followed by a code block"
                        ));
                    }
                }
                _ => {}
            }
        }
        if let Some((_, at)) = pending {
            problems.push(format!(
                "docs/guides/{guide}:{at}: a guide marker at the end, with no code block"
            ));
        }
    }
    (blocks, problems)
}

// ---------------------------------------------------------------- text

/// Whether `part`'s lines are consecutive lines of `whole`, each indented
/// by the same extra amount (blank lines match blank lines).
fn contains_lines(whole: &str, part: &str) -> bool {
    let want: Vec<&str> = part.trim_end_matches('\n').lines().collect();
    let have: Vec<&str> = whole.lines().collect();
    if want.is_empty() {
        return false;
    }
    let first = want[0];
    (0..have.len()).any(|start| {
        let Some(indent) = have[start].strip_suffix(first) else {
            return false;
        };
        if !indent.chars().all(|c| c == ' ') || start + want.len() > have.len() {
            return false;
        }
        want.iter().zip(&have[start..]).all(|(w, h)| {
            if w.trim().is_empty() {
                h.trim().is_empty()
            } else {
                h.strip_prefix(indent) == Some(w)
            }
        })
    })
}

/// `text` with trailing spaces and blank lines at the end removed, and the
/// sandbox's folders written as the guides write them.
fn normalise(text: &str, sandbox: &Sandbox) -> String {
    let checkout = workspace_root();
    let text = text
        .replace(&sandbox.root.join("checkout").display().to_string(), ".")
        .replace(&checkout.display().to_string(), "<checkout>")
        .replace(&sandbox.root.display().to_string(), "..");
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    lines.join("\n").trim_end().to_owned()
}

// ---------------------------------------------------------------- sandbox

/// The folders the guides' commands run in: `root/checkout` stands for
/// this checkout (its registry, lock, configuration and package manifests,
/// committed on `main`, tagged `v0.1.0`, with `origin/main`); beside it the
/// guides' own files (`../acme/errors.yaml`) and what their commands make
/// (`../acme-errors`).
/// The registry the sandbox's checkout holds: this API's, frozen as the
/// guides' samples show it.
const CHECKOUT_REGISTRY: &str = "tests/fixtures/guides/checkout-registry.yaml";

struct Sandbox {
    root: PathBuf,
    bin: PathBuf,
}

impl Sandbox {
    fn new(name: &str) -> Sandbox {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
        let _ = std::fs::remove_dir_all(&root);
        let checkout = root.join("checkout");
        let project = error_codes_tests::project();
        let config = project.config().clone();
        let mut files = vec![
            Config::FILE.to_owned(),
            format!("{}/Cargo.toml", config.crate_dir),
            format!("{}/package.json", config.typescript_dir),
            format!("{}/pyproject.toml", config.python_dir),
        ];
        files.dedup();
        for file in &files {
            let to = checkout.join(file);
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(workspace_root().join(file), &to)
                .unwrap_or_else(|e| panic!("{file}: {e}"));
        }
        // The registry as the guides' samples show it, frozen (see
        // `tests/fixtures/guides/README.md`): a maintainer's edit of the
        // live registry changes no sample. Every output, the lock
        // included, is generated from it here.
        let registry = checkout.join(&config.registry);
        std::fs::create_dir_all(registry.parent().unwrap()).unwrap();
        std::fs::copy(workspace_root().join(CHECKOUT_REGISTRY), &registry).unwrap();
        let frozen = Project::discover(&checkout).unwrap().unwrap();
        let model = frozen
            .load()
            .unwrap_or_else(|e| panic!("{CHECKOUT_REGISTRY} is invalid: {e}"));
        frozen.write(&model).unwrap();
        let bin = root.join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        let shim = bin.join("cargo");
        std::fs::write(
            &shim,
            format!(
                "#!/bin/bash\n\
                 # `cargo run … -p error-codes-codegen -- ARGS`: the command line, run by the\n\
                 # guides test binary; any other cargo command: cargo.\n\
                 set -o pipefail\n\
                 if [ \"$1\" = run ] && [[ \" $* \" == *\" -p error-codes-codegen \"* ]]; then\n\
                 \x20 while [ $# -gt 0 ] && [ \"$1\" != -- ]; do shift; done\n\
                 \x20 shift\n\
                 \x20 {CLI_ENV}=\"$(printf '%s\\037' \"$@\")\" {exe:?} --exact --nocapture --test-threads=1 -q guides::cli_child_process_entry 2>&1 | sed -u '1,/^{CLI_START}$/d'\n\
                 \x20 exit $?\n\
                 fi\n\
                 exec {cargo:?} \"$@\"\n",
                exe = std::env::current_exe().unwrap(),
                cargo = env!("CARGO"),
            ),
        )
        .unwrap();
        let mut permissions = std::fs::metadata(&shim).unwrap().permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
        std::fs::set_permissions(&shim, permissions).unwrap();
        let sandbox = Sandbox { root, bin };
        for command in [
            "git init -q -b main",
            "git add -A",
            "git commit -q -m 'The registry at 0.1.0'",
            "git tag v0.1.0",
            "git update-ref refs/remotes/origin/main HEAD",
        ] {
            let (ok, out) = sandbox.sh(command, &checkout);
            assert!(ok, "{command}: {out}");
        }
        // The edit `changing-the-registry.md` shows the output of.
        let registry = std::fs::read_to_string(checkout.join(&config.registry)).unwrap();
        std::fs::write(checkout.join("old.yaml"), &registry).unwrap();
        std::fs::write(checkout.join("new.yaml"), edited(&registry)).unwrap();
        std::fs::write(
            checkout.join("removed.yaml"),
            remove_entry(&edited(&registry), "token_revoked"),
        )
        .unwrap();
        sandbox
    }

    /// The project's registry with what `typed-details.md` and
    /// `operations.md` add to it (the whole guides' registry), regenerated
    /// with the command `init` printed.
    fn grow_registry(&self) {
        let project = self.project();
        let registry = project.join("registry/error-codes.yaml");
        assert!(
            registry.is_file(),
            "your-own-api.md's `init` made no project"
        );
        std::fs::copy(
            workspace_root().join("tests/fixtures/guides/acme-errors.yaml"),
            &registry,
        )
        .unwrap();
        let regenerate = Project::discover(&project)
            .unwrap()
            .unwrap()
            .regenerate_command();
        let (ok, out) = self.sh(&with_checkout(&regenerate), &project);
        assert!(ok, "{regenerate}: {out}");
    }

    fn checkout(&self) -> PathBuf {
        self.root.join("checkout")
    }

    /// A file a block names (`in=`, relative to the checkout): the
    /// sandbox's, made from the frozen registry, where the sandbox has it
    /// (the registry, the lock, the generated docs), else this checkout's
    /// (fixtures, examples).
    fn file(&self, relative: &str) -> PathBuf {
        let here = self.checkout().join(relative);
        if here.is_file() {
            here
        } else {
            workspace_root().join(relative)
        }
    }

    fn project(&self) -> PathBuf {
        self.root.join(CRATE)
    }

    fn dir(&self, block: &Block) -> PathBuf {
        match block.attr("in") {
            Some("project") => self.project(),
            _ => self.checkout(),
        }
    }

    /// Runs `script` with bash in `dir` (stdout and stderr together), with
    /// the sandbox's `cargo` first in `PATH`.
    fn sh(&self, script: &str, dir: &Path) -> (bool, String) {
        let (code, out) = self.run(script, dir);
        (code == 0, out)
    }

    /// [`Sandbox::sh`], with the exit status.
    fn run(&self, script: &str, dir: &Path) -> (i32, String) {
        let path = std::env::var_os("PATH").unwrap_or_default();
        let mut paths = vec![self.bin.clone()];
        paths.extend(std::env::split_paths(&path));
        let venv = self.root.join("venv/bin");
        if venv.is_dir() {
            paths.insert(1, venv);
        }
        let output = Command::new("bash")
            .arg("-c")
            .arg(format!("set -e\n{{\n{script}\n}} 2>&1"))
            .current_dir(dir)
            .env("PATH", std::env::join_paths(paths).unwrap())
            .env("ERROR_CODES_TODAY", TODAY)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Guide")
            .env("GIT_AUTHOR_EMAIL", "guide@example.com")
            .env("GIT_COMMITTER_NAME", "Guide")
            .env("GIT_COMMITTER_EMAIL", "guide@example.com")
            .env("CARGO_BUILD_BUILD_DIR", crate::shared_build_dir())
            .env("CARGO_TARGET_DIR", self.root.join("target"))
            .env("CARGO_NET_OFFLINE", "true")
            .env_remove("RUSTC_WRAPPER")
            .env_remove(CLI_ENV)
            .output()
            .unwrap();
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into_owned(),
        )
    }
}

/// The registry with the edit `changing-the-registry.md` shows ("Real
/// output"): `session_expired` added, `token_revoked` deprecated with a
/// sunset, `access_denied`'s status changed from 403 to 404 and
/// `token_expired` reworded.
fn edited(registry: &str) -> String {
    let replace = |text: String, from: &str, to: &str| {
        assert!(text.contains(from), "the registry has no {from:?}");
        text.replacen(from, to, 1)
    };
    let text = replace(
        registry.to_owned(),
        "      - code: token_revoked\n        status: 401\n        meaning: Explicitly revoked\n",
        "      - code: token_revoked\n        status: 401\n        meaning: Explicitly revoked\n        \
         deprecated:\n          since: \"0.2.0\"\n          sunset: 2027-06-30        # ISO 8601 date, YYYY-MM-DD\n          \
         use_instead: token_invalid\n          note: revocation is reported as an invalid token\n",
    );
    let text = replace(
        text,
        "      - code: access_denied\n        status: 403\n",
        "      - code: access_denied\n        status: 404\n",
    );
    let text = replace(
        text,
        "meaning: Token exp passed\n",
        "meaning: The token's expiry time has passed\n",
    );
    replace(
        text,
        "        meaning: Generic authorization failure\n",
        "        meaning: Generic authorization failure\n      - code: session_expired\n        \
         status: 401\n        meaning: The session timed out; sign in again\n",
    )
}

/// `registry` without the entry of `code` (a block entry, up to the next
/// entry or category).
fn remove_entry(registry: &str, code: &str) -> String {
    let lines: Vec<&str> = registry.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.trim_start() == format!("- code: {code}"))
        .unwrap_or_else(|| panic!("no entry of {code}"));
    let indent = lines[start].len() - lines[start].trim_start().len();
    let end = (start + 1..lines.len())
        .find(|&i| {
            let l = lines[i];
            !l.trim().is_empty() && l.len() - l.trim_start().len() <= indent
        })
        .unwrap_or(lines.len());
    let mut out: Vec<&str> = lines[..start].to_vec();
    out.extend(&lines[end..]);
    out.join("\n") + "\n"
}

/// The lines `cargo build` prints for the registry of `registry.md`'s
/// "stability lock" sample: one code renamed (`token_revoked`), one status
/// changed (`access_denied`), one code deleted (`export_not_found`),
/// against the committed lock; what the build script prints, as cargo
/// shows it.
fn lock_break_build(sandbox: &Sandbox) -> String {
    build_output(sandbox, "lock-break", |text| {
        let text = text
            .replacen("- code: token_revoked\n", "- code: token_revokd\n", 1)
            .replacen(
                "      - code: access_denied\n        status: 403\n",
                "      - code: access_denied\n        status: 404\n",
                1,
            );
        text.lines()
            .filter(|l| !l.contains("code: export_not_found"))
            .map(|l| format!("{l}\n"))
            .collect()
    })
}

/// The registry with the mistakes `diagnostics.md` shows: `token_expired`
/// defined twice (the copy right below the original), and
/// `policy_in_use` given a 3xx status and a meaning of two lines.
fn broken(registry: &str) -> String {
    let entry = |code: &str| {
        let lines: Vec<&str> = registry.lines().collect();
        let start = lines
            .iter()
            .position(|l| l.trim() == format!("- code: {code}"))
            .unwrap_or_else(|| panic!("the registry has no block entry for {code}"));
        let len = lines[start + 1..]
            .iter()
            .position(|l| l.trim_start().starts_with("- ") || !l.starts_with("        "))
            .map_or(lines.len() - start, |n| n + 1);
        lines[start..start + len]
            .iter()
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    };
    let original = entry("token_expired");
    let text = registry.replacen(&original, &format!("{original}{original}"), 1);
    let policy = entry("policy_in_use");
    let wrong: String = policy
        .lines()
        .map(|line| match line.trim_start().split_once(':') {
            Some(("status", _)) => "        status: 310\n".to_owned(),
            Some(("meaning", _)) => {
                "        meaning: \"Policy has bindings;\\nremove them first\"\n".to_owned()
            }
            _ => format!("{line}\n"),
        })
        .collect();
    text.replacen(&policy, &wrong, 1)
}

/// What `cargo build` prints for the checkout's registry after `edit`: the
/// build script's one line per problem, as cargo shows it, against the
/// committed lock.
fn build_output(sandbox: &Sandbox, name: &str, edit: impl Fn(&str) -> String) -> String {
    let dir = sandbox.root.join(name);
    let _ = std::fs::remove_dir_all(&dir);
    error_codes_tests::copy_dir(&sandbox.checkout(), &dir, &[".git"]).unwrap();
    let project = Project::discover(&dir).unwrap().unwrap();
    let text = std::fs::read_to_string(project.registry_path()).unwrap();
    std::fs::write(project.registry_path(), edit(&text)).unwrap();
    let manifest =
        std::fs::read_to_string(dir.join(&project.config().crate_dir).join("Cargo.toml")).unwrap();
    let version = manifest
        .lines()
        .find_map(|l| l.strip_prefix("version = "))
        .map(|v| v.trim_matches('"').to_owned())
        .expect("the crate's manifest has a version");
    let prefix = format!("error: {}@{version}: ", project.config().crate_name);
    let Err(Error::Invalid(diagnostics)) = project.load_locked() else {
        panic!("{name}: the registry was accepted");
    };
    let mut lines: Vec<String> = diagnostics.iter().map(|d| format!("{prefix}{d}")).collect();
    lines.push(format!(
        "{prefix}the error-code registry is invalid; run `{} check` for the full report",
        project.config().command
    ));
    lines.join("\n")
}

// ---------------------------------------------------------------- tier 1

/// What the tier-1 pass leaves to tier 2, and the project it made.
struct Tier1 {
    sandbox: Sandbox,
    later: Vec<Block>,
    problems: Vec<String>,
}

/// Whether an `sh` block runs without a build: it runs no cargo build,
/// npm or pip (the generator's command line runs through this test binary).
fn cheap(script: &str) -> bool {
    commands(script).all(|line| {
        let words: Vec<&str> = line.split_whitespace().collect();
        !words.contains(&"npm")
            && !words.contains(&"pip")
            && !words.windows(2).any(|w| w[0] == "cargo" && w[1] != "run")
    })
}

/// The guides' `<checkout>` written as this checkout's path, for a shell.
fn with_checkout(script: &str) -> String {
    script.replace("<checkout>", &workspace_root().display().to_string())
}

fn tier1(name: &str) -> Tier1 {
    let (blocks, mut problems) = blocks();
    let sandbox = Sandbox::new(name);
    let mut later = Vec::new();
    let mut fail = |block: &Block, what: String| problems.push(format!("{}: {what}", block.at()));
    let mut grown = false;
    for block in &blocks {
        if !grown && block.guide != "your-own-api.md" {
            grown = true;
            sandbox.grow_registry();
        }
        match block.kind.as_str() {
            "registry" => {
                if let Err(e) = Registry::parse("errors.yaml", &block.text) {
                    fail(block, format!("the registry does not pass check:\n{e}"));
                }
                if let Some(file) = block.attr("in") {
                    check_part(block, file, true, &sandbox, &mut fail);
                }
                if let Some(path) = block.attr("save") {
                    let to = sandbox.checkout().join(path);
                    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
                    std::fs::write(to, &block.text).unwrap();
                }
            }
            "registry-part" | "part" => match block.attr("in") {
                Some(file) => check_part(
                    block,
                    file,
                    block.kind == "registry-part",
                    &sandbox,
                    &mut fail,
                ),
                None => fail(block, "a part needs `in=FILE`".into()),
            },
            "same-as" => {
                let file = block.attr("file").unwrap_or_default();
                match std::fs::read_to_string(workspace_root().join(file)) {
                    Ok(text) if text == block.text => {}
                    Ok(text) => fail(
                        block,
                        format!("differs from {file}; {}", line_diff(&text, &block.text)),
                    ),
                    Err(e) => fail(block, format!("{file}: {e}")),
                }
            }
            "yaml" => {
                if let Err(e) = error_codes_tests::yaml::parse(&block.text) {
                    fail(block, format!("not YAML: {e}"));
                }
            }
            "json" => match serde_json::from_str::<serde_json::Value>(&block.text) {
                Err(e) => fail(block, format!("not JSON: {e}")),
                Ok(value) => {
                    if let Some(file) = block.attr("in") {
                        let whole: serde_json::Value = serde_json::from_str(
                            &std::fs::read_to_string(sandbox.file(file)).unwrap(),
                        )
                        .unwrap();
                        if !json_contains(&whole, &value) {
                            fail(block, format!("no value of {file} is this one"));
                        }
                    }
                }
            },
            "config" => check_config(block, &sandbox, &mut fail),
            "metrics" => check_metrics(block, &mut fail),
            "covered" => {
                let by = block.attr("by").unwrap_or_default();
                // A module of `tests/tests/it`, or a test file's path
                // from the workspace root without `.rs` (another crate's).
                let (module, test) = by.split_once("::").unwrap_or((by, ""));
                let file = if module.contains('/') {
                    format!("{module}.rs")
                } else {
                    format!("tests/tests/it/{module}.rs")
                };
                let source =
                    std::fs::read_to_string(workspace_root().join(&file)).unwrap_or_default();
                if test.is_empty() || !source.contains(&format!("fn {test}(")) {
                    fail(block, format!("no test {test} in {file}"));
                }
            }
            "not-run" => {
                if block.attr("because").is_none_or(str::is_empty) {
                    fail(block, "`not-run` needs `because=\"…\"`".into());
                }
            }
            "run" => {
                if !cheap(&block.text) {
                    later.push(block.clone());
                    continue;
                }
                let dir = sandbox.dir(block);
                if block.attr("files").is_some() {
                    team_openapi(&dir);
                }
                // The command line exits 1 for what it finds (a bump
                // reached, a version not bumped), which is the command
                // working; any other command, and any other status, fails.
                let script: String = with_checkout(&block.text)
                    .lines()
                    .map(|line| {
                        if line.starts_with("cargo run ") {
                            format!("{line} || [ $? -eq 1 ]\n")
                        } else {
                            format!("{line}\n")
                        }
                    })
                    .collect();
                let (ok, out) = sandbox.sh(&script, &dir);
                if !ok {
                    fail(block, format!("a command failed:\n{out}"));
                }
            }
            "output" => {
                let want = normalise(&block.text, &sandbox);
                let have = match (block.attr("of"), block.attr("scenario")) {
                    (Some("build"), Some("lock-break")) => lock_break_build(&sandbox),
                    (Some("build"), Some("broken")) => build_output(&sandbox, "broken", broken),
                    (Some(args), scenario) => with_scenario(&sandbox, scenario, || {
                        let (_, out) = sandbox.sh(
                            &format!("cargo run -q -p error-codes-codegen -- {args}"),
                            &sandbox.dir(block),
                        );
                        out
                    }),
                    (None, _) => {
                        fail(block, "an output needs `of=\"ARGS\"`".into());
                        continue;
                    }
                };
                let have = normalise(&have, &sandbox);
                if have != want {
                    fail(
                        block,
                        format!(
                            "the sample is stale; the tool prints:\n{have}\n\n{}",
                            line_diff(&have, &want)
                        ),
                    );
                }
            }
            "session" => {
                let want = normalise(&block.text, &sandbox);
                let have = with_scenario(&sandbox, block.attr("scenario"), || {
                    let mut have = String::new();
                    for line in block.text.lines().filter(|l| l.starts_with("$ ")) {
                        let (_, out) = sandbox.sh(&with_checkout(&line[2..]), &sandbox.dir(block));
                        have.push_str(line);
                        have.push('\n');
                        have.push_str(&out);
                    }
                    have
                });
                let have = normalise(&have, &sandbox);
                if have != want {
                    fail(
                        block,
                        format!(
                            "the sample is stale; the tool prints:\n{have}\n\n{}",
                            line_diff(&have, &want)
                        ),
                    );
                }
            }
            "toml" | "toml deps" | "rust" | "rust compile" | "ts compile" | "python run" => {
                later.push(block.clone());
            }
            other => fail(block, format!("unknown marker kind {other:?}")),
        }
    }
    Tier1 {
        sandbox,
        later,
        problems,
    }
}

/// Whether `value` is `whole` or a value inside it.
fn json_contains(whole: &serde_json::Value, value: &serde_json::Value) -> bool {
    whole == value
        || match whole {
            serde_json::Value::Array(items) => items.iter().any(|v| json_contains(v, value)),
            serde_json::Value::Object(members) => members.values().any(|v| json_contains(v, value)),
            _ => false,
        }
}

/// The commands of a shell block: its lines but blank ones and comments.
fn commands(script: &str) -> impl Iterator<Item = &str> {
    script
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Runs `run` with the scenario's registry in the checkout's working tree
/// (`edited`: `changing-the-registry.md`'s edit; `broken`: the mistakes of
/// `diagnostics.md`), then puts the registry back.
fn with_scenario(
    sandbox: &Sandbox,
    scenario: Option<&str>,
    run: impl FnOnce() -> String,
) -> String {
    let registry = sandbox
        .checkout()
        .join(&error_codes_tests::project().config().registry);
    let original = std::fs::read_to_string(&registry).unwrap();
    match scenario {
        Some("edited") => std::fs::write(&registry, edited(&original)).unwrap(),
        Some("broken") => std::fs::write(&registry, broken(&original)).unwrap(),
        _ => {}
    }
    let out = run();
    std::fs::write(&registry, original).unwrap();
    out
}

/// A team's own OpenAPI document and the generated one as JSON, for the
/// `jq` merge of `operations.md`.
fn team_openapi(project: &Path) {
    let generated = std::fs::read_to_string(project.join("docs/openapi/error-codes.yaml")).unwrap();
    let generated: serde_json::Value = serde_saphyr::from_str(&generated).unwrap();
    std::fs::write(project.join("errors.json"), generated.to_string()).unwrap();
    let team = serde_json::json!({
        "openapi": "3.1.0",
        "info": {"title": "Acme", "version": "1"},
        "paths": {"/transfers": {"post": {"operationId": "create_transfer", "responses": {"200": {"description": "OK"}}}}},
        "components": {"schemas": {}}
    });
    std::fs::write(project.join("openapi.json"), team.to_string()).unwrap();
}

fn check_part(
    block: &Block,
    file: &str,
    registry: bool,
    sandbox: &Sandbox,
    fail: &mut impl FnMut(&Block, String),
) {
    let (path, text) = if file == "edited" {
        let path = sandbox.checkout().join("new.yaml");
        let text = std::fs::read_to_string(&path).unwrap();
        (path, text)
    } else {
        let path = sandbox.file(file);
        match std::fs::read_to_string(&path) {
            Ok(text) => (path, text),
            Err(e) => return fail(block, format!("{file}: {e}")),
        }
    };
    if !contains_lines(&text, &block.text) {
        fail(block, format!("its lines are not in {file}"));
    }
    if registry && let Err(e) = Registry::load(&path) {
        fail(block, format!("{file} does not pass check:\n{e}"));
    }
}

fn check_config(block: &Block, sandbox: &Sandbox, fail: &mut impl FnMut(&Block, String)) {
    let written = match block.attr("of") {
        Some("project") => sandbox.project().join(Config::FILE),
        _ => workspace_root().join(Config::FILE),
    };
    let Ok(have) = Config::read(&written) else {
        return fail(
            block,
            format!(
                "no configuration at {} (the guide's `init` did not run?)",
                written.display()
            ),
        );
    };
    match Config::parse(Path::new(Config::FILE), &with_checkout(&block.text)) {
        Ok(want) if want == have => {}
        Ok(_) => fail(
            block,
            format!(
                "{} says another configuration:\n{}",
                written.display(),
                normalise(&have.to_yaml(), sandbox)
            ),
        ),
        Err(e) => fail(block, format!("not a configuration:\n{e}")),
    }
}

fn check_metrics(block: &Block, fail: &mut impl FnMut(&Block, String)) {
    let file = block.attr("registry").unwrap_or_default();
    let registry = match Registry::load(workspace_root().join(file)) {
        Ok(registry) => registry,
        Err(e) => return fail(block, format!("{file}: {e}")),
    };
    let config = Config::for_crate(CRATE);
    let mut seen = Vec::new();
    for line in block.text.lines().filter(|l| !l.starts_with('#')) {
        let labels: BTreeMap<&str, &str> = line
            .split_once('{')
            .and_then(|(_, rest)| rest.split_once('}'))
            .map(|(labels, _)| {
                labels
                    .split(',')
                    .filter_map(|kv| kv.split_once('='))
                    .map(|(k, v)| (k, v.trim_matches('"')))
                    .collect()
            })
            .unwrap_or_default();
        let code = labels
            .get(config.metrics_error_type.as_str())
            .copied()
            .unwrap_or_default();
        let Some((category, listed)) = registry.code(code) else {
            fail(block, format!("{code:?} is no code of {file}: {line}"));
            continue;
        };
        let status = listed.status.to_string();
        if labels.get(config.metrics_status.as_str()) != Some(&status.as_str())
            || labels.get(config.metrics_category.as_str()) != Some(&category.rust_name.as_str())
        {
            fail(block, format!("not {code}'s status and category: {line}"));
        }
        seen.push(code.to_owned());
    }
    if block.attr("every") == Some("code") {
        let mut all: Vec<String> = registry.codes().map(|(_, c)| c.code.clone()).collect();
        all.sort();
        seen.sort();
        if all != seen {
            fail(
                block,
                format!("not one series per code of {file}: {seen:?}"),
            );
        }
    }
}

#[test]
fn every_guide_block_is_marked_and_holds() {
    let tier1 = tier1("guides-tier1");
    assert!(tier1.problems.is_empty(), "{}", tier1.problems.join("\n\n"));
}

#[test]
fn contains_lines_takes_a_uniform_indentation_only() {
    let whole = "a:\n  b: 1\n  c:\n    d: 2\n";
    assert!(contains_lines(whole, "b: 1\nc:\n  d: 2\n"));
    assert!(!contains_lines(whole, "b: 1\nd: 2\n"));
    assert!(!contains_lines(whole, "c:\nd: 2\n"));
}

#[test]
fn markers_read_words_and_quoted_values() {
    let (kind, attrs) = parse_marker(r#" not-run because="it needs a = sign" in=checkout "#);
    assert_eq!(kind, "not-run");
    assert_eq!(attrs["because"], "it needs a = sign");
    assert_eq!(attrs["in"], "checkout");
}

// ---------------------------------------------------------------- tier 2

/// A guide's name as a crate name: `guide-typed-details`.
fn snippets_crate(guide: &str) -> String {
    format!("guide-{}", guide.trim_end_matches(".md"))
}

#[test]
#[ignore = "tier 2: builds the project the guides make with init, their service and snippets, and their TypeScript and Python packages"]
fn the_guides_rust_typescript_and_python_compile_and_run() {
    let _clock = crate::Clock::start();
    let Tier1 {
        sandbox,
        later,
        problems,
    } = tier1("guides-tier2");
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
    let project = sandbox.project();
    let write = |path: &Path, text: &str| {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    // This repository's versions, so that the build is offline.
    std::fs::copy(
        workspace_root().join("Cargo.lock"),
        project.join("Cargo.lock"),
    )
    .unwrap();
    let venv = sandbox.root.join("venv");
    let made = Command::new("python3")
        .args(["-m", "venv"])
        .arg(&venv)
        .output()
        .unwrap();
    assert!(made.status.success(), "python3 -m venv failed");

    // Files the guides give whole, and the snippets' crates.
    let mut members = Vec::new();
    let mut snippets: BTreeMap<String, (String, String)> = BTreeMap::new();
    for block in &later {
        match block.kind.as_str() {
            "toml" | "rust" => {
                let path = block.attr("file").unwrap();
                write(&project.join(path), &block.text);
                if path.ends_with("Cargo.toml") {
                    members.push(path.trim_end_matches("/Cargo.toml").to_owned());
                }
            }
            "toml deps" => snippets
                .entry(snippets_crate(&block.guide))
                .or_default()
                .0
                .push_str(&block.text),
            "rust compile" => {
                let mut code = String::new();
                if let Some(with) = block.attr("with") {
                    code.push_str(&std::fs::read_to_string(workspace_root().join(with)).unwrap());
                }
                if block.attr("wrap") == Some("fn") {
                    code.push_str(&format!(
                        "\npub fn snippet() -> Result<(), Box<dyn std::error::Error>> {{\n{}\nOk(())\n}}\n",
                        block.text
                    ));
                } else {
                    code.push_str(&block.text);
                }
                let entry = snippets.entry(snippets_crate(&block.guide)).or_default();
                entry.1.push_str(&format!(
                    "\n/// {}\n#[allow(dead_code, unused_imports, unused_variables)]\nmod line_{} {{\n{code}\n}}\n",
                    block.at(),
                    block.line
                ));
            }
            _ => {}
        }
    }
    for (name, (deps, code)) in &snippets {
        let dependency = format!("{CRATE} = ");
        let deps = if deps.contains(&dependency) {
            deps.clone()
        } else {
            format!(
                "{CRATE} = {{ path = \"../{CRATE}\", features = [\"axum\", \"reqwest\", \"utoipa\"] }}\n{deps}"
            )
        };
        write(
            &project.join(name).join("Cargo.toml"),
            &format!(
                "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
                 [dependencies]\n{deps}{scenario_deps}\
                 axum = {{ version = \"0.8\", default-features = false, features = [\"http1\", \"tokio\", \"json\"] }}\n\
                 tokio = {{ version = \"1\", features = [\"macros\", \"net\", \"rt-multi-thread\"] }}\n\
                 reqwest = {{ version = \"0.13\", default-features = false }}\n\
                 serde = {{ version = \"1\", features = [\"derive\"] }}\n\
                 utoipa = \"6\"\n",
                scenario_deps = crate::scenario_deps(),
            ),
        );
        write(&project.join(name).join("src/lib.rs"), code);
        members.push(name.clone());
    }
    let manifest = std::fs::read_to_string(project.join("Cargo.toml")).unwrap();
    let listed: String = members.iter().map(|m| format!("\"{m}\", ")).collect();
    std::fs::write(
        project.join("Cargo.toml"),
        manifest.replacen("members = [", &format!("members = [{listed}"), 1),
    )
    .unwrap();

    // The guides' commands that build (`cargo build`, npm, pip), in order;
    // then every package at once.
    let mut failures = Vec::new();
    for block in later.iter().filter(|b| b.kind == "run") {
        if block.attr("files").is_some() {
            team_openapi(&sandbox.dir(block));
        }
        let (ok, out) = sandbox.sh(&with_checkout(&block.text), &sandbox.dir(block));
        if !ok {
            failures.push(format!("{}: failed:\n{out}", block.at()));
        }
    }
    let (ok, out) = sandbox.sh("cargo build --workspace", &project);
    if !ok {
        failures.push(format!("the guides' Rust does not compile:\n{out}"));
    }

    // TypeScript: each snippet type-checks, strict, against the built package.
    let ts = sandbox.root.join("ts");
    let package = project.join("clients/typescript");
    let mut names = Vec::new();
    for block in later.iter().filter(|b| b.kind == "ts compile") {
        let name = format!("{}-{}.ts", block.guide.trim_end_matches(".md"), block.line);
        write(&ts.join(&name), &format!("export {{}};\n{}", block.text));
        names.push(name);
    }
    if !names.is_empty() {
        write(
            &ts.join("package.json"),
            "{\"name\": \"guides\", \"private\": true, \"type\": \"module\"}\n",
        );
        write(
            &ts.join("tsconfig.json"),
            "{\"compilerOptions\": {\"strict\": true, \"noEmit\": true, \"module\": \"nodenext\", \"moduleResolution\": \"nodenext\", \"target\": \"es2022\", \"lib\": [\"es2022\", \"dom\"], \"skipLibCheck\": true}}\n",
        );
        let install = format!(
            "npm install --no-audit --no-fund --silent {}",
            package.display()
        );
        let tsc = format!("{}/node_modules/.bin/tsc -p .", package.display());
        for command in [install, tsc] {
            let (ok, out) = sandbox.sh(&command, &ts);
            if !ok {
                failures.push(format!("{command}: failed:\n{out}"));
            }
        }
    }

    // Python: each snippet runs with the installed package.
    for block in later.iter().filter(|b| b.kind == "python run") {
        let file = sandbox.root.join(format!(
            "{}-{}.py",
            block.guide.trim_end_matches(".md"),
            block.line
        ));
        write(&file, &block.text);
        let (ok, out) = sandbox.sh(&format!("python {}", file.display()), &project);
        if !ok || out.contains("not as declared") {
            failures.push(format!("{}: failed:\n{out}", block.at()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
