//! Random valid registries — hundreds of codes with odd but legal names, and
//! meanings full of Markdown and Rust metacharacters — go through the whole
//! pipeline (YAML → load → validate → emit), and what comes out is read back
//! the way its readers read it:
//!
//! - the Rust parses with syn, declares no name twice in one scope (module
//!   items, enum variants, a type's variants and associated items together),
//!   and each variant's rustdoc, read as Markdown (rustdoc uses
//!   pulldown-cmark), says the meaning verbatim;
//! - the docs page, read as GitHub-flavoured Markdown, has one table per
//!   category, one row per code, and every cell says exactly what the
//!   registry says: no `|` in a meaning can split a cell.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;
use std::path::Path;

use crate::emit;
use crate::model::HeaderFormat;
use crate::model::Registry;
use crate::validate::names;
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

#[derive(Debug, Clone)]
struct CodeSpec {
    code: String,
    /// `name:`, for a code whose derived variant is reserved or taken.
    name: Option<String>,
    status: u16,
    meaning: Option<String>,
    deprecated: Option<String>,
}

#[derive(Debug, Clone)]
struct CategorySpec {
    title: String,
    codes: Vec<CodeSpec>,
}

#[derive(Debug, Clone)]
struct HeaderSpec {
    name: String,
    when: Option<u16>,
    format: &'static str,
    description: Option<String>,
}

#[derive(Debug, Clone)]
struct Spec {
    intro: Vec<String>,
    categories: Vec<CategorySpec>,
    headers: Vec<HeaderSpec>,
}

fn header_spec() -> impl Strategy<Value = HeaderSpec> {
    (
        // Mixed case and dashes, so that different names can share a constant.
        "X-[A-Za-z][A-Za-z0-9]{0,6}(-[A-Za-z0-9]{1,6}){0,2}",
        prop::option::of(400u16..=599),
        prop::sample::select(HeaderFormat::ALL.to_vec()),
        prop::option::weighted(0.5, hostile_text()),
    )
        .prop_map(|(name, when, format, description)| HeaderSpec {
            name,
            when,
            format: format.as_str(),
            description,
        })
}

/// Text pieces that mean something to Markdown, HTML, rustdoc or Rust.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("|".to_string()),
        Just("\\|".to_string()),
        Just("`".to_string()),
        Just("``".to_string()),
        Just("*/".to_string()),
        Just("/*".to_string()),
        Just("\\".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("<b>".to_string()),
        Just("</td>".to_string()),
        Just("&amp;".to_string()),
        Just("[x](y)".to_string()),
        Just("*".to_string()),
        Just("_".to_string()),
        Just("#".to_string()),
        Just("~~".to_string()),
        Just("!".to_string()),
        Just("$".to_string()),
        Just("{}".to_string()),
        Just("é中😀".to_string()),
        // Block syntax (at the start of a text) and bare URLs.
        Just("- ".to_string()),
        Just("1. ".to_string()),
        Just("2) ".to_string()),
        Just("    ".to_string()),
        Just("```".to_string()),
        Just("> ".to_string()),
        Just("---".to_string()),
        Just("https://example.com/a_b?x=1".to_string()),
        Just("http://example.com/(x)".to_string()),
        "[a-zA-Z0-9 .,:;()=+-]{1,6}",
    ];
    prop::collection::vec(piece, 1..10)
        .prop_map(|pieces| pieces.concat())
        .prop_filter("blank text is rejected", |s| !s.trim().is_empty())
}

fn code_name() -> impl Strategy<Value = String> {
    // Lower snake_case: single letters, digits after underscores, long names;
    // and codes whose variant is reserved (`ErrorCode`'s associated types,
    // `Code`'s variants) or shared (`x_1` and `x1`), which need `name:`.
    let reserved: Vec<String> = names::ERROR_CODE_RESERVED
        .iter()
        .flat_map(|list| list.iter())
        .map(|r| heck::ToSnakeCase::to_snake_case(r.name))
        .collect();
    prop_oneof![
        8 => "[a-z][a-z0-9]{0,10}(_[a-z0-9]{1,12}){0,6}"
            .prop_filter("at most 64 bytes", |c| c.len() <= 64),
        1 => prop::sample::select(reserved),
        1 => "[a-z]_?[0-9]",
    ]
}

