//! The error envelope every error response carries, and the typed shapes of
//! `error.details` the registry can declare per code.
//!
//! Reading is lenient, as RFC 9457 asks of problem-detail consumers, and by
//! one rule that the TypeScript and Python clients share
//! (`tests/fixtures/envelope-cases.json`): a body is an envelope if and only
//! if it is a JSON object whose member `error` is an object whose member
//! `code` is a string (any string: a [`Code`]). Then `message` is the string
//! if it is one and `""` otherwise (missing, `null`, another type);
//! `request_id` and `doc_url` are the string if one and absent otherwise;
//! `details` is the object if one and absent (`Null`) otherwise. Other
//! members are ignored. A server's `null` or mistyped member never costs the
//! client the code.
//!
//! # Adding a details shape
//!
//! A shape is a registry keyword (`details: field_errors` on a code). To add
//! one: a `DetailsShape` variant in the codegen's `model.rs` (with its keyword
//! in `DetailsShape::VALUES`) and in this crate's `vocabulary.rs`, its Rust
//! type here, and what a code of that shape holds in the generated
//! `details::Details` enum (the codegen's `emit/rust/details.rs`), which
//! [`ErrorBody::typed_details`] parses it into. Codes then opt in from the
//! YAML alone.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{Code, DetailsShape, HasDetails, Vocabulary};

/// An error response body: `{"error": {...}}`.
///
/// ```
/// # use error_codes_runtime::__example as error_codes;
/// use error_codes::{ErrorCode, ErrorEnvelope};
///
/// let body = r#"{"error": {"code": "internal_error",
///                "message": "Unexpected server error",
///                "request_id": "req_abc", "trace": "ignored"}}"#;
/// let envelope: ErrorEnvelope = serde_json::from_str(body)?;
/// assert_eq!(envelope.error.code, ErrorCode::InternalError);
/// assert_eq!(envelope.error.request_id.as_deref(), Some("req_abc"));
/// assert!(envelope.error.details.is_null());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, PartialEq, Debug, Serialize)]
#[serde(bound(serialize = "V: Vocabulary"))]
pub struct ErrorEnvelope<V> {
    /// The error.
    pub error: ErrorBody<V>,
}

/// The `error` member of an [`ErrorEnvelope`].
///
/// `#[non_exhaustive]` so members can be added: build one with
/// [`ErrorBody::new`] and the `with_*` methods.
#[derive(Clone, PartialEq, Debug, Serialize)]
#[serde(bound(serialize = "V: Vocabulary"))]
#[non_exhaustive]
pub struct ErrorBody<V> {
    /// What went wrong, as a code clients branch on.
    pub code: Code<V>,
    /// For humans; never parse it.
    pub message: String,
    /// Free-form JSON, `Null` when absent; see [`ErrorBody::typed_details`]
    /// for the codes whose registry entry declares a shape.
    #[serde(skip_serializing_if = "Value::is_null")]
    pub details: Value,
    /// The request's id, also sent as the registry's request-id header.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Where the code is documented: its row on the published docs page
    /// ([`Vocabulary::doc_url`]). Optional on the wire.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc_url: Option<String>,
}

/// `details` of a field-level validation error (`details: field_errors` in
/// the registry, as on `validation_error`): `{"fields": {"name": ["problem", ...]}}`.
///
/// ```
/// # use error_codes_runtime::__example as error_codes;
/// use error_codes::FieldErrors;
///
/// let errors = FieldErrors::new()
///     .with("path", "must not be empty")
///     .with("ttl", "exceeds the role's max_ttl");
/// assert_eq!(
///     errors.to_details(),
///     serde_json::json!({"fields": {"path": ["must not be empty"],
///                                   "ttl": ["exceeds the role's max_ttl"]}}),
/// );
/// ```
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize)]
pub struct FieldErrors {
    /// Field name → the problems with it, in the order they were found.
    pub fields: BTreeMap<String, Vec<String>>,
}

impl FieldErrors {
    /// No field errors yet.
    pub fn new() -> Self {
        FieldErrors::default()
    }

    /// Adds a problem with `field`.
    #[must_use]
    pub fn with(mut self, field: impl Into<String>, problem: impl Into<String>) -> Self {
        self.push(field, problem);
        self
    }

