//! `tests/fixtures/envelope-cases.json`, the cases every client reads alike
//! (the Rust, TypeScript and Python tests run it), is written from here:
//! every body a server could send is written by the runtime's body engine
//! (`error_codes_runtime::wire`: the nested envelope, or a problem document
//! for the cases marked `problem`), then, for a hostile case, edited at a
//! JSON pointer (a member removed, or set to what no server sends). Only the
//! bodies that are not a JSON object, or whose bytes are the case (escapes,
//! whitespace, trailing text), are written as text.
//!
//! The test fails when the file is not what this table writes; to rewrite
//! it: `UPDATE_ENVELOPE_CASES=1 cargo test -p error-codes-tests --test it
//! envelope_cases_written`.

use error_codes_runtime::Envelope;
use error_codes_runtime::wire::{Shape, WireError};
use error_codes_tests::workspace_root;
use serde_json::{Map, Value};

const CASES: &str = "tests/fixtures/envelope-cases.json";

/// What `$DOCS_URL` stands for in the cases: the reading tests put the
/// registry's `docs_url` in its place.
const DOCS_URL_PLACEHOLDER: &str = "$DOCS_URL";

/// One error as a server sends it, then the edits that make the case.
struct Sent {
    code: &'static str,
    status: u16,
    message: &'static str,
    title: Option<&'static str>,
    doc_url: Option<&'static str>,
    request_id: Option<&'static str>,
    details: Option<&'static str>,
    /// `(pointer, value as JSON text)`; `None` removes the member.
    edits: Vec<(&'static str, Option<&'static str>)>,
}

impl Sent {
    fn new(code: &'static str, status: u16, message: &'static str) -> Self {
        Sent {
            code,
            status,
            message,
            title: None,
            doc_url: None,
            request_id: None,
            details: None,
            edits: Vec::new(),
        }
    }

    fn title(mut self, title: &'static str) -> Self {
        self.title = Some(title);
        self
    }

    fn doc_url(mut self, doc_url: &'static str) -> Self {
        self.doc_url = Some(doc_url);
        self
    }

    fn request_id(mut self, request_id: &'static str) -> Self {
        self.request_id = Some(request_id);
        self
    }

    fn details(mut self, details: &'static str) -> Self {
        self.details = Some(details);
        self
    }

    fn set(mut self, pointer: &'static str, value: &'static str) -> Self {
        self.edits.push((pointer, Some(value)));
        self
    }

    fn remove(mut self, pointer: &'static str) -> Self {
        self.edits.push((pointer, None));
        self
    }

    /// The body the body engine writes in `shape`, then edited.
    fn write(&self, shape: Shape<'static>) -> String {
        let details: Value = self
            .details
            .map_or(Value::Null, |d| serde_json::from_str(d).unwrap());
        let error = WireError::new(self.code, self.status, self.message)
            .with_title(self.title)
            .with_doc_url(self.doc_url)
            .with_request_id(self.request_id)
            .with_details(&details, &[], false);
        let mut body = shape.write(&error);
        for (pointer, value) in &self.edits {
            let (parent, member) = pointer.rsplit_once('/').unwrap();
            let member = member.replace("~1", "/").replace("~0", "~");
            let object = body
                .pointer_mut(parent)
                .and_then(Value::as_object_mut)
                .unwrap_or_else(|| panic!("{pointer}: no object to edit"));
            match value {
                Some(value) => {
                    object.insert(member, serde_json::from_str(value).unwrap());
                }
                None => {
                    object.remove(&member);
                }
            }
        }
        serde_json::to_string(&body).unwrap()
    }
}

enum Body {
    /// The nested envelope the engine writes.
    Envelope(Sent),
    /// The problem document the engine writes.
    Problem(Sent),
    /// Text: not a JSON object, or bytes that are the case.
    Raw(&'static str),
}

struct Case {
    name: &'static str,
    problem: bool,
    body: Body,
    /// What a client reads, as JSON text (`null`: not an error body).
    expect: &'static str,
}

impl Case {
    fn envelope(name: &'static str, sent: Sent, expect: &'static str) -> Self {
        Case {
            name,
            problem: false,
            body: Body::Envelope(sent),
            expect,
        }
    }