fn code_spec() -> impl Strategy<Value = CodeSpec> {
    (
        code_name(),
        400u16..=599,
        prop::option::weighted(0.8, hostile_text()),
        prop::option::weighted(0.1, hostile_text()),
    )
        .prop_map(|(code, status, meaning, deprecated)| CodeSpec {
            code,
            name: None,
            status,
            meaning,
            deprecated,
        })
}

fn registry_spec() -> impl Strategy<Value = Spec> {
    let categories = prop::collection::vec(
        (hostile_text(), prop::collection::vec(code_spec(), 1..80)),
        1..6,
    )
    .prop_map(|categories| {
        // Codes are unique across the registry (drop repeats). A code whose
        // variant is reserved (`Self`, `Err`, …) or taken keeps its wire
        // code and gets a `name:`, as the diagnostic advises.
        let reserved: HashSet<&str> = names::ERROR_CODE_RESERVED
            .iter()
            .flat_map(|list| list.iter().map(|r| r.name))
            .collect();
        let mut codes = HashSet::new();
        let mut variants = HashSet::new();
        categories
            .into_iter()
            .enumerate()
            .map(|(i, (title, specs))| CategorySpec {
                title: format!("{i} {title}"),
                codes: specs
                    .into_iter()
                    .filter(|c| codes.insert(c.code.clone()))
                    .map(|mut c| {
                        let variant = crate::naming::code_variant(&c.code);
                        if reserved.contains(variant.as_str()) || variants.contains(&variant) {
                            let name = (1..)
                                .map(|n| format!("{variant}Named{n}"))
                                .find(|name| !variants.contains(name))
                                .expect("a free name");
                            c.name = Some(name);
                        }
                        variants.insert(c.name.clone().unwrap_or(variant));
                        c
                    })
                    .collect(),
            })
            .filter(|c| !c.codes.is_empty())
            .collect::<Vec<_>>()
    })
    .prop_filter("at least one category", |c: &Vec<CategorySpec>| {
        !c.is_empty()
    });
    let headers = prop::collection::vec(header_spec(), 0..12).prop_map(|headers| {
        // Header names are unique ignoring case, and so are their constants
        // (`X-Rate-Limit` and `X-RateLimit` clash): keep the first of each.
        let mut wire = HashSet::new();
        let mut consts = HashSet::new();
        headers
            .into_iter()
            .filter(|h| {
                wire.insert(h.name.to_ascii_lowercase())
                    && consts.insert(crate::naming::header_const(&h.name))
            })
            .collect::<Vec<_>>()
    });
    let intro = prop::collection::vec(hostile_text(), 0..4);
    (intro, categories, headers).prop_map(|(intro, categories, headers)| Spec {
        intro,
        categories,
        headers,
    })
}

/// A YAML double-quoted scalar: JSON's string syntax is a subset of it.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

fn yaml(spec: &Spec) -> String {
    let categories = &spec.categories;
    let first = &categories[0].codes[0].code;
    let mut out = String::from("page:\n  title: Errors\n  intro: []\n");
    if !spec.intro.is_empty() {
        out = String::from("page:\n  title: Errors\n  intro:\n");
        for paragraph in &spec.intro {
            out.push_str(&format!("    - {}\n", quoted(paragraph)));
        }
    }
    out.push_str(&format!(
        "  envelope_example:\n    code: {first}\n    message: m\nheaders:\n"
    ));
    for header in spec.headers.iter().cloned() {
        out.push_str(&format!(
            "  - name: {}\n    when: {}\n    format: {}\n",
            header.name,
            header.when.map_or("always".to_string(), |s| s.to_string()),
            header.format
        ));
        if let Some(d) = &header.description {
            out.push_str(&format!("    description: {}\n", quoted(d)));
        }
    }
    out.push_str("categories:\n");
    for (i, category) in categories.iter().enumerate() {
        out.push_str(&format!(
            "  - title: {}\n    name: Category{i}\n    codes:\n",
            quoted(&category.title)
        ));
        for code in &category.codes {
            out.push_str(&format!(
                "      - code: {}\n        status: {}\n",
                code.code, code.status
            ));
            if let Some(name) = &code.name {
                out.push_str(&format!("        name: {name}\n"));
            }
            if let Some(meaning) = &code.meaning {
                out.push_str(&format!("        meaning: {}\n", quoted(meaning)));
            }
            // The first code is never deprecated, so it can be the replacement.
            if let Some(note) = code.deprecated.as_ref().filter(|_| code.code != *first) {
                out.push_str(&format!(
                    "        deprecated:\n          since: \"2.0\"\n          use_instead: {first}\n          note: {}\n",
                    quoted(note)
                ));
            }
        }
    }
    out
}

