//! Stage 1: registry text → raw, span-carrying structs ([`RawRegistry`]),
//! through the spanned-YAML plumbing of `yaml`.

use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::yaml::{
    Document, MAX_REGISTRY_BYTES, Note, Noted, Spanned, is_blank, normalize_line_breaks, parse_as,
    raw_mapping, too_large,
};

/// The registry, for the diagnostics of reading and parsing it.
pub(crate) const REGISTRY: Document = Document {
    noun: "the registry",
    keys: RawRegistry::FIELDS,
    guide: "docs/guides/registry.md",
};

raw_mapping! {
    pub struct RawRegistry {
        required page: RawPage,
        optional headers: Option<Spanned<Vec<RawHeader>>>,
        required categories: Spanned<Vec<RawCategory>>,
        optional code_style: Option<Spanned<String>>,
        optional roles: Option<Spanned<RawRoles>>,
        optional envelope: Option<Spanned<RawEnvelope>>,
        /// Codes any operation may answer with (`common_codes: [...]`).
        optional common_codes: Option<Spanned<Vec<Spanned<String>>>>,
        /// The API's operations, each with the codes it may answer with.
        optional operations: Option<Spanned<Vec<RawOperation>>>,
        /// The gRPC face: the `ErrorInfo` domain and the `.proto`'s names.
        optional grpc: Option<Spanned<RawGrpc>>,
    }
}

raw_mapping! {
    /// `grpc:`: turns the gRPC face on.
    pub struct RawGrpc {
        required domain: Spanned<String>,
        optional package: Option<Spanned<String>>,
        optional go_package: Option<Spanned<String>>,
        optional java_package: Option<Spanned<String>>,
    }
}

raw_mapping! {
    /// One entry of `operations:`.
    pub struct RawOperation {
        required id: Spanned<String>,
        optional method: Option<Spanned<String>>,
        optional path: Option<Spanned<String>>,
        optional description: Option<Spanned<String>>,
        optional codes: Option<Spanned<Vec<Spanned<String>>>>,
    }
}

/// `envelope:`: a keyword (`nested`, `rfc9457`), or a mapping of the
/// body's own layout.
#[derive(Debug)]
pub(crate) enum RawEnvelope {
    Keyword(String),
    Layout(Box<RawBodyLayout>),
}

raw_mapping! {
    /// `envelope:` as a mapping: where each field of an error goes. A key
    /// written with `null` (its value `None`, its key in `known`) leaves
    /// the field out of the body; a key left out keeps the nested
    /// envelope's member.
    pub struct RawBodyLayout {
        optional root: Option<Spanned<String>>,
        optional code: Option<Spanned<String>>,
        optional status: Option<Spanned<String>>,
        optional message: Option<Spanned<String>>,
        optional request_id: Option<Spanned<String>>,
        optional doc_url: Option<Spanned<String>>,
        optional details: Option<Spanned<String>>,
        /// Members of the same value in every body, from the body's top.
        optional constants: Option<Spanned<RawValues>>,
        /// Members (under `root`) whose value each code gives (`body:`).
        optional per_code: Option<Spanned<Vec<Spanned<String>>>>,
        /// Whether a body may carry members the layout does not describe.
        optional open: Option<Spanned<bool>>,
        /// The code's JSON type: `string` (the default) or `number`.
        optional code_type: Option<Spanned<String>>,
        /// The response header that also carries the code
        /// (`x-ms-error-code`).
        optional code_header: Option<Spanned<String>>,
        /// Where a code's declared details members go instead of under
        /// `details`: `.` (the error's object) or a path under `root`.
        optional declared_members: Option<Spanned<String>>,
        /// Where each item of an array root holds the invalid field's
        /// JSON Pointer (`source.pointer`).
        optional field_pointer: Option<Spanned<String>>,
        /// What every field pointer starts with (`/data/attributes/`).
        optional pointer_prefix: Option<Spanned<String>>,
        /// The status's JSON type: `number` (the default) or `string`.
        optional status_type: Option<Spanned<String>>,
        /// The media type of every error body (`application/vnd.api+json`).
        optional media_type: Option<Spanned<String>>,
        /// Fixed text before the code as the body carries it (AWS's
        /// `com.amazonaws.dynamodb.v20120810#`).
        optional code_prefix: Option<Spanned<String>>,
        /// Fixed text after the code as the body carries it.
        optional code_suffix: Option<Spanned<String>>,
        /// The constant that marks a body as an error, which may then have
        /// a 2xx status (Slack's `ok`).
        optional error_marker: Option<Spanned<String>>,
    }
}

