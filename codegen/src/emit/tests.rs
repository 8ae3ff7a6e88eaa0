//! Snapshots of what the emitters write for a small registry that uses
//! every feature, and of the human report for a registry with many
//! problems (cxx's UI tests, with insta). Review a changed snapshot with
//! `cargo insta review` (or read the `.snap.new` file) before accepting it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use crate::emit;
use crate::layout::Layout;
use crate::model::Registry;

fn small() -> Registry {
    Registry::load(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small.yaml")).unwrap()
}

#[test]
fn rust_source() {
    let layout = Layout::new("registry/error-codes.yaml");
    insta::assert_snapshot!(emit::rust::source(&small(), &layout).unwrap());
}

#[test]
fn prometheus_rules() {
    insta::assert_snapshot!(emit::prometheus::rules(
        &small(),
        &crate::config::Config::default()
    ));
}

#[test]
fn markdown_page() {
    insta::assert_snapshot!(emit::markdown::page(&small()));
}

#[test]
fn rustdoc_tables() {
    insta::assert_snapshot!(emit::markdown::tables(
        &small(),
        emit::markdown::Links::Rustdoc {
            code_enum: "ErrorCode"
        },
        1
    ));
}

/// The full report `check` prints (plain style), for a registry with one
/// problem of many kinds: snippets, carets, related places and help lines.
#[test]
fn human_report() {
    // Named relative to the package, so the snapshot is the same anywhere.
    let shown = Path::new("tests/fixtures/invalid/many-problems.yaml");
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(shown)).unwrap();
    let diagnostics = crate::project::parse(shown, &text).unwrap_err();
    insta::assert_snapshot!(
        diagnostics.render(&|file| (file == shown).then(|| text.clone()), false)
    );
}

/// A project whose configuration names its own enums and runtime path:
/// every output uses those names, none the defaults.
#[test]
fn every_output_uses_the_configured_names() {
    use crate::config::Config;

    let mut config = Config::for_crate("ledger-errors");
    config.code_enum = "LedgerError".into();
    config.category_enum = "LedgerArea".into();
    config.runtime = "crate::rt".into();
    let layout = Layout::with_config(".", config);
    let registry = small();
    let outputs = emit::committed(&registry, &layout).unwrap();

    let rust = outputs
        .iter()
        .find(|o| o.path.ends_with(crate::layout::GENERATED_RUST))
        .unwrap();
    let file = syn::parse_file(&rust.contents).unwrap();
    let enums: Vec<String> = file
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Enum(e) => Some(e.ident.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(enums, ["LedgerError", "LedgerArea"]);
    let call = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Macro(m) => Some(&m.mac.path),
            _ => None,
        })
        .expect("the generated code calls the runtime's vocabulary!");
    let segments: Vec<String> = call.segments.iter().map(|s| s.ident.to_string()).collect();
    assert_eq!(segments, ["crate", "rt", "vocabulary"]);
    assert!(call.leading_colon.is_none());

    let tables = outputs
        .iter()
        .find(|o| o.path.ends_with(crate::layout::GENERATED_TABLES))
        .unwrap();
    for (_, code) in registry.codes() {
        let link = format!("(crate::LedgerError::{})", code.rust_name);
        assert!(
            tables.contents.contains(&link),
            "no {link} in the rustdoc tables"
        );
    }
    assert!(!tables.contents.contains("crate::ErrorCode::"));

    let schema = outputs
        .iter()
        .find(|o| o.path == layout.config().json_schema)
        .unwrap();
    let schema: serde_json::Value = serde_json::from_str(&schema.contents).unwrap();
    let defs = schema["$defs"].as_object().unwrap();
    assert!(defs.contains_key("LedgerError") && defs.contains_key("UnknownLedgerError"));
    assert!(!defs.contains_key("ErrorCode"));
}

