/**
 * Reading a gRPC error that reached a browser through Connect (or
 * gRPC-web via connect-es) as the error body the REST face would have sent.
 * Hand-written and dependency-free; present in the package of a registry
 * with `grpc:` only, whose data (`grpc-codes.ts`) is generated.
 *
 * The API's gRPC errors carry exactly one `google.rpc.ErrorInfo` detail
 * (Google's error model, AIP-193): its `reason` is the code in
 * UPPER_SNAKE_CASE, its `domain` the API's, its `metadata` the error's
 * details (a declared string member as it is, any other as its JSON text);
 * a `google.rpc.RetryInfo` may advise a delay and a `google.rpc.BadRequest`
 * carry field errors. The protobuf messages are decoded here, by hand.
 */

import { ROLE_HEADERS, type AnyErrorCode } from "./codes.js";
import type { ErrorBody, ErrorEnvelope } from "./envelope.js";
import { metadataDetails } from "./google_body.js";
import { GRPC_DOMAIN, GRPC_MEMBERS, GRPC_REASONS } from "./grpc-codes.js";

export { GRPC_CANONICAL_CODES, GRPC_DOMAIN, GRPC_MEMBERS, GRPC_REASONS } from "./grpc-codes.js";

/** What {@link parseConnectError} reads: the envelope, and the retry advice. */
export interface ConnectErrorEnvelope<C extends AnyErrorCode = AnyErrorCode> extends ErrorEnvelope<C> {
  /** `google.rpc.RetryInfo`'s delay in seconds, or `null`. */
  readonly retryAfter: number | null;
}

/** Metadata to read the request id from: `fetch`'s `Headers`, connect-es's `metadata`. */
export interface MetadataLike {
  get(name: string): string | null;
}

type Fields = Map<number, (number | Uint8Array)[]>;
type Detail = readonly [type: string, value: Uint8Array | Record<string, unknown>];

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const ERROR_INFO = "google.rpc.ErrorInfo";
const RETRY_INFO = "google.rpc.RetryInfo";
const BAD_REQUEST = "google.rpc.BadRequest";

/**
 * The error a Connect error carries, or `null` when it is not this API's:
 * its `ErrorInfo` has another domain, or it has none (anything malformed
 * included). Never throws.
 *
 * `error` is the Connect protocol's JSON error (`{"code": "not_found",
 * "message", "details": [{"type": "google.rpc.ErrorInfo", "value":
 * "<base64>"}]}`, `type` with or without `type.googleapis.com/`), parsed or
 * as text, or connect-es's `ConnectError` (its `rawMessage`, its `details`
 * as received, `{type, value: Uint8Array}`, or as built, `{desc, value}`;
 * its `metadata` gives the request id).
 *
 * The code is the reason's; a reason this package does not know is kept as
 * the code, as sent. `details` are the `ErrorInfo`'s metadata (typed back
 * as the registry declares the code's members) with `BadRequest`'s field
 * violations as `details.fields`; `request_id` is `metadata`'s, under the
 * registry's request-id header (`ROLE_HEADERS.requestId`).
 */
export function parseConnectError(error: unknown, metadata?: MetadataLike): ConnectErrorEnvelope | null {
  let value = error;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!isObject(value)) {
    return null;
  }
  const raw = value["rawMessage"];
  const message = typeof raw === "string" ? raw : value["message"];
  const items = value["details"];
  const details: Detail[] = [];
  for (const item of Array.isArray(items) ? (items as unknown[]) : []) {
    const detail = readDetail(item);
    if (detail !== null) {
      details.push(detail);
    }
  }
  let info: { reason: string; domain: string; metadata: Record<string, string> } | null = null;
  let retryAfter: number | null = null;
  const fields: Record<string, string[]> = {};
  let hasFields = false;
  try {
    for (const [type, payload] of details) {
      if (type === ERROR_INFO && info === null) {
        info = errorInfo(payload);
      } else if (type === RETRY_INFO && retryAfter === null) {
        retryAfter = retryInfo(payload);
      } else if (type === BAD_REQUEST) {
        for (const [field, description] of badRequest(payload)) {
          if (Object.hasOwn(fields, field)) {
            fields[field]?.push(description);
          } else {
            define(fields, field, [description]);
          }
          hasFields = true;
        }
      }
    }
  } catch {
    return null;
  }
  if (info === null || info.domain !== GRPC_DOMAIN) {
    return null;
  }
  const code: AnyErrorCode = Object.hasOwn(GRPC_REASONS, info.reason) ? (GRPC_REASONS[info.reason] as AnyErrorCode) : info.reason;
  const declared = Object.hasOwn(GRPC_MEMBERS, code) ? GRPC_MEMBERS[code] : undefined;
  // The metadata typed back as the REST face's Google body reader does it.
  const members: Record<string, unknown> = metadataDetails(info.metadata, declared);
  const hasMembers = hasFields || Object.keys(members).length > 0;
  if (hasFields) {
    define(members, "fields", fields);
  }
  const source = metadata ?? (isObject(value["metadata"]) ? (value["metadata"] as unknown as MetadataLike) : undefined);
  let requestId: string | null = null;
  try {
    requestId = typeof source?.get === "function" ? source.get(ROLE_HEADERS.requestId) : null;
  } catch {
    requestId = null;
  }
  const body: ErrorBody = {
    code,
    message: typeof message === "string" ? message : "",
    ...(hasMembers ? { details: members } : {}),
    ...(typeof requestId === "string" && requestId !== "" ? { request_id: requestId } : {}),
  };
  return { error: body, retryAfter };
}

