//! Every registry edit the README documents, followed by the README's
//! regenerate command, keeps the test suite green with no other file touched.
//!
//! One test drives a copy of the whole workspace under `CARGO_TARGET_TMPDIR`
//! through the edits in three batches: add codes (with and without a
//! meaning, to several categories, one of them "Not found", whose table has
//! no Meaning column), add a category, deprecate a code (`since`,
//! `use_instead`, `note`), reword a meaning, change the page intro and add a
//! header. After each batch it runs the README's regenerate command in the
//! copy, checks that the docs page shows the edit, and runs the copy's cheap
//! test targets; after the last, the copy's whole `cargo test --workspace`.
//! Names are drawn at random (the seed is printed in every failure; set
//! `MAINTAINER_EDITS_SEED` to replay one), so no test can rely on them.
//!
//! The copy's suite runs with `ERROR_CODES_TESTS_IN_A_COPY=1`, under which
//! this test and `pipeline.rs` do nothing: no copy copies itself. One copy
//! and one target directory (`maintainer-target`), reused between runs, keep
//! it affordable; `--offline` because every dependency was fetched to build
//! this test.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use error_codes_tests::{
    IN_A_COPY, copy_dir, in_a_copy, readme_regenerate_command, workspace_root,
};

/// Codes that play the runtime's roles: never deprecated by this test.
fn runtime_codes() -> Vec<String> {
    let registry =
        error_codes_codegen::load(&workspace_root().join("registry/error-codes.yaml")).unwrap();
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

    fn pick<'a, T>(&mut self, from: &'a [T]) -> &'a T {
        &from[self.below(from.len())]
    }
}

struct Copy {
    root: PathBuf,
    seed: u64,
}

