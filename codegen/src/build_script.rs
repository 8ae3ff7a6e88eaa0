//! The edge that `build.rs` calls: registry file in, `OUT_DIR` files out.

use std::path::{Path, PathBuf};

use crate::emit::{self, Output};
use crate::lock;
use crate::{Error, Registry};

/// Generates the `error-codes` crate's sources from a registry file.
#[derive(Debug, Clone)]
pub struct Builder {
    registry: PathBuf,
    display_path: Option<PathBuf>,
    out_dir: Option<PathBuf>,
}

impl Builder {
    /// A builder for the registry at `registry` (relative paths are relative
    /// to the current directory, which in a build script is the package root).
    pub fn new(registry: impl Into<PathBuf>) -> Self {
        Builder {
            registry: registry.into(),
            display_path: None,
            out_dir: None,
        }
    }

    /// How diagnostics name the registry file, e.g. relative to the
    /// workspace root rather than to the build script.
    pub fn display_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.display_path = Some(path.into());
        self
    }

    /// Where to write; defaults to `$OUT_DIR`.
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// Loads and validates the registry, checks it against its stability
    /// lock (`error-codes.lock` next to it, if present), then emits every
    /// build output in memory. Nothing is written unless everything succeeded.
    pub fn generate(&self) -> Result<(Registry, Vec<Output>), Error> {
        let text = crate::load::read(&self.registry)?;
        let shown = self.display_path.as_deref().unwrap_or(&self.registry);
        let registry = crate::load_str(shown, &text)?;
        lock::check_beside(&registry, &self.registry, shown)?;
        let outputs = emit::build(&registry).map_err(|e| Error::Emit(e.to_string()))?;
        Ok((registry, outputs))
    }

    /// The stability lock next to the registry, when there is one.
    fn lock_file(&self) -> Option<PathBuf> {
        let path = lock::path_for(&self.registry);
        path.is_file().then_some(path)
    }

    /// Generates and writes the outputs into the output directory.
    pub fn write(&self) -> Result<Vec<PathBuf>, Error> {
        let out_dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or_else(|| Error::Io {
                    path: PathBuf::from("$OUT_DIR"),
                    source: std::io::Error::new(
                        std::io::ErrorKind::NotFound,
                        "OUT_DIR is not set; call out_dir() outside a build script",
                    ),
                })?,
        };
        let (_, outputs) = self.generate()?;
        let mut written = Vec::new();
        for output in outputs {
            let path = out_dir.join(output.path);
            write_if_changed(&path, &output.contents)?;
            written.push(path);
        }
        Ok(written)
    }

    /// Everything a build script does: declares what it reads, writes the
    /// outputs, and on failure prints one `cargo::error=` line per problem
    /// (cargo then fails the build without a panic backtrace).
    pub fn run_build_script(&self) {
        println!("cargo::rerun-if-changed={}", self.registry.display());
        if let Some(lock) = self.lock_file() {
            println!("cargo::rerun-if-changed={}", lock.display());
        }
        if let Err(err) = self.write() {
            for line in build_errors(&err) {
                println!("cargo::error={line}");
            }
        }
    }
}

/// The lines a build script reports for `err`: one per problem, then a hint.
pub fn build_errors(err: &Error) -> Vec<String> {
    let mut lines: Vec<String> = match err {
        Error::Invalid(diagnostics) => diagnostics.iter().map(|d| d.to_string()).collect(),
        other => vec![other.to_string()],
    };
    if matches!(err, Error::Invalid(_)) {
        lines.push(
            "the error-code registry is invalid; run `cargo run -p error-codes-codegen -- check` for the full report"
                .into(),
        );
    }
    // cargo reads one message per line.
    lines
        .into_iter()
        .map(|l| l.replace(['\n', '\r'], " "))
        .collect()
}

/// Writes only when the contents differ, so that an unchanged file keeps its
/// modification time and nothing downstream rebuilds.
fn write_if_changed(path: &Path, contents: &str) -> Result<(), Error> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    std::fs::write(path, contents).map_err(Error::io(path))
}
