//! The schema of a layout whose root is an array of error objects
//! (JSON:API's `errors`, [`Items`]): the array, at least one item, each
//! item the error's object with its field pointer; and the status as text.

use serde_json::{Value, json};

use super::object_schema;
use crate::wire::Items;

/// `members` (paths in the error's object) as the one member at
/// `root` (no member, the path empty, for a body that is the array,
/// `root: "[]"`): an array of at least one item, each an object of
/// `members` and, where the items carry one, the field's pointer
/// (optional: an error without field errors has none).
pub(super) fn array_member(
    root: &[String],
    items: Items<'_>,
    mut members: Vec<(Vec<String>, Value, bool)>,
    open: bool,
) -> Vec<(Vec<String>, Value, bool)> {
    if let Some(pointer) = items.pointer {
        members.push((
            pointer.split('.').map(str::to_owned).collect(),
            json!({
                "description": "A JSON Pointer to the invalid field of the request, when the error is about one.",
                "type": "string",
            }),
            false,
        ));
    }
    let array = json!({
        "description": "The errors: one item per error, or per invalid field.",
        "type": "array",
        "minItems": 1,
        "items": object_schema(&members, open),
    });
    vec![(root.to_vec(), array, true)]
}

/// The HTTP status member sent as a string (`status_type: string`,
/// JSON:API's `"422"`).
pub(super) fn status_text() -> Value {
    json!({
        "description": "The HTTP status of the response, as a string.",
        "type": "string",
        "pattern": "^[1-5][0-9][0-9]$",
    })
}
