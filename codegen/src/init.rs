//! `init`: the whole project for another API, in this repository's layout:
//! the registry, the configuration, a Cargo workspace with the generated
//! crate (committed data and a dependency-free `build.rs`), the docs page,
//! OpenAPI, JSON Schema, the TypeScript and Python packages, and the lock.
//!
//! Everything but the scaffolding (the manifests, the starter registry) is
//! what `generate` writes, so a project made here is made exactly as this
//! repository's own `error-codes` crate.

use std::path::{Path, PathBuf};

use crate::config::{Config, quoted};
use crate::emit;
use crate::error::Error;
use crate::layout::Layout;
use crate::project::Project;

/// Where a crate made by [`Project::init`] gets its runtime (and, for its
/// `regenerate` feature, this generator) from.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Source {
    /// Paths into a checkout of this repository (the one `init` ran from).
    Checkout(PathBuf),
    /// Version requirements on the published crates, e.g. `"0.1"`.
    Version(String),
}

impl Source {
    /// The checkout this generator was built from, when it is one.
    pub fn this_checkout() -> Option<Source> {
        let codegen = Path::new(env!("CARGO_MANIFEST_DIR"));
        let root = codegen.parent()?;
        let runtime = root.join("runtime").join("Cargo.toml");
        runtime
            .is_file()
            .then(|| Source::Checkout(root.to_path_buf()))
    }

    fn dependency(&self, folder: &str, extra: &str) -> String {
        match self {
            Source::Checkout(root) => format!(
                "{{ path = {}{extra} }}",
                quoted(&root.join(folder).to_string_lossy())
            ),
            Source::Version(version) => format!("{{ version = {}{extra} }}", quoted(version)),
        }
    }

    /// The command that runs this generator from the made project.
    fn command(&self) -> String {
        match self {
            Source::Checkout(root) => format!(
                "cargo run --manifest-path {} -p error-codes-codegen --",
                shell_word(&root.join("Cargo.toml").to_string_lossy())
            ),
            Source::Version(_) => "error-codes".to_owned(),
        }
    }
}

/// What `init` made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Made {
    /// The made project.
    pub layout: Layout,
    /// Every file written, relative to the project's root.
    pub files: Vec<String>,
    /// The Cargo workspace the crate belongs to.
    pub workspace: Joined,
}

/// The Cargo workspace of a crate made by `init`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Joined {
    /// The project is a workspace of its own (its `Cargo.toml` is among the
    /// files made).
    Own,
    /// The crate joined the workspace whose manifest is `manifest`, as the
    /// member `member`; `edited` is false when a member pattern (`crates/*`)
    /// already covered it, so the manifest was left as it was.
    Enclosing {
        manifest: PathBuf,
        member: String,
        edited: bool,
    },
}

impl Project {
    /// Makes the whole project of crate `name` in `dir` (missing or empty):
    /// the registry (copied byte for byte from `registry`, or a starter
    /// registry), the configuration, a Cargo workspace with the generated
    /// crate, the docs, schemas, client packages and the lock, all or
    /// nothing. The made crate depends on the runtime as `source` says.
    pub fn init(
        dir: impl AsRef<Path>,
        name: &str,
        registry: Option<&Path>,
        source: &Source,
    ) -> Result<Project, Error> {
        init(dir.as_ref(), name, registry, source).map(|made| Project::of(made.layout))
    }

    /// The two commands that follow `init`: regenerate after a registry
    /// edit, and build.
    pub fn next_steps(&self) -> [String; 2] {
        [self.regenerate_command(), "cargo build".to_owned()]
    }
}

