//! Schemas of the codes and the envelope for services that generate their
//! OpenAPI document or JSON Schema from code: `utoipa::ToSchema` (cargo
//! feature `utoipa`) and `schemars::JsonSchema` (feature `schemars`).
//!
//! The enum of a vocabulary's codes is its [`Vocabulary::ALL`], which the
//! build generates from the registry, so it lists every code of the
//! registry the crate was built from. [`Code`](crate::Code), what a client
//! reads, is any of those codes or a string a later registry may add. Both
//! integrations describe the same shapes, under the same names: the code
//! enum's ([`Vocabulary::NAME`], `ErrorCode` by default), `Code`,
//! `ErrorEnvelope`, `ErrorBody`, `ProblemDetails`, `FieldErrors`; and, when
//! codes' details are typed (the generated [`DetailsSchemas`] table), each
//! code's details and variant of the body under the names the generator's
//! JSON Schema and OpenAPI document give them, and the shared ones
//! ([`SHARED_SCHEMAS`](crate::SHARED_SCHEMAS)). `ErrorBody` and
//! `ProblemDetails` are then a `oneOf` of one variant per typed code and
//! one for every other code, a code added later included, with a
//! `discriminator` on `code`.
//!
//! This file holds what the two share (descriptions, the typed details'
//! table, which body a schema describes); `utoipa.rs` and `schemars.rs`
//! each write the schemas in their integration's terms.

use crate::Vocabulary;

/// Descriptions, shared by both integrations.
const ERROR_CODE: &str = "Every error code of the registry. Branch on it, not on the HTTP status.";
const CODE: &str = "An error code: one of the registry's, or a code added to the API after this document was generated (handle it by its HTTP status).";
const ENVELOPE: &str = "The body of every error response.";
const BODY: &str = "The `error` member of an error response.";
const FIELD_ERRORS: &str = "The `details` of a code whose registry entry declares field errors: field name → the problems with it.";
const MESSAGE: &str = "For people: may change, never parse it.";
const REQUEST_ID: &str = "The request's id, also sent as the request-id header.";
const DOC_URL: &str = "Where the code is documented.";

const PROBLEM: &str = "The body of every error response: RFC 9457 problem details (application/problem+json), with the members a code declares at the top level.";
const PROBLEM_MEMBERS: &str =
    "The members of every problem document of the API, whatever its code.";
const ERROR_MEMBERS: &str =
    "The members of the `error` member of an error response, whatever its code.";
const TYPED_BODY: &str =
    "The `error` member of an error response: its `details` are typed by its `code`.";
const OTHER_CODE: &str = "A body of a code whose details are not typed: a code without declared details, or a code added to the API after this build.";
const GENERIC_DETAILS: &str = "More about the failure; its shape depends on the code.";

/// How a declared details member is typed (each item's type, for a list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum MemberKind {
    /// A string (an `enum:` member too: its values are examples).
    String,
    /// A 64-bit integer.
    Integer,
    /// A 64-bit float.
    Number,
    /// `true` or `false`.
    Boolean,
}

/// One declared details member, as the generated `details` module
/// describes it to the schema integrations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemberSchema {
    name: &'static str,
    kind: MemberKind,
    list: bool,
    optional: bool,
    description: Option<&'static str>,
    values: &'static [&'static str],
}

impl MemberSchema {
    /// A required member `name` (as sent) of `kind`.
    pub const fn new(name: &'static str, kind: MemberKind) -> Self {
        MemberSchema {
            name,
            kind,
            list: false,
            optional: false,
            description: None,
            values: &[],
        }
    }

    /// A list of values of its kind.
    #[must_use]
    pub const fn list(mut self) -> Self {
        self.list = true;
        self
    }

    /// A member that may be absent.
    #[must_use]
    pub const fn optional(mut self) -> Self {
        self.optional = true;
        self
    }

    /// The registry's description of the member.
    #[must_use]
    pub const fn description(mut self, description: &'static str) -> Self {
        self.description = Some(description);
        self
    }

    /// The values an `enum:` member declares (a value added later is
    /// valid too, so they are examples).
    #[must_use]
    pub const fn values(mut self, values: &'static [&'static str]) -> Self {
        self.values = values;
        self
    }
}

/// The typed details of one code, for the schema integrations: its
/// declared members, or `field_errors`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeDetails {
    code: &'static str,
    /// The details schema's name (empty for field errors: `FieldErrors`).
    details: &'static str,
    /// The names of the code's variant of the nested `error` member and of
    /// the problem document.
    variants: [&'static str; 2],
    description: &'static str,
    members: &'static [MemberSchema],
}

