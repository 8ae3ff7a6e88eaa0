//! Reads the committed docs page as a reader would (headings and tables) and
//! checks it row for row against the compiled crate, so that a hand edit to
//! either side fails here.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes::{Category, ErrorCode, StatusKind};
use error_codes_tests::workspace_root;

#[derive(Debug)]
struct Section {
    title: String,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// Splits a Markdown table row on the `|` that are not backslash-escaped,
/// and removes the escapes from each cell.
fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|');
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut cells = vec![String::new()];
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    cells.last_mut().unwrap().push(next);
                }
            }
            '|' => cells.push(String::new()),
            c => cells.last_mut().unwrap().push(c),
        }
    }
    cells.into_iter().map(|c| c.trim().to_string()).collect()
}

/// The `##` sections of the page that contain a table.
fn table_sections(page: &str) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    let mut title = None;
    let mut in_fence = false;
    for line in page.lines() {
        if line.starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        if let Some(t) = line.strip_prefix("## ") {
            title = Some(t.replace('\\', ""));
            continue;
        }
        if !line.starts_with('|') {
            continue;
        }
        let title = title.clone().expect("a table before any heading");
        let row = cells(line);
        match sections.last_mut() {
            Some(s) if s.title == title => {
                if !row
                    .iter()
                    .all(|c| c.chars().all(|ch| ch == '-' || ch == ':'))
                {
                    s.rows.push(row);
                }
            }
            _ => sections.push(Section {
                title,
                header: row,
                rows: Vec::new(),
            }),
        }
    }
    sections
}

/// `<a id="x"></a>`x`` → ("x", "x").
fn code_cell(cell: &str) -> (String, String) {
    let anchor = cell
        .strip_prefix("<a id=\"")
        .and_then(|rest| rest.split_once("\"></a>"))
        .unwrap_or_else(|| panic!("code cell without anchor: {cell}"));
    let code = anchor
        .1
        .strip_prefix('`')
        .and_then(|c| c.strip_suffix('`'))
        .unwrap_or_else(|| panic!("code not in a code span: {cell}"));
    (anchor.0.to_string(), code.to_string())
}

#[test]
fn docs_tables_match_the_crate_row_for_row() {
    let page = std::fs::read_to_string(workspace_root().join("docs/error-codes.md")).unwrap();
    let sections = table_sections(&page);

    let titles: Vec<&str> = sections.iter().map(|s| s.title.as_str()).collect();
    let expected_titles: Vec<&str> = Category::ALL.iter().map(|c| c.title()).collect();
    assert_eq!(titles, expected_titles, "category titles or order differ");

    let mut seen = Vec::new();
    for (section, &category) in sections.iter().zip(Category::ALL) {
        let status_header = match category.status_kind() {
            StatusKind::Reported => "HTTP (reported)",
            _ => "HTTP",
        };
        assert_eq!(section.header[0], status_header, "{}", section.title);
        assert_eq!(section.header[1], "Code", "{}", section.title);
        let has_meaning = section.header.get(2).map(String::as_str) == Some("Meaning");
        assert_eq!(section.header.len(), if has_meaning { 3 } else { 2 });
        // As on the published page ("Not found"), a category whose codes have
        // nothing to say has no Meaning column; one meaning or deprecation
        // note brings it back.
        let says_something = category
            .codes()
            .iter()
            .any(|c| c.meaning().is_some() || c.deprecation().is_some());
        assert_eq!(
            has_meaning, says_something,
            "Meaning column of {}",
            section.title
        );

        assert_eq!(
            section.rows.len(),
            category.codes().len(),
            "row count of {}",
            section.title
        );
        for (row, &code) in section.rows.iter().zip(category.codes()) {
            assert_eq!(row.len(), section.header.len(), "cells in {row:?}");
            let (anchor, name) = code_cell(&row[1]);
            assert_eq!(name, code.as_str(), "order or name in {}", section.title);
            assert_eq!(anchor, code.as_str(), "anchor of {name}");
            assert_eq!(row[0], code.http_status().to_string(), "status of {name}");
            let cell = if has_meaning { row[2].as_str() } else { "" };
            assert_meaning_cell(cell, code);
            seen.push(code);
        }
    }
    assert_eq!(
        seen,
        ErrorCode::ALL,
        "the page lists every code once, in order"
    );
}

/// The Meaning cell is the code's meaning, followed by a deprecation note
/// when the code is deprecated. The note's wording is the generator's; what
/// it must say (since, the replacement, the note) is the registry's.
fn assert_meaning_cell(cell: &str, code: ErrorCode) {
    let Some(deprecation) = code.deprecation() else {
        let meaning = Some(cell).filter(|m| !m.is_empty());
        assert_eq!(meaning, code.meaning(), "meaning of {code}");
        return;
    };
    if let Some(meaning) = code.meaning() {
        assert!(cell.starts_with(meaning), "meaning of {code}: {cell:?}");
    }
    assert!(cell.contains("Deprecated"), "{code}: {cell:?}");
    assert!(
        cell.contains(deprecation.since),
        "since of {code}: {cell:?}"
    );
    if let Some(instead) = deprecation.use_instead {
        assert!(
            cell.contains(&format!("`{instead}`")),
            "replacement of {code}: {cell:?}"
        );
    }
    if let Some(note) = deprecation.note {
        assert!(cell.contains(note), "note of {code}: {cell:?}");
    }
}

#[test]
fn cell_splitting_respects_escaped_pipes() {
    assert_eq!(cells(r"| 400 | `a` | x \| y |"), ["400", "`a`", "x | y"]);
    assert_eq!(cells(r"| 1 | a\_b |"), ["1", "a_b"]);
}

#[test]
fn envelope_example_names_a_known_code() {
    let page = std::fs::read_to_string(workspace_root().join("docs/error-codes.md")).unwrap();
    let json = page
        .split("```json\n")
        .nth(1)
        .and_then(|rest| rest.split("\n```").next())
        .expect("the page has a JSON envelope example");
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    let code = value["error"]["code"].as_str().unwrap();
    assert!(code.parse::<ErrorCode>().is_ok(), "{code}");
    assert!(value["error"]["message"].is_string());
}
