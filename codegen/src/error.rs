//! [`Error`]: why a registry could not be turned into generated files.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostics;

/// Why a registry could not be turned into generated files.
#[derive(Debug)]
#[non_exhaustive]
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
    pub(crate) fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
        move |source| Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

impl Error {
    /// An emitter produced Rust that does not parse.
    pub(crate) fn emit(err: syn::Error) -> Error {
        Error::Emit(err.to_string())
    }
}

impl From<Diagnostics> for Error {
    fn from(d: Diagnostics) -> Self {
        Error::Invalid(d)
    }
}
