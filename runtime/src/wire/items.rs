//! A root inside an array (JSON:API's `{"errors": [{…}]}`): the error
//! objects are the items of the array at the layout's root, and a
//! validation error with field problems is one item per problem, its field
//! named by a JSON Pointer at [`Items::pointer`] (JSON:API's
//! `source.pointer`, `/data/attributes/name`).

use serde_json::Value;

use super::{Member, Object, Shape, WireError, get, to_value};
use crate::FieldErrors;

/// How the error objects sit in an array: the items of the array at the
/// layout's root, a validation error one item per field problem, its field
/// named by a JSON Pointer at [`Items::pointer`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub struct Items<'a> {
    /// Where, in each item, the field's JSON Pointer goes; `None`: field
    /// errors stay in the one item's details.
    pub pointer: Option<&'a str>,
    /// What every pointer starts with, before the field's name.
    pub prefix: &'a str,
}

impl<'a> Items<'a> {
    /// Items with the field pointer at `pointer` (`None`: no pointer),
    /// each starting with `prefix`.
    pub const fn new(pointer: Option<&'a str>, prefix: &'a str) -> Self {
        Items { pointer, prefix }
    }

    /// The array of `error`'s items: one per problem with a field when the
    /// error's details are field errors and the items carry a pointer (its
    /// message the problem, no details), else one item of the whole error.
    #[inline]
    pub(super) fn write(&self, object: &Object<'_>, error: &WireError<'_>) -> Value {
        let fields = self
            .pointer
            .filter(|_| error.field_errors)
            .and_then(|pointer| Some((pointer, FieldErrors::from_details(error.details).ok()?)))
            .filter(|(_, fields)| fields.fields.values().any(|p| !p.is_empty()));
        let Some((pointer, fields)) = fields else {
            return Value::Array(vec![to_value(&object.members(&[], error))]);
        };
        let mut items = Vec::new();
        for (name, problems) in &fields.fields {
            let at = pointer_of_field(self.prefix, name);
            for problem in problems {
                let mut one = error.clone();
                one.message = problem;
                one.details = &super::NO_DETAILS;
                one.declared = &[];
                one.field_errors = false;
                let mut members = object.members(&[], &one);
                members.push(Member {
                    path: pointer.split('.').collect(),
                    value: Value::from(at.as_str()),
                });
                items.push(to_value(&members));
            }
        }
        Value::Array(items)
    }
}

/// The JSON Pointer of the field `name`: `prefix` and `name` as one
/// pointer token (`~` written `~0`, `/` written `~1`, RFC 6901).
#[inline]
pub fn pointer_of_field(prefix: &str, name: &str) -> String {
    format!("{prefix}{}", name.replace('~', "~0").replace('/', "~1"))
}

/// The field a pointer names: the token after `prefix` (unescaped), or the
/// whole pointer when it does not start with `prefix` or holds more than
/// one token after it.
#[inline]
pub fn field_of_pointer(prefix: &str, pointer: &str) -> String {
    match pointer.strip_prefix(prefix) {
        Some(token) if !token.contains('/') => token.replace("~1", "/").replace("~0", "~"),
        _ => pointer.to_owned(),
    }
}

/// One error object of an array root, as read: what it holds at each
/// field's path ([`Field::ALL`](super::Field::ALL) order) and the field
/// its pointer names, if it has one.
pub type ItemFields<'b> = ([Option<&'b Value>; 6], Option<String>);

