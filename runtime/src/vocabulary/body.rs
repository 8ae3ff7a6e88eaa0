//! The shape of an API's error bodies as its registry says it:
//! [`Envelope`] and, for an API's own layout, [`BodyLayout`].

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
    /// registry), sent as its media type (`application/json` unless it
    /// names another): exactly the members the
    /// [`BodyLayout`] maps, and no other.
    Layout(&'static BodyLayout),
    /// Google's JSON error body (`envelope: google`, or the bare
    /// `google.rpc.Status` of `envelope: google-rpc-status`), sent as
    /// `application/json`: the code as the reason of its one
    /// `google.rpc.ErrorInfo` detail (see [`wire::google`](crate::wire)).
    Google(&'static crate::GoogleBody),
}

/// Where each member of an error body goes, for an API whose registry gives
/// its own layout (`envelope: {root: error, code: status, ...}`;
/// `docs/guides/body-layouts.md`). Each member is a path of member names
/// joined by `.` (`a.b` is the member `b` of the object `a`), relative to
/// [`BodyLayout::root`]; `None` leaves the field out of the body.
///
/// The generator checks a layout before naming it (a code member, no two
/// fields at one member, no member inside another's value, every constant
/// valid JSON); the runtime writes what it is given.
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
    /// Members with the same value in every body (Kubernetes' `kind:
    /// Status`, Slack's `ok: false`): each `(path, value)`, the path from
    /// the body's top (not under [`BodyLayout::root`]), the value as JSON
    /// text. Sent in every body, required by the schemas, ignored by
    /// readers.
    pub constants: &'static [(&'static str, &'static str)],
    /// Members whose value each code gives (Stripe's `type`), each a path
    /// under [`BodyLayout::root`], in the order of every code's
    /// [`Entry::body_values`](crate::Entry::body_values).
    pub per_code: &'static [&'static str],
    /// Whether a body may carry members the layout does not describe (the
    /// schemas' `additionalProperties`); readers ignore them either way.
    pub open: bool,
    /// Whether the code is sent as a JSON number (Twilio's `20404`), not a
    /// string: the registry's codes are then digits without a leading zero
    /// ([`wire::numeric_code`](crate::wire::numeric_code)).
    pub code_number: bool,
    /// The response header that also carries the code (Azure's
    /// `x-ms-error-code`, AWS's `X-Amzn-Errortype`): the axum integration
    /// sets it on every error response; the body keeps its code member.
    pub code_header: Option<&'static str>,
    /// Where a code's declared details members go instead of under
    /// [`BodyLayout::details`] (Stripe's `param` and `decline_code`, beside
    /// `code`): the object at this path under [`BodyLayout::root`], or the
    /// error's object itself ([`BodyLayout::ERROR_OBJECT`]). `None`: inside
    /// `details`. Members a code does not declare stay under `details`.
    pub declared_members: Option<&'static str>,
    /// Whether the member at [`BodyLayout::root`] is an array whose items
    /// are error objects (JSON:API's `errors`, `root: "errors[]"` in the
    /// registry): a body holds one item per error, or per field error with
    /// [`BodyLayout::field_pointer`].
    pub root_items: bool,
    /// Where, in each item of an array root, the pointer to the invalid
    /// field goes (JSON:API's `source.pointer`): a validation error is then
    /// sent as one item per problem with a field.
    pub field_pointer: Option<&'static str>,
    /// What each field pointer starts with (JSON:API's
    /// `/data/attributes/`), before the field's name as a JSON Pointer
    /// token.
    pub pointer_prefix: &'static str,
    /// Whether the HTTP status is sent as a string (JSON:API's `"422"`),
    /// not a number.
    pub status_string: bool,
    /// The `Content-Type` of every error body (`application/json` unless
    /// the registry says another, JSON:API's `application/vnd.api+json`).
    pub media_type: &'static str,
    /// A fixed qualifier around the code as the body carries it (AWS's
    /// `com.amazonaws.dynamodb.v20120810#` before it): `(prefix, suffix)`,
    /// each `""` when none. Readers accept the code with and without it
    /// ([`wire::unqualified`](crate::wire::unqualified)).
    pub code_qualifier: (&'static str, &'static str),
    /// The constant that marks a body as an error (Slack's `ok: false`),
    /// by its path among [`BodyLayout::constants`]: with one, an error may
    /// be answered with a 2xx status, and readers take a 2xx body whose
    /// member there has the constant's value for an error
    /// ([`BodyLayout::marks_error`]).
    pub error_marker: Option<&'static str>,
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
            constants: &[],
            per_code: &[],
            open: true,
            code_number: false,
            code_header: None,
            declared_members: None,
            root_items: false,
            field_pointer: None,
            pointer_prefix: "",
            status_string: false,
            media_type: BodyLayout::JSON,
            code_qualifier: ("", ""),
            error_marker: None,
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

    /// With members of the same value in every body: `(path from the
    /// body's top, value as JSON text)`.
    #[must_use]
    pub const fn constants(mut self, constants: &'static [(&'static str, &'static str)]) -> Self {
        self.constants = constants;
        self
    }

    /// With members whose value each code gives, at these paths under the
    /// root.
    #[must_use]
    pub const fn per_code(mut self, paths: &'static [&'static str]) -> Self {
        self.per_code = paths;
        self
    }

    /// A body may carry no member the layout does not describe (the
    /// schemas say `additionalProperties: false`).
    #[must_use]
    pub const fn closed(mut self) -> Self {
        self.open = false;
        self
    }

    /// The code is sent as a JSON number (`code_type: number`).
    #[must_use]
    pub const fn code_as_number(mut self) -> Self {
        self.code_number = true;
        self
    }

    /// The code is also sent in the response header `name`.
    #[must_use]
    pub const fn code_header(mut self, name: &'static str) -> Self {
        self.code_header = Some(name);
        self
    }

    /// A code's declared details members go to the object at `path`
    /// under the root, or into the error's object itself with
    /// [`BodyLayout::ERROR_OBJECT`] (`declared_members:`).
    #[must_use]
    pub const fn declared_members(mut self, path: &'static str) -> Self {
        self.declared_members = Some(path);
        self
    }

    /// The path of [`BodyLayout::declared_members`] that is the error's
    /// object itself (the registry's `declared_members: .`).
    pub const ERROR_OBJECT: &'static str = ".";

    /// The media type of a layout that names none: `application/json`.
    pub const JSON: &'static str = "application/json";

    /// The member at the root is an array of error objects (`root:
    /// "errors[]"`).
    #[must_use]
    pub const fn root_items(mut self) -> Self {
        self.root_items = true;
        self
    }

    /// Field errors are sent as one item each, the field's JSON Pointer
    /// (`prefix` and the field's name) at `path` of the item.
    #[must_use]
    pub const fn field_pointer(mut self, path: &'static str, prefix: &'static str) -> Self {
        self.field_pointer = Some(path);
        self.pointer_prefix = prefix;
        self
    }

    /// The HTTP status is sent as a string (`status_type: string`).
    #[must_use]
    pub const fn status_as_string(mut self) -> Self {
        self.status_string = true;
        self
    }

    /// Every error body is sent as `media_type` (`media_type:`).
    #[must_use]
    pub const fn media_type(mut self, media_type: &'static str) -> Self {
        self.media_type = media_type;
        self
    }

    /// The code is sent as `prefix`, the code, then `suffix` (AWS's
    /// `com.amazonaws.dynamodb.v20120810#ResourceNotFoundException`).
    #[must_use]
    pub const fn code_qualifier(mut self, prefix: &'static str, suffix: &'static str) -> Self {
        self.code_qualifier = (prefix, suffix);
        self
    }

    /// The constant at `path` (one of [`BodyLayout::constants`]) marks a
    /// body as an error, which may then have a 2xx status (Slack's `ok:
    /// false`).
    #[must_use]
    pub const fn error_marker(mut self, path: &'static str) -> Self {
        self.error_marker = Some(path);
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
            Envelope::Google(google) => google.as_str(),
        }
    }

    /// The response header that also carries the code, for a layout that
    /// names one ([`BodyLayout::code_header`]).
    pub const fn code_header(self) -> Option<&'static str> {
        match self {
            Envelope::Layout(layout) => layout.code_header,
            Envelope::Nested | Envelope::Rfc9457 | Envelope::Google(_) => None,
        }
    }

    /// Whether an error may be answered with a 2xx status: a layout with
    /// an [`error_marker`](BodyLayout::error_marker).
    pub const fn errors_may_succeed(self) -> bool {
        match self {
            Envelope::Layout(layout) => layout.error_marker.is_some(),
            Envelope::Nested | Envelope::Rfc9457 | Envelope::Google(_) => false,
        }
    }

    /// The `Content-Type` of a body in this shape.
    pub const fn media_type(self) -> &'static str {
        match self {
            Envelope::Nested | Envelope::Google(_) => BodyLayout::JSON,
            Envelope::Layout(layout) => layout.media_type,
            Envelope::Rfc9457 => "application/problem+json",
        }
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
