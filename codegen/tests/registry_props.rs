//! Random valid registries — hundreds of codes with odd but legal names, and
//! meanings full of Markdown and Rust metacharacters — go through the whole
//! pipeline (YAML → load → validate → emit), and what comes out is read back
//! the way its readers read it:
//!
//! - the Rust parses with syn, and each variant's rustdoc, read as Markdown
//!   (rustdoc uses pulldown-cmark), says the meaning verbatim;
//! - the docs page, read as GitHub-flavoured Markdown, has one table per
//!   category, one row per code, and every cell says exactly what the
//!   registry says: no `|` in a meaning can split a cell.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;
use std::path::Path;

use error_codes_codegen::{Registry, emit};
use heck::ToUpperCamelCase;
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

#[derive(Debug, Clone)]
struct CodeSpec {
    code: String,
    status: u16,
    meaning: Option<String>,
    deprecated: Option<String>,
}

#[derive(Debug, Clone)]
struct CategorySpec {
    title: String,
    codes: Vec<CodeSpec>,
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
        "[a-zA-Z0-9 .,:;()=+-]{1,6}",
    ];
    prop::collection::vec(piece, 1..10)
        .prop_map(|pieces| pieces.concat())
        .prop_filter("blank text is rejected", |s| !s.trim().is_empty())
}

fn code_name() -> impl Strategy<Value = String> {
    // Lower snake_case: single letters, digits after underscores, long names.
    "[a-z][a-z0-9]{0,10}(_[a-z0-9]{1,12}){0,6}".prop_filter("at most 64 bytes", |c| c.len() <= 64)
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
            status,
            meaning,
            deprecated,
        })
}

fn registry_spec() -> impl Strategy<Value = Vec<CategorySpec>> {
    prop::collection::vec(
        (hostile_text(), prop::collection::vec(code_spec(), 1..80)),
        1..6,
    )
    .prop_map(|categories| {
        // Codes and their variant names are unique across the registry, and
        // `self` (the keyword `Self`) is rejected: drop what would clash.
        let mut codes = HashSet::new();
        let mut variants = HashSet::new();
        categories
            .into_iter()
            .enumerate()
            .map(|(i, (title, specs))| CategorySpec {
                title: format!("{i} {title}"),
                codes: specs
                    .into_iter()
                    .filter(|c| {
                        let variant = c.code.to_upper_camel_case();
                        variant != "Self"
                            && codes.insert(c.code.clone())
                            && variants.insert(variant)
                    })
                    .collect(),
            })
            .filter(|c| !c.codes.is_empty())
            .collect()
    })
    .prop_filter("at least one category", |c: &Vec<CategorySpec>| {
        !c.is_empty()
    })
}

/// A YAML double-quoted scalar: JSON's string syntax is a subset of it.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

fn yaml(categories: &[CategorySpec]) -> String {
    let first = &categories[0].codes[0].code;
    let mut out = format!(
        "page:\n  title: Errors\n  envelope_example:\n    code: {first}\n    message: m\ncategories:\n"
    );
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
    let source = emit::rust::source(registry).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let file = syn::parse_file(&source).map_err(|e| TestCaseError::fail(e.to_string()))?;
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

fn check_markdown(registry: &Registry) -> Result<(), TestCaseError> {
    let page = emit::markdown::page(registry);
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
        let registry = error_codes_codegen::load_str(Path::new("random.yaml"), &text)
            .map_err(|d| TestCaseError::fail(format!("{d}\n---\n{text}")))?;
        prop_assert_eq!(
            registry.code_count(),
            spec.iter().map(|c| c.codes.len()).sum::<usize>()
        );
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
    let real = include_str!("../../registry/error-codes.yaml");
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
        if let Err(diagnostics) = error_codes_codegen::load_str(path, &text) {
            prop_assert!(!diagnostics.is_empty());
            let lines = text.lines().count().max(1) as u64;
            for d in diagnostics.iter() {
                prop_assert!(d.location().line >= 1 && d.location().line <= lines + 1, "{}", d);
                prop_assert!(!d.message().is_empty());
            }
            let report = error_codes_codegen::render::report(
                &diagnostics,
                &|_| Some(text.clone()),
                error_codes_codegen::render::Style::Plain,
            );
            prop_assert!(report.contains(&diagnostics.0[0].message), "{}", report);
        }
    }
}
