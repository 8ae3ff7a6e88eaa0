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
    /// [`Envelope::Rfc9457`], their problem `type` URIs. `None` when the
    /// registry has none.
    const DOCS_URL: Option<&'static str>;

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
        }
    };
}

/// The names of the counter the `metrics` feature counts error responses
/// in, and of its labels: Prometheus' spelling of OpenTelemetry's semantic
/// conventions by default (`error.type` is `error_type`;
/// `http.response.status_code` is `http_response_status_code`). The code's
/// label is not `code`, which Prometheus' own HTTP instrumentation uses for
/// the status. A project names its own in `metrics:` of its configuration.
///
/// `#[non_exhaustive]`: start from [`MetricNames::DEFAULT`] and name what
/// differs with the `const fn` setters.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub struct MetricNames {
    /// The counter (`error_responses_total`).
    pub counter: &'static str,
    /// The label of the code (`error_type`).
    pub error_type: &'static str,
    /// The label of the response's HTTP status (`http_response_status_code`).
    pub status: &'static str,
    /// The label of the code's category (`error_category`).
    pub category: &'static str,
}

impl MetricNames {
    /// The names a configuration that names none gets.
    pub const DEFAULT: MetricNames = MetricNames {
        counter: "error_responses_total",
        error_type: "error_type",
        status: "http_response_status_code",
        category: "error_category",
    };

    /// The label value of a code or category outside the registry
    /// (OpenTelemetry's fallback value of `error.type`): what a response
    /// passing on an upstream's unknown code is counted under.
    pub const OTHER: &'static str = "_OTHER";

    /// With the counter named `name`.
    #[must_use]
    pub const fn counter(mut self, name: &'static str) -> Self {
        self.counter = name;
        self
    }

    /// With the code's label named `name`.
    #[must_use]
    pub const fn error_type(mut self, name: &'static str) -> Self {
        self.error_type = name;
        self
    }

    /// With the status's label named `name`.
    #[must_use]
    pub const fn status(mut self, name: &'static str) -> Self {
        self.status = name;
        self
    }

    /// With the category's label named `name`.
    #[must_use]
    pub const fn category(mut self, name: &'static str) -> Self {
        self.category = name;
        self
    }
}

/// One row of a registry.
///
/// `#[non_exhaustive]`, so that a row can gain a field in a minor release:
/// build one with [`Entry::new`] and the `const fn` setters (what generated
/// code does), and read its fields.
#[derive(Debug)]
#[non_exhaustive]
pub struct Entry<V: Vocabulary> {
    /// The wire string.
    pub code: &'static str,
    /// The HTTP status.
    pub status: u16,
    /// What the code means.
    pub meaning: Option<&'static str>,
    /// The category it is listed under.
    pub category: V::Category,
    /// Its category's status kind.
    pub status_kind: StatusKind,
    /// Its retry advice: the code's own, else its category's, else
    /// [`Retry::Never`] (the generator's default; a status alone says nothing
    /// about a registry's code).
    pub retry: Retry,
    /// The typed shape of its `details`.
    pub details: Option<DetailsShape>,
    /// Its deprecation.
    pub deprecated: Option<Deprecation<V>>,
    /// Its row on the published docs page.
    pub doc_url: Option<&'static str>,
    /// The members its details declare that a problem document carries at
    /// its top level ([`Vocabulary::detail_members`]).
    pub detail_members: &'static [&'static str],
}

impl<V: Vocabulary> Entry<V> {
    /// The row of `code`, sent with `status`, listed under `category`: with
    /// no meaning, a [`StatusKind::Response`] status, [`Retry::Never`], no
    /// details, no deprecation, no docs URL and no declared members until a
    /// setter says otherwise.
    pub const fn new(code: &'static str, status: u16, category: V::Category) -> Self {
        Entry {
            code,
            status,
            meaning: None,
            category,
            status_kind: StatusKind::Response,
            retry: Retry::Never,
            details: None,
            deprecated: None,
            doc_url: None,
            detail_members: &[],
        }
    }

    /// With what the code means.
    #[must_use]
    pub const fn meaning(mut self, meaning: &'static str) -> Self {
        self.meaning = Some(meaning);
        self
    }

    /// With its category's status kind.
    #[must_use]
    pub const fn status_kind(mut self, status_kind: StatusKind) -> Self {
        self.status_kind = status_kind;
        self
    }