impl Shape<'_> {
    /// Every error object of `body`, for a layout whose root is an array
    /// (see [`Shape::fields`] for one): `None` for another shape, or a body
    /// without that array.
    #[inline]
    pub fn items<'b>(&self, body: &'b Value) -> Option<Vec<ItemFields<'b>>> {
        let Shape::Layout {
            root,
            paths,
            items: Some(items),
            ..
        } = *self
        else {
            return None;
        };
        let array = match root {
            None => body,
            Some(root) => get(body, root)?,
        };
        Some(
            array
                .as_array()?
                .iter()
                .map(|item| {
                    let field = items
                        .pointer
                        .and_then(|pointer| get(item, pointer)?.as_str())
                        .map(|pointer| field_of_pointer(items.prefix, pointer));
                    (paths.map(|path| get(item, path?)), field)
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]

    use serde_json::json;

    use super::*;
    use crate::BodyLayout;

    const JSONAPI: BodyLayout = BodyLayout::new("code")
        .root("errors")
        .root_items()
        .status("status")
        .message("detail")
        .field_pointer("source.pointer", "/data/attributes/")
        .status_as_string();

    #[test]
    fn field_errors_are_one_item_each_with_their_pointer() {
        let details = json!({"fields": {"firstName": ["too short", "not a name"], "a/b": ["bad"]}});
        let error =
            WireError::new("invalid_attribute", 422, "Invalid").with_details(&details, &[], true);
        let body = JSONAPI.shape().write(&error);
        assert_eq!(
            body,
            json!({"errors": [
                {"code": "invalid_attribute", "status": "422", "detail": "bad",
                 "source": {"pointer": "/data/attributes/a~1b"}},
                {"code": "invalid_attribute", "status": "422", "detail": "too short",
                 "source": {"pointer": "/data/attributes/firstName"}},
                {"code": "invalid_attribute", "status": "422", "detail": "not a name",
                 "source": {"pointer": "/data/attributes/firstName"}},
            ]})
        );
        let read = JSONAPI.shape().items(&body).expect("an array root");
        let fields: Vec<Option<String>> = read.iter().map(|(_, f)| f.clone()).collect();
        assert_eq!(
            fields,
            [
                Some("a/b".into()),
                Some("firstName".into()),
                Some("firstName".into())
            ]
        );
        // Reading one error reads the first item.
        let first = JSONAPI.shape().fields(&body).expect("a layout");
        assert_eq!(first[2], Some(&json!("bad")));
    }

    #[test]
    fn an_error_without_field_errors_is_one_item() {
        let details = json!({"limit": 3});
        let error = WireError::new("too_many", 429, "Slow down")
            .with_request_id(Some("req_1"))
            .with_details(&details, &[], false);
        let layout = JSONAPI
            .request_id("meta.request_id")
            .details("meta.details");
        assert_eq!(
            layout.shape().write(&error),
            json!({"errors": [{"code": "too_many", "status": "429", "detail": "Slow down",
                               "meta": {"request_id": "req_1", "details": {"limit": 3}}}]})
        );
        // Not an array: not a body of this layout.
        assert!(
            JSONAPI
                .shape()
                .items(&json!({"errors": {"0": {}}}))
                .is_none()
        );
        assert!(
            JSONAPI
                .shape()
                .fields(&json!({"errors": {"code": "x"}}))
                .is_none()
        );
        assert!(JSONAPI.shape().fields(&json!({"errors": []})).is_none());
    }

    /// `root: "[]"` (Salesforce's): the body is the array itself.
    #[test]
    fn a_body_that_is_the_array() {
        const LIST: BodyLayout = BodyLayout::new("errorCode").message("message").root_items();
        let error = WireError::new("NOT_FOUND", 404, "Gone");
        let body = LIST.shape().write(&error);
        assert_eq!(body, json!([{"errorCode": "NOT_FOUND", "message": "Gone"}]));
        let read = LIST.shape().items(&body).expect("a body that is the array");
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].0[0], Some(&json!("NOT_FOUND")));
        // An object is not a body of this layout.
        assert!(
            LIST.shape()
                .items(&json!({"errorCode": "NOT_FOUND"}))
                .is_none()
        );
    }

    #[test]
    fn pointers_escape_and_unescape_their_token() {
        for name in ["name", "a/b", "x~y", "~1", ""] {
            let pointer = pointer_of_field("/data/attributes/", name);
            assert_eq!(field_of_pointer("/data/attributes/", &pointer), name);
        }
        // A pointer elsewhere is kept whole.
        assert_eq!(
            field_of_pointer("/data/attributes/", "/data/relationships/author"),
            "/data/relationships/author"
        );
        assert_eq!(
            field_of_pointer("/data/attributes/", "/data/attributes/a/b"),
            "/data/attributes/a/b"
        );
    }
}