/// A mapping of member paths to JSON values, in registry order: a
/// layout's `constants:`, a category's or a code's `body:`.
#[derive(Debug, Default)]
pub(crate) struct RawValues(pub(crate) Vec<(Spanned<String>, Spanned<serde_json::Value>)>);

impl<'de> serde::Deserialize<'de> for RawValues {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RawValues;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a mapping of members to their values")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RawValues, A::Error> {
                let mut values = Vec::new();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    values.push((key, map.next_value()?));
                }
                Ok(RawValues(values))
            }
        }

        deserializer.deserialize_map(Visitor)
    }
}

impl Noted for RawValues {
    fn notes(&self, out: &mut Vec<Note>) {
        for (key, value) in &self.0 {
            key.notes(out);
            if let Some(tag) = &value.tag {
                out.push(Note::Tag {
                    tag: tag.clone(),
                    location: value.location.clone(),
                });
            }
        }
    }
}

impl Noted for bool {
    fn notes(&self, _: &mut Vec<Note>) {}
}

impl RawBodyLayout {
    /// Each key, written or not: `None` when left out, `Some(None)` when
    /// written `null`, in [`RawBodyLayout::FIELDS`] order.
    pub(crate) fn keys(&self) -> Vec<(&'static str, Option<Option<&Spanned<String>>>)> {
        let values = [
            &self.root,
            &self.code,
            &self.status,
            &self.message,
            &self.request_id,
            &self.doc_url,
            &self.details,
        ];
        Self::FIELDS
            .iter()
            .zip(values)
            .map(|(key, value)| {
                let written = self.key_location(key).is_some();
                (*key, written.then_some(value.as_ref()))
            })
            .collect()
    }
}

impl Noted for RawEnvelope {
    fn notes(&self, out: &mut Vec<Note>) {
        if let RawEnvelope::Layout(layout) = self {
            layout.notes(out);
        }
    }
}

impl<'de> serde::Deserialize<'de> for RawEnvelope {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RawEnvelope;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("`nested`, `rfc9457` or a mapping of the body's members")
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawEnvelope, E> {
                Ok(RawEnvelope::Keyword(v.to_owned()))
            }

            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<RawEnvelope, E> {
                Ok(RawEnvelope::Keyword(v.to_string()))
            }

            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<RawEnvelope, E> {
                Ok(RawEnvelope::Keyword(v.to_string()))
            }

            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<RawEnvelope, E> {
                Ok(RawEnvelope::Keyword(v.to_string()))
            }

            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<RawEnvelope, E> {
                Ok(RawEnvelope::Keyword(v.to_string()))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<RawEnvelope, A::Error> {
                serde::Deserialize::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(|layout| RawEnvelope::Layout(Box::new(layout)))
            }
        }

        deserializer.deserialize_any(Visitor)
    }
}

raw_mapping! {
    /// `roles:`: the code of each runtime role (`error_codes_runtime::Role`,
    /// spelled as its `as_str`), and the header of each header role
    /// (`model::HEADER_ROLES`). A test holds the keys to those two lists.
    pub struct RawRoles {
        optional internal_error: Option<Spanned<String>>,
        optional invalid_request: Option<Spanned<String>>,
        optional validation_error: Option<Spanned<String>>,
        optional route_not_found: Option<Spanned<String>>,
        optional method_not_allowed: Option<Spanned<String>>,
        optional request_timeout: Option<Spanned<String>>,
        optional payload_too_large: Option<Spanned<String>>,
        optional unsupported_media_type: Option<Spanned<String>>,
        optional request_id_header: Option<Spanned<String>>,
        optional rate_limit_limit_header: Option<Spanned<String>>,
        optional rate_limit_remaining_header: Option<Spanned<String>>,
        optional rate_limit_reset_header: Option<Spanned<String>>,
    }
}

