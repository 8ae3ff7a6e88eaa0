//! What a generated crate gives the runtime: the [`Vocabulary`] trait its
//! code enum implements (and the capabilities [`Has`], [`HasDetails`] and
//! [`Metrics`]), the rows of its registry ([`Entry`], [`CategoryEntry`]),
//! the [`Roles`] its codes play and the [`Headers`] it names, and the fixed
//! keywords the registry describes codes with.
//!
//! Generated code builds every row with a `const fn` constructor and
//! setters, never with a struct literal: the rows are `#[non_exhaustive]`,
//! so a row can gain a field in a minor release.
//!
//! The runtime names no code and no header of any API: everything it needs
//! of one comes through this trait, as prost's runtime knows messages only
//! through `prost::Message`.

use core::fmt;
use core::hash::Hash;

/// An API's error codes: implemented by the code enum a generator made from
/// the API's registry (`ErrorCode` by default), never by hand.
///
/// The runtime is generic over it: [`Code<V>`](crate::Code),
/// `ErrorEnvelope<V>`, `axum::ApiError<V>` and the client read the registry
/// through these items. A generated crate also gives its enum the same API
/// as inherent `const fn`s (`ErrorCode::as_str`, …) through
/// [`vocabulary!`](crate::vocabulary).
///
/// It holds what every vocabulary has: its rows ([`Entry`],
/// [`CategoryEntry`]), the codes of its [`Roles`], its [`Headers`] and the
/// shape of its bodies. Every item is the generator's to name: none has a
/// default to override, and the provided methods only read the rows.
/// Capabilities an integration may need besides are traits of their own,
/// each implemented by generated code: [`Has`] (a code for a role),
/// [`HasDetails`] (typed `details`, feature `serde`) and [`Metrics`] (the
/// names of the error counter).
pub trait Vocabulary:
    Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + Send + Sync + 'static
{
    /// The enum of the registry's categories (`Category` by default).
    type Category: Copy + Eq + Ord + Hash + fmt::Debug + Send + Sync + 'static;

    /// The enum's name, as schemas name it (`ErrorCode`).
    const NAME: &'static str;

    /// Every code, in registry order.
    const ALL: &'static [Self];

    /// The registry's rows, indexed by [`Vocabulary::index`].
    const ENTRIES: &'static [Entry<Self>];

    /// The registry's categories, in registry order, indexed by
    /// [`Vocabulary::category_index`].
    const CATEGORIES: &'static [CategoryEntry];

    /// The codes that play the runtime's roles.
    const ROLES: Roles<Self>;

    /// The headers the runtime reads and writes.
    const HEADERS: Headers;

    /// The shape of the API's error response bodies (`envelope:` in the
    /// registry; [`Envelope::Nested`] when it does not say).
    const ENVELOPE: Envelope;

    /// The published docs page (`page.docs_url` in the registry), whose
    /// `#code` anchors are the codes' [`Vocabulary::doc_url`]s and, under
    /// [`Envelope::Rfc9457`], their problem `type` URIs, unless
    /// [`Vocabulary::DOCS_ANCHORS`] is `false`. `None` when the registry has
    /// none.
    const DOCS_URL: Option<&'static str>;

    /// Whether every code's docs URL is its anchor on [`Vocabulary::DOCS_URL`]
    /// (`DOCS_URL#code`), so that a code this build does not know has one
    /// too. `false` when the registry gives each code its own URL from a
    /// template (`page.code_docs_url`): only the codes it lists have one
    /// ([`Vocabulary::doc_url`]), and a code added later gets none rather
    /// than a made-up URL.
    const DOCS_ANCHORS: bool;

    /// The code's position in [`Vocabulary::ALL`] (`self as usize`).
    fn index(self) -> usize;

    /// The category's position in [`Vocabulary::CATEGORIES`]
    /// (`category as usize`).
    fn category_index(category: Self::Category) -> usize;

    /// The code whose wire string is exactly `code`.
    fn lookup(code: &str) -> Option<Self>;

    /// The code's row of the registry.
    fn entry(self) -> &'static Entry<Self> {
        &Self::ENTRIES[self.index()]
    }

    /// The row of the code's category: its [`CategoryEntry::name`] is what
    /// the `metrics` feature labels the code's responses with.
    fn category_entry(self) -> &'static CategoryEntry {
        &Self::CATEGORIES[Self::category_index(self.entry().category)]
    }

    crate::__code_accessors!(trait);
}

