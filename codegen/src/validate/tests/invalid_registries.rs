//! Every file in `fixtures/invalid/` is a registry with one kind of mistake.
//! Its leading comments say what must be reported:
//!
//! ```yaml
//! # expect: 13:17 code "token_expired": status must be a plain number like 404, not 4O1
//! # help: write `status: 401`
//! ```
//!
//! `expect` gives the line:column and the exact message of one diagnostic,
//! in order; `help` (optional) text that the preceding diagnostic's help
//! contains. `expect: lock 3:1 …` is a diagnostic in the lock file of the
//! same name (`x.lock` next to `x.yaml`), for the stability-lock rules. A
//! fixture without an expectation fails, and so does any diagnostic nobody
//! expected.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::diagnostic::Diagnostics;
use crate::lock;

#[derive(Debug)]
struct Expected {
    in_lock: bool,
    line: u64,
    column: u64,
    message: String,
    help: Vec<String>,
}

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

fn expectations(path: &Path, text: &str) -> Vec<Expected> {
    let mut expected: Vec<Expected> = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# expect: ") {
            let (in_lock, rest) = match rest.strip_prefix("lock ") {
                Some(rest) => (true, rest),
                None => (false, rest),
            };
            let (position, message) = rest
                .split_once(' ')
                .unwrap_or_else(|| panic!("{}: `# expect: LINE:COL message`", path.display()));
            let (line, column) = position
                .split_once(':')
                .unwrap_or_else(|| panic!("{}: bad position {position:?}", path.display()));
            expected.push(Expected {
                in_lock,
                line: line.parse().unwrap(),
                column: column.parse().unwrap(),
                message: message.to_owned(),
                help: Vec::new(),
            });
        } else if let Some(help) = line.strip_prefix("# help: ") {
            expected
                .last_mut()
                .unwrap_or_else(|| panic!("{}: `# help:` before any `# expect:`", path.display()))
                .help
                .push(help.to_owned());
        }
    }
    expected
}

/// What the pipeline reports for a fixture: registry problems, or when the
/// registry is valid and a `.lock` sits next to it, lock problems.
fn diagnose(path: &Path, text: &str) -> Diagnostics {
    let registry = match crate::project::parse(path, text) {
        Ok(registry) => registry,
        Err(diagnostics) => return diagnostics,
    };
    let lock_path = path.with_extension("lock");
    let lock_text = std::fs::read_to_string(&lock_path).unwrap_or_else(|_| {
        panic!(
            "{}: the registry is valid and there is no {} to check it against",
            path.display(),
            lock_path.display()
        )
    });
    lock::check(
        &registry,
        path,
        &lock_path,
        &lock_text,
        &crate::layout::Layout::new(path),
    )
    .expect_err("the lock check found nothing wrong")
}

/// The message as `build.rs` prints it: with the related places.
fn full_message(d: &Diagnostic) -> String {
    let mut message = d.message().to_string();
    for (location, label) in d.related() {
        message.push_str(&format!(" ({label} at {location})"));
    }
    message
}

fn describe(d: &Diagnostic) -> String {
    format!(
        "{}:{}:{} {} (help: {})",
        d.file().display(),
        d.location().line,
        d.location().column,
        full_message(d),
        d.help().unwrap_or("-")
    )
}

fn check_fixture(path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).unwrap();
    let expected = expectations(path, &text);
    if expected.is_empty() {
        return Err("no `# expect:` line; every fixture declares what it must report".into());
    }
    let found = diagnose(path, &text);
    let all = || {
        found
            .iter()
            .map(|d| format!("\n    {}", describe(d)))
            .collect::<String>()
    };
    if found.len() != expected.len() {
        return Err(format!(
            "expected {} diagnostics, found {}:{}",
            expected.len(),
            found.len(),
            all()
        ));
    }
    for (want, got) in expected.iter().zip(found.iter()) {
        let file_ok = if want.in_lock {
            got.file().extension().is_some_and(|e| e == "lock")
        } else {
            got.file() == path
        };
        let help = got.help().unwrap_or("");
        if !file_ok
            || got.location().line != want.line
            || got.location().column != want.column
            || full_message(got) != want.message
            || !want.help.iter().all(|h| help.contains(h.as_str()))
        {
            return Err(format!(
                "expected {}{}:{} {} (help containing {:?}), found:{}",
                if want.in_lock { "lock " } else { "" },
                want.line,
                want.column,
                want.message,
                want.help,
                all()
            ));
        }
    }
    Ok(())
}

