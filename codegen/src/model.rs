//! Stage 3: the validated registry. Every emitter reads only this.
//!
//! Values here are known to be well-formed: codes follow the registry's
//! [`CodeStyle`] and are unique, Rust names do not collide, statuses are 400–599 (or a 2xx
//! in a layout with an error marker), and so on (see `validate`). Emitters can rely on that
//! and stay simple.

mod member_objects;
mod reader_keys;

pub(crate) use member_objects::MemberGroup;

use crate::date::Date;
use crate::diagnostic::Location;

mod items;
mod layout;

pub use layout::BodyLayout;

pub(crate) use error_codes_runtime::GrpcCode;
pub use error_codes_runtime::Role;

/// Defines a registry keyword once, as http's `status_codes!` defines each
/// status once: the enum, its wire spelling (what the YAML and every output
/// write) and its human wording. `as_str`, `wording` and `from_wire` are
/// exhaustive matches, so a new variant cannot lack either.
macro_rules! keywords {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident = $wire:literal, $human:literal;
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)*
        }

        impl $name {
            /// Every value, in the order `docs/guides/registry.md` documents them.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// `(wire spelling, value)`, in the order of [`Self::ALL`].
            pub const VALUES: &'static [(&'static str, $name)] = &[$(($wire, $name::$variant)),*];

            /// How the registry and every output spell it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $wire,)*
                }
            }

            /// What it means, for people.
            pub const fn wording(self) -> &'static str {
                match self {
                    $($name::$variant => $human,)*
                }
            }

            /// The value the registry spells `text`, if any.
            pub fn from_wire(text: &str) -> Option<Self> {
                match text {
                    $($wire => Some($name::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Registry {
    pub page: Page,
    pub headers: Vec<Header>,
    pub categories: Vec<Category>,
    /// The codes and headers that play the runtime's roles.
    pub roles: Roles,
    /// The shape of every error response body (`envelope:`; `nested` when
    /// the registry does not say).
    pub envelope: Envelope,
    /// How every code is spelled (`code_style:`; `snake_case` when the
    /// registry does not say).
    pub code_style: CodeStyle,
    /// Where each member of an error body goes, when `envelope:` is a
    /// mapping ([`Envelope::Layout`]); `None` for the other shapes.
    pub body: Option<BodyLayout>,
    /// Codes any operation may answer with (`common_codes:`), in registry
    /// order; empty when the registry does not say.
    pub common_codes: Vec<String>,
    /// The API's operations (`operations:`), as listed; empty when the
    /// registry lists none.
    pub operations: Vec<Operation>,
    /// The gRPC face (`grpc:`): `None` when the registry does not turn it
    /// on; then no code has a [`Code::grpc`].
    pub grpc: Option<Grpc>,
    /// The fingerprint (FNV-1a, 64 bits, CRLF read as LF) of the text this
    /// registry was read from: the pregenerated source records it, so the `error-codes` build
    /// notices a registry edited without regenerating.
    pub fingerprint: String,
}

impl Registry {
    /// Every code with its category, in registry order.
    pub fn codes(&self) -> impl Iterator<Item = (&Category, &Code)> {
        self.categories
            .iter()
            .flat_map(|category| category.codes.iter().map(move |code| (category, code)))
    }

    pub fn code(&self, name: &str) -> Option<(&Category, &Code)> {
        self.codes().find(|(_, code)| code.code == name)
    }

    pub fn code_count(&self) -> usize {
        self.categories.iter().map(|c| c.codes.len()).sum()
    }

    /// The details shapes some code declares, in `DetailsShape::ALL` order.
    pub fn used_shapes(&self) -> Vec<DetailsShape> {
        DetailsShape::ALL
            .iter()
            .copied()
            .filter(|shape| self.codes().any(|(_, c)| c.details == Some(*shape)))
            .collect()
    }

    /// **An operation's codes**: those it lists, the common codes, and the
    /// codes of the [`Operation::ROLES`] the registry assigns, each once, in
    /// registry order. Every output means this set by "the operation's codes".
    pub fn operation_codes(&self, operation: &Operation) -> Vec<&Code> {
        self.codes()
            .map(|(_, code)| code)
            .filter(|code| {
                operation.codes.contains(&code.code) || self.is_in_every_operation(&code.code)
            })
            .collect()
    }

    /// Whether every operation has `code` without listing it: a common
    /// code, or the code of one of the [`Operation::ROLES`].
    pub fn is_in_every_operation(&self, code: &str) -> bool {
        self.common_codes.iter().any(|c| c == code)
            || Operation::ROLES
                .iter()
                .any(|role| self.roles.code(*role) == Some(code))
    }

    /// The operations whose codes include `code` (see
    /// [`Registry::operation_codes`]), in registry order.
    pub fn operations_of(&self, code: &str) -> Vec<&Operation> {
        let everywhere = self.is_in_every_operation(code);
        self.operations
            .iter()
            .filter(|op| everywhere || op.codes.iter().any(|c| c == code))
            .collect()
    }

    /// The documentation URL of a code: the `code_docs_url` template
    /// filled with the code, else the page URL with the code's anchor.
    pub fn doc_url(&self, code: &Code) -> Option<String> {
        match &self.page.code_docs_url {
            Some(template) => crate::doc_url::fill(template, &code.code),
            None => self
                .page
                .docs_url
                .as_ref()
                .map(|base| format!("{base}#{}", code.anchor())),
        }
    }

    /// What every code's docs URL is made from, as one template:
    /// `page.code_docs_url`, else the code's anchor on the docs page
    /// (`docs_url#{code}`); `None` with neither. `diff` and the stability
    /// lock compare it: when it changes, the docs URL every body carries
    /// (`doc_url`, an RFC 9457 `type`) changes.
    pub(crate) fn doc_url_template(&self) -> Option<String> {
        self.page.code_docs_url.clone().or_else(|| {
            self.page
                .docs_url
                .as_ref()
                .map(|base| format!("{base}#{{code}}"))
        })
    }

    /// Whether every code's docs URL is its anchor on the docs page
    /// (`docs_url#code`), so that a code a build does not know has one
    /// too: not with a `code_docs_url` template, which only the codes the
    /// registry lists are filled into.
    pub fn docs_anchors(&self) -> bool {
        self.page.code_docs_url.is_none()
    }

    /// The headers a client reads from an error response besides its
    /// body ([`Roles::read_headers`]), and the layout's code header
    /// (`code_header:`) when it has one: what a cross-origin response
    /// exposes to a browser's script.
    pub fn read_headers(&self) -> Vec<&str> {
        let mut names = self.roles.read_headers();
        names.extend(self.body.as_ref().and_then(|b| b.code_header.as_deref()));
        names
    }
}

/// The codes that play the runtime's [`Role`]s and the headers it reads
/// and writes, resolved: `roles:` in the registry, else the code or header
/// of the role's default name when the registry has one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Roles {
    /// `(role, code)` for each role a code plays, in [`Role::ALL`] order.
    pub codes: Vec<(Role, String)>,
    /// The header that carries the request id, as the registry writes it.
    pub request_id_header: String,
    /// The rate-limit headers, each when the registry has one.
    pub rate_limit: [Option<String>; 3],
}

impl Roles {
    /// HTTP's own retry header, which the runtime sends and every client
    /// reads whatever the registry's headers are.
    pub const RETRY_AFTER: &'static str = "Retry-After";

    /// The headers a client reads from an error response besides its body:
    /// the request id, `Retry-After` and the rate-limit headers the registry
    /// has. A browser's script sees them in a cross-origin response only
    /// when the server lists them in `Access-Control-Expose-Headers`.
    pub fn read_headers(&self) -> Vec<&str> {
        let mut names = vec![self.request_id_header.as_str(), Self::RETRY_AFTER];
        names.extend(self.rate_limit.iter().flatten().map(String::as_str));
        names
    }

    /// The code that plays `role`, if any.
    pub fn code(&self, role: Role) -> Option<&str> {
        self.codes
            .iter()
            .find(|(r, _)| *r == role)
            .map(|(_, code)| code.as_str())
    }
}

/// One operation of the API (`operations:` in the registry): an endpoint
/// and the codes it may answer with.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Operation {
    /// As the API's OpenAPI document names it (`operationId`), e.g.
    /// `create_transfer` or `createTransfer`.
    pub id: String,
    /// The Rust enum of its errors in the `operations` module, e.g.
    /// `CreateTransferError`.
    pub rust_name: String,
    /// The TypeScript union and the Python `Literal` alias of its codes,
    /// e.g. `CreateTransferErrorCode`.
    pub type_name: String,
    /// The HTTP method, in uppercase (`POST`); given with [`Operation::path`].
    pub method: Option<String>,
    /// The path, as OpenAPI writes it (`/transfers/{id}`).
    pub path: Option<String>,
    pub description: Option<String>,
    /// The codes it lists itself, in the order written (see
    /// [`Registry::operation_codes`] for all of its codes).
    pub codes: Vec<String>,
    /// Where its `id:` is written.
    pub location: Location,
}

impl Operation {
    /// The roles the framework answers with from inside any operation: a
    /// handler with a JSON extractor can be refused for a malformed or invalid
    /// body, a body too large or of another media type, can time out, and can
    /// fail. Their codes belong to every operation's codes without being listed
    /// ([`Registry::operation_codes`]); `route_not_found` and
    /// `method_not_allowed` are answered before any operation is reached.
    pub const ROLES: &'static [Role] = &[
        Role::InvalidRequest,
        Role::ValidationError,
        Role::PayloadTooLarge,
        Role::UnsupportedMediaType,
        Role::RequestTimeout,
        Role::InternalError,
    ];

    /// The HTTP methods an operation may have: OpenAPI's, in the order of
    /// its Path Item Object.
    pub const METHODS: &'static [&'static str] = &[
        "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE",
    ];

    /// The anchor of its row on the docs page (validation keeps it off
    /// every code's anchor).
    pub fn anchor(&self) -> String {
        Self::anchor_of(&self.id)
    }

    /// The anchor of the operation `id`: `operation-` and the id (a code's
    /// anchor is the code).
    pub(crate) fn anchor_of(id: &str) -> String {
        format!("operation-{id}")
    }
}

