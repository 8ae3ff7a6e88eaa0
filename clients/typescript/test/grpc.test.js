// The Connect reader (`parseConnectError`, in the package of a registry
// with `grpc:` only): for every reason of the generated tables, the error as
// the Connect protocol's JSON and as connect-es's `ConnectError` reads back
// as its code. `ErrorInfo`, `RetryInfo` and `BadRequest` are encoded here by
// hand, field by field as google/rpc/error_details.proto numbers them (the
// Rust test `grpc_clients` reads what tonic encodes). A package without
// `grpc:` has no reader, and this file registers no test; the Rust test runs
// it in the package of the gRPC fixture registry.
import assert from "node:assert/strict";
import { test } from "node:test";

import * as pkg from "../dist/index.js";

const { parseConnectError, GRPC_CANONICAL_CODES, GRPC_DOMAIN, GRPC_MEMBERS, GRPC_REASONS, ERROR_CODE_INFO, ROLE_HEADERS } = pkg;
const UNKNOWN_REASON = "REASON_ADDED_LATER";

/** Protobuf's wire format, enough for the messages of google/rpc/error_details.proto. */
const varint = (n) => {
  const out = [];
  let value = BigInt(n);
  do {
    let byte = Number(value & 0x7fn);
    value >>= 7n;
    if (value > 0n) byte |= 0x80;
    out.push(byte);
  } while (value > 0n);
  return out;
};
const bytesField = (number, bytes) => [...varint((number << 3) | 2), ...varint(bytes.length), ...bytes];
const stringField = (number, text) => bytesField(number, [...Buffer.from(text, "utf8")]);
const varintField = (number, n) => [...varint(number << 3), ...varint(n)];

const errorInfo = (reason, domain, metadata) =>
  Uint8Array.from([
    ...stringField(1, reason),
    ...stringField(2, domain),
    ...Object.entries(metadata).flatMap(([k, v]) => bytesField(3, [...stringField(1, k), ...stringField(2, v)])),
  ]);
const retryInfo = (seconds, nanos) => Uint8Array.from(bytesField(1, [...varintField(1, seconds), ...varintField(2, nanos)]));
const badRequest = (violations) =>
  Uint8Array.from(violations.flatMap(([field, description]) => bytesField(1, [...stringField(1, field), ...stringField(2, description)])));

const reasonOf = (code) => Object.keys(GRPC_REASONS).find((reason) => GRPC_REASONS[reason] === code);

/** What the API sends for `code`, and the details it should read back as. */
function sent(code, { reason = reasonOf(code), domain = GRPC_DOMAIN } = {}) {
  const declared = GRPC_MEMBERS[code] ?? { note: true };
  const metadata = {};
  const expected = {};
  Object.entries(declared).forEach(([name, text], index) => {
    metadata[name] = text ? `text ${index}: 12` : JSON.stringify([name, 12]);
    expected[name] = text ? metadata[name] : [name, 12];
  });
  const details = [{ type: "google.rpc.ErrorInfo", value: errorInfo(reason, domain, metadata) }];
  const info = ERROR_CODE_INFO[code];
  const delayed = info.retry === "after_delay";
  if (delayed) {
    details.push({ type: "google.rpc.RetryInfo", value: retryInfo(7, 500_000_000) });
  }
  if (info.details === "field_errors") {
    details.push({ type: "google.rpc.BadRequest", value: badRequest([["name", "is empty"], ["name", "is long"]]) });
    expected.fields = { name: ["is empty", "is long"] };
  }
  return { details, expected, retryAfter: delayed ? 7.5 : null, message: info.meaning ?? "" };
}

const base64 = (bytes) => Buffer.from(bytes).toString("base64");

/** The error in each form the reader takes. */
function forms(code, { details, message }) {
  const json = (prefix, pad) => ({
    code: "unknown",
    message,
    details: details.map(({ type, value }) => ({ type: prefix + type, value: pad ? base64(value) : base64(value).replace(/=+$/, "") })),
  });
  const headers = new Headers({ [ROLE_HEADERS.requestId]: "req-1" });
  return {
    "connect json": json("", false),
    "connect json, type URL, padded": json("type.googleapis.com/", true),
    "connect json text": JSON.stringify(json("", true)),
    "ConnectError": {
      name: "ConnectError",
      code: GRPC_CANONICAL_CODES[code],
      rawMessage: message,
      message: `[unknown] ${message}`,
      details,
      metadata: headers,
    },
  };
}