impl RawRoles {
    /// Every key written, with its value, in [`RawRoles::FIELDS`] order.
    pub(crate) fn assigned(&self) -> Vec<(&'static str, &Spanned<String>)> {
        let values = [
            &self.internal_error,
            &self.invalid_request,
            &self.validation_error,
            &self.route_not_found,
            &self.method_not_allowed,
            &self.request_timeout,
            &self.payload_too_large,
            &self.unsupported_media_type,
            &self.request_id_header,
            &self.rate_limit_limit_header,
            &self.rate_limit_remaining_header,
            &self.rate_limit_reset_header,
        ];
        Self::FIELDS
            .iter()
            .zip(values)
            .filter_map(|(key, value)| Some((*key, value.as_ref()?)))
            .collect()
    }
}

raw_mapping! {
    pub struct RawPage {
        required title: Spanned<String>,
        optional intro: Vec<Spanned<String>>,
        optional docs_url: Option<Spanned<String>>,
        optional code_docs_url: Option<Spanned<String>>,
        optional envelope_example: Option<RawEnvelopeExample>,
        optional related: Vec<RawRelated>,
    }
}

raw_mapping! {
    pub struct RawEnvelopeExample {
        required code: Spanned<String>,
        required message: Spanned<String>,
        optional request_id: Option<Spanned<String>>,
    }
}

raw_mapping! {
    pub struct RawRelated {
        required title: Spanned<String>,
        optional description: Option<Spanned<String>>,
        optional url: Option<Spanned<String>>,
    }
}

raw_mapping! {
    pub struct RawHeader {
        required name: Spanned<String>,
        /// `always`, or the HTTP status the header comes with.
        required when: Spanned<String>,
        optional format: Option<Spanned<String>>,
        optional example: Option<Spanned<String>>,
        optional description: Option<Spanned<String>>,
    }
}

raw_mapping! {
    pub struct RawCategory {
        required title: Spanned<String>,
        /// The `Category` variant, instead of the title's UpperCamelCase.
        optional name: Option<Spanned<String>>,
        /// The Python `Category` member, instead of `name`'s UPPER_SNAKE_CASE.
        optional python_name: Option<Spanned<String>>,
        optional status_kind: Option<Spanned<String>>,
        optional retry: Option<Spanned<String>>,
        /// The canonical gRPC code of its codes (`grpc: FAILED_PRECONDITION`).
        optional grpc: Option<Spanned<String>>,
        /// Its codes' values of the body layout's per-code members.
        optional body: Option<Spanned<RawValues>>,
        required codes: Spanned<Vec<RawCode>>,
    }
}

raw_mapping! {
    pub struct RawCode {
        required code: Spanned<String>,
        /// The `ErrorCode` variant, instead of the code's UpperCamelCase (the
        /// wire code stays as written).
        optional name: Option<Spanned<String>>,
        /// The Python `ErrorCode` member, instead of the code's
        /// UPPER_SNAKE_CASE.
        optional python_name: Option<Spanned<String>>,
        /// Read as text so that validation can insist on a plain decimal number
        /// (YAML would also accept `'401'`, `0x191` or `4_01`) and report a
        /// wrong or missing status together with every other problem.
        optional status: Option<Spanned<String>>,
        optional meaning: Option<Spanned<String>>,
        optional retry: Option<Spanned<String>>,
        /// A shape keyword (`field_errors`), or the members the details hold.
        optional details: Option<Spanned<RawDetails>>,
        optional deprecated: Option<Spanned<RawDeprecated>>,
        /// Its canonical gRPC code, instead of its category's or its status's.
        optional grpc: Option<Spanned<String>>,
        /// Its `ErrorInfo` reason, instead of the code in UPPER_SNAKE_CASE.
        optional reason: Option<Spanned<String>>,
        /// Its values of the body layout's per-code members, instead of
        /// its category's.
        optional body: Option<Spanned<RawValues>>,
    }
}

raw_mapping! {
    pub struct RawDeprecated {
        required since: Spanned<String>,
        /// The ISO 8601 date after which the code may be removed.
        optional sunset: Option<Spanned<String>>,
        optional use_instead: Option<Spanned<String>>,
        optional note: Option<Spanned<String>>,
    }
}

/// `details:` of a code: a shape keyword (`details: field_errors`), or a
/// mapping of the members its details hold, in registry order.
#[derive(Debug)]
pub(crate) enum RawDetails {
    Shape(String),
    Members(Vec<(Spanned<String>, Spanned<RawMember>)>),
}

/// One member of a code's details: its type in short (`integer?`), or the
/// long form `{type, description, enum}`.
#[derive(Debug)]
pub(crate) enum RawMember {
    Short(String),
    Long(Box<RawMemberLong>),
}

