//! Registry → a dependency-free TypeScript module
//! (`clients/typescript/error-codes.ts`): the code union, per-code data,
//! `isRetryable`, and envelope types that tolerate codes added later.
//!
//! Registry text reaches TypeScript only as JSON string literals and inside
//! block comments, each escaped for where it lands.

use std::fmt::Write;

use super::jsonschema::{details_schema_name, used_shapes};
use super::tree::json_string;
use crate::model::{DetailsShape, Registry, Retry, StatusKind};

/// Statuses at which a code the client does not know is worth retrying
/// after a delay: the same as the Rust client's `Retry::for_status`.
pub const RETRYABLE_STATUSES: &[u16] = &[408, 429, 502, 503, 504];

/// A TypeScript string literal. JSON's escapes suffice, plus the two line
/// separators older engines reject inside literals.
pub fn string(s: &str) -> String {
    json_string(s)
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// Text for a `/** … */` comment: nothing in it may close the comment.
pub fn comment(s: &str) -> String {
    s.replace("*/", "*\\/")
}

/// An object key: bare when it is an identifier, quoted otherwise.
fn key(s: &str) -> String {
    let identifier = s
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if identifier { s.to_string() } else { string(s) }
}

fn union(values: impl IntoIterator<Item = String>) -> String {
    let members: Vec<String> = values.into_iter().map(|v| format!("\n  | {v}")).collect();
    if members.is_empty() {
        " never".into()
    } else {
        members.concat()
    }
}

fn nullable(value: Option<&str>) -> String {
    value.map_or_else(|| "null".into(), string)
}

/// Which of the package's three files an item is rendered into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// `error-codes.ts`: the readable TypeScript source.
    Source,
    /// `dist/index.js`: ESM JavaScript, what Node runs.
    Script,
    /// `dist/index.d.ts`: the declarations `tsc` reads.
    Declarations,
}

/// One top-level item of the module, rendered for each target.
enum Item {
    /// A type or interface: the same text in `.ts` and `.d.ts`, absent in `.js`.
    Type(String),
    /// An exported constant.
    Const {
        doc: String,
        name: &'static str,
        /// The annotation in `.ts`, if any.
        annotation: Option<String>,
        init: String,
        /// Appended to the initializer in `.ts` (`as const`, `satisfies`).
        ts_suffix: String,
        /// The type in `.d.ts`.
        declared: String,
    },
    /// Hand-written code, once per target.
    Code {
        source: &'static str,
        script: &'static str,
        declarations: &'static str,
    },
}

impl Item {
    fn render(&self, target: Target, out: &mut String) {
        match (self, target) {
            (Item::Type(_), Target::Script) => {}
            (Item::Type(text), _) => {
                out.push_str(text);
                out.push('\n');
            }
            (
                Item::Const {
                    doc,
                    name,
                    annotation,
                    init,
                    ts_suffix,
                    declared,
                },
                target,
            ) => {
                out.push_str(doc);
                let _ = match target {
                    Target::Source => writeln!(
                        out,
                        "export const {name}{} = {init}{ts_suffix};\n",
                        annotation
                            .as_ref()
                            .map_or_else(String::new, |a| format!(": {a}"))
                    ),
                    Target::Script => writeln!(out, "export const {name} = {init};\n"),
                    Target::Declarations => {
                        writeln!(out, "export declare const {name}: {declared};\n")
                    }
                };
            }
            (
                Item::Code {
                    source,
                    script,
                    declarations,
                },
                target,
            ) => out.push_str(match target {
                Target::Source => source,
                Target::Script => script,
                Target::Declarations => declarations,
            }),
        }
    }
}

/// `clients/typescript/error-codes.ts`: the module as TypeScript source.
pub fn module(registry: &Registry) -> String {
    render(registry, Target::Source)
}

/// `clients/typescript/dist/index.js`: the same module as ESM JavaScript,
/// emitted directly (no `tsc` run) so that `generate` alone refreshes it.
pub fn javascript(registry: &Registry) -> String {
    render(registry, Target::Script)
}

/// `clients/typescript/dist/index.d.ts`: the module's declarations.
pub fn declarations(registry: &Registry) -> String {
    render(registry, Target::Declarations)
}

fn render(registry: &Registry, target: Target) -> String {
    let page = &registry.page;
    // The provenance comment comes first, from `Layout::preamble`.
    let mut out = String::from("\n/**\n");
    let _ = writeln!(out, " * {}", comment(&page.title));
    for paragraph in &page.intro {
        let _ = writeln!(out, " *\n * {}", comment(paragraph));
    }
    out.push_str(" *\n * @packageDocumentation\n */\n\n");
    for item in items(registry) {
        item.render(target, &mut out);
    }
    out
}

