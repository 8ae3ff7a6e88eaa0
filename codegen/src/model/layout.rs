//! A body of the API's own layout (`envelope:` as a mapping): where each
//! field of an error goes.

use crate::diagnostic::Location;

/// Where each field of an error goes in a body of the API's own layout
/// (`envelope:` as a mapping). Each member is a path of member names joined
/// by `.` (nesting), relative to [`BodyLayout::root`]; `None` leaves the
/// field out of the body. Validation guarantees non-empty names, one field
/// per member, and no member inside another's value.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct BodyLayout {
    /// The object that holds the error; `None`: the body itself.
    pub root: Option<String>,
    /// Where the code goes.
    pub code: String,
    /// Where the HTTP status goes, as a number.
    pub status: Option<String>,
    pub message: Option<String>,
    /// `None`: the request id is only in the request-id header.
    pub request_id: Option<String>,
    pub doc_url: Option<String>,
    pub details: Option<String>,
    /// Members of the same value in every body: `(path from the body's
    /// top, value as compact JSON text)`, in registry order.
    pub constants: Vec<(String, String)>,
    /// Members (paths under `root`) whose value each code gives
    /// ([`Code::body_values`](super::Code::body_values)).
    pub per_code: Vec<String>,
    /// Whether a body may carry members the layout does not describe
    /// (`open:`, true unless the registry says `false`).
    pub open: bool,
    /// Whether the code is sent as a JSON number (`code_type: number`):
    /// every code is then digits without a leading zero.
    pub code_number: bool,
    /// The response header that also carries the code (`code_header:`,
    /// Azure's `x-ms-error-code`), as the registry writes it.
    pub code_header: Option<String>,
    /// Where a code's declared details members go instead of under
    /// `details` (`declared_members:`): a path under `root`, or the error's
    /// object itself ([`BodyLayout::ERROR_OBJECT`](error_codes_runtime::BodyLayout::ERROR_OBJECT)).
    pub declared_members: Option<String>,
    /// The fixed text before and after the code as the body carries it
    /// (`code_prefix:`, `code_suffix:`; `""` each when none): AWS's
    /// `com.amazonaws.dynamodb.v20120810#`.
    pub code_qualifier: (String, String),
    /// The constant (its path among [`BodyLayout::constants`]) that marks
    /// a body as an error (`error_marker:`, Slack's `ok`): codes may then
    /// have a 2xx status.
    pub error_marker: Option<String>,
    /// Where `envelope:`'s mapping is written.
    pub location: Location,
    /// Whether `root` is an array of error objects (`root: "errors[]"`).
    pub root_items: bool,
    /// In each item, the field error's JSON Pointer (`field_pointer:`).
    pub field_pointer: Option<String>,
    /// What every field pointer starts with (`pointer_prefix:`, `/`).
    pub pointer_prefix: String,
    /// Whether the HTTP status is a string (`status_type: string`).
    pub status_string: bool,
    /// Every error body's media type (`media_type:`; `None`: JSON's).
    pub media_type: Option<String>,
}

impl BodyLayout {
    /// The object that holds the error when `root:` is left out: the
    /// nested envelope's.
    pub const NESTED_ROOT: Option<&'static str> = Some("error");

    /// `(field, member path)` of `root` and of every field a layout may
    /// place, in the order a body lists them (code, status, message,
    /// request_id, doc_url, details), `None` for one not in the body: what
    /// the packages' `BODY_LAYOUT` tables hold.
    pub fn fields(&self) -> [(&'static str, Option<&str>); 7] {
        [
            ("root", self.root.as_deref()),
            ("code", Some(self.code.as_str())),
            ("status", self.status.as_deref()),
            ("message", self.message.as_deref()),
            ("request_id", self.request_id.as_deref()),
            ("doc_url", self.doc_url.as_deref()),
            ("details", self.details.as_deref()),
        ]
    }

    /// `(field, member path)` of every field in the body, in the order a
    /// body lists them (code, status, message, request_id, doc_url, details).
    pub fn members(&self) -> Vec<(&'static str, &str)> {
        self.fields()
            .into_iter()
            .skip(1) // `root` is where they are, not a field
            .filter_map(|(field, path)| Some((field, path?)))
            .collect()
    }

    /// The member path of `field` from the body's top, root included
    /// (`error.code`; in an array root, `errors[].code`: the member of each
    /// item).
    pub fn full_path(&self, path: &str) -> String {
        match self.root_as_written() {
            Some(root) => format!("{root}.{path}"),
            None => path.to_string(),
        }
    }
}