/// The typed-details fixture (`tests/fixtures/details/registry.yaml`):
/// the generated `details` module has a struct per code that declares
/// members, named as its variant, with a field per member (named from its
/// words, renamed to the wire name), `new` taking the required members in
/// registry order, an enum per `enum:` member with `Other`, and a
/// `Details` variant per code that declares details.
///
/// And so do the structured-details fixture's objects (`type: object`,
/// `object[]`): a struct per object, named after its owner's type as an
/// `enum:` member's enum is, with its own fields, `new` and enums.
#[test]
fn rust_details_module_follows_the_registry() {
    use crate::validate::tests::details::fixture_path;

    details_module_follows(&Registry::load(fixture_path()).unwrap());
    let objects = fixture_path().with_file_name("objects.yaml");
    details_module_follows(&Registry::load(objects).unwrap());
}

fn details_module_follows(registry: &Registry) {
    use crate::model::MemberType;

    let layout = Layout::new("registry/error-codes.yaml");
    let source = emit::rust::source(registry, &layout).unwrap();
    let file = syn::parse_file(&source).unwrap();
    let items = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "details" => Some(&m.content.as_ref().unwrap().1),
            _ => None,
        })
        .expect("a `details` module");
    let structs: Vec<&syn::ItemStruct> = items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Struct(s) => Some(s),
            _ => None,
        })
        .collect();
    let enums: Vec<&syn::ItemEnum> = items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Enum(e) => Some(e),
            _ => None,
        })
        .collect();
    let tokens = |t: &dyn quote::ToTokens| t.to_token_stream().to_string().replace(' ', "");
    let declaring: Vec<_> = registry
        .codes()
        .map(|(_, c)| c)
        .filter(|c| !c.members.is_empty())
        .collect();
    assert!(!declaring.is_empty());
    // A struct per code that declares members, and per object member.
    let groups: Vec<_> = declaring
        .iter()
        .flat_map(|code| crate::naming::member_groups(code))
        .collect();
    assert_eq!(structs.len(), groups.len());
    for group in &groups {
        let s = structs
            .iter()
            .find(|s| s.ident == group.type_name.as_str())
            .unwrap_or_else(|| panic!("no struct {}", group.type_name));
        assert!(s.attrs.iter().any(|a| tokens(a).contains("non_exhaustive")));
        let fields: Vec<&syn::Field> = s.fields.iter().collect();
        assert_eq!(fields.len(), group.members.len());
        for (field, member) in fields.iter().zip(group.members) {
            let ident = field.ident.as_ref().unwrap().to_string();
            assert_eq!(ident.trim_start_matches("r#"), member.rust_name);
            let attrs: String = field.attrs.iter().map(|a| tokens(a)).collect();
            assert!(
                attrs.contains(&format!("rename={:?}", member.name)),
                "{attrs}"
            );
            let ty = tokens(&field.ty);
            assert_eq!(ty.contains("Option<"), member.optional, "{ty}");
            assert_eq!(ty.contains("Vec<"), member.list, "{ty}");
            let scalar = match &member.ty {
                MemberType::String => "String".to_string(),
                MemberType::Integer => "i64".to_string(),
                MemberType::Number => "f64".to_string(),
                MemberType::Boolean => "bool".to_string(),
                MemberType::Enum(_) | MemberType::Object(_) => {
                    crate::naming::member_enum(&group.type_name, &member.name)
                }
            };
            assert!(ty.contains(&scalar), "{ty} is not of {scalar}");
            if let Some(description) = &member.description {
                let docs: String = field.attrs.iter().map(|a| tokens(a)).collect();
                let first_word = description.split_whitespace().next().unwrap();
                assert!(docs.contains(first_word.trim_matches(|c: char| !c.is_alphanumeric())));
            }
            if let MemberType::Enum(values) = &member.ty {
                let name = crate::naming::member_enum(&group.type_name, &member.name);
                let e = enums.iter().find(|e| e.ident == name).unwrap();
                let variants: Vec<String> =
                    e.variants.iter().map(|v| v.ident.to_string()).collect();
                let mut expected: Vec<String> = values
                    .iter()
                    .map(|v| crate::naming::enum_value_variant(v))
                    .collect();
                expected.push("Other".into());
                assert_eq!(variants, expected);
            }
        }
        // `new` takes the required members, in registry order.
        let new = items
            .iter()
            .find_map(|i| match i {
                syn::Item::Impl(imp)
                    if tokens(&imp.self_ty) == group.type_name && imp.trait_.is_none() =>
                {
                    imp.items.iter().find_map(|i| match i {
                        syn::ImplItem::Fn(f) if f.sig.ident == "new" => Some(f),
                        _ => None,
                    })
                }
                _ => None,
            })
            .unwrap();
        let params: Vec<String> = new
            .sig
            .inputs
            .iter()
            .map(|arg| match arg {
                syn::FnArg::Typed(t) => tokens(&t.pat).trim_start_matches("r#").to_string(),
                syn::FnArg::Receiver(_) => panic!("`new` takes no self"),
            })
            .collect();
        let required: Vec<&str> = group
            .members
            .iter()
            .filter(|m| !m.optional)
            .map(|m| m.rust_name.as_str())
            .collect();
        assert_eq!(params, required);
    }
    let details = enums.iter().find(|e| e.ident == "Details").unwrap();
    let variants: Vec<String> = details
        .variants
        .iter()
        .map(|v| v.ident.to_string())
        .collect();
    let typed: Vec<String> = registry
        .codes()
        .map(|(_, c)| c)
        .filter(|c| !c.members.is_empty() || c.details.is_some())
        .map(|c| c.rust_name.clone())
        .collect();
    assert_eq!(variants, typed);
}

