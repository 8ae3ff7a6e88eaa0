//! Structured details members (`type: object`, `object[]`): an object with
//! its own declared members, nested up to [`MemberType::MAX_DEPTH`] deep,
//! and the groups of members every emitter walks (a code's own, then each
//! object's, parents first), each with the type name the languages give it.

use super::{Code, Member, MemberType};

impl MemberType {
    /// How the registry spells an object's type (`object`, `object[]?`).
    pub const OBJECT: &'static str = "object";

    /// How deep objects may nest in a code's details: a code's member is
    /// at depth 1, a member of its object at depth 2, and so on.
    pub const MAX_DEPTH: usize = 4;
}

impl Member {
    /// The members of an object member (of each item, for `object[]`).
    pub fn object_members(&self) -> Option<&[Member]> {
        match &self.ty {
            MemberType::Object(members) => Some(members),
            _ => None,
        }
    }
}

/// One group of declared members: a code's details, or an object member's
/// (of each item, for a list).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub(crate) struct MemberGroup<'a> {
    /// The type the languages generate for it: the code's variant
    /// (`InsufficientFunds`), or an object's, named as an `enum:` member's
    /// enum after its owner's type and its words (`ItemNameInUseConflicts`).
    pub(crate) type_name: String,
    /// Where it is, for people: `code` or `code.member.member`.
    pub(crate) path: String,
    /// Its members, in registry order.
    pub(crate) members: &'a [Member],
    /// The object member it is the type of; `None` for the code's own.
    pub(crate) member: Option<&'a Member>,
}

impl Code {
    /// The code's own members, then every object member's members, depth
    /// first, a parent before its objects (empty when it declares none);
    /// `name` names an object's type from its owner's and the member's
    /// (`naming::member_groups` passes the naming policy's).
    pub(crate) fn member_groups(&self, name: fn(&str, &str) -> String) -> Vec<MemberGroup<'_>> {
        let mut out = Vec::new();
        if self.members.is_empty() {
            return out;
        }
        out.push(MemberGroup {
            type_name: self.rust_name.clone(),
            path: self.code.clone(),
            members: &self.members,
            member: None,
        });
        objects(name, &self.rust_name, &self.code, &self.members, &mut out);
        out
    }
}

/// The groups of the object members of `members`, owned by the type
/// `owner` at `path`.
fn objects<'a>(
    name: fn(&str, &str) -> String,
    owner: &str,
    path: &str,
    members: &'a [Member],
    out: &mut Vec<MemberGroup<'a>>,
) {
    for member in members {
        if let Some(inner) = member.object_members() {
            let type_name = name(owner, &member.name);
            let path = format!("{path}.{}", member.name);
            out.push(MemberGroup {
                type_name: type_name.clone(),
                path: path.clone(),
                members: inner,
                member: Some(member),
            });
            objects(name, &type_name, &path, inner, out);
        }
    }
}
