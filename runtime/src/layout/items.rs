//! Reading a layout whose root is an array of error objects (JSON:API's
//! `errors`): every item, and the field errors the items name.

use serde_json::{Map, Value};

use crate::{BodyLayout, ErrorBody, FieldErrors, Vocabulary};

impl BodyLayout {
    /// Every error of a body whose root is an array of error objects
    /// ([`BodyLayout::root_items`]), each read on its own, in the body's
    /// order: an item whose pointer names a field has that field error as
    /// its details (`{"fields": {"name": [its message]}}`). Items that are
    /// not error objects (no code) are skipped. `None` for another layout,
    /// or a body without an error object.
    pub fn read_all<V: Vocabulary>(&self, body: &Value) -> Option<Vec<ErrorBody<V>>> {
        let items = self.shape().items(body)?;
        let read: Vec<ErrorBody<V>> = items
            .into_iter()
            .filter_map(|(fields, field)| {
                // Declared members are not gathered from an array's items:
                // a layout with an array root places none (`check` says so).
                let mut error: ErrorBody<V> = self.read_object(fields, None, None)?;
                if let Some(field) = field {
                    error.details = FieldErrors::new()
                        .with(field, error.message.clone())
                        .to_details();
                }
                Some(error)
            })
            .collect();
        (!read.is_empty()).then_some(read)
    }

    /// The first error of a body whose root is an array, with the field
    /// errors of every item of the same code that names a field (in the
    /// body's order).
    pub(super) fn read_first<V: Vocabulary>(&self, body: &Value) -> Option<ErrorBody<V>> {
        let all: Vec<ErrorBody<V>> = self.read_all(body)?;
        let mut errors = all.iter();
        let mut first = errors.next()?.clone();
        let mut fields: Map<String, Value> = Map::new();
        for error in all.iter().filter(|e| e.code == first.code) {
            let Some(mine) = error.field_errors_of_item() else {
                continue;
            };
            for (name, problems) in mine.fields {
                let slot = fields
                    .entry(name)
                    .or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(list) = slot {
                    list.extend(problems.into_iter().map(Value::from));
                }
            }
        }
        if !fields.is_empty() {
            let mut details = Map::new();
            details.insert("fields".to_owned(), Value::Object(fields));
            first.details = Value::Object(details);
        }
        Some(first)
    }
}

impl<V: Vocabulary> ErrorBody<V> {
    /// The field errors of `details`, whatever the code declares.
    fn field_errors_of_item(&self) -> Option<FieldErrors> {
        FieldErrors::from_details(&self.details)
            .ok()
            .filter(|f| !f.fields.is_empty())
    }

    /// Every error of an error response's body (see
    /// [`ErrorBody::from_json`]): for a layout whose root is an array of
    /// error objects (JSON:API), each item on its own
    /// ([`BodyLayout::read_all`]); for any other body, the one error.
    pub fn all_from_json(body: &[u8]) -> Result<Vec<Self>, serde_json::Error> {
        if let crate::Envelope::Layout(layout) = V::ENVELOPE
            && layout.root_items
            && let Ok(value) = serde_json::from_slice::<Value>(body)
            && let Some(all) = layout.read_all(&value)
        {
            return Ok(all);
        }
        Ok(vec![ErrorBody::from_json(body)?])
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]

    use serde_json::json;

    use crate::__example::{ErrorBody, ErrorCode, FieldErrors};
    use crate::{BodyLayout, Code};

    const JSONAPI: BodyLayout = BodyLayout::new("code")
        .root("errors")
        .root_items()
        .status("status")
        .message("detail")
        .request_id("meta.request_id")
        .field_pointer("source.pointer", "/data/attributes/")
        .status_as_string()
        .media_type("application/vnd.api+json");