fn items(registry: &Registry) -> Vec<Item> {
    let mut items = Vec::new();
    items.push(Item::Type(format!(
        "/** Every error code the API defines. Branch on it, not on the HTTP status. */\nexport type ErrorCode ={};\n",
        union(registry.codes().map(|(_, c)| string(&c.code)))
    )));
    items.push(Item::Type(
        "/**\n * A code this module does not know: added to the API after it was generated.\n * `string & {}` keeps editors suggesting the known codes.\n */\nexport type UnknownErrorCode = string & {};\n".into(),
    ));
    items.push(Item::Type(
        "/** What a response's `error.code` can be. */\nexport type AnyErrorCode = ErrorCode | UnknownErrorCode;\n".into(),
    ));

    let codes: String = registry
        .codes()
        .map(|(_, code)| format!("  {},\n", string(&code.code)))
        .collect();
    items.push(Item::Const {
        doc: "/** Every code, in registry order. */\n".into(),
        name: "ERROR_CODES",
        annotation: Some("readonly ErrorCode[]".into()),
        init: format!("[\n{codes}]"),
        ts_suffix: String::new(),
        declared: "readonly ErrorCode[]".into(),
    });

    items.push(Item::Type(format!(
        "/** Rust-style names of the categories, the keys of {{@link CATEGORIES}}. */\nexport type Category ={};\n",
        union(registry.categories.iter().map(|c| string(&c.rust_name)))
    )));
    items.push(Item::Type(format!(
        "/** Whether repeating a failed request may succeed. */\nexport type Retry ={};\n",
        union(Retry::VALUES.iter().map(|(name, _)| string(name)))
    )));
    items.push(Item::Type(format!(
        "/** Typed shapes of `error.details`. */\nexport type DetailsShape ={};\n",
        union(DetailsShape::VALUES.iter().map(|(name, _)| string(name)))
    )));

    let categories_type = "{\n  readonly [C in Category]: {\n    readonly title: string;\n    readonly statusKind: \"response\" | \"reported\";\n    readonly codes: readonly ErrorCode[];\n  };\n}";
    let mut categories = String::from("{\n");
    for category in &registry.categories {
        let kind = match category.status_kind {
            StatusKind::Response => "response",
            StatusKind::Reported => "reported",
        };
        let codes: Vec<String> = category.codes.iter().map(|c| string(&c.code)).collect();
        let _ = writeln!(
            categories,
            "  {}: {{\n    title: {},\n    statusKind: {},\n    codes: [{}],\n  }},",
            key(&category.rust_name),
            string(&category.title),
            string(kind),
            codes.join(", ")
        );
    }
    categories.push('}');
    items.push(Item::Const {
        doc: "/** The categories of the docs page, in order. A `reported` status describes something else (a webhook delivery), not the API's response. */\n".into(),
        name: "CATEGORIES",
        annotation: Some(categories_type.into()),
        init: categories,
        ts_suffix: String::new(),
        declared: categories_type.into(),
    });

    let mut statuses = String::from("{\n");
    let mut status_type = String::from("{\n");
    for (_, code) in registry.codes() {
        let _ = writeln!(statuses, "  {}: {},", key(&code.code), code.status);
        let _ = writeln!(
            status_type,
            "  readonly {}: {};",
            key(&code.code),
            code.status
        );
    }
    statuses.push('}');
    status_type.push('}');
    items.push(Item::Const {
        doc: "/** The HTTP status of every code. */\n".into(),
        name: "ERROR_CODE_STATUS",
        annotation: None,
        init: statuses,
        ts_suffix: " as const satisfies { readonly [C in ErrorCode]: number }".into(),
        declared: status_type,
    });

    items.push(Item::Type(
        "/** Everything the registry says about a code. */\nexport interface ErrorCodeInfo {\n  readonly status: number;\n  readonly category: Category;\n  readonly meaning: string | null;\n  readonly retry: Retry;\n  readonly details: DetailsShape | null;\n  readonly deprecated: {\n    readonly since: string;\n    /** The ISO 8601 date (YYYY-MM-DD) from which the code may be removed, if announced. */\n    readonly sunset: string | null;\n    readonly useInstead: ErrorCode | null;\n    readonly note: string | null;\n  } | null;\n  /** Where the code is documented. */\n  readonly docUrl: string | null;\n}\n".into(),
    ));
    let mut info = String::from("{\n");
    for (category, code) in registry.codes() {
        let deprecated = code.deprecated.as_ref().map_or_else(
            || "null".to_string(),
            |d| {
                format!(
                    "{{ since: {}, sunset: {}, useInstead: {}, note: {} }}",
                    string(&d.since),
                    nullable(d.sunset.map(|date| date.to_string()).as_deref()),
                    nullable(d.use_instead.as_deref()),
                    nullable(d.note.as_deref())
                )
            },
        );
        let _ = writeln!(
            info,
            "  {}: {{\n    status: {},\n    category: {},\n    meaning: {},\n    retry: {},\n    details: {},\n    deprecated: {deprecated},\n    docUrl: {},\n  }},",
            key(&code.code),
            code.status,
            string(&category.rust_name),
            nullable(code.meaning.as_deref()),
            string(code.retry.as_str()),
            nullable(code.details.map(DetailsShape::as_str)),
            nullable(registry.doc_url(code).as_deref()),
        );
    }
    info.push('}');
    let info_type = "{ readonly [C in ErrorCode]: ErrorCodeInfo }";
    items.push(Item::Const {
        doc: String::new(),
        name: "ERROR_CODE_INFO",
        annotation: Some(info_type.into()),
        init: info,
        ts_suffix: String::new(),
        declared: info_type.into(),
    });

    let mut headers = String::from("{\n");
    let mut headers_type = String::from("{\n");
    for header in &registry.headers {
        let _ = writeln!(
            headers,
            "  {}: {},",
            key(&header.const_name),
            string(&header.name)
        );
        let _ = writeln!(
            headers_type,
            "  readonly {}: {};",
            key(&header.const_name),
            string(&header.name)
        );
    }
    headers.push('}');
    headers_type.push('}');
    items.push(Item::Const {
        doc: "/** Response header names. */\n".into(),
        name: "HEADERS",
        annotation: None,
        init: headers,
        ts_suffix: " as const".into(),
        declared: headers_type,
    });

    items.push(Item::Code {
        source: IS_ERROR_CODE_TS,
        script: IS_ERROR_CODE_JS,
        declarations: IS_ERROR_CODE_DTS,
    });
    items.push(Item::Const {
        doc: "/** Statuses at which a code this module does not know is worth retrying after a delay. */\n".into(),
        name: "RETRYABLE_STATUSES",
        annotation: Some("readonly number[]".into()),
        init: format!("[{}]", statuses_list()),
        ts_suffix: String::new(),
        declared: "readonly number[]".into(),
    });
    items.push(Item::Code {
        source: RETRY_TS,
        script: RETRY_JS,
        declarations: RETRY_DTS,
    });

    for shape in used_shapes(registry) {
        match shape {
            DetailsShape::FieldErrors => items.push(Item::Type(format!(
                "/** `error.details` of field-level validation errors: field name → problems. */\nexport interface {} {{\n  readonly fields: {{ readonly [field: string]: readonly string[] }};\n}}\n",
                details_schema_name(shape)
            ))),
        }
    }
    let mut by_code = String::from(
        "/** `error.details` of the codes whose registry entry declares a shape. */\nexport interface DetailsByCode {\n",
    );
    for (_, code) in registry.codes() {
        if let Some(shape) = code.details {
            let _ = writeln!(
                by_code,
                "  {}: {};",
                key(&code.code),
                details_schema_name(shape)
            );
        }
    }
    by_code.push_str("}\n");
    items.push(Item::Type(by_code));
    items.push(Item::Type(ENVELOPE_TYPES.into()));
    items.push(Item::Code {
        source: ENVELOPE_TS,
        script: ENVELOPE_JS,
        declarations: ENVELOPE_DTS,
    });
    items.push(Item::Type(HEADER_TYPES.into()));
    items.push(Item::Code {
        source: HEADERS_TS,
        script: HEADERS_JS,
        declarations: HEADERS_DTS,
    });
    items.push(Item::Type(RESPONSE_TYPES.into()));
    items.push(Item::Code {
        source: ERROR_RESPONSE_TS,
        script: ERROR_RESPONSE_JS,
        declarations: ERROR_RESPONSE_DTS,
    });
    items
}

