//! `error-codes diff OLD NEW` and `error-codes diff --against REF [REGISTRY]`:
//! every change between two registries, the bump it requires, and (with
//! `--check-versions`) whether every package's version says so.
//!
//! Exit status: 0, or 1 when `--fail-on` is reached or a version is not
//! bumped enough; 2 on a usage error or an input that cannot be read.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::{RegistryArg, say, say_err};
use crate::date::{self, Date};
use crate::diff::{self as engine, Bump};
use crate::layout::Layout;
use crate::render::{self, Style};
use crate::{Diagnostics, Registry};
use format::{Format, Sources};
use versions::{Packages, Versions};

mod format;
mod git;
mod versions;

/// The arguments of `diff`.
#[derive(Debug, Args)]
#[command(
    after_help = "Exit status: 0, or 1 when --fail-on is reached or --check-versions \
finds a missing bump; 2 on a usage error or an unreadable input.\n\n\
The current date (for deprecation sunsets) is the system's, or ERROR_CODES_TODAY=YYYY-MM-DD."
)]
pub(super) struct DiffArgs {
    /// OLD and NEW registry files; with --against, the working tree's registry
    /// [default: registry/error-codes.yaml, found upwards]
    #[arg(value_name = "REGISTRY", num_args = 0..=2)]
    files: Vec<PathBuf>,
    /// Compare the registry as it was at this git revision (same path) with the working tree
    #[arg(long, value_name = "REF")]
    against: Option<String>,
    /// How to print the changes
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Exit 1 when the overall bump is at least this level
    #[arg(long, value_enum, value_name = "LEVEL")]
    fail_on: Option<Level>,
    /// Exit 1 when a package's version at REF was not bumped enough, or the packages disagree
    #[arg(long, requires = "against")]
    check_versions: bool,
}

/// A level `--fail-on` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Level {
    Major,
    Minor,
    Patch,
}

impl Level {
    fn bump(self) -> Bump {
        match self {
            Level::Major => Bump::Major,
            Level::Minor => Bump::Minor,
            Level::Patch => Bump::Patch,
        }
    }
}

/// Runs `diff`; every failure to read an input exits 2 with its reason.
pub(super) fn run(args: &DiffArgs) -> ExitCode {
    match compare(args) {
        Ok(code) => code,
        Err(message) => {
            say_err(&message);
            ExitCode::from(2)
        }
    }
}

/// The two registries compared, what they are called, and (for --against)
/// the layout and revision the packages are read from.
struct Inputs {
    old: Registry,
    new: Registry,
    sources: Sources,
    against: Option<(Layout, String)>,
}

