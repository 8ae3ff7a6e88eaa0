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

pub fn module(registry: &Registry) -> String {
    let page = &registry.page;
    let mut out = String::from(
        "// Generated from registry/error-codes.yaml by `cargo run -p error-codes-codegen -- generate`.\n// Do not edit by hand.\n\n",
    );
    out.push_str("/**\n");
    let _ = writeln!(out, " * {}", comment(&page.title));
    for paragraph in &page.intro {
        let _ = writeln!(out, " *\n * {}", comment(paragraph));
    }
    out.push_str(" *\n * @packageDocumentation\n */\n\n");

    out.push_str(
        "/** Every error code the API defines. Branch on it, not on the HTTP status. */\n",
    );
    let _ = writeln!(
        out,
        "export type ErrorCode ={};\n",
        union(registry.codes().map(|(_, c)| string(&c.code)))
    );
    out.push_str(
        "/**\n * A code this module does not know: added to the API after it was generated.\n * `string & {}` keeps editors suggesting the known codes.\n */\nexport type UnknownErrorCode = string & {};\n\n",
    );
    out.push_str("/** What a response's `error.code` can be. */\nexport type AnyErrorCode = ErrorCode | UnknownErrorCode;\n\n");

    out.push_str("/** Every code, in registry order. */\nexport const ERROR_CODES: readonly ErrorCode[] = [\n");
    for (_, code) in registry.codes() {
        let _ = writeln!(out, "  {},", string(&code.code));
    }
    out.push_str("];\n\n");

    let _ = writeln!(
        out,
        "/** Rust-style names of the categories, the keys of {{@link CATEGORIES}}. */\nexport type Category ={};\n",
        union(registry.categories.iter().map(|c| string(&c.rust_name)))
    );
    let _ = writeln!(
        out,
        "/** Whether repeating a failed request may succeed. */\nexport type Retry ={};\n",
        union(Retry::VALUES.iter().map(|(name, _)| string(name)))
    );
    let _ = writeln!(
        out,
        "/** Typed shapes of `error.details`. */\nexport type DetailsShape ={};\n",
        union(DetailsShape::VALUES.iter().map(|(name, _)| string(name)))
    );

    out.push_str(
        "/** The categories of the docs page, in order. A `reported` status describes something else (a webhook delivery), not the API's response. */\nexport const CATEGORIES: {\n  readonly [C in Category]: {\n    readonly title: string;\n    readonly statusKind: \"response\" | \"reported\";\n    readonly codes: readonly ErrorCode[];\n  };\n} = {\n",
    );
    for category in &registry.categories {
        let kind = match category.status_kind {
            StatusKind::Response => "response",
            StatusKind::Reported => "reported",
        };
        let codes: Vec<String> = category.codes.iter().map(|c| string(&c.code)).collect();
        let _ = writeln!(
            out,
            "  {}: {{\n    title: {},\n    statusKind: {},\n    codes: [{}],\n  }},",
            key(&category.rust_name),
            string(&category.title),
            string(kind),
            codes.join(", ")
        );
    }
    out.push_str("};\n\n");

    out.push_str("/** The HTTP status of every code. */\nexport const ERROR_CODE_STATUS = {\n");
    for (_, code) in registry.codes() {
        let _ = writeln!(out, "  {}: {},", key(&code.code), code.status);
    }
    out.push_str("} as const satisfies { readonly [C in ErrorCode]: number };\n\n");

    out.push_str(
        "/** Everything the registry says about a code. */\nexport interface ErrorCodeInfo {\n  readonly status: number;\n  readonly category: Category;\n  readonly meaning: string | null;\n  readonly retry: Retry;\n  readonly details: DetailsShape | null;\n  readonly deprecated: {\n    readonly since: string;\n    readonly useInstead: ErrorCode | null;\n    readonly note: string | null;\n  } | null;\n  /** Where the code is documented. */\n  readonly docUrl: string | null;\n}\n\n",
    );
    out.push_str(
        "export const ERROR_CODE_INFO: { readonly [C in ErrorCode]: ErrorCodeInfo } = {\n",
    );
    for (category, code) in registry.codes() {
        let deprecated = code.deprecated.as_ref().map_or_else(
            || "null".to_string(),
            |d| {
                format!(
                    "{{ since: {}, useInstead: {}, note: {} }}",
                    string(&d.since),
                    nullable(d.use_instead.as_deref()),
                    nullable(d.note.as_deref())
                )
            },
        );
        let _ = writeln!(
            out,
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
    out.push_str("};\n\n");

    out.push_str("/** Response header names. */\nexport const HEADERS = {\n");
    for header in &registry.headers {
        let _ = writeln!(
            out,
            "  {}: {},",
            key(&header.const_name),
            string(&header.name)
        );
    }
    out.push_str("} as const;\n\n");

    out.push_str(
        FUNCTIONS
            .replace("@@RETRYABLE_STATUSES@@", &statuses())
            .as_str(),
    );
    out.push_str(&envelope(registry));
    out
}

fn statuses() -> String {
    RETRYABLE_STATUSES
        .iter()
        .map(u16::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

const FUNCTIONS: &str = r#"/** Whether `code` is one this module knows. */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CODE_INFO, code);
}

/** Statuses at which an unknown code is worth retrying after a delay. */
const RETRYABLE_STATUSES: readonly number[] = [@@RETRYABLE_STATUSES@@];

/**
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

fn envelope(registry: &Registry) -> String {
    let mut out = String::new();
    let shapes = used_shapes(registry);
    for shape in &shapes {
        match shape {
            DetailsShape::FieldErrors => {
                let _ = writeln!(
                    out,
                    "/** `error.details` of field-level validation errors: field name → problems. */\nexport interface {} {{\n  readonly fields: {{ readonly [field: string]: readonly string[] }};\n}}\n",
                    details_schema_name(*shape)
                );
            }
        }
    }
    out.push_str("/** `error.details` of the codes whose registry entry declares a shape. */\nexport interface DetailsByCode {\n");
    for (_, code) in registry.codes() {
        if let Some(shape) = code.details {
            let _ = writeln!(
                out,
                "  {}: {};",
                key(&code.code),
                details_schema_name(shape)
            );
        }
    }
    out.push_str("}\n\n");
    out.push_str(ENVELOPE);
    out
}

const ENVELOPE: &str = r#"/** `error.details` for a code: its declared shape, or any JSON object. */
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

/** Narrows an error to one code, typing its `details`. */
export function hasCode<C extends ErrorCode>(error: ErrorBody, code: C): error is ErrorBody<C> {
  return error.code === code;
}

/**
 * Reads a parsed JSON response body as an error envelope, or `null` when it
 * is not one. Unknown codes and unknown members are kept, not rejected.
 */
export function parseErrorEnvelope(body: unknown): ErrorEnvelope | null {
  if (typeof body !== "object" || body === null) {
    return null;
  }
  const error: unknown = (body as { error?: unknown }).error;
  if (typeof error !== "object" || error === null) {
    return null;
  }
  const { code, message, request_id } = error as Record<string, unknown>;
  const optionalString = (value: unknown) => value === undefined || value === null || typeof value === "string";
  if (typeof code !== "string" || !optionalString(message) || !optionalString(request_id)) {
    return null;
  }
  const parsed: Record<string, unknown> = { ...error, code, message: message ?? "" };
  if (request_id === null) {
    delete parsed["request_id"];
  }
  return { error: parsed as unknown as ErrorBody };
}
"#;
