//! The generated crate's `src/lib.rs` and `build.rs`: the same for every
//! API but for the configured names and paths, so they are generated (and
//! drift-tested) like the data, and a crate made by `init` is made exactly
//! as this repository's own.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::config::Config;
use crate::layout::{
    Comment, FINGERPRINT_PREFIX, GENERATED_DIR, GENERATED_RUST, GENERATED_TABLES, Layout,
};
use crate::model::Registry;

/// The `cfg` the build script sets when it generated the data into
/// `OUT_DIR`, which makes `lib.rs` compile that. The crate's manifest
/// declares it too (`check-cfg`): the packaged crate has no build script.
pub(crate) const REGENERATED_CFG: &str = "error_codes_regenerated";

fn unparse(layout: &Layout, tokens: TokenStream) -> Result<String, syn::Error> {
    let file = syn::parse2::<syn::File>(tokens)?;
    Ok(layout.preamble(Comment::Slash) + &prettyplease::unparse(&file))
}

fn docs(text: &str) -> TokenStream {
    let lines = text.split('\n').map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#![doc = #line])
    });
    quote!(#(#lines)*)
}

/// The crate root: its docs (with the registry's tables), the generated
/// data as a module, and everything of it re-exported.
pub(crate) fn lib_rs(registry: &Registry, layout: &Layout) -> Result<String, syn::Error> {
    let config = layout.config();
    let krate = config.crate_name.replace('-', "_");
    let code = &config.code_enum;
    let category = &config.category_enum;
    let example = registry
        .codes()
        .next()
        .map(|(_, c)| (c.code.as_str(), c.rust_name.as_str(), c.status));
    let example = match example {
        Some((wire, variant, status)) => format!(
            "```\n\
             use {krate}::{code};\n\n\
             let code: {code} = {wire:?}.parse().unwrap();\n\
             assert_eq!(code, {code}::{variant});\n\
             assert_eq!(code.http_status(), {status});\n\
             assert!(code.category().codes().contains(&code));\n\
             assert_eq!(code.to_string(), {wire:?});\n\
             ```\n\n"
        ),
        None => String::new(),
    };
    // The runtime's features, from its table: what each adds, one a line.
    let features: String = error_codes_runtime::FEATURES
        .iter()
        .map(|feature| {
            let default = if feature.default { " (default)" } else { "" };
            format!("- `{}`{default}: {}\n", feature.name, feature.doc)
        })
        .collect();
    let text = format!(
        "The API's error codes: every `error.code` it can answer with, its HTTP\n\
         status, meaning and category.\n\n\
         Generated from the API's error-code registry (`{registry}` in the\n\
         repository) by `error-codes-codegen`. The generated data is committed in\n\
         `{GENERATED_DIR}/`, so depending on this crate compiles no generator; with\n\
         the `regenerate` feature its build script generates it from the registry\n\
         instead. Clients branch on the code, never on the HTTP status.\n\n\
         {example}\
         [`{code}`] and [`{category}`] are this API's; everything else (`Code`,\n\
         `ErrorEnvelope`, `axum::ApiError`, `client::ErrorResponse`, …) is the\n\
         registry-independent runtime, `{runtime}`, for these codes.\n\n\
         Cargo features, each the runtime's of the same name but `regenerate`:\n\n\
         {features}\
         - `regenerate`: generate the data from the registry at build time (for the\n  \
         registry's repository)\n\n\
         # The vocabulary\n",
        registry = config.registry,
        runtime = config.runtime,
    );
    let docs = docs(&text);
    let tables = format!("generated/{GENERATED_TABLES}");
    let out_tables = format!("/{GENERATED_TABLES}");
    let source = format!("generated/{GENERATED_RUST}");
    let out_source = format!("/{GENERATED_RUST}");
    // The runtime by its configured name, as the data names it.
    let rt = crate::naming::runtime_path(&config.runtime)?;
    let made_for = error_codes_runtime::__private::GENERATED_FOR;
    let regenerate = Literal::string(&layout.regenerate_command());
    let made_for = Literal::string(made_for);
    // The module's items, formatted as items (prettyplease prints a macro's
    // body as bare tokens), inside the runtime's version guard.
    let regenerated = format_ident!("{REGENERATED_CFG}");
    let module = syn::parse2::<syn::File>(quote! {
        /// The registry's data, as `error-codes-codegen` generated it:
        /// committed, or generated into `OUT_DIR` by the build script with
        /// the `regenerate` feature when the registry is there (the build
        /// fails when the two differ; see `build.rs`).
        #[cfg(not(#regenerated))]
        #[path = #source]
        #[rustfmt::skip]
        mod generated;
        #[cfg(#regenerated)]
        mod generated {
            include!(concat!(env!("OUT_DIR"), #out_source));
        }
        pub use generated::*;
    })?;
    let module: String = prettyplease::unparse(&module)
        .lines()
        .map(|line| {
            if line.is_empty() {
                "\n".to_owned()
            } else {
                format!("    {line}\n")
            }
        })
        .collect();
    // The runtime declares the module only when it was made for the
    // runtime's version; otherwise the build fails with one error that names
    // the regenerate command.
    let guard = format!(
        "\n{rt}::generated_module! {{\n    made_for: {made_for},\n    regenerate: {regenerate},\n\n{module}}}\n",
        rt = quote!(#rt).to_string().replace(' ', ""),
    );
    let root = unparse(
        layout,
        quote! {
            #docs
            #![cfg_attr(not(#regenerated), doc = include_str!(#tables))]
            #![cfg_attr(#regenerated, doc = include_str!(concat!(env!("OUT_DIR"), #out_tables)))]
            #![cfg_attr(docsrs, feature(doc_cfg))]
            #![forbid(unsafe_code)]
        },
    )?;
    Ok(root + &guard)
}

/// The build script: with the `regenerate` feature and the registry there,
/// generates the data into `OUT_DIR`; otherwise checks, without any
/// dependency, that the committed data was made from the registry (when the
/// registry is there at all: a packaged crate has none).
pub(crate) fn build_rs(layout: &Layout) -> Result<String, syn::Error> {
    let config = layout.config();
    let up = "../".repeat(config.crate_dir.split('/').count());
    let registry = format!("{up}{}", config.registry);
    let config_file = format!("{up}{}", Config::FILE);
    let source = format!("{GENERATED_DIR}/{GENERATED_RUST}");
    let regenerate = layout.regenerate_command();
    let registry_name = &config.registry;
    let krate = format_ident!("{}", "error_codes_codegen");
    let check_cfg = format!("cargo::rustc-check-cfg=cfg({REGENERATED_CFG})");
    let set_cfg = format!("cargo::rustc-cfg={REGENERATED_CFG}");
    let docs = docs(&format!(
        "The crate compiles the data committed in `src/generated/`, which\n\
         `error-codes-codegen` generated from the registry. This script makes sure\n\
         that data is never silently stale:\n\n\
         - With the `regenerate` feature and the registry where the repository\n  \
           keeps it, it generates the data from the registry into `OUT_DIR` (and\n  \
           sets `cfg({REGENERATED_CFG})`, which makes `lib.rs` compile that),\n  \
           and warns about committed outputs that no longer match the registry.\n\
         - Otherwise it uses no dependency: when the registry is there and differs\n  \
           from what `src/generated/` was made from, the build fails with the\n  \
           command that fixes it; when there is no registry, the committed data is\n  \
           the crate.\n\n\
         The published package has no registry and leaves this script out (its\n\
         manifest says `build = false`), so a consumer neither builds nor runs it;\n\
         the crate's manifest declares the `cfg` for that build.",
    ));
    unparse(
        layout,
        quote! {
            #docs
            #![forbid(unsafe_code)]

            /// Where the repository keeps the registry and the project's
            /// configuration, relative to this crate.
            const REGISTRY: &str = #registry;
            #[cfg(feature = "regenerate")]
            const CONFIG: &str = #config_file;

            fn main() {
                println!(#check_cfg);
                #[cfg(feature = "regenerate")]
                if std::path::Path::new(REGISTRY).is_file() {
                    println!(#set_cfg);
                    let builder = if std::path::Path::new(CONFIG).is_file() {
                        #krate::Builder::project(CONFIG)
                    } else {
                        #krate::Builder::new(REGISTRY)
                    };
                    builder.run_build_script();
                    return;
                }
                pregenerated::check();
            }

            mod pregenerated {
                use super::REGISTRY;

                /// The pregenerated source, and the line of it that records
                /// the registry's fingerprint.
                const SOURCE: &str = #source;
                const PREFIX: &str = #FINGERPRINT_PREFIX;
                const REGENERATE: &str = #regenerate;
                const REGISTRY_NAME: &str = #registry_name;

                pub(crate) fn check() {
                    println!("cargo::rerun-if-changed={SOURCE}");
                    // A missing registry is the packaged crate's normal state:
                    // only watch it where it exists (cargo reruns on a missing
                    // path forever).
                    let Ok(registry) = std::fs::read_to_string(REGISTRY) else {
                        return;
                    };
                    println!("cargo::rerun-if-changed={REGISTRY}");
                    let source = std::fs::read_to_string(SOURCE).unwrap_or_default();
                    let recorded = source.lines().take(8).find_map(|l| l.strip_prefix(PREFIX));
                    if recorded != Some(fingerprint(&registry).as_str()) {
                        println!(
                            "cargo::error={REGISTRY_NAME} changed since {SOURCE} was generated from it: \
                             run `{REGENERATE}` (or build with `--features regenerate`)"
                        );
                    }
                }

                /// FNV-1a (64 bit) with CRLF read as LF: the same few lines as
                /// the generator's, which wrote the value this compares (a
                /// build script without dependencies cannot call it; every
                /// build of the crate checks the two agree).
                fn fingerprint(text: &str) -> String {
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
            }
        },
    )
}
