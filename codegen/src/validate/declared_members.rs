//! A body layout's `declared_members:`: where a code's declared details
//! members go instead of under `details` (`.`: the error's object, beside
//! the code, as Stripe's `param`; or a path under `root`), and each
//! declared member that would land on a member of the layout.

use crate::load;
use crate::model::{BodyLayout, Registry};

use super::Check;
use super::envelope::member_path;

/// The error's object itself, as the registry spells it.
const HERE: &str = error_codes_runtime::BodyLayout::ERROR_OBJECT;

/// `layout` with `declared_members:` read into it; `None` when the key is
/// malformed, or its object is at or inside a member the layout places, or
/// around one (reported, at the key's value).
pub(super) fn key(
    cx: &mut Check<'_>,
    raw: &load::RawBodyLayout,
    mut layout: BodyLayout,
) -> Option<BodyLayout> {
    let Some(written) = &raw.declared_members else {
        return Some(layout);
    };
    if layout.root_items {
        cx.report(
            cx.at(
                &written.location,
                "`declared_members` cannot be used with a root inside an array (`root: \"…[]\"`): the readers do not gather declared members from an array's items".to_owned(),
            )
            .with_help("leave the declared members under `details` (remove `declared_members`)"),
        );
        return None;
    }
    if written.value != HERE {
        if !member_path(cx, "declared_members", written) {
            return None;
        }
        let mut full: Vec<String> = layout
            .root
            .as_deref()
            .map(|r| r.split('.').map(str::to_string).collect())
            .unwrap_or_default();
        full.extend(written.value.split('.').map(str::to_string));
        let mut clash = false;
        for (what, path) in layout_members(&layout) {
            let problem = if path == full {
                "is"
            } else if full.starts_with(&path) {
                "is inside"
            } else if path.starts_with(&full) {
                "holds"
            } else {
                continue;
            };
            cx.report(
                cx.at(
                    &written.location,
                    format!(
                        "the body layout cannot hold both: `declared_members`' object {:?} {problem} {what}'s member {:?}",
                        written.value,
                        path.join(".")
                    ),
                )
                .with_help("give the declared members an object of their own (`.` puts them in the error's object, beside the code)"),
            );
            clash = true;
        }
        if clash {
            return None;
        }
    }
    layout.declared_members = Some(written.value.clone());
    Some(layout)
}

/// The path from the body's top of the object that holds a layout's
/// declared members, when it places them.
fn holder(layout: &BodyLayout) -> Option<Vec<String>> {
    let path = layout.declared_members.as_deref()?;
    let mut full: Vec<String> = layout
        .root
        .as_deref()
        .map(|r| r.split('.').map(str::to_string).collect())
        .unwrap_or_default();
    if path != HERE {
        full.extend(path.split('.').map(str::to_string));
    }
    Some(full)
}

/// Every member the layout places, `(what, full path)`: its fields, its
/// constants (from the body's top) and its per-code members.
fn layout_members(layout: &BodyLayout) -> Vec<(String, Vec<String>)> {
    let split = |path: &str| -> Vec<String> { path.split('.').map(str::to_string).collect() };
    let mut out: Vec<(String, Vec<String>)> = layout
        .members()
        .into_iter()
        .map(|(field, path)| (format!("`{field}`"), split(&layout.full_path(path))))
        .collect();
    out.extend(
        layout
            .constants
            .iter()
            .map(|(path, _)| (format!("the constant `{path}`"), split(path))),
    );
    out.extend(layout.per_code.iter().map(|path| {
        (
            format!("the per-code member `{path}`"),
            split(&layout.full_path(path)),
        )
    }));
    out
}

/// Each declared member of a code that the layout would place where one
/// of its own members is (or inside one, or around one): located at the
/// member.
pub(super) fn clash(cx: &mut Check<'_>, registry: &Registry) {
    let Some(layout) = &registry.body else { return };
    let Some(holder) = holder(layout) else { return };
    let placed = layout_members(layout);
    for (_, code) in registry.codes() {
        for member in &code.members {
            let mut full = holder.clone();
            full.push(member.name.clone());
            let Some((what, _)) = placed
                .iter()
                .find(|(_, path)| path.starts_with(&full) || full.starts_with(path))
            else {
                continue;
            };
            cx.report(
                cx.at(
                    &member.location,
                    format!(
                        "member {:?} of {:?} would be at {:?}, where the body layout places {what}",
                        member.name,
                        code.code,
                        full.join(".")
                    ),
                )
                .with_help("rename the member, or place the declared members elsewhere (the layout's `declared_members:`)"),
            );
        }
    }
}
