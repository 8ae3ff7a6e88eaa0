//! The pipeline: one project's registry read (and held to its lock),
//! validated into the model, emitted, compared with what is on disk, and
//! written all or nothing. The build script, the command line (`generate`,
//! `check`, `lock`, `diff`) and `init` all go through here: no other module
//! reads a registry file ([`read_registry`]) or writes a file
//! ([`Project::write`] and its siblings), which `module_graph` holds.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diagnostic::Diagnostics;
use crate::emit::{self, Output};
use crate::error::Error;
use crate::layout::Layout;
use crate::model::Registry;
use crate::{load, lock, validate, write, yaml};

/// A committed output that is not what the registry generates.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Stale {
    /// The file is not there.
    Missing(Output),
    /// The file is there, with other contents.
    Differs(Output),
}

impl Stale {
    /// The output the registry generates.
    pub fn output(&self) -> &Output {
        match self {
            Stale::Missing(o) | Stale::Differs(o) => o,
        }
    }

    /// What is wrong, for people: `missing`, or `stale, the registry says otherwise`.
    pub fn wording(&self) -> &'static str {
        match self {
            Stale::Missing(_) => "missing",
            Stale::Differs(_) => "stale, the registry says otherwise",
        }
    }
}

/// One API's project: its registry, its configuration ([`Config`]: every
/// name and path), and the outputs committed beside them.
///
/// The root is the folder of the configuration file
/// ([`Project::from_config_file`]), or the folder above the registry's
/// folder ([`Project::for_registry`]). The lock sits next to the registry,
/// and committed outputs are relative to the root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    layout: Layout,
}

impl Project {
    /// The project of the registry at `registry`: the configuration file in
    /// the folder above the registry's folder when there is one, else the
    /// default configuration with this registry.
    pub fn for_registry(registry: impl Into<PathBuf>) -> Result<Project, Error> {
        Layout::for_registry(registry).map(Project::of)
    }

    /// The project of the configuration file at `path` (its folder is the root).
    pub fn from_config_file(path: impl AsRef<Path>) -> Result<Project, Error> {
        Layout::project(path.as_ref()).map(Project::of)
    }

    /// The project at `root` with `config`.
    pub fn with_config(root: impl Into<PathBuf>, config: Config) -> Project {
        Project::of(Layout::with_config(root, config))
    }

    /// The project of `start` or of the nearest folder above it that has a
    /// configuration file or the default registry, as cargo finds `Cargo.toml`.
    pub fn discover(start: impl AsRef<Path>) -> Result<Option<Project>, Error> {
        Ok(Layout::discover(start.as_ref())?.map(Project::of))
    }

    pub(crate) fn of(layout: Layout) -> Project {
        Project { layout }
    }

    pub(crate) fn layout(&self) -> &Layout {
        &self.layout
    }

    /// The project's configuration.
    pub fn config(&self) -> &Config {
        self.layout.config()
    }

    /// The folder committed outputs are relative to.
    pub fn root(&self) -> &Path {
        self.layout.root()
    }

    /// The registry file.
    pub fn registry_path(&self) -> &Path {
        self.layout.registry()
    }

    /// The stability lock, next to the registry.
    pub fn lock_path(&self) -> PathBuf {
        self.layout.lock()
    }

    /// The command that regenerates every committed output.
    pub fn regenerate_command(&self) -> String {
        self.layout.regenerate_command()
    }

    /// Reads and validates the registry. Diagnostics name the registry as
    /// the project does: relative to its root. A schema name the
    /// configuration gives that one of the registry's codes also makes is
    /// refused at the configuration's key. With `grpc:`, the reasons are
    /// numbered for the `.proto` as the stability lock records them.
    pub fn load(&self) -> Result<Registry, Error> {
        let text = read_registry(self.layout.registry())?;
        let shown = PathBuf::from(self.layout.registry_name());
        let mut registry = parse(&shown, &text)?;
        let mut clashes = self.config().schema_clashes(Some(&registry));
        clashes.extend(self.config().proto_clashes(&registry, &shown));
        if !clashes.is_empty() {
            return Err(Error::Invalid(Diagnostics(clashes)));
        }
        number_from_lock(&mut registry, &self.layout)?;
        Ok(registry)
    }

    /// [`Project::load`], then the registry held to its stability lock, so
    /// that nothing is generated (or the lock rewritten) over a breaking
    /// change.
    pub fn load_locked(&self) -> Result<Registry, Error> {
        let registry = self.load()?;
        lock::check_beside(&registry, &self.layout)?;
        Ok(registry)
    }

    /// Every file the project commits, as the registry generates it: the
    /// docs, the lock, the schemas, the client packages and the crate's
    /// pregenerated source.
    pub fn outputs(&self, registry: &Registry) -> Result<Vec<Output>, Error> {
        emit::committed(registry, &self.layout).map_err(Error::emit)
    }

    /// The files the generated crate compiles, as its build script writes
    /// them into `OUT_DIR` (paths relative to it).
    pub fn build_outputs(&self, registry: &Registry) -> Result<Vec<Output>, Error> {
        emit::build(registry, &self.layout).map_err(Error::emit)
    }

    /// The committed outputs that are missing or differ from what
    /// `registry` generates. Line endings are compared as LF, so that a
    /// checkout with CRLF endings is not stale.
    pub fn check(&self, registry: &Registry) -> Result<Vec<Stale>, Error> {
        Ok(self.stale_among(self.outputs(registry)?))
    }

