// Generated from registry/error-codes.yaml by error-codes-codegen. Do not edit.
// Regenerate with `cargo run -p error-codes-codegen -- generate`.

/**
 * Error Codes
 *
 * Complete stable vocabulary of error codes. Branch on error.code, not on HTTP status.
 *
 * For the error envelope and retry semantics, see Errors.
 *
 * @packageDocumentation
 */

/** Every error code the API defines. Branch on it, not on the HTTP status. */
export type ErrorCode =
  | "authentication_required"
  | "token_expired"
  | "token_invalid"
  | "token_revoked"
  | "access_denied"
  | "insufficient_scope"
  | "mfa_required"
  | "ip_not_allowed"
  | "time_window_violation"
  | "tenant_access_denied"
  | "forbidden"
  | "invalid_request"
  | "invalid_path"
  | "invalid_secret_type"
  | "invalid_duration"
  | "invalid_cursor"
  | "invalid_policy"
  | "invalid_glob"
  | "invalid_role"
  | "invalid_config"
  | "validation_error"
  | "secret_not_found"
  | "version_not_found"
  | "policy_not_found"
  | "binding_not_found"
  | "webhook_not_found"
  | "subscription_not_found"
  | "rotation_policy_not_found"
  | "secret_policy_not_found"
  | "ca_not_found"
  | "certificate_not_found"
  | "csr_not_found"
  | "trust_anchor_not_found"
  | "acme_account_not_found"
  | "acme_order_not_found"
  | "dns_provider_not_found"
  | "engine_not_found"
  | "role_not_found"
  | "lease_not_found"
  | "tenant_not_found"
  | "identity_not_found"
  | "federation_backend_not_found"
  | "export_not_found"
  | "secret_exists"
  | "version_conflict"
  | "policy_in_use"
  | "engine_in_use"
  | "ca_has_certificates"
  | "name_conflict"
  | "binding_conflict"
  | "secret_expired"
  | "lease_expired"
  | "rate_limited"
  | "quota_exceeded"
  | "service_unavailable"
  | "feature_disabled"
  | "maintenance_mode"
  | "internal_error"
  | "encryption_error"
  | "storage_error"
  | "backend_error"
  | "backend_rate_limited"
  | "backend_timeout"
  | "ttl_exceeds_max"
  | "domain_not_allowed"
  | "key_type_mismatch"
  | "csr_invalid"
  | "csr_already_processed"
  | "acme_order_failed"
  | "engine_unreachable"
  | "webhook_url_invalid"
  | "webhook_delivery_failed"
  | "webhook_delivery_timeout"
  | "route_not_found"
  | "method_not_allowed"
  | "request_timeout"
  | "payload_too_large"
  | "unsupported_media_type";

/**
 * A code this module does not know: added to the API after it was generated.
 * `string & {}` keeps editors suggesting the known codes.
 */
export type UnknownErrorCode = string & {};

/** What a response's `error.code` can be. */
export type AnyErrorCode = ErrorCode | UnknownErrorCode;

/** Every code, in registry order. */
export declare const ERROR_CODES: readonly ErrorCode[];

/** Rust-style names of the categories, the keys of {@link CATEGORIES}. */
export type Category =
  | "AuthenticationAuthorization"
  | "Validation"
  | "NotFound"
  | "ConflictState"
  | "RateLimitQuotaAvailability"
  | "ServerBackend"
  | "DynamicPkiSpecific"
  | "WebhookDelivery"
  | "RequestRouting";

/** Whether repeating a failed request may succeed. */
export type Retry =
  | "never"
  | "after_delay"
  | "after_reread";

/** Typed shapes of `error.details`. */
export type DetailsShape =
  | "field_errors";

/** The categories of the docs page, in order. A `reported` status describes something else (a webhook delivery), not the API's response. */
export declare const CATEGORIES: {
  readonly [C in Category]: {
    readonly title: string;
    readonly statusKind: "response" | "reported";
    readonly codes: readonly ErrorCode[];
  };
};