/// Every name declared twice in one scope of a Rust file: items of a module,
/// variants of an enum, and the associated items of a type together with
/// its variants (both are `Type::Name`). rustc rejects the first kind, and
/// makes paths ambiguous with the last.
fn duplicate_idents(file: &syn::File) -> Vec<String> {
    fn scope(items: &[syn::Item], path: &str, out: &mut Vec<String>) {
        let mut module = HashSet::new();
        let mut associated: std::collections::HashMap<String, HashSet<String>> =
            std::collections::HashMap::new();
        let claim =
            |set: &mut HashSet<String>, name: String, out: &mut Vec<String>, scope: &str| {
                if !set.insert(name.clone()) {
                    out.push(format!("{scope}::{name}"));
                }
            };
        for item in items {
            let ident = match item {
                syn::Item::Const(i) => Some(&i.ident),
                syn::Item::Enum(i) => Some(&i.ident),
                syn::Item::Fn(i) => Some(&i.sig.ident),
                syn::Item::Mod(i) => Some(&i.ident),
                syn::Item::Static(i) => Some(&i.ident),
                syn::Item::Struct(i) => Some(&i.ident),
                syn::Item::Type(i) => Some(&i.ident),
                _ => None,
            };
            if let Some(ident) = ident {
                claim(&mut module, ident.to_string(), out, path);
            }
            match item {
                syn::Item::Enum(e) => {
                    let set = associated.entry(e.ident.to_string()).or_default();
                    for v in &e.variants {
                        claim(
                            set,
                            v.ident.to_string(),
                            out,
                            &format!("{path}::{}", e.ident),
                        );
                    }
                }
                syn::Item::Impl(i) if i.trait_.is_none() => {
                    let syn::Type::Path(ty) = &*i.self_ty else {
                        continue;
                    };
                    let Some(name) = ty.path.segments.last().map(|s| s.ident.to_string()) else {
                        continue;
                    };
                    let set = associated.entry(name.clone()).or_default();
                    for item in &i.items {
                        let ident = match item {
                            syn::ImplItem::Const(c) => &c.ident,
                            syn::ImplItem::Fn(f) => &f.sig.ident,
                            syn::ImplItem::Type(t) => &t.ident,
                            _ => continue,
                        };
                        claim(set, ident.to_string(), out, &format!("{path}::{name}"));
                    }
                }
                syn::Item::Mod(m) => {
                    if let Some((_, items)) = &m.content {
                        scope(items, &format!("{path}::{}", m.ident), out);
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    scope(&file.items, "crate", &mut out);
    out
}

/// The text a reader sees in rendered Markdown (inline code included).
fn plain_text<'a>(events: impl Iterator<Item = Event<'a>>) -> String {
    let mut text = String::new();
    for event in events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push('\n'),
            _ => {}
        }
    }
    text
}

/// Every table of a Markdown page: its header cells and body rows, as text.
fn tables(markdown: &str) -> Vec<(Vec<String>, Vec<Vec<String>>)> {
    let mut tables = Vec::new();
    let mut header = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell: Option<Vec<Event>> = None;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Table(_)) => {
                header.clear();
                rows.clear();
            }
            Event::Start(Tag::TableCell) => cell = Some(Vec::new()),
            Event::End(TagEnd::TableCell) => {
                row.push(plain_text(cell.take().unwrap().into_iter()));
            }
            Event::End(TagEnd::TableHead) => header = std::mem::take(&mut row),
            Event::End(TagEnd::TableRow) => rows.push(std::mem::take(&mut row)),
            Event::End(TagEnd::Table) => {
                tables.push((std::mem::take(&mut header), std::mem::take(&mut rows)));
            }
            other => {
                if let Some(cell) = cell.as_mut() {
                    cell.push(other);
                }
            }
        }
    }
    tables
}