fn compare(args: &DiffArgs) -> Result<ExitCode, String> {
    let today = date::today().map_err(|e| format!("error: {e}"))?;
    let inputs = match &args.against {
        Some(revision) => against(args, revision)?,
        None => files(args)?,
    };
    let changes = engine::diff(&inputs.old, &inputs.new, today);
    say(&format::render(args.format, &changes, &inputs.sources));
    if let Some((layout, _)) = &inputs.against {
        note_lock(&inputs.new, layout);
    }
    let bump = Bump::of(&changes);
    let mut failed = false;
    if args.check_versions
        && let Some((layout, revision)) = &inputs.against
    {
        let packages = package_versions(layout, revision)?;
        for problem in versions::problems(&packages, bump) {
            failed = true;
            say_err(&format!("error: {problem}"));
            if args.format == Format::Github {
                say(&format!("::error title=version bump::{problem}\n"));
            }
        }
        if !failed {
            say_err(&format!(
                "versions: {} ({} change)",
                packages
                    .iter()
                    .map(|p| format!("{} {}", p.name, p.new))
                    .collect::<Vec<_>>()
                    .join(", "),
                bump.as_str()
            ));
        }
    }
    if let Some(level) = args.fail_on
        && bump >= level.bump()
        && bump > Bump::None
    {
        say_err(&format!(
            "error: the registry change is {} (--fail-on {})",
            bump.as_str(),
            level.bump().as_str()
        ));
        failed = true;
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `diff OLD NEW`: two files, named as given.
fn files(args: &DiffArgs) -> Result<Inputs, String> {
    let [old, new] = args.files.as_slice() else {
        return Err(
            "error: diff needs two registry files (OLD NEW), or --against REF [REGISTRY]".into(),
        );
    };
    let read = |path: &Path| -> Result<(Registry, Option<Lock>), String> {
        let text = crate::project::read_registry(path).map_err(|e| match e {
            crate::error::Error::Invalid(d) => invalid(&d, None, &format!("{}", path.display())),
            other => format!("error: {other}"),
        })?;
        let registry = crate::project::parse(path, &text)
            .map_err(|d| invalid(&d, Some(&text), &path.display().to_string()))?;
        // The lock beside the file, if any.
        let lock_path = path.with_file_name(crate::layout::LOCK_FILE);
        let lock = std::fs::read_to_string(&lock_path).ok().map(|text| Lock {
            name: lock_path.display().to_string(),
            text,
        });
        Ok((registry, lock))
    };
    let (old_registry, old_lock) = read(old)?;
    let (new_registry, new_lock) = read(new)?;
    let layout = Layout::new(new);
    let old_registry = numbered(old_registry, old_lock, None, &layout)?;
    let new_registry = numbered(new_registry, new_lock, Some(&old_registry), &layout)?;
    Ok(Inputs {
        old: old_registry,
        new: new_registry,
        sources: Sources {
            old: old.display().to_string(),
            new: new.display().to_string(),
        },
        against: None,
    })
}

/// `diff --against REF [REGISTRY]`: the registry at REF (same path) and in
/// the working tree.
fn against(args: &DiffArgs, revision: &str) -> Result<Inputs, String> {
    if args.files.len() > 1 {
        return Err("error: with --against, name at most one registry (the working tree's)".into());
    }
    let layout = RegistryArg {
        registry: args.files.first().cloned(),
    }
    .project()
    .map_err(|e| format!("error: {e}"))?
    .layout()
    .clone();
    let packages = Packages::of(&layout);
    git::verify(layout.root(), revision).map_err(|e| format!("error: {e}"))?;
    let shown = format!("{revision}:{}", packages.registry);
    let bytes = git::show(layout.root(), revision, &packages.registry)
        .map_err(|e| format!("error: {e}"))?
        .ok_or_else(|| {
            format!(
                "error: no registry at revision {revision:?}: {} did not exist then",
                packages.registry
            )
        })?;
    let old_text = String::from_utf8(bytes)
        .map(crate::yaml::normalize_line_breaks)
        .map_err(|_| format!("error: the registry at {shown} is not UTF-8 text"))?;
    let old = crate::project::parse(Path::new(&shown), &old_text)
        .map_err(|d| invalid(&d, Some(&old_text), &shown))?;
    let new_text =
        crate::project::read_registry(layout.registry()).map_err(|e| format!("error: {e}"))?;
    let new = crate::project::parse(Path::new(&packages.registry), &new_text)
        .map_err(|d| invalid(&d, Some(&new_text), &packages.registry))?;
    // Each side's `.proto` numbers are its lock's: the lock at REV, and
    // the working tree's.
    let old_lock = git::show(layout.root(), revision, &packages.lock)
        .map_err(|e| format!("error: {e}"))?
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .map(|text| Lock {
            name: format!("{revision}:{}", packages.lock),
            text: crate::yaml::normalize_line_breaks(text),
        });
    let new_lock = crate::lock::read_beside(&layout)
        .map_err(|e| format!("error: {e}"))?
        .map(|text| Lock {
            name: packages.lock.clone(),
            text,
        });
    let old = numbered(old, old_lock, None, &layout)?;
    let new = numbered(new, new_lock, Some(&old), &layout)?;
    say_err(&format!(
        "comparing {shown} (old) with {} (new)",
        packages.registry
    ));
    Ok(Inputs {
        old,
        new,
        sources: Sources {
            old: packages.registry.clone(),
            new: packages.registry,
        },
        against: Some((layout, revision.to_string())),
    })
}

/// A lock's text and how the report names it.
struct Lock {
    name: String,
    text: String,
}

/// `registry` with its gRPC reasons numbered for the `.proto` from `lock`;
/// without one, from `before`'s numbers (the registry it was edited from),
/// so that an edit alone changes no number; else in registry order.
fn numbered(
    mut registry: Registry,
    lock: Option<Lock>,
    before: Option<&Registry>,
    layout: &Layout,
) -> Result<Registry, String> {
    match (lock, before) {
        (Some(lock), _) => {
            crate::lock::number(&mut registry, Path::new(&lock.name), &lock.text, layout).map_err(
                |d| {
                    let report = render::report(&d, &|_| Some(lock.text.clone()), Style::Plain);
                    format!("error: the lock {} cannot be read:\n{report}", lock.name)
                },
            )?
        }
        (None, Some(before)) => {
            crate::proto_numbers::assign(&mut registry, &crate::proto_numbers::recorded(before));
        }
        (None, None) => {}
    }
    Ok(registry)
}

/// Says on stderr when the stability lock beside the registry refuses some
/// of the changes: the build fails until the break is accepted.
fn note_lock(registry: &Registry, layout: &Layout) {
    let lock = Packages::of(layout).lock;
    match crate::lock::check_beside(registry, layout) {
        Ok(()) => {}
        Err(crate::error::Error::Invalid(refused)) => say_err(&format!(
            "note: the stability lock ({lock}) refuses {} of these changes; the build fails until they are undone or accepted with `{}`",
            refused.len(),
            crate::lock::accept_breaking(layout)
        )),
        Err(other) => say_err(&format!("note: the stability lock cannot be read: {other}")),
    }
}

/// The report of an invalid input registry, with its source when known.
fn invalid(diagnostics: &Diagnostics, text: Option<&str>, name: &str) -> String {
    let report = render::report(diagnostics, &|_| text.map(str::to_string), Style::Plain);
    format!("error: the registry {name} is invalid:\n{report}")
}

/// Every package's version at `revision` and in the working tree.
fn package_versions(layout: &Layout, revision: &str) -> Result<Vec<Versions>, String> {
    let packages = Packages::of(layout);
    let root = layout.root();
    let at_revision = |path: &str| -> Result<Option<String>, String> {
        git::show(root, revision, path)
            .map_err(|e| format!("error: {e}"))
            .map(|bytes| bytes.map(|b| String::from_utf8_lossy(&b).into_owned()))
    };
    let mut out = Vec::new();
    for manifest in packages.manifests {
        let now_path = layout.output(&manifest.path);
        let now = std::fs::read_to_string(&now_path)
            .map_err(|e| format!("error: {}: {e}", now_path.display()))?;
        let root_now = || std::fs::read_to_string(layout.output("Cargo.toml")).ok();
        let (name, new) = versions::read(manifest.ecosystem, &now, &root_now)
            .map_err(|why| format!("error: {}: {why}", manifest.path))?;
        let old = match at_revision(&manifest.path)? {
            None => None,
            Some(text) => {
                let root_then = || at_revision("Cargo.toml").ok().flatten();
                let (_, version) = versions::read(manifest.ecosystem, &text, &root_then)
                    .map_err(|why| format!("error: {revision}:{}: {why}", manifest.path))?;
                Some(version)
            }
        };
        out.push(Versions {
            manifest,
            name,
            old,
            new,
        });
    }
    Ok(out)
}

/// `check`'s warnings: deprecated codes whose sunset has come, codes
/// no operation lists (with `operations:`), and codes whose canonical gRPC
/// code maps to another status (with `grpc:`). Reported on stderr; they never
/// fail the command.
pub(super) fn warn_sunsets(registry: &Registry, layout: &Layout, today: Date) {
    let name = layout.registry_name();
    let file = Path::new(&name);
    let mut warnings = engine::sunsets_passed(registry, file, today);
    warnings.extend(crate::validate::operations::unlisted_codes(registry, file));
    warnings.extend(crate::validate::grpc::drifted_statuses(registry, file));
    if warnings.is_empty() {
        return;
    }
    let report = render::report(
        &Diagnostics(warnings),
        &|file| crate::yaml::shown(&layout.output(file)),
        Style::Plain,
    );
    say_err(&report);
}
