/**
 * What the registry says about a code a response carries, for codes this
 * package knows and codes added to the API after it was generated.
 */

import {
  ERROR_CODE_INFO,
  OPERATIONS,
  RETRYABLE_STATUSES,
  type AnyErrorCode,
  type ErrorCode,
  type OperationErrorCode,
  type OperationId,
  type Retry,
} from "./codes.js";

/** Whether `code` is one this package knows. */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODE_INFO, code);
}

/**
 * Whether `code` (a response's `error.code`) is one of the operation `id`'s
 * codes (`OPERATIONS[id].codes`): narrows it to the operation's union.
 */
export function isOperationCode<K extends OperationId>(id: K, code: string): code is OperationErrorCode<K> {
  const operations: { readonly [id: string]: { readonly codes: readonly string[] } | undefined } = OPERATIONS;
  return operations[id]?.codes.includes(code) ?? false;
}

/**
 * Whether and how a retry may succeed. A known code answers from the
 * registry. For an unknown code, a `Retry-After` header means
 * `"after_delay"`; otherwise the response's status decides.
 */
export function retryAdvice(
  code: AnyErrorCode,
  response: { readonly status?: number; readonly retryAfter?: boolean } = {},
): Retry {
  if (isErrorCode(code)) {
    return ERROR_CODE_INFO[code].retry;
  }
  if (response.retryAfter === true) {
    return "after_delay";
  }
  return response.status !== undefined && RETRYABLE_STATUSES.includes(response.status)
    ? "after_delay"
    : "never";
}

/** Whether repeating the failed request may succeed (see {@link retryAdvice}). */
export function isRetryable(
  code: AnyErrorCode,
  response: { readonly status?: number; readonly retryAfter?: boolean } = {},
): boolean {
  return retryAdvice(code, response) !== "never";
}
