//! Stage 4: [`Registry`] → generated files. Every emitter is a pure function
//! from the model to text; only `build_script` and `cli` touch the disk.

pub mod describe;
pub mod json;
pub mod jsonschema;
pub mod lock;
pub mod markdown;
pub mod openapi;
pub mod python;
pub mod rust;
pub mod tree;
pub mod typescript;

use crate::model::Registry;

/// A generated file and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Where the file goes: relative to the workspace root for committed
    /// outputs, to `OUT_DIR` for build outputs.
    pub path: &'static str,
    pub contents: String,
}

/// Where the stability lock is committed, next to the registry.
pub const LOCK_PATH: &str = "registry/error-codes.lock";

/// Files generated into the repository and committed, so that people (and
/// other tools) can read them without building anything. A test fails when
/// one of them is stale; `error-codes generate` rewrites them all.
pub fn committed(registry: &Registry) -> Vec<Output> {
    vec![
        Output {
            path: "docs/error-codes.md",
            contents: markdown::page(registry),
        },
        // Written by `generate` only after the lock check passed, so it
        // records additions and never silently accepts a breaking change.
        Output {
            path: LOCK_PATH,
            contents: lock::lock(registry),
        },
        Output {
            path: "docs/error-codes.json",
            contents: json::export(registry),
        },
        Output {
            path: "docs/openapi/error-codes.yaml",
            contents: openapi::document(registry),
        },
        Output {
            path: "docs/schema/error-envelope.schema.json",
            contents: jsonschema::document(registry),
        },
        Output {
            path: "clients/typescript/error-codes.ts",
            contents: typescript::module(registry),
        },
        // The npm package's files, emitted directly (no `tsc` run) so that
        // `generate` alone keeps the package consistent with the registry.
        Output {
            path: "clients/typescript/dist/index.js",
            contents: typescript::javascript(registry),
        },
        Output {
            path: "clients/typescript/dist/index.d.ts",
            contents: typescript::declarations(registry),
        },
        Output {
            path: "clients/python/src/error_codes/_registry.py",
            contents: python::module(registry),
        },
    ]
}

/// Files the `error-codes` crate's build script writes into `OUT_DIR`.
pub fn build(registry: &Registry) -> Result<Vec<Output>, syn::Error> {
    Ok(vec![
        Output {
            path: "error_codes.rs",
            contents: rust::source(registry)?,
        },
        Output {
            path: "tables.md",
            contents: markdown::tables(registry, markdown::Links::Rustdoc, 1),
        },
    ])
}
