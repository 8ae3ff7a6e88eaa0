//! The edge that `build.rs` calls: registry file in, `OUT_DIR` files out.

use std::path::PathBuf;

use crate::config::Config;
use crate::emit::Output;
use crate::error::Error;
use crate::model::Registry;
use crate::project::Project;

/// Generates a crate's sources from a registry file.
#[derive(Debug, Clone)]
pub struct Builder {
    project: Result<Project, String>,
    out_dir: Option<PathBuf>,
}

impl Builder {
    /// A builder for the registry at `registry` (relative paths are relative
    /// to the current directory, which in a build script is the package
    /// root), with the configuration in the folder above the registry's
    /// folder when there is one ([`Project::for_registry`]).
    pub fn new(registry: impl Into<PathBuf>) -> Self {
        Builder {
            project: Project::for_registry(registry).map_err(|e| e.to_string()),
            out_dir: None,
        }
    }

    /// A builder for the project of the configuration file at `config`
    /// ([`Project::from_config_file`]).
    pub fn project(config: impl AsRef<std::path::Path>) -> Self {
        Builder {
            project: Project::from_config_file(config).map_err(|e| e.to_string()),
            out_dir: None,
        }
    }

    /// A builder for `project`.
    pub fn for_project(project: Project) -> Self {
        Builder {
            project: Ok(project),
            out_dir: None,
        }
    }

    fn project_ref(&self) -> Result<&Project, Error> {
        self.project
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
        let project = self.project_ref()?;
        let registry = project.load_locked()?;
        let outputs = project.build_outputs(&registry)?;
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
        let project = self.project_ref()?;
        let registry = project.load_locked()?;
        project.write_build(&registry, &out_dir)?;
        let committed = project.outputs(&registry)?;
        Ok((registry, committed))
    }

    /// Everything a build script does: declares what it reads, writes the
    /// outputs, warns once about stale committed outputs, and on failure
    /// prints one `cargo::error=` line per problem (cargo then fails the
    /// build without a panic backtrace).
    pub fn run_build_script(&self) {
        let project = match self.project_ref() {
            Ok(project) => project,
            Err(err) => {
                println!(
                    "cargo::error={}",
                    err.to_string().replace(['\n', '\r'], " ")
                );
                return;
            }
        };
        let layout = project.layout();
        println!("cargo::rerun-if-changed={}", layout.registry().display());
        let config_file = layout.root().join(Config::FILE);
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
                let stale = project.stale_among(committed);
                if !stale.is_empty() {
                    let names: Vec<&str> = stale.iter().map(|s| s.output().path.as_str()).collect();
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

/// The lines a build script reports for `err`: one per problem, then a hint.
fn build_errors(err: &Error, layout: &crate::layout::Layout) -> Vec<String> {
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