/** The HTTP status of every code. */
export declare const ERROR_CODE_STATUS: {
  readonly authentication_required: 401;
  readonly token_expired: 401;
  readonly token_invalid: 401;
  readonly token_revoked: 401;
  readonly access_denied: 403;
  readonly insufficient_scope: 403;
  readonly mfa_required: 403;
  readonly ip_not_allowed: 403;
  readonly time_window_violation: 403;
  readonly tenant_access_denied: 403;
  readonly forbidden: 403;
  readonly invalid_request: 400;
  readonly invalid_path: 400;
  readonly invalid_secret_type: 400;
  readonly invalid_duration: 400;
  readonly invalid_cursor: 400;
  readonly invalid_policy: 400;
  readonly invalid_glob: 400;
  readonly invalid_role: 400;
  readonly invalid_config: 400;
  readonly validation_error: 422;
  readonly secret_not_found: 404;
  readonly version_not_found: 404;
  readonly policy_not_found: 404;
  readonly binding_not_found: 404;
  readonly webhook_not_found: 404;
  readonly subscription_not_found: 404;
  readonly rotation_policy_not_found: 404;
  readonly secret_policy_not_found: 404;
  readonly ca_not_found: 404;
  readonly certificate_not_found: 404;
  readonly csr_not_found: 404;
  readonly trust_anchor_not_found: 404;
  readonly acme_account_not_found: 404;
  readonly acme_order_not_found: 404;
  readonly dns_provider_not_found: 404;
  readonly engine_not_found: 404;
  readonly role_not_found: 404;
  readonly lease_not_found: 404;
  readonly tenant_not_found: 404;
  readonly identity_not_found: 404;
  readonly federation_backend_not_found: 404;
  readonly export_not_found: 404;
  readonly secret_exists: 409;
  readonly version_conflict: 409;
  readonly policy_in_use: 409;
  readonly engine_in_use: 409;
  readonly ca_has_certificates: 409;
  readonly name_conflict: 409;
  readonly binding_conflict: 409;
  readonly secret_expired: 410;
  readonly lease_expired: 410;
  readonly rate_limited: 429;
  readonly quota_exceeded: 429;
  readonly service_unavailable: 503;
  readonly feature_disabled: 503;
  readonly maintenance_mode: 503;
  readonly internal_error: 500;
  readonly encryption_error: 500;
  readonly storage_error: 500;
  readonly backend_error: 502;
  readonly backend_rate_limited: 502;
  readonly backend_timeout: 504;
  readonly ttl_exceeds_max: 400;
  readonly domain_not_allowed: 400;
  readonly key_type_mismatch: 400;
  readonly csr_invalid: 400;
  readonly csr_already_processed: 409;
  readonly acme_order_failed: 502;
  readonly engine_unreachable: 502;
  readonly webhook_url_invalid: 400;
  readonly webhook_delivery_failed: 502;
  readonly webhook_delivery_timeout: 504;
  readonly route_not_found: 404;
  readonly method_not_allowed: 405;
  readonly request_timeout: 408;
  readonly payload_too_large: 413;
  readonly unsupported_media_type: 415;
};

/** Everything the registry says about a code. */
export interface ErrorCodeInfo {
  readonly status: number;
  readonly category: Category;
  readonly meaning: string | null;
  readonly retry: Retry;
  readonly details: DetailsShape | null;
  readonly deprecated: {
    readonly since: string;
    /** The ISO 8601 date (YYYY-MM-DD) from which the code may be removed, if announced. */
    readonly sunset: string | null;
    readonly useInstead: ErrorCode | null;
    readonly note: string | null;
  } | null;
  /** Where the code is documented. */
  readonly docUrl: string | null;
}

export declare const ERROR_CODE_INFO: { readonly [C in ErrorCode]: ErrorCodeInfo };

/** Response header names. */
export declare const HEADERS: {
  readonly X_REQUEST_ID: "X-Request-ID";
  readonly X_RATE_LIMIT_LIMIT: "X-RateLimit-Limit";
  readonly X_RATE_LIMIT_REMAINING: "X-RateLimit-Remaining";
  readonly X_RATE_LIMIT_RESET: "X-RateLimit-Reset";
  readonly RETRY_AFTER: "Retry-After";
};

/** Whether `code` is one this module knows. */
export declare function isErrorCode(code: string): code is ErrorCode;

/** Statuses at which a code this module does not know is worth retrying after a delay. */
export declare const RETRYABLE_STATUSES: readonly number[];

/**
 * Whether and how a retry may succeed. A known code answers from the
 * registry. For an unknown code, a `Retry-After` header means
 * `"after_delay"`; otherwise the response's status decides.
 */
export declare function retryAdvice(
  code: AnyErrorCode,
  response?: { readonly status?: number; readonly retryAfter?: boolean },
): Retry;

/** Whether repeating the failed request may succeed (see {@link retryAdvice}). */
export declare function isRetryable(
  code: AnyErrorCode,
  response?: { readonly status?: number; readonly retryAfter?: boolean },
): boolean;

