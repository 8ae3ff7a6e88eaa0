//! A code's declared details members placed in the error's object, or in
//! another object of the body, instead of under `details` (the layout's
//! `declared_members:`; Stripe's `param` and `decline_code` beside `code`):
//! the split when writing, the gathering when reading. RFC 9457's
//! extension members are the same split ([`super::problem_parts`]).

use serde_json::{Map, Value};

use super::{get, split_members};
use crate::BodyLayout;

/// The names, under the root, of the object that holds the declared
/// members: none for the error's object itself
/// ([`BodyLayout::ERROR_OBJECT`]).
#[inline]
fn names(path: &str) -> Vec<&str> {
    if path == BodyLayout::ERROR_OBJECT {
        Vec::new()
    } else {
        path.split('.').collect()
    }
}

/// `details` split for a layout that places declared members at `path`:
/// each member the code declares (`declared`, in its order of declaration)
/// with its path under the root, and what is left for the `details` member
/// (`Null` when nothing is).
#[inline]
pub(super) fn split<'a>(
    path: &'a str,
    declared: &'a [&'a str],
    details: &Value,
) -> (Vec<(Vec<&'a str>, Value)>, Value) {
    let (mut members, rest) = split_members(declared, details.clone());
    let placed = declared
        .iter()
        .filter_map(|name| {
            let value = members.remove(*name)?;
            let mut full = names(path);
            full.push(name);
            Some((full, value))
        })
        .collect();
    (placed, rest)
}

/// `details` read from `error` (the error's object of a body) with the
/// members the code declares (`declared`) gathered back from the object at
/// `path`: the reader's inverse of [`split`]. A member there wins over one
/// of the same name in `details`.
#[inline]
pub(crate) fn gather(path: &str, error: &Value, declared: &[&str], details: Value) -> Value {
    let holder = match names(path).as_slice() {
        [] => Some(error),
        _ => get(error, path),
    };
    let present: Map<String, Value> = declared
        .iter()
        .filter_map(|name| Some(((*name).to_owned(), holder?.get(*name)?.clone())))
        .collect();
    if present.is_empty() {
        return details;
    }
    let mut object = match details {
        Value::Object(object) => object,
        _ => Map::new(),
    };
    object.extend(present);
    Value::Object(object)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]

    use serde_json::json;

    use super::*;
    use crate::wire::WireError;

    const STRIPE: BodyLayout = BodyLayout::new("code")
        .root("error")
        .message("message")
        .declared_members(BodyLayout::ERROR_OBJECT);

    #[test]
    fn declared_members_go_beside_the_code_and_come_back_into_details() {
        let details =
            json!({"param": "customer", "decline_code": "insufficient_funds", "hint": "x"});
        let error = WireError::new("card_declined", 402, "Declined").with_details(
            &details,
            &["decline_code", "param"],
            false,
        );
        // No `details` member in this layout: an undeclared member is not sent.
        let body = STRIPE.shape().write(&error);
        assert_eq!(
            body,
            json!({"error": {"code": "card_declined", "message": "Declined",
                             "decline_code": "insufficient_funds", "param": "customer"}})
        );
        let read = gather(".", &body["error"], &["decline_code", "param"], Value::Null);
        assert_eq!(
            read,
            json!({"param": "customer", "decline_code": "insufficient_funds"})
        );
        // At another path, with the rest under `details`.
        let nested = STRIPE.details("details").declared_members("context.info");
        let body = nested.shape().write(&error);
        assert_eq!(
            body["error"]["context"]["info"],
            json!({"decline_code": "insufficient_funds", "param": "customer"})
        );
        assert_eq!(body["error"]["details"], json!({"hint": "x"}));
        let read = gather(
            "context.info",
            &body["error"],
            &["decline_code", "param"],
            body["error"]["details"].clone(),
        );
        assert_eq!(read, details);
        // A code that declares nothing keeps its details where they were.
        let plain = WireError::new("other", 400, "m").with_details(&details, &[], false);
        assert_eq!(nested.shape().write(&plain)["error"]["details"], details);
    }

    #[test]
    fn a_layout_sends_a_known_codes_declared_members_and_reads_them_back() {
        use crate::__example::{ErrorBody, ErrorCode};

        let details = json!({"resource": "customer"});
        let error =
            ErrorBody::new(ErrorCode::NotFound, "No such customer").with_details(details.clone());
        let sent = STRIPE.to_json(404, &error);
        // `not_found` declares `resource`: beside its code.
        assert_eq!(sent["error"]["resource"], "customer");
        assert!(sent["error"].get("details").is_none());
        let read: ErrorBody = STRIPE.read(&sent).expect("a body in the layout");
        assert_eq!(read.details, details);
        // A code that declares nothing: a member beside it is not its details.
        let other = json!({"error": {"code": "internal_error", "message": "m", "resource": "x"}});
        let read: ErrorBody = STRIPE.read(&other).expect("a body in the layout");
        assert!(read.details.is_null());
    }
}
