//! The generator's integration tests, one module per file, in one test
//! binary (one link after a generator edit, not one per file).
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

mod cli_basics;
mod cli_outputs;
mod diff;
mod init;
mod invalid_registries;
mod names;
mod registry_props;
mod roles;
mod snapshots;
mod stability_lock;