if (typeof parseConnectError === "function") {
  test("the tables cover every code", () => {
    assert.deepEqual(new Set(Object.values(GRPC_REASONS)), new Set(pkg.ERROR_CODES));
    assert.deepEqual(new Set(Object.keys(GRPC_CANONICAL_CODES)), new Set(pkg.ERROR_CODES));
  });

  for (const code of pkg.ERROR_CODES) {
    test(`every form of ${code} reads back`, () => {
      const error = sent(code);
      for (const [form, value] of Object.entries(forms(code, error))) {
        const read = parseConnectError(value);
        assert.notEqual(read, null, form);
        assert.equal(read.error.code, code, form);
        assert.equal(read.error.message, error.message, form);
        assert.deepEqual(read.error.details, error.expected, form);
        assert.equal(read.retryAfter, error.retryAfter, form);
        assert.equal(read.error.request_id, form === "ConnectError" ? "req-1" : undefined, form);
      }
    });
  }

  test("an unknown reason is kept as sent", () => {
    for (const code of pkg.ERROR_CODES) {
      for (const [form, value] of Object.entries(forms(code, sent(code, { reason: UNKNOWN_REASON })))) {
        const read = parseConnectError(value);
        assert.equal(read?.error.code, UNKNOWN_REASON, form);
        // Without the registry's declaration, every value is text.
        for (const member of Object.values(read.error.details ?? {})) {
          assert.ok(typeof member === "string" || member === read.error.details.fields, form);
        }
      }
    }
  });

  test("another domain, no ErrorInfo or a malformed error is not this API's", () => {
    const code = pkg.ERROR_CODES[0];
    for (const [form, value] of Object.entries(forms(code, sent(code, { domain: `other.${GRPC_DOMAIN}` })))) {
      assert.equal(parseConnectError(value), null, form);
    }
    const bare = { code: "not_found", message: "no details" };
    const broken = [
      bare,
      { ...bare, details: [{ type: "google.rpc.ErrorInfo", value: "*not base64*" }] },
      { ...bare, details: [{ type: "google.rpc.ErrorInfo", value: "/w" }] },
      { ...bare, details: [{ type: "google.rpc.ErrorInfo", value: Uint8Array.from([0x0a, 0x05, 0x41]) }] },
      "not json",
      null,
      12,
      [],
    ];
    for (const value of broken) {
      assert.equal(parseConnectError(value), null, JSON.stringify(value));
    }
  });

  test("connect-es details as built ({desc, value}) read too", () => {
    const code = pkg.ERROR_CODES[0];
    const { expected } = sent(code);
    const metadata = Object.fromEntries(
      Object.entries(GRPC_MEMBERS[code] ?? { note: true }).map(([name, text], index) => [name, text ? `text ${index}: 12` : JSON.stringify([name, 12])]),
    );
    const error = {
      code: GRPC_CANONICAL_CODES[code],
      rawMessage: "m",
      details: [{ desc: { typeName: "google.rpc.ErrorInfo" }, value: { reason: reasonOf(code), domain: GRPC_DOMAIN, metadata } }],
    };
    const read = parseConnectError(error, new Headers({ [ROLE_HEADERS.requestId]: "req-2" }));
    assert.equal(read?.error.code, code);
    assert.equal(read.error.request_id, "req-2");
    const { fields: _, ...members } = expected;
    assert.deepEqual(read.error.details, members);
  });

  test("a member named __proto__ stays a member", () => {
    const value = { code: "unknown", message: "", details: [{ type: "google.rpc.ErrorInfo", value: base64(errorInfo(UNKNOWN_REASON, GRPC_DOMAIN, { ["__proto__"]: "x" })) }] };
    const read = parseConnectError(value);
    assert.equal(Object.getPrototypeOf(read.error.details), Object.prototype);
    assert.equal(Object.getOwnPropertyDescriptor(read.error.details, "__proto__")?.value, "x");
  });
}
