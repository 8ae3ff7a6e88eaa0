/**
 * What the registry says about a code a response carries, for codes this
 * package knows and codes added to the API after it was generated.
 *
 * Each function reads only the table it needs, so that a bundle pays for
 * what it imports: `isErrorCode` the codes, `retryAdvice` their retry
 * advice; none reads `ERROR_CODE_INFO`.
 */

import {
  ERROR_CODES,
  ERROR_CODE_RETRY,
  OPERATIONS,
  RETRYABLE_STATUSES,
  type AnyErrorCode,
  type ErrorCode,
  type OperationErrorCode,
  type OperationId,
  type Retry,
} from "./codes.js";

/** The known codes, built on the first call of {@link isErrorCode}. */
let knownCodes: ReadonlySet<string> | undefined;

/** Whether `code` is one this package knows. */
export function isErrorCode(code: string): code is ErrorCode {
  knownCodes ??= new Set<string>(ERROR_CODES);
  return knownCodes.has(code);
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
  if (Object.hasOwn(ERROR_CODE_RETRY, code)) {
    return ERROR_CODE_RETRY[code as ErrorCode];
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
