//! Generates the parse baselines from the registry, so that every contender
//! in `benches/parse.rs` knows exactly the codes `error_codes::ErrorCode`
//! knows: a strum `EnumString` + serde-derived enum, and a `phf` map.
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};

use proc_macro2::{Ident, Span};
use quote::quote;

const REGISTRY: &str = "../registry/error-codes.yaml";

fn main() {
    println!("cargo::rerun-if-changed={REGISTRY}");
    if let Err(why) = generate() {
        println!("cargo::error={}", why.replace(['\n', '\r'], " "));
    }
}

fn generate() -> Result<(), String> {
    let registry =
        error_codes_codegen::Registry::load(Path::new(REGISTRY)).map_err(|e| e.to_string())?;
    let codes: Vec<(&str, Ident)> = registry
        .codes()
        .map(|(_, code)| {
            let ident = Ident::new(&code.rust_name, Span::call_site());
            (code.code.as_str(), ident)
        })
        .collect();

    let variants = codes.iter().map(|(wire, ident)| {
        quote! {
            #[strum(serialize = #wire)]
            #[serde(rename = #wire)]
            #ident
        }
    });
    let entries = codes
        .iter()
        .map(|(wire, ident)| quote!(#wire => error_codes::ErrorCode::#ident));
    let tokens = quote! {
        /// The same codes, parsed by strum's `EnumString` (`FromStr`) and by
        /// serde's derived `Deserialize`.
        #[derive(Clone, Copy, PartialEq, Eq, Debug, strum::EnumString, serde::Deserialize)]
        pub(crate) enum Derived {
            #(#variants,)*
        }

        /// The same codes in a perfect-hash map built at compile time.
        #[allow(deprecated)]
        pub(crate) static PHF: phf::Map<&'static str, error_codes::ErrorCode> = phf::phf_map! {
            #(#entries,)*
        };
    };
    let file = syn::parse2::<syn::File>(tokens).map_err(|e| e.to_string())?;
    let out_dir = std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?;
    let path = PathBuf::from(out_dir).join("baselines.rs");
    std::fs::write(&path, prettyplease::unparse(&file))
        .map_err(|e| format!("{}: {e}", path.display()))
}
