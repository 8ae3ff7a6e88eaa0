//! Registry → the Markdown docs page (`docs/error-codes.md`), and the
//! tables alone for the crate's rustdoc.

use std::fmt::Write;

use crate::model::{Category, Code, HeaderWhen, Registry, Retry};

/// How a code cell links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    /// The docs page: every code row carries an HTML anchor named after the code.
    Anchors,
    /// Rustdoc: every code links to its `ErrorCode` variant.
    Rustdoc,
}

/// Escapes text for Markdown, in table cells and in paragraphs.
///
/// CommonMark lets any ASCII punctuation be backslash-escaped, so every
/// character that could start inline markup, an HTML tag or entity, or end a
/// table cell is escaped. Validation guarantees there are no line breaks.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~' | '#' | '!' | '$'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The whole docs page.
pub fn page(registry: &Registry) -> String {
    let page = &registry.page;
    let mut out = String::new();
    out.push_str(
        "<!-- Generated from registry/error-codes.yaml by `cargo run -p error-codes-codegen -- generate`. Do not edit by hand. -->\n\n",
    );
    let _ = writeln!(out, "# {}\n", escape(&page.title));
    for paragraph in &page.intro {
        let _ = writeln!(out, "{}\n", escape(paragraph));
    }

    out.push_str("## Envelope\n\n```json\n");
    out.push_str(&envelope_example_json(registry));
    out.push_str("\n```\n\n");

    out.push_str(&tables(registry, Links::Anchors, 2));
    out.push_str(&retrying(registry));
    out.push_str(&headers(registry));

    if !page.related.is_empty() {
        out.push_str("## Related\n\n");
        for related in &page.related {
            let title = match &related.url {
                Some(url) => format!("[{}](<{}>)", escape(&related.title), url),
                None => escape(&related.title),
            };
            match &related.description {
                Some(d) => {
                    let _ = writeln!(out, "- {title} — {}", escape(d));
                }
                None => {
                    let _ = writeln!(out, "- {title}");
                }
            }
        }
    }
    out
}

/// The envelope example as pretty JSON, fields in the order the envelope
/// documents them (serde_json's maps would sort them).
pub fn envelope_example_json(registry: &Registry) -> String {
    let example = &registry.page.envelope_example;
    let json = |s: &str| serde_json::Value::from(s).to_string();
    let mut fields = vec![
        format!("\"code\": {}", json(&example.code)),
        format!("\"message\": {}", json(&example.message)),
        "\"details\": {}".to_string(),
    ];
    if let Some(id) = &example.request_id {
        fields.push(format!("\"request_id\": {}", json(id)));
    }
    format!(
        "{{\n  \"error\": {{\n    {}\n  }}\n}}",
        fields.join(",\n    ")
    )
}

/// One `##`-level (or `level`) section per category, each with its table.
pub fn tables(registry: &Registry, links: Links, level: usize) -> String {
    let hashes = "#".repeat(level);
    let mut out = String::new();
    for category in &registry.categories {
        let _ = writeln!(out, "{hashes} {}\n", escape(&category.title));
        out.push_str(&table(category, links));
        out.push('\n');
    }
    out
}

fn table(category: &Category, links: Links) -> String {
    let with_meaning = has_meaning_column(category);
    let mut out = String::new();
    if with_meaning {
        let _ = writeln!(
            out,
            "| {} | Code | Meaning |\n|---|---|---|",
            category.status_column()
        );
    } else {
        let _ = writeln!(out, "| {} | Code |\n|---|---|", category.status_column());
    }
    for code in &category.codes {
        let cell = code_cell(code, links);
        if with_meaning {
            let _ = writeln!(out, "| {} | {cell} | {} |", code.status, meaning_cell(code));
        } else {
            let _ = writeln!(out, "| {} | {cell} |", code.status);
        }
    }
    out
}

/// A category where no code has a meaning or a deprecation note (the page's
/// "Not found") has no Meaning column.
pub fn has_meaning_column(category: &Category) -> bool {
    category
        .codes
        .iter()
        .any(|c| c.meaning.is_some() || c.deprecated.is_some())
}