fn statuses_list() -> String {
    RETRYABLE_STATUSES
        .iter()
        .map(u16::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

// The hand-written behaviour, once per target. Each `*_TS` is the source;
// its `*_JS` is the same code without types and its `*_DTS` the signatures.
// `tests/tests/outputs_typescript.rs` compiles the `.ts` with `tsc` and
// checks that the result and `dist/` export the same names with mutually
// assignable types and behave alike on the shared cases.

const IS_ERROR_CODE_TS: &str = r#"/** Whether `code` is one this module knows. */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CODE_INFO, code);
}

"#;

const IS_ERROR_CODE_JS: &str = r#"/** Whether `code` is one this module knows. */
export function isErrorCode(code) {
  return Object.prototype.hasOwnProperty.call(ERROR_CODE_INFO, code);
}

"#;

const IS_ERROR_CODE_DTS: &str = r#"/** Whether `code` is one this module knows. */
export declare function isErrorCode(code: string): code is ErrorCode;

"#;

const RETRY_TS: &str = r#"/**
 * Whether and how a retry may succeed. A known code answers from the
 * registry. For an unknown code, a `Retry-After` header means
 * `"after_delay"`; otherwise the response's status decides.
 */
export function retryAdvice(
  code: AnyErrorCode,
  response: { readonly status?: number; readonly retryAfter?: boolean } = {},
): Retry {
  if (isErrorCode(code)) {
    return ERROR_CODE_INFO[code].retry;
  }
  if (response.retryAfter === true) {
    return "after_delay";
  }
  return response.status !== undefined && RETRYABLE_STATUSES.includes(response.status)
    ? "after_delay"
    : "never";
}

/** Whether repeating the failed request may succeed (see {@link retryAdvice}). */
export function isRetryable(
  code: AnyErrorCode,
  response: { readonly status?: number; readonly retryAfter?: boolean } = {},
): boolean {
  return retryAdvice(code, response) !== "never";
}

"#;

const RETRY_JS: &str = r#"/**
 * Whether and how a retry may succeed. A known code answers from the
 * registry. For an unknown code, a `Retry-After` header means
 * `"after_delay"`; otherwise the response's status decides.
 */
export function retryAdvice(code, response = {}) {
  if (isErrorCode(code)) {
    return ERROR_CODE_INFO[code].retry;
  }
  if (response.retryAfter === true) {
    return "after_delay";
  }
  return response.status !== undefined && RETRYABLE_STATUSES.includes(response.status)
    ? "after_delay"
    : "never";
}

/** Whether repeating the failed request may succeed (see {@link retryAdvice}). */
export function isRetryable(code, response = {}) {
  return retryAdvice(code, response) !== "never";
}

"#;

const RETRY_DTS: &str = r#"/**
 * Whether and how a retry may succeed. A known code answers from the
 * registry. For an unknown code, a `Retry-After` header means
 * `"after_delay"`; otherwise the response's status decides.
 */
export declare function retryAdvice(
  code: AnyErrorCode,
  response?: { readonly status?: number; readonly retryAfter?: boolean },
): Retry;

/** Whether repeating the failed request may succeed (see {@link retryAdvice}). */
export declare function isRetryable(
  code: AnyErrorCode,
  response?: { readonly status?: number; readonly retryAfter?: boolean },
): boolean;

"#;

const ENVELOPE_TYPES: &str = r#"/** `error.details` for a code: its declared shape, or any JSON object. */
export type ErrorDetails<C extends AnyErrorCode = AnyErrorCode> = C extends keyof DetailsByCode
  ? DetailsByCode[C]
  : { readonly [key: string]: unknown };

/** The `error` member of an error response. */
export interface ErrorBody<C extends AnyErrorCode = AnyErrorCode> {
  readonly code: C;
  /** For people: may change, never parse it. */
  readonly message: string;
  readonly details?: ErrorDetails<C>;
  /** Identifies the request in support tickets (also the `X-Request-ID` header). */
  readonly request_id?: string;
  /** Where the code is documented. */
  readonly doc_url?: string;
}

/** The body of every error response. */
export interface ErrorEnvelope<C extends AnyErrorCode = AnyErrorCode> {
  readonly error: ErrorBody<C>;
}
"#;

const ENVELOPE_TS: &str = r#"/** Narrows an error to one code, typing its `details`. */
export function hasCode<C extends ErrorCode>(error: ErrorBody, code: C): error is ErrorBody<C> {
  return error.code === code;
}

/** A JSON object (not `null`, not an array). */
function isJsonObject(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads an error response's body as an error envelope, or `null` when it is
 * not one; never throws. `body` is the body's text (parsed as JSON here) or
 * the already parsed JSON value. It is an envelope when `error` is an object
 * whose `code` is a string: an unknown code is kept as it is. A `message`
 * that is not a string reads as `""`; a `details` that is not an object and a
 * `request_id` or `doc_url` that is not a string read as absent; other
 * members are ignored.
 */
export function parseErrorEnvelope(body: unknown): ErrorEnvelope | null {
  let value: unknown = body;
  if (typeof body === "string") {
    try {
      value = JSON.parse(body);
    } catch {
      return null;
    }
  }
  if (!isJsonObject(value)) {
    return null;
  }
  const error = value["error"];
  if (!isJsonObject(error)) {
    return null;
  }
  const { code, message, details, request_id, doc_url } = error;
  if (typeof code !== "string") {
    return null;
  }
  const parsed: {
    code: string;
    message: string;
    details?: { readonly [key: string]: unknown };
    request_id?: string;
    doc_url?: string;
  } = { code, message: typeof message === "string" ? message : "" };
  if (isJsonObject(details)) {
    parsed.details = details;
  }
  if (typeof request_id === "string") {
    parsed.request_id = request_id;
  }
  if (typeof doc_url === "string") {
    parsed.doc_url = doc_url;
  }
  return { error: parsed as ErrorBody };
}

"#;

const ENVELOPE_JS: &str = r#"/** Narrows an error to one code, typing its `details`. */
export function hasCode(error, code) {
  return error.code === code;
}

/** A JSON object (not `null`, not an array). */
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads an error response's body as an error envelope, or `null` when it is
 * not one; never throws. `body` is the body's text (parsed as JSON here) or
 * the already parsed JSON value. It is an envelope when `error` is an object
 * whose `code` is a string: an unknown code is kept as it is. A `message`
 * that is not a string reads as `""`; a `details` that is not an object and a
 * `request_id` or `doc_url` that is not a string read as absent; other
 * members are ignored.
 */
export function parseErrorEnvelope(body) {
  let value = body;
  if (typeof body === "string") {
    try {
      value = JSON.parse(body);
    } catch {
      return null;
    }
  }
  if (!isJsonObject(value)) {
    return null;
  }
  const error = value["error"];
  if (!isJsonObject(error)) {
    return null;
  }
  const { code, message, details, request_id, doc_url } = error;
  if (typeof code !== "string") {
    return null;
  }
  const parsed = { code, message: typeof message === "string" ? message : "" };
  if (isJsonObject(details)) {
    parsed.details = details;
  }
  if (typeof request_id === "string") {
    parsed.request_id = request_id;
  }
  if (typeof doc_url === "string") {
    parsed.doc_url = doc_url;
  }
  return { error: parsed };
}

"#;

const ENVELOPE_DTS: &str = r#"/** Narrows an error to one code, typing its `details`. */
export declare function hasCode<C extends ErrorCode>(error: ErrorBody, code: C): error is ErrorBody<C>;

/**
 * Reads an error response's body as an error envelope, or `null` when it is
 * not one; never throws. `body` is the body's text (parsed as JSON here) or
 * the already parsed JSON value. It is an envelope when `error` is an object
 * whose `code` is a string: an unknown code is kept as it is. A `message`
 * that is not a string reads as `""`; a `details` that is not an object and a
 * `request_id` or `doc_url` that is not a string read as absent; other
 * members are ignored.
 */
export declare function parseErrorEnvelope(body: unknown): ErrorEnvelope | null;

"#;

const HEADER_TYPES: &str = r#"/**
 * A response's headers: `fetch`'s `Headers` (anything with `get`), or a plain
 * object such as Node's `IncomingHttpHeaders` (names in any case).
 */
export type HeaderSource =
  | { get(name: string): string | null | undefined }
  | { readonly [name: string]: string | readonly string[] | undefined };

/**
 * The `X-RateLimit-*` figures of a response, each `null` when not sent (or
 * not a non-negative integer).
 */
export interface RateLimit {
  /** `X-RateLimit-Limit`: requests allowed in the window. */
  readonly limit: number | null;
  /** `X-RateLimit-Remaining`: requests left in the window. */
  readonly remaining: number | null;
  /** `X-RateLimit-Reset`: the integer the API sends for the window's reset. */
  readonly reset: number | null;
}
"#;

const HEADERS_TS: &str = r#"/** A header's value, or `null` when absent; repeated fields are joined with ", ". */
export function headerValue(headers: HeaderSource, name: string): string | null {
  const get: unknown = (headers as { readonly get?: unknown }).get;
  if (typeof get === "function") {
    const value: unknown = get.call(headers, name);
    return typeof value === "string" ? value : null;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as { readonly [name: string]: unknown })) {
    if (key.toLowerCase() !== wanted) {
      continue;
    }
    if (typeof value === "string") {
      return value;
    }
    if (Array.isArray(value) && value.every((part) => typeof part === "string")) {
      return value.join(", ");
    }
  }
  return null;
}

/** `value` without the optional whitespace (spaces and tabs) around HTTP field values. */
function trimOws(value: string): string {
  return value.replace(/^[ \t]+|[ \t]+$/g, "");
}

/** A non-negative decimal integer, or `null` (also when too large to be exact). */
function nonNegativeInteger(value: string): number | null {
  const trimmed = trimOws(value);
  if (!/^[0-9]+$/.test(trimmed)) {
    return null;
  }
  const number = Number(trimmed);
  return Number.isSafeInteger(number) ? number : null;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const TIME = "(?<hour>[0-9]{2}):(?<minute>[0-9]{2}):(?<second>[0-9]{2})";
const MONTH = `(?<month>${MONTHS.join("|")})`;
/** RFC 9110 §5.6.7: the preferred IMF-fixdate, and the obsolete RFC 850 and asctime forms every recipient must accept. */
const HTTP_DATES: readonly RegExp[] = [
  new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?<day>[0-9]{2}) ${MONTH} (?<year>[0-9]{4}) ${TIME} GMT$`),
  new RegExp(
    `^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?<day>[0-9]{2})-${MONTH}-(?<year>[0-9]{2}) ${TIME} GMT$`,
  ),
  new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${MONTH} (?<day>[0-9]{2}| [0-9]) ${TIME} (?<year>[0-9]{4})$`),
];