/// Makes the project of crate `name` in `dir` (missing or empty), with the
/// registry copied byte for byte from `registry`, or a starter registry.
pub(crate) fn init(
    dir: &Path,
    name: &str,
    registry: Option<&Path>,
    source: &Source,
) -> Result<Made, Error> {
    let mut config = Config::for_crate(name);
    config.command = source.command();
    // Checks the name as the configuration file would.
    Config::parse(Path::new(Config::FILE), &config.to_yaml())?;
    if let Ok(mut entries) = std::fs::read_dir(dir)
        && entries.next().is_some()
    {
        return Err(Error::Config(format!(
            "{}: not empty; `init` makes a new project in a new or empty folder",
            dir.display()
        )));
    }
    // Read as every registry is read (bounded, a located error for bytes
    // that are not UTF-8), but exactly: the copy keeps its line breaks.
    let text = match registry {
        Some(path) => crate::project::read_registry_exact(path)?,
        None => STARTER_REGISTRY.to_owned(),
    };
    let layout = Layout::with_config(dir, config.clone());
    // Problems are reported in the file the user gave, where they can fix them.
    let shown = registry.unwrap_or(Path::new(&config.registry));
    let model = crate::project::parse(shown, &text)?;
    let project = Project::of(layout.clone());

    // Inside a Cargo workspace the crate joins it; elsewhere the project
    // is a workspace of its own. Which workspace encloses the folder is
    // decided on its real path (`..` and symlinks resolved), as cargo does.
    let real = resolved(dir)?;
    let mut files: Vec<(String, String)> = vec![(Config::FILE.to_owned(), config.to_yaml())];
    let mut outside: Vec<(PathBuf, String)> = Vec::new();
    let workspace = match enclosing_workspace(&real)? {
        Some(workspace) => {
            let member = member_path(&workspace.root, &real.join(&config.crate_dir))?;
            let manifest = workspace.root.join("Cargo.toml");
            let edited = with_member(&workspace.manifest, &member)
                .map_err(|why| Error::Config(format!("{}: {why}", manifest.display())))?;
            if let Some(text) = &edited {
                outside.push((manifest.clone(), text.clone()));
            }
            Joined::Enclosing {
                manifest,
                member,
                edited: edited.is_some(),
            }
        }
        None => {
            files.push(("Cargo.toml".to_owned(), workspace_manifest(&config)));
            Joined::Own
        }
    };
    files.extend([
        (".gitignore".to_owned(), gitignore(&config)),
        (
            format!("{}/Cargo.toml", config.crate_dir),
            crate_manifest(&config, source),
        ),
        (
            format!("{}/README.md", config.crate_dir),
            crate_readme(&config, &model),
        ),
    ]);
    let created = emit::created(&emit::ClientNames::of(&config));
    for output in project.outputs(&model)?.into_iter().chain(created) {
        files.push((output.path, output.contents));
    }
    // The registry goes in byte for byte (CRLF and all): `text` is its
    // bytes, checked to be UTF-8, not a re-emission.
    files.push((config.registry.clone(), text.clone()));
    project.write_new(&files, &outside)?;
    let mut names: Vec<String> = files.into_iter().map(|(path, _)| path).collect();
    names.sort();
    Ok(Made {
        layout,
        files: names,
        workspace,
    })
}

/// `dir` as the file system names it: absolute, with `..` and symlinks
/// resolved in the part that exists and `.`/`..` applied to the rest. A
/// relative `../x` run in a workspace is not inside that workspace, though
/// `std::path::absolute` keeps the workspace's folder in its path.
fn resolved(dir: &Path) -> Result<PathBuf, Error> {
    use std::path::Component;
    let absolute = std::path::absolute(dir).map_err(Error::io(dir))?;
    let mut real = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::CurDir => {}
            // `real` has its symlinks resolved, so its parent is the folder's.
            Component::ParentDir => {
                real.pop();
            }
            other => {
                real.push(other);
                if let Ok(canonical) = real.canonicalize() {
                    real = canonical;
                }
            }
        }
    }
    Ok(real)
}

/// What git leaves out of a made project: cargo's, npm's and Python's
/// build outputs, including the client packages' (`npm run build`'s
/// `dist/`, a `pip install`'s `build/` and `*.egg-info/`).
fn gitignore(config: &Config) -> String {
    format!(
        "/target\nnode_modules/\n__pycache__/\n*.egg-info/\n/{}/dist/\n/{}/build/\n",
        config.typescript_dir, config.python_dir
    )
}

/// A Cargo workspace that a folder is inside.
#[derive(Debug)]
struct Workspace {
    root: PathBuf,
    /// Its `Cargo.toml`, as it is.
    manifest: String,
}

