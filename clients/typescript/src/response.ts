// Copied from clients/typescript/response.ts of error-codes-codegen. Do not edit.
// Regenerate with `cargo run -p error-codes-codegen -- generate`.
/** An error response as an `Error` to throw. */

import { ROLE_HEADERS, type AnyErrorCode, type Retry } from "./codes.js";
import { codeHeaderOf, errorsMaySucceed, marksError, parseErrorEnvelope, type ErrorBody, type ErrorEnvelope } from "./envelope.js";
import { headerValue, parseRateLimit, parseRetryAfter, type HeaderSource, type RateLimit } from "./headers.js";
import { retryAdvice } from "./lookup.js";

/** What {@link ErrorResponse.fromResponse} reads: `fetch`'s `Response` has it. */
export interface ResponseLike {
  readonly status: number;
  readonly headers: HeaderSource;
  text(): Promise<string>;
}

/**
 * An error response the API sent, as an `Error` to throw: its status, its
 * envelope, and the advice in its headers.
 */
export class ErrorResponse<C extends AnyErrorCode = AnyErrorCode> extends Error {
  /** The response's HTTP status. */
  readonly status: number;
  /** The body. */
  readonly envelope: ErrorEnvelope<C>;
  /** `error.request_id`, or the registry's request-id header (`ROLE_HEADERS`/`REQUEST_ID_HEADER`) when the body has none. */
  readonly requestId: string | null;
  /** `Retry-After` as a delay in seconds (see {@link parseRetryAfter}). */
  readonly retryAfter: number | null;
  /** The rate-limit figures (under the registry's header names). */
  readonly rateLimit: RateLimit;

  constructor(status: number, envelope: ErrorEnvelope<C>, headers: HeaderSource = {}, now: number = Date.now()) {
    const { code, message } = envelope.error;
    const header = headerValue(headers, ROLE_HEADERS.requestId)?.trim() ?? "";
    const requestId = envelope.error.request_id ?? (header === "" ? null : header);
    super(`HTTP ${status} ${code}${message === "" ? "" : `: ${message}`}${requestId === null ? "" : ` (request ${requestId})`}`);
    this.name = "ErrorResponse";
    this.status = status;
    this.envelope = envelope;
    this.requestId = requestId;
    this.retryAfter = parseRetryAfter(headerValue(headers, ROLE_HEADERS.retryAfter), now);
    this.rateLimit = parseRateLimit(headers);
  }

  /**
   * Reads a response that is not a success (or, for an API with an error
   * marker, any response: see {@link ErrorResponse.fromBody}): an
   * `ErrorResponse`, or `null` when its body is not an error envelope.
   */
  static async fromResponse(response: ResponseLike): Promise<ErrorResponse | null> {
    return ErrorResponse.fromBody(response.status, await response.text(), response.headers);
  }

  /**
   * Reads a response from its status, body (text or parsed JSON) and
   * headers: an `ErrorResponse`, or `null` when the body is not an error
   * body. For an API that answers errors with a 2xx status (its layout's
   * error marker, Slack's `ok: false`), a 2xx response is an error exactly
   * when {@link marksError} says so, so this also tells a success from an
   * error. The code comes from the layout's code header when the body has
   * none (see {@link parseErrorEnvelope}).
   */
  static fromBody(status: number, body: unknown, headers: HeaderSource = {}): ErrorResponse | null {
    if (status >= 200 && status < 300 && errorsMaySucceed() && !marksError(body)) {
      return null;
    }
    const envelope = parseErrorEnvelope(body, codeHeaderOf(headers));
    return envelope === null ? null : new ErrorResponse(status, envelope, headers);
  }

  /** `error.code`. */
  get code(): C {
    return this.envelope.error.code;
  }

  /** The `error` member. */
  get error(): ErrorBody<C> {
    return this.envelope.error;
  }

  /** Whether and how a retry may succeed (see {@link retryAdvice}). */
  get retry(): Retry {
    return retryAdvice(this.code, { status: this.status, retryAfter: this.retryAfter !== null });
  }

  /** Whether a retry may succeed. */
  get isRetryable(): boolean {
    return this.retry !== "never";
  }
}
