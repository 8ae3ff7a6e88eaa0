// Copied from clients/typescript/layout_body.ts of error-codes-codegen. Do not edit.
// Regenerate with `cargo run -p error-codes-codegen -- generate`.
/**
 * The reader of a body in the API's own layout (`BODY_LAYOUT`), which
 * `codes.ts` imports only for a registry with a layout: a bundle of any
 * other API's package holds none of it.
 */

import type { ErrorEnvelope } from "./envelope.js";
import { isJsonObject, memberAt, readBody } from "./read.js";

/** The members each code declares (`DETAIL_MEMBERS`). */
export type Declared = { readonly [code: string]: readonly string[] };

/** A body in `layout` (not one whose root is an array: `items_body.ts`), else `null`. */
export function readLayout(layout: BodyLayout, declared: Declared, value: unknown): ErrorEnvelope | null {
  return isJsonObject(value) ? parseLayout(layout, declared, value, null) : null;
}

/**
 * A body in `layout` without its code member, read with the code of the
 * layout's code header (`codeHeader`), else `null`: tried after every other
 * reader, so the body's code wins when it has one.
 */
export function readLayoutByHeader(layout: BodyLayout, declared: Declared, value: unknown, codeHeader: string | null): ErrorEnvelope | null {
  const code = codeHeader?.trim() ?? "";
  return code !== "" && isJsonObject(value) ? parseLayout(layout, declared, value, code) : null;
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

/** Where each field of an error goes in a body of the API's own layout: member paths, dotted for nesting. */
export interface BodyLayout {
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

/** A body in the API's own layout, as the `error` of an envelope, else `null`. */
export function parseLayout(layout: BodyLayout, declared: Declared, body: { readonly [key: string]: unknown }, codeHeader: string | null): ErrorEnvelope | null {
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
    gatherDeclared(layout, declared, inner, code, memberAt(inner, layout.details)),
    memberAt(inner, layout.request_id),
    memberAt(inner, layout.doc_url),
  );
}

/**
 * `details` with a known code's declared members gathered back from where the
 * layout places them (`declared_members`); a member there wins.
 */
function gatherDeclared(layout: BodyLayout, declared: Declared, inner: unknown, code: string, details: unknown): unknown {
  if (layout.declared_members === undefined) {
    return details;
  }
  const holder = layout.declared_members === "." ? inner : memberAt(inner, layout.declared_members);
  const members = Object.hasOwn(declared, code) ? declared[code] : undefined;
  if (!isJsonObject(holder) || members === undefined) {
    return details;
  }
  const present = members.filter((member) => Object.hasOwn(holder, member));
  if (present.length === 0) {
    return details;
  }
  const merged: { [member: string]: unknown } = isJsonObject(details) ? { ...details } : {};
  for (const member of present) {
    merged[member] = holder[member];
  }
  return merged;
}