/// The `|` that delimit cells in a raw table row: GFM reads a backslash and
/// the character after it as one unit.
fn delimiters(row: &str) -> usize {
    let mut count = 0;
    let mut chars = row.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '|' => count += 1,
            _ => {}
        }
    }
    count
}

fn check_rust(registry: &Registry) -> Result<(), TestCaseError> {
    let layout = crate::layout::Layout::new("registry/random.yaml");
    let source =
        emit::rust::source(registry, &layout).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let file = syn::parse_file(&source).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let duplicates = duplicate_idents(&file);
    prop_assert!(duplicates.is_empty(), "declared twice: {:?}", duplicates);
    let enum_ = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Enum(e) if e.ident == "ErrorCode" => Some(e),
            _ => None,
        })
        .expect("no ErrorCode enum");
    prop_assert_eq!(enum_.variants.len(), registry.code_count());
    for (variant, (_, code)) in enum_.variants.iter().zip(registry.codes()) {
        prop_assert_eq!(variant.ident.to_string(), code.rust_name.clone());
        let doc: Vec<String> = variant
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("doc"))
            .filter_map(|a| match &a.meta {
                syn::Meta::NameValue(nv) => match &nv.value {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }) => Some(s.value()),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        let rendered = plain_text(Parser::new(&doc.join("\n")));
        if let Some(meaning) = &code.meaning {
            prop_assert!(
                rendered.contains(meaning.trim()),
                "rustdoc of {} reads {:?}, not the meaning {:?}",
                code.code,
                rendered,
                meaning
            );
        }
    }
    Ok(())
}

/// The text of each paragraph before the page's first section: the intro.
fn intro_paragraphs(page: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut current: Option<Vec<Event>> = None;
    for event in Parser::new_ext(page, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { level, .. })
                if level != pulldown_cmark::HeadingLevel::H1 =>
            {
                break;
            }
            Event::Start(Tag::Paragraph) => current = Some(Vec::new()),
            Event::End(TagEnd::Paragraph) => {
                paragraphs.push(plain_text(current.take().unwrap_or_default().into_iter()));
            }
            other => {
                if let Some(events) = current.as_mut() {
                    events.push(other);
                }
            }
        }
    }
    paragraphs
}

fn check_markdown(registry: &Registry) -> Result<(), TestCaseError> {
    let page = emit::markdown::page(registry);
    // Each intro paragraph stays one paragraph saying what the registry
    // says: no list, rule, quote, heading or code block.
    let intro: Vec<String> = registry
        .page
        .intro
        .iter()
        .map(|p| p.trim().to_string())
        .collect();
    let read: Vec<String> = intro_paragraphs(&page)
        .iter()
        .map(|p| p.trim().to_string())
        .collect();
    prop_assert_eq!(read, intro);
    let code_tables: Vec<_> = tables(&page)
        .into_iter()
        .filter(|(header, _)| header.first().is_some_and(|h| h.starts_with("HTTP")))
        .collect();
    prop_assert_eq!(code_tables.len(), registry.categories.len());
    for ((header, rows), category) in code_tables.iter().zip(&registry.categories) {
        prop_assert_eq!(rows.len(), category.codes.len());
        for (row, code) in rows.iter().zip(&category.codes) {
            prop_assert_eq!(row.len(), header.len());
            prop_assert_eq!(&row[0], &code.status.to_string());
            prop_assert_eq!(&row[1], &code.code);
            if let Some(meaning) = &code.meaning {
                prop_assert!(
                    row[2].trim().starts_with(meaning.trim()),
                    "cell {:?} does not start with {:?}",
                    row[2],
                    meaning
                );
            }
        }
    }
    // And in the raw text, every code row has exactly one delimiter more
    // than it has cells: no escaped `|` became a delimiter.
    let mut raw_rows = 0;
    let lines = page.lines().filter(|l| l.contains("<a id=\""));
    for (line, (category, _)) in lines.zip(registry.codes()) {
        let cells = if emit::markdown::has_meaning_column(category) {
            3
        } else {
            2
        };
        prop_assert_eq!(delimiters(line), cells + 1, "row {:?}", line);
        raw_rows += 1;
    }
    prop_assert_eq!(raw_rows, registry.code_count());
    Ok(())
}