/// The long form of a member. Its `type` key is a Rust keyword, so the
/// mapping is read by hand rather than by `raw_mapping!`.
#[derive(Debug, Default)]
pub(crate) struct RawMemberLong {
    pub ty: Option<Spanned<String>>,
    pub description: Option<Spanned<String>>,
    pub values: Option<Spanned<Vec<Spanned<String>>>>,
    pub unknown: Vec<Spanned<String>>,
    /// Where the mapping's first key is.
    pub start: Location,
    /// An object's members (`type: object` or `object[]`), read as a
    /// code's `details:` are (a scalar here is reported by validation).
    pub members: Option<Spanned<RawDetails>>,
}

impl RawMemberLong {
    /// The long form's keys, as the registry spells them (the stability
    /// lock writes members in the same spelling).
    pub(crate) const TYPE: &'static str = "type";
    pub(crate) const DESCRIPTION: &'static str = "description";
    pub(crate) const ENUM: &'static str = "enum";
    pub(crate) const MEMBERS: &'static str = "members";
    /// The keys the long form has.
    pub(crate) const FIELDS: &'static [&'static str] =
        &[Self::TYPE, Self::DESCRIPTION, Self::ENUM, Self::MEMBERS];
}

impl<'de> serde::Deserialize<'de> for RawDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RawDetails;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a details shape (`field_errors`) or a mapping of members")
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawDetails, E> {
                Ok(RawDetails::Shape(v.to_owned()))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RawDetails, A::Error> {
                let mut members = Vec::new();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    members.push((key, map.next_value()?));
                }
                Ok(RawDetails::Members(members))
            }
        }

        deserializer.deserialize_any(Visitor)
    }
}

impl<'de> serde::Deserialize<'de> for RawMember {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RawMember;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a member type (`integer`, `string[]`, `boolean?`) or `{type, description, enum, members}`")
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawMember, E> {
                Ok(RawMember::Short(v.to_owned()))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RawMember, A::Error> {
                let mut long = RawMemberLong::default();
                let mut first = None;
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    first.get_or_insert_with(|| key.location.clone());
                    match key.value.as_str() {
                        RawMemberLong::TYPE => long.ty = Some(map.next_value()?),
                        RawMemberLong::DESCRIPTION => long.description = Some(map.next_value()?),
                        RawMemberLong::ENUM => long.values = Some(map.next_value()?),
                        RawMemberLong::MEMBERS => long.members = Some(map.next_value()?),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                            long.unknown.push(key);
                        }
                    }
                }
                long.start = first.unwrap_or_default();
                Ok(RawMember::Long(Box::new(long)))
            }
        }

        deserializer.deserialize_any(Visitor)
    }
}

impl Noted for RawDetails {
    fn notes(&self, out: &mut Vec<Note>) {
        if let RawDetails::Members(members) = self {
            for (key, member) in members {
                key.notes(out);
                member.notes(out);
            }
        }
    }
}

impl Noted for RawMember {
    fn notes(&self, out: &mut Vec<Note>) {
        let RawMember::Long(long) = self else {
            return;
        };
        for field in &long.unknown {
            field.notes(out);
            out.push(Note::UnknownField {
                field: field.clone(),
                expected: RawMemberLong::FIELDS,
            });
        }
        long.ty.notes(out);
        long.description.notes(out);
        long.values.notes(out);
        long.members.notes(out);
        if long.ty.is_none()
            && !long.unknown.iter().any(|key| {
                crate::suggest::nearest(&key.value, RawMemberLong::FIELDS.iter().copied())
                    == Some(RawMemberLong::TYPE)
            })
        {
            out.push(Note::MissingField {
                field: RawMemberLong::TYPE,
                at: long.start.clone(),
            });
        }
    }
}

/// Parses registry text. `file` is only used to name the source in
/// diagnostics.
pub(crate) fn parse(file: &Path, text: &str) -> Result<RawRegistry, Diagnostics> {
    if text.len() > MAX_REGISTRY_BYTES {
        return Err(too_large(file, &REGISTRY).into());
    }
    let text = normalize_line_breaks(text.to_owned());
    if is_blank(&text) {
        return Err(
            Diagnostic::new(file, Location::new(1, 1), "the registry is empty")
                .with_help("it needs at least `page:` and `categories:`; see its fields in docs/guides/registry.md")
                .into(),
        );
    }
    parse_as(file, &REGISTRY, &text)
}
