// Copied from clients/typescript/envelope.ts of error-codes-codegen. Do not edit.
// Regenerate with `cargo run -p error-codes-codegen -- generate`.
/**
 * The error envelope and RFC 9457 problem details: their types and a reader
 * of both that never throws.
 */

import { BODY_LAYOUT, BODY_READERS, DETAIL_MEMBERS, DOCS_URL, HEADER_CODE_READER } from "./codes.js";
import type { AnyErrorCode, DetailsByCode, ErrorCode } from "./codes.js";
import { headerValue, type HeaderSource } from "./headers.js";
import type { BodyLayout } from "./layout_body.js";
import { isJsonObject, memberAt, readBody } from "./read.js";

export { metadataDetails } from "./google_body.js";

/** `error.details` for a code: its declared shape, or any JSON object. */
export type ErrorDetails<C extends AnyErrorCode = AnyErrorCode> = C extends keyof DetailsByCode
  ? DetailsByCode[C]
  : { readonly [key: string]: unknown };

/** The `error` member of an error response. */
export interface ErrorBody<C extends AnyErrorCode = AnyErrorCode> {
  readonly code: C;
  /** For people: may change, never parse it. */
  readonly message: string;
  readonly details?: ErrorDetails<C>;
  /** Identifies the request in support tickets (also the registry's request-id header). */
  readonly request_id?: string;
  /** Where the code is documented. */
  readonly doc_url?: string;
}

/** The body of every error response. */
export interface ErrorEnvelope<C extends AnyErrorCode = AnyErrorCode> {
  readonly error: ErrorBody<C>;
  /**
   * Every error of the body, in its order (`parseErrorEnvelope` always sets
   * it): for a layout whose root is an array of error objects (JSON:API's
   * `errors`), each item read on its own, an item whose pointer names a field
   * having that field error as its `details.fields`; for any other body, its
   * one error. `error` is the first, with the field errors of every item of
   * its code.
   */
  readonly errors?: readonly ErrorBody<C>[];
}

/** The media type of RFC 9457 problem details. */
export const PROBLEM_JSON = "application/problem+json";

/** One field error of a problem document's `invalid-params`. */
export interface InvalidParam {
  readonly name: string;
  readonly reason: string;
}

/**
 * An RFC 9457 problem document, as an API whose registry says
 * `envelope: rfc9457` sends it (see `ENVELOPE`). Members not listed here are
 * extension members; ignore those you do not know.
 */
export interface ProblemDetails<C extends AnyErrorCode = AnyErrorCode> {
  /** The code's docs URL (`DOCS_URL` + `#` + code), or `about:blank`. */
  readonly type: string;
  /** What the code means: the same for every occurrence. */
  readonly title: string;
  readonly status: number;
  /** This occurrence, for people: may change, never parse it. */
  readonly detail: string;
  readonly instance?: string;
  /** The code to branch on. */
  readonly code: C;
  readonly request_id?: string;
  /** Field errors: one entry per problem with a field. */
  readonly "invalid-params"?: readonly InvalidParam[];
  readonly details?: { readonly [key: string]: unknown };
}

/** Narrows an error to one code, typing its `details`. */
export function hasCode<C extends ErrorCode>(error: ErrorBody, code: C): error is ErrorBody<C> {
  return error.code === code;
}

/**
 * Reads an error response's body, or `null` when it is not an error body;
 * never throws. `body` is the body's text (parsed as JSON here) or the
 * already parsed JSON value. Both shapes read, whatever `ENVELOPE` says:
 *
 * - a nested envelope: `error` is an object whose `code` is a string (an
 *   unknown code is kept as it is). A `message` that is not a string reads as
 *   `""`; a `details` that is not an object and a `request_id` or `doc_url`
 *   that is not a string read as absent;
 * - otherwise RFC 9457 problem details of this API: an object whose `code` is
 *   a string beside a member of RFC 9457 (`type`, `title`, `status`, `detail`
 *   or `instance`), or else whose `type` is `DOCS_URL#<code>`. `detail` is
 *   the message (`""` when not a string), `type` the `doc_url` (unless
 *   `about:blank`), the `name`/`reason` strings of `invalid-params` the
 *   `details.fields`, else a `details` object the details; for a code whose
 *   details declare members (`DETAIL_MEMBERS`), each of them present at the
 *   top level is added to the details (a code added later reads only
 *   `details`).
 *
 * An API whose registry gives its own body layout (`BODY_LAYOUT`) is read
 * in that layout first: an object whose member at the layout's code path is
 * a string; the message, request id, docs URL and
 * details are read from their paths as above, the status member is ignored.
 * A layout whose root is an array (`root: "errors[]"`, JSON:API) reads every
 * item that has a code (`errors`), the first as `error`; an item's field
 * pointer (`field_pointer`, its `pointer_prefix` stripped) names the field of
 * its field error.
 * A layout with a qualifier around the code (`code_prefix`, `code_suffix`:
 * AWS's `namespace#Code`) reads the code with or without it, and without
 * any other `namespace#` before it or `:url` after it, as AWS's SDKs do.
 * With the layout's code header (`codeHeader`, the value of the response's
 * header `BODY_LAYOUT.code_header`; see {@link codeHeaderOf}), an object
 * without the code member is read with the header's code: the body's code
 * wins when it is there.
 *
 * An API whose registry says `envelope: google` or `google-rpc-status`
 * (`GOOGLE_BODY`) is read as Google's JSON body first: its `error` object
 * (else the body itself, a bare `google.rpc.Status`) whose `details` array
 * holds a `google.rpc.ErrorInfo` of the API's domain. The code is the
 * reason's (a reason this package does not know is kept as the code); the
 * details are the metadata (typed back as the code declares its members)
 * with `BadRequest`'s field violations as `details.fields`; the docs URL is
 * `Help`'s first link. An `ErrorInfo` of another domain is another API's
 * error: such a body is not read as one of this API's.
 *
 * Other members are ignored.
 */