proptest! {
    // Each case is a registry of up to ~400 codes; a few dozen cases cover
    // the character mix without slowing CI.
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn random_registries_emit_parsable_rust_and_intact_tables(spec in registry_spec()) {
        let text = yaml(&spec);
        let registry = crate::project::parse(Path::new("random.yaml"), &text)
            .map_err(|d| TestCaseError::fail(format!("{d}\n---\n{text}")))?;
        prop_assert_eq!(
            registry.code_count(),
            spec.categories.iter().map(|c| c.codes.len()).sum::<usize>()
        );
        prop_assert_eq!(registry.headers.len(), spec.headers.len());
        for code in spec.categories.iter().flat_map(|c| &c.codes) {
            let (_, model) = registry.code(&code.code).expect("every code is in the model");
            let variant = code.name.clone().unwrap_or_else(|| crate::naming::code_variant(&code.code));
            prop_assert_eq!(&model.rust_name, &variant);
        }
        check_rust(&registry)?;
        check_markdown(&registry)?;
    }
}

#[test]
fn the_cell_reader_sees_an_unescaped_pipe_split_a_cell() {
    // The properties above are only as good as this reader: it must notice
    // the breakage escaping prevents.
    let broken = "| HTTP | Code | Meaning |\n|---|---|---|\n| 400 | `a` | x | y |\n";
    let t = tables(broken);
    assert_eq!(t[0].1[0][2], "x");
    assert_eq!(delimiters("| 400 | `a` | x | y |"), 5);
    assert_eq!(delimiters(r"| 400 | `a` | x \| y |"), 4);
    assert_eq!(delimiters(r"| 400 | `a` | x \\\| y |"), 4);
}

/// The real registry with a few random edits: mostly-valid YAML, the input
/// people actually produce.
fn mutated_registry() -> impl Strategy<Value = String> {
    // Read when the test runs, not compiled in: a registry edit then does not
    // rebuild this test binary.
    let real = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../registry/error-codes.yaml"),
    )
    .unwrap();
    let edit = (
        any::<prop::sample::Index>(),
        0usize..4,
        prop_oneof![
            Just(String::new()),
            Just("\t".to_string()),
            Just("'".to_string()),
            Just("\"".to_string()),
            Just(": ".to_string()),
            Just("- ".to_string()),
            Just("&a ".to_string()),
            Just("*a".to_string()),
            Just("\n".to_string()),
            Just("[".to_string()),
            Just("é".to_string()),
            any::<String>(),
        ],
    );
    prop::collection::vec(edit, 1..4).prop_map(move |edits| {
        let mut text = real.to_string();
        for (at, delete, insert) in edits {
            let mut start = at.index(text.len());
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + delete).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            text.replace_range(start..end, &insert);
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Whatever the text, loading gives a registry or diagnostics that point
    /// inside the file, and the full report renders them.
    #[test]
    fn any_text_loads_or_is_diagnosed_inside_the_file(
        text in prop_oneof![mutated_registry(), any::<String>()]
    ) {
        let path = Path::new("registry/error-codes.yaml");
        if let Err(diagnostics) = crate::project::parse(path, &text) {
            prop_assert!(!diagnostics.is_empty());
            // A lone CR is a line break too (YAML says so); CRLF counts twice
            // here, which only loosens the bound.
            let lines = text.split(['\n', '\r']).count().max(1) as u64;
            for d in diagnostics.iter() {
                prop_assert!(d.location().line >= 1 && d.location().line <= lines + 1, "{}", d);
                prop_assert!(!d.message().is_empty());
            }
            let report = crate::render::report(
                &diagnostics,
                &|_| Some(text.clone()),
                crate::render::Style::Plain,
            );
            prop_assert!(report.contains(diagnostics.0[0].message()), "{}", report);
        }
    }
}

#[test]
fn the_ident_walker_sees_names_declared_twice() {
    // The uniqueness property is only as good as this walker.
    let file: syn::File = syn::parse_str(
        "pub enum ErrorCode { A, B } impl ErrorCode { pub const A: u8 = 0; }
         pub mod headers { pub const X_A: &str = \"X-A\"; pub const X_A: &str = \"x-a\"; }
         pub enum Category { All } impl Category { pub const ALL: u8 = 0; }",
    )
    .unwrap();
    assert_eq!(
        duplicate_idents(&file),
        ["crate::ErrorCode::A", "crate::headers::X_A"]
    );
}
