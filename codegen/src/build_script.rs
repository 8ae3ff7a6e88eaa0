//! The edge that `build.rs` calls: registry file in, `OUT_DIR` files out.

use std::path::PathBuf;

use crate::emit::{self, Output};
use crate::layout::Layout;
use crate::{Error, Registry, lock, write};

/// Generates a crate's sources from a registry file.
#[derive(Debug, Clone)]
pub struct Builder {
    layout: Result<Layout, String>,
    out_dir: Option<PathBuf>,
}

impl Builder {
    /// A builder for the registry at `registry` (relative paths are relative
    /// to the current directory, which in a build script is the package
    /// root), with the configuration in the folder above the registry's
    /// folder when there is one ([`Layout::for_registry`]).
    pub fn new(registry: impl Into<PathBuf>) -> Self {
        Builder {
            layout: Layout::for_registry(registry).map_err(|e| e.to_string()),
            out_dir: None,
        }
    }

    /// A builder for the project of the configuration file at `config`
    /// ([`crate::layout::CONFIG_FILE`]).
    pub fn project(config: impl AsRef<std::path::Path>) -> Self {
        Builder {
            layout: Layout::project(config.as_ref()).map_err(|e| e.to_string()),
            out_dir: None,
        }
    }

    /// A builder for `layout`.
    pub fn with_layout(layout: Layout) -> Self {
        Builder {
            layout: Ok(layout),
            out_dir: None,
        }
    }

    fn layout(&self) -> Result<&Layout, Error> {
        self.layout
            .as_ref()
            .map_err(|why| Error::Config(why.clone()))
    }

    /// Where to write; defaults to `$OUT_DIR`.
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// Loads and validates the registry, checks it against its stability
    /// lock, then emits every build output in memory. Nothing is written
    /// unless everything succeeded.
    pub fn generate(&self) -> Result<(Registry, Vec<Output>), Error> {
        let layout = self.layout()?;
        let registry = load_locked(layout)?;
        let outputs = emit::build(&registry, layout).map_err(Error::emit)?;
        Ok((registry, outputs))
    }

    /// Generates and writes the outputs into the output directory; returns
    /// the registry and its committed outputs (what `generate` would write).
    pub fn write(&self) -> Result<(Registry, Vec<Output>), Error> {
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
        let (registry, outputs) = self.generate()?;
        write::write_all(
            outputs
                .iter()
                .map(|o| (out_dir.join(&o.path), o.contents.as_str())),
        )?;
        let committed = emit::committed(&registry, self.layout()?).map_err(Error::emit)?;
        Ok((registry, committed))
    }

    /// Everything a build script does: declares what it reads, writes the
    /// outputs, warns once about stale committed outputs, and on failure
    /// prints one `cargo::error=` line per problem (cargo then fails the
    /// build without a panic backtrace).
    pub fn run_build_script(&self) {
        let layout = match self.layout() {
            Ok(layout) => layout,
            Err(err) => {
                println!(
                    "cargo::error={}",
                    err.to_string().replace(['\n', '\r'], " ")
                );
                return;
            }
        };
        println!("cargo::rerun-if-changed={}", layout.registry().display());
        let config_file = layout.root().join(crate::layout::CONFIG_FILE);
        if config_file.is_file() {
            println!("cargo::rerun-if-changed={}", config_file.display());
        }
        let lock = layout.lock();
        if lock.is_file() {
            println!("cargo::rerun-if-changed={}", lock.display());
        }
        match self.write() {
            Ok((_, committed)) => {
                // Watch the committed outputs too, so that the warning goes
                // away once `generate` has rewritten them.
                for output in &committed {
                    let path = layout.output(&output.path);
                    if path.is_file() {
                        println!("cargo::rerun-if-changed={}", path.display());
                    }
                }
                let stale = stale_among(layout, committed);
                if !stale.is_empty() {
                    let names: Vec<&str> = stale.iter().map(|o| o.path.as_str()).collect();
                    println!(
                        "cargo::warning=committed outputs are stale (the registry says otherwise): {}; run `{}`",
                        names.join(", "),
                        layout.regenerate_command()
                    );
                }
            }
            Err(err) => {
                for line in build_errors(&err, layout) {
                    println!("cargo::error={line}");
                }
            }
        }
    }
}

/// Loads the registry and fails on any change that breaks its stability
/// lock, so that nothing is generated (or the lock rewritten) over a break.
pub fn load_locked(layout: &Layout) -> Result<Registry, Error> {
    let text = crate::load::read(layout.registry())?;
    let shown = PathBuf::from(layout.registry_name());
    let registry = crate::load_str(&shown, &text)?;
    lock::check_beside(&registry, layout)?;
    Ok(registry)
}

/// The committed outputs whose file differs from what the registry
/// generates (or is missing). Line endings are compared as LF, so that a
/// checkout with CRLF endings is not stale.
pub(crate) fn stale_among(layout: &Layout, committed: Vec<Output>) -> Vec<Output> {
    committed
        .into_iter()
        .filter(|o| {
            let on_disk = std::fs::read_to_string(layout.output(&o.path)).ok();
            on_disk.map(|text| text.replace("\r\n", "\n")).as_deref() != Some(o.contents.as_str())
        })
        .collect()
}

/// The lines a build script reports for `err`: one per problem, then a hint.
pub fn build_errors(err: &Error, layout: &Layout) -> Vec<String> {
    let mut lines: Vec<String> = match err {
        Error::Invalid(diagnostics) => diagnostics.iter().map(|d| d.to_string()).collect(),
        other => vec![other.to_string()],
    };
    if matches!(err, Error::Invalid(_)) {
        lines.push(format!(
            "the error-code registry is invalid; run `{}` for the full report",
            layout.command("check")
        ));
    }
    // cargo reads one message per line.
    lines
        .into_iter()
        .map(|l| l.replace(['\n', '\r'], " "))
        .collect()
}
