//! The source files of the generator and the runtime stay readable: no
//! file in `codegen/src` or `runtime/src` is longer than
//! [`MAX_LINES`] before its test module (its first `#[cfg(test)]` line),
//! so a feature that grows one gets its own room (CONTRIBUTING.md, "One
//! room per feature").
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use error_codes_tests::workspace_root;

/// The longest a source file may be before its tests.
const MAX_LINES: usize = 800;

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The lines of `text` before its first `#[cfg(test)]` line.
fn lines_before_tests(text: &str) -> usize {
    text.lines()
        .take_while(|line| line.trim() != "#[cfg(test)]")
        .count()
}

#[test]
fn no_source_file_is_longer_than_the_limit_before_its_tests() {
    let mut files = Vec::new();
    for crate_dir in ["codegen/src", "runtime/src"] {
        sources(&workspace_root().join(crate_dir), &mut files);
    }
    assert!(files.len() > 20, "the walk found the sources: {files:?}");
    let long: Vec<String> = files
        .iter()
        .filter_map(|path| {
            let lines = lines_before_tests(&std::fs::read_to_string(path).unwrap());
            (lines > MAX_LINES).then(|| {
                let relative = path.strip_prefix(workspace_root()).unwrap_or(path);
                format!("{} ({lines} lines)", relative.display())
            })
        })
        .collect();
    assert!(
        long.is_empty(),
        "longer than {MAX_LINES} lines before their tests; split each by concern (one room per feature): {long:?}"
    );
}

#[test]
fn the_count_stops_at_the_test_module() {
    let text = "a\nb\n#[cfg(test)]\nmod tests {\n}\n";
    assert_eq!(lines_before_tests(text), 2);
    assert_eq!(lines_before_tests("a\nb\nc\n"), 3);
}
