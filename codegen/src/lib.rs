//! Loads the error-code registry (`registry/error-codes.yaml`), validates
//! it, and generates the `error-codes` crate's source and the docs from it.
//!
//! The data flows through one module per stage:
//!
//! ```text
//! load (YAML → raw, spanned) → validate (→ model, or diagnostics) → emit::{rust, markdown, …}
//! ```
//!
//! A build script needs one call (depend on this crate with
//! `default-features = false`: the `cli` feature is the command line's):
//!
//! ```no_run
//! // build.rs
//! error_codes_codegen::Builder::new("../registry/error-codes.yaml").run_build_script();
//! ```
//!
//! Every name and path (registry, lock, outputs, enum and package names)
//! comes from the project's configuration, [`layout::Config`], and the
//! provenance line of every generated file from [`layout::Layout`].
#![forbid(unsafe_code)]

// The API, as small as prost-build's: `Builder` for build scripts, `load`
// and the model, the emitters, the layout and its configuration, the report.
mod build_script;
mod config;
pub mod date;
pub mod diagnostic;
pub mod diff;
pub mod emit;
pub mod layout;
pub mod model;
pub mod render;
mod suggest;

// The stages behind that API. Public for the command line, the tests, the
// benches and the fuzz targets; not part of the API.
#[doc(hidden)]
#[cfg(feature = "cli")]
pub mod cli;
#[doc(hidden)]
pub mod init;
#[doc(hidden)]
pub mod load;
#[doc(hidden)]
pub mod lock;
#[doc(hidden)]
pub mod validate;
#[doc(hidden)]
pub mod write;

use std::fmt;
use std::path::{Path, PathBuf};

pub use build_script::Builder;
pub use diagnostic::{Diagnostic, Diagnostics};
pub use model::Registry;

/// Why a registry could not be turned into generated files.
#[derive(Debug)]
pub enum Error {
    /// A file could not be read or written.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The registry is wrong; every problem found, with its location.
    Invalid(Diagnostics),
    /// An emitter produced Rust that does not parse: a bug in codegen.
    Emit(String),
    /// The project's configuration could not be read.
    Config(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, source } => write!(f, "{}: {source}", path.display()),
            Error::Invalid(diagnostics) => write!(f, "{diagnostics}"),
            Error::Emit(why) => write!(f, "internal error: generated Rust does not parse: {why}"),
            Error::Config(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            Error::Invalid(d) => Some(d),
            Error::Emit(_) | Error::Config(_) => None,
        }
    }
}

impl Error {
    /// Wraps an I/O error on `path`: `.map_err(Error::io(&path))`.
    pub fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
        move |source| Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

impl Error {
    /// An emitter produced Rust that does not parse.
    pub fn emit(err: syn::Error) -> Error {
        Error::Emit(err.to_string())
    }
}

impl From<Diagnostics> for Error {
    fn from(d: Diagnostics) -> Self {
        Error::Invalid(d)
    }
}

/// Reads, parses and validates the registry at `path`.
pub fn load(path: &Path) -> Result<Registry, Error> {
    let text = load::read(path)?;
    Ok(load_str(path, &text)?)
}

/// Parses and validates registry text; `file` names it in diagnostics.
pub fn load_str(file: &Path, text: &str) -> Result<Registry, Diagnostics> {
    let raw = load::parse(file, text)?;
    validate::validate(file, text, raw)
}
