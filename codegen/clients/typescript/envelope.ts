/** The error envelope: its types and a reader that never throws. */

import type { AnyErrorCode, DetailsByCode, ErrorCode } from "./codes.js";

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
