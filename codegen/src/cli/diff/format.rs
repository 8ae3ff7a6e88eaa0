//! The outputs of `diff`: text for people, JSON for tools, a changelog
//! section in Markdown, and GitHub Actions workflow commands.

use std::fmt::Write as _;

use crate::diff::{Bump, Change, Kind, Side, Subject};
use crate::emit::text;

/// How `diff` prints its changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub(super) enum Format {
    /// One line per change, grouped by bump, located like the diagnostics.
    Text,
    /// `{"bump": …, "changes": [{"kind", "code"|"header"|"category", "bump", "message", "file", "line", "column", "side"}]}`.
    Json,
    /// A changelog section under Keep a Changelog's headings.
    Markdown,
    /// GitHub Actions workflow commands, one per change.
    Github,
}

/// What the two registries are called in the output: file names (or
/// `REF:path` for a git revision).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Sources {
    pub old: String,
    pub new: String,
}

impl Sources {
    fn file(&self, side: Side) -> &str {
        match side {
            Side::Old => &self.old,
            Side::New => &self.new,
        }
    }
}

/// `changes` in `format`.
pub(super) fn render(format: Format, changes: &[Change], sources: &Sources) -> String {
    match format {
        Format::Text => text(changes, sources),
        Format::Json => json(changes, sources),
        Format::Markdown => markdown(changes),
        Format::Github => github(changes, sources),
    }
}

/// One line per change, largest bump first:
/// `file:line:column: major: status_changed: code x: status 403 -> 404`.
pub(super) fn text(changes: &[Change], sources: &Sources) -> String {
    let mut out = String::new();
    for bump in Bump::ALL.iter().rev() {
        let group: Vec<&Change> = changes.iter().filter(|c| c.bump() == *bump).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "{} ({}): {} change{}",
            bump.as_str(),
            bump.wording(),
            group.len(),
            if group.len() == 1 { "" } else { "s" }
        );
        for c in group {
            let _ = writeln!(
                out,
                "  {}:{}: {}: {}",
                sources.file(c.side),
                c.location,
                c.kind.as_str(),
                c.message
            );
        }
    }
    if changes.is_empty() {
        out.push_str("no changes\n");
    }
    let bump = Bump::of(changes);
    let _ = writeln!(out, "bump: {} ({})", bump.as_str(), bump.wording());
    out
}

/// One change in the JSON document, fields in the order they are written.
#[derive(serde::Serialize)]
struct JsonChange<'a> {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    header: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    category: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    operation: Option<&'a str>,
    bump: &'static str,
    message: &'a str,
    file: &'a str,
    line: u64,
    column: u64,
    /// `old` for a location in the old registry (a removal), else `new`.
    side: &'static str,
}

#[derive(serde::Serialize)]
struct JsonDocument<'a> {
    bump: &'static str,
    changes: Vec<JsonChange<'a>>,
}

/// The JSON document: the overall bump and every change.
pub(super) fn json(changes: &[Change], sources: &Sources) -> String {
    let doc = JsonDocument {
        bump: Bump::of(changes).as_str(),
        changes: changes
            .iter()
            .map(|c| JsonChange {
                kind: c.kind.as_str(),
                code: match &c.subject {
                    Subject::Code(code) => Some(code),
                    _ => None,
                },
                header: match &c.subject {
                    Subject::Header(name) => Some(name),
                    _ => None,
                },
                category: match &c.subject {
                    Subject::Category(name) => Some(name),
                    _ => None,
                },
                operation: match &c.subject {
                    Subject::Operation(id) => Some(id),
                    _ => None,
                },
                bump: c.bump().as_str(),
                message: &c.message,
                file: sources.file(c.side),
                line: c.location.line,
                column: c.location.column,
                side: match c.side {
                    Side::Old => "old",
                    Side::New => "new",
                },
            })
            .collect(),
    };
    #[expect(
        clippy::expect_used,
        reason = "plain strings and numbers always serialize"
    )]
    let mut out =
        serde_json::to_string_pretty(&doc).expect("plain strings and numbers always serialize");
    out.push('\n');
    out
}