    /// With its retry advice.
    #[must_use]
    pub const fn retry(mut self, retry: Retry) -> Self {
        self.retry = retry;
        self
    }

    /// With the typed shape of its `details`.
    #[must_use]
    pub const fn details(mut self, shape: DetailsShape) -> Self {
        self.details = Some(shape);
        self
    }

    /// Deprecated.
    #[must_use]
    pub const fn deprecated(mut self, deprecation: Deprecation<V>) -> Self {
        self.deprecated = Some(deprecation);
        self
    }

    /// With its row on the published docs page.
    #[must_use]
    pub const fn doc_url(mut self, url: &'static str) -> Self {
        self.doc_url = Some(url);
        self
    }

    /// With the members its details declare that a problem document
    /// carries at its top level.
    #[must_use]
    pub const fn detail_members(mut self, members: &'static [&'static str]) -> Self {
        self.detail_members = members;
        self
    }
}

/// One category of a registry.
///
/// `#[non_exhaustive]`: build one with [`CategoryEntry::new`] and the
/// `const fn` setters.
#[derive(Debug)]
#[non_exhaustive]
pub struct CategoryEntry {
    /// Its name in data and metrics (the category's `name` in the registry,
    /// `AuthenticationAuthorization`): the value of the `metrics` feature's
    /// category label.
    pub name: &'static str,
    /// The heading of its table on the docs page.
    pub title: &'static str,
    /// Its codes are `ALL[first..first + len]` (registry order).
    pub first: usize,
    /// How many codes it has.
    pub len: usize,
    /// What its codes' statuses describe.
    pub status_kind: StatusKind,
}

impl CategoryEntry {
    /// The category `name`, headed `title` on the docs page, whose codes
    /// are `ALL[first..first + len]`, with [`StatusKind::Response`]
    /// statuses until [`CategoryEntry::status_kind`] says otherwise.
    pub const fn new(name: &'static str, title: &'static str, first: usize, len: usize) -> Self {
        CategoryEntry {
            name,
            title,
            first,
            len,
            status_kind: StatusKind::Response,
        }
    }

    /// With what its codes' statuses describe.
    #[must_use]
    pub const fn status_kind(mut self, status_kind: StatusKind) -> Self {
        self.status_kind = status_kind;
        self
    }
}

