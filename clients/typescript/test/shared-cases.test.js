// The built package (`dist/`, from `npm run build` or `npm pack`) reads the
// shared case tables of `tests/fixtures/` as they say, like the Rust and
// Python clients: `node --test test/`. `ERROR_CODES_FIXTURES` points at
// another copy of the tables (the Rust test runs this in a copy of the
// package).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { DOCS_URL, isErrorCode, parseErrorEnvelope, parseRetryAfter } from "../dist/index.js";

const fixtures = process.env.ERROR_CODES_FIXTURES ?? fileURLToPath(new URL("../../../tests/fixtures/", import.meta.url));
const table = (name) => JSON.parse(readFileSync(`${fixtures}/${name}`, "utf8"));

/** What a case table says about a read envelope. */
function read(envelope) {
  if (envelope === null) {
    return null;
  }
  const { code, message, request_id, details } = envelope.error;
  return { code, known: isErrorCode(code), message, request_id: request_id ?? null, details: details ?? null };
}

// `$DOCS_URL` (the table's placeholder) in a problem-details case stands for
// this package's docs URL.
const envelopeTable = table("envelope-cases.json");
const envelopes = envelopeTable.cases.map((c) => ({
  ...c,
  body: c.body.replaceAll(envelopeTable.docs_url_placeholder, DOCS_URL),
}));
const retryAfter = table("retry-after-cases.json");

test("the case tables are not empty", () => {
  assert.ok(envelopes.length > 0);
  assert.ok(retryAfter.cases.length > 0);
});

for (const { name, body, expect } of envelopes) {
  test(`envelope: ${name}`, () => {
    assert.deepEqual(read(parseErrorEnvelope(body)), expect);
    let value;
    try {
      value = JSON.parse(body);
    } catch {
      return;
    }
    // The parsed value reads as its text does.
    assert.deepEqual(read(parseErrorEnvelope(value)), expect);
  });
}

for (const { value, expect } of retryAfter.cases) {
  test(`Retry-After: ${JSON.stringify(value)}`, () => {
    assert.equal(parseRetryAfter(value, retryAfter.now * 1000), expect);
  });
}
