//! `body:` of a category or a code: the values of the body layout's
//! per-code members (`envelope: {per_code: [type]}`), each any JSON value.
//! A code's own value of a member wins over its category's; every code has
//! one for every per-code member.

use crate::diagnostic::Location;
use crate::load::RawValues;
use crate::suggest;
use crate::yaml::Spanned;

use super::{Check, Places};

/// The values a category's (or a code's) `body:` gives, `(member, value
/// as compact JSON text)`: each member one the layout declares under
/// `per_code`, else a diagnostic.
pub(super) fn given(
    cx: &mut Check<'_>,
    places: &Places,
    raw: Option<&Spanned<RawValues>>,
    whose: &str,
) -> Vec<(String, String)> {
    let Some(raw) = raw else {
        return Vec::new();
    };
    let Some(per_code) = &places.per_code else {
        // A layout written but invalid is reported already.
        if !places.layout_written {
            cx.report(
                cx.at(&raw.location, format!("{whose} has `body:` but the registry has no body layout"))
                    .with_help("`body:` gives the values of the layout's per-code members: write `envelope:` as a mapping with `per_code: [member, ...]` (docs/guides/body-layouts.md)"),
            );
        }
        return Vec::new();
    };
    let mut out: Vec<(String, String)> = Vec::new();
    for (member, value) in &raw.value.0 {
        if !per_code.contains(&member.value) {
            let d = cx.at(
                &member.location,
                format!(
                    "{whose}'s `body:` gives {:?}, which is not a per-code member of the body layout",
                    member.value
                ),
            );
            let declared = if per_code.is_empty() {
                "the layout declares none".to_string()
            } else {
                let names: Vec<String> = per_code.iter().map(|p| format!("`{p}`")).collect();
                format!("the layout's `per_code:` is {}", names.join(", "))
            };
            let d = match suggest::nearest(&member.value, per_code.iter().map(String::as_str)) {
                Some(near) => d.with_help(format!("did you mean {near:?}? {declared}")),
                None => d.with_help(format!(
                    "add it to the layout's `per_code:` to send it in every body ({declared})"
                )),
            };
            cx.report(d);
            continue;
        }
        out.retain(|(m, _)| *m != member.value);
        out.push((member.value.clone(), value.value.to_string()));
    }
    out
}

/// A code's value of each per-code member, in the layout's order: its own
/// `body:`, else its category's. A member neither gives is a diagnostic at
/// the code.
pub(super) fn resolve(
    cx: &mut Check<'_>,
    places: &Places,
    own: &[(String, String)],
    category: &[(String, String)],
    code: &str,
    at: &Location,
) -> Vec<String> {
    let Some(per_code) = &places.per_code else {
        return Vec::new();
    };
    let value = |member: &str, from: &[(String, String)]| {
        from.iter()
            .find(|(m, _)| m == member)
            .map(|(_, v)| v.clone())
    };
    let mut out = Vec::new();
    for member in per_code {
        match value(member, own).or_else(|| value(member, category)) {
            Some(v) => out.push(v),
            None => cx.report(
                cx.at(
                    at,
                    format!("code {code:?} has no value for the body layout's per-code member {member:?}"),
                )
                .with_help(format!(
                    "every body of a code carries it: give it under the code's or its category's `body:` (`body: {{{member}: ...}}`)"
                )),
            ),
        }
    }
    out
}
