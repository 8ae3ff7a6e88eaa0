//! A code's structured details members (`type: object`) as the runtime's
//! schema description holds them: beside the code's own members, the
//! members of each object, each within its object's dotted path.

use crate::model::{Code, Member};

/// The members of every object member of `code` (nested ones too), each
/// with the path of its object within the code's details (`conflicts`,
/// `conflicts.owner`), parents first.
pub(super) fn nested(code: &Code) -> Vec<(String, &Member)> {
    let groups = crate::naming::member_groups(code);
    let mut out = Vec::new();
    for group in groups.iter().skip(1) {
        // Every object's path is under its code's (`code.member`).
        if let Some(within) = group
            .path
            .strip_prefix(code.code.as_str())
            .and_then(|rest| rest.strip_prefix('.'))
        {
            out.extend(group.members.iter().map(|m| (within.to_owned(), m)));
        }
    }
    out
}