/// Declares the runtime's roles once: the [`Role`] enum with its registry
/// spelling, the [`Roles`] table a vocabulary fills, and one marker type per
/// role for [`Has`].
macro_rules! roles {
    ($(
        $(#[$meta:meta])*
        $variant:ident($field:ident);
    )*) => {
        /// A failure the runtime answers by itself, for which a registry
        /// names the code to send (`roles:` in the registry; a role left out
        /// is played by the code of the same name, when there is one).
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
        #[non_exhaustive]
        pub enum Role {
            $($(#[$meta])* $variant,)*
        }

        impl Role {
            /// Every role, in the order `docs/guides/registry.md` documents them.
            pub const ALL: &'static [Role] = &[$(Role::$variant),*];

            /// How the registry spells it (`roles: {internal_error: …}`).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Role::$variant => stringify!($field),)*
                }
            }
        }

        /// The code of each role, `None` for a role the registry assigns no
        /// code. Indexed by [`Role`] with [`Roles::get`].
        ///
        /// `#[non_exhaustive]`, so that a role can be added in a minor
        /// release: build one with [`Roles::new`] and a `const fn` setter
        /// per role.
        #[derive(Debug)]
        #[non_exhaustive]
        pub struct Roles<V: 'static> {
            $($(#[$meta])* pub $field: Option<V>,)*
        }

        impl<V: Copy> Roles<V> {
            /// No code for any role.
            pub const fn new() -> Self {
                Roles {
                    $($field: None,)*
                }
            }

            /// The code that plays `role`, if any.
            pub const fn get(&self, role: Role) -> Option<V> {
                match role {
                    $(Role::$variant => self.$field,)*
                }
            }

            $(
                #[doc = ::core::concat!("With `code` playing `", ::core::stringify!($field), "`.")]
                #[must_use]
                pub const fn $field(mut self, code: V) -> Self {
                    self.$field = Some(code);
                    self
                }
            )*
        }

        impl<V: Copy> Default for Roles<V> {
            fn default() -> Self {
                Roles::new()
            }
        }

        /// One marker type per [`Role`], for [`Has`].
        pub mod role {
            /// A marker type naming a [`Role`](super::Role).
            pub trait Marker {
                /// The role it names.
                const ROLE: super::Role;
            }
            $(
                $(#[$meta])*
                #[derive(Debug)]
                pub enum $variant {}
                impl Marker for $variant {
                    const ROLE: super::Role = super::Role::$variant;
                }
            )*
        }
    };
}

roles! {
    /// `internal_error`: a failure of the server (a handler's `?` on any
    /// error, a panic, a 5xx without a code).
    InternalError(internal_error);
    /// `invalid_request`: a request the framework could not read (malformed
    /// JSON, a bad path or query).
    InvalidRequest(invalid_request);
    /// `validation_error`: well-formed input with ill-typed or invalid
    /// fields; its `details` are field errors.
    ValidationError(validation_error);
    /// `route_not_found`: no route matches the path.
    RouteNotFound(route_not_found);
    /// `method_not_allowed`: the route has no handler for the method.
    MethodNotAllowed(method_not_allowed);
    /// `request_timeout`: the request took too long.
    RequestTimeout(request_timeout);
    /// `payload_too_large`: the body is over the limit.
    PayloadTooLarge(payload_too_large);
    /// `unsupported_media_type`: the body's content type is not accepted.
    UnsupportedMediaType(unsupported_media_type);
}

/// A vocabulary whose registry assigns a code to the role `R`: what an
/// integration that must answer with that role requires at compile time.
/// Generated for each role the registry assigns, never by hand.
#[diagnostic::on_unimplemented(
    message = "the registry of `{Self}` assigns no code to the role `{R}`",
    label = "this needs a code for the role `{R}`",
    note = "add `roles: {{<role>: <code>}}` to the registry (or a code named after the role) and regenerate"
)]
pub trait Has<R: role::Marker>: Vocabulary {
    /// The code that plays the role.
    const CODE: Self;
}

/// The registry's names of the headers the runtime reads and writes, in
/// lower case (HTTP field names are case-insensitive).
///
/// `#[non_exhaustive]`: build one with [`Headers::new`] and the `const fn`
/// setters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Headers {
    /// The header that carries the request id (`request_id_header` in the
    /// registry's `roles:`; `x-request-id` by default).
    pub request_id: &'static str,
    /// The header with the number of requests allowed in the window.
    pub rate_limit_limit: Option<&'static str>,
    /// The header with the number of requests left in the window.
    pub rate_limit_remaining: Option<&'static str>,
    /// The header with the window's reset.
    pub rate_limit_reset: Option<&'static str>,
}

impl Headers {
    /// The request id in `request_id`, and no rate-limit headers.
    pub const fn new(request_id: &'static str) -> Self {
        Headers {
            request_id,
            rate_limit_limit: None,
            rate_limit_remaining: None,
            rate_limit_reset: None,
        }
    }

    /// With the header of the number of requests allowed in the window.
    #[must_use]
    pub const fn rate_limit_limit(mut self, name: &'static str) -> Self {
        self.rate_limit_limit = Some(name);
        self
    }

    /// With the header of the number of requests left in the window.
    #[must_use]
    pub const fn rate_limit_remaining(mut self, name: &'static str) -> Self {
        self.rate_limit_remaining = Some(name);
        self
    }

    /// With the header of the window's reset.
    #[must_use]
    pub const fn rate_limit_reset(mut self, name: &'static str) -> Self {
        self.rate_limit_reset = Some(name);
        self
    }
}

/// The shape of an API's error response bodies: what the axum integration
/// writes and the schemas describe. Clients read both (see
/// [`ErrorBody::from_json`](crate::ErrorBody::from_json)).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Envelope {
    /// `{"error": {"code", "message", "details", "request_id", "doc_url"}}`,
    /// sent as `application/json`: [`ErrorEnvelope`](crate::ErrorEnvelope).
    Nested,
    /// RFC 9457 problem details, sent as `application/problem+json`: `type`
    /// (the code's docs URL, or `about:blank` for a registry without
    /// `docs_url`), `title` (the code's meaning), `status`, `detail` (the
    /// message) and the extension members `code`, `request_id` and, for field
    /// errors, `invalid-params`: [`ProblemDetails`](crate::ProblemDetails).
    Rfc9457,
    /// A body of the API's own layout (`envelope:` as a mapping in the
    /// registry), sent as `application/json`: exactly the members the
    /// [`BodyLayout`] maps, and no other.
    Layout(&'static BodyLayout),
}

