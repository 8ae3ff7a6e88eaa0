/**
 * The reader of Google's JSON error body (`GOOGLE_BODY`), which `codes.ts`
 * imports only for a registry with `envelope: google` or
 * `google-rpc-status`: a bundle of any other API's package holds none of it.
 */

import type { ErrorEnvelope } from "./envelope.js";
import { define, isJsonObject, readBody } from "./read.js";

/** What Google's body is read with: the `ErrorInfo` domain, each reason's code, each code's declared members (whether each is sent as text). */
export interface GoogleBody {
  readonly domain: string;
  readonly reasons: { readonly [reason: string]: string };
  readonly members: { readonly [code: string]: { readonly [member: string]: boolean } };
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

/** Google's JSON body of this API (read with `google`, its `GOOGLE_BODY`), as the `error` of an envelope, else `null`. */
export function readGoogle(google: GoogleBody, body: unknown): ErrorEnvelope | null {
  if (!isJsonObject(body)) {
    return null;
  }
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