    fn problem_document(name: &'static str, sent: Sent, expect: &'static str) -> Self {
        Case {
            name,
            problem: true,
            body: Body::Problem(sent),
            expect,
        }
    }

    fn raw(name: &'static str, body: &'static str, expect: &'static str) -> Self {
        Case {
            name,
            problem: false,
            body: Body::Raw(body),
            expect,
        }
    }

    fn to_json(&self) -> Value {
        let body = match &self.body {
            Body::Envelope(sent) => sent.write(Shape::of(Envelope::Nested)),
            Body::Problem(sent) => sent.write(Shape::Rfc9457),
            Body::Raw(text) => (*text).to_owned(),
        };
        let mut case = Map::new();
        case.insert("name".into(), Value::from(self.name));
        if self.problem {
            case.insert("problem".into(), Value::Bool(true));
        }
        case.insert("body".into(), Value::from(body));
        case.insert("expect".into(), serde_json::from_str(self.expect).unwrap());
        Value::Object(case)
    }
}

/// Every case, in the file's order.
fn cases() -> Vec<Case> {
    vec![
    Case::envelope(r#"known code, every member"#, Sent::new(r#"internal_error"#, 500, r#"Unexpected server error"#).request_id(r#"req_1"#), r#"{"code": "internal_error", "known": true, "message": "Unexpected server error", "request_id": "req_1", "details": null}"#),
    Case::envelope(r#"unknown code kept exactly (code-added-later: hyphens, never a registry code)"#, Sent::new(r#"code-added-later"#, 500, r#"Added after this client was built"#).request_id(r#"req_1"#), r#"{"code": "code-added-later", "known": false, "message": "Added after this client was built", "request_id": "req_1", "details": null}"#),
    Case::envelope(r#"details object kept"#, Sent::new(r#"validation_error"#, 500, r#"Invalid fields"#).details(r#"{"fields": {"path": ["must not be empty"]}}"#), r#"{"code": "validation_error", "known": true, "message": "Invalid fields", "request_id": null, "details": {"fields": {"path": ["must not be empty"]}}}"#),
    Case::envelope(r#"message null"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error/message"#, r#"null"#), r#"{"code": "internal_error", "known": true, "message": "", "request_id": null, "details": null}"#),
    Case::envelope(r#"message missing"#, Sent::new(r#"internal_error"#, 500, r#"m"#).remove(r#"/error/message"#), r#"{"code": "internal_error", "known": true, "message": "", "request_id": null, "details": null}"#),
    Case::envelope(r#"message a number"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error/message"#, r#"5"#), r#"{"code": "internal_error", "known": true, "message": "", "request_id": null, "details": null}"#),
    Case::envelope(r#"message an object"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error/message"#, r#"{"text": "Boom"}"#), r#"{"code": "internal_error", "known": true, "message": "", "request_id": null, "details": null}"#),
    Case::envelope(r#"message an array"#, Sent::new(r#"code-added-later"#, 500, r#"m"#).set(r#"/error/message"#, r#"["Boom"]"#), r#"{"code": "code-added-later", "known": false, "message": "", "request_id": null, "details": null}"#),
    Case::envelope(r#"message false"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error/message"#, r#"false"#), r#"{"code": "internal_error", "known": true, "message": "", "request_id": null, "details": null}"#),
    Case::envelope(r#"request_id null"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error/request_id"#, r#"null"#), r#"{"code": "internal_error", "known": true, "message": "m", "request_id": null, "details": null}"#),
    Case::envelope(r#"request_id a number"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error/request_id"#, r#"12345"#), r#"{"code": "internal_error", "known": true, "message": "m", "request_id": null, "details": null}"#),
    Case::envelope(r#"request_id an object"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error/request_id"#, r#"{"id": "req_1"}"#), r#"{"code": "internal_error", "known": true, "message": "m", "request_id": null, "details": null}"#),
    Case::envelope(r#"details an array"#, Sent::new(r#"validation_error"#, 500, r#"m"#).set(r#"/error/details"#, r#"[{"field": "path"}]"#), r#"{"code": "validation_error", "known": true, "message": "m", "request_id": null, "details": null}"#),
    Case::envelope(r#"details a string"#, Sent::new(r#"validation_error"#, 500, r#"m"#).set(r#"/error/details"#, r#""path is required""#), r#"{"code": "validation_error", "known": true, "message": "m", "request_id": null, "details": null}"#),
    Case::envelope(r#"details null"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error/details"#, r#"null"#), r#"{"code": "internal_error", "known": true, "message": "m", "request_id": null, "details": null}"#),
    Case::envelope(r#"details a number"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error/details"#, r#"0"#), r#"{"code": "internal_error", "known": true, "message": "m", "request_id": null, "details": null}"#),
    Case::envelope(r#"doc_url of the wrong type is ignored"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error/doc_url"#, r#"7"#), r#"{"code": "internal_error", "known": true, "message": "m", "request_id": null, "details": null}"#),
    Case::envelope(r#"every optional member mistyped at once: the code survives"#, Sent::new(r#"code-added-later"#, 500, r#"m"#).set(r#"/error/message"#, r#"null"#).set(r#"/error/request_id"#, r#"1"#).set(r#"/error/details"#, r#""x""#).set(r#"/error/doc_url"#, r#"false"#), r#"{"code": "code-added-later", "known": false, "message": "", "request_id": null, "details": null}"#),
    Case::envelope(r#"extra members at both levels are ignored"#, Sent::new(r#"internal_error"#, 500, r#"m"#).request_id(r#"req_1"#).set(r#"/error/trace"#, r#"["a", "b"]"#).set(r#"/error/status"#, r#"500"#).set(r#"/meta"#, r#"{"version": 2}"#).set(r#"/ok"#, r#"false"#), r#"{"code": "internal_error", "known": true, "message": "m", "request_id": "req_1", "details": null}"#),
    Case::envelope(r#"control characters in message are kept as sent"#, Sent::new(r#"internal_error"#, 500, "line one\u{d}\u{a}FAKE LOG LINE\u{1b}[31mred\u{7}\u{0}end").request_id("req_\u{1b}[2J"), r#"{"code": "internal_error", "known": true, "message": "line one\r\nFAKE LOG LINE\u001b[31mred\u0007\u0000end", "request_id": "req_\u001b[2J", "details": null}"#),
    Case::raw(r#"non-ASCII message, escaped and raw"#, r#"{"error": {"code": "internal_error", "message": "\u00c9chec \u2014 \ud83d\udca5 — ok"}}"#, r#"{"code": "internal_error", "known": true, "message": "Échec — 💥 — ok", "request_id": null, "details": null}"#),
    Case::raw(r#"whitespace around the body"#, "\u{a}  {\"error\": {\"code\": \"internal_error\", \"message\": \"m\"}}  \u{a}", r#"{"code": "internal_error", "known": true, "message": "m", "request_id": null, "details": null}"#),
    Case::envelope(r#"empty code string is still a string"#, Sent::new(r#""#, 500, r#"m"#), r#"{"code": "", "known": false, "message": "m", "request_id": null, "details": null}"#),
    Case::envelope(r#"error is a string"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error"#, r#""internal_error""#), r#"null"#),
    Case::envelope(r#"error is null"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error"#, r#"null"#), r#"null"#),
    Case::envelope(r#"error is an array"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error"#, r#"[{"code": "internal_error"}]"#), r#"null"#),
    Case::envelope(r#"error is an array of its fields in order"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error"#, r#"["internal_error", "message"]"#), r#"null"#),
    Case::envelope(r#"error missing"#, Sent::new(r#"internal_error"#, 500, r#"m"#).remove(r#"/error"#).set(r#"/code"#, r#""internal_error""#).set(r#"/message"#, r#""flat, not enveloped""#), r#"null"#),
    Case::envelope(r#"code a number"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error/code"#, r#"500"#), r#"null"#),
    Case::envelope(r#"code null"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error/code"#, r#"null"#), r#"null"#),
    Case::envelope(r#"code missing"#, Sent::new(r#"internal_error"#, 500, r#"no code"#).remove(r#"/error/code"#), r#"null"#),
    Case::envelope(r#"code an object"#, Sent::new(r#"internal_error"#, 500, r#"m"#).remove(r#"/error/message"#).set(r#"/error/code"#, r#"{"value": "internal_error"}"#), r#"null"#),
    Case::raw(r#"top-level array"#, r#"[{"error": {"code": "internal_error", "message": "m"}}]"#, r#"null"#),
    Case::raw(r#"top-level string"#, r#""internal_error""#, r#"null"#),
    Case::raw(r#"top-level null"#, r#"null"#, r#"null"#),
    Case::raw(r#"top-level number"#, r#"500"#, r#"null"#),
    Case::envelope(r#"empty object"#, Sent::new(r#"internal_error"#, 500, r#"m"#).remove(r#"/error"#), r#"null"#),
    Case::raw(r#"invalid JSON"#, r#"{"error": {"code": "internal_error", "message": "m""#, r#"null"#),
    Case::raw(r#"not JSON at all: an HTML page"#, r#"<html><body><h1>502 Bad Gateway</h1></body></html>"#, r#"null"#),
    Case::raw(r#"empty body"#, r#""#, r#"null"#),
    Case::raw(r#"only whitespace"#, " \u{d}\u{a} ", r#"null"#),
    Case::raw(r#"trailing garbage after the object"#, r#"{"error": {"code": "internal_error", "message": "m"}} trailing"#, r#"null"#),
    Case::envelope(r#"known code with every member"#, Sent::new(r#"internal_error"#, 500, r#"Something broke"#).request_id(r#"req_1"#).details(r#"{"attempt": 2}"#), r#"{"code": "internal_error", "known": true, "message": "Something broke", "request_id": "req_1", "details": {"attempt": 2}}"#),
    Case::envelope(r#"known code with field errors"#, Sent::new(r#"validation_error"#, 500, r#"Invalid"#).details(r#"{"fields": {"name": ["must not be empty"]}}"#), r#"{"code": "validation_error", "known": true, "message": "Invalid", "request_id": null, "details": {"fields": {"name": ["must not be empty"]}}}"#),
    Case::envelope(r#"unknown code is kept as its string"#, Sent::new(r#"code-added-later"#, 500, r#"New"#).request_id(r#"req_2"#), r#"{"code": "code-added-later", "known": false, "message": "New", "request_id": "req_2", "details": null}"#),
    Case::envelope(r#"numeric message reads as empty"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error/message"#, r#"42"#), r#"{"code": "internal_error", "known": true, "message": "", "request_id": null, "details": null}"#),
    Case::envelope(r#"object message reads as empty"#, Sent::new(r#"code-added-later"#, 500, r#"m"#).set(r#"/error/message"#, r#"{"text": "m"}"#), r#"{"code": "code-added-later", "known": false, "message": "", "request_id": null, "details": null}"#),
    Case::envelope(r#"missing message reads as empty"#, Sent::new(r#"validation_error"#, 500, r#"m"#).remove(r#"/error/message"#), r#"{"code": "validation_error", "known": true, "message": "", "request_id": null, "details": null}"#),
    Case::envelope(r#"numeric request_id reads as absent"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error/request_id"#, r#"17"#), r#"{"code": "internal_error", "known": true, "message": "m", "request_id": null, "details": null}"#),
    Case::envelope(r#"string details read as absent"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error/details"#, r#""none""#), r#"{"code": "internal_error", "known": true, "message": "m", "request_id": null, "details": null}"#),
    Case::envelope(r#"array details read as absent"#, Sent::new(r#"validation_error"#, 500, r#"m"#).set(r#"/error/details"#, r#"["name"]"#), r#"{"code": "validation_error", "known": true, "message": "m", "request_id": null, "details": null}"#),
    Case::envelope(r#"empty details object is kept"#, Sent::new(r#"internal_error"#, 500, r#"m"#).details(r#"{}"#), r#"{"code": "internal_error", "known": true, "message": "m", "request_id": null, "details": {}}"#),
    Case::envelope(r#"extra members are ignored"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/status"#, r#"500"#).set(r#"/error/retryable"#, r#"false"#).set(r#"/error/hint"#, r#"{"a": 1}"#).set(r#"/trace"#, r#"[1, 2]"#), r#"{"code": "internal_error", "known": true, "message": "m", "request_id": null, "details": null}"#),
    Case::envelope(r#"unicode, quotes and control characters in the message survive"#, Sent::new(r#"internal_error"#, 500, "café   😀 \"q\" <b>*/</b> \\ \u{0}\u{1f}\u{a}\u{9} end"), r#"{"code": "internal_error", "known": true, "message": "café   😀 \"q\" <b>*/</b> \\ \u0000\u001f\n\t end", "request_id": null, "details": null}"#),
    Case::envelope(r#"raw non-ASCII in the body"#, Sent::new(r#"code-added-later"#, 500, r#"Zugriff verweigert – 拒绝"#), r#"{"code": "code-added-later", "known": false, "message": "Zugriff verweigert – 拒绝", "request_id": null, "details": null}"#),
    Case::envelope(r#"error is an array (clients)"#, Sent::new(r#"internal_error"#, 500, r#"m"#).set(r#"/error"#, r#"[{"code": "internal_error", "message": "m"}]"#), r#"null"#),
    Case::envelope(r#"no error member"#, Sent::new(r#"internal_error"#, 500, r#"m"#).remove(r#"/error"#).set(r#"/code"#, r#""internal_error""#).set(r#"/message"#, r#""m""#), r#"null"#),
    Case::envelope(r#"code missing (clients)"#, Sent::new(r#"internal_error"#, 500, r#"m"#).request_id(r#"req_3"#).remove(r#"/error/code"#), r#"null"#),
    Case::raw(r#"invalid JSON: an HTML page from a proxy"#, r#"<html><body>502 Bad Gateway</body></html>"#, r#"null"#),
    Case::raw(r#"whitespace only"#, " \u{a}", r#"null"#),
    Case::problem_document(r#"problem details, every member, unknown members ignored"#, Sent::new(r#"validation_error"#, 422, r#"Invalid fields"#).title(r#"Some fields are invalid"#).doc_url(r#"$DOCS_URL#validation_error"#).request_id(r#"req_1"#).set(r#"/instance"#, r#""/widgets/1""#).set(r#"/invalid-params"#, r#"[{"name": "path", "reason": "must not be empty"}, {"name": "ttl", "reason": "too long"}, {"name": "path", "reason": "too short"}]"#).set(r#"/balance"#, r#"30"#), r#"{"code": "validation_error", "known": true, "message": "Invalid fields", "request_id": "req_1", "details": {"fields": {"path": ["must not be empty", "too short"], "ttl": ["too long"]}}}"#),
    Case::problem_document(r#"problem details, unknown code kept exactly, about:blank type"#, Sent::new(r#"code-added-later"#, 429, r#"Added after this client was built"#).title(r#"Too Many Requests"#), r#"{"code": "code-added-later", "known": false, "message": "Added after this client was built", "request_id": null, "details": null}"#),
    Case::problem_document(r#"problem details without code: the code is the fragment of a type of this API's docs"#, Sent::new(r#"internal_error"#, 500, r#"Boom"#).title(r#"Internal"#).doc_url(r#"$DOCS_URL#internal_error"#).remove(r#"/code"#), r#"{"code": "internal_error", "known": true, "message": "Boom", "request_id": null, "details": null}"#),
    Case::problem_document(r#"problem details without code: an unknown code in the type's fragment is kept"#, Sent::new(r#"internal_error"#, 503, r#"m"#).doc_url(r#"$DOCS_URL#code-added-later"#).remove(r#"/title"#).remove(r#"/detail"#).remove(r#"/code"#), r#"{"code": "code-added-later", "known": false, "message": "", "request_id": null, "details": null}"#),
    Case::problem_document(r#"problem details, code not a string: the type's fragment decides"#, Sent::new(r#"internal_error"#, 500, r#"Boom"#).doc_url(r#"$DOCS_URL#internal_error"#).remove(r#"/title"#).remove(r#"/status"#).set(r#"/code"#, r#"42"#), r#"{"code": "internal_error", "known": true, "message": "Boom", "request_id": null, "details": null}"#),
    Case::problem_document(r#"problem details of another site (RFC 9457's example), no code: not an error body"#, Sent::new(r#"internal_error"#, 500, r#"Your current balance is 30, but that costs 50."#).title(r#"You do not have enough credit."#).doc_url(r#"https://example.com/probs/out-of-credit"#).remove(r#"/status"#).remove(r#"/code"#).set(r#"/instance"#, r#""/account/12345/msgs/abc""#).set(r#"/balance"#, r#"30"#), r#"null"#),
    Case::problem_document(r#"problem details, about:blank and no code: not an error body"#, Sent::new(r#"internal_error"#, 404, r#"m"#).title(r#"Not Found"#).remove(r#"/detail"#).remove(r#"/code"#), r#"null"#),
    Case::problem_document(r#"problem details, type of this API with an empty fragment: not an error body"#, Sent::new(r#"internal_error"#, 500, r#"m"#).doc_url(r#"$DOCS_URL#"#).remove(r#"/title"#).remove(r#"/detail"#).remove(r#"/code"#), r#"null"#),
    Case::problem_document(r#"problem details, a prefix of this API's docs URL is not its type"#, Sent::new(r#"internal_error"#, 500, r#"m"#).doc_url(r#"$DOCS_URL-other#internal_error"#).remove(r#"/title"#).remove(r#"/detail"#).remove(r#"/code"#), r#"null"#),
    Case::problem_document(r#"problem details, detail null or not a string reads as empty, request_id not a string as absent"#, Sent::new(r#"internal_error"#, 500, r#"m"#).remove(r#"/type"#).remove(r#"/title"#).remove(r#"/status"#).set(r#"/detail"#, r#"null"#).set(r#"/request_id"#, r#"7"#), r#"{"code": "internal_error", "known": true, "message": "", "request_id": null, "details": null}"#),
    Case::problem_document(r#"problem details, malformed invalid-params entries skipped, details object kept"#, Sent::new(r#"internal_error"#, 500, r#"Boom"#).details(r#"{"a": [1]}"#).remove(r#"/type"#).remove(r#"/title"#).remove(r#"/status"#).set(r#"/invalid-params"#, r#"[{"name": 1, "reason": "x"}, "junk", {"name": "a"}]"#), r#"{"code": "internal_error", "known": true, "message": "Boom", "request_id": null, "details": {"a": [1]}}"#),
    Case::problem_document(r#"problem details, invalid-params not an array and details not an object: no details"#, Sent::new(r#"internal_error"#, 500, r#"m"#).remove(r#"/type"#).remove(r#"/title"#).remove(r#"/detail"#).set(r#"/invalid-params"#, r#"{"name": "a", "reason": "b"}"#).set(r#"/details"#, r#"[1]"#), r#"{"code": "internal_error", "known": true, "message": "", "request_id": null, "details": null}"#),
    Case::problem_document(r#"a nested envelope wins over problem members beside it"#, Sent::new(r#"validation_error"#, 500, r#"problem"#).remove(r#"/type"#).remove(r#"/title"#).remove(r#"/status"#).set(r#"/error"#, r#"{"code": "internal_error", "message": "nested"}"#), r#"{"code": "internal_error", "known": true, "message": "nested", "request_id": null, "details": null}"#),
    Case::problem_document(r#"an error member that is not an envelope leaves the problem members to decide"#, Sent::new(r#"internal_error"#, 500, r#"problem"#).remove(r#"/type"#).remove(r#"/title"#).remove(r#"/status"#).set(r#"/error"#, r#"{"message": "no code"}"#), r#"{"code": "internal_error", "known": true, "message": "problem", "request_id": null, "details": null}"#),
    Case::problem_document(r#"a code beside problem members that are not RFC 9457's (no type, title, status, detail or instance): not an error body"#, Sent::new(r#"internal_error"#, 500, r#"m"#).request_id(r#"req_1"#).remove(r#"/type"#).remove(r#"/title"#).remove(r#"/status"#).remove(r#"/detail"#).set(r#"/reason"#, r#""flat""#), r#"null"#),
    ]
}

#[test]
fn the_cases_file_is_written_by_the_runtime() {
    let mut file = Map::new();
    file.insert(
        "docs_url_placeholder".into(),
        Value::from(DOCS_URL_PLACEHOLDER),
    );
    file.insert(
        "cases".into(),
        Value::Array(cases().iter().map(Case::to_json).collect()),
    );
    let written = Value::Object(file);
    let path = workspace_root().join(CASES);
    if std::env::var_os("UPDATE_ENVELOPE_CASES").is_some() {
        let mut text = serde_json::to_string_pretty(&written).unwrap();
        text.push('\n');
        std::fs::write(&path, text).unwrap();
    }
    let committed: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert!(
        committed == written,
        "{CASES} is not what the runtime writes: run \
         UPDATE_ENVELOPE_CASES=1 cargo test -p error-codes-tests --test it envelope_cases_written"
    );
}
