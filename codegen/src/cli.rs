//! The `error-codes` command line: `cargo run -p error-codes-codegen -- <command> [REGISTRY]`.
//!
//! Exit status: 0 when clean, 1 when the registry (or a committed output)
//! has problems, 2 on usage errors.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::emit::{self, Output};
use crate::{Error, Registry};

mod explain;
mod export;

pub use export::Format;

pub const DEFAULT_REGISTRY: &str = "registry/error-codes.yaml";

const USAGE: &str = "\
usage: error-codes <command> [REGISTRY]

Commands:
  check      validate the registry and report stale generated files; prints only problems
  generate   rewrite every committed generated file (docs/..., clients/..., the lock)
  lock --accept-breaking
             rewrite registry/error-codes.lock even though published codes were
             removed or changed: a deliberate break of clients, to be reviewed
  explain CODE
             everything about one code: status, category, retry, details, docs URL
  export --format json|openapi|jsonschema|typescript|markdown
             print one output (json: the whole registry, for other tools)
  docs       print the Markdown docs page
  rust       print the generated Rust source, formatted
  help       print this help

REGISTRY defaults to registry/error-codes.yaml. Generated files are written
relative to the directory above the registry's folder (the workspace root).

Exit status: 0 clean, 1 registry problems or stale files, 2 usage error.";

/// A parsed command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Check(PathBuf),
    Generate(PathBuf),
    Docs(PathBuf),
    Rust(PathBuf),
    Explain(String, PathBuf),
    Export(Format, PathBuf),
    /// Rewrite the stability lock, accepting breaking changes.
    AcceptBreaking(PathBuf),
    Help,
}

/// Parses arguments (without the program name).
pub fn parse_args(args: &[String]) -> Result<Command, String> {
    let Some((command, rest)) = args.split_first() else {
        return Err("missing command".into());
    };
    if matches!(command.as_str(), "help" | "-h" | "--help") {
        return Ok(Command::Help);
    }
    match command.as_str() {
        "explain" => return explain::parse_args(rest).map(|(c, r)| Command::Explain(c, r)),
        "export" => return export::parse_args(rest).map(|(f, r)| Command::Export(f, r)),
        _ => {}
    }
    // `lock` is only ever run to accept a break, so the flag is required:
    // the command line says what it does.
    let accept = "--accept-breaking";
    if command == "lock" && !rest.iter().any(|a| a == accept) {
        return Err(format!(
            "`lock` rewrites the lock only with {accept}; to record added codes run `generate`"
        ));
    }
    let rest: Vec<&String> = rest
        .iter()
        .filter(|a| !(command == "lock" && *a == accept))
        .collect();
    if let Some(flag) = rest.iter().find(|a| a.starts_with('-')) {
        return Err(format!("unknown option {flag:?}"));
    }
    if rest.len() > 1 {
        return Err(format!("unexpected argument {:?}", rest[1]));
    }
    let registry = PathBuf::from(rest.first().map_or(DEFAULT_REGISTRY, |a| a.as_str()));
    match command.as_str() {
        "check" => Ok(Command::Check(registry)),
        "generate" => Ok(Command::Generate(registry)),
        "docs" => Ok(Command::Docs(registry)),
        "rust" => Ok(Command::Rust(registry)),
        "lock" => Ok(Command::AcceptBreaking(registry)),
        other => Err(format!("unknown command {other:?}")),
    }
}

