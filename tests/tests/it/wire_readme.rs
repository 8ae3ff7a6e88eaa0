//! The axum and client guides' examples are the example files that
//! `cargo test` and clippy compile, character for character.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes_tests::assert_doc_block_is_example;

#[test]
fn the_axum_example_is_compiled() {
    assert_doc_block_is_example(
        "docs/guides/axum.md",
        "# Returning errors from axum",
        "readme_server.rs",
    );
}

#[test]
fn the_client_example_is_compiled() {
    assert_doc_block_is_example(
        "docs/guides/clients.md",
        "# Handling errors in a client",
        "readme_client.rs",
    );
}
