//! Stage 4: [`Registry`] → generated files. Every emitter is a pure function
//! from the model to text; only `build_script` and `cli` touch the disk.

pub(crate) mod client_runtime;
pub(crate) mod describe;
pub(crate) mod grafana;
pub(crate) mod json;
pub(crate) mod jsonschema;
pub(crate) mod krate;
pub(crate) mod lock;
pub(crate) mod markdown;
pub(crate) mod openapi;
pub(crate) mod prometheus;
pub(crate) mod proto;
pub(crate) mod python;
pub(crate) mod rust;
pub(crate) mod schema;
pub(crate) mod text;
pub(crate) mod tree;
pub(crate) mod typescript;

pub(crate) use client_runtime::ClientNames;

use crate::layout::{self, Comment, Layout};
use crate::model::Registry;
use crate::naming::SchemaNames;

/// A generated file and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Output {
    /// Where the file goes: relative to the project's root for committed
    /// outputs, to `OUT_DIR` for a build script's.
    pub path: String,
    /// The whole file.
    pub contents: String,
}

/// Files generated into the repository and committed, so that people (and
/// other tools, and consumers of the packaged crate) can read them without
/// building anything. A test fails when one of them is stale; `error-codes
/// generate` rewrites them all. The client packages get the names the
/// configuration gives them (see [`committed_with`]).
pub(crate) fn committed(registry: &Registry, layout: &Layout) -> Result<Vec<Output>, syn::Error> {
    committed_with(registry, layout, &ClientNames::of(layout.config()))
}

/// [`committed`], with the client packages named `names`.
pub(crate) fn committed_with(
    registry: &Registry,
    layout: &Layout,
    names: &ClientNames,
) -> Result<Vec<Output>, syn::Error> {
    let out = |path: &str, contents: String| Output {
        path: path.to_owned(),
        contents,
    };
    // Every file starts with the one provenance preamble, commented for
    // where it lands (the Rust source adds its own, with the fingerprint).
    let hash = |body: String| layout.preamble(Comment::Hash) + &body;
    let html = |body: String| layout.preamble(Comment::Html) + &body;
    let config = layout.config();
    let mut outputs = vec![
        out(&config.docs_page, html(markdown::page(registry))),
        // Written by `generate` only after the lock check passed, so it
        // records additions and never silently accepts a breaking change.
        out(&layout.lock_name(), hash(lock::lock(registry))),
        out(
            &config.json_export,
            json::export(registry, &layout.provenance()),
        ),
        out(
            &config.openapi,
            hash(openapi::document(
                registry,
                &SchemaNames::of(&config.code_enum),
                &config.openapi_server,
            )),
        ),
        out(
            &config.json_schema,
            jsonschema::document(
                registry,
                &SchemaNames::of(&config.code_enum),
                &layout.provenance(),
            ),
        ),
        // The crate's hand-off to its runtime and its dependency-free
        // build script: generated, so that they follow the configuration.
        out(
            &format!("{}/src/lib.rs", config.crate_dir),
            krate::lib_rs(registry, layout)?,
        ),
        out(
            &format!("{}/build.rs", config.crate_dir),
            krate::build_rs(layout)?,
        ),
        // Observability: alert and recording rules, a dashboard.
        out(
            &config.prometheus_rules,
            hash(prometheus::rules(registry, config)),
        ),
        out(
            &config.grafana_dashboard,
            grafana::dashboard(registry, config, &layout.provenance()),
        ),
    ];
    // The gRPC face's `.proto`, with `grpc:`.
    if let Some(proto) = proto::file(
        registry,
        &config.reason_enum,
        &layout.preamble(Comment::Slash),
    ) {
        outputs.push(out(&config.proto, proto));
    }
    // The client packages: their data modules and the hand-written files
    // copied beside them. (The npm package's `dist/` is built by `tsc` when
    // it is packed.)
    outputs.extend(client_runtime::committed(registry, layout, names));
    // The crate's pregenerated source: what it compiles unless its
    // `regenerate` feature generates the same files into `OUT_DIR`.
    for built in build(registry, layout)? {
        let path = format!(
            "{}/{}/{}",
            config.crate_dir,
            layout::GENERATED_DIR,
            built.path
        );
        outputs.push(out(&path, built.contents));
    }
    Ok(outputs)
}

/// Files `generate` writes only where no file is: the client packages'
/// manifests for `names` (`package.json`, `package-lock.json`,
/// `pyproject.toml`), at version 0.1.0. A manifest that exists is the
/// maintainers': `generate` never changes its version, or anything else in it.
pub(crate) fn created(names: &ClientNames) -> Vec<Output> {
    client_runtime::created(names)
}

/// Files the generated crate compiles: committed in its
/// [`layout::GENERATED_DIR`], or written into `OUT_DIR` by its build script
/// with the `regenerate` feature.
pub(crate) fn build(registry: &Registry, layout: &Layout) -> Result<Vec<Output>, syn::Error> {
    Ok(vec![
        Output {
            path: layout::GENERATED_RUST.to_owned(),
            contents: rust::source(registry, layout)?,
        },
        Output {
            path: layout::GENERATED_TABLES.to_owned(),
            contents: markdown::tables(
                registry,
                markdown::Links::Rustdoc {
                    code_enum: &layout.config().code_enum,
                },
                1,
            ),
        },
    ])
}

#[cfg(test)]
mod tests;
