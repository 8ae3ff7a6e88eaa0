//! Loads an API's error-code registry, validates it, and generates from it
//! the API's Rust crate, docs page, OpenAPI document, JSON Schema, and
//! TypeScript and Python packages.
//!
//! A build script needs one call (depend on this crate with
//! `default-features = false`: the `cli` feature is the command line's):
//!
//! ```no_run
//! // build.rs
//! error_codes_codegen::Builder::new("../registry/error-codes.yaml").run_build_script();
//! ```
//!
//! A tool that works on a whole project (its registry, its configuration,
//! its committed outputs) uses [`Project`]:
//!
//! ```no_run
//! # fn main() -> Result<(), error_codes_codegen::Error> {
//! use error_codes_codegen::Project;
//!
//! let project = Project::for_registry("registry/error-codes.yaml")?;
//! let registry = project.load()?;
//! for (category, code) in registry.codes() {
//!     println!("{} ({}): {}", code.code, code.status, category.title);
//! }
//! let stale = project.check(&registry)?;
//! assert!(stale.is_empty(), "run `{}`", project.regenerate_command());
//! # Ok(())
//! # }
//! ```
//!
//! Every name and path (registry, lock, outputs, enum and package names)
//! comes from the project's configuration, [`Config`].
//!
//! # Inside
//!
//! One module per stage, each private, called in one order by one module,
//! `project` (the pipeline), which the build script ([`Builder`]), the
//! command line and `init` all go through:
//!
//! ```text
//! yaml → load (YAML → raw, spanned) → validate (→ model, or diagnostics)
//!      → lock (the stability promise) → emit::{rust, markdown, …} → write
//! ```
//!
//! Below them sit `error`, `diagnostic`, `suggest`, `date`, `config` and
//! `layout` (where every file lives), and `naming` (how every generated name
//! is made); above them `project`, then `build_script`, `init`, `diff` and
//! the command line. No module imports one above it.
#![forbid(unsafe_code)]

// The foundations: errors, diagnostics, dates, the project's configuration
// and where its files live.
mod date;
mod diagnostic;
mod doc_url;
mod error;
mod render;
mod suggest;
mod yaml;

mod config;
mod layout;

// The stages, in pipeline order.
mod load;
mod lock;
mod model;
mod naming;
mod proto_numbers;
mod validate;

mod emit;
mod write;

// The pipeline, and what calls it.
mod build_script;
#[cfg(feature = "cli")]
mod cli;
mod diff;
mod init;
mod project;

pub use build_script::Builder;
#[cfg(feature = "cli")]
pub use cli::run as run_cli;
pub use config::Config;
pub use date::Date;
pub use diagnostic::{Diagnostic, Diagnostics, Location, Severity};
pub use diff::{Bump, Change};
pub use emit::Output;
pub use error::Error;
pub use init::Source;
pub use model::{
    BodyLayout, Category, Code, CodeGrpc, CodeStyle, Deprecation, DetailsShape, Envelope,
    EnvelopeExample, Grpc, Header, HeaderFormat, HeaderWhen, Member, MemberType, Operation, Page,
    Registry, Related, Retry, Role, Roles, StatusKind,
};
pub use project::{Project, Stale};

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used, clippy::unwrap_used)]

    /// Every registry under `tests/fixtures` (each `.yaml` file is one) and
    /// this API's.
    pub(crate) fn fixture_registries() -> Vec<(std::path::PathBuf, crate::Registry)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut paths = vec![root.join("registry/error-codes.yaml")];
        let mut dirs = vec![root.join("tests/fixtures")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "yaml") {
                    paths.push(path);
                }
            }
        }
        paths.sort();
        let registries: Vec<(std::path::PathBuf, crate::Registry)> = paths
            .into_iter()
            .map(|path| {
                let registry = crate::Registry::load(&path)
                    .unwrap_or_else(|e| panic!("{} is not a valid registry: {e}", path.display()));
                (path, registry)
            })
            .collect();
        assert!(registries.len() > 10, "{} registries", registries.len());
        registries
    }

    /// The public API stays small (prost-build documents 11 items): every
    /// module is private, and what is public is re-exported above, at most
    /// 40 names in all, each with its own page in the docs.
    #[test]
    fn the_public_api_is_what_lib_rs_re_exports() {
        let source = include_str!("lib.rs");
        let code: String = source
            .lines()
            .take_while(|line| !line.starts_with("#[cfg(test)]"))
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(!code.contains("pub mod"), "a public module in lib.rs");
        assert!(
            !code.contains("doc(hidden)"),
            "a hidden public item in lib.rs"
        );
        let names: usize = code
            .split("pub use ")
            .skip(1)
            .map(|statement| {
                let statement = &statement[..statement.find(';').expect("a `use` ends with `;`")];
                match statement.split_once('{') {
                    Some((_, list)) => list
                        .split(',')
                        .filter(|n| !n.trim().trim_end_matches('}').is_empty())
                        .count(),
                    None => 1,
                }
            })
            .sum();
        assert!(names <= 40, "{names} public names: the API is at most 40");
    }
}
