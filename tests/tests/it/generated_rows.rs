//! No generated Rust file builds a value of a runtime type with a struct
//! literal (issue 32): the runtime's rows (`Entry`, `CategoryEntry`,
//! `Roles`, `Headers`, `MetricNames`, `BodyLayout`, `Deprecation`) are
//! `#[non_exhaustive]` and generated code calls their `const fn`
//! constructors and setters, so that a row can gain a field in a minor
//! release of the runtime. Checked on this repository's committed crate, and
//! on what the generator writes for every fixture registry, under the
//! default runtime path and a configured one.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use error_codes_codegen::{Config, Project, Registry};
use error_codes_tests::{project, registry, workspace_root};
use syn::visit::{self, Visit};

/// The struct literals of a file that are not of a struct the file itself
/// declares (or `Self`), and every one whose path goes through `runtime`,
/// as tokens.
fn foreign_struct_literals(source: &str, runtime: &syn::Path) -> Vec<String> {
    let file = syn::parse_file(source).unwrap_or_else(|e| panic!("{e}:\n{source}"));

    #[derive(Default)]
    struct Declared(BTreeSet<String>);
    impl Visit<'_> for Declared {
        fn visit_item_struct(&mut self, item: &syn::ItemStruct) {
            self.0.insert(item.ident.to_string());
            visit::visit_item_struct(self, item);
        }
    }
    let mut declared = Declared::default();
    declared.visit_file(&file);

    struct Literals<'a> {
        declared: &'a BTreeSet<String>,
        runtime: &'a syn::Path,
        found: Vec<String>,
    }
    impl Visit<'_> for Literals<'_> {
        fn visit_expr_struct(&mut self, literal: &syn::ExprStruct) {
            let path = &literal.path;
            let through_runtime = path.leading_colon.is_some()
                == self.runtime.leading_colon.is_some()
                && path.segments.len() > self.runtime.segments.len()
                && path
                    .segments
                    .iter()
                    .zip(&self.runtime.segments)
                    .all(|(a, b)| a.ident == b.ident);
            let own = path.segments.last().is_some_and(|last| {
                last.ident == "Self" || self.declared.contains(&last.ident.to_string())
            }) && literal.qself.is_none();
            if through_runtime || !own {
                self.found.push(path_text(path));
            }
            visit::visit_expr_struct(self, literal);
        }
    }
    let mut literals = Literals {
        declared: &declared.0,
        runtime,
        found: Vec::new(),
    };
    literals.visit_file(&file);
    literals.found
}

/// `::a::b`, without generic arguments.
fn path_text(path: &syn::Path) -> String {
    let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    let lead = if path.leading_colon.is_some() {
        "::"
    } else {
        ""
    };
    format!("{lead}{}", segments.join("::"))
}

fn runtime_path(config: &Config) -> syn::Path {
    syn::parse_str(&config.runtime).unwrap_or_else(|e| panic!("{}: {e}", config.runtime))
}

/// The generated Rust files among a project's outputs.
fn generated_rust(project: &Project, registry: &Registry) -> Vec<(String, String)> {
    project
        .outputs(registry)
        .unwrap()
        .into_iter()
        .filter(|o| o.path.ends_with(".rs"))
        .map(|o| (o.path, o.contents))
        .collect()
}

/// Every registry under `dir`, recursively.
fn registries(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            registries(&path, found);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            found.push(path);
        }
    }
}

#[test]
fn the_check_finds_a_struct_literal_of_a_runtime_type() {
    let runtime: syn::Path = syn::parse_quote!(::error_codes_runtime);
    let source = "const H: ::error_codes_runtime::Headers = ::error_codes_runtime::Headers { request_id: \"x\" };\n\
                  struct Own { a: u8 }\n\
                  const O: Own = Own { a: 1 };\n\
                  fn f() -> Vec<u8> { let _ = Elsewhere { b: 2 }; vec![] }";
    assert_eq!(
        foreign_struct_literals(source, &runtime),
        ["::error_codes_runtime::Headers", "Elsewhere"]
    );
}

#[test]
fn no_generated_rust_builds_a_runtime_type_with_a_struct_literal() {
    let project = project();
    let registry = registry();
    let config = project.config();
    let mut checked = Vec::new();

    // The committed crate, as it is on disk.
    let generated = workspace_root().join(&config.crate_dir).join("src");
    let mut files = Vec::new();
    let mut stack = vec![generated];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let found = foreign_struct_literals(&source, &runtime_path(config));
        assert!(found.is_empty(), "{}: {found:?}", file.display());
        checked.push(file.display().to_string());
    }

    // What the generator writes for this registry and for every fixture,
    // under the default runtime path and a configured one.
    let mut paths = Vec::new();
    registries(&workspace_root().join("tests/fixtures"), &mut paths);
    paths.push(workspace_root().join("codegen/tests/fixtures/small.yaml"));
    paths.push(workspace_root().join("codegen/tests/fixtures/valid/name-overrides.yaml"));
    let mut all = vec![("this registry".to_owned(), registry)];
    for path in paths {
        let loaded = Registry::load(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        all.push((path.display().to_string(), loaded));
    }
    let mut renamed = config.clone();
    renamed.runtime = "crate::rt".into();
    for (name, registry) in &all {
        for config in [config.clone(), renamed.clone()] {
            let project = Project::with_config(workspace_root(), config.clone());
            let files = generated_rust(&project, registry);
            assert!(!files.is_empty(), "{name}: no Rust output");
            for (path, source) in files {
                let found = foreign_struct_literals(&source, &runtime_path(&config));
                assert!(
                    found.is_empty(),
                    "{name}, {path} ({}): {found:?}",
                    config.runtime
                );
                checked.push(format!("{name}: {path}"));
            }
        }
    }
    // The committed files, then two per registry: the fixtures are there.
    assert!(checked.len() > 2 * 10, "{checked:?}");
}