/// The docs page of the typed-details fixture lists each code's members:
/// a row per member with its name, type, whether required, and its
/// description escaped for Markdown.
#[test]
fn the_docs_page_lists_each_codes_members() {
    use crate::validate::tests::details::fixture_path;

    let registry = Registry::load(fixture_path()).unwrap();
    let page = emit::markdown::page(&registry);
    let section = &page[page.find("## Details").expect("a Details section")..];
    for (_, code) in registry.codes().filter(|(_, c)| !c.members.is_empty()) {
        let at = section
            .find(&format!("(#{})", code.anchor()))
            .unwrap_or_else(|| panic!("{} has no table", code.code));
        let rows: Vec<&str> = section[at..]
            .lines()
            .skip_while(|l| !l.starts_with("|---"))
            .skip(1)
            .take_while(|l| l.starts_with('|'))
            .collect();
        assert_eq!(rows.len(), code.members.len(), "{}", code.code);
        for (row, member) in rows.iter().zip(&code.members) {
            assert!(row.starts_with(&format!("| {} |", emit::text::code_span(&member.name))));
            assert!(
                row.contains(if member.optional { "| no |" } else { "| yes |" }),
                "{row}"
            );
            assert!(row.contains(&format!(
                "`{}{}`",
                member.ty.as_str(),
                if member.list { "[]" } else { "" }
            )));
            if let Some(description) = &member.description {
                assert!(row.contains(&emit::text::escape(description)), "{row}");
            }
        }
    }
    // A registry whose codes declare no members has no such section.
    assert!(!emit::markdown::page(&small()).contains("## Details"));
}

