//! Every registry edit the README documents, followed by the README's
//! regenerate command, keeps the test suite green with no other file touched.
//!
//! One test drives a copy of the whole workspace under `CARGO_TARGET_TMPDIR`
//! through the edits in batches. First no edit at all: the registry is
//! written back in another layout (PyYAML's, as a script that edits it with
//! a YAML library leaves it), and every generated file must come out the
//! same. Then: add codes (with and without a meaning, to several
//! categories, one of them a category none of whose codes has a meaning,
//! whose table has no Meaning column), add a category, deprecate a code
//! (`since`, `use_instead`, `note`), reword a meaning, change the page intro
//! and add a header. After each batch it runs the README's regenerate
//! command in the copy and checks that the docs page shows the edit; after
//! the last, when the registry holds every edit at once, it runs the whole
//! of the two test binaries that read the registry (`error-codes-tests`' and
//! `error-codes`' `it`: every registry-derived test of tier 1), built once.
//! The edits only add to one another, so the last registry holds each of
//! them. Names are drawn at random (the seed is printed
//! in every failure; set `MAINTAINER_EDITS_SEED` to replay one), so no test
//! can rely on them.
//!
//! The edits go through the registry's structure
//! ([`error_codes_tests::yaml`]), never its text layout, and the file is
//! written back as a YAML library writes it (PyYAML's layout, no comments):
//! any valid layout of the registry works here, and the copy's
//! registry-derived suite runs on a registry laid out otherwise than the committed one
//! (`registry_layouts.rs` proves the layout is PyYAML's).
//!
//! Tier 2 (see CONTRIBUTING.md, "Tests: two tiers"): it builds a copy of the
//! workspace, so `cargo test --workspace` skips it;
//! `cargo test --workspace -- --ignored` runs it. The copy's suite runs with
//! `ERROR_CODES_TESTS_IN_A_COPY=1`, under which this test and `pipeline.rs`
//! do nothing: no copy copies itself. One copy, and one build and target
//! folder (`crate::run_in_copy`), reused between runs, keep it affordable; `--offline` because every dependency was fetched to build
//! this test.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use error_codes_codegen::{Project, Registry};
use error_codes_tests::yaml::{self, Node};
use error_codes_tests::{
    IN_A_COPY, copy_dir, in_a_copy, line_diff, readme_regenerate_command, workspace_root,
};

/// The modules of `error-codes-tests`' `it` whose every expectation comes
/// from a fixture registry (`tests/fixtures/`), never this API's: the copy
/// skips them (`--skip MODULE::`), as no edit of the registry reaches them.
const FIXTURE_ONLY: [&str; 5] = [
    "grpc::",
    "grpc_clients::",
    "grpc_proto::",
    "operations::",
    "outputs_google::",
];

/// Codes that play the runtime's roles: never deprecated by this test.
fn runtime_codes() -> Vec<String> {
    let registry =
        error_codes_codegen::Registry::load(workspace_root().join("registry/error-codes.yaml"))
            .unwrap();
    registry
        .roles
        .codes
        .into_iter()
        .map(|(_, code)| code)
        .collect()
}

/// A small xorshift generator: the test needs varied names, not good
/// randomness, and no dependency for it.
struct Names {
    state: u64,
    seed: u64,
}

impl Names {
    fn new() -> Names {
        let seed = std::env::var("MAINTAINER_EDITS_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(1, |d| d.as_nanos() as u64)
            });
        Names {
            state: seed | 1,
            seed,
        }
    }

    fn next(&mut self) -> u64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        self.state
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A lower-case word of 4 to 8 letters.
    fn word(&mut self) -> String {
        let len = 4 + self.below(5);
        (0..len)
            .map(|_| char::from(b'a' + self.below(26) as u8))
            .collect()
    }

    /// One of `from`, which must not be empty.
    fn pick<'a, T>(&mut self, from: &'a [T]) -> &'a T {
        assert!(
            !from.is_empty(),
            "nothing to pick from (seed {}): the registry has no item this edit needs",
            self.seed
        );
        &from[self.below(from.len())]
    }
}

