//! Structured details members: `type: object` (or `object[]`) with its
//! `members:`, declared as a code's `details:` are, each checked as a
//! code's member is, nested at most `MemberType::MAX_DEPTH` deep.

use crate::load::RawDetails;
use crate::model::{Member, MemberType};
use crate::yaml::Spanned;

use super::super::Check;
use super::member;

/// `ty` (the member `what`'s type as checked, written at `written`) with
/// its object's members read from `members:`, or `None` when it is wrong
/// (reported): an object needs members, and only an object has any.
/// `depth` is the member's own (a code's members are at 1).
pub(super) fn object(
    cx: &mut Check<'_>,
    written: &Spanned<String>,
    ty: MemberType,
    members: Option<&Spanned<RawDetails>>,
    what: &str,
    depth: usize,
) -> Option<MemberType> {
    let is_object = matches!(ty, MemberType::Object(_));
    let Some(members) = members else {
        if is_object {
            cx.report(
                cx.at(
                    &written.location,
                    format!("{what}: an object declares no members"),
                )
                .with_help(
                    "give it `members:`, a mapping of members as a code's `details:` (`{type: object, members: {id: string}}`)",
                ),
            );
            return None;
        }
        return Some(ty);
    };
    if !is_object {
        cx.report(
            cx.at(
                &members.location,
                format!(
                    "{what}: `members` declares an object's members, not those of `{}`",
                    ty.as_str()
                ),
            )
            .with_help("write `type: object` (or `object[]`), or remove `members:`"),
        );
        return None;
    }
    let RawDetails::Members(written_members) = &members.value else {
        cx.report(
            cx.at(
                &members.location,
                format!("{what}: `members` is not a mapping of members"),
            )
            .with_help("write each member with its type: `members: {id: string, size: integer?}`"),
        );
        return None;
    };
    if written_members.is_empty() {
        cx.report(
            cx.at(
                &members.location,
                format!("{what}: an object declares no members"),
            )
            .with_help("declare at least one member (`id: string`), or use a scalar type"),
        );
        return None;
    }
    if depth >= MemberType::MAX_DEPTH {
        cx.report(
            cx.at(
                &members.location,
                format!(
                    "{what}: objects nest {} deep at most, and these members would be {} deep",
                    MemberType::MAX_DEPTH,
                    depth + 1
                ),
            )
            .with_help("flatten the members into their parent, or send this object as a string"),
        );
        return None;
    }
    let inner: Vec<Member> = written_members
        .iter()
        .filter_map(|(name, raw)| member(cx, name, raw, what, depth + 1))
        .collect();
    // A wrong member is reported; the object is then left out.
    (inner.len() == written_members.len()).then_some(MemberType::Object(inner))
}
