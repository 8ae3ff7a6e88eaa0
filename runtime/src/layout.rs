//! A body of the API's own layout ([`Envelope::Layout`](crate::Envelope::Layout)):
//! writing exactly the members a [`BodyLayout`] maps, and reading them back.
//!
//! # Writing
//!
//! [`BodyLayout::to_json`] is the body engine's ([`crate::wire`]) body in
//! this layout: under
//! [`BodyLayout::root`] (the body itself when `None`), the code at
//! [`BodyLayout::code`], the HTTP status (a number) at `status`, the message
//! at `message`, the request id at `request_id`, the code's docs URL at
//! `doc_url` when the error has one, and its `details` at `details` when it
//! has any. A dotted path nests (`a.b` is the member `b` of the object `a`).
//! A field whose member is `None` is not in the body: with `request_id:
//! None` the request id is only in the registry's request-id header, which
//! the axum integration sets on every error response. The docs URL is the
//! registry's for the code (see [`ErrorBody::wire`]). Beside them, the
//! layout's [`constants`](BodyLayout::constants) (at paths from the body's
//! top) and the code's values of its [`per_code`](BodyLayout::per_code)
//! members ([`Entry::body_values`](crate::Entry::body_values)). No other
//! member is sent.
//!
//! # Reading
//!
//! [`BodyLayout::read`] is the first rule of
//! [`ErrorBody::from_json`] for a vocabulary with a layout: a JSON object
//! whose member at the code's path is a string is an error body; `message`
//! is the string at its path (`""` otherwise), `request_id` and `doc_url`
//! the strings at theirs, `details` the object at its path (with
//! [`BodyLayout::declared_members`], a known code's declared members are
//! gathered back into it from the object there); the status
//! member, the constants, the per-code members and any member the layout
//! does not describe are ignored (the response's status is the one that
//! counts). A body
//! that is not in the layout is then read by the shared rule (a nested
//! envelope or problem details), as a gateway in front of the API may
//! answer in one of those.

use serde_json::Value;

use crate::{BodyLayout, Code, ErrorBody, Vocabulary};

mod items;

impl BodyLayout {
    /// The body of `error` sent with `status`, in this layout.
    ///
    /// ```
    /// use error_codes_runtime::__example::{ErrorBody, ErrorCode};
    /// use error_codes_runtime::BodyLayout;
    ///
    /// // Google-style status names as codes: the code in `status`, the HTTP
    /// // status in `code`.
    /// let google = BodyLayout::new("status")
    ///     .root("error")
    ///     .status("code")
    ///     .message("message")
    ///     .details("details");
    /// let body = ErrorBody::new(ErrorCode::InternalError, "Boom").with_request_id("req_1");
    /// assert_eq!(
    ///     google.to_json(500, &body),
    ///     serde_json::json!({"error": {"status": "internal_error", "code": 500, "message": "Boom"}}),
    /// );
    /// ```
    pub fn to_json<V: Vocabulary>(&self, status: u16, error: &ErrorBody<V>) -> Value {
        self.shape().write(&error.wire(status))
    }

    /// The error of a body in this layout, `None` when `body` is not one:
    /// a body is one when its member at the code's path is a string. Then
    /// `message` is the string at its path (`""` otherwise), `request_id`
    /// and `doc_url` the strings at theirs, `details` the object at its
    /// path; the status member is ignored (the response's status counts).
    ///
    /// A layout whose root is an array ([`BodyLayout::root_items`]) reads
    /// its first item, with the field errors of every item of its code
    /// that names a field; [`BodyLayout::read_all`] reads each item. In a
    /// layout with a [`code_qualifier`](BodyLayout::code_qualifier), the
    /// code is read with or without it
    /// ([`wire::unqualified`](crate::wire::unqualified)).
    pub fn read<V: Vocabulary>(&self, body: &Value) -> Option<ErrorBody<V>> {
        self.read_with_code_header(body, None)
    }

    /// [`BodyLayout::read`], with the code of the layout's
    /// [`code_header`](BodyLayout::code_header) when the response has it:
    /// the body's code member wins when it is there; a JSON object without
    /// one is then an error body with the header's code.
    pub fn read_with_code_header<V: Vocabulary>(
        &self,
        body: &Value,
        header_code: Option<&str>,
    ) -> Option<ErrorBody<V>> {
        if self.root_items {
            return self.read_first(body);
        }
        // The body engine walks the layout's paths, as it places members.
        let object = self
            .root
            .map_or(Some(body), |root| crate::wire::get(body, root));
        let fields = self.shape().fields(body).unwrap_or_default();
        self.read_object(fields, object, header_code.filter(|_| body.is_object()))
    }

