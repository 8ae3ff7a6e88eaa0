//! A structured details member's TypeScript type (`type: object`): an
//! object type of exactly its declared members, as a code's entry of
//! `DetailsByCode` is, nested as the registry nests it.

use crate::model::Member;

use super::{comment, key, member_type};

/// `{ readonly id: string; readonly size?: number }`: each member with its
/// description, its type and `?` when optional, on one line per member
/// indented under `indent`.
pub(super) fn object_type(members: &[Member], indent: &str) -> String {
    let inner = format!("{indent}  ");
    let mut out = String::from("{\n");
    for member in members {
        if let Some(description) = &member.description {
            out.push_str(&format!("{inner}/** {} */\n", comment(description)));
        }
        out.push_str(&format!(
            "{inner}readonly {}{}: {};\n",
            key(&member.name),
            if member.optional { "?" } else { "" },
            member_type(member, &inner)
        ));
    }
    out.push_str(indent);
    out.push('}');
    out
}
