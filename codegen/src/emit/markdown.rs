//! Registry → the Markdown docs page (`docs/error-codes.md`), and the
//! tables alone for the crate's rustdoc.

use std::fmt::Write;

use super::describe::{self, Text};
use crate::model::{Category, Code, Envelope, HeaderWhen, Registry, Retry};
use error_codes_runtime::Envelope as Wire;

/// How a code cell links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    /// The docs page: every code row carries an HTML anchor named after the code.
    Anchors,
    /// Rustdoc: every code links to its `ErrorCode` variant.
    Rustdoc,
}

/// Escapes one line of registry text for Markdown: table cells, paragraphs,
/// headings and rustdoc alike, so that it renders as the text it is.
///
/// - Inline: CommonMark lets any ASCII punctuation be backslash-escaped, so
///   every character that could start inline markup, an HTML tag or entity,
///   or end a table cell is escaped.
/// - Blocks: text that would start a block at the start of a line (a list
///   item `- `, `+ `, `1. `, `1) `; a rule or setext underline `---`, `===`;
///   a heading `#`; a quote `>`; a fence; an indented code block) has its
///   marker escaped and its leading spaces dropped (a paragraph ignores them
///   anyway), so it stays a paragraph.
/// - Bare `http(s)://` URLs become autolinks (`<https://…>`), which renders
///   them as links and keeps `rustdoc::bare_urls` quiet under `-D warnings`.
///
/// Validation guarantees there are no line breaks.
pub fn escape(text: &str) -> String {
    let text = text.trim_start();
    let mut out = String::with_capacity(text.len() + 8);
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let ends_marker = |at: usize| text[at..].starts_with([' ', '\t']) || at == text.len();
    let only = |c: char| text.chars().all(|t| t == c || t == ' ');
    let rest = if (1..=9).contains(&digits)
        && matches!(text.as_bytes().get(digits), Some(b'.' | b')'))
        && ends_marker(digits + 1)
    {
        // An ordered list marker: `1.` or `1)`.
        out.push_str(&text[..digits]);
        out.push('\\');
        &text[digits..]
    } else {
        let bullet = text.starts_with(['-', '+']) && ends_marker(1);
        if bullet || only('-') || only('=') {
            // A bullet, a thematic break or a setext underline.
            out.push('\\');
        }
        text
    };
    escape_inline(rest, &mut out);
    out
}

/// `text` as a Markdown code span: fenced by more backticks than any run
/// inside it, and padded when it starts or ends with one (CommonMark 6.1),
/// so registry text cannot close the span early.
pub fn code_span(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// Backslash-escapes markup characters, and turns bare URLs into autolinks.
fn escape_inline(text: &str, out: &mut String) {
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(url) = bare_url(rest)
            && out
                .chars()
                .last()
                .is_none_or(|c| !c.is_ascii_alphanumeric())
        {
            out.push('<');
            out.push_str(url);
            out.push('>');
            rest = &rest[url.len()..];
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~' | '#' | '!' | '$'
        ) {
            out.push('\\');
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
}

/// The `http(s)://` URL at the start of `text`, if there is one: URL
/// characters (RFC 3986) only, without the punctuation that ends a sentence
/// around it. Nothing it holds can end an autolink or a table cell.
fn bare_url(text: &str) -> Option<&str> {
    let scheme = ["https://", "http://"].into_iter().find(|s| {
        text.get(..s.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(s))
    })?;
    let len = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c)))
        .unwrap_or(text.len());
    let mut url = &text[..len];
    loop {
        let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '*', '_']);
        let trimmed = match trimmed.strip_suffix(')') {
            Some(inner) if inner.matches('(').count() < inner.matches(')').count() + 1 => inner,
            _ => trimmed,
        };
        if trimmed == url {
            break;
        }
        url = trimmed;
    }
    (url.len() > scheme.len()).then_some(url)
}