/** Sets an own member, whatever its name (`__proto__` included): a server's names never reach a prototype. */
function define<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** A detail's type (without `type.googleapis.com/`) and its bytes or message. */
function readDetail(item: unknown): Detail | null {
  if (!isObject(item)) {
    return null;
  }
  const desc = item["desc"];
  const value = item["value"];
  const typeName = isObject(desc) ? desc["typeName"] : item["type"];
  if (typeof typeName !== "string") {
    return null;
  }
  const type = typeName.slice(typeName.lastIndexOf("/") + 1);
  if (value instanceof Uint8Array) {
    return [type, value];
  }
  if (typeof value === "string") {
    const bytes = base64(value);
    return bytes === null ? null : [type, bytes];
  }
  return isObject(value) ? [type, value] : null;
}

/** Standard or URL-safe base64, padded or not (the Connect protocol allows both). */
function base64(value: string): Uint8Array | null {
  const clean = value.replace(/={0,2}$/, "").replaceAll("-", "+").replaceAll("_", "/");
  if (clean.length % 4 === 1) {
    return null;
  }
  const bytes: number[] = [];
  let bits = 0;
  let buffer = 0;
  for (const c of clean) {
    const sextet = ALPHABET.indexOf(c);
    if (sextet < 0) {
      return null;
    }
    buffer = ((buffer << 6) | sextet) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/** UTF-8 text (protobuf's `string`); throws on malformed UTF-8. */
function utf8(bytes: Uint8Array): string {
  let escaped = "";
  for (const byte of bytes) {
    escaped += `%${byte.toString(16).padStart(2, "0")}`;
  }
  return decodeURIComponent(escaped);
}

/**
 * A protobuf message's fields by number: each occurrence's value, a number
 * (varint; fixed64 and fixed32 are skipped) or bytes (length-delimited).
 * Throws on malformed input.
 */
function decode(bytes: Uint8Array): Fields {
  const fields: Fields = new Map();
  let at = 0;
  const varint = (): number => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      if (byte === undefined || shift > 63) {
        throw new RangeError("malformed varint");
      }
      // Exact up to 2^53; a duration's seconds beyond that is no advice.
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) {
        return value;
      }
    }
  };
  while (at < bytes.length) {
    const key = varint();
    const number = Math.floor(key / 8);
    const wire = key % 8;
    let value: number | Uint8Array | undefined;
    if (wire === 0) {
      value = varint();
    } else if (wire === 2) {
      const length = varint();
      if (at + length > bytes.length) {
        throw new RangeError("truncated field");
      }
      value = bytes.subarray(at, at + length);
      at += length;
    } else if (wire === 1 || wire === 5) {
      at += wire === 1 ? 8 : 4;
    } else {
      throw new RangeError("unknown wire type");
    }
    if (number === 0 || at > bytes.length) {
      throw new RangeError("malformed field");
    }
    if (value !== undefined) {
      const values = fields.get(number);
      if (values === undefined) {
        fields.set(number, [value]);
      } else {
        values.push(value);
      }
    }
  }
  return fields;
}

/** The field's last string (protobuf's rule for a repeated scalar), or `""`. */
function string(fields: Fields, number: number): string {
  const value = fields.get(number)?.at(-1);
  return value instanceof Uint8Array ? utf8(value) : "";
}

/** The field's length-delimited occurrences. */
function messages(fields: Fields, number: number): Uint8Array[] {
  return (fields.get(number) ?? []).filter((v): v is Uint8Array => v instanceof Uint8Array);
}

function errorInfo(payload: Uint8Array | Record<string, unknown>): { reason: string; domain: string; metadata: Record<string, string> } | null {
  const metadata: Record<string, string> = {};
  if (payload instanceof Uint8Array) {
    const fields = decode(payload);
    for (const entry of messages(fields, 3)) {
      const pair = decode(entry);
      define(metadata, string(pair, 1), string(pair, 2));
    }
    return { reason: string(fields, 1), domain: string(fields, 2), metadata };
  }
  const { reason, domain } = payload;
  const entries = payload["metadata"];
  if (typeof reason !== "string" || typeof domain !== "string") {
    return null;
  }
  for (const [key, value] of Object.entries(isObject(entries) ? entries : {})) {
    if (typeof value === "string") {
      define(metadata, key, value);
    }
  }
  return { reason, domain, metadata };
}

function retryInfo(payload: Uint8Array | Record<string, unknown>): number | null {
  if (payload instanceof Uint8Array) {
    const delay = messages(decode(payload), 1).at(-1);
    if (delay === undefined) {
      return null;
    }
    const fields = decode(delay);
    const seconds = fields.get(1)?.at(-1);
    const nanos = fields.get(2)?.at(-1);
    return (typeof seconds === "number" ? seconds : 0) + (typeof nanos === "number" ? nanos : 0) / 1e9;
  }
  const delay = payload["retryDelay"];
  if (!isObject(delay)) {
    return null;
  }
  const { seconds, nanos } = delay;
  return Number(typeof seconds === "bigint" || typeof seconds === "number" ? seconds : 0) + (typeof nanos === "number" ? nanos : 0) / 1e9;
}

function badRequest(payload: Uint8Array | Record<string, unknown>): [string, string][] {
  if (payload instanceof Uint8Array) {
    return messages(decode(payload), 1).map((violation) => {
      const fields = decode(violation);
      return [string(fields, 1), string(fields, 2)];
    });
  }
  const violations = payload["fieldViolations"];
  return (Array.isArray(violations) ? (violations as unknown[]) : []).flatMap((v): [string, string][] =>
    isObject(v) && typeof v["field"] === "string" && typeof v["description"] === "string" ? [[v["field"], v["description"]]] : [],
  );
}
