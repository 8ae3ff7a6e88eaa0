//! Registry text made safe for Markdown: the escaping both the docs page
//! (`markdown`) and the wording of codes (`describe`) use, so that neither
//! emitter reaches into the other.

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
pub(crate) fn escape(text: &str) -> String {
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
/// so registry text cannot close the span early. The runtime's, which the
/// schema descriptions it writes use too: one spelling of the rule.
pub(crate) use error_codes_runtime::schema::code_span;

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
