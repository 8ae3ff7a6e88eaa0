//! The `error-codes` command line (cargo feature `cli`):
//! `cargo run -p error-codes-codegen -- <command> [REGISTRY]`.
//!
//! Without a REGISTRY argument it finds the project in the current folder or
//! the nearest one above it that has a configuration file or the default
//! registry, as cargo finds `Cargo.toml` (see `Project::discover`).
//!
//! Exit status: 0 when clean, 1 when the registry (or a committed output)
//! has problems, 2 on usage errors. Output to a closed pipe is dropped,
//! never a panic.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::config::Config;
use crate::emit;
use crate::error::Error;
use crate::layout::Layout;
use crate::model::Registry;
use crate::project::Project;

mod diff;
mod explain;
mod export;

use export::Format;

/// Check the error-code registry and generate everything that comes from it.
#[derive(Debug, Parser)]
#[command(name = "error-codes", version)]
#[command(
    after_help = "Without REGISTRY, the project is found in the current folder or the nearest folder \
above it that has error-codes.gen.yaml (its configuration: every name and path) or \
registry/error-codes.yaml. Generated files are written relative to the project's root; the lock \
sits next to the registry.\n\n\
Exit status: 0 clean, 1 registry problems or stale files, 2 usage error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// What `Command::registry` answers for `diff` and `init`, which name their
/// registries themselves (see [`diff::DiffArgs`]).
const NO_REGISTRY: RegistryArg = RegistryArg { registry: None };

/// Where the registry is.
#[derive(Debug, Args)]
struct RegistryArg {
    /// The registry file [default: registry/error-codes.yaml, found upwards]
    #[arg(value_name = "REGISTRY")]
    registry: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate the registry and report stale generated files
    Check(RegistryArg),
    /// Rewrite every committed generated file (docs, clients, the crate's src/generated, the lock)
    Generate(RegistryArg),
    /// Rewrite the lock even though published codes were removed or changed
    ///
    /// A deliberate break of clients, to be reviewed. To record added codes run `generate`.
    Lock {
        /// Accept the breaking changes (required: the command says what it does)
        #[arg(long, required = true)]
        accept_breaking: bool,
        #[command(flatten)]
        registry: RegistryArg,
    },
    /// Everything about one code: status, category, retry, details, docs URL
    Explain {
        /// The code, e.g. `version_conflict`
        code: String,
        #[command(flatten)]
        registry: RegistryArg,
    },
    /// Print one generated output
    Export {
        /// Which output
        #[arg(long, value_enum)]
        format: Format,
        #[command(flatten)]
        registry: RegistryArg,
    },
    /// Make the whole project for another API in a new folder: registry,
    /// configuration, crate, docs, OpenAPI, JSON Schema, TypeScript and Python packages, lock
    Init {
        /// The folder to make (missing or empty)
        dir: PathBuf,
        /// The crate's name; the npm and PyPI packages are named after it
        #[arg(long = "crate", value_name = "NAME")]
        crate_name: String,
        /// The registry to start from, copied byte for byte [default: a starter registry]
        #[arg(long, value_name = "FILE")]
        registry: Option<PathBuf>,
        /// Depend on the published runtime and generator at this version
        /// requirement (e.g. `0.1`) instead of on this checkout's paths
        #[arg(long, value_name = "VERSION")]
        runtime_version: Option<String>,
    },
    /// Print the Markdown docs page
    Docs(RegistryArg),
    /// Print the generated Rust source, formatted
    Rust(RegistryArg),
    /// Every change between two registries and the version bump it requires
    ///
    /// `diff OLD NEW` compares two files; `diff --against REF` compares the registry at a git
    /// revision with the working tree.
    Diff(diff::DiffArgs),
}

/// Runs the `error-codes` command line on `args` (the program's name
/// first, as [`std::env::args_os`] gives them) and returns its exit code:
/// what `cargo run -p error-codes-codegen -- …` runs (feature `cli`).
pub fn run(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(err) => {
            // `--help` and `--version` are "errors" that exit 0; printing
            // to a closed stream is not worth a panic.
            let _ = err.print();
            return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
        }
    };
    // `diff` reads two registries, not one: it finds its own.
    let command = match cli.command {
        Command::Diff(args) => return diff::run(&args),
        command => command,
    };
    if let Command::Init {
        dir,
        crate_name,
        registry,
        runtime_version,
    } = &command
    {
        return match init(
            dir,
            crate_name,
            registry.as_deref(),
            runtime_version.as_deref(),
        ) {
            Ok(code) => code,
            // A registry problem reads as `check` shows it: located, with
            // its snippet and help, in the file given to `--registry`.
            Err(err) => {
                let here = Layout::with_config(".", Config::default());
                say_err(&report(&err, &here));
                ExitCode::from(1)
            }
        };
    }
    let project = match command.registry().project() {
        Ok(project) => project,
        Err(err) => {
            say_err(&format!("error: {err}"));
            return ExitCode::from(1);
        }
    };
    match execute(command, &project) {
        Ok(code) => code,
        Err(err) => {
            say_err(&report(&err, project.layout()));
            ExitCode::from(1)
        }
    }
}