    pub(crate) fn stale_among(&self, outputs: Vec<Output>) -> Vec<Stale> {
        outputs
            .into_iter()
            .filter_map(
                |o| match std::fs::read_to_string(self.layout.output(&o.path)) {
                    Err(_) => Some(Stale::Missing(o)),
                    Ok(text) if text.replace("\r\n", "\n") != o.contents => Some(Stale::Differs(o)),
                    Ok(_) => None,
                },
            )
            .collect()
    }

    /// Whether this is a registry alone: no configuration file and none of
    /// the outputs written yet (a registry before `init`, or checked in a
    /// pre-commit hook), so that `check` validates it and says so rather
    /// than report every output missing.
    #[cfg(feature = "cli")]
    pub(crate) fn is_registry_alone(&self, stale: &[Stale]) -> bool {
        !self.root().join(Config::FILE).is_file()
            && !stale.is_empty()
            && stale.iter().all(|s| matches!(s, Stale::Missing(_)))
    }

    /// Writes every committed output of `registry` that is missing or
    /// stale, all or nothing, then the package manifests that are missing
    /// (a manifest that exists is its maintainers': its version is never
    /// touched). Returns what it wrote, each as it was before.
    pub fn write(&self, registry: &Registry) -> Result<Vec<Stale>, Error> {
        let stale = self.check(registry)?;
        write::write_all(stale.iter().map(|s| {
            (
                self.layout.output(&s.output().path),
                s.output().contents.as_str(),
            )
        }))?;
        let manifests = emit::created(&emit::ClientNames::of(self.config()));
        let created = write::create_missing(
            manifests
                .iter()
                .map(|o| (self.layout.output(&o.path), o.contents.as_str())),
        )?;
        Ok(stale
            .into_iter()
            .chain(
                manifests
                    .into_iter()
                    .filter(|m| created.contains(&self.layout.output(&m.path)))
                    .map(Stale::Missing),
            )
            .collect())
    }

    /// Writes the stability lock as `registry` makes it (the `lock`
    /// command: accepting a change the lock refused).
    #[cfg(feature = "cli")]
    pub(crate) fn write_lock(&self, registry: &Registry) -> Result<(), Error> {
        let name = self.layout.lock_name();
        let lock = self
            .outputs(registry)?
            .into_iter()
            .find(|o| o.path == name)
            .ok_or_else(|| Error::Emit("the committed outputs have no lock".into()))?;
        write::write_all([(self.layout.lock(), lock.contents.as_str())])?;
        Ok(())
    }

    /// Writes the build outputs of `registry` into `out_dir` (a build
    /// script's `OUT_DIR`), all or nothing; returns them.
    pub(crate) fn write_build(
        &self,
        registry: &Registry,
        out_dir: &Path,
    ) -> Result<Vec<Output>, Error> {
        let outputs = self.build_outputs(registry)?;
        write::write_all(
            outputs
                .iter()
                .map(|o| (out_dir.join(&o.path), o.contents.as_str())),
        )?;
        Ok(outputs)
    }

    /// Writes a new project's files (`init`): `files` are paths in the
    /// project's folder, `outside` absolute paths (an enclosing
    /// workspace's manifest). All or nothing.
    pub(crate) fn write_new(
        &self,
        files: &[(String, String)],
        outside: &[(PathBuf, String)],
    ) -> Result<(), Error> {
        write::write_all(
            files
                .iter()
                .map(|(path, contents)| (self.layout.output(path), contents.as_str()))
                .chain(
                    outside
                        .iter()
                        .map(|(path, contents)| (path.clone(), contents.as_str())),
                ),
        )?;
        Ok(())
    }
}

/// Reads registry text as every command reads a registry: bounded, a
/// located error for bytes that are not UTF-8, line breaks as LF.
pub(crate) fn read_registry(path: &Path) -> Result<String, Error> {
    yaml::read(path, &load::REGISTRY)
}

/// [`read_registry`], but byte for byte: `init`'s copy keeps the file's
/// line breaks (CRLF and all).
pub(crate) fn read_registry_exact(path: &Path) -> Result<String, Error> {
    yaml::read_exact(path, &load::REGISTRY)
}

/// Parses and validates registry text; `file` names it in diagnostics.
pub(crate) fn parse(file: &Path, text: &str) -> Result<Registry, Diagnostics> {
    let raw = load::parse(file, text)?;
    validate::validate(file, text, raw)
}

/// With `grpc:`, numbers the reasons of `registry` for the `.proto` from the
/// stability lock of `layout` (in registry order when there is none).
fn number_from_lock(registry: &mut Registry, layout: &Layout) -> Result<(), Error> {
    if registry.grpc.is_none() {
        return Ok(());
    }
    if let Some(text) = lock::read_beside(layout)? {
        lock::number(registry, Path::new(&layout.lock_name()), &text, layout)?;
    }
    Ok(())
}

impl Registry {
    /// Reads, parses and validates the registry file at `path` (named in
    /// diagnostics as given). With `grpc:`, the reasons are numbered for
    /// the `.proto` as the stability lock beside the file records them.
    pub fn load(path: impl AsRef<Path>) -> Result<Registry, Error> {
        let path = path.as_ref();
        let text = read_registry(path)?;
        let mut registry = parse(path, &text)?;
        number_from_lock(&mut registry, &Layout::new(path))?;
        Ok(registry)
    }

    /// Parses and validates registry text; `file` names it in diagnostics.
    /// Read without its lock, the gRPC reasons are numbered for the
    /// `.proto` in registry order.
    pub fn parse(file: impl AsRef<Path>, text: &str) -> Result<Registry, Diagnostics> {
        parse(file.as_ref(), text)
    }
}
