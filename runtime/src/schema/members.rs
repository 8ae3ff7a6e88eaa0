//! The pieces every body's schema is made of: the member schemas and
//! texts that the nested envelope, problem details and a layout share.

use serde_json::{Value, json};

use super::describe::{Description, Dialect};

pub(super) const MESSAGE: &str = "For people: may change, never parse it.";
pub(super) const REQUEST_ID: &str =
    "Identifies the request in support tickets (also the request-id header).";
pub(super) const DOC_URL: &str = "Where the code is documented.";
const GENERIC_DETAILS: &str = "More about the failure; its shape depends on the code.";
const STATUS: &str = "The HTTP status of the response.";

/// `{"$ref": …}` to the named schema `name`.
pub(super) fn reference(dialect: Dialect, name: &str) -> Value {
    json!({"$ref": dialect.pointer(name)})
}

/// The code member of every body: a listed code, or a well-formed one
/// added later.
pub fn code_member(description: &Description<'_>, dialect: Dialect) -> Value {
    json!({
        "description": "What went wrong. Branch on it, not on the HTTP status.",
        "anyOf": [
            reference(dialect, description.known),
            reference(dialect, description.unknown),
        ],
    })
}

/// A string member described by `description`.
pub(super) fn string(description: &str) -> Value {
    json!({"description": description, "type": "string"})
}

/// The HTTP status member.
pub(super) fn status() -> Value {
    json!({"description": STATUS, "type": "integer", "minimum": 400, "maximum": 599})
}

/// A `details` member of any shape.
pub(super) fn any_details() -> Value {
    json!({"description": GENERIC_DETAILS, "type": "object", "additionalProperties": true})
}