/** An HTTP-date as milliseconds since the epoch, or `null`. */
function httpDate(value: string, now: number): number | null {
  let groups: { readonly [name: string]: string } | undefined;
  for (const form of HTTP_DATES) {
    groups = form.exec(value)?.groups;
    if (groups !== undefined) {
      break;
    }
  }
  if (groups === undefined) {
    return null;
  }
  const field = (name: string): number => Number((groups?.[name] ?? "").trim());
  const yearText = groups["year"] ?? "";
  let year = field("year");
  if (yearText.length === 2) {
    // RFC 9110: a two-digit year that would be more than 50 years in the
    // future is the most recent year in the past with the same two digits.
    const latest = new Date(now).getUTCFullYear() + 50;
    year = latest - ((((latest - year) % 100) + 100) % 100);
  }
  const month = MONTHS.indexOf(groups["month"] ?? "");
  const day = field("day");
  const [hour, minute, second] = [field("hour"), field("minute"), field("second")];
  if (hour > 23 || minute > 59 || second > 60) {
    return null;
  }
  const midnight = new Date(0);
  midnight.setUTCFullYear(year, month, day);
  if (midnight.getUTCDate() !== day || midnight.getUTCMonth() !== month) {
    return null;
  }
  // Second 60 (a leap second) is the next minute's first.
  return midnight.getTime() + ((hour * 60 + minute) * 60 + second) * 1000;
}