impl CodeDetails {
    /// `code` declares `members`; `names` are its details schema's and its
    /// two variants' (the nested `error` member's, the problem document's).
    pub const fn members(
        code: &'static str,
        names: [&'static str; 3],
        description: &'static str,
        members: &'static [MemberSchema],
    ) -> Self {
        CodeDetails {
            code,
            details: names[0],
            variants: [names[1], names[2]],
            description,
            members,
        }
    }

    /// `code` declares field errors; `variant` names its `error` member.
    pub const fn field_errors(code: &'static str, variant: &'static str) -> Self {
        CodeDetails {
            code,
            details: "",
            variants: [variant, ""],
            description: "",
            members: &[],
        }
    }

    fn is_field_errors(&self) -> bool {
        self.details.is_empty()
    }
}

/// The typed details of a vocabulary's codes, for the schemas of its
/// bodies: implemented by the generated code enum.
pub trait DetailsSchemas {
    /// Each code whose details are typed, in registry order.
    const CODES: &'static [CodeDetails];
}

/// Which body a schema describes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Body {
    Error,
    Problem,
}

impl Body {
    fn index(self) -> usize {
        match self {
            Body::Error => 0,
            Body::Problem => 1,
        }
    }

    fn shared(self) -> (&'static str, &'static str) {
        crate::SHARED_SCHEMAS[self.index()]
    }

    /// The codes with a variant of their own in this body: in a problem
    /// document field errors are `invalid-params`, which any code may have.
    fn typed<V: DetailsSchemas>(self) -> impl Iterator<Item = &'static CodeDetails> {
        V::CODES
            .iter()
            .filter(move |c| self == Body::Error || !c.is_field_errors())
    }

    /// The discriminator's mapping: each listed code to its variant.
    fn mapping<V: Vocabulary + DetailsSchemas>(self, pointer: &str) -> Vec<(String, String)> {
        let other = self.shared().1;
        V::ALL
            .iter()
            .map(|code| {
                let name = self
                    .typed::<V>()
                    .find(|c| c.code == code.as_str())
                    .map_or(other, |c| c.variants[self.index()]);
                (code.as_str().to_owned(), format!("{pointer}{name}"))
            })
            .collect()
    }

    /// A pattern of every string but the typed codes: the fallback's code
    /// in utoipa, which cannot say `not` (schemars says `not`).
    #[cfg(feature = "utoipa")]
    fn other_codes<V: DetailsSchemas>(self) -> String {
        let codes: Vec<String> = self
            .typed::<V>()
            .map(|c| c.code.replace('.', "\\."))
            .collect();
        format!("^(?!(?:{})$)", codes.join("|"))
    }
}

/// A member's description: the registry's, then its `enum:` values.
fn member_text(member: &MemberSchema) -> Option<String> {
    let mut text = member.description.unwrap_or_default().to_owned();
    if !member.values.is_empty() {
        if !text.is_empty() {
            if !text.ends_with(['.', '!', '?']) {
                text.push('.');
            }
            text.push(' ');
        }
        let values: Vec<String> = member.values.iter().map(|v| format!("`{v}`")).collect();
        text.push_str(&format!(
            "Known values: {}; a value added later may come, and is to be kept.",
            values.join(", ")
        ));
    }
    (!text.is_empty()).then_some(text)
}

/// The descriptions of a problem document's members.
struct ProblemText {
    problem_type: String,
    title: &'static str,
    status: &'static str,
    detail: &'static str,
    instance: &'static str,
    invalid_params: &'static str,
    param_name: &'static str,
    param_reason: &'static str,
}

fn problem_text<V: Vocabulary>() -> ProblemText {
    ProblemText {
        problem_type: match V::DOCS_URL {
            Some(url) => {
                format!("The code's documentation: {url}#<code>. Identifies the problem type.")
            }
            None => "`about:blank`: the API publishes no docs page; `code` identifies the problem."
                .to_owned(),
        },
        title: "What the code means: the same for every occurrence of the code.",
        status: "The HTTP status of the response.",
        detail: "This occurrence, for people: may change, never parse it.",
        instance: "Identifies this occurrence.",
        invalid_params: "Field-level validation problems: one entry per problem with a field.",
        param_name: "The field (a dotted path for a nested one).",
        param_reason: "What is wrong with it.",
    }
}

/// The wire strings of every code, in registry order.
fn code_strings<V: Vocabulary>() -> impl Iterator<Item = &'static str> {
    V::ALL.iter().map(|code| code.as_str())
}

#[cfg(feature = "utoipa")]
mod utoipa;

#[cfg(feature = "schemars")]
mod schemars;

#[cfg(feature = "schemars")]
pub use self::schemars::{schemars_details, schemars_schema};
#[cfg(feature = "utoipa")]
pub use self::utoipa::{utoipa_details, utoipa_schema};