export function parseErrorEnvelope(body: unknown, codeHeader: string | null = null): ErrorEnvelope | null {
  let value: unknown = body;
  if (typeof body === "string") {
    try {
      value = JSON.parse(body);
    } catch {
      return null;
    }
  }
  const read = readAny(value, codeHeader);
  return read === null ? null : { ...read, errors: read.errors ?? [read.error] };
}

/**
 * `value` as this API's own body (`BODY_READERS`: its layout, or Google's
 * body), else a nested envelope, else problem details, else (a body without
 * a code) the layout's with `codeHeader`'s code.
 */
function readAny(value: unknown, codeHeader: string | null): ErrorEnvelope | null {
  for (const reader of BODY_READERS) {
    const read = reader(value, codeHeader);
    if (read !== null) {
      return read;
    }
  }
  if (!isJsonObject(value)) {
    return null;
  }
  const error = value["error"];
  if (isJsonObject(error) && typeof error["code"] === "string") {
    return readBody(error["code"], error["message"], error["details"], error["request_id"], error["doc_url"]);
  }
  const problem = parseProblem(value);
  // No code in the body: the code header's.
  return problem === null && HEADER_CODE_READER !== null ? HEADER_CODE_READER(value, codeHeader) : problem;
}

/**
 * Whether a response body is marked as an error by the layout's error
 * marker (`BODY_LAYOUT.error_marker`, Slack's `ok: false`): its member at
 * the marker's path has the constant's value. Such an API answers errors
 * with a 2xx status; `false` for every body of an API without a marker.
 */
export function marksError(body: unknown): boolean {
  if (LAYOUT === null || LAYOUT.error_marker === undefined || LAYOUT.error_marker_value === undefined) {
    return false;
  }
  let value: unknown = body;
  if (typeof body === "string") {
    try {
      value = JSON.parse(body);
    } catch {
      return false;
    }
  }
  return sameJson(memberAt(value, LAYOUT.error_marker), JSON.parse(LAYOUT.error_marker_value));
}

/** Whether the API may answer an error with a 2xx status (its layout has an error marker). */
export function errorsMaySucceed(): boolean {
  return LAYOUT !== null && LAYOUT.error_marker !== undefined;
}

/** The value of the layout's code header (`BODY_LAYOUT.code_header`) in `headers`, else `null`. */
export function codeHeaderOf(headers: HeaderSource): string | null {
  return LAYOUT === null || LAYOUT.code_header === undefined ? null : headerValue(headers, LAYOUT.code_header);
}

/** The API's own body layout, when its registry gives one (`BODY_LAYOUT`). */
const LAYOUT = BODY_LAYOUT as BodyLayout | null;

/** Whether two JSON values are equal (`false` is not `0`). */
function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]));
  }
  return a === b;
}

/** The members RFC 9457 defines: one of them beside `code` makes a problem document. */
const RFC_MEMBERS = ["type", "title", "status", "detail", "instance"] as const;

/** A problem document of this API, as the `error` of an envelope. */
function parseProblem(problem: { readonly [key: string]: unknown }): ErrorEnvelope | null {
  const type = problem["type"];
  let code = problem["code"];
  if (typeof code !== "string" || !RFC_MEMBERS.some((member) => member in problem)) {
    code = typeof type === "string" ? codeOfType(type) : null;
    if (typeof code !== "string") {
      return null;
    }
  }
  const fields: { [field: string]: string[] } = {};
  let anyField = false;
  const params = problem["invalid-params"];
  if (Array.isArray(params)) {
    for (const param of params as unknown[]) {
      if (isJsonObject(param) && typeof param["name"] === "string" && typeof param["reason"] === "string") {
        (fields[param["name"]] ??= []).push(param["reason"]);
        anyField = true;
      }
    }
  }
  let details = anyField ? { fields } : problem["details"];
  const declared = Object.hasOwn(DETAIL_MEMBERS, code) ? DETAIL_MEMBERS[code] : undefined;
  const present = (declared ?? []).filter((member) => Object.hasOwn(problem, member));
  if (present.length > 0) {
    // A code that declares members has no field errors: `details` is its
    // `details` member (an object) or absent; top-level members win.
    const merged: { [member: string]: unknown } = isJsonObject(details) ? { ...details } : {};
    for (const member of present) {
      merged[member] = problem[member];
    }
    details = merged;
  }
  const docUrl = type === "about:blank" ? undefined : type;
  return readBody(code, problem["detail"], details, problem["request_id"], docUrl);
}

/** The code of a problem `type` that is `DOCS_URL#<code>`, else `null`. */
function codeOfType(type: string): string | null {
  if (DOCS_URL === null || !type.startsWith(`${DOCS_URL}#`)) {
    return null;
  }
  const code = type.slice(DOCS_URL.length + 1);
  return code === "" ? null : code;
}