/**
 * A `Retry-After` value as a delay in whole seconds, or `null` when absent
 * or not valid. Both forms of RFC 9110 are read: delay-seconds (`"120"`)
 * and an HTTP-date, which gives the seconds from `now` (milliseconds since
 * the epoch, by default the current time) to that date, rounded up, and 0
 * for a date in the past. A negative, fractional or otherwise malformed
 * value gives `null`.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (value === null || value === undefined) {
    return null;
  }
  const trimmed = trimOws(value);
  if (/^[0-9]+$/.test(trimmed)) {
    return nonNegativeInteger(trimmed);
  }
  const date = httpDate(trimmed, now);
  return date === null ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The `X-RateLimit-*` figures of a response's headers. */
export function parseRateLimit(headers: HeaderSource): RateLimit {
  const figure = (name: string): number | null => {
    const value = headerValue(headers, name);
    return value === null ? null : nonNegativeInteger(value);
  };
  return {
    limit: figure(HEADERS.X_RATE_LIMIT_LIMIT),
    remaining: figure(HEADERS.X_RATE_LIMIT_REMAINING),
    reset: figure(HEADERS.X_RATE_LIMIT_RESET),
  };
}

"#;

const HEADERS_JS: &str = r#"/** A header's value, or `null` when absent; repeated fields are joined with ", ". */
export function headerValue(headers, name) {
  const get = headers.get;
  if (typeof get === "function") {
    const value = get.call(headers, name);
    return typeof value === "string" ? value : null;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) {
      continue;
    }
    if (typeof value === "string") {
      return value;
    }
    if (Array.isArray(value) && value.every((part) => typeof part === "string")) {
      return value.join(", ");
    }
  }
  return null;
}