    /// The error of one error object, from what it holds at each field's
    /// path ([`Shape::fields`](crate::wire::Shape::fields)); `object`, the
    /// error's object, holds the code's declared members where
    /// [`BodyLayout::declared_members`] places them (`None`: not read);
    /// `header_code` is the code when the object has none.
    fn read_object<V: Vocabulary>(
        &self,
        fields: [Option<&Value>; 6],
        object: Option<&Value>,
        header_code: Option<&str>,
    ) -> Option<ErrorBody<V>> {
        let [code, _status, message, request_id, doc_url, details] = fields;
        let text = |member: Option<&Value>| match member {
            Some(Value::String(s)) => Some(s.clone()),
            _ => None,
        };
        let code = match code {
            Some(Value::String(code)) => code.clone(),
            // A layout that sends its codes as numbers: the digits.
            Some(Value::Number(number)) if self.code_number => number.as_u64()?.to_string(),
            // The code header's, for a body that is an object.
            _ => header_code?.to_owned(),
        };
        let code = if crate::wire::has_qualifier(self.code_qualifier) {
            crate::wire::unqualified(&code, self.code_qualifier).to_owned()
        } else {
            code
        };
        let mut details = match details {
            Some(details @ Value::Object(_)) => details.clone(),
            _ => Value::Null,
        };
        if let Some(path) = self.declared_members {
            // A known code's declared members, where the layout places them.
            let declared = V::lookup(&code).map_or(&[][..], V::detail_members);
            if let Some(inner) = object {
                details = crate::wire::declared::gather(path, inner, declared, details);
            }
        }
        let mut error = ErrorBody::new(Code::<V>::from(code), text(message).unwrap_or_default());
        error.details = details;
        error.request_id = text(request_id);
        error.doc_url = text(doc_url);
        Some(error)
    }

    /// Whether `body` is marked as an error by the layout's
    /// [`error_marker`](BodyLayout::error_marker) (Slack's `ok: false`):
    /// its member at the marker's path has the constant's value. Always
    /// `false` for a layout without one. Clients read a 2xx response whose
    /// body is marked as an error.
    #[inline]
    pub fn marks_error(&self, body: &Value) -> bool {
        self.error_marker
            .is_some_and(|marker| crate::wire::marks_error(marker, self.constants, body))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]

    use serde_json::json;

    use crate::__example::{ErrorBody, ErrorCode, FieldErrors};
    use crate::{BodyLayout, Code};

    const AZURE: BodyLayout = BodyLayout::new("code")
        .root("error")
        .message("message")
        .details("details");
    const GOOGLE: BodyLayout = BodyLayout::new("status")
        .root("error")
        .status("code")
        .message("message")
        .details("details");
    const FLAT: BodyLayout = BodyLayout::new("reason")
        .status("code")
        .message("message")
        .request_id("metadata.request_id")
        .details("details");

    fn error() -> ErrorBody {
        ErrorBody::new(ErrorCode::ValidationError, "Some fields are invalid")
            .with_details(
                FieldErrors::new()
                    .with("name", "must not be empty")
                    .to_details(),
            )
            .with_request_id("req_1")
    }

    #[test]
    fn each_layout_writes_exactly_its_members() {
        let code = ErrorCode::ValidationError.as_str();
        let status = ErrorCode::ValidationError.http_status();
        let details = json!({"fields": {"name": ["must not be empty"]}});
        assert_eq!(
            AZURE.to_json(status, &error()),
            json!({"error": {"code": code, "message": "Some fields are invalid", "details": details}})
        );
        assert_eq!(
            GOOGLE.to_json(status, &error()),
            json!({"error": {"status": code, "code": status, "message": "Some fields are invalid", "details": details}})
        );
        assert_eq!(
            FLAT.to_json(status, &error()),
            json!({"reason": code, "code": status, "message": "Some fields are invalid",
                   "metadata": {"request_id": "req_1"}, "details": details})
        );
        // The nested layout writes what the nested envelope writes, with
        // the registry's docs URL of the code (the example registry has
        // `docs_url`): every body the server sends has it.
        assert_eq!(
            BodyLayout::NESTED.to_json(status, &error()),
            serde_json::to_value(crate::ErrorEnvelope::new(error().with_doc_url()))
                .expect("serializes")
        );
        assert!(
            ErrorCode::ValidationError.doc_url().is_some(),
            "the example registry has docs URLs"
        );
        // Without details or a request id, their members are absent.
        let bare = ErrorBody::new(ErrorCode::InternalError, "Boom");
        assert_eq!(
            FLAT.to_json(500, &bare),
            json!({"reason": ErrorCode::InternalError.as_str(), "code": 500, "message": "Boom"})
        );
    }