impl Copy {
    /// A copy of the workspace: every file a clean clone has, plus the
    /// TypeScript compiler if it is installed (it is not in a clean clone).
    fn new(seed: u64) -> Copy {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("maintainer-edits");
        let _ = std::fs::remove_dir_all(&root);
        copy_dir(&workspace_root(), &root, &["target", ".git", "fuzz"]).unwrap();
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
    fn run(&self, what: &str, program: &str, args: &[String]) -> Output {
        let mut command = Command::new(program);
        command
            .args(args)
            .current_dir(&self.root)
            .env(IN_A_COPY, "1")
            .env(
                "CARGO_TARGET_DIR",
                Path::new(env!("CARGO_TARGET_TMPDIR")).join("maintainer-target"),
            )
            .env("CARGO_NET_OFFLINE", "true")
            .env_remove("RUSTC_WRAPPER");
        let output = command
            .output()
            .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
        assert!(
            output.status.success(),
            "{what}: `{program} {}` failed in {} (seed {}; replay with MAINTAINER_EDITS_SEED={}):\n{}\n{}",
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
        self.run(what, env!("CARGO"), &args)
    }

    /// The README's regenerate command, as the README spells it. `cargo` in
    /// it is the cargo running these tests.
    fn regenerate(&self, what: &str) {
        let command = readme_regenerate_command(&self.read("README.md"));
        let (program, args) = command.split_first().expect("an empty command");
        let program = if program == "cargo" {
            env!("CARGO")
        } else {
            program
        };
        self.run(&format!("{what}: regenerate"), program, args);
    }

    /// The cheap targets that read the registry, the docs page and the crate.
    fn cheap_tests(&self, what: &str) {
        self.cargo(
            what,
            &[
                "test",
                "-p",
                "error-codes-tests",
                "--test",
                "docs_drift",
                "--test",
                "docs_tables",
                "--test",
                "wire_registry",
                "--test",
                "seed_page",
            ],
        );
        self.cargo(what, &["test", "-p", "error-codes", "--test", "api"]);
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

/// The registry text with `entry` (YAML lines, written for codes indented
/// by six spaces, as the registry writes them) added as the first code of the
/// category titled `title`, re-indented to match that category's codes.
/// `None` when the category is not laid out as a block with a `codes:` list.
fn add_code(yaml: &str, title: &str, entry: &str) -> Option<String> {
    let heading = format!("  - title: {title}\n");
    let at = yaml.find(&heading)? + heading.len();
    let category_end = yaml[at..]
        .find("\n  - title: ")
        .map_or(yaml.len(), |e| at + e);
    let category = &yaml[at..category_end];
    let codes = at + category.find("    codes:\n")? + "    codes:\n".len();
    let first = yaml[codes..category_end]
        .lines()
        .find(|l| !l.trim().is_empty())?;
    let indent = first.len() - first.trim_start().len();
    if !first.trim_start().starts_with("- ") || indent < 4 {
        return None;
    }
    let reindented: String = entry
        .lines()
        .map(|line| format!("{}{}\n", " ".repeat(indent), &line[6..]))
        .collect();
    Some(format!("{}{reindented}{}", &yaml[..codes], &yaml[codes..]))
}

/// The line span (start, end) of the block-style entry of `code`.
fn entry_lines(lines: &[&str], code: &str) -> (usize, usize) {
    let start = lines
        .iter()
        .position(|l| l.trim() == format!("- code: {code}"))
        .unwrap_or_else(|| panic!("{code} is not written as a block"));
    let indent = lines[start].len() - lines[start].trim_start().len();
    let end = (start + 1..lines.len())
        .find(|&i| {
            let l = lines[i];
            l.trim().is_empty() || l.len() - l.trim_start().len() <= indent
        })
        .unwrap_or(lines.len());
    (start, end)
}

fn join(lines: &[&str]) -> String {
    let mut text = lines.join("\n");
    text.push('\n');
    text
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
    error_codes_codegen::load_str(Path::new("registry/error-codes.yaml"), yaml)
        .unwrap_or_else(|e| panic!("the edited registry is invalid:\n{e}\n{yaml}"))
}

#[test]
fn every_documented_registry_edit_keeps_the_suite_green() {
    if in_a_copy() {
        eprintln!("skipped: this suite runs inside a copy of the workspace");
        return;
    }
    let mut names = Names::new();
    let seed = names.seed;
    eprintln!("maintainer edits: seed {seed}");
    let copy = Copy::new(seed);
    let mut yaml = copy.registry();
    let registry = load(&yaml);
    let mut taken: Vec<String> = registry.codes().map(|(_, c)| c.code.clone()).collect();

    // Batch 1: new codes in several categories, with and without a meaning;
    // one without a meaning in "Not found", whose table has no Meaning column.
    let mut shown = Vec::new();
    // Any category laid out as the registry lays out its own (one added by
    // hand in another style is left alone).
    let titles: Vec<&str> = registry
        .categories
        .iter()
        .map(|c| c.title.as_str())
        .filter(|t| *t != "Not found" && add_code(&yaml, t, "      - code: x\n").is_some())
        .collect();
    let additions = [
        ("Not found".to_string(), 404, None),
        (
            "Conflict / state".to_string(),
            409,
            Some("Added with a meaning"),
        ),
        (
            names.pick(&titles).to_string(),
            400,
            Some("Added elsewhere"),
        ),
        (names.pick(&titles).to_string(), 503, None),
    ];
    for (title, status, meaning) in additions {
        let code = fresh_code(&mut names, &taken);
        let mut entry = format!("      - code: {code}\n        status: {status}\n");
        if let Some(meaning) = meaning {
            let _ = writeln!(entry, "        meaning: {meaning} {}", names.word());
        }
        yaml = add_code(&yaml, &title, &entry)
            .unwrap_or_else(|| panic!("cannot add a code to {title:?} (seed {seed})"));
        shown.push(format!("<a id=\"{code}\"></a>`{code}`"));
        taken.push(code);
    }
    load(&yaml);
    copy.set_registry(&yaml);
    copy.regenerate("new codes");
    copy.assert_page_shows("new codes", &shown);
    copy.cheap_tests("new codes");

    // Batch 2: a new category, a deprecation, a reworded meaning, and a code
    // with a meaning in "Not found" (which gains a Meaning column).
    let registry = load(&yaml);
    let title = format!("Added {}", names.word());
    let first = fresh_code(&mut names, &taken);
    taken.push(first.clone());
    let second = fresh_code(&mut names, &taken);
    taken.push(second.clone());
    let _ = write!(
        yaml,
        "\n  - title: {title}\n    codes:\n      - code: {first}\n        status: 422\n        \
         meaning: First of a new category\n      - code: {second}\n        status: 500\n"
    );
    let not_found = fresh_code(&mut names, &taken);
    taken.push(not_found.clone());
    yaml = add_code(
        &yaml,
        "Not found",
        &format!(
            "      - code: {not_found}\n        status: 404\n        meaning: Found nowhere\n"
        ),
    )
    .unwrap_or_else(|| panic!("cannot add a code to \"Not found\" (seed {seed})"));

    // Deprecate a code written as a block that nothing else relies on, in
    // favour of another code.
    let runtime = runtime_codes();
    let relied_on: Vec<&str> = registry
        .codes()
        .filter_map(|(_, c)| c.deprecated.as_ref()?.use_instead.as_deref())
        .chain([registry.page.envelope_example.code.as_str()])
        .chain(runtime.iter().map(String::as_str))
        .collect();
    let lines: Vec<&str> = yaml.lines().collect();
    let candidates: Vec<&str> = registry
        .codes()
        .map(|(_, c)| c.code.as_str())
        .filter(|c| !relied_on.contains(c))
        .filter(|c| {
            registry
                .code(c)
                .is_some_and(|(_, c)| c.deprecated.is_none())
        })
        .filter(|c| lines.iter().any(|l| l.trim() == format!("- code: {c}")))
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
    let (start, end) = entry_lines(&lines, &deprecated);
    // The entry's fields sit two columns right of its `- `.
    let field = " ".repeat(lines[start].len() - lines[start].trim_start().len() + 2);
    let deprecation = format!(
        "{field}deprecated:\n{field}  since: \"{since}\"\n{field}  use_instead: {instead}\n{field}  note: {note}"
    );
    let mut edited: Vec<&str> = lines[..end].to_vec();
    edited.push(&deprecation);
    edited.extend_from_slice(&lines[end..]);
    yaml = join(&edited);

    // Reword the meaning of another code written as a block.
    let lines: Vec<&str> = yaml.lines().collect();
    let with_meaning: Vec<&str> = registry
        .codes()
        .map(|(_, c)| c)
        .filter(|c| c.meaning.is_some() && c.code != deprecated)
        .map(|c| c.code.as_str())
        .filter(|c| lines.iter().any(|l| l.trim() == format!("- code: {c}")))
        .collect();
    let reworded = names.pick(&with_meaning).to_string();
    let meaning = format!("Reworded by the maintainer {}", names.word());
    let (start, end) = entry_lines(&lines, &reworded);
    let at = (start..end)
        .find(|&i| lines[i].trim_start().starts_with("meaning:"))
        .expect("the code has a meaning line");
    let indent = &lines[at][..lines[at].len() - lines[at].trim_start().len()];
    let meaning_line = format!("{indent}meaning: {meaning}");
    let mut edited: Vec<&str> = lines.clone();
    edited[at] = &meaning_line;
    yaml = join(&edited);

    load(&yaml);
    copy.set_registry(&yaml);
    copy.regenerate("category, deprecation, rewording");
    copy.assert_page_shows(
        "category, deprecation, rewording",
        &[
            format!("## {title}"),
            format!("<a id=\"{first}\"></a>`{first}`"),
            format!("<a id=\"{second}\"></a>`{second}`"),
            format!("<a id=\"{not_found}\"></a>`{not_found}`"),
            since.clone(),
            note.clone(),
            meaning.clone(),
        ],
    );
    copy.cheap_tests("category, deprecation, rewording");

    // Batch 3: the page intro and a header; then the copy's whole suite.
    let intro = format!("Changed intro {}.", names.word());
    let at = yaml.find("  intro:\n").expect("the page has an intro") + "  intro:\n".len();
    yaml.insert_str(at, &format!("    - {intro}\n"));
    let header = format!("X-Added-{}", names.word().to_uppercase());
    let at = yaml.find("\nheaders:\n").expect("the registry has headers") + "\nheaders:\n".len();
    yaml.insert_str(
        at,
        &format!(
            "  - name: {header}\n    when: always\n    example: abc\n    description: added by a maintainer.\n"
        ),
    );
    load(&yaml);
    copy.set_registry(&yaml);
    copy.regenerate("intro and header");
    copy.assert_page_shows("intro and header", &[intro, header]);
    copy.cargo("every edit", &["test", "--workspace"]);
}
