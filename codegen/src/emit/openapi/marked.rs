//! The OpenAPI responses of a layout with a qualifier around the code
//! (AWS's `namespace#Code`: the code member narrowed to the qualified
//! codes) and of one whose errors may be answered with a 2xx status
//! (Slack's `200 {"ok": false, …}`: what the `200` response says).

use super::Tree;
use crate::model::{Code, Registry};

/// The code member of a response whose codes are `codes`, in a layout with
/// a qualifier: one of them qualified, or a code added later with the same
/// qualifier (no code of the registry). `None` for a layout without one.
pub(super) fn qualified_code_narrowed(registry: &Registry, codes: &[&Code]) -> Option<Tree> {
    let layout = registry.body.as_ref()?;
    let (prefix, suffix) = &layout.code_qualifier;
    if prefix.is_empty() && suffix.is_empty() {
        return None;
    }
    let qualified = |code: &Code| format!("{prefix}{}{suffix}", code.code);
    let listed: Tree = codes.iter().map(|c| qualified(c)).collect();
    let every: Tree = registry.codes().map(|(_, c)| qualified(c)).collect();
    Some(Tree::map().with(
        "anyOf",
        vec![
            Tree::map().with("enum", listed),
            Tree::map()
                .with("type", "string")
                .with(
                    "pattern",
                    error_codes_runtime::wire::qualified_pattern((prefix, suffix)),
                )
                .with("not", Tree::map().with("enum", every)),
        ],
    ))
}

/// What the description of the response of `status` adds for a 2xx status
/// in a layout with an error marker: how the body says it is an error, and
/// how an operation's own success response of the status combines with it.
pub(super) fn success_status_note(registry: &Registry, status: u16) -> Option<String> {
    let layout = registry.body.as_ref()?;
    let marker = layout.error_marker.as_ref()?;
    if !(200..=299).contains(&status) {
        return None;
    }
    let (_, value) = layout.constants.iter().find(|(path, _)| path == marker)?;
    Some(format!(
        " An error answered with a success status: the body's `{marker}` is `{value}`, which no success body has. An API description that also has a success response of this status describes the two as `anyOf: [success, this]` (not `oneOf`: a success schema that allows other members matches an error body too; `{marker}` tells them apart)."
    ))
}

/// The description of the code header, whose value is the bare code also
/// in a layout with a qualifier.
pub(super) fn code_header_description(registry: &Registry) -> &'static str {
    match registry.body.as_ref().map(|b| &b.code_qualifier) {
        Some((prefix, suffix)) if !prefix.is_empty() || !suffix.is_empty() => {
            "The error's code, as the body's code member has it without its qualifier."
        }
        _ => "The error's code, as the body's code member has it.",
    }
}
