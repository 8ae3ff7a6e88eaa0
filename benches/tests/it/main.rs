//! The benchmarks' inputs and contenders agree, one module per file, in one
//! test binary.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod handwritten_agrees;
mod parse_agrees;
mod synthetic;