/// The typed-details fixture's Python `details` module: a frozen,
/// keyword-only dataclass per code that declares members, a field per
/// member in registry order, an `enum:` member's `Literal` alias that also
/// admits any `str`, registry text only in escaped string literals, and a
/// reader per code (the package's behaviour is tested end to end in
/// `tests/tests/it/outputs_python.rs`).
#[test]
fn python_details_module_follows_the_registry() {
    use crate::emit::python::string;
    use crate::model::MemberType;
    use crate::validate::tests::details::fixture_path;

    let registry = Registry::load(fixture_path()).unwrap();
    let module = emit::python::details::module(&registry);
    let mut declaring = 0;
    for (_, code) in registry.codes().filter(|(_, c)| !c.members.is_empty()) {
        declaring += 1;
        let header = format!(
            "@dataclass(frozen=True, slots=True, kw_only=True)\nclass {}:\n",
            code.rust_name
        );
        let start = module.find(&header).unwrap_or_else(|| panic!("{header}"));
        let body = &module[start..];
        let mut at = 0;
        for member in &code.members {
            let field = format!("\n    {}: ", member.python_name);
            let found = body[at..]
                .find(&field)
                .unwrap_or_else(|| panic!("{} after {at}", member.python_name));
            at += found + field.len();
            let line = body[at..].lines().next().unwrap();
            assert_eq!(line.ends_with("| None = None"), member.optional, "{line}");
            assert_eq!(line.starts_with("tuple["), member.list, "{line}");
            if let Some(description) = &member.description {
                let doc = body[at..].lines().nth(1).unwrap();
                let quoted = string(description);
                assert!(doc.contains(&quoted[1..quoted.len() - 1]), "{doc}");
            }
            if let MemberType::Enum(values) = &member.ty {
                let alias = crate::naming::member_enum(&code.rust_name, &member.name);
                assert!(line.contains(&alias), "{line}");
                let literals: Vec<String> = values.iter().map(|v| string(v)).collect();
                let definition = format!(
                    "\n{alias}: typing.TypeAlias = typing.Literal[{}] | str\n",
                    literals.join(", ")
                );
                assert!(module.contains(&definition), "{definition}");
            }
        }
        assert!(module.contains(&format!(
            "\n    {}: _read_{},\n",
            string(&code.code),
            code.rust_name
        )));
    }
    assert!(declaring > 0);
}

/// The docs of the `ENVELOPE` constant of the TypeScript and Python
/// packages name every value it may have, as each language spells it.
#[test]
fn the_envelope_constant_names_every_envelope() {
    use crate::model::Envelope;

    let registry = small();
    let typescript = emit::typescript::module(&registry);
    let lines: Vec<&str> = typescript.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("export const ENVELOPE"))
        .expect("ENVELOPE in codes.ts");
    let ts_doc = lines[at - 1];
    let python = emit::python::module(&registry);
    let lines: Vec<&str> = python.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("ENVELOPE:"))
        .expect("ENVELOPE in _registry.py");
    let py_doc = lines[at + 1];
    for envelope in Envelope::ALL {
        let keyword = envelope.as_str();
        assert!(
            ts_doc.contains(&emit::typescript::string(keyword)),
            "{keyword}: {ts_doc}"
        );
        assert!(
            py_doc.contains(&emit::python::string(keyword)),
            "{keyword}: {py_doc}"
        );
    }
}

/// Whatever the configuration names the code enum, if the configuration
/// file and the registry accept it, JSON Schema and OpenAPI hold one
/// definition per name (a configured name that another schema has, such as
/// `code_enum: Error`, is refused, not written twice).
#[test]
fn every_schema_is_defined_once() {
    use crate::config::Config;
    use crate::emit::jsonschema::{self, Dialect};
    use crate::naming::{self, BodyKind, SchemaNames};

    let registry = small();
    let mut candidates = vec![Config::default().code_enum];
    candidates.extend(naming::shared_schemas().into_iter().map(|(name, _)| name));
    for (_, code) in registry.codes() {
        candidates.push(naming::code_details_schema(&code.rust_name));
        candidates.push(naming::code_variant_schema(
            &code.rust_name,
            BodyKind::Error,
        ));
        candidates.push(naming::code_variant_schema(
            &code.rust_name,
            BodyKind::Problem,
        ));
    }
    let mut written = 0;
    for code_enum in candidates {
        let text = format!("rust:\n  code_enum: {code_enum}\n");
        let Ok(config) = Config::parse(Path::new(Config::FILE), &text) else {
            continue;
        };
        if !config.schema_clashes(Some(&registry)).is_empty() {
            continue;
        }
        written += 1;
        for dialect in [Dialect::JsonSchema, Dialect::OpenApi] {
            let defs =
                jsonschema::definitions(&registry, dialect, &SchemaNames::of(&config.code_enum));
            let mut names: Vec<&str> = defs.iter().map(|(name, _)| name.as_str()).collect();
            let all = names.len();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), all, "rust.code_enum: {code_enum}");
        }
    }
    assert!(written > 0);
}
