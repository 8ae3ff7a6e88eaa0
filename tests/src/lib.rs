//! Helpers shared by the end-to-end tests in `tests/tests/`.
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};

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