/// Runs the command line; returns the process exit code.
pub fn run(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let args: Result<Vec<String>, _> = args
        .into_iter()
        .skip(1)
        .map(OsString::into_string)
        .collect();
    let command = match args {
        Ok(args) => parse_args(&args),
        Err(bad) => Err(format!("argument {bad:?} is not valid UTF-8")),
    };
    let command = match command {
        Ok(c) => c,
        Err(why) => {
            eprintln!("error: {why}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match execute(command) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("{}", report(&err));
            ExitCode::from(1)
        }
    }
}

fn execute(command: Command) -> Result<ExitCode, Error> {
    let mut stdout = std::io::stdout().lock();
    let print = |out: &mut dyn Write, text: &str| {
        // A closed pipe (`| head`) is not worth an error.
        let _ = out.write_all(text.as_bytes());
        ExitCode::SUCCESS
    };
    match command {
        Command::Help => Ok(print(&mut stdout, &format!("{USAGE}\n"))),
        Command::Docs(path) => {
            let registry = crate::load(&path)?;
            Ok(print(&mut stdout, &emit::markdown::page(&registry)))
        }
        Command::Rust(path) => {
            let registry = crate::load(&path)?;
            let source = emit::rust::source(&registry).map_err(|e| Error::Emit(e.to_string()))?;
            Ok(print(&mut stdout, &source))
        }
        Command::Explain(code, path) => {
            let registry = crate::load(&path)?;
            match explain::explain(&registry, &path, &code) {
                Ok(text) => Ok(print(&mut stdout, &text)),
                Err(why) => {
                    eprintln!("error: {why}");
                    Ok(ExitCode::from(1))
                }
            }
        }
        Command::Export(format, path) => {
            let registry = crate::load(&path)?;
            Ok(print(&mut stdout, &format.render(&registry)))
        }
        Command::Check(path) => {
            let registry = load_locked(&path)?;
            let stale = stale_outputs(&root_of(&path), &registry);
            if stale.is_empty() {
                return Ok(ExitCode::SUCCESS);
            }
            for output in &stale {
                eprintln!("{}: stale, the registry says otherwise", output.path);
            }
            eprintln!(
                "regenerate with: cargo run -p error-codes-codegen -- generate{}",
                registry_arg(&path)
            );
            Ok(ExitCode::from(1))
        }
        Command::Generate(path) => {
            let registry = load_locked(&path)?;
            let root = root_of(&path);
            for output in stale_outputs(&root, &registry) {
                let target = root.join(output.path);
                if let Some(dir) = target.parent() {
                    std::fs::create_dir_all(dir).map_err(Error::io(dir))?;
                }
                std::fs::write(&target, &output.contents).map_err(Error::io(&target))?;
                eprintln!("wrote {}", target.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::AcceptBreaking(path) => {
            let registry = crate::load(&path)?;
            let target = crate::lock::path_for(&path);
            let broken = match std::fs::read_to_string(&target) {
                Ok(text) => crate::lock::check(&registry, &path, &target, &text).err(),
                Err(_) => None,
            };
            for d in broken.iter().flat_map(|d| d.iter()) {
                eprintln!("accepted: {d}");
            }
            std::fs::write(&target, emit::lock::lock(&registry)).map_err(Error::io(&target))?;
            eprintln!("wrote {}", target.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Loads the registry and fails on any change that breaks its stability
/// lock, so that `generate` never rewrites the lock over a break.
fn load_locked(path: &Path) -> Result<Registry, Error> {
    let registry = crate::load(path)?;
    crate::lock::check_beside(&registry, path, path)?;
    Ok(registry)
}

fn registry_arg(path: &Path) -> String {
    if path == Path::new(DEFAULT_REGISTRY) {
        String::new()
    } else {
        format!(" {}", path.display())
    }
}

/// The workspace root: the folder above the registry's folder.
pub fn root_of(registry: &Path) -> PathBuf {
    registry
        .parent()
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// The committed outputs whose file under `root` differs from what the
/// registry generates (or is missing).
pub fn stale_outputs(root: &Path, registry: &Registry) -> Vec<Output> {
    emit::committed(registry)
        .into_iter()
        .filter(|o| {
            std::fs::read_to_string(root.join(o.path)).ok().as_deref() != Some(o.contents.as_str())
        })
        .collect()
}

/// The full, human-oriented report of an error: every problem with a
/// snippet of its source, in colour on a terminal.
pub fn report(err: &Error) -> String {
    use std::io::IsTerminal;

    match err {
        Error::Invalid(diagnostics) => {
            let style = if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            {
                crate::render::Style::Colored
            } else {
                crate::render::Style::Plain
            };
            crate::render::report(
                diagnostics,
                // Bounded like the registry itself: a huge file is reported without a snippet.
                &|file| crate::load::read(file).ok(),
                style,
            )
        }
        other => format!("error: {other}"),
    }
}
