//! The JSON Schema of an API's error bodies and codes, as one value
//! (cargo feature `schema`; `utoipa` and `schemars` turn it on, and so does
//! the generator).
//!
//! One [`Description`] of the bodies (their [`Shape`](crate::wire::Shape),
//! the codes, each code's typed details, the schema names) gives one set of
//! named schemas, [`definitions`], as `serde_json::Value`s: schemars'
//! model, where a schema is a JSON value. Everything that describes a body
//! reads them:
//!
//! - the generator writes them into its JSON Schema (`$defs`) and OpenAPI
//!   document (`components.schemas`), from the description it makes of its
//!   registry model;
//! - the `schemars` integration (`schemars::JsonSchema` for the code enum,
//!   [`Code`](crate::Code), the body types and the typed details) hands
//!   them to schemars as they are;
//! - the `utoipa` integration (`utoipa::ToSchema`) converts them into
//!   utoipa's OpenAPI types. utoipa's model cannot say `not`: the one
//!   approximation is the variant of the codes whose details are not
//!   typed, whose `code` is "none of the typed codes" (`not: {enum: […]}`)
//!   in JSON Schema and a `pattern` that matches every string but those
//!   codes in utoipa's schemas ([`utoipa_approximation`]); and, for
//!   Google's body, utoipa's arrays cannot say `contains`, which is left
//!   out.
//!
//! A generated crate holds its description as a `const` (the code enum's
//! [`DescribeSchemas`]), written by the generator from the same value it
//! builds its documents from. So the schemas a service generates from code
//! are the generator's documents' schemas, under the same names.

mod build;
mod describe;
mod google;
mod layout;
mod member;
mod members;
#[cfg(feature = "schemars")]
mod schemars;
#[cfg(feature = "utoipa")]
mod utoipa;

pub use build::{definitions, field_errors, open_objects, root};
pub use describe::{
    CodeDetails, CodeSchema, DescribeSchemas, Description, Dialect, MemberKind, MemberSchema, Text,
};
pub use member::code_span;
pub use members::code_member;
#[cfg(feature = "schemars")]
pub use schemars::schemars_definitions;
#[cfg(feature = "schemars")]
#[doc(hidden)]
pub use schemars::schemars_named;
#[cfg(feature = "utoipa")]
#[doc(hidden)]
pub use utoipa::utoipa_named;
#[cfg(feature = "utoipa")]
pub use utoipa::{utoipa_approximation, utoipa_schema};

/// The schema names every document may hold whatever the registry says:
/// no configured name and no code's schema may take one. A code's own
/// schemas are named from its variant of the code enum ([`details`](names::details),
/// [`variant`](names::variant)).
pub mod names {
    /// The nested envelope.
    pub const ENVELOPE: &str = "ErrorEnvelope";
    /// The nested envelope's `error` member.
    pub const ERROR: &str = "Error";
    /// An RFC 9457 problem document.
    pub const PROBLEM: &str = "ProblemDetails";
    /// A body of the API's own layout.
    pub const LAYOUT: &str = "ErrorBody";
    /// The members of every body of the API's own layout, whatever its
    /// code: what each code's variant extends, when the layout has
    /// per-code members (each code's variant states their values).
    pub const LAYOUT_MEMBERS: &str = "ErrorBodyMembers";
    /// The details of field errors (`details: field_errors`).
    pub const FIELD_ERRORS: &str = "FieldErrorsDetails";
    /// The detail messages of Google's body (`envelope: google`): its
    /// `ErrorInfo`, `RetryInfo`, `Help` and `BadRequest`.
    pub const GOOGLE_DETAILS: [&str; 4] = [
        "GoogleErrorInfo",
        "GoogleRetryInfo",
        "GoogleHelp",
        "GoogleBadRequest",
    ];
    /// What a code's details schema's name ends with.
    pub const DETAILS_SUFFIX: &str = "Details";

    /// The schema of the members the code of enum variant `variant`
    /// declares (`InsufficientFundsDetails`).
    pub fn details(variant: &str) -> String {
        format!("{variant}{DETAILS_SUFFIX}")
    }

    /// The schema of the body of `body` of the code of enum variant
    /// `variant`, a variant of the body's `oneOf`
    /// (`InsufficientFundsError`, `InsufficientFundsProblem`).
    pub fn variant(variant: &str, body: Body) -> String {
        format!("{variant}{}", body.suffix())
    }

    /// A body whose codes' details may be typed, each code a variant of
    /// its schema.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Body {
        /// The nested envelope's `error` member.
        Error,
        /// An RFC 9457 problem document.
        Problem,
    }

    impl Body {
        /// What [`variant`] appends to a code's variant.
        pub const fn suffix(self) -> &'static str {
            match self {
                Body::Error => "Error",
                Body::Problem => "Problem",
            }
        }

        /// The members every body of this kind has, whatever its code (the
        /// schema the variants extend), and the variant of every code
        /// without typed details and of every code added later. Neither
        /// ends with a [`variant`] suffix or [`DETAILS_SUFFIX`].
        pub const fn shared(self) -> (&'static str, &'static str) {
            match self {
                Body::Error => ("ErrorMembers", "ErrorOfOtherCode"),
                Body::Problem => ("ProblemMembers", "ProblemOfOtherCode"),
            }
        }
    }
}
