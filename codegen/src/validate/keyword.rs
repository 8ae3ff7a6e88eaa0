//! A keyword field (`retry`, `status_kind`, a header's `format`, a
//! `details` shape): one of its wire spellings, from the keyword's one
//! definition in `model`.

use crate::suggest;
use crate::yaml::Spanned;

use super::Check;

/// One of a keyword's wire spellings (`values` comes from the keyword's
/// one definition in `model`).
pub(super) fn keyword<T: Copy>(
    cx: &mut Check<'_>,
    s: &Spanned<String>,
    values: &[(&str, T)],
    field: &str,
    owner: &str,
) -> Option<T> {
    let found = values
        .iter()
        .find(|(name, _)| *name == s.value)
        .map(|(_, v)| *v);
    if found.is_none() {
        let allowed: Vec<_> = values.iter().map(|(name, _)| *name).collect();
        let d = cx.at(
            &s.location,
            format!("{owner:?}: unknown {field} {:?}", s.value),
        );
        let d = match suggest::nearest(&s.value, allowed.iter().copied()) {
            Some(near) => d.with_help(format!(
                "did you mean `{near}`? Expected one of: {}",
                allowed.join(", ")
            )),
            None => d.with_help(format!("expected one of: {}", allowed.join(", "))),
        };
        cx.report(d);
    }
    found
}