/// The Cargo workspace whose root manifest is in `dir`'s parent or a folder
/// above it, as cargo finds it; `dir` is [`resolved`].
fn enclosing_workspace(dir: &Path) -> Result<Option<Workspace>, Error> {
    let dir = dir.to_path_buf();
    for folder in dir.ancestors().skip(1) {
        let path = folder.join("Cargo.toml");
        let Ok(manifest) = std::fs::read_to_string(&path) else {
            continue;
        };
        if manifest.lines().any(|line| line.trim() == "[workspace]") {
            // Cargo's own `target/` and the folders the workspace excludes
            // hold projects of their own (scratch copies, tests' projects).
            let inside = dir.strip_prefix(folder).unwrap_or(&dir);
            let first = inside
                .components()
                .next()
                .map(|c| c.as_os_str().to_string_lossy());
            if first.as_deref() == Some("target") || excludes(&manifest, inside) {
                return Ok(None);
            }
            return Ok(Some(Workspace {
                root: folder.to_path_buf(),
                manifest,
            }));
        }
    }
    Ok(None)
}

/// Whether the workspace manifest's `exclude` names `inside` or a folder
/// above it (relative to the workspace's root).
fn excludes(manifest: &str, inside: &Path) -> bool {
    let Some(start) = manifest.lines().position(|l| {
        let l = l.trim_start();
        l.starts_with("exclude") && l["exclude".len()..].trim_start().starts_with('=')
    }) else {
        return false;
    };
    let array: String = manifest
        .lines()
        .skip(start)
        .map(code)
        .collect::<Vec<_>>()
        .join("\n");
    let array = &array[..array.find(']').unwrap_or(array.len())];
    array
        .split('"')
        .skip(1)
        .step_by(2)
        .any(|excluded| inside.starts_with(excluded))
}

/// `crate_dir` ([`resolved`]) relative to the workspace's `root`, with `/`
/// separators. A member cargo would refuse (outside the root, or climbing
/// out of it) is an error, so the workspace is never left invalid.
fn member_path(root: &Path, crate_dir: &Path) -> Result<String, Error> {
    let relative = crate_dir.strip_prefix(root).map_err(|_| {
        Error::Config(format!(
            "{} is not inside the workspace at {}",
            crate_dir.display(),
            root.display()
        ))
    })?;
    Ok(relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/"))
}

/// The workspace manifest with `member` added to `[workspace] members`
/// (the rest of the file as it was), or `Ok(None)` when a member pattern
/// (`crates/*`) already covers it. A `members` array this cannot follow is
/// an error: the manifest is never rewritten on a guess.
fn with_member(manifest: &str, member: &str) -> Result<Option<String>, String> {
    with_member_edit(manifest, member).ok_or_else(|| {
        format!("cannot add {member:?} to its `[workspace] members`: add it by hand, then run `init` again in an empty folder")
    })
}

/// [`with_member`], `None` when the manifest's layout is not one it follows.
fn with_member_edit(manifest: &str, member: &str) -> Option<Option<String>> {
    let mut lines: Vec<String> = manifest.lines().map(str::to_owned).collect();
    let table = lines.iter().position(|l| l.trim() == "[workspace]")?;
    let end = lines[table + 1..]
        .iter()
        .position(|l| l.trim_start().starts_with('['))
        .map_or(lines.len(), |i| table + 1 + i);
    let members = (table + 1..end).find(|&i| {
        let line = lines[i].trim_start();
        line.starts_with("members") && line["members".len()..].trim_start().starts_with('=')
    });
    let entry = quoted(member);
    let Some(start) = members else {
        lines.insert(table + 1, format!("members = [{entry}]"));
        return Some(Some(lines.join("\n") + "\n"));
    };
    // The array runs to the first `]` outside a string, maybe lines below.
    let mut close = None;
    let mut in_string = false;
    'lines: for (i, line) in lines.iter().enumerate().take(end).skip(start) {
        let from = if i == start {
            line.find('[').map_or(0, |p| p + 1)
        } else {
            0
        };
        for (j, c) in line.char_indices().skip_while(|(j, _)| *j < from) {
            match c {
                '"' => in_string = !in_string,
                ']' if !in_string => {
                    close = Some((i, j));
                    break 'lines;
                }
                '#' if !in_string => break,
                _ => {}
            }
        }
    }
    let (i, j) = close?;
    let existing: String = lines[start..=i].join("\n");
    let covered = existing
        .split('"')
        .skip(1)
        .step_by(2)
        .any(|pattern| pattern == member || glob_covers(pattern, member));
    if covered {
        return Some(None);
    }
    if i > start && lines[i][..j].trim().is_empty() {
        // `]` on a line of its own: the member goes on a line above it, as
        // the others are, after a comma on the last of them.
        let last = (start..i)
            .rev()
            .find(|&k| !code(&lines[k]).trim().is_empty())?;
        let indent: String = if last > start {
            lines[last]
                .chars()
                .take_while(|c| c.is_whitespace())
                .collect()
        } else {
            "    ".to_owned()
        };
        let content = code(&lines[last]).trim_end();
        if !(content.ends_with(',') || content.ends_with('[')) {
            let at = content.len();
            lines[last].insert(at, ',');
        }
        lines.insert(i, format!("{indent}{entry},"));
    } else {
        let before = lines[i][..j].trim_end();
        let separator = if before.ends_with('[') || before.ends_with(',') {
            ""
        } else {
            ","
        };
        let spacing = if before.ends_with('[') { "" } else { " " };
        lines[i] = format!("{before}{separator}{spacing}{entry}{}", &lines[i][j..]);
    }
    Some(Some(lines.join("\n") + "\n"))
}