    /// Adds a problem with `field`.
    pub fn push(&mut self, field: impl Into<String>, problem: impl Into<String>) {
        self.fields
            .entry(field.into())
            .or_default()
            .push(problem.into());
    }

    /// Whether no field has a problem.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// The value of `error.details` carrying these errors.
    #[inline]
    pub fn to_details(&self) -> Value {
        let fields = self
            .fields
            .iter()
            .map(|(name, problems)| {
                let problems = problems.iter().cloned().map(Value::String).collect();
                (name.clone(), Value::Array(problems))
            })
            .collect();
        let mut details = serde_json::Map::new();
        details.insert("fields".to_owned(), Value::Object(fields));
        Value::Object(details)
    }

    /// Reads `error.details`; members other than `fields` are ignored.
    #[inline]
    pub fn from_details(details: &Value) -> Result<Self, serde_json::Error> {
        FieldErrors::deserialize(details)
    }
}

impl<V: Vocabulary> ErrorBody<V> {
    /// A body with no details and no request id.
    pub fn new(code: impl Into<Code<V>>, message: impl Into<String>) -> Self {
        ErrorBody {
            code: code.into(),
            message: message.into(),
            details: Value::Null,
            request_id: None,
            doc_url: None,
        }
    }

    /// Sets `details`.
    #[must_use]
    pub fn with_details(mut self, details: Value) -> Self {
        self.details = details;
        self
    }

    /// Sets `request_id`.
    #[must_use]
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.request_id = Some(request_id.into());
        self
    }

    /// Sets `doc_url` to the code's documentation URL from the registry
    /// (unchanged for unknown codes, which have none).
    ///
    /// ```
    /// # use error_codes_runtime::__example as error_codes;
    /// use error_codes::{ErrorBody, ErrorCode};
    ///
    /// let body = ErrorBody::new(ErrorCode::NotFound, "no such item").with_doc_url();
    /// assert_eq!(body.doc_url.as_deref(), ErrorCode::NotFound.doc_url());
    /// ```
    #[must_use]
    pub fn with_doc_url(mut self) -> Self {
        if let Some(url) = self.code.known().and_then(V::doc_url) {
            self.doc_url = Some(url.to_owned());
        }
        self
    }

    /// This error as the body engine writes it ([`crate::wire`]) in a
    /// response of `status`: its docs URL is the one it carries, else the
    /// registry's for its code: its row's, and for a code this build does
    /// not know `page.docs_url` + `#code` when codes' URLs are anchors on
    /// the docs page ([`Vocabulary::DOCS_ANCHORS`]), none with a
    /// `code_docs_url` template.
    pub fn wire(&self, status: u16) -> crate::wire::WireError<'_> {
        let known = self.code.known();
        crate::wire::WireError::new(self.code.as_str(), status, &self.message)
            .with_title(known.and_then(V::meaning))
            .with_doc_url(self.doc_url.as_deref().map(Cow::Borrowed).or_else(|| {
                match known.and_then(V::doc_url) {
                    Some(url) => Some(Cow::Borrowed(url)),
                    None => V::DOCS_URL
                        .filter(|_| V::DOCS_ANCHORS)
                        .map(|base| Cow::Owned(format!("{base}#{}", self.code.as_str()))),
                }
            }))
            .with_request_id(self.request_id.as_deref())
            .with_details(
                &self.details,
                known.map_or(&[], V::detail_members),
                matches!(self.details_shape(), Some(DetailsShape::FieldErrors)),
            )
            .with_values(known.map_or(&[], V::body_values))
            .with_grpc(match (V::ENVELOPE, known) {
                (crate::Envelope::Google(google), Some(code)) => {
                    google.grpc.get(code.index()).map(|entry| {
                        crate::wire::WireGrpc::new(entry.reason, entry.code, entry.text_members)
                    })
                }
                _ => None,
            })
    }

    /// The details shape the registry declares for this code, if any.
    pub fn details_shape(&self) -> Option<DetailsShape> {
        self.code.details_shape()
    }

    /// The field errors, when the code declares `details: field_errors` and
    /// `details` has that shape.
    ///
    /// ```
    /// # use error_codes_runtime::__example as error_codes;
    /// use error_codes::{ErrorBody, ErrorCode, FieldErrors};
    ///
    /// let fields = FieldErrors::new().with("path", "must not be empty");
    /// let body = ErrorBody::new(ErrorCode::ValidationError, "invalid fields")
    ///     .with_details(fields.to_details());
    /// assert_eq!(body.field_errors(), Some(fields));
    ///
    /// // Other codes declare no shape: their details stay free-form.
    /// let body = ErrorBody::new(ErrorCode::InvalidRequest, "bad JSON")
    ///     .with_details(serde_json::json!({"fields": {"a": ["b"]}}));
    /// assert_eq!(body.field_errors(), None);
    /// ```
    pub fn field_errors(&self) -> Option<FieldErrors> {
        match self.details_shape() {
            Some(DetailsShape::FieldErrors) if !self.details.is_null() => {
                FieldErrors::from_details(&self.details).ok()
            }
            _ => None,
        }
    }
}

