//! Where everything lives. Every path the generator reads or writes, the
//! command that regenerates, and the provenance line at the top of every
//! generated file come from here (rust-analyzer's `project_root()` and
//! `add_preamble`, in one type).
//!
//! The project's root is the folder of its configuration file
//! ([`Config::FILE`]), whose [`Config`] names every path and name; without
//! one, the folder above the registry's folder, with the default
//! configuration. The lock sits next to the registry, and committed outputs
//! are relative to the root. So a registry kept in `reg/` gets its lock in
//! `reg/` and its docs in `docs/` beside it.

use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};

use crate::config::Config;

/// The stability lock's file name; it sits next to the registry.
pub(crate) const LOCK_FILE: &str = "error-codes.lock";

/// Where a generated crate keeps its pregenerated source, relative to the
/// crate's folder. Its build script reads the fingerprint in the first
/// lines of [`GENERATED_RUST`] (see [`fingerprint`]).
pub(crate) const GENERATED_DIR: &str = "src/generated";

/// The pregenerated Rust, inside [`GENERATED_DIR`].
pub(crate) const GENERATED_RUST: &str = "error_codes.rs";

/// The crate docs' tables, inside [`GENERATED_DIR`].
pub(crate) const GENERATED_TABLES: &str = "tables.md";

/// How a generated file's first lines are commented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Comment {
    /// `// …` (Rust, TypeScript, JavaScript).
    Slash,
    /// `# …` (YAML, Python, the lock).
    Hash,
    /// `<!-- … -->` (Markdown).
    Html,
}

/// The files of one project: the registry, its lock, the root its committed
/// outputs are relative to, and its [`Config`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Layout {
    root: PathBuf,
    registry: PathBuf,
    config: Config,
}

impl Layout {
    /// The layout of the registry at `registry` with the default
    /// configuration: the root is the folder above the registry's folder
    /// (`.` when that is the current directory).
    pub(crate) fn new(registry: impl Into<PathBuf>) -> Layout {
        let registry = registry.into();
        let root = registry
            .parent()
            .and_then(Path::parent)
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        Layout {
            root,
            registry,
            config: Config::default(),
        }
    }

    /// The layout of the project whose root is `root`.
    pub(crate) fn with_config(root: impl Into<PathBuf>, config: Config) -> Layout {
        let root = root.into();
        let registry = if root == Path::new(".") {
            PathBuf::from(&config.registry)
        } else {
            root.join(&config.registry)
        };
        Layout {
            registry,
            root,
            config,
        }
    }

    /// The project of the configuration file at `path`: its folder is the root.
    pub(crate) fn project(path: &Path) -> Result<Layout, crate::error::Error> {
        let config = Config::read(path)?;
        let root = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        Ok(Layout::with_config(root, config))
    }

    /// The layout of the registry at `registry`: the project whose
    /// configuration file is in the folder above the registry's folder, with
    /// this registry; the default configuration when there is none.
    pub(crate) fn for_registry(
        registry: impl Into<PathBuf>,
    ) -> Result<Layout, crate::error::Error> {
        let mut layout = Layout::new(registry);
        let config_file = layout.root.join(Config::FILE);
        if config_file.is_file() {
            layout.config = Config::read(&config_file)?;
        }
        Ok(layout)
    }

    /// Finds the project of `start` or of the nearest folder above it that
    /// has a [`Config::FILE`] or the default registry (`Config::default().registry`),
    /// as cargo finds `Cargo.toml`.
    pub(crate) fn discover(start: &Path) -> Result<Option<Layout>, crate::error::Error> {
        let default_registry = Config::default().registry;
        for dir in start.ancestors() {
            let config_file = dir.join(Config::FILE);
            if config_file.is_file() {
                return Layout::project(&config_file).map(Some);
            }
            let registry = dir.join(&default_registry);
            if registry.is_file() {
                return Ok(Some(Layout::with_config(dir, Config::default())));
            }
        }
        Ok(None)
    }

    /// The project's configuration: its names and paths.
    pub(crate) fn config(&self) -> &Config {
        &self.config
    }

    /// The workspace root.
    pub(crate) fn root(&self) -> &Path {
        &self.root
    }

    /// The registry file.
    pub(crate) fn registry(&self) -> &Path {
        &self.registry
    }

    /// The stability lock, next to the registry.
    pub(crate) fn lock(&self) -> PathBuf {
        self.registry.with_file_name(LOCK_FILE)
    }

    /// Where a committed output given relative to the root lives.
    pub(crate) fn output(&self, relative: impl AsRef<Path>) -> PathBuf {
        self.root.join(relative)
    }

    /// The registry's path relative to the root, with `/` separators: how
    /// generated files and messages name it.
    pub(crate) fn registry_name(&self) -> String {
        relative_name(&self.root, &self.registry)
    }

