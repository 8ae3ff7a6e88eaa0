//! Changes of a code's typed details: its declared members, their types,
//! `enum:` values, optionality, order and descriptions; an object member's
//! (`type: object`) members the same way, at their path (`code.member.id`).

use super::Kind;
use crate::model::{DetailsShape, Member};

/// A code's details as the registry declares them: a shape
/// (`details: field_errors`), or members (a mapping), or neither.
pub(crate) type Declared<'a> = (Option<DetailsShape>, &'a [Member]);

/// The changes of `code`'s details from `old` to `new`: a shape added,
/// removed or changed, or its declared members' changes, each naming
/// `code.member` (the lock refuses the major ones as `diff` classifies them).
pub(crate) fn changes(
    code: &str,
    old: Declared<'_>,
    new: Declared<'_>,
    push: &mut impl FnMut(Kind, String),
) {
    match (old, new) {
        ((None, []), (Some(shape), _)) => push(
            Kind::DetailsAdded,
            format!("code {code}: details {} added", shape.as_str()),
        ),
        ((Some(shape), _), (None, [])) => push(
            Kind::DetailsRemoved,
            format!("code {code}: details {} removed", shape.as_str()),
        ),
        ((Some(a), _), (Some(b), _)) if a != b => push(
            Kind::DetailsChanged,
            format!("code {code}: details {} -> {}", a.as_str(), b.as_str()),
        ),
        ((Some(shape), _), (None, _)) => push(
            Kind::DetailsChanged,
            format!(
                "code {code}: details {} -> declared members",
                shape.as_str()
            ),
        ),
        ((None, _), (Some(shape), _)) => push(
            Kind::DetailsChanged,
            format!(
                "code {code}: details declared members -> {}",
                shape.as_str()
            ),
        ),
        ((_, o), (_, n)) => members(code, o, n, push),
    }
}

/// The changes of a code's declared members (both sides declare no shape),
/// each naming `code.member`.
fn members(code: &str, o: &[Member], n: &[Member], push: &mut impl FnMut(Kind, String)) {
    match (o.is_empty(), n.is_empty()) {
        (true, true) => return,
        (true, false) => {
            let names: Vec<&str> = n.iter().map(|m| m.name.as_str()).collect();
            push(
                Kind::DetailsAdded,
                format!("code {code}: details added ({})", names.join(", ")),
            );
            return;
        }
        (false, true) => {
            push(
                Kind::DetailsRemoved,
                format!("code {code}: details removed"),
            );
            return;
        }
        (false, false) => {}
    }
    compare(code, &format!("code {code}"), o, n, push);
}

/// The changes between the members `old` and `new` of the type at `path`
/// (`code`, or an object member's `code.member`; `whose` names it for
/// people), each naming `path.member`; an object member that stays an
/// object is compared member by member, as a code's are.
fn compare(
    path: &str,
    whose: &str,
    old_members: &[crate::model::Member],
    new_members: &[crate::model::Member],
    push: &mut impl FnMut(Kind, String),
) {
    use crate::model::MemberType;

    let code = path;
    let (o, n) = (old_members, new_members);
    let find =
        |list: &'_ [crate::model::Member], name: &str| list.iter().position(|m| m.name == name);
    for old in o {
        let at = format!("{code}.{}", old.name);
        let Some(new) = find(n, &old.name).map(|i| &n[i]) else {
            push(Kind::DetailsMemberRemoved, format!("member {at} removed"));
            continue;
        };
        let same_type = old.list == new.list
            && match (&old.ty, &new.ty) {
                (MemberType::Enum(_), MemberType::Enum(_))
                | (MemberType::Object(_), MemberType::Object(_)) => true,
                (a, b) => a == b,
            };
        if !same_type {
            push(
                Kind::DetailsMemberTypeChanged,
                format!("member {at}: type {} -> {}", type_text(old), type_text(new)),
            );
        } else if let (MemberType::Object(a), MemberType::Object(b)) = (&old.ty, &new.ty) {
            compare(&at, &format!("object {at}"), a, b, push);
        } else if let (MemberType::Enum(a), MemberType::Enum(b)) = (&old.ty, &new.ty) {
            for value in a.iter().filter(|v| !b.contains(v)) {
                push(
                    Kind::DetailsValueRemoved,
                    format!("member {at}: value {value:?} removed"),
                );
            }
            for value in b.iter().filter(|v| !a.contains(v)) {
                push(
                    Kind::DetailsValueAdded,
                    format!("member {at}: value {value:?} added"),
                );
            }
        }
        match (old.optional, new.optional) {
            (true, false) => push(
                Kind::DetailsMemberRequired,
                format!("member {at}: now required"),
            ),
            (false, true) => push(
                Kind::DetailsMemberOptional,
                format!("member {at}: now optional"),
            ),
            _ => {}
        }
        if old.description != new.description {
            push(
                Kind::DetailsMemberDescribed,
                format!("member {at}: description changed"),
            );
        }
    }
    for new in n {
        if find(o, &new.name).is_none() {
            let (kind, what) = if new.optional {
                (Kind::DetailsMemberAdded, "optional member")
            } else {
                (Kind::DetailsRequiredMemberAdded, "required member")
            };
            push(kind, format!("{what} {code}.{} added", new.name));
        }
    }
    // `new`'s arguments: the required members both sides have, in order.
    let kept = |of: &[crate::model::Member], other: &[crate::model::Member]| -> Vec<String> {
        of.iter()
            .filter(|m| !m.optional)
            .filter(|m| other.iter().any(|x| x.name == m.name && !x.optional))
            .map(|m| m.name.clone())
            .collect()
    };
    let (before, after) = (kept(o, n), kept(n, o));
    if before != after {
        push(
            Kind::DetailsMembersReordered,
            format!(
                "{whose}: required members {} -> {}",
                before.join(", "),
                after.join(", ")
            ),
        );
    }
}

/// A member's type as the registry writes it, with its `enum:` values.
fn type_text(member: &crate::model::Member) -> String {
    match &member.ty {
        crate::model::MemberType::Enum(values) => {
            format!("{} (enum: {})", member.type_text(), values.join(", "))
        }
        _ => member.type_text(),
    }
}

#[cfg(test)]
mod tests;