    #[test]
    fn field_errors_round_trip_through_one_item_each() {
        let code = ErrorCode::ValidationError;
        let sent = ErrorBody::new(code, "Some fields are invalid")
            .with_details(
                FieldErrors::new()
                    .with("name", "must not be empty")
                    .with("name", "too short")
                    .with("email", "not an email")
                    .to_details(),
            )
            .with_request_id("req_1");
        let body = JSONAPI.to_json(code.http_status(), &sent);
        let items = body["errors"].as_array().expect("an array");
        assert_eq!(items.len(), 3, "{body}");
        for item in items {
            assert_eq!(item["code"], json!(code.as_str()));
            assert_eq!(item["status"], json!(code.http_status().to_string()));
            assert_eq!(item["meta"]["request_id"], json!("req_1"));
        }
        // The first error holds every field error of its code.
        let read: ErrorBody = JSONAPI.read(&body).expect("a body in the layout");
        assert_eq!(read.code, code);
        assert_eq!(read.field_errors(), sent.field_errors());
        assert_eq!(read.request_id.as_deref(), Some("req_1"));
        // Each item on its own: its one field error, its message.
        let all: Vec<ErrorBody> = JSONAPI.read_all(&body).expect("items");
        assert_eq!(all.len(), 3);
        let problems: Vec<&str> = all.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(problems, ["not an email", "must not be empty", "too short"]);
        assert_eq!(
            all[0].field_errors().expect("a field error").fields["email"],
            ["not an email"]
        );
    }

    #[test]
    fn an_error_without_fields_is_one_item_and_reads_back() {
        let sent = ErrorBody::new(ErrorCode::InternalError, "Boom").with_request_id("req_2");
        let body = JSONAPI.to_json(500, &sent);
        assert_eq!(
            body,
            json!({"errors": [{"code": ErrorCode::InternalError.as_str(), "status": "500",
                               "detail": "Boom", "meta": {"request_id": "req_2"}}]})
        );
        let read: ErrorBody = JSONAPI.read(&body).expect("a body in the layout");
        assert_eq!(read, sent);
    }

    #[test]
    fn items_of_other_codes_and_other_shapes() {
        // Every error of the array is kept, whatever its code; the first's
        // field errors are those of its own code.
        let body = json!({"errors": [
            {"code": "validation_error", "detail": "too short", "source": {"pointer": "/data/attributes/name"}},
            {"code": "code-added-later", "detail": "later", "source": {"pointer": "/data/attributes/age"}},
            {"title": "not an error object"},
        ]});
        let all: Vec<ErrorBody> = JSONAPI.read_all(&body).expect("items");
        let codes: Vec<&str> = all.iter().map(|e| e.code.as_str()).collect();
        assert_eq!(codes, ["validation_error", "code-added-later"]);
        assert_eq!(all[1].code, Code::from("code-added-later"));
        let first: ErrorBody = JSONAPI.read(&body).expect("a body");
        let fields = first.field_errors().expect("field errors").fields;
        assert_eq!(fields.keys().collect::<Vec<_>>(), ["name"]);
        // `errors` as an object (what `root: errors.0` once sent), or empty:
        // not a body of this layout.
        assert!(
            JSONAPI
                .read::<ErrorCode>(&json!({"errors": {"0": {"code": "x"}}}))
                .is_none()
        );
        assert!(
            JSONAPI
                .read_all::<ErrorCode>(&json!({"errors": []}))
                .is_none()
        );
        assert!(
            JSONAPI
                .read_all::<ErrorCode>(&json!({"errors": [1, "x"]}))
                .is_none()
        );
    }

    #[cfg(feature = "client")]
    #[test]
    fn a_body_of_one_error_is_every_error_of_the_response() {
        let body = br#"{"error": {"code": "rate_limited", "message": "Slow down"}}"#;
        let all = ErrorBody::all_from_json(body).expect("an envelope");
        assert_eq!(all.len(), 1);
        let response = crate::__example::client::ErrorResponse::from_parts(
            http::StatusCode::TOO_MANY_REQUESTS,
            &http::HeaderMap::new(),
            body,
        )
        .expect("an envelope");
        assert_eq!(response.errors(), [response.body().clone()]);
        assert_eq!(all, response.errors());
    }

    #[test]
    fn the_layout_names_its_media_type() {
        let envelope = crate::Envelope::Layout(&JSONAPI);
        assert_eq!(envelope.media_type(), "application/vnd.api+json");
        assert_eq!(
            crate::Envelope::Layout(&BodyLayout::NESTED).media_type(),
            crate::Envelope::Nested.media_type()
        );
    }
}
