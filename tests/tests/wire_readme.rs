//! The README's axum and client examples are the example files that
//! `cargo test` and clippy compile, character for character.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes_tests::{line_diff, workspace_root};

/// The first ```rust block after `heading`.
fn rust_block<'a>(readme: &'a str, heading: &str) -> &'a str {
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
        .expect("unclosed ```rust block")
        + 1;
    &section[start..start + len]
}

fn assert_block_is_example(heading: &str, example: &str) {
    let root = workspace_root();
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let path = format!("generated-crate/examples/{example}");
    let file = std::fs::read_to_string(root.join(&path)).unwrap();
    let block = rust_block(&readme, heading);
    assert!(
        block == file,
        "the README's example under {heading:?} differs from {path}; {}",
        line_diff(&file, block)
    );
}

#[test]
fn the_axum_example_is_compiled() {
    assert_block_is_example("## Returning errors from axum", "readme_server.rs");
}

#[test]
fn the_client_example_is_compiled() {
    assert_block_is_example("## Handling errors in a client", "readme_client.rs");
}
