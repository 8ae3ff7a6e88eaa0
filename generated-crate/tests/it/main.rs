//! The `error-codes` package's integration tests, one module per file, in
//! one test binary (one link after a registry edit, not one per file).
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

mod api;
mod robustness;
mod wire_envelope;