    /// Where a file named relative to the root (as diagnostics and messages
    /// name it) is, as the user can open it from the current folder: under
    /// the root as they named the project (`../acme/errors.yaml`,
    /// `/work/errors.yaml`; the command line names a project it found above
    /// the current folder `../..`).
    #[cfg(feature = "cli")]
    pub(crate) fn shown(&self, relative: impl AsRef<Path>) -> PathBuf {
        let relative = relative.as_ref();
        if self.root == Path::new(".") || relative.is_absolute() {
            relative.to_path_buf()
        } else {
            self.root.join(relative)
        }
    }

    /// The lock's path relative to the root, with `/` separators.
    pub(crate) fn lock_name(&self) -> String {
        relative_name(&self.root, &self.lock())
    }

    /// The command that regenerates every committed output of this registry.
    pub(crate) fn regenerate_command(&self) -> String {
        self.command("generate")
    }

    /// The configured command with `SUBCOMMAND [REGISTRY]`, naming the
    /// registry only when it is not the configured one (which the command
    /// line finds by itself from any folder of the project).
    pub(crate) fn command(&self, subcommand: &str) -> String {
        let name = self.registry_name();
        let cli = &self.config.command;
        if name == self.config.registry {
            format!("{cli} {subcommand}")
        } else {
            format!("{cli} {subcommand} {name}")
        }
    }

    fn provenance_lines(&self) -> [String; 2] {
        [
            format!(
                "Generated from {} by error-codes-codegen. Do not edit.",
                self.registry_name()
            ),
            format!("Regenerate with `{}`.", self.regenerate_command()),
        ]
    }

    /// The preamble's text on one line, for formats without comments (JSON).
    pub(crate) fn provenance(&self) -> String {
        self.provenance_lines().join(" ")
    }

    /// The first lines of a generated file: what it was generated from and
    /// how to regenerate it, commented for where it lands.
    #[expect(clippy::expect_used, reason = "writing to a String cannot fail")]
    pub(crate) fn preamble(&self, comment: Comment) -> String {
        let lines = self.provenance_lines();
        let mut out = String::new();
        for line in lines {
            // A path is the maintainer's text: it must not end the comment.
            let line = line.replace(['\n', '\r'], " ");
            match comment {
                Comment::Slash => writeln!(out, "// {line}"),
                Comment::Hash => writeln!(out, "# {line}"),
                Comment::Html => writeln!(out, "<!-- {} -->", line.replace("-->", "- ->")),
            }
            .expect("writing to a String cannot fail");
        }
        out
    }
}

/// `path` relative to `root` with `/` separators, or `path` itself when it
/// is not under `root`.
fn relative_name(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = relative
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

/// The fingerprint of registry text that the pregenerated source records and
/// the `error-codes` build script compares, so that a registry edited without
/// regenerating fails the build instead of compiling stale codes.
///
/// FNV-1a (64 bit) over the text with CRLF read as LF. The build script has no
/// dependencies, so it carries its own copy of these few lines; the two can
/// only disagree loudly (every build in this workspace would fail).
pub(crate) fn fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let bytes = text.as_bytes();
    for (i, &byte) in bytes.iter().enumerate() {
        if byte == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            continue;
        }
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("fnv1a64:{hash:016x}")
}

/// The line of the pregenerated Rust that carries the fingerprint.
pub(crate) const FINGERPRINT_PREFIX: &str = "// registry fingerprint: ";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_is_the_folder_above_the_registry_folder() {
        let layout = Layout::new("ws/reg/error-codes.yaml");
        assert_eq!(layout.root(), Path::new("ws"));
        assert_eq!(layout.lock(), Path::new("ws/reg/error-codes.lock"));
        assert_eq!(layout.registry_name(), "reg/error-codes.yaml");
        assert_eq!(layout.lock_name(), "reg/error-codes.lock");
        assert_eq!(
            layout.regenerate_command(),
            format!(
                "{} generate reg/error-codes.yaml",
                Config::default().command
            )
        );
    }

    #[test]
    fn the_default_registry_needs_no_argument() {
        let config = Config::default();
        let layout = Layout::new(&config.registry);
        assert_eq!(layout.root(), Path::new("."));
        assert_eq!(layout.registry_name(), config.registry);
        assert_eq!(
            layout.regenerate_command(),
            format!("{} generate", config.command)
        );
        assert!(layout.preamble(Comment::Hash).contains(&config.registry));
    }

    #[test]
    fn fingerprint_ignores_crlf_but_not_content() {
        assert_eq!(fingerprint("a: 1\r\nb: 2\r\n"), fingerprint("a: 1\nb: 2\n"));
        assert_ne!(fingerprint("a: 1\n"), fingerprint("a: 2\n"));
        assert_ne!(fingerprint("a\r"), fingerprint("a"));
    }

    #[test]
    fn preamble_cannot_close_an_html_comment() {
        let layout = Layout::new("x-->y/error-codes.yaml");
        let preamble = layout.preamble(Comment::Html);
        assert_eq!(preamble.matches("-->").count(), 2, "{preamble}");
    }
}
