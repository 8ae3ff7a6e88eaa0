// A small client written against the generated module. The test
// `tests/tests/it/outputs_typescript.rs` type-checks it with tsc (each
// `@ts-expect-error` line must fail to compile, or tsc reports it) and then
// runs the compiled file with node, so the checks below execute too.
import {
  CATEGORIES,
  ERROR_CODES,
  ERROR_CODE_INFO,
  ERROR_CODE_STATUS,
  ErrorResponse,
  HEADERS,
  hasCode,
  isErrorCode,
  isRetryable,
  parseErrorEnvelope,
  parseRateLimit,
  parseRetryAfter,
  retryAdvice,
  type AnyErrorCode,
  type ErrorCode,
  type ErrorEnvelope,
  type ResponseLike,
} from "./src/index.js";

// A code no registry can hold (codes are snake_case, this has hyphens), so
// every client must keep it as a code added to the API after it was built.
const NEWER = "code-added-later";

declare const console: { log(...args: unknown[]): void };
// `fetch` as far as this file needs it (the package itself needs no DOM types).
declare function fetch(url: string): Promise<ResponseLike & { readonly ok: boolean; json(): Promise<unknown> }>;

let checks = 0;
function check(condition: boolean, what: string): void {
  checks += 1;
  if (!condition) {
    throw new Error(`check failed: ${what}`);
  }
}

// Branching on codes, known and unknown.
function advise(code: AnyErrorCode): string {
  switch (code) {
    case "version_conflict":
      return "re-read, then retry";
    case "rate_limited":
      return "wait for Retry-After";
    default:
      return isErrorCode(code) ? (ERROR_CODE_INFO[code].meaning ?? code) : `new code ${code}`;
  }
}
check(advise("version_conflict") === "re-read, then retry", "switch on a known code");
check(advise("token_expired") === (ERROR_CODE_INFO.token_expired.meaning ?? "token_expired"), "meaning of a known code");
check(advise(NEWER) === `new code ${NEWER}`, "unknown codes are strings too");

// The status map keeps literal types.
const conflict: 409 = ERROR_CODE_STATUS.version_conflict;
check(conflict === 409, "status of version_conflict");
check(ERROR_CODE_INFO.token_expired.status === 401, "info status");
check(ERROR_CODE_INFO.version_conflict.category === "ConflictState", "category of a code");
check(CATEGORIES.ConflictState.title === "Conflict / state", "category title");
check(CATEGORIES.WebhookDelivery.statusKind === "reported", "reported statuses");
check(ERROR_CODES.length === Object.keys(ERROR_CODE_STATUS).length, "one status per code");
check(
  ERROR_CODE_INFO.version_conflict.docUrl ===
    "https://docs.example.com/reference/error-codes#version_conflict",
  "doc URL",
);
check(HEADERS.RETRY_AFTER === "Retry-After", "header names");

// Retry advice: from the registry for known codes, from the response otherwise.
check(isRetryable("rate_limited"), "rate_limited is retryable");
check(retryAdvice("version_conflict") === "after_reread", "version_conflict after re-reading");
check(!isRetryable("quota_exceeded"), "quota_exceeded is not");
check(isRetryable(NEWER, { status: 503 }), "unknown code on 503");
check(isRetryable(NEWER, { status: 400, retryAfter: true }), "unknown code with Retry-After");
check(!isRetryable(NEWER, { status: 400 }), "unknown code on 400");

// A body from a newer server: the unknown code and extra members survive.
const newer = parseErrorEnvelope(
  JSON.parse(`{"error": {"code": "${NEWER}", "message": "New", "request_id": "req_1", "extra": 1}}`),
);
check(newer !== null && newer.error.code === NEWER, "unknown code parsed");
check(parseErrorEnvelope(`{"error": {"code": "${NEWER}"}}`)?.error.message === "", "body text is parsed too");
check(parseErrorEnvelope("<html>") === null, "text that is not JSON");
check(newer?.error.request_id === "req_1", "request id kept");
check(parseErrorEnvelope({ error: { code: 5 } }) === null, "a numeric code is not an envelope");
check(parseErrorEnvelope({ message: "no error member" }) === null, "not an envelope");
check(parseErrorEnvelope("text") === null, "not even an object");

// Narrowing to a code types its details.
const invalid = parseErrorEnvelope({
  error: { code: "validation_error", message: "Invalid", details: { fields: { name: ["must not be empty"] } } },
});
if (invalid !== null && hasCode(invalid.error, "validation_error")) {
  const problems: readonly string[] | undefined = invalid.error.details?.fields["name"];
  check(problems?.[0] === "must not be empty", "field errors");
} else {
  check(false, "validation_error narrows");
}