/// Where each member of an error body goes, for an API whose registry gives
/// its own layout (`envelope: {root: error, code: status, ...}`;
/// `docs/guides/body-layouts.md`). Each member is a path of member names
/// joined by `.` (`a.b` is the member `b` of the object `a`), relative to
/// [`BodyLayout::root`]; `None` leaves the field out of the body.
///
/// The generator checks a layout before naming it (a code member, no two
/// fields at one member, no member inside another's value); the runtime
/// writes what it is given.
///
/// `#[non_exhaustive]`: build one with [`BodyLayout::new`] and the
/// `const fn` setters.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub struct BodyLayout {
    /// The object that holds the error (`error`); `None`: the body itself.
    pub root: Option<&'static str>,
    /// Where the code goes.
    pub code: &'static str,
    /// Where the HTTP status goes, as a number.
    pub status: Option<&'static str>,
    /// Where the message goes.
    pub message: Option<&'static str>,
    /// Where the request id goes; `None`: only in the request-id header.
    pub request_id: Option<&'static str>,
    /// Where the code's docs URL goes.
    pub doc_url: Option<&'static str>,
    /// Where `details` go.
    pub details: Option<&'static str>,
}

impl BodyLayout {
    /// The nested envelope's layout: what a key the registry leaves out
    /// keeps.
    pub const NESTED: BodyLayout = BodyLayout::new("code")
        .root("error")
        .message("message")
        .request_id("request_id")
        .doc_url("doc_url")
        .details("details");

    /// The body itself holds the code at `code`, and nothing else until a
    /// setter maps another field.
    pub const fn new(code: &'static str) -> Self {
        BodyLayout {
            root: None,
            code,
            status: None,
            message: None,
            request_id: None,
            doc_url: None,
            details: None,
        }
    }

    /// With the object that holds the error at `root`.
    #[must_use]
    pub const fn root(mut self, root: &'static str) -> Self {
        self.root = Some(root);
        self
    }

    /// With the HTTP status, as a number, at `path`.
    #[must_use]
    pub const fn status(mut self, path: &'static str) -> Self {
        self.status = Some(path);
        self
    }

    /// With the message at `path`.
    #[must_use]
    pub const fn message(mut self, path: &'static str) -> Self {
        self.message = Some(path);
        self
    }

    /// With the request id at `path`.
    #[must_use]
    pub const fn request_id(mut self, path: &'static str) -> Self {
        self.request_id = Some(path);
        self
    }

    /// With the code's docs URL at `path`.
    #[must_use]
    pub const fn doc_url(mut self, path: &'static str) -> Self {
        self.doc_url = Some(path);
        self
    }

    /// With `details` at `path`.
    #[must_use]
    pub const fn details(mut self, path: &'static str) -> Self {
        self.details = Some(path);
        self
    }
}

impl Envelope {
    /// The problem `type` under [`Envelope::Rfc9457`] for a registry
    /// without `docs_url` (RFC 9457, section 4.2.1): the `code` member then
    /// says which code it is.
    pub const ABOUT_BLANK: &'static str = "about:blank";

    /// The extension member of a problem document that carries field
    /// errors, named as in RFC 9457's own example.
    pub const INVALID_PARAMS: &'static str = "invalid-params";