struct Copy {
    root: PathBuf,
    seed: u64,
}

/// The copy is outside the target folder: it goes when the test ends.
impl Drop for Copy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

impl Copy {
    /// A copy of the workspace: every file a clean clone has.
    fn new(seed: u64) -> Copy {
        // Outside the repository: its `.gitignore` (`/target`) would hide
        // the copy from tools that honour it (oxlint).
        let root = std::env::temp_dir().join(format!("error-codes-maintainer-edits-{seed}"));
        let _ = std::fs::remove_dir_all(&root);
        // Without `node_modules` (its `.bin` links are not files): the copy's
        // TypeScript tests install it with `npm ci`.
        copy_dir(
            &workspace_root(),
            &root,
            &["target", ".git", "fuzz", "node_modules"],
        )
        .unwrap();
        Copy { root, seed }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.root.join(relative)
    }

    fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path(relative))
            .unwrap_or_else(|e| panic!("{relative} in the copy: {e} (seed {})", self.seed))
    }

    fn registry(&self) -> String {
        self.read("registry/error-codes.yaml")
    }

    fn set_registry(&self, text: &str) {
        std::fs::write(self.path("registry/error-codes.yaml"), text).unwrap();
    }

    /// Runs `program args` in the copy; fails the test, with the output,
    /// unless it succeeds.
    fn run(&self, what: &str, program: &Path, args: &[String]) -> Output {
        let mut command = Command::new(program);
        command
            .args(args)
            .current_dir(&self.root)
            .env(IN_A_COPY, "1")
            .env("CARGO_NET_OFFLINE", "true");
        let output = crate::run_in_copy("maintainer-edits", &mut command)
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", program.display()));
        assert!(
            output.status.success(),
            "{what}: `{} {}` failed in {} (seed {}; replay with MAINTAINER_EDITS_SEED={}):\n{}\n{}",
            program.display(),
            args.join(" "),
            self.root.display(),
            self.seed,
            self.seed,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }

    fn cargo(&self, what: &str, args: &[&str]) -> Output {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        self.run(what, Path::new(env!("CARGO")), &args)
    }

    /// The README's regenerate command, as the README spells it, with the
    /// generator tier 1 built for its `cargo run -p error-codes-codegen --`
    /// (the copy's generator is the workspace's: only its registry differs,
    /// and building it would compile the generator and its runtime once
    /// more, with that package's features). Any other `cargo` in it is the
    /// cargo running these tests.
    fn regenerate(&self, what: &str) {
        let command = readme_regenerate_command(&self.read("README.md"));
        let runs_the_generator = command.starts_with(&["cargo".into(), "run".into()])
            && command
                .windows(2)
                .any(|w| w == ["-p", "error-codes-codegen"]);
        let (program, args) = match command.iter().position(|word| word == "--") {
            Some(end) if runs_the_generator => {
                (crate::built("bin", "error-codes"), &command[end + 1..])
            }
            _ => {
                let (program, args) = command.split_first().expect("an empty command");
                let program = if program == "cargo" {
                    env!("CARGO")
                } else {
                    program.as_str()
                };
                (PathBuf::from(program), args)
            }
        };
        self.run(&format!("{what}: regenerate"), &program, args);
    }

    /// Every committed output in the copy is the workspace's, line for
    /// line, but the line recording the registry text's fingerprint.
    fn assert_same_outputs_as_committed(&self, what: &str, registry: &Registry) {
        let project = Project::discover(&self.root)
            .expect("the copy's configuration reads")
            .expect("the copy has a registry");
        let outputs = project
            .outputs(registry)
            .expect("the committed registry's outputs");
        assert!(!outputs.is_empty());
        // The fingerprint of the registry's text, as the committed outputs
        // record it and as the copy's (the same registry in another layout).
        let committed_fingerprint = &registry.fingerprint;
        let copy_fingerprint = project
            .load()
            .expect("the copy's registry is valid")
            .fingerprint;
        for output in outputs {
            let committed = std::fs::read_to_string(workspace_root().join(&output.path))
                .unwrap_or_else(|e| panic!("{}: {e}", output.path));
            let regenerated = self.read(&output.path);
            let same_but_fingerprint = committed.lines().count() == regenerated.lines().count()
                && committed.lines().zip(regenerated.lines()).all(|(a, b)| {
                    a == b
                        || (a.contains(committed_fingerprint.as_str())
                            && b == a.replace(committed_fingerprint.as_str(), &copy_fingerprint))
                });
            assert!(
                same_but_fingerprint,
                "{what}: {} differs from the committed one (seed {}); {}",
                output.path,
                self.seed,
                line_diff(&regenerated, &committed)
            );
        }
    }

    fn assert_page_shows(&self, what: &str, texts: &[String]) {
        let page = self.read("docs/error-codes.md");
        for text in texts {
            assert!(
                page.contains(text.as_str()),
                "{what}: docs/error-codes.md does not show {text:?} (seed {})",
                self.seed
            );
        }
    }
}

