//! The schemas of a layout's qualified code (AWS's `namespace#Code`) and
//! of the status member of a layout whose errors may be answered with a
//! 2xx status (Slack's).

use serde_json::{Value, json};

use super::Description;
pub(super) use crate::wire::{has_qualifier, qualified};

/// The code member of a layout with a fixed qualifier around the code: one
/// of the codes, qualified, or a code added later with the same qualifier.
pub(super) fn qualified_code_member(
    description: &Description<'_>,
    qualifier: (&str, &str),
) -> Value {
    let codes: Vec<String> = description
        .codes
        .iter()
        .map(|c| qualified(c.code, qualifier))
        .collect();
    let (prefix, suffix) = qualifier;
    let pattern = crate::wire::qualified_pattern(qualifier);
    json!({
        "description": format!(
            "What went wrong: the code between {prefix:?} and {suffix:?}. Branch on the code, not on the HTTP status."
        ),
        "anyOf": [
            {"description": "Every error code the API defines, qualified, in registry order.", "type": "string", "enum": codes},
            {"description": "A code that this document does not list: added to the API after it was generated. Handle it by its HTTP status.", "type": "string", "pattern": pattern},
        ],
    })
}

/// The status member of a layout with an error marker: an error may be
/// answered with a 2xx status.
pub(super) fn status_of_marked_error() -> Value {
    json!({
        "description": "The HTTP status of the response (a 2xx for an error the API answers as a success, marked by its constant).",
        "type": "integer",
        "minimum": 200,
        "maximum": 599,
    })
}