/** `value` without the optional whitespace (spaces and tabs) around HTTP field values. */
function trimOws(value) {
  return value.replace(/^[ \t]+|[ \t]+$/g, "");
}

/** A non-negative decimal integer, or `null` (also when too large to be exact). */
function nonNegativeInteger(value) {
  const trimmed = trimOws(value);
  if (!/^[0-9]+$/.test(trimmed)) {
    return null;
  }
  const number = Number(trimmed);
  return Number.isSafeInteger(number) ? number : null;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const TIME = "(?<hour>[0-9]{2}):(?<minute>[0-9]{2}):(?<second>[0-9]{2})";
const MONTH = `(?<month>${MONTHS.join("|")})`;
/** RFC 9110 §5.6.7: the preferred IMF-fixdate, and the obsolete RFC 850 and asctime forms every recipient must accept. */
const HTTP_DATES = [
  new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?<day>[0-9]{2}) ${MONTH} (?<year>[0-9]{4}) ${TIME} GMT$`),
  new RegExp(
    `^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?<day>[0-9]{2})-${MONTH}-(?<year>[0-9]{2}) ${TIME} GMT$`,
  ),
  new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${MONTH} (?<day>[0-9]{2}| [0-9]) ${TIME} (?<year>[0-9]{4})$`),
];