fn code_cell(code: &Code, links: Links) -> String {
    // Codes are validated lower snake_case, so they need no escaping in a
    // code span, an HTML attribute or an intra-doc link.
    match links {
        Links::Anchors => format!("<a id=\"{}\"></a>`{}`", code.anchor(), code.code),
        Links::Rustdoc => format!("[`{}`](crate::ErrorCode::{})", code.code, code.rust_name),
    }
}

fn meaning_cell(code: &Code) -> String {
    let mut cell = code.meaning.as_deref().map(escape).unwrap_or_default();
    if let Some(d) = &code.deprecated {
        if !cell.is_empty() {
            cell.push_str(" — ");
        }
        let _ = write!(cell, "**Deprecated** since {}", escape(&d.since));
        if let Some(instead) = &d.use_instead {
            let _ = write!(cell, ": use `{instead}` instead");
        }
        if let Some(note) = &d.note {
            let _ = write!(cell, " ({})", escape(note));
        }
        cell.push('.');
    }
    cell
}

fn retrying(registry: &Registry) -> String {
    let mut out = String::from("## Retrying\n\n");
    out.push_str(
        "Whether repeating a failed request may succeed. Every other code needs a change to the request, the caller's permissions or the resource first.\n\n",
    );
    for (retry, label) in [
        (
            Retry::AfterDelay,
            "Retry after a delay (honour `Retry-After` when present)",
        ),
        (
            Retry::AfterReread,
            "Retry after re-reading the resource and reapplying the change",
        ),
    ] {
        let codes: Vec<String> = registry
            .codes()
            .filter(|(_, c)| c.retry == retry)
            .map(|(_, c)| format!("`{}`", c.code))
            .collect();
        if !codes.is_empty() {
            let _ = writeln!(out, "- {label}: {}.", codes.join(", "));
        }
    }
    out.push('\n');
    out
}

fn headers(registry: &Registry) -> String {
    if registry.headers.is_empty() {
        return String::new();
    }
    let mut out = String::from("## Headers\n\n");
    let mut whens: Vec<HeaderWhen> = Vec::new();
    for h in &registry.headers {
        if !whens.contains(&h.when) {
            whens.push(h.when);
        }
    }
    for when in whens {
        match when {
            HeaderWhen::Always => out.push_str("On every response:\n\n"),
            HeaderWhen::Status(s) => {
                let _ = writeln!(out, "On {s}:\n");
            }
        }
        // Headers with nothing to say share one bullet, as the API docs have
        // always listed the rate-limit trio.
        let mut plain: Vec<String> = Vec::new();
        let flush = |plain: &mut Vec<String>, out: &mut String| {
            if !plain.is_empty() {
                let _ = writeln!(out, "- {}.", plain.join(", "));
                plain.clear();
            }
        };
        for h in registry.headers.iter().filter(|h| h.when == when) {
            let shown = match &h.example {
                Some(example) => format!("`{}: {}`", h.name, example),
                None => format!("`{}`", h.name),
            };
            match &h.description {
                None if h.example.is_none() => plain.push(shown),
                description => {
                    flush(&mut plain, &mut out);
                    match description {
                        Some(d) => {
                            let _ = writeln!(out, "- {shown} — {}", escape(d));
                        }
                        None => {
                            let _ = writeln!(out, "- {shown}");
                        }
                    }
                }
            }
        }
        flush(&mut plain, &mut out);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escape_neutralises_table_and_inline_markup() {
        assert_eq!(escape("a | b"), r"a \| b");
        assert_eq!(escape("<b>x</b>"), r"\<b\>x\</b\>");
        assert_eq!(escape("max_ttl * 2"), r"max\_ttl \* 2");
        assert_eq!(escape(r"C:\path `x`"), r"C:\\path \`x\`");
        assert_eq!(escape("plain words, fine."), "plain words, fine.");
    }
}
