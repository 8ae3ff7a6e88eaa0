//! What the parser noted while reading the registry: unknown fields (with
//! the nearest known one), missing fields and YAML tags, each reported here.

use crate::load::RawRegistry;
use crate::suggest;
use crate::yaml::{self, Note, Noted, Spanned};

use super::Check;

/// What the parser noted: unknown fields, missing fields and YAML tags.
pub(super) fn notes(cx: &mut Check<'_>, raw: &RawRegistry) {
    let mut notes = Vec::new();
    raw.notes(&mut notes);
    for note in notes {
        let d = match note {
            Note::UnknownField { field, expected } => {
                let known = expected.join(", ");
                // The key is user text: a tab or line break in it must stay visible.
                let d = cx.at(
                    &field.location,
                    format!("unknown field `{}`", field.value.escape_debug()),
                );
                match suggest::nearest(&field.value, expected.iter().copied()) {
                    Some(near) => d.with_help(format!(
                        "did you mean `{near}`? The fields here are: {known}"
                    )),
                    None => d.with_help(format!("the fields here are: {known}")),
                }
            }
            Note::Tag { tag, location } => yaml::tag_problem(cx.file, cx.text, location, &tag),
            Note::MissingField { field, at } => cx
                .at(&at, format!("missing field `{field}`"))
                .with_help(format!("add `{field}:` to this mapping")),
        };
        cx.report(d);
    }
}

/// Whether an unknown key of a mapping is most likely a misspelling of
/// `field`: then a missing `field` is that misspelling, reported once.
pub(super) fn misspelt(
    unknown: &[Spanned<String>],
    fields: &'static [&'static str],
    field: &str,
) -> bool {
    unknown
        .iter()
        .any(|k| suggest::nearest(&k.value, fields.iter().copied()) == Some(field))
}
