//! Diagnostics → the full human report: every problem with its source
//! snippet, a caret under the offending value, and what to do about it
//! (rendered by annotate-snippets, which serde-saphyr already depends on).

use std::ops::Range;
use std::path::Path;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::diagnostic::{Diagnostic, Diagnostics, Location, Severity};

/// Whether the report uses terminal colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Plain,
    Colored,
}

impl Diagnostics {
    /// The full report, for people: every problem with a snippet of its
    /// source, a caret under the offending value and what to do about it,
    /// then a count; in terminal colours when `colored`. `source` returns
    /// the text of a diagnostic's file; a problem whose source it does not
    /// know is still reported, in its one-line form.
    pub fn render(&self, source: &dyn Fn(&Path) -> Option<String>, colored: bool) -> String {
        let style = if colored {
            Style::Colored
        } else {
            Style::Plain
        };
        report(self, source, style)
    }
}

/// Renders every diagnostic with a snippet of its source, then a count.
///
/// `source` returns the text of a diagnostic's file (the registry, the lock
/// file); a diagnostic whose source is unavailable is still reported, in its
/// one-line form.
pub(crate) fn report(
    diagnostics: &Diagnostics,
    source: &dyn Fn(&Path) -> Option<String>,
    style: Style,
) -> String {
    let renderer = match style {
        Style::Plain => Renderer::plain(),
        Style::Colored => Renderer::styled(),
    };
    let mut out = String::new();
    for d in diagnostics.iter() {
        // Lines as the locations count them: a lone CR is a line break.
        let text = source(d.file()).map(crate::yaml::normalize_line_breaks);
        out.push_str(&renderer.render(&groups(d, text.as_deref())));
        out.push_str("\n\n");
    }
    let n = diagnostics.len();
    let warnings = diagnostics
        .iter()
        .all(|d| d.severity() == Severity::Warning);
    out.push_str(&format!(
        "{}: {n} {}{} in the registry",
        if warnings { "warning" } else { "error" },
        if warnings { "warning" } else { "problem" },
        if n == 1 { "" } else { "s" }
    ));
    out
}

fn groups<'a>(d: &'a Diagnostic, text: Option<&'a str>) -> Vec<Group<'a>> {
    let file = d.file().display().to_string();
    let level = match d.severity() {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let mut title = level.clone().primary_title(d.message());
    // annotate-snippets only prints a path next to a snippet; without the
    // source, keep the location in the title so it is never lost.
    if text.is_none() {
        title = level.primary_title(d.to_string());
    }
    let mut group = Group::with_title(title);
    if let Some(text) = text {
        let mut snippet = Snippet::source(text).path(file.clone()).fold(true);
        snippet = snippet.annotation(AnnotationKind::Primary.span(span(text, d.location())));
        for (location, label) in d.related() {
            snippet = snippet.annotation(
                AnnotationKind::Context
                    .span(span(text, location))
                    .label(label.as_str()),
            );
        }
        group = group.element(snippet);
    } else {
        for (location, label) in d.related() {
            group = group.element(Level::NOTE.message(format!("{label} at {file}:{location}")));
        }
    }
    if let Some(help) = d.help() {
        group = group.element(Level::HELP.message(help));
    }
    vec![group]
}

/// The byte range to underline: the value's own span when the parser gave
/// one, else the rest of the token starting at its line and column.
fn span(text: &str, location: &Location) -> Range<usize> {
    if let Some(bytes) = location
        .bytes
        .clone()
        .filter(|r| r.start <= r.end && text.get(r.clone()).is_some())
    {
        if !bytes.is_empty() {
            // A multi-line value is underlined on its first line only.
            let end = text[bytes.clone()]
                .find('\n')
                .map_or(bytes.end, |i| bytes.start + i);
            return bytes.start..end.max(bytes.start + 1).min(text.len());
        }
        return bytes;
    }
    let start = offset_of(text, location.line, location.column);
    let rest = &text[start..];
    let len = rest
        .find(|c: char| c.is_whitespace())
        .unwrap_or(rest.len())
        .max(rest.chars().next().map_or(0, char::len_utf8));
    start..start + len
}

/// Byte offset of a 1-based line and (char) column, clamped to the text.
fn offset_of(text: &str, line: u64, column: u64) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i as u64 + 1 == line {
            let column = usize::try_from(column.saturating_sub(1)).unwrap_or(usize::MAX);
            let body = l.trim_end_matches(['\n', '\r']);
            return offset
                + body
                    .char_indices()
                    .nth(column)
                    .map_or(body.len(), |(i, _)| i);
        }
        offset += l.len();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_of_counts_lines_and_chars() {
        let text = "ab\nçd: x\n";
        assert_eq!(offset_of(text, 1, 1), 0);
        assert_eq!(offset_of(text, 2, 1), 3);
        assert_eq!(&text[offset_of(text, 2, 2)..], "d: x\n");
        assert_eq!(offset_of(text, 9, 1), text.len());
    }

    #[test]
    fn span_without_bytes_covers_the_token() {
        let text = "status: 4O4\n";
        assert_eq!(&text[span(text, &Location::new(1, 9))], "4O4");
    }
}