/// A TOML line without its comment.
fn code(line: &str) -> &str {
    let mut in_string = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => in_string = !in_string,
            '#' if !in_string => return &line[..i],
            _ => {}
        }
    }
    line
}

/// Whether the member pattern `pattern` (`crates/*`) names `member`.
fn glob_covers(pattern: &str, member: &str) -> bool {
    match pattern.strip_suffix("/*") {
        Some(parent) => member
            .strip_prefix(parent)
            .and_then(|rest| rest.strip_prefix('/'))
            .is_some_and(|rest| !rest.is_empty() && !rest.contains('/')),
        None => false,
    }
}

/// `s` as one word for a POSIX shell.
fn shell_word(s: &str) -> String {
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+:@".contains(c))
    {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

fn workspace_manifest(config: &Config) -> String {
    format!(
        "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
        quoted(&config.crate_dir)
    )
}

/// The made crate's manifest: the runtime's features (its `FEATURES`
/// table), each forwarded to the runtime's of the same name, and the
/// runtime under the name the generated code gives it (`rust.runtime`).
fn crate_manifest(config: &Config, source: &Source) -> String {
    const PACKAGE: &str = "error-codes-runtime";
    // The dependency's name is the runtime path's crate: its first segment,
    // unless the path is inside this crate (`crate::rt` re-exports it).
    let first = config
        .runtime
        .trim_start_matches("::")
        .split("::")
        .next()
        .unwrap_or_default();
    let (key, rename) =
        if first.replace('_', "-") == PACKAGE || ["crate", "self", "super"].contains(&first) {
            (PACKAGE.to_owned(), String::new())
        } else {
            (first.to_owned(), format!(", package = {}", quoted(PACKAGE)))
        };
    let runtime = source.dependency("runtime", &format!("{rename}, default-features = false"));
    let codegen = source.dependency("codegen", ", default-features = false, optional = true");
    let features = error_codes_runtime::FEATURES;
    let default: Vec<String> = features
        .iter()
        .filter(|f| f.default)
        .map(|f| quoted(f.name))
        .collect();
    let forwarded: String = features
        .iter()
        .map(|f| {
            let entries: Vec<String> = std::iter::once(format!("{key}/{}", f.name))
                .chain(f.implies.iter().map(|&i| i.to_owned()))
                .map(|entry| quoted(&entry))
                .collect();
            format!("# {}\n{} = [{}]\n", f.doc, f.name, entries.join(", "))
        })
        .collect();
    format!(
        r#"[package]
name = {name}
version = "0.1.0"
edition = "2024"
license = {license}
description = "The API's error codes, generated from its registry by error-codes-codegen"
build = "build.rs"
# The published package leaves the build script out (it checks the committed
# data against the registry, which the package does not have): a consumer
# neither builds nor runs it.
include = ["/src/**", "/README.md"]

[features]
default = [{default}]
# Generate `src/generated/` from the registry at build time instead of
# compiling the committed copy.
regenerate = ["dep:error-codes-codegen"]
{forwarded}
[dependencies]
{key} = {runtime}

[build-dependencies]
error-codes-codegen = {codegen}

[lints.rust]
# Set by the build script (with `regenerate`); declared here for the
# published package, which has no build script.
unexpected_cfgs = {{ level = "warn", check-cfg = ["cfg({cfg})"] }}
"#,
        cfg = crate::emit::krate::REGENERATED_CFG,
        name = quoted(&config.crate_name),
        license = quoted(&config.license),
        default = default.join(", "),
    )
}

/// The made crate's README: what it is, and how it is regenerated.
fn crate_readme(config: &Config, registry: &crate::Registry) -> String {
    let krate = config.crate_name.replace('-', "_");
    let example = registry.codes().next().map_or_else(String::new, |(_, code)| {
        format!(
            "\n```rust\nuse {krate}::{enum_};\n\nlet code: {enum_} = {wire:?}.parse().unwrap();\nassert_eq!(code.http_status(), {status});\n```\n",
            enum_ = config.code_enum,
            wire = code.code,
            status = code.status,
        )
    });
    let features: Vec<String> = error_codes_runtime::FEATURES
        .iter()
        .map(|f| {
            let default = if f.default { " (default)" } else { "" };
            format!("`{}`{default}", f.name)
        })
        .collect();
    let features = features.join(", ");
    format!(
        "# {name}\n\n\
         {title}: every `error.code` the API can answer with, its HTTP status,\n\
         meaning and category, the error envelope, and optional axum and client\n\
         integrations (features {features}).\n{example}\n\
         Generated from `{registry}` by `error-codes-codegen`: edit the registry,\n\
         then run `{command} generate`.\n",
        name = config.crate_name,
        title = crate::emit::text::escape(&registry.page.title),
        registry = config.registry,
        command = config.command,
    )
}

/// A registry to start from: RFC 9457 problem details, the codes the
/// runtime's roles need, and the request-id header.
pub(crate) const STARTER_REGISTRY: &str = "\
# The API's error codes: the one place a code is defined. Edit it, then run
# the regenerate command `init` printed (also in error-codes.gen.yaml).
page:
  title: Error Codes
  intro:
    - Every error response carries one of these codes. Branch on its code, not on the HTTP status.

# RFC 9457 problem details (application/problem+json), the standard body of
# an error response; `nested` is an object under `error`, and a mapping lays
# out the body an API already publishes (see the guide).
envelope: rfc9457

headers:
  - name: X-Request-ID
    when: always
    example: req_abc
    description: include in support tickets.

categories:
  - title: Requests
    codes:
      - code: invalid_request
        status: 400
        meaning: Malformed JSON or shape
      - code: validation_error
        status: 422
        meaning: Field-level validation; see details.fields
        details: field_errors
      - code: not_found
        status: 404
        meaning: No such item
      - code: route_not_found
        status: 404
        meaning: No route matches the path
      - code: method_not_allowed
        status: 405
        meaning: The route does not accept the method
      - code: request_timeout
        status: 408
        meaning: The request took too long
        retry: after_delay
      - code: payload_too_large
        status: 413
        meaning: The body is over the size limit
      - code: unsupported_media_type
        status: 415
        meaning: The body's content type is not accepted

  - title: Server
    codes:
      - code: internal_error
        status: 500
        meaning: Unexpected server error
        retry: after_delay
";

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    #[test]
    fn the_made_crate_is_packaged_without_its_build_script() {
        let manifest = crate_manifest(&Config::default(), &Source::Version("0.3".to_owned()));
        let include = manifest
            .lines()
            .find(|line| line.starts_with("include = "))
            .expect("an include list");
        assert!(include.contains("\"/src/**\""), "{include}");
        assert!(!include.contains("build.rs"), "{include}");
        // The build script sets the `cfg`; the package, which has none,
        // declares it in its manifest.
        let declared = format!(
            "check-cfg = [\"cfg({})\"]",
            crate::emit::krate::REGENERATED_CFG
        );
        assert!(manifest.contains(&declared), "{manifest}");
    }

    #[test]
    fn a_member_joins_the_workspace_in_any_layout_of_its_manifest() {
        let inline =
            "[workspace]\nmembers = [\"app\"]\n\n[workspace.dependencies]\nserde = \"1\"\n";
        assert_eq!(
            with_member(inline, "errors/api").unwrap().unwrap(),
            "[workspace]\nmembers = [\"app\", \"errors/api\"]\n\n[workspace.dependencies]\nserde = \"1\"\n"
        );
        let lines = "[package]\nname = \"x\"\n\n[workspace]\nmembers = [\n    \"app\", # the app\n    \"lib\",\n]\n";
        let joined = with_member(lines, "errors").unwrap().unwrap();
        assert!(
            joined.contains("    \"lib\",\n    \"errors\",\n]"),
            "{joined}"
        );
        let none = "[workspace]\nresolver = \"3\"\n";
        assert_eq!(
            with_member(none, "errors").unwrap().unwrap(),
            "[workspace]\nmembers = [\"errors\"]\nresolver = \"3\"\n"
        );
        let empty = "[workspace]\nmembers = []\n";
        assert_eq!(
            with_member(empty, "e").unwrap().unwrap(),
            "[workspace]\nmembers = [\"e\"]\n"
        );
    }

    /// A scratch folder of its own under the system's temporary folder.
    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("error-codes-init-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir.canonicalize().unwrap()
    }

    /// `../sibling` named from inside a workspace is outside it: the
    /// newcomer's `init ../acme-errors` run in a checkout.
    #[test]
    fn a_sibling_named_with_dot_dot_is_outside_the_workspace() {
        let base = scratch("sibling");
        let checkout = base.join("checkout");
        std::fs::create_dir_all(&checkout).unwrap();
        std::fs::write(checkout.join("Cargo.toml"), "[workspace]\nmembers = []\n").unwrap();
        let dir = checkout.join("../acme-errors");
        let real = resolved(&dir).unwrap();
        assert_eq!(real, base.join("acme-errors"));
        assert!(enclosing_workspace(&real).unwrap().is_none());
        // From inside it, `..` that stays inside still joins it.
        let inside = resolved(&checkout.join("x/../errors")).unwrap();
        assert_eq!(inside, checkout.join("errors"));
        let workspace = enclosing_workspace(&inside).unwrap().unwrap();
        assert_eq!(workspace.root, checkout);
        assert_eq!(
            member_path(&workspace.root, &inside.join("api")).unwrap(),
            "errors/api"
        );
        std::fs::remove_dir_all(&base).unwrap();
    }

    /// A symlink is followed before `..` applies, as the file system does.
    #[cfg(unix)]
    #[test]
    fn a_symlinked_folder_is_resolved_to_where_it_points() {
        let base = scratch("symlink");
        let workspace = base.join("ws");
        std::fs::create_dir_all(workspace.join("deep")).unwrap();
        std::fs::write(workspace.join("Cargo.toml"), "[workspace]\n").unwrap();
        std::os::unix::fs::symlink(workspace.join("deep"), base.join("link")).unwrap();
        // `link/../errors` is `ws/errors`, inside the workspace.
        let real = resolved(&base.join("link/../errors")).unwrap();
        assert_eq!(real, workspace.join("errors"));
        assert_eq!(enclosing_workspace(&real).unwrap().unwrap().root, workspace);
        std::fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn a_members_array_it_cannot_follow_is_an_error_not_a_guess() {
        let unclosed = "[workspace]\nmembers = [\"a\",\n";
        assert!(with_member(unclosed, "b").is_err());
    }

    #[test]
    fn an_excluded_folder_is_not_the_workspaces() {
        let manifest = "[workspace]\nmembers = [\"a\"]\nexclude = [\n  \"fuzz\", # nightly\n  \"vendor/x\",\n]\n";
        assert!(excludes(manifest, Path::new("fuzz/errors")));
        assert!(excludes(manifest, Path::new("vendor/x")));
        assert!(!excludes(manifest, Path::new("vendor/y")));
        assert!(!excludes("[workspace]\n", Path::new("fuzz")));
    }

    #[test]
    fn a_member_already_named_or_covered_by_a_pattern_is_left_alone() {
        assert_eq!(
            with_member("[workspace]\nmembers = [\"crates/*\"]\n", "crates/errors"),
            Ok(None)
        );
        assert_eq!(
            with_member("[workspace]\nmembers = [\"errors\"]\n", "errors"),
            Ok(None)
        );
        assert!(matches!(
            with_member("[workspace]\nmembers = [\"crates/*\"]\n", "crates/a/b"),
            Ok(Some(_))
        ));
    }

    /// A multi-line array gets the member on a line of its own, after a
    /// comma on the last element, whether or not it had one.
    #[test]
    fn the_edited_array_lists_every_member_once() {
        let manifest = "[workspace]\nmembers = [\n    \"a\",\n    \"b\"\n]\n";
        let joined = with_member(manifest, "c").unwrap().unwrap();
        let array = &joined[joined.find('[').unwrap() + "[workspace]".len()..];
        let members: Vec<&str> = array.split('"').skip(1).step_by(2).collect();
        assert_eq!(members, ["a", "b", "c"], "{joined}");
        assert!(joined.contains("    \"b\",\n    \"c\",\n]"), "{joined}");
    }
}
