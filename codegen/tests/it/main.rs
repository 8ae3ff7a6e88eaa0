//! The generator from the outside: its command line (output streams, exit
//! codes, every command), `init`, `diff` and the stability lock, through the
//! real `error-codes` binary and the public API. One test binary (the
//! `tests/it` pattern), so that a change relinks one executable.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

mod cli_basics;
mod cli_outputs;
mod diff;
mod features;
mod init;
mod stability_lock;
mod version_guard;
