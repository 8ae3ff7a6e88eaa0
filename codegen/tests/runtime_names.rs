//! The hand-written runtime of the `error-codes` crate names codes
//! (`ErrorCode::InternalError`) and headers (`headers::X_REQUEST_ID`) that
//! only the registry defines. `codegen/src/runtime.rs` is the one list of
//! them, and `check` requires every registry to have what it lists; these
//! tests keep that list honest, so that a registry `check` accepts builds.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use error_codes_codegen::runtime;
use error_codes_codegen::validate::names;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from(".."), Path::to_path_buf)
}

/// Every hand-written `.rs` file of the runtime crate: generated files say
/// so in their first lines and are skipped (they are made from the registry).
fn runtime_sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                let head: String = text.lines().take(5).collect::<Vec<_>>().join("\n");
                let generated = head.contains("@generated")
                    || head.contains("Generated from")
                    || head.contains("DO NOT EDIT");
                if !generated {
                    out.push((path, text));
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(&workspace().join("generated-crate/src"), &mut out);
    assert!(!out.is_empty(), "no runtime sources found");
    out
}

/// The identifiers that follow `prefix` in code (not in comments or docs).
fn uses_after(text: &str, prefix: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (i, line) in text.lines().enumerate() {
        // A comment or doc line, or the comment at the end of a line.
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find(prefix) {
            let before = rest[..at].chars().last();
            let after = &rest[at + prefix.len()..];
            let ident: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            // `MyErrorCode::X` is another type; `ErrorCode::X` and `crate::ErrorCode::X` count.
            let own_path = before.is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'));
            if own_path && ident.starts_with(|c: char| c.is_ascii_uppercase()) {
                found.push((i + 1, ident));
            }
            rest = after;
        }
    }
    found
}

/// `ErrorCode`'s own items that look like variants (`ALL`): from the one
/// reserved list, so they are not mistaken for codes.
fn error_code_item(name: &str) -> bool {
    names::ERROR_CODE_RESERVED
        .iter()
        .flat_map(|list| list.iter())
        .any(|r| r.name == name && r.name.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
}

#[test]
fn every_code_the_runtime_names_is_in_runtime_rs() {
    let listed: BTreeSet<String> = runtime::CODES
        .iter()
        .map(|r| names::code_variant(r.name))
        .collect();
    let mut missing = Vec::new();
    let mut seen = 0;
    for (path, text) in runtime_sources() {
        for (line, variant) in uses_after(&text, "ErrorCode::") {
            if error_code_item(&variant) {
                continue;
            }
            seen += 1;
            if !listed.contains(&variant) {
                missing.push(format!("{}:{line}: ErrorCode::{variant}", path.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "the runtime names codes that codegen/src/runtime.rs does not list (so `check` would accept a registry without them, and the crate would not build):\n{}",
        missing.join("\n")
    );
    assert!(
        seen > 0,
        "no `ErrorCode::Variant` found: is the scan still reading the runtime?"
    );
}

#[test]
fn every_header_the_runtime_names_is_in_runtime_rs() {
    let listed: BTreeSet<String> = runtime::HEADERS
        .iter()
        .map(|r| names::header_const(r.name))
        .collect();
    let mut missing = Vec::new();
    let mut seen = 0;
    for (path, text) in runtime_sources() {
        for (line, constant) in uses_after(&text, "headers::") {
            seen += 1;
            if !listed.contains(&constant) {
                missing.push(format!("{}:{line}: headers::{constant}", path.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "the runtime names headers that codegen/src/runtime.rs does not list:\n{}",
        missing.join("\n")
    );
    assert!(
        seen > 0,
        "no `headers::CONST` found: is the scan still reading the runtime?"
    );
}

#[test]
fn the_scan_reads_code_and_skips_comments() {
    let text = "// ErrorCode::InComment\n/// headers::IN_DOC\nlet x = ErrorCode::Used; // ErrorCode::After\nMyErrorCode::Other; crate::ErrorCode::Second\n";
    let codes: Vec<String> = uses_after(text, "ErrorCode::")
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    assert_eq!(codes, ["Used", "Second"]);
    assert!(uses_after(text, "headers::").is_empty());
}

#[test]
fn every_listed_requirement_is_in_the_committed_registry() {
    // `check` enforces this for any registry; here for the one in the repository.
    let registry =
        error_codes_codegen::load(&workspace().join("registry/error-codes.yaml")).unwrap();
    for required in runtime::CODES {
        assert!(registry.code(required.name).is_some(), "{}", required.name);
    }
    for required in runtime::HEADERS {
        assert!(
            registry.headers.iter().any(|h| h.name == required.name),
            "{}",
            required.name
        );
    }
}

/// `ErrorCode`'s and `Category`'s inherent items, generated and
/// hand-written, are all in the reserved lists of `validate::names`: a code
/// or category can then never be named like one of them.
#[test]
fn the_reserved_names_cover_every_inherent_item() {
    let registry =
        error_codes_codegen::load(&workspace().join("registry/error-codes.yaml")).unwrap();
    let layout =
        error_codes_codegen::layout::Layout::new(workspace().join("registry/error-codes.yaml"));
    let generated = error_codes_codegen::emit::rust::source(&registry, &layout).unwrap();
    let mut files = vec![("generated".to_string(), generated)];
    files.extend(
        runtime_sources()
            .into_iter()
            .map(|(path, text)| (path.display().to_string(), text)),
    );
    let reserved = |lists: &[&[names::Reserved]]| -> BTreeSet<&str> {
        lists
            .iter()
            .flat_map(|l| l.iter().map(|r| r.name))
            .collect()
    };
    let error_code = reserved(names::ERROR_CODE_RESERVED);
    let category = reserved(names::CATEGORY_RESERVED);
    let mut missing = Vec::new();
    let mut checked = 0;
    for (name, text) in files {
        let Ok(file) = syn::parse_file(&text) else {
            panic!("{name} does not parse");
        };
        for item in &file.items {
            let syn::Item::Impl(block) = item else {
                continue;
            };
            if block.trait_.is_some() {
                continue;
            }
            let syn::Type::Path(ty) = &*block.self_ty else {
                continue;
            };
            let Some(ty) = ty.path.segments.last().map(|s| s.ident.to_string()) else {
                continue;
            };
            let list = match ty.as_str() {
                "ErrorCode" => &error_code,
                "Category" => &category,
                _ => continue,
            };
            for item in &block.items {
                let ident = match item {
                    syn::ImplItem::Const(c) => c.ident.to_string(),
                    syn::ImplItem::Fn(f) => f.sig.ident.to_string(),
                    syn::ImplItem::Type(t) => t.ident.to_string(),
                    _ => continue,
                };
                checked += 1;
                if !list.contains(ident.as_str()) {
                    missing.push(format!("{name}: {ty}::{ident}"));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "add these to the reserved lists in codegen/src/validate/names.rs:\n{}",
        missing.join("\n")
    );
    assert!(
        checked > 0,
        "no inherent item of ErrorCode or Category found"
    );
}