/// The header roles: how `roles:` spells each, and the header that plays it
/// when `roles:` does not say (the request id's is used whether or not the
/// registry lists it; a rate-limit header only when the registry lists it).
pub(crate) const HEADER_ROLES: [(&str, &str); 4] = [
    ("request_id_header", "X-Request-ID"),
    ("rate_limit_limit_header", "X-RateLimit-Limit"),
    ("rate_limit_remaining_header", "X-RateLimit-Remaining"),
    ("rate_limit_reset_header", "X-RateLimit-Reset"),
];

#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Page {
    pub title: String,
    /// Paragraphs under the title.
    pub intro: Vec<String>,
    /// Where the rendered docs page is published; code anchors are appended.
    pub docs_url: Option<String>,
    /// Each code's own docs URL, a template (`page.code_docs_url`, checked:
    /// see [`Registry::doc_url`]); `None`: a code's URL is its anchor on
    /// `docs_url`.
    pub code_docs_url: Option<String>,
    pub envelope_example: EnvelopeExample,
    pub related: Vec<Related>,
    /// Where `page:` is written.
    pub location: Location,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct EnvelopeExample {
    pub code: String,
    pub message: String,
    pub request_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Related {
    pub title: String,
    pub description: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Header {
    /// As sent on the wire, e.g. `X-Request-ID`.
    pub name: String,
    /// Rust constant name, e.g. `X_REQUEST_ID`; also the key of
    /// TypeScript's `HEADERS` and the member of Python's `Header`.
    pub const_name: String,
    pub when: HeaderWhen,
    pub format: HeaderFormat,
    pub example: Option<String>,
    pub description: Option<String>,
    /// Where the header's `name:` key is written (the entry's first key).
    pub location: Location,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum HeaderWhen {
    /// On every response.
    Always,
    /// Only on responses with this status.
    Status(u16),
}

impl HeaderWhen {
    /// How the registry (and the JSON export) spell [`HeaderWhen::Always`];
    /// any other `when` is a status number.
    pub const ALWAYS: &str = "always";

    /// When the header is sent, for people: "on every response",
    /// "on responses with status 429".
    pub fn wording(self) -> String {
        match self {
            HeaderWhen::Always => "on every response".to_string(),
            HeaderWhen::Status(status) => format!("on responses with status {status}"),
        }
    }
}

keywords! {
    /// How a header's value is written.
    pub enum HeaderFormat {
        /// Free text.
        Text = "text", "free text";
        /// A non-negative integer.
        Integer = "integer", "a non-negative integer";
        /// A delay in whole seconds (`Retry-After`'s delay-seconds form).
        Seconds = "seconds", "a delay in whole seconds";
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Category {
    pub title: String,
    /// Rust variant name of `Category`, e.g. `AuthenticationAuthorization`;
    /// also the category's key in TypeScript's `CATEGORIES` and its value
    /// everywhere a category is named in data. `name:`, or the title in
    /// UpperCamelCase.
    pub rust_name: String,
    /// Member of Python's `Category`, e.g. `AUTHENTICATION_AUTHORIZATION`:
    /// `python_name:`, or [`Self::rust_name`] in UPPER_SNAKE_CASE.
    pub python_name: String,
    pub status_kind: StatusKind,
    pub codes: Vec<Code>,
    /// Where the category's `title:` key is written (the entry's first key).
    pub location: Location,
}

impl Category {
    /// The header of the status column on the docs page.
    pub fn status_column(&self) -> &'static str {
        self.status_kind.wording()
    }
}

keywords! {
    /// What a code's HTTP status describes.
    pub enum StatusKind {
        /// The status of this API's own response.
        Response = "response", "HTTP";
        /// A status reported about something else, e.g. a webhook delivery
        /// attempt; never the status of this API's response.
        Reported = "reported", "HTTP (reported)";
    }
}

keywords! {
    /// Whether repeating the failed request may succeed. The wording
    /// completes "Retry: …".
    pub enum Retry {
        /// Not without changing the request or the caller's permissions.
        Never = "never", "no";
        /// Yes, after a delay (`Retry-After` when the response has one).
        AfterDelay = "after_delay", "after a delay (honour Retry-After when present)";
        /// Yes, after re-reading the resource and reapplying the change.
        AfterReread = "after_reread", "after re-reading the resource and reapplying the change";
    }
}

keywords! {
    /// The shape of an API's error response bodies (`envelope:` at the top
    /// of the registry). The runtime's `error_codes_runtime::Envelope` has
    /// the same variants; the generated `Vocabulary` impl names one.
    pub enum Envelope {
        /// `{"error": {"code", "message", "details", "request_id", "doc_url"}}`
        /// as `application/json`: the default.
        Nested = "nested", "the nested envelope {\"error\": {...}} (application/json)";
        /// RFC 9457 problem details (`application/problem+json`): `type`,
        /// `title`, `status`, `detail`, and the extension members `code`,
        /// `request_id` and `invalid-params`.
        Rfc9457 = "rfc9457", "RFC 9457 problem details (application/problem+json)";
        /// A body of the API's own layout (`envelope:` as a mapping; the
        /// members are [`Registry::body`]), as `application/json`.
        Layout = "layout", "a body of the API's own layout, written as a mapping (application/json)";
        /// Google's JSON body (needs `grpc:`): `{"error": {"code", "message",
        /// "status", "details": [ErrorInfo, ...]}}`.
        Google = "google", "Google's JSON error body {\"error\": {\"code\", \"message\", \"status\", \"details\"}} (needs grpc:)";
        /// The bare `google.rpc.Status` grpc-gateway sends (needs `grpc:`).
        GoogleRpcStatus = "google-rpc-status", "the bare google.rpc.Status grpc-gateway sends {\"code\", \"message\", \"details\"} (needs grpc:)";
    }
}

impl Envelope {
    /// The shape of a registry that does not say.
    pub const DEFAULT: Envelope = Envelope::Nested;
}

/// The runtime's twin of the keyword: its media type, its member names.
impl From<Envelope> for error_codes_runtime::Envelope {
    fn from(envelope: Envelope) -> Self {
        match envelope {
            Envelope::Nested => error_codes_runtime::Envelope::Nested,
            Envelope::Rfc9457 => error_codes_runtime::Envelope::Rfc9457,
            // A layout's members are `Registry::body`; its kind is all this
            // names (its media type is the nested envelope's).
            Envelope::Layout => error_codes_runtime::Envelope::Nested,
            // The domain and the reasons are `Registry::grpc`; the kind's
            // media type is the nested envelope's.
            Envelope::Google | Envelope::GoogleRpcStatus => error_codes_runtime::Envelope::Nested,
        }
    }
}

keywords! {
    /// How a registry spells its codes (`code_style:` at the top of the
    /// registry). Whatever the style, a code is at most
    /// `error_codes_runtime::MAX_CODE_LEN` bytes of ASCII, and is sent,
    /// parsed and documented exactly as written.
    pub enum CodeStyle {
        /// `blob_not_found`: the default.
        SnakeCase = "snake_case",
            "lower snake_case: a lowercase letter, then lowercase letters, digits and single underscores (`blob_not_found`)";
        /// `BLOB_NOT_FOUND` (Google's APIs).
        ScreamingSnakeCase = "SCREAMING_SNAKE_CASE",
            "SCREAMING_SNAKE_CASE: an uppercase letter, then uppercase letters, digits and single underscores (`BLOB_NOT_FOUND`)";
        /// `BlobNotFound` (Azure Storage).
        PascalCase = "PascalCase",
            "PascalCase: an uppercase letter, then letters and digits (`BlobNotFound`)";
        /// `blobNotFound` (Microsoft Graph).
        CamelCase = "camelCase",
            "camelCase: a lowercase letter, then letters and digits (`blobNotFound`)";
        /// `blob-not-found`.
        KebabCase = "kebab-case",
            "kebab-case: a lowercase letter, then lowercase letters, digits and single hyphens (`blob-not-found`)";
        /// `InvalidParameter.Format` (Alibaba Cloud): PascalCase or
        /// camelCase segments joined by `.`.
        Dotted = "dotted",
            "dotted: segments joined by single dots, each a letter then letters and digits (`InvalidParameter.Format`)";
        /// `20003`: digits only (the code is still a JSON string).
        Numeric = "numeric", "numeric: ASCII digits only (`20003`)";
        /// Any mix of ASCII letters, digits, `_`, `.` and `-`.
        Any = "any", "any: ASCII letters, digits, '_', '.' and '-'";
    }
}

impl CodeStyle {
    /// The style of a registry that does not say.
    pub const DEFAULT: CodeStyle = CodeStyle::SnakeCase;
}

impl Default for CodeStyle {
    fn default() -> Self {
        CodeStyle::DEFAULT
    }
}

keywords! {
    /// Typed shapes of `error.details`.
    pub enum DetailsShape {
        /// `details.fields`: field name → list of problems.
        FieldErrors = "field_errors",
            "details.fields: object mapping each field name to a list of problems (strings)";
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Code {
    /// The wire string, e.g. `token_expired`.
    pub code: String,
    /// Rust variant name, e.g. `TokenExpired`: `name:`, or the code in
    /// UpperCamelCase.
    pub rust_name: String,
    /// Member of Python's `ErrorCode`, e.g. `TOKEN_EXPIRED`: `python_name:`,
    /// or the code in UPPER_SNAKE_CASE.
    /// (TypeScript names a code by its wire string.)
    pub python_name: String,
    pub status: u16,
    pub meaning: Option<String>,
    pub retry: Retry,
    pub details: Option<DetailsShape>,
    /// The members its details hold, in registry order, when `details:`
    /// declares them (a mapping): empty otherwise. A code declares either a
    /// [`DetailsShape`] or members, never both.
    pub members: Vec<Member>,
    pub deprecated: Option<Deprecation>,
    /// Its gRPC face, when the registry has `grpc:` (else `None`).
    pub grpc: Option<CodeGrpc>,
    /// The values (compact JSON text) of the body layout's per-code
    /// members ([`BodyLayout::per_code`]), in that order: the code's
    /// `body:`, else its category's. Empty without a layout.
    pub body_values: Vec<String>,
    /// Where the code is defined in the registry.
    pub location: Location,
    /// Where its `code:` key is written: the entry's first key, where
    /// `diff` locates a change of the code.
    pub key_location: Location,
}

impl Code {
    /// The members a problem document carries at its top level (RFC 9457
    /// extension members): every declared member except one named as a
    /// member of the problem document itself, which only a registry with
    /// another envelope can declare and which then stays under `details`
    /// (`Vocabulary::detail_members`, and `DETAIL_MEMBERS` in the packages).
    pub fn problem_members(&self) -> impl Iterator<Item = &Member> {
        self.members
            .iter()
            .filter(|m| !error_codes_runtime::Envelope::PROBLEM_MEMBERS.contains(&m.name.as_str()))
    }

    /// The anchor of the code's row on the docs page: the code itself,
    /// whatever its [`CodeStyle`]. Every style spells codes with ASCII
    /// letters, digits, `_`, `.` and `-` only, so the code is a valid HTML
    /// id (not empty, no whitespace; HTML5 allows a leading digit), a URL
    /// fragment without escaping, and an HTML attribute value without
    /// quoting; codes are unique, and two that differ only in case or
    /// separators are refused, so anchors are unique too. The docs page,
    /// [`Registry::doc_url`] (rustdoc, the packages, RFC 9457 `type`) and the
    /// runtime, which reads the code back from a problem `type`'s fragment,
    /// all use it.
    pub fn anchor(&self) -> &str {
        &self.code
    }
}

/// The registry's gRPC face (`grpc:` at the top of the registry).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Grpc {
    /// The `google.rpc.ErrorInfo` domain of every error
    /// (`payments.example.com`).
    pub domain: String,
    /// The protobuf package of the generated `.proto` (`package:`).
    pub package: Option<String>,
    /// `option go_package` of the generated `.proto`.
    pub go_package: Option<String>,
    /// `option java_package` of the generated `.proto`.
    pub java_package: Option<String>,
    /// The `(number, reason)` pairs the `.proto`'s enum no longer uses (of
    /// codes removed, or given another reason), by number: `reserved`,
    /// never reused. From the stability lock; empty without one.
    pub reserved: Vec<(u32, String)>,
    /// Where `grpc:` is written.
    pub location: Location,
}

/// A code's gRPC face: its `ErrorInfo` reason and canonical code.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CodeGrpc {
    /// `INSUFFICIENT_FUNDS`: `reason:`, else the code in UPPER_SNAKE_CASE.
    pub reason: String,
    /// `grpc:` of the code or of its category, else the code's HTTP
    /// status's canonical code.
    pub code: GrpcCode,
    /// The reason's number in the generated `.proto`'s enum: the one the
    /// stability lock records, else the next unused one (a registry read
    /// without a lock numbers its reasons in registry order, from 1).
    pub number: u32,
}

/// One member of a code's declared details (`details: {available: integer}`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Member {
    /// As the API sends it, e.g. `overdraft_limit` or `retryAfterSeconds`.
    pub name: String,
    /// The Rust field, from the name's words: `retry_after_seconds` (a
    /// keyword is written as a raw identifier, `r#type`, by the emitter).
    pub rust_name: String,
    /// The Python dataclass field, from the name's words (a keyword gets a
    /// trailing `_`, `class_`).
    pub python_name: String,
    /// The type of the value, or of each item when [`Member::list`].
    pub ty: MemberType,
    /// `T[]`: a list of values of [`Member::ty`].
    pub list: bool,
    /// A trailing `?`: the member may be absent.
    pub optional: bool,
    pub description: Option<String>,
    /// Where the member's name is written.
    pub location: Location,
}

/// The type of a details member's value (of each item, for a list).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum MemberType {
    /// `string`.
    String,
    /// `integer`: 64 bits, signed.
    Integer,
    /// `number`: a 64-bit float.
    Number,
    /// `boolean`.
    Boolean,
    /// `{type: string, enum: [...]}`: a string with these values, in
    /// registry order; a client keeps a value added later.
    Enum(Vec<String>),
    /// `{type: object, members: {...}}`: an object with its own declared
    /// members (of each item, for `object[]`), nested at most
    /// [`MemberType::MAX_DEPTH`] deep.
    Object(Vec<Member>),
}

impl MemberType {
    /// The scalar types, as the registry spells them.
    pub const SCALARS: &'static [(&'static str, MemberType)] = &[
        ("string", MemberType::String),
        ("integer", MemberType::Integer),
        ("number", MemberType::Number),
        ("boolean", MemberType::Boolean),
    ];

    /// How the registry spells the type (an enum is a `string`).
    pub fn as_str(&self) -> &'static str {
        match self {
            MemberType::String | MemberType::Enum(_) => "string",
            MemberType::Integer => "integer",
            MemberType::Number => "number",
            MemberType::Boolean => "boolean",
            MemberType::Object(_) => MemberType::OBJECT,
        }
    }
}

