/**
 * What every reader of an error body shares: the JSON tests, the member
 * walk, and the envelope a reader makes of what it found.
 */

import type { ErrorBody, ErrorEnvelope } from "./envelope.js";

/**
 * A reader of this API's own body (its layout, or Google's), which
 * `codes.ts` lists in `BODY_READERS` when the registry has one: the body's
 * envelope, else `null`. `codeHeader` is the value of the layout's code
 * header.
 */
export type BodyReader = (value: unknown, codeHeader: string | null) => ErrorEnvelope | null;

/** A JSON object (not `null`, not an array). */
export function isJsonObject(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The member at a dotted path, when every step is an object. */
export function memberAt(value: unknown, path: string | null): unknown {
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

/** Sets an own member, whatever its name (`__proto__` included): a server's names never reach a prototype. */
export function define(target: { [key: string]: unknown }, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The envelope of members read leniently. */
export function readBody(code: string, message: unknown, details: unknown, request_id: unknown, doc_url: unknown): ErrorEnvelope {
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