/// The registry's categories, to edit.
fn categories(tree: &mut Node) -> &mut Vec<Node> {
    tree.get_mut("categories")
        .and_then(Node::as_seq_mut)
        .expect("the registry's `categories` is a sequence (the loader accepted it)")
}

/// Adds `entry` as the first code of the category titled `title`.
fn add_code(tree: &mut Node, title: &str, entry: Node, seed: u64) {
    let category = categories(tree)
        .iter_mut()
        .find(|c| c.get("title").and_then(Node::as_str) == Some(title))
        .unwrap_or_else(|| panic!("no category is titled {title:?} (seed {seed})"));
    category
        .get_mut("codes")
        .and_then(Node::as_seq_mut)
        .unwrap_or_else(|| panic!("category {title:?} has no sequence of codes (seed {seed})"))
        .insert(0, entry);
}

/// The mapping of the code `code`, to edit.
fn code_entry<'a>(tree: &'a mut Node, code: &str, seed: u64) -> &'a mut Node {
    categories(tree)
        .iter_mut()
        .filter_map(|c| c.get_mut("codes").and_then(Node::as_seq_mut))
        .flatten()
        .find(|c| c.get("code").and_then(Node::as_str) == Some(code))
        .unwrap_or_else(|| panic!("no code {code:?} in the registry (seed {seed})"))
}

/// Inserts `item` first in the sequence `key` of the mapping `parent`,
/// creating the sequence if the registry has none.
fn prepend(parent: &mut Node, key: &str, item: Node) {
    if parent.get(key).and_then(Node::as_seq).is_none() {
        parent
            .set(key, Node::Seq(Vec::new()))
            .expect("the parent is a mapping (the loader accepted it)");
    }
    parent
        .get_mut(key)
        .and_then(Node::as_seq_mut)
        .expect("just made a sequence")
        .insert(0, item);
}

/// A code's mapping: `code`, `status` and, if given, `meaning`.
fn code(code: &str, status: u16, meaning: Option<String>) -> Node {
    let mut entry = Node::map([
        ("code", Node::str(code)),
        ("status", Node::Int(status.into())),
    ]);
    if let Some(meaning) = meaning {
        entry.set("meaning", Node::str(meaning));
    }
    entry
}

/// A code name none of `taken` has.
fn fresh_code(names: &mut Names, taken: &[String]) -> String {
    loop {
        let code = format!("{}_{}", names.word(), names.word());
        if !taken.contains(&code) {
            return code;
        }
    }
}

fn load(yaml: &str) -> error_codes_codegen::Registry {
    Registry::parse(Path::new("registry/error-codes.yaml"), yaml)
        .unwrap_or_else(|e| panic!("the edited registry is invalid:\n{e}\n{yaml}"))
}

/// The tree written in a YAML library's layout, checked to be a valid
/// registry.
fn write(tree: &Node) -> String {
    let yaml = yaml::to_pyyaml_layout(tree);
    load(&yaml);
    yaml
}