/// `init`: makes the project and prints what follows.
fn init(
    dir: &std::path::Path,
    name: &str,
    registry: Option<&std::path::Path>,
    runtime_version: Option<&str>,
) -> Result<ExitCode, Error> {
    use crate::init::Source;
    let source = match runtime_version {
        Some(version) => Source::Version(version.to_owned()),
        None => Source::this_checkout().ok_or_else(|| {
            Error::Config(
                "this generator was not built from a checkout of its repository: pass --runtime-version"
                    .to_owned(),
            )
        })?,
    };
    let made = crate::init::init(dir, name, registry, &source)?;
    let config = made.layout.config();
    let mut out = format!(
        "made {name} ({}) in {}\n",
        counted(made.files.len(), "file", "files"),
        dir.display()
    );
    match &made.workspace {
        crate::init::Joined::Own => out.push_str(&format!(
            "  a Cargo workspace of its own ({}/Cargo.toml)\n",
            dir.display()
        )),
        crate::init::Joined::Enclosing {
            manifest,
            member,
            edited: true,
        } => out.push_str(&format!(
            "  joined the enclosing Cargo workspace: added {member:?} to `members` in {}\n",
            manifest.display()
        )),
        crate::init::Joined::Enclosing {
            manifest,
            member,
            edited: false,
        } => out.push_str(&format!(
            "  joined the enclosing Cargo workspace, whose `members` in {} already cover {member:?}\n",
            manifest.display()
        )),
    }
    out.push_str(&format!(
        "  the npm and PyPI packages and the crate are licensed {:?} (`license:` in {}/{})\n",
        config.license,
        dir.display(),
        Config::FILE
    ));
    let [regenerate, mut build] = Project::of(made.layout.clone()).next_steps();
    if matches!(made.workspace, crate::init::Joined::Enclosing { .. }) {
        // A workspace's `default-members` may leave the new member out.
        build = format!("{build} -p {}", config.crate_name);
    }
    out.push_str(&format!(
        "next, in {}:\n  after editing {}: {regenerate}\n  then: {build}\n",
        dir.display(),
        config.registry,
    ));
    say(&out);
    Ok(ExitCode::SUCCESS)
}

impl Command {
    fn registry(&self) -> &RegistryArg {
        match self {
            // Never asked: `run` makes an `init` project before any registry is read.
            Command::Init { .. } => &NO_REGISTRY,
            Command::Check(r) | Command::Generate(r) | Command::Docs(r) | Command::Rust(r) => r,
            Command::Lock { registry, .. }
            | Command::Explain { registry, .. }
            | Command::Export { registry, .. } => registry,
            Command::Diff(_) => &NO_REGISTRY,
        }
    }
}