impl<V: HasDetails> ErrorBody<V> {
    /// `details` as the registry declares them for the code: the
    /// generated `details::Details` variant of the code.
    ///
    /// `Ok(None)` when the code declares no details (unknown codes
    /// included) or `details` is absent; an error when `details` does not
    /// have the declared members and types. [`ErrorBody::details`] is
    /// always there as it came.
    pub fn typed_details(&self) -> Result<Option<V::Details>, serde_json::Error> {
        match self.code.known() {
            Some(code) if !self.details.is_null() => code.parse_details(&self.details),
            _ => Ok(None),
        }
    }
}

impl<V> ErrorEnvelope<V> {
    /// The envelope around `error`.
    pub fn new(error: ErrorBody<V>) -> Self {
        ErrorEnvelope { error }
    }
}

impl<V> From<ErrorBody<V>> for ErrorEnvelope<V> {
    fn from(error: ErrorBody<V>) -> Self {
        ErrorEnvelope { error }
    }
}

// Reading. serde's derived structs also accept a JSON array of their fields
// in order, so `{"error": ["token_expired"]}` would pass for an envelope;
// each type is read from an object only, through a private mirror. The
// optional members are read as any JSON value and kept only when of their
// type (see the module's documentation).

#[derive(Deserialize)]
#[serde(bound(deserialize = "V: Vocabulary"))]
struct EnvelopeFields<V> {
    error: ErrorBody<V>,
}

#[derive(Deserialize)]
#[serde(bound(deserialize = "V: Vocabulary"))]
struct BodyFields<V> {
    code: Code<V>,
    #[serde(default)]
    message: Value,
    #[serde(default)]
    details: Value,
    #[serde(default)]
    request_id: Value,
    #[serde(default)]
    doc_url: Value,
}

#[derive(Deserialize)]
struct FieldErrorsFields {
    #[serde(default)]
    fields: BTreeMap<String, Vec<String>>,
}

impl<'de, V: Vocabulary> Deserialize<'de> for ErrorEnvelope<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let EnvelopeFields { error } =
            from_object(deserializer, "an error envelope: {\"error\": {...}}")?;
        Ok(ErrorEnvelope { error })
    }
}

impl<'de, V: Vocabulary> Deserialize<'de> for ErrorBody<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let BodyFields {
            code,
            message,
            details,
            request_id,
            doc_url,
        } = from_object(deserializer, "an error object with a \"code\"")?;
        Ok(ErrorBody {
            code,
            message: string(message).unwrap_or_default(),
            details: match details {
                Value::Object(_) => details,
                _ => Value::Null,
            },
            request_id: string(request_id),
            doc_url: string(doc_url),
        })
    }
}

/// The string a member holds, if it holds one.
fn string(value: Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s),
        _ => None,
    }
}

impl<'de> Deserialize<'de> for FieldErrors {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let FieldErrorsFields { fields } =
            from_object(deserializer, "field errors: {\"fields\": {...}}")?;
        Ok(FieldErrors { fields })
    }
}

/// `T` read from a map, and from nothing else.
fn from_object<'de, D, T>(deserializer: D, expecting: &'static str) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct ObjectOnly<T> {
        expecting: &'static str,
        marker: PhantomData<T>,
    }

    impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectOnly<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.expecting)
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::deserialize(MapAccessDeserializer::new(map))
        }
    }

    deserializer.deserialize_map(ObjectOnly {
        expecting,
        marker: PhantomData,
    })
}