#[test]
#[ignore = "tier 2: builds a copy of the workspace; run with `cargo test --workspace -- --ignored`"]
fn every_documented_registry_edit_keeps_the_suite_green() {
    let _clock = crate::Clock::start();
    if in_a_copy() {
        eprintln!("skipped: this suite runs inside a copy of the workspace");
        return;
    }
    let mut names = Names::new();
    let seed = names.seed;
    eprintln!("maintainer edits: seed {seed}");
    let copy = Copy::new(seed);
    let registry = load(&copy.registry());
    let mut tree = yaml::parse(&copy.registry())
        .unwrap_or_else(|e| panic!("the registry is not YAML: {e} (seed {seed})"));

    // Batch 0: no edit, only another layout (a YAML library's): the same
    // registry generates the same files, but for the fingerprint of the
    // registry's text that the generated Rust records.
    copy.set_registry(&write(&tree));
    copy.regenerate("another layout");
    copy.assert_same_outputs_as_committed("another layout", &registry);

    let mut taken: Vec<String> = registry.codes().map(|(_, c)| c.code.clone()).collect();
    let titles: Vec<&str> = registry
        .categories
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    // A category whose codes have no meaning has no Meaning column on the
    // docs page ("Not found" in the published registry). When every category
    // has a meaning, batch 1 makes one without: a new category whose only
    // code has none.
    let existing_bare = registry
        .categories
        .iter()
        .find(|c| c.codes.iter().all(|c| c.meaning.is_none()))
        .map(|c| c.title.clone());
    let bare = existing_bare
        .clone()
        .unwrap_or_else(|| format!("Bare {}", names.word()));

    // Batch 1: new codes in several categories, with and without a meaning;
    // one without a meaning in a category without a Meaning column.
    let mut shown = Vec::new();
    let additions = vec![
        (names.pick(&titles).to_string(), 409, true),
        (names.pick(&titles).to_string(), 400, true),
        (names.pick(&titles).to_string(), 503, false),
        (bare.clone(), 404, false),
    ];
    if existing_bare.is_none() {
        categories(&mut tree).push(Node::map([
            ("title", Node::str(&bare)),
            ("codes", Node::Seq(Vec::new())),
        ]));
        shown.push(format!("## {bare}"));
    }
    for (title, status, with_meaning) in additions {
        let name = fresh_code(&mut names, &taken);
        let meaning = with_meaning.then(|| format!("Added with a meaning {}", names.word()));
        add_code(&mut tree, &title, code(&name, status, meaning), seed);
        shown.push(format!("<a id=\"{name}\"></a>`{name}`"));
        taken.push(name);
    }
    copy.set_registry(&write(&tree));
    copy.regenerate("new codes");
    copy.assert_page_shows("new codes", &shown);

    // Batch 2: a new category, a deprecation, a reworded meaning, and a code
    // with a meaning in the category that had none (which gains a Meaning
    // column).
    let registry = load(&copy.registry());
    let title = format!("Added {}", names.word());
    let first = fresh_code(&mut names, &taken);
    taken.push(first.clone());
    let second = fresh_code(&mut names, &taken);
    taken.push(second.clone());
    categories(&mut tree).push(Node::map([
        ("title", Node::str(&title)),
        (
            "codes",
            Node::Seq(vec![
                code(&first, 422, Some("First of a new category".to_string())),
                code(&second, 500, None),
            ]),
        ),
    ]));
    let mut page_shows = vec![
        format!("## {title}"),
        format!("<a id=\"{first}\"></a>`{first}`"),
        format!("<a id=\"{second}\"></a>`{second}`"),
    ];
    let not_found = fresh_code(&mut names, &taken);
    taken.push(not_found.clone());
    let entry = code(&not_found, 404, Some("Found nowhere".to_string()));
    add_code(&mut tree, &bare, entry, seed);
    page_shows.push(format!("<a id=\"{not_found}\"></a>`{not_found}`"));

    // Deprecate a code that nothing else relies on, in favour of another code.
    let runtime = runtime_codes();
    let relied_on: Vec<&str> = registry
        .codes()
        .filter_map(|(_, c)| c.deprecated.as_ref()?.use_instead.as_deref())
        .chain([registry.page.envelope_example.code.as_str()])
        .chain(runtime.iter().map(String::as_str))
        .collect();
    let candidates: Vec<&str> = registry
        .codes()
        .map(|(_, c)| c)
        .filter(|c| c.deprecated.is_none() && !relied_on.contains(&c.code.as_str()))
        .map(|c| c.code.as_str())
        .collect();
    let deprecated = names.pick(&candidates).to_string();
    let instead = registry
        .codes()
        .map(|(_, c)| c)
        .find(|c| c.code != deprecated && c.deprecated.is_none())
        .expect("another code")
        .code
        .clone();
    let since = format!("9.{}", names.below(100));
    // Letters only: the page escapes Markdown, and this is compared as text.
    let note = format!("Merged for good {}", names.word());
    code_entry(&mut tree, &deprecated, seed).set(
        "deprecated",
        Node::map([
            ("since", Node::str(&since)),
            ("use_instead", Node::str(&instead)),
            ("note", Node::str(&note)),
        ]),
    );

    // Reword the meaning of another code.
    let with_meaning: Vec<&str> = registry
        .codes()
        .map(|(_, c)| c)
        .filter(|c| c.meaning.is_some() && c.code != deprecated)
        .map(|c| c.code.as_str())
        .collect();
    let reworded = names.pick(&with_meaning).to_string();
    let meaning = format!("Reworded by the maintainer {}", names.word());
    code_entry(&mut tree, &reworded, seed).set("meaning", Node::str(&meaning));

    copy.set_registry(&write(&tree));
    copy.regenerate("category, deprecation, rewording");
    page_shows.extend([since, note, meaning]);
    copy.assert_page_shows("category, deprecation, rewording", &page_shows);

    // Batch 3: the page intro and a header; then the copy's registry-derived suite.
    let intro = format!("Changed intro {}.", names.word());
    let page = tree
        .get_mut("page")
        .expect("the registry has a page (the loader accepted it)");
    prepend(page, "intro", Node::str(&intro));
    let header = format!("X-Added-{}", names.word().to_uppercase());
    prepend(
        &mut tree,
        "headers",
        Node::map([
            ("name", Node::str(&header)),
            ("when", Node::str("always")),
            ("example", Node::str("abc")),
            ("description", Node::str("added by a maintainer.")),
        ]),
    );
    copy.set_registry(&write(&tree));
    copy.regenerate("intro and header");
    copy.assert_page_shows("intro and header", &[intro, header]);
    // The two test binaries that read the registry: every registry-derived
    // test of tier 1 on the registry that holds every edit, without
    // building the rest of the workspace's tests again (the generator's and
    // the runtime's do not read it), nor running the modules of
    // `error-codes-tests` that read only a fixture registry (tier 1 ran
    // them on the same fixtures; `error-codes`' `it` has no module of those
    // names). One command, so one build, with the features tier 1 gives
    // `error-codes` (every one: `error-codes-tests` asks for them).
    let mut args = vec![
        "test",
        "-p",
        "error-codes-tests",
        "-p",
        "error-codes",
        "--test",
        "it",
        "--",
    ];
    for module in FIXTURE_ONLY {
        args.extend(["--skip", module]);
    }
    copy.cargo("every edit", &args);
}

/// The modules the copy skips read no registry of this API: none names the
/// seed crate (`error_codes::`, but in a probe's source) or loads the
/// registry (`registry()` of `error_codes_tests`, `Project::load`).
#[test]
fn the_modules_the_copy_skips_read_only_fixtures() {
    let dir = workspace_root().join("tests/tests/it");
    for module in FIXTURE_ONLY {
        let name = module.trim_end_matches("::");
        let path = dir.join(format!("{name}.rs"));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (a module FIXTURE_ONLY names)", path.display()));
        // Rust lines, not the lines of a probe's source in a string literal
        // (which end with `\n\`).
        let code = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.ends_with('\\') && !l.starts_with("//"));
        for line in code {
            let reads_ours = line.contains("error_codes::")
                || line.starts_with("use error_codes_tests::registry")
                || (line.starts_with("use error_codes_tests::{") && line.contains("registry"))
                || line.contains("error_codes_tests::registry(")
                || line.contains(".load()");
            assert!(!reads_ours, "{name} reads this API's registry: {line}");
        }
    }
}