/** An HTTP-date as milliseconds since the epoch, or `null`. */
function httpDate(value, now) {
  let groups;
  for (const form of HTTP_DATES) {
    groups = form.exec(value)?.groups;
    if (groups !== undefined) {
      break;
    }
  }
  if (groups === undefined) {
    return null;
  }
  const field = (name) => Number((groups?.[name] ?? "").trim());
  const yearText = groups["year"] ?? "";
  let year = field("year");
  if (yearText.length === 2) {
    // RFC 9110: a two-digit year that would be more than 50 years in the
    // future is the most recent year in the past with the same two digits.
    const latest = new Date(now).getUTCFullYear() + 50;
    year = latest - ((((latest - year) % 100) + 100) % 100);
  }
  const month = MONTHS.indexOf(groups["month"] ?? "");
  const day = field("day");
  const [hour, minute, second] = [field("hour"), field("minute"), field("second")];
  if (hour > 23 || minute > 59 || second > 60) {
    return null;
  }
  const midnight = new Date(0);
  midnight.setUTCFullYear(year, month, day);
  if (midnight.getUTCDate() !== day || midnight.getUTCMonth() !== month) {
    return null;
  }
  // Second 60 (a leap second) is the next minute's first.
  return midnight.getTime() + ((hour * 60 + minute) * 60 + second) * 1000;
}

/**
 * A `Retry-After` value as a delay in whole seconds, or `null` when absent
 * or not valid. Both forms of RFC 9110 are read: delay-seconds (`"120"`)
 * and an HTTP-date, which gives the seconds from `now` (milliseconds since
 * the epoch, by default the current time) to that date, rounded up, and 0
 * for a date in the past. A negative, fractional or otherwise malformed
 * value gives `null`.
 */
