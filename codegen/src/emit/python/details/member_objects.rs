//! A structured details member's dataclass (`type: object`): frozen and
//! keyword-only as a code's, named as the Rust struct
//! (`ItemNameInUseConflicts`), with a reader that the hand-written
//! `_details.object_of` calls with the object's members (members it does
//! not declare are ignored).

use std::fmt::Write;

use super::{RUNTIME, fields, string};
use crate::model::MemberGroup;

/// The reader of the object type `name`: a module function named after
/// the class (class names are unique in the module, so readers are).
pub(super) fn reader(name: &str) -> String {
    format!("_read_{name}")
}

/// The dataclass of an object member's members, and its reader.
pub(super) fn class(out: &mut String, group: &MemberGroup<'_>, shadowed: bool) {
    let builtin = |name: &str| {
        if shadowed {
            format!("_builtins.{name}")
        } else {
            name.to_owned()
        }
    };
    let (list, description) = group
        .member
        .map_or((false, None), |m| (m.list, m.description.as_deref()));
    let mut summary = format!(
        "{} `{}`",
        if list { "An item of" } else { "The object" },
        group.path
    );
    if let Some(description) = description {
        summary.push_str(": ");
        summary.push_str(description);
    }
    let _ = write!(
        out,
        "\n\n@dataclass(frozen=True, slots=True, kw_only=True)\nclass {}:\n    {}\n",
        &group.type_name,
        string(&summary)
    );
    let reads = fields(out, &group.type_name, group.members, &builtin);
    let _ = write!(
        out,
        "\n\ndef {}(members: {RUNTIME}.Members) -> {}:\n    return {}(\n{reads}    )\n",
        reader(&group.type_name),
        group.type_name,
        group.type_name,
    );
}