// README: begin
async function handle(response: ResponseLike): Promise<string> {
  const failure = await ErrorResponse.fromResponse(response);
  if (failure === null) {
    return `HTTP ${response.status}, not an error envelope`;
  }
  const { error } = failure;
  if (hasCode(error, "validation_error")) {
    // error.details is FieldErrorsDetails | undefined here.
    return `fix ${Object.keys(error.details?.fields ?? {}).join(", ")}`;
  }
  if (failure.isRetryable) {
    return `retry ${error.code} in ${failure.retryAfter ?? "a while"}`;
  }
  return isErrorCode(error.code)
    ? `give up: ${ERROR_CODE_INFO[error.code].meaning ?? error.code}`
    : `give up on ${error.code} (newer than this client)`;
}

async function get(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) {
    // An Error carrying status, envelope, request id, Retry-After and rate limits.
    throw (await ErrorResponse.fromResponse(response)) ?? new Error(`HTTP ${response.status}`);
  }
  return response.json();
}
// README: end

function respond(status: number, body: unknown, retryAfter: string | null = null): ResponseLike {
  return {
    status,
    headers: { get: (name) => (name === HEADERS.RETRY_AFTER ? retryAfter : null) },
    text: () => Promise.resolve(typeof body === "string" ? body : JSON.stringify(body)),
  };
}

const handled = Promise.all([
  handle(respond(422, { error: { code: "validation_error", message: "m", details: { fields: { path: ["x"], ttl: ["y"] } } } })),
  handle(respond(429, { error: { code: "rate_limited", message: "Slow down" } }, "45")),
  handle(respond(409, { error: { code: "version_conflict", message: "m" } })),
  handle(respond(403, { error: { code: "access_denied", message: "m" } })),
  handle(respond(503, { error: { code: NEWER, message: "m" } })),
  handle(respond(418, { error: { code: NEWER, message: "m" } })),
  handle(respond(502, "<html>Bad gateway</html>")),
]).then((answers) => {
  const expected = [
    "fix path, ttl",
    "retry rate_limited in 45",
    "retry version_conflict in a while",
    `give up: ${ERROR_CODE_INFO.access_denied.meaning ?? "access_denied"}`,
    `retry ${NEWER} in a while`,
    `give up on ${NEWER} (newer than this client)`,
    "HTTP 502, not an error envelope",
  ];
  answers.forEach((answer, i) => check(answer === expected[i], `handle #${i}: ${answer}`));
});

// The error carries the envelope and what the headers say.
const thrown = new ErrorResponse(
  503,
  { error: { code: NEWER, message: "Down", request_id: "req_9" } },
  { [HEADERS.RETRY_AFTER.toLowerCase()]: "Sun, 06 Nov 1994 08:49:37 GMT", [HEADERS.X_RATE_LIMIT_REMAINING]: "0" },
  Date.UTC(1994, 10, 6, 8, 49, 30),
);
check(thrown instanceof Error && thrown instanceof ErrorResponse, "an Error subclass");
check(thrown.message === `HTTP 503 ${NEWER}: Down (request req_9)`, `message: ${thrown.message}`);
check(thrown.retryAfter === 7 && thrown.isRetryable, "Retry-After as an HTTP-date");
check(thrown.rateLimit.remaining === 0 && thrown.rateLimit.limit === null, "rate limit figures");
check(parseRetryAfter("-1") === null && parseRetryAfter(" 120 ") === 120, "Retry-After seconds");
check(parseRateLimit({ get: () => "12" }).reset === 12, "Headers-like sources");
void get;

// What must not compile.
// @ts-expect-error: a misspelt code is not an ErrorCode.
const misspelt: ErrorCode = "version_confict";
// @ts-expect-error: validation_error details carry `fields`.
const wrongDetails: ErrorEnvelope<"validation_error"> = { error: { code: "validation_error", message: "m", details: { other: 1 } } };
// @ts-expect-error: the status map has no entry for a non-code.
const noStatus = ERROR_CODE_STATUS.not_a_code;
// @ts-expect-error: statuses are literal types.
const wrongStatus: 401 = ERROR_CODE_STATUS.version_conflict;
void [misspelt, wrongDetails, noStatus, wrongStatus];

void handled.then(() => console.log(`usage.ts: ${checks} checks passed`));
