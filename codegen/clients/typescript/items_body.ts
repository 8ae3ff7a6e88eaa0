/**
 * The reader of a body in the API's own layout whose root is an array of
 * error objects (`root: "errors[]"`, JSON:API; `root: "[]"`, Salesforce),
 * which `codes.ts` imports only for such a layout.
 */

import type { ErrorBody, ErrorEnvelope } from "./envelope.js";
import { parseLayout, type BodyLayout, type Declared } from "./layout_body.js";
import { isJsonObject, memberAt } from "./read.js";

/** The suffix of an array root's member (`errors[]`). */
const ITEMS = "[]";

/**
 * A body whose root is an array of error objects (or, `root: "[]"`, that
 * array): each item with a code, the first with the field errors of every
 * item of its code; else `null`.
 */
export function readItems(layout: BodyLayout, declared: Declared, body: unknown): ErrorEnvelope | null {
  const path = (layout.root ?? "").slice(0, -ITEMS.length);
  const array = path === "" ? body : memberAt(body, path);
  if (!Array.isArray(array)) {
    return null;
  }
  const errors: ErrorBody[] = [];
  for (const item of array as unknown[]) {
    const read = parseLayout({ ...layout, root: null }, declared, isJsonObject(item) ? item : {}, null);
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