impl Member {
    /// Whether the gRPC face sends its value as `ErrorInfo` metadata text
    /// as it is (a `string`, an `enum:` string); every other value is sent
    /// as its JSON text, and every reader parses it back (the runtime's
    /// `GrpcEntry::text_members`, the Python and TypeScript readers' tables).
    pub fn is_metadata_text(&self) -> bool {
        !self.list && self.ty.as_str() == "string"
    }

    /// A type as the registry writes it, split into the type's name, whether
    /// `[]` follows it (a list), and whether `?` ends it (optional).
    pub(crate) fn split_type(written: &str) -> (&str, bool, bool) {
        let (rest, optional) = match written.strip_suffix('?') {
            Some(rest) => (rest, true),
            None => (written, false),
        };
        match rest.strip_suffix("[]") {
            Some(name) => (name, true, optional),
            None => (rest, false, optional),
        }
    }

    /// Reads a type as the registry writes it (`integer?`, `string[]`,
    /// `object[]?`): the type (an `object` without its members yet), whether
    /// it is a list and whether optional; `None` for an unknown type. The
    /// inverse of [`Member::type_text`].
    pub(crate) fn parse_type(written: &str) -> Option<(MemberType, bool, bool)> {
        let (scalar, list, optional) = Member::split_type(written);
        let ty = MemberType::SCALARS
            .iter()
            .find(|(name, _)| *name == scalar)
            .map(|(_, t)| t.clone())
            .or_else(|| (scalar == MemberType::OBJECT).then(|| MemberType::Object(Vec::new())))?;
        Some((ty, list, optional))
    }

    /// The type as the registry writes it: `integer?`, `string[]`.
    pub fn type_text(&self) -> String {
        format!(
            "{}{}{}",
            self.ty.as_str(),
            if self.list { "[]" } else { "" },
            if self.optional { "?" } else { "" }
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Deprecation {
    pub since: String,
    /// The date from which the code may be removed (`sunset:`); removing
    /// it earlier breaks a promise.
    pub sunset: Option<Date>,
    pub use_instead: Option<String>,
    pub note: Option<String>,
}
