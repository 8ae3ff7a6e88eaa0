/**
 * The error envelope and RFC 9457 problem details: their types and a reader
 * of both that never throws.
 */

import { BODY_LAYOUT, DETAIL_MEMBERS, DOCS_URL, GOOGLE_BODY } from "./codes.js";
import type { AnyErrorCode, DetailsByCode, ErrorCode } from "./codes.js";
import { headerValue, type HeaderSource } from "./headers.js";

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

/** A JSON object (not `null`, not an array). */
function isJsonObject(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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
  // A body that is the array of the error objects (`root: "[]"`).
  if (Array.isArray(value) && LAYOUT !== null && LAYOUT.root === ITEMS) {
    const read = parseItems(LAYOUT, value);
    return read === null ? null : { ...read, errors: read.errors ?? [read.error] };
  }
  if (!isJsonObject(value)) {
    return null;
  }
  const read = readAny(value, codeHeader);
  return read === null ? null : { ...read, errors: read.errors ?? [read.error] };
}

/** `value` in the layout, else a nested envelope, else problem details (the layout's with `codeHeader`'s code when the body has none). */
function readAny(value: { readonly [key: string]: unknown }, codeHeader: string | null): ErrorEnvelope | null {
  if (GOOGLE_BODY !== null) {
    const read = parseGoogle(value);
    if (read !== null) {
      return read;
    }
  }
  if (LAYOUT !== null) {
    const read = LAYOUT.root?.endsWith(ITEMS) ? parseItems(LAYOUT, value) : parseLayout(LAYOUT, value, null);
    if (read !== null) {
      return read;
    }
  }
  const error = value["error"];
  if (isJsonObject(error) && typeof error["code"] === "string") {
    return readBody(error["code"], error["message"], error["details"], error["request_id"], error["doc_url"]);
  }
  const problem = parseProblem(value);
  if (problem === null && LAYOUT !== null && codeHeader !== null && codeHeader.trim() !== "") {
    // No code in the body: the code header's.
    return parseLayout(LAYOUT, value, codeHeader.trim());
  }
  return problem;
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

/**
 * The code inside a code with a qualifier: without the layout's own prefix
 * and suffix, then without any other `:url` after it and `namespace#`
 * before it, as AWS's SDKs read `__type` and `X-Amzn-Errortype`.
 */
function unqualified(written: string, prefix: string, suffix: string): string {
  let code = prefix !== "" && written.startsWith(prefix) ? written.slice(prefix.length) : written;
  code = suffix !== "" && code.endsWith(suffix) ? code.slice(0, code.length - suffix.length) : code;
  const colon = code.indexOf(":");
  code = colon === -1 ? code : code.slice(0, colon);
  return code.slice(code.lastIndexOf("#") + 1);
}

/** The suffix of an array root's member (`errors[]`). */
const ITEMS = "[]";

/**
 * A body whose root is an array of error objects: each item with a code, the
 * first with the field errors of every item of its code.
 */
function parseItems(layout: BodyLayout, body: unknown): ErrorEnvelope | null {
  const path = (layout.root ?? "").slice(0, -ITEMS.length);
  const array = path === "" ? body : memberAt(body, path);
  if (!Array.isArray(array)) {
    return null;
  }
  const errors: ErrorBody[] = [];
  for (const item of array as unknown[]) {
    const read = parseLayout({ ...layout, root: null }, isJsonObject(item) ? item : {}, null);
    if (read === null) {
      continue;
    }
    const pointer = memberAt(item, layout.field_pointer ?? null);
    if (typeof pointer === "string") {
      const field = fieldOfPointer(layout.pointer_prefix ?? "/", pointer);
      errors.push({ ...read.error, details: { fields: { [field]: [read.error.message] } } } as ErrorBody);
    } else {
      errors.push(read.error);
    }
  }
  const first = errors[0];
  if (first === undefined) {
    return null;
  }
  const fields: { [field: string]: string[] } = {};
  let anyField = false;
  for (const error of errors.filter((e) => e.code === first.code)) {
    const own = (error.details as { fields?: unknown } | undefined)?.fields;
    if (isJsonObject(own)) {
      for (const [field, problems] of Object.entries(own)) {
        if (Array.isArray(problems)) {
          (fields[field] ??= []).push(...(problems as unknown[]).filter((p): p is string => typeof p === "string"));
          anyField = true;
        }
      }
    }
  }
  const error = anyField ? ({ ...first, details: { fields } } as ErrorBody) : first;
  return { error, errors };
}

/** The field a JSON Pointer names: its one token after `prefix`, unescaped, else the whole pointer. */
function fieldOfPointer(prefix: string, pointer: string): string {
  if (!pointer.startsWith(prefix)) {
    return pointer;
  }
  const token = pointer.slice(prefix.length);
  return token.includes("/") ? pointer : token.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** Where each field of an error goes in a body of the API's own layout: member paths, dotted for nesting. */
interface BodyLayout {
  readonly root: string | null;
  readonly code: string;
  readonly status: string | null;
  readonly message: string | null;
  readonly request_id: string | null;
  readonly doc_url: string | null;
  readonly details: string | null;
  /** `"number"`: the code is sent as a JSON number, read as its digits. */
  readonly code_type?: string;
  /** Where a code's declared details members are instead of under `details`: `"."` (the error's object) or a path under `root`. */
  readonly declared_members?: string;
  /** An array root's items: where each holds the invalid field's JSON Pointer. */
  readonly field_pointer?: string;
  /** What every field pointer starts with. */
  readonly pointer_prefix?: string;
  /** The response header that carries the code too. */
  readonly code_header?: string;
  /** Fixed text before the code in the body (AWS's `namespace#`). */
  readonly code_prefix?: string;
  /** Fixed text after the code in the body. */
  readonly code_suffix?: string;
  /** The path of the constant that marks a body as an error (Slack's `ok`). */
  readonly error_marker?: string;
  /** That constant's value, as JSON text. */
  readonly error_marker_value?: string;
}

/** The API's own body layout, when its registry gives one (`BODY_LAYOUT`). */
const LAYOUT = BODY_LAYOUT as BodyLayout | null;

/** The member at a dotted path, when every step is an object. */
function memberAt(value: unknown, path: string | null): unknown {
  if (path === null) {
    return undefined;
  }
  let here: unknown = value;
  for (const name of path.split(".")) {
    if (!isJsonObject(here) || !Object.hasOwn(here, name)) {
      return undefined;
    }
    here = here[name];
  }
  return here;
}

/** A body in the API's own layout, as the `error` of an envelope, else `null`. */
function parseLayout(layout: BodyLayout, body: { readonly [key: string]: unknown }, codeHeader: string | null): ErrorEnvelope | null {
  const inner = layout.root === null ? body : memberAt(body, layout.root);
  let code = codeHeader ?? memberAt(inner, layout.code);
  if (layout.code_type === "number" && typeof code === "number" && Number.isSafeInteger(code) && code >= 0) {
    code = String(code);
  }
  if (typeof code !== "string") {
    return null;
  }
  const qualified = layout.code_prefix !== undefined || layout.code_suffix !== undefined;
  return readBody(
    qualified ? unqualified(code, layout.code_prefix ?? "", layout.code_suffix ?? "") : code,
    memberAt(inner, layout.message),
    gatherDeclared(layout, inner, code, memberAt(inner, layout.details)),
    memberAt(inner, layout.request_id),
    memberAt(inner, layout.doc_url),
  );
}

/**
 * `details` with a known code's declared members gathered back from where the
 * layout places them (`declared_members`); a member there wins.
 */
function gatherDeclared(layout: BodyLayout, inner: unknown, code: string, details: unknown): unknown {
  if (layout.declared_members === undefined) {
    return details;
  }
  const holder = layout.declared_members === "." ? inner : memberAt(inner, layout.declared_members);
  const declared = Object.hasOwn(DETAIL_MEMBERS, code) ? DETAIL_MEMBERS[code] : undefined;
  if (!isJsonObject(holder) || declared === undefined) {
    return details;
  }
  const present = declared.filter((member) => Object.hasOwn(holder, member));
  if (present.length === 0) {
    return details;
  }
  const merged: { [member: string]: unknown } = isJsonObject(details) ? { ...details } : {};
  for (const member of present) {
    merged[member] = holder[member];
  }
  return merged;
}

/** The detail message of Google's body whose `@type` names `message`, with or without `type.googleapis.com/`. */
function googleDetail(details: readonly unknown[], message: string): { readonly [key: string]: unknown } | undefined {
  for (const detail of details) {
    if (isJsonObject(detail)) {
      const type = detail["@type"];
      if (typeof type === "string" && type.slice(type.lastIndexOf("/") + 1) === message) {
        return detail;
      }
    }
  }
  return undefined;
}

/** Sets an own member, whatever its name (`__proto__` included): a server's names never reach a prototype. */
function define(target: { [key: string]: unknown }, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The details an `ErrorInfo`'s metadata carries: for a code that declares
 * members (`declared`: whether each is sent as text), a text member as it
 * is and any other from its JSON text; for any other code, the text.
 */
export function metadataDetails(
  metadata: { readonly [key: string]: unknown },
  declared: { readonly [member: string]: boolean } | undefined,
): { [member: string]: unknown } {
  const members: { [member: string]: unknown } = {};
  for (const [name, sent] of Object.entries(metadata)) {
    if (typeof sent !== "string") {
      continue;
    }
    const text = declared === undefined || (Object.hasOwn(declared, name) && declared[name] === true);
    let value: unknown = sent;
    if (!text) {
      try {
        value = JSON.parse(sent) as unknown;
      } catch {
        value = sent;
      }
    }
    define(members, name, value);
  }
  return members;
}

/** Google's JSON body of this API (`GOOGLE_BODY`), as the `error` of an envelope, else `null`. */
function parseGoogle(body: { readonly [key: string]: unknown }): ErrorEnvelope | null {
  if (GOOGLE_BODY === null) {
    return null;
  }
  const google = GOOGLE_BODY as {
    readonly domain: string;
    readonly reasons: { readonly [reason: string]: string };
    readonly members: { readonly [code: string]: { readonly [member: string]: boolean } };
  };
  const error = body["error"];
  const status = isJsonObject(error) ? error : body;
  const details = status["details"];
  if (!Array.isArray(details)) {
    return null;
  }
  const info = googleDetail(details as unknown[], "google.rpc.ErrorInfo");
  const reason = info?.["reason"];
  if (info === undefined || info["domain"] !== google.domain || typeof reason !== "string") {
    return null;
  }
  const code = Object.hasOwn(google.reasons, reason) ? (google.reasons[reason] as string) : reason;
  const declared = Object.hasOwn(google.members, code) ? google.members[code] : undefined;
  const metadata = info["metadata"];
  const members = isJsonObject(metadata) ? metadataDetails(metadata, declared) : {};
  const violations = googleDetail(details as unknown[], "google.rpc.BadRequest")?.["fieldViolations"];
  if (Array.isArray(violations)) {
    const fields: { [field: string]: string[] } = {};
    let any = false;
    for (const violation of violations as unknown[]) {
      if (isJsonObject(violation) && typeof violation["field"] === "string" && typeof violation["description"] === "string") {
        if (!Object.hasOwn(fields, violation["field"])) {
          define(fields, violation["field"], []);
        }
        (fields[violation["field"]] as string[]).push(violation["description"]);
        any = true;
      }
    }
    if (any) {
      define(members, "fields", fields);
    }
  }
  const links = googleDetail(details as unknown[], "google.rpc.Help")?.["links"];
  const link: unknown = Array.isArray(links) ? (links as unknown[])[0] : undefined;
  const docUrl = isJsonObject(link) ? link["url"] : undefined;
  return readBody(code, status["message"], Object.keys(members).length > 0 ? members : undefined, undefined, docUrl);
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

/** The envelope of members read leniently. */
function readBody(code: string, message: unknown, details: unknown, request_id: unknown, doc_url: unknown): ErrorEnvelope {
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
