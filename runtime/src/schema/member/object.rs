//! The schema of a structured details member (`type: object`): an object
//! of the members declared within it (the code's `objects` whose `within`
//! is its path), each typed as a code's members are, the required ones
//! required, and open (`additionalProperties: true`) as a code's details
//! are, so that a member the API adds later breaks no validator.

use serde_json::{Map, Value, json};

use super::super::describe::{Dialect, MemberSchema};
use super::member_schema;

/// The dotted path of `member` among its code's members (`conflicts`,
/// `conflicts.owner`): what its own members' `within` is.
fn path(member: &MemberSchema<'_>) -> String {
    if member.within.is_empty() {
        member.name.to_owned()
    } else {
        format!("{}.{}", member.within, member.name)
    }
}

/// The object schema of the object member `member` (of each item, for a
/// list), its members found in `objects`.
pub(super) fn object_schema(
    member: &MemberSchema<'_>,
    objects: &[MemberSchema<'_>],
    dialect: Dialect,
) -> Value {
    let at = path(member);
    let inner: Vec<&MemberSchema<'_>> = objects.iter().filter(|m| m.within == at).collect();
    let properties: Map<String, Value> = inner
        .iter()
        .map(|m| (m.name.to_owned(), member_schema(m, objects, dialect)))
        .collect();
    let required: Vec<&str> = inner
        .iter()
        .filter(|m| !m.optional)
        .map(|m| m.name)
        .collect();
    let mut schema = json!({"type": "object"});
    // An empty `required` says nothing: left out, as a code's details do.
    if !required.is_empty() {
        schema["required"] = json!(required);
    }
    schema["properties"] = Value::Object(properties);
    schema["additionalProperties"] = Value::Bool(true);
    schema
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::describe::MemberKind;

    #[test]
    fn an_object_holds_its_own_members_each_typed_and_stays_open() {
        let conflicts = MemberSchema::new("conflicts", MemberKind::Object).list();
        let objects = [
            MemberSchema::new("id", MemberKind::String).within("conflicts"),
            MemberSchema::new("owner", MemberKind::Object)
                .optional()
                .within("conflicts"),
            MemberSchema::new("login", MemberKind::String).within("conflicts.owner"),
            // Another object's member is not this one's.
            MemberSchema::new("id", MemberKind::Integer).within("elsewhere"),
        ];
        let schema = member_schema(&conflicts, &objects, Dialect::JsonSchema);
        assert_eq!(
            schema,
            json!({"type": "array", "items": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "owner": {
                        "type": "object",
                        "required": ["login"],
                        "properties": {"login": {"type": "string"}},
                        "additionalProperties": true,
                    },
                },
                "additionalProperties": true,
            }})
        );
    }
}