    #[test]
    fn each_layout_reads_back_what_it_writes() {
        for layout in [AZURE, GOOGLE, FLAT, BodyLayout::NESTED] {
            let sent = layout.to_json(422, &error());
            let read: ErrorBody = layout.read(&sent).expect("a body in the layout");
            assert_eq!(read.code, ErrorCode::ValidationError, "{layout:?}");
            assert_eq!(read.message, "Some fields are invalid");
            assert_eq!(read.field_errors(), error().field_errors());
            assert_eq!(
                read.request_id.is_some(),
                layout.request_id.is_some(),
                "{layout:?}"
            );
        }
        // A code this build does not know is kept.
        let later = json!({"error": {"status": "code-added-later", "code": 404}});
        let read: ErrorBody = GOOGLE.read(&later).expect("a body in the layout");
        assert_eq!(read.code, Code::from("code-added-later"));
        assert_eq!(read.message, "");
    }

    #[test]
    fn a_qualified_code_is_written_qualified_and_read_with_or_without() {
        let aws = BodyLayout::new("__type")
            .message("message")
            .code_qualifier("com.example.v1#", "");
        let code = ErrorCode::ValidationError.as_str();
        let sent = aws.to_json(422, &error());
        assert_eq!(sent["__type"], json!(format!("com.example.v1#{code}")));
        for written in [
            format!("com.example.v1#{code}"),
            code.to_owned(),
            format!("other.ns#{code}:http://internal.example.com/"),
        ] {
            let read: ErrorBody = aws
                .read(&json!({"__type": written, "message": "m"}))
                .expect("a body in the layout");
            assert_eq!(read.code, ErrorCode::ValidationError, "{written}");
        }
        // Without a qualifier in the layout, a code is read as it is.
        let plain: ErrorBody = BodyLayout::new("__type")
            .read(&json!({"__type": "a#b"}))
            .expect("a code");
        assert_eq!(plain.code, Code::from("a#b"));
    }

    #[test]
    fn the_code_header_gives_the_code_a_body_does_not_carry() {
        let code = ErrorCode::ValidationError.as_str();
        let other = ErrorCode::InternalError.as_str();
        let header = AZURE.code_header("x-error-code");
        let read: ErrorBody = header
            .read_with_code_header(&json!({"message": "m"}), Some(code))
            .expect("the header's code");
        assert_eq!(read.code, ErrorCode::ValidationError);
        assert_eq!(read.message, "");
        // The body's code wins.
        let read: ErrorBody = header
            .read_with_code_header(
                &json!({"error": {"code": other, "message": "m"}}),
                Some(code),
            )
            .expect("the body's code");
        assert_eq!(read.code, ErrorCode::InternalError);
        assert_eq!(read.message, "m");
        // A body that is not an object is not an error body, whatever the header.
        assert!(
            header
                .read_with_code_header::<ErrorCode>(&json!("oops"), Some(code))
                .is_none()
        );
        assert!(header.read::<ErrorCode>(&json!({"message": "m"})).is_none());
    }

    #[test]
    fn the_error_marker_marks_a_body_as_an_error() {
        let slack = BodyLayout::new("error")
            .constants(&[("ok", "false")])
            .error_marker("ok");
        let sent = slack.to_json(200, &error());
        assert_eq!(sent["ok"], json!(false));
        assert!(slack.marks_error(&sent));
        assert!(!slack.marks_error(&json!({"ok": true, "channel": "C1"})));
        // A layout without a marker marks nothing.
        assert!(!AZURE.marks_error(&sent));
    }

    #[test]
    fn a_body_in_another_shape_is_not_read_by_the_layout() {
        let nested = serde_json::to_value(crate::ErrorEnvelope::new(error())).expect("serializes");
        // Google's code member is `status`: the nested envelope has none.
        assert!(GOOGLE.read::<ErrorCode>(&nested).is_none());
        assert!(FLAT.read::<ErrorCode>(&nested).is_none());
        // A code that is not a string is not a code.
        assert!(FLAT.read::<ErrorCode>(&json!({"reason": 404})).is_none());
        // Unless the layout sends its codes as numbers.
        let numeric = FLAT.code_as_number();
        let read: ErrorBody = numeric.read(&json!({"reason": 20404})).expect("a code");
        assert_eq!(read.code, Code::from("20404"));
        assert!(numeric.read::<ErrorCode>(&json!({"reason": -1})).is_none());
        assert!(FLAT.read::<ErrorCode>(&json!(["reason"])).is_none());
    }
}