/// A vocabulary whose codes may declare typed `details` (`details:` in the
/// registry): what [`ErrorBody::typed_details`](crate::ErrorBody::typed_details)
/// and the client's `typed_details` need. Generated code implements it for
/// every code enum (a registry that declares no details has a `Details`
/// enum without variants).
///
/// Which members a problem document carries at its top level is data of
/// each code's row ([`Entry::detail_members`]), not of this trait: writing
/// and reading problem documents needs no typed details.
#[cfg(feature = "serde")]
pub trait HasDetails: Vocabulary {
    /// The typed `error.details` of the codes that declare them: the
    /// generated `details::Details`, one variant per such code.
    type Details: Clone + PartialEq + fmt::Debug + Send + Sync + 'static;

    /// `details` (an object) read as the details this code declares:
    /// `Ok(None)` for a code that declares none, an error when `details`
    /// does not have the declared members and types.
    fn parse_details(
        self,
        details: &serde_json::Value,
    ) -> Result<Option<Self::Details>, serde_json::Error>;
}

/// A vocabulary whose error responses the `metrics` feature counts: the
/// names of the counter and of its labels (`metrics:` in the project's
/// configuration). Generated code implements it for every code enum; the
/// label values are each code's wire string and its category's
/// [`CategoryEntry::name`].
pub trait Metrics: Vocabulary {
    /// The names of the counter of error responses and of its labels.
    const METRICS: MetricNames;
}

/// The accessors of a code, each a field of its [`Entry`]: one list, which
/// both the [`Vocabulary`] trait's provided methods and the inherent
/// `const fn`s [`vocabulary!`](crate::vocabulary) gives a code enum expand
/// (stable Rust has no `const` trait methods, so both exist). `names` gives
/// the list's names. Not part of the API.
#[doc(hidden)]
#[macro_export]
macro_rules! __code_accessors {
    (@expand trait $($(#[$doc:meta])* $name:ident: $field:ident -> $ty:ty;)*) => {
        $(
            $(#[$doc])*
            fn $name(self) -> $ty {
                self.entry().$field
            }
        )*
    };
    (@expand inherent $($(#[$doc:meta])* $name:ident: $field:ident -> $ty:ty;)*) => {
        $(
            $(#[$doc])*
            pub const fn $name(self) -> $ty {
                <Self as $crate::Vocabulary>::ENTRIES[self as usize].$field
            }
        )*
    };
    (@expand names $($(#[$doc:meta])* $name:ident: $field:ident -> $ty:ty;)*) => {
        &[$(::core::stringify!($name)),*]
    };
    ($mode:ident) => {
        $crate::__code_accessors! {
            @expand $mode
            /// The code as sent on the wire, e.g. `"internal_error"`.
            as_str: code -> &'static str;
            /// The HTTP status that carries this code. For codes whose
            /// category's status kind is `Reported`, the status describes
            /// something else (a webhook delivery), not the response.
            http_status: status -> u16;
            /// What the code means, as the docs page says it.
            meaning: meaning -> ::core::option::Option<&'static str>;
            /// Whether, and how, repeating the failed request may succeed.
            retry: retry -> $crate::Retry;
            /// The typed shape of `error.details`, for codes that have one.
            details_shape: details -> ::core::option::Option<$crate::DetailsShape>;
            /// The deprecation, for codes that are deprecated. Deprecated
            /// codes still parse: servers may still send them.
            deprecation: deprecated -> ::core::option::Option<$crate::Deprecation<Self>>;
            /// The URL of this code's row in the published docs.
            doc_url: doc_url -> ::core::option::Option<&'static str>;
            /// What this code's HTTP status describes (its category's).
            status_kind: status_kind -> $crate::StatusKind;
            /// The members this code's details declare (`details:` a
            /// mapping in the registry), as the API sends them, in registry
            /// order, that a problem document carries at its top level: all
            /// of them, except, in a registry with another envelope, one
            /// named as a member of the problem document itself
            /// (`Envelope::PROBLEM_MEMBERS`, refused under
            /// `envelope: rfc9457`), which stays under `details`. Empty for
            /// a code that declares no members or a shape (`field_errors`).
            detail_members: detail_members -> &'static [&'static str];
            /// The values of the body layout's per-code members
            /// (`BodyLayout::per_code`), each as JSON text, in that order:
            /// what every body of this code carries there. Empty without
            /// a layout or per-code members.
            body_values: body_values -> &'static [&'static str];
        }
    };
}

mod body;
mod keywords;
mod roles;
mod rows;

pub use body::{BodyLayout, Envelope};
pub use keywords::{DetailsShape, Retry, StatusKind};
pub use roles::{Has, Role, Roles, role};
pub use rows::{CategoryEntry, Deprecation, Entry, Headers, MetricNames};