#[test]
fn every_invalid_fixture_reports_what_it_declares() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 30, "only {} fixtures", fixtures.len());
    let failures: Vec<String> = fixtures
        .iter()
        .filter_map(|path| {
            check_fixture(path)
                .err()
                .map(|why| format!("{}: {why}", path.file_name().unwrap().to_string_lossy()))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn a_fixture_without_expectations_is_refused() {
    let text = "page:\n  title: x\n";
    assert!(expectations(Path::new("x.yaml"), text).is_empty());
    let parsed = expectations(
        Path::new("x.yaml"),
        "# expect: 3:17 some message: with colons\n# help: do this\n# expect: lock 1:1 other\n",
    );
    assert_eq!(parsed.len(), 2);
    assert_eq!((parsed[0].line, parsed[0].column), (3, 17));
    assert_eq!(parsed[0].message, "some message: with colons");
    assert_eq!(parsed[0].help, ["do this"]);
    assert!(parsed[1].in_lock && !parsed[0].in_lock);
}

/// The smallest valid registry, for tests that need one to break.
fn minimal(codes: &str) -> String {
    format!(
        "page:\n  title: Errors\n  envelope_example:\n    code: token_expired\n    message: m\ncategories:\n  - title: Auth\n    codes:\n      - code: token_expired\n        status: 401\n{codes}"
    )
}

fn only_problem(text: &str) -> Diagnostic {
    let found = crate::project::parse(Path::new("hostile.yaml"), text)
        .expect_err("hostile input was accepted");
    assert_eq!(found.len(), 1, "{found}");
    found.0.into_iter().next().unwrap()
}

// Hostile inputs are built here rather than committed: a 50 MB fixture has
// no place in the repository. No timing is asserted; each is stopped by a
// budget or by the schema before any work proportional to its expansion.

#[test]
fn a_50_mb_registry_is_refused_before_parsing() {
    let text = format!("# {}\n{}", "x".repeat(50 * 1024 * 1024), minimal(""));
    let d = only_problem(&text);
    assert_eq!((d.location().line, d.location().column), (1, 1));
    assert_eq!(
        d.message(),
        "the registry is larger than 1048576 bytes (1 MiB)"
    );
}

#[test]
fn an_alias_bomb_is_stopped_by_the_alias_budget() {
    // Billion laughs, shaped to get past the schema: a long title aliased
    // thousands of times as intro paragraphs.
    let aliases = vec!["*t"; 5_000].join(", ");
    let text = format!("page:\n  title: &t lol\n  intro: [{aliases}]\n");
    let d = only_problem(&text);
    assert_eq!(d.location().line, 3);
    assert!(
        d.message().starts_with(
            "the registry is too large or too deeply nested: it uses 1001 or more aliases"
        ),
        "{}",
        d.message()
    );
}

#[test]
fn aliases_of_long_text_are_stopped_by_the_text_budget() {
    // Few aliases, each replaying 3 kB: more than 1 MiB once expanded.
    let aliases = vec!["*t"; 400].join(", ");
    let text = format!(
        "page:\n  title: &t {}\n  intro: [{aliases}]\n",
        "lol".repeat(1000)
    );
    let d = only_problem(&text);
    assert_eq!(d.location().line, 3);
    assert_eq!(
        d.message(),
        "the registry is too large or too deeply nested: its text adds up to more than 1048576 bytes"
    );
}

#[test]
fn nested_aliases_fail_at_the_first_wrong_type() {
    let mut text = String::from("page:\n  title: x\n  intro:\n");
    for level in 0..10 {
        let items = if level == 0 {
            vec!["lol".to_string(); 10]
        } else {
            vec![format!("*a{}", level - 1); 10]
        };
        text.push_str(&format!("    - &a{level} [{}]\n", items.join(", ")));
    }
    let d = only_problem(&text);
    assert_eq!((d.location().line, d.location().column), (4, 11));
    assert_eq!(d.message(), "expected text here");
}

// No field of the registry takes arbitrarily nested values, so deep nesting
// fails at the first level the schema does not expect, long before the
// parser's depth budget (16 levels) would stop it.
#[test]
fn ten_thousand_levels_of_nesting_are_refused() {
    let flow = format!("page: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    let d = only_problem(&flow);
    assert_eq!((d.location().line, d.location().column), (1, 7));
    assert_eq!(d.message(), "expected a mapping here");

    // An unknown key is recorded and its value skipped, so the parse goes on
    // into it: the depth budget stops it.
    let under_unknown_key = format!(
        "page: {{title: x, x: {}{}}}\n",
        "{a: ".repeat(10_000),
        "}".repeat(10_000)
    );
    let d = only_problem(&under_unknown_key);
    assert_eq!(d.location().line, 1);
    assert_eq!(
        d.message(),
        "the registry is too large or too deeply nested: it nests deeper than 16 levels"
    );

    let compact_block = format!("categories:\n  {}x\n", "- ".repeat(10_000));
    let d = only_problem(&compact_block);
    assert_eq!((d.location().line, d.location().column), (2, 5));
    assert_eq!(d.message(), "expected a mapping here");

    // Block style, one more space per level: 50 MB, refused by size.
    let indented = (0..10_000).fold(String::from("page:\n"), |mut s, i| {
        s.push_str(&" ".repeat(i + 1));
        s.push_str("- \n");
        s
    });
    let d = only_problem(&indented);
    assert_eq!(
        d.message(),
        "the registry is larger than 1048576 bytes (1 MiB)"
    );
}

#[test]
fn cr_only_line_breaks_get_the_same_lines_and_columns() {
    // Old Mac line endings: YAML reads a lone CR as a line break, and so must
    // every location and snippet.
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid/status-quoted.yaml");
    let lf = std::fs::read_to_string(&path).unwrap();
    let cr = lf.replace('\n', "\r");
    let crlf = lf.replace('\n', "\r\n");
    let expected = diagnose(&path, &lf).to_string();
    assert!(!expected.is_empty());
    assert_eq!(diagnose(&path, &cr).to_string(), expected);
    assert_eq!(diagnose(&path, &crlf).to_string(), expected);
    // The snippet shows the offending line, not the whole file as one line.
    let dir = std::env::temp_dir().join(format!("cr-only-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("error-codes.yaml");
    std::fs::write(&file, &cr).unwrap();
    let Err(crate::error::Error::Invalid(found)) = crate::model::Registry::load(&file) else {
        panic!("the CR-only registry was accepted");
    };
    let report = crate::render::report(
        &found,
        &|f| crate::yaml::shown(f),
        crate::render::Style::Plain,
    );
    let line = found.0[0].location().line;
    let source_line = lf.lines().nth(usize::try_from(line).unwrap() - 1).unwrap();
    assert!(
        report.contains(&format!("{line} | {source_line}")),
        "{report}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_file_that_is_not_utf8_is_located_at_its_first_bad_byte() {
    let dir = std::env::temp_dir().join(format!("not-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("error-codes.yaml");
    // Latin-1 `é` (0xE9) after a UTF-8 `é` on line 3: column counts characters.
    std::fs::write(&file, b"page:\n  title: Errors\n  # caf\xc3\xa9 caf\xe9\n").unwrap();
    let Err(crate::error::Error::Invalid(found)) = crate::model::Registry::load(&file) else {
        panic!("a non-UTF-8 registry was not reported as invalid");
    };
    assert_eq!(found.len(), 1);
    let d = &found.0[0];
    assert_eq!((d.location().line, d.location().column), (3, 13));
    assert_eq!(
        d.message(),
        "the registry is not UTF-8 text: byte 0xE9 cannot start or continue a character here"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