/// The whole docs page.
pub fn page(registry: &Registry) -> String {
    let page = &registry.page;
    // The provenance comment comes first, from `Layout::preamble`.
    let mut out = String::from("\n");
    let _ = writeln!(out, "# {}\n", escape(&page.title));
    for paragraph in &page.intro {
        let _ = writeln!(out, "{}\n", escape(paragraph));
    }

    out.push_str("## Envelope\n\n");
    if registry.envelope == Envelope::Rfc9457 {
        out.push_str(&problem_section(registry));
    }
    out.push_str("```json\n");
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

/// What an RFC 9457 API's error bodies hold, above the example.
fn problem_section(registry: &Registry) -> String {
    let problem_type = match &registry.page.docs_url {
        Some(_) => "the code's row on this page (its URL with `#` and the code)",
        None => "`about:blank` (this API publishes no docs page; `code` names the problem)",
    };
    format!(
        "Every error response is RFC 9457 problem details, sent as \
         `{media}`: `type` is {problem_type}; `title` is what the code means \
         (the code itself where the table gives no meaning); `status` is the \
         HTTP status; `detail` describes this occurrence; the extension member \
         `code` is the code to branch on, `request_id` the request's id, and \
         `{params}` lists field errors as `{{\"name\", \"reason\"}}` entries. \
         Other members may be added: ignore those you do not know.\n\n",
        media = Wire::Rfc9457.media_type(),
        params = Wire::INVALID_PARAMS,
    )
}

/// The envelope example as pretty JSON, fields in the order the envelope
/// documents them (serde_json's maps would sort them). Under RFC 9457, the
/// problem document the runtime sends for the example.
pub fn envelope_example_json(registry: &Registry) -> String {
    let example = &registry.page.envelope_example;
    if registry.envelope == Envelope::Rfc9457 {
        let value = match registry.code(&example.code) {
            Some((_, code)) => super::describe::sample_body(registry, code),
            None => super::tree::Tree::map(),
        };
        return value.to_json().trim_end().to_string();
    }
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
        cell.push_str(&describe::deprecation(d, Text::Markdown));
    }
    cell
}

fn retrying(registry: &Registry) -> String {
    let mut out = String::from("## Retrying\n\n");
    out.push_str(
        "Whether repeating a failed request may succeed. Every other code needs a change to the request, the caller's permissions or the resource first.\n\n",
    );
    for retry in Retry::ALL.iter().copied().filter(|r| *r != Retry::Never) {
        let label = escape(&format!("Retry {}", retry.wording()));
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
                Some(example) => code_span(&format!("{}: {}", h.name, example)),
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
mod code_span_tests {
    use super::code_span;

    #[test]
    fn a_code_span_cannot_be_closed_by_its_text() {
        assert_eq!(code_span("req_1"), "`req_1`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`x``"), "``` `x`` ```");
    }
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

    #[test]
    fn escape_keeps_block_syntax_a_paragraph() {
        assert_eq!(escape("- item"), r"\- item");
        assert_eq!(escape("+ item"), r"\+ item");
        assert_eq!(escape("* item"), r"\* item");
        assert_eq!(escape("1. first"), r"1\. first");
        assert_eq!(escape("12) twelfth"), r"12\) twelfth");
        assert_eq!(escape("---"), r"\---");
        assert_eq!(escape("==="), r"\===");
        assert_eq!(escape("# not a heading"), r"\# not a heading");
        assert_eq!(escape("> not a quote"), r"\> not a quote");
        assert_eq!(escape("```rust"), r"\`\`\`rust");
        assert_eq!(escape("    not code"), "not code");
        assert_eq!(
            escape("2024 was fine. 3. is not a list here"),
            "2024 was fine. 3. is not a list here"
        );
        assert_eq!(escape("2.0"), "2.0");
        assert_eq!(escape("-x and +y"), "-x and +y");
        assert_eq!(escape("- - -"), r"\- - -");
        assert_eq!(escape("1."), r"1\.");
    }

    #[test]
    fn escape_turns_bare_urls_into_autolinks() {
        assert_eq!(
            escape("see https://example.com/a_b?x=1."),
            "see <https://example.com/a_b?x=1>."
        );
        assert_eq!(escape("(http://example.com)"), "(<http://example.com>)");
        assert_eq!(escape("https://"), "https://");
        assert_eq!(escape("xhttps://example.com"), "xhttps://example.com");
        assert_eq!(
            escape("https://example.com/<b>|x"),
            r"<https://example.com/>\<b\>\|x"
        );
    }
}
