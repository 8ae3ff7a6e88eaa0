//! One line of human text: the rule for every text that lands in a
//! generated file.

use crate::yaml::Spanned;

use super::Check;

/// The one-line rule, for every text that lands in a generated file: not
/// empty, and no line break, control character (ESC included) or
/// bidirectional override. Markdown cells, rustdoc, comments and terminal
/// output (`explain`) cannot show those faithfully. `None` when broken.
pub(super) fn line_text(cx: &mut Check<'_>, s: &Spanned<String>, what: &str) -> Option<String> {
    if s.value.trim().is_empty() {
        cx.report(cx.at(&s.location, format!("{what} is empty")));
        return None;
    }
    if let Some(c) = s.value.chars().find(|c| is_unrepresentable(*c)) {
        cx.report(
            cx.at(
                &s.location,
                format!(
                    "{what} contains the control character {c:?} (U+{:04X}); it must be a single line of visible text",
                    u32::from(c)
                ),
            )
            .with_help("write it on one line; use a plain scalar or a quoted string without \\n"),
        );
        return None;
    }
    Some(s.value.clone())
}

/// One line of human text (see [`line_text`]), kept as written whether or
/// not it is valid: the problem is already reported.
pub(super) fn text(cx: &mut Check<'_>, s: &Spanned<String>, what: &str) -> String {
    line_text(cx, s, what);
    s.value.clone()
}

/// Characters a one-line text cannot carry: control characters (line
/// breaks, tabs, escapes), Unicode line and paragraph separators, and the
/// bidirectional overrides that make text display differently from what it
/// says.
fn is_unrepresentable(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}