/// Prints to standard output; a closed pipe (`| head`) is not an error.
fn say(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

/// Prints a line to standard error; a closed stream is not worth a panic.
fn say_err(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

impl RegistryArg {
    /// The project of the registry named on the command line, or of the
    /// one found by walking up from the current folder (said on stderr when
    /// it is not in the current folder).
    fn project(&self) -> Result<Project, Error> {
        if let Some(path) = &self.registry {
            return Project::for_registry(path);
        }
        let here = std::path::Path::new(".");
        if let Some(found) = Project::discover(here)? {
            return Ok(found);
        }
        let absolute = std::env::current_dir().map_err(Error::io(here))?;
        match Project::discover(&absolute)? {
            Some(found) => {
                // Named from here (`../..`), so every path it reports opens
                // from the folder the command ran in.
                let up = absolute.components().count() - found.root().components().count();
                let relative: PathBuf = std::iter::repeat_n("..", up).collect();
                let found = Project::discover(&relative)?.unwrap_or(found);
                // Said on stderr: which registry a command works on is never a guess.
                say_err(&format!("using {}", found.registry_path().display()));
                Ok(found)
            }
            None => Err(Error::Io {
                path: PathBuf::from(Config::FILE),
                source: std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    format!(
                        "neither it nor {} is in this folder or any folder above it; name the registry file",
                        Config::default().registry
                    ),
                ),
            }),
        }
    }
}

/// `registry/error-codes.yaml: 75 codes in 8 categories`, the registry
/// named as the user can open it from here.
fn summary(layout: &Layout, registry: &Registry) -> String {
    format!(
        "{}: {} in {}",
        layout.shown(layout.registry_name()).display(),
        counted(registry.code_count(), "code", "codes"),
        counted(registry.categories.len(), "category", "categories"),
    )
}

/// `1 code`, `2 codes`.
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn execute(command: Command, project: &Project) -> Result<ExitCode, Error> {
    let layout = project.layout();
    let load = |_: &Layout| project.load();
    match command {
        Command::Init {
            dir,
            crate_name,
            registry,
            runtime_version,
        } => {
            return init(
                &dir,
                &crate_name,
                registry.as_deref(),
                runtime_version.as_deref(),
            );
        }
        Command::Docs(_) => {
            let registry = load(layout)?;
            say(&emit::markdown::page(&registry));
        }
        Command::Rust(_) => {
            let registry = load(layout)?;
            say(&emit::rust::source(&registry, layout).map_err(Error::emit)?);
        }
        Command::Explain { code, .. } => {
            let registry = load(layout)?;
            match explain::explain(&registry, layout.registry(), &code) {
                Ok(text) => say(&text),
                Err(why) => {
                    say_err(&format!("error: {why}"));
                    return Ok(ExitCode::from(1));
                }
            }
        }
        Command::Export { format, .. } => {
            let registry = load(layout)?;
            say(&format.render(&registry, layout)?);
        }
        Command::Check(_) => {
            let registry = project.load_locked()?;
            match crate::date::today() {
                Ok(today) => diff::warn_sunsets(&registry, layout, today),
                Err(why) => {
                    say_err(&format!("error: {why}"));
                    return Ok(ExitCode::from(2));
                }
            }
            let stale = project.check(&registry)?;
            if project.is_registry_alone(&stale) {
                // A registry before `init`, or in a pre-commit hook: valid is all there is to say.
                say(&format!(
                    "{}; valid (no generated outputs beside it: not a project yet)\n",
                    summary(layout, &registry)
                ));
                return Ok(ExitCode::SUCCESS);
            }
            if !stale.is_empty() {
                for s in &stale {
                    let path = layout.shown(&s.output().path);
                    say_err(&format!("{}: {}", path.display(), s.wording()));
                }
                say_err(&format!("regenerate with: {}", layout.regenerate_command()));
                return Ok(ExitCode::from(1));
            }
            say(&format!(
                "{}; every output up to date\n",
                summary(layout, &registry)
            ));
        }
        Command::Generate(_) => {
            let registry = project.load_locked()?;
            let total = project.outputs(&registry)?.len();
            let written = project.write(&registry)?;
            // Package manifests are made only where missing: their versions are the maintainers'.
            let manifests: Vec<String> = emit::created(&emit::ClientNames::of(project.config()))
                .into_iter()
                .map(|m| m.path)
                .collect();
            let (created, rewritten): (Vec<_>, Vec<_>) = written
                .iter()
                .map(|s| s.output().path.as_str())
                .partition(|path| manifests.iter().any(|m| m == path));
            say(&format!(
                "{}; wrote {} of {total} outputs\n",
                summary(layout, &registry),
                rewritten.len(),
            ));
            for manifest in created {
                say(&format!("created {manifest}\n"));
            }
        }
        Command::Diff(args) => return Ok(diff::run(&args)),
        Command::Lock { .. } => {
            let registry = load(layout)?;
            let target = layout.lock();
            let broken = match std::fs::read_to_string(&target) {
                Ok(text) => crate::lock::check(
                    &registry,
                    std::path::Path::new(&layout.registry_name()),
                    std::path::Path::new(&layout.lock_name()),
                    &text,
                    layout,
                )
                .err(),
                Err(_) => None,
            };
            for d in broken.iter().flat_map(|d| d.iter()) {
                say_err(&format!("accepted: {d}"));
            }
            project.write_lock(&registry)?;
            say(&format!("wrote {}\n", layout.lock_name()));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The full, human-oriented report of an error: every problem with a
/// snippet of its source (files are named as the user can open them from
/// the current folder: see [`Layout::shown`]), in colour on a terminal.
pub(crate) fn report(err: &Error, layout: &Layout) -> String {
    use std::io::IsTerminal;

    match err {
        Error::Invalid(diagnostics) => {
            let style = if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            {
                crate::render::Style::Colored
            } else {
                crate::render::Style::Plain
            };
            let shown = crate::diagnostic::Diagnostics(
                diagnostics
                    .iter()
                    .map(|d| {
                        let file = layout.shown(d.file());
                        d.clone().in_file(file)
                    })
                    .collect(),
            );
            crate::render::report(
                &shown,
                // Bounded like the registry itself: a huge file is reported without a snippet.
                &|file| crate::yaml::shown(file),
                style,
            )
        }
        other => format!("error: {other}"),
    }
}
