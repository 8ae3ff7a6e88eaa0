//! A code's typed `details:`: its members, each with a member name, a type
//! (`integer`, `string[]?`, ...) and, for a string, its `enum:` values.

use crate::load::{RawDetails, RawMember};
use crate::model::{Member, MemberType};
use crate::naming;
use crate::suggest;
use crate::yaml::Spanned;

use super::Check;
use super::text::text;

mod member_objects;

/// The members a code's `details:` declares, each checked on its own (the
/// names they generate are the names pass's business).
pub(super) fn members(
    cx: &mut Check<'_>,
    details: &Spanned<RawDetails>,
    written: &[(Spanned<String>, Spanned<RawMember>)],
    code: &str,
) -> Vec<Member> {
    if written.is_empty() {
        cx.report(
            cx.at(
                &details.location,
                format!("{code:?}: details declare no members"),
            )
            .with_help("declare at least one member (`name: integer`), or remove `details:`"),
        );
    }
    written
        .iter()
        .filter_map(|(name, raw)| member(cx, name, raw, code, 1))
        .collect()
}

/// One member of a code's details (or of an object member's, `code` then
/// being its path, `code.member`) at `depth` (a code's own members are at
/// 1), or `None` when it is wrong (reported).
pub(super) fn member(
    cx: &mut Check<'_>,
    name: &Spanned<String>,
    raw: &Spanned<RawMember>,
    code: &str,
    depth: usize,
) -> Option<Member> {
    let what = format!("{code}.{}", name.value);
    let name_ok = naming::is_member_name(&name.value);
    if !name_ok {
        cx.report(
            cx.at(
                &name.location,
                format!(
                    "{code:?}: details member {:?} is not a member name",
                    name.value
                ),
            )
            .with_help(naming::MEMBER_NAME_RULE),
        );
    }
    let (ty, description, values, inner) = match &raw.value {
        RawMember::Short(ty) => (
            Some(Spanned {
                value: ty.clone(),
                location: raw.location.clone(),
                tag: None,
            }),
            None,
            None,
            None,
        ),
        RawMember::Long(long) => (
            long.ty.clone(),
            long.description.as_ref(),
            long.values.as_ref(),
            long.members.as_ref(),
        ),
    };
    let description = description.map(|d| text(cx, d, &format!("description of {what}")));
    // A missing `type:` is reported with the parser's notes.
    let ty = ty?;
    let (mut member_type, list, optional) = member_type(cx, &ty, &what)?;
    if let Some(values) = values {
        if member_type != MemberType::String {
            cx.report(
                cx.at(
                    &values.location,
                    format!(
                        "{what}: `enum` lists the values of a string, not of `{}`",
                        member_type.as_str()
                    ),
                )
                .with_help("write `type: string` (or `string[]`), or remove `enum:`"),
            );
            return None;
        }
        if values.value.is_empty() {
            cx.report(
                cx.at(&values.location, format!("{what}: `enum` lists no values"))
                    .with_help("list the values the string may take, or remove `enum:`"),
            );
            return None;
        }
        let values: Vec<String> = values
            .value
            .iter()
            .map(|v| text(cx, v, &format!("a value of {what}")))
            .collect();
        member_type = MemberType::Enum(values);
    }
    let member_type = member_objects::object(cx, &ty, member_type, inner, &what, depth)?;
    if !name_ok {
        return None;
    }
    Some(Member {
        rust_name: naming::member_field(&name.value),
        python_name: naming::python_field(&name.value),
        name: name.value.clone(),
        ty: member_type,
        list,
        optional,
        description,
        location: name.location.clone(),
    })
}

/// A member's type as written: a scalar, then `[]` for a list, then `?`
/// when it may be absent.
fn member_type(
    cx: &mut Check<'_>,
    ty: &Spanned<String>,
    what: &str,
) -> Option<(MemberType, bool, bool)> {
    let written = ty.value.trim();
    let found = Member::parse_type(written);
    if found.is_none() {
        let (scalar, list, optional) = Member::split_type(written);
        let names: Vec<&str> = MemberType::SCALARS
            .iter()
            .map(|(name, _)| *name)
            .chain([MemberType::OBJECT])
            .collect();
        let rule = format!(
            "a type is one of {} (with `members:`), with `[]` for a list and then `?` for an optional member (`string[]?`)",
            names.join(", ")
        );
        let d = cx.at(&ty.location, format!("{what}: unknown type {:?}", ty.value));
        let d = match suggest::nearest(scalar, names.iter().copied()) {
            Some(near) => d.with_help(format!(
                "did you mean `{near}{}{}`? {rule}",
                if list { "[]" } else { "" },
                if optional { "?" } else { "" }
            )),
            None => d.with_help(rule),
        };
        cx.report(d);
    }
    found
}