/// The Keep a Changelog heading a kind of change goes under.
fn heading(kind: Kind) -> &'static str {
    match kind {
        Kind::CodeAdded | Kind::CategoryAdded | Kind::HeaderAdded => "Added",
        Kind::CodeDeprecated => "Deprecated",
        Kind::CodeRemoved | Kind::CategoryRemoved | Kind::HeaderRemoved => "Removed",
        _ => "Changed",
    }
}

/// A changelog section: `## [Unreleased]`, then `### Added`, `### Changed`,
/// `### Deprecated`, `### Removed` (the order Keep a Changelog gives), each
/// code named with its status and meaning.
pub(super) fn markdown(changes: &[Change]) -> String {
    let mut out = String::from("## [Unreleased]\n\n");
    let bump = Bump::of(changes);
    if changes.is_empty() {
        out.push_str("No changes to the error codes.\n");
        return out;
    }
    let _ = writeln!(
        out,
        "Error codes: a **{}** change ({}).",
        bump.as_str(),
        bump.wording()
    );
    for title in ["Added", "Changed", "Deprecated", "Removed"] {
        let entries: Vec<&Change> = changes
            .iter()
            .filter(|c| heading(c.kind) == title)
            .collect();
        if entries.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n### {title}\n");
        for c in entries {
            let _ = writeln!(out, "- {}", entry(c));
        }
    }
    out
}

/// One changelog line: "`token_expired` (401): Token exp passed. Code x
/// deprecated: …" — the subject, then the change's message.
fn entry(c: &Change) -> String {
    let subject = match &c.subject {
        Subject::Code(code) => {
            let mut s = text::code_span(code);
            if let Some(status) = c.status {
                let _ = write!(s, " ({status})");
            }
            if let Some(meaning) = &c.meaning {
                let _ = write!(s, ": {}", text::escape(meaning));
            }
            s
        }
        Subject::Header(name) => format!("Header {}", text::code_span(name)),
        Subject::Category(name) => format!("Category {}", text::code_span(name)),
        Subject::Operation(id) => format!("Operation {}", text::code_span(id)),
        Subject::Page => "Docs page".to_string(),
    };
    let breaking = if c.bump() == Bump::Major {
        "**Breaking:** "
    } else {
        ""
    };
    // The subject is named already: the message without it (each code
    // message starts "code NAME").
    let what = match &c.subject {
        Subject::Code(code) => c
            .message
            .strip_prefix(&format!("code {code}"))
            .map_or(c.message.as_str(), |rest| {
                rest.trim_start_matches([':', ' '])
            }),
        _ => c.message.as_str(),
    };
    format!("{breaking}{subject} — {}.", text::escape(what))
}

/// GitHub Actions workflow commands: `::error` for a major change,
/// `::warning` for a minor one, `::notice` for a patch, each on the
/// registry's line.
pub(super) fn github(changes: &[Change], sources: &Sources) -> String {
    let mut out = String::new();
    for c in changes {
        let command = match c.bump() {
            Bump::Major => "error",
            Bump::Minor => "warning",
            Bump::Patch | Bump::None => "notice",
        };
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},title={}::{}",
            property(sources.file(c.side)),
            c.location.line,
            c.location.column,
            property(&format!("{} ({})", c.kind.as_str(), c.bump().as_str())),
            data(&c.message)
        );
    }
    let bump = Bump::of(changes);
    let _ = writeln!(
        out,
        "::notice title=registry diff::overall bump: {} ({})",
        bump.as_str(),
        bump.wording()
    );
    out
}

/// A workflow command's message, escaped as the runner reads it.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value, escaped as the runner reads it.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_command_text_is_escaped() {
        assert_eq!(data("50% a\nb"), "50%25 a%0Ab");
        assert_eq!(property("main:a,b"), "main%3Aa%2Cb");
    }
}