export function parseRetryAfter(value, now = Date.now()) {
  if (value === null || value === undefined) {
    return null;
  }
  const trimmed = trimOws(value);
  if (/^[0-9]+$/.test(trimmed)) {
    return nonNegativeInteger(trimmed);
  }
  const date = httpDate(trimmed, now);
  return date === null ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The `X-RateLimit-*` figures of a response's headers. */
export function parseRateLimit(headers) {
  const figure = (name) => {
    const value = headerValue(headers, name);
    return value === null ? null : nonNegativeInteger(value);
  };
  return {
    limit: figure(HEADERS.X_RATE_LIMIT_LIMIT),
    remaining: figure(HEADERS.X_RATE_LIMIT_REMAINING),
    reset: figure(HEADERS.X_RATE_LIMIT_RESET),
  };
}

"#;

const HEADERS_DTS: &str = r#"/** A header's value, or `null` when absent; repeated fields are joined with ", ". */
export declare function headerValue(headers: HeaderSource, name: string): string | null;

/**
 * A `Retry-After` value as a delay in whole seconds, or `null` when absent
 * or not valid. Both forms of RFC 9110 are read: delay-seconds (`"120"`)
 * and an HTTP-date, which gives the seconds from `now` (milliseconds since
 * the epoch, by default the current time) to that date, rounded up, and 0
 * for a date in the past. A negative, fractional or otherwise malformed
 * value gives `null`.
 */
export declare function parseRetryAfter(value: string | null | undefined, now?: number): number | null;

/** The `X-RateLimit-*` figures of a response's headers. */
export declare function parseRateLimit(headers: HeaderSource): RateLimit;

"#;

const RESPONSE_TYPES: &str = r#"/** What {@link ErrorResponse.fromResponse} reads: `fetch`'s `Response` has it. */
export interface ResponseLike {
  readonly status: number;
  readonly headers: HeaderSource;
  text(): Promise<string>;
}
"#;

const ERROR_RESPONSE_TS: &str = r#"/**
 * An error response the API sent, as an `Error` to throw: its status, its
 * envelope, and the advice in its headers.
 */
export class ErrorResponse<C extends AnyErrorCode = AnyErrorCode> extends Error {
  /** The response's HTTP status. */
  readonly status: number;
  /** The body. */
  readonly envelope: ErrorEnvelope<C>;
  /** `error.request_id`, or the `X-Request-ID` header when the body has none. */
  readonly requestId: string | null;
  /** `Retry-After` as a delay in seconds (see {@link parseRetryAfter}). */
  readonly retryAfter: number | null;
  /** The `X-RateLimit-*` figures. */
  readonly rateLimit: RateLimit;

  constructor(status: number, envelope: ErrorEnvelope<C>, headers: HeaderSource = {}, now: number = Date.now()) {
    const { code, message } = envelope.error;
    const header = headerValue(headers, HEADERS.X_REQUEST_ID)?.trim() ?? "";
    const requestId = envelope.error.request_id ?? (header === "" ? null : header);
    super(`HTTP ${status} ${code}${message === "" ? "" : `: ${message}`}${requestId === null ? "" : ` (request ${requestId})`}`);
    this.name = "ErrorResponse";
    this.status = status;
    this.envelope = envelope;
    this.requestId = requestId;
    this.retryAfter = parseRetryAfter(headerValue(headers, HEADERS.RETRY_AFTER), now);
    this.rateLimit = parseRateLimit(headers);
  }

  /**
   * Reads a response that is not a success: an `ErrorResponse`, or `null`
   * when its body is not an error envelope.
   */
  static async fromResponse(response: ResponseLike): Promise<ErrorResponse | null> {
    const envelope = parseErrorEnvelope(await response.text());
    return envelope === null ? null : new ErrorResponse(response.status, envelope, response.headers);
  }

  /** `error.code`. */
  get code(): C {
    return this.envelope.error.code;
  }

  /** The `error` member. */
  get error(): ErrorBody<C> {
    return this.envelope.error;
  }

  /** Whether and how a retry may succeed (see {@link retryAdvice}). */
  get retry(): Retry {
    return retryAdvice(this.code, { status: this.status, retryAfter: this.retryAfter !== null });
  }

  /** Whether a retry may succeed. */
  get isRetryable(): boolean {
    return this.retry !== "never";
  }
}
"#;

const ERROR_RESPONSE_JS: &str = r#"/**
 * An error response the API sent, as an `Error` to throw: its status, its
 * envelope, and the advice in its headers.
 */
export class ErrorResponse extends Error {
  constructor(status, envelope, headers = {}, now = Date.now()) {
    const { code, message } = envelope.error;
    const header = headerValue(headers, HEADERS.X_REQUEST_ID)?.trim() ?? "";
    const requestId = envelope.error.request_id ?? (header === "" ? null : header);
    super(`HTTP ${status} ${code}${message === "" ? "" : `: ${message}`}${requestId === null ? "" : ` (request ${requestId})`}`);
    this.name = "ErrorResponse";
    this.status = status;
    this.envelope = envelope;
    this.requestId = requestId;
    this.retryAfter = parseRetryAfter(headerValue(headers, HEADERS.RETRY_AFTER), now);
    this.rateLimit = parseRateLimit(headers);
  }

  /**
   * Reads a response that is not a success: an `ErrorResponse`, or `null`
   * when its body is not an error envelope.
   */
  static async fromResponse(response) {
    const envelope = parseErrorEnvelope(await response.text());
    return envelope === null ? null : new ErrorResponse(response.status, envelope, response.headers);
  }

  /** `error.code`. */
  get code() {
    return this.envelope.error.code;
  }

  /** The `error` member. */
  get error() {
    return this.envelope.error;
  }

  /** Whether and how a retry may succeed (see {@link retryAdvice}). */
  get retry() {
    return retryAdvice(this.code, { status: this.status, retryAfter: this.retryAfter !== null });
  }

  /** Whether a retry may succeed. */
  get isRetryable() {
    return this.retry !== "never";
  }
}
"#;

const ERROR_RESPONSE_DTS: &str = r#"/**
 * An error response the API sent, as an `Error` to throw: its status, its
 * envelope, and the advice in its headers.
 */
export declare class ErrorResponse<C extends AnyErrorCode = AnyErrorCode> extends Error {
  /** The response's HTTP status. */
  readonly status: number;
  /** The body. */
  readonly envelope: ErrorEnvelope<C>;
  /** `error.request_id`, or the `X-Request-ID` header when the body has none. */
  readonly requestId: string | null;
  /** `Retry-After` as a delay in seconds (see {@link parseRetryAfter}). */
  readonly retryAfter: number | null;
  /** The `X-RateLimit-*` figures. */
  readonly rateLimit: RateLimit;
  constructor(status: number, envelope: ErrorEnvelope<C>, headers?: HeaderSource, now?: number);
  /**
   * Reads a response that is not a success: an `ErrorResponse`, or `null`
   * when its body is not an error envelope.
   */
  static fromResponse(response: ResponseLike): Promise<ErrorResponse | null>;
  /** `error.code`. */
  get code(): C;
  /** The `error` member. */
  get error(): ErrorBody<C>;
  /** Whether and how a retry may succeed (see {@link retryAdvice}). */
  get retry(): Retry;
  /** Whether a retry may succeed. */
  get isRetryable(): boolean;
}
"#;