    /// The members RFC 9457 defines (section 3.1): one of them beside
    /// `code` makes an object a problem document.
    pub const RFC9457_MEMBERS: &'static [&'static str] =
        &["type", "title", "status", "detail", "instance"];

    /// This runtime's extension members of a problem document.
    pub const EXTENSION_MEMBERS: &'static [&'static str] =
        &["code", "request_id", Envelope::INVALID_PARAMS, "details"];

    /// The members a problem document holds itself: those RFC 9457 defines
    /// ([`Envelope::RFC9457_MEMBERS`]), then this runtime's extension
    /// members ([`Envelope::EXTENSION_MEMBERS`]). A code's declared
    /// details members are top-level members beside them, so an
    /// `envelope: rfc9457` registry may not declare one of these names.
    pub const PROBLEM_MEMBERS: &'static [&'static str] =
        &concat::<{ Envelope::RFC9457_MEMBERS.len() + Envelope::EXTENSION_MEMBERS.len() }>(
            Envelope::RFC9457_MEMBERS,
            Envelope::EXTENSION_MEMBERS,
        );

    /// How the registry spells it (`envelope: rfc9457`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Envelope::Nested => "nested",
            Envelope::Rfc9457 => "rfc9457",
            Envelope::Layout(_) => "layout",
        }
    }

    /// The `Content-Type` of a body in this shape.
    pub const fn media_type(self) -> &'static str {
        match self {
            Envelope::Nested | Envelope::Layout(_) => "application/json",
            Envelope::Rfc9457 => "application/problem+json",
        }
    }
}

/// Whether repeating a failed request may succeed.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Retry {
    /// Not without changing the request, the caller's permissions or the resource.
    Never,
    /// Yes, after a delay: honour `Retry-After` when the response has one,
    /// otherwise back off.
    AfterDelay,
    /// Yes, after re-reading the resource and reapplying the change
    /// (optimistic concurrency).
    AfterReread,
}

impl Retry {
    /// Whether any retry may succeed.
    pub const fn is_retryable(self) -> bool {
        !matches!(self, Retry::Never)
    }

    /// The statuses HTTP itself calls transient: the only ones a status
    /// alone says to retry (after a delay).
    pub const RETRYABLE_STATUSES: &'static [u16] = &[408, 429, 502, 503, 504];

    /// What a status alone says about retrying, for codes the registry does
    /// not describe. Only [`Retry::RETRYABLE_STATUSES`] are retried; a 409
    /// is not, since re-reading only helps when the code says the conflict
    /// is a concurrent modification.
    pub const fn for_status(status: u16) -> Retry {
        let mut i = 0;
        while i < Self::RETRYABLE_STATUSES.len() {
            if Self::RETRYABLE_STATUSES[i] == status {
                return Retry::AfterDelay;
            }
            i += 1;
        }
        Retry::Never
    }
}

/// What the HTTP status of a code describes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum StatusKind {
    /// The status of the API's own response carrying the code.
    Response,
    /// A status *reported* about something else, such as a webhook delivery
    /// attempt; the docs page heads its column "HTTP (reported)".
    Reported,
}

/// A typed shape of `details`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum DetailsShape {
    /// `details.fields`: field name → list of problems with that field.
    FieldErrors,
}

/// Why and since when a code is deprecated. Deprecated codes still parse:
/// servers may still send them.
///
/// `#[non_exhaustive]`: build one with [`Deprecation::new`] and the
/// `const fn` setters.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub struct Deprecation<V: 'static> {
    /// The version or date since which the code is deprecated.
    pub since: &'static str,
    /// The date (ISO 8601, `YYYY-MM-DD`) from which the code may be
    /// removed, when the registry promises one.
    pub sunset: Option<&'static str>,
    /// The code to send instead, if there is one.
    pub use_instead: Option<V>,
    /// More explanation, if any.
    pub note: Option<&'static str>,
}

impl<V: Copy> Deprecation<V> {
    /// Deprecated since `since` (a version or a date), with no sunset, no
    /// replacement and no note until a setter gives one.
    pub const fn new(since: &'static str) -> Self {
        Deprecation {
            since,
            sunset: None,
            use_instead: None,
            note: None,
        }
    }

    /// With the date (`YYYY-MM-DD`) from which the code may be removed.
    #[must_use]
    pub const fn sunset(mut self, date: &'static str) -> Self {
        self.sunset = Some(date);
        self
    }

    /// With the code to send instead.
    #[must_use]
    pub const fn use_instead(mut self, code: V) -> Self {
        self.use_instead = Some(code);
        self
    }

    /// With more explanation.
    #[must_use]
    pub const fn note(mut self, note: &'static str) -> Self {
        self.note = Some(note);
        self
    }
}

/// `a` then `b`, as one array of `N` (their lengths' sum) names.
const fn concat<const N: usize>(a: &[&'static str], b: &[&'static str]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = if i < a.len() { a[i] } else { b[i - a.len()] };
        i += 1;
    }
    out
}