/** `error.details` of field-level validation errors: field name → problems. */
export interface FieldErrorsDetails {
  readonly fields: { readonly [field: string]: readonly string[] };
}

/** `error.details` of the codes whose registry entry declares a shape. */
export interface DetailsByCode {
  validation_error: FieldErrorsDetails;
}

/** `error.details` for a code: its declared shape, or any JSON object. */
export type ErrorDetails<C extends AnyErrorCode = AnyErrorCode> = C extends keyof DetailsByCode
  ? DetailsByCode[C]
  : { readonly [key: string]: unknown };

/** The `error` member of an error response. */
export interface ErrorBody<C extends AnyErrorCode = AnyErrorCode> {
  readonly code: C;
  /** For people: may change, never parse it. */
  readonly message: string;
  readonly details?: ErrorDetails<C>;
  /** Identifies the request in support tickets (also the `X-Request-ID` header). */
  readonly request_id?: string;
  /** Where the code is documented. */
  readonly doc_url?: string;
}

/** The body of every error response. */
export interface ErrorEnvelope<C extends AnyErrorCode = AnyErrorCode> {
  readonly error: ErrorBody<C>;
}

/** Narrows an error to one code, typing its `details`. */
export declare function hasCode<C extends ErrorCode>(error: ErrorBody, code: C): error is ErrorBody<C>;

/**
 * Reads an error response's body as an error envelope, or `null` when it is
 * not one; never throws. `body` is the body's text (parsed as JSON here) or
 * the already parsed JSON value. It is an envelope when `error` is an object
 * whose `code` is a string: an unknown code is kept as it is. A `message`
 * that is not a string reads as `""`; a `details` that is not an object and a
 * `request_id` or `doc_url` that is not a string read as absent; other
 * members are ignored.
 */
export declare function parseErrorEnvelope(body: unknown): ErrorEnvelope | null;

/**
 * A response's headers: `fetch`'s `Headers` (anything with `get`), or a plain
 * object such as Node's `IncomingHttpHeaders` (names in any case).
 */
export type HeaderSource =
  | { get(name: string): string | null | undefined }
  | { readonly [name: string]: string | readonly string[] | undefined };

/**
 * The `X-RateLimit-*` figures of a response, each `null` when not sent (or
 * not a non-negative integer).
 */
export interface RateLimit {
  /** `X-RateLimit-Limit`: requests allowed in the window. */
  readonly limit: number | null;
  /** `X-RateLimit-Remaining`: requests left in the window. */
  readonly remaining: number | null;
  /** `X-RateLimit-Reset`: the integer the API sends for the window's reset. */
  readonly reset: number | null;
}

/** A header's value, or `null` when absent; repeated fields are joined with ", ". */
export declare function headerValue(headers: HeaderSource, name: string): string | null;

/**
 * A `Retry-After` value as a delay in whole seconds, or `null` when absent
 * or not valid. Both forms of RFC 9110 are read: delay-seconds (`"120"`)
 * and an HTTP-date, which gives the seconds from `now` (milliseconds since
 * the epoch, by default the current time) to that date, rounded up, and 0
 * for a date in the past. A negative, fractional or otherwise malformed
 * value gives `null`.
 */
export declare function parseRetryAfter(value: string | null | undefined, now?: number): number | null;

/** The `X-RateLimit-*` figures of a response's headers. */
export declare function parseRateLimit(headers: HeaderSource): RateLimit;

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
export declare class ErrorResponse<C extends AnyErrorCode = AnyErrorCode> extends Error {
  /** The response's HTTP status. */
  readonly status: number;
  /** The body. */
  readonly envelope: ErrorEnvelope<C>;
  /** `error.request_id`, or the `X-Request-ID` header when the body has none. */
  readonly requestId: string | null;
  /** `Retry-After` as a delay in seconds (see {@link parseRetryAfter}). */
  readonly retryAfter: number | null;
  /** The `X-RateLimit-*` figures. */
  readonly rateLimit: RateLimit;
  constructor(status: number, envelope: ErrorEnvelope<C>, headers?: HeaderSource, now?: number);
  /**
   * Reads a response that is not a success: an `ErrorResponse`, or `null`
   * when its body is not an error envelope.
   */
  static fromResponse(response: ResponseLike): Promise<ErrorResponse | null>;
  /** `error.code`. */
  get code(): C;
  /** The `error` member. */
  get error(): ErrorBody<C>;
  /** Whether and how a retry may succeed (see {@link retryAdvice}). */
  get retry(): Retry;
  /** Whether a retry may succeed. */
  get isRetryable(): boolean;
}
