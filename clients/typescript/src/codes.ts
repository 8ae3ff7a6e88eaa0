// Generated from registry/error-codes.yaml by error-codes-codegen. Do not edit.
// Regenerate with `cargo run -p error-codes-codegen -- generate`.

/**
 * Error Codes
 *
 * Complete stable vocabulary of error codes. Branch on error.code, not on HTTP status.
 *
 * For the error envelope and retry semantics, see Errors.
 */

import type { BodyReader } from "./read.js";

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
export const ERROR_CODES: readonly ErrorCode[] = [
  "authentication_required",
  "token_expired",
  "token_invalid",
  "token_revoked",
  "access_denied",
  "insufficient_scope",
  "mfa_required",
  "ip_not_allowed",
  "time_window_violation",
  "tenant_access_denied",
  "forbidden",
  "invalid_request",
  "invalid_path",
  "invalid_secret_type",
  "invalid_duration",
  "invalid_cursor",
  "invalid_policy",
  "invalid_glob",
  "invalid_role",
  "invalid_config",
  "validation_error",
  "secret_not_found",
  "version_not_found",
  "policy_not_found",
  "binding_not_found",
  "webhook_not_found",
  "subscription_not_found",
  "rotation_policy_not_found",
  "secret_policy_not_found",
  "ca_not_found",
  "certificate_not_found",
  "csr_not_found",
  "trust_anchor_not_found",
  "acme_account_not_found",
  "acme_order_not_found",
  "dns_provider_not_found",
  "engine_not_found",
  "role_not_found",
  "lease_not_found",
  "tenant_not_found",
  "identity_not_found",
  "federation_backend_not_found",
  "export_not_found",
  "secret_exists",
  "version_conflict",
  "policy_in_use",
  "engine_in_use",
  "ca_has_certificates",
  "name_conflict",
  "binding_conflict",
  "secret_expired",
  "lease_expired",
  "rate_limited",
  "quota_exceeded",
  "service_unavailable",
  "feature_disabled",
  "maintenance_mode",
  "internal_error",
  "encryption_error",
  "storage_error",
  "backend_error",
  "backend_rate_limited",
  "backend_timeout",
  "ttl_exceeds_max",
  "domain_not_allowed",
  "key_type_mismatch",
  "csr_invalid",
  "csr_already_processed",
  "acme_order_failed",
  "engine_unreachable",
  "webhook_url_invalid",
  "webhook_delivery_failed",
  "webhook_delivery_timeout",
  "route_not_found",
  "method_not_allowed",
  "request_timeout",
  "payload_too_large",
  "unsupported_media_type",
];

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
export const CATEGORIES: {
  readonly [C in Category]: {
    readonly title: string;
    readonly statusKind: "response" | "reported";
    readonly codes: readonly ErrorCode[];
  };
} = {
  AuthenticationAuthorization: {
    title: "Authentication / authorization",
    statusKind: "response",
    codes: ["authentication_required", "token_expired", "token_invalid", "token_revoked", "access_denied", "insufficient_scope", "mfa_required", "ip_not_allowed", "time_window_violation", "tenant_access_denied", "forbidden"],
  },
  Validation: {
    title: "Validation",
    statusKind: "response",
    codes: ["invalid_request", "invalid_path", "invalid_secret_type", "invalid_duration", "invalid_cursor", "invalid_policy", "invalid_glob", "invalid_role", "invalid_config", "validation_error"],
  },
  NotFound: {
    title: "Not found",
    statusKind: "response",
    codes: ["secret_not_found", "version_not_found", "policy_not_found", "binding_not_found", "webhook_not_found", "subscription_not_found", "rotation_policy_not_found", "secret_policy_not_found", "ca_not_found", "certificate_not_found", "csr_not_found", "trust_anchor_not_found", "acme_account_not_found", "acme_order_not_found", "dns_provider_not_found", "engine_not_found", "role_not_found", "lease_not_found", "tenant_not_found", "identity_not_found", "federation_backend_not_found", "export_not_found"],
  },
  ConflictState: {
    title: "Conflict / state",
    statusKind: "response",
    codes: ["secret_exists", "version_conflict", "policy_in_use", "engine_in_use", "ca_has_certificates", "name_conflict", "binding_conflict", "secret_expired", "lease_expired"],
  },
  RateLimitQuotaAvailability: {
    title: "Rate limit / quota / availability",
    statusKind: "response",
    codes: ["rate_limited", "quota_exceeded", "service_unavailable", "feature_disabled", "maintenance_mode"],
  },
  ServerBackend: {
    title: "Server / backend",
    statusKind: "response",
    codes: ["internal_error", "encryption_error", "storage_error", "backend_error", "backend_rate_limited", "backend_timeout"],
  },
  DynamicPkiSpecific: {
    title: "Dynamic / PKI specific",
    statusKind: "response",
    codes: ["ttl_exceeds_max", "domain_not_allowed", "key_type_mismatch", "csr_invalid", "csr_already_processed", "acme_order_failed", "engine_unreachable"],
  },
  WebhookDelivery: {
    title: "Webhook delivery",
    statusKind: "reported",
    codes: ["webhook_url_invalid", "webhook_delivery_failed", "webhook_delivery_timeout"],
  },
  RequestRouting: {
    title: "Request / routing",
    statusKind: "response",
    codes: ["route_not_found", "method_not_allowed", "request_timeout", "payload_too_large", "unsupported_media_type"],
  },
};

/** The HTTP status of every code. */
export const ERROR_CODE_STATUS = {
  authentication_required: 401,
  token_expired: 401,
  token_invalid: 401,
  token_revoked: 401,
  access_denied: 403,
  insufficient_scope: 403,
  mfa_required: 403,
  ip_not_allowed: 403,
  time_window_violation: 403,
  tenant_access_denied: 403,
  forbidden: 403,
  invalid_request: 400,
  invalid_path: 400,
  invalid_secret_type: 400,
  invalid_duration: 400,
  invalid_cursor: 400,
  invalid_policy: 400,
  invalid_glob: 400,
  invalid_role: 400,
  invalid_config: 400,
  validation_error: 422,
  secret_not_found: 404,
  version_not_found: 404,
  policy_not_found: 404,
  binding_not_found: 404,
  webhook_not_found: 404,
  subscription_not_found: 404,
  rotation_policy_not_found: 404,
  secret_policy_not_found: 404,
  ca_not_found: 404,
  certificate_not_found: 404,
  csr_not_found: 404,
  trust_anchor_not_found: 404,
  acme_account_not_found: 404,
  acme_order_not_found: 404,
  dns_provider_not_found: 404,
  engine_not_found: 404,
  role_not_found: 404,
  lease_not_found: 404,
  tenant_not_found: 404,
  identity_not_found: 404,
  federation_backend_not_found: 404,
  export_not_found: 404,
  secret_exists: 409,
  version_conflict: 409,
  policy_in_use: 409,
  engine_in_use: 409,
  ca_has_certificates: 409,
  name_conflict: 409,
  binding_conflict: 409,
  secret_expired: 410,
  lease_expired: 410,
  rate_limited: 429,
  quota_exceeded: 429,
  service_unavailable: 503,
  feature_disabled: 503,
  maintenance_mode: 503,
  internal_error: 500,
  encryption_error: 500,
  storage_error: 500,
  backend_error: 502,
  backend_rate_limited: 502,
  backend_timeout: 504,
  ttl_exceeds_max: 400,
  domain_not_allowed: 400,
  key_type_mismatch: 400,
  csr_invalid: 400,
  csr_already_processed: 409,
  acme_order_failed: 502,
  engine_unreachable: 502,
  webhook_url_invalid: 400,
  webhook_delivery_failed: 502,
  webhook_delivery_timeout: 504,
  route_not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  payload_too_large: 413,
  unsupported_media_type: 415,
} as const satisfies { readonly [C in ErrorCode]: number };

/** Whether repeating a request that failed with a code may succeed (what `retryAdvice` answers for a known code). */
export const ERROR_CODE_RETRY = {
  authentication_required: "never",
  token_expired: "never",
  token_invalid: "never",
  token_revoked: "never",
  access_denied: "never",
  insufficient_scope: "never",
  mfa_required: "never",
  ip_not_allowed: "never",
  time_window_violation: "never",
  tenant_access_denied: "never",
  forbidden: "never",
  invalid_request: "never",
  invalid_path: "never",
  invalid_secret_type: "never",
  invalid_duration: "never",
  invalid_cursor: "never",
  invalid_policy: "never",
  invalid_glob: "never",
  invalid_role: "never",
  invalid_config: "never",
  validation_error: "never",
  secret_not_found: "never",
  version_not_found: "never",
  policy_not_found: "never",
  binding_not_found: "never",
  webhook_not_found: "never",
  subscription_not_found: "never",
  rotation_policy_not_found: "never",
  secret_policy_not_found: "never",
  ca_not_found: "never",
  certificate_not_found: "never",
  csr_not_found: "never",
  trust_anchor_not_found: "never",
  acme_account_not_found: "never",
  acme_order_not_found: "never",
  dns_provider_not_found: "never",
  engine_not_found: "never",
  role_not_found: "never",
  lease_not_found: "never",
  tenant_not_found: "never",
  identity_not_found: "never",
  federation_backend_not_found: "never",
  export_not_found: "never",
  secret_exists: "never",
  version_conflict: "after_reread",
  policy_in_use: "never",
  engine_in_use: "never",
  ca_has_certificates: "never",
  name_conflict: "never",
  binding_conflict: "never",
  secret_expired: "never",
  lease_expired: "never",
  rate_limited: "after_delay",
  quota_exceeded: "never",
  service_unavailable: "after_delay",
  feature_disabled: "never",
  maintenance_mode: "after_delay",
  internal_error: "never",
  encryption_error: "never",
  storage_error: "never",
  backend_error: "after_delay",
  backend_rate_limited: "after_delay",
  backend_timeout: "after_delay",
  ttl_exceeds_max: "never",
  domain_not_allowed: "never",
  key_type_mismatch: "never",
  csr_invalid: "never",
  csr_already_processed: "never",
  acme_order_failed: "never",
  engine_unreachable: "after_delay",
  webhook_url_invalid: "never",
  webhook_delivery_failed: "never",
  webhook_delivery_timeout: "never",
  route_not_found: "never",
  method_not_allowed: "never",
  request_timeout: "after_delay",
  payload_too_large: "never",
  unsupported_media_type: "never",
} as const satisfies { readonly [C in ErrorCode]: Retry };

/** What each code means (`null` when the registry gives no meaning). */
export const ERROR_CODE_MEANING = {
  authentication_required: "Missing Authorization header",
  token_expired: "Token exp passed",
  token_invalid: "Signature failed",
  token_revoked: "Explicitly revoked",
  access_denied: "No matching policy rule",
  insufficient_scope: "Token scope too narrow",
  mfa_required: "Rule requires fresh MFA",
  ip_not_allowed: "IP outside allowed ranges",
  time_window_violation: "Outside time window",
  tenant_access_denied: "Cross-tenant without partner admin",
  forbidden: "Generic authorization failure",
  invalid_request: "Malformed JSON or shape",
  invalid_path: "Path format violation",
  invalid_secret_type: "Unknown secret_type",
  invalid_duration: "Duration string didn't parse",
  invalid_cursor: "Cursor expired or malformed",
  invalid_policy: "Policy rules/bindings invalid",
  invalid_glob: "Path pattern not a valid glob",
  invalid_role: "Role name invalid",
  invalid_config: "Engine/backend config rejected",
  validation_error: "Field-level validation; see details.fields",
  secret_not_found: null,
  version_not_found: null,
  policy_not_found: null,
  binding_not_found: null,
  webhook_not_found: null,
  subscription_not_found: null,
  rotation_policy_not_found: null,
  secret_policy_not_found: null,
  ca_not_found: null,
  certificate_not_found: null,
  csr_not_found: null,
  trust_anchor_not_found: null,
  acme_account_not_found: null,
  acme_order_not_found: null,
  dns_provider_not_found: null,
  engine_not_found: null,
  role_not_found: null,
  lease_not_found: null,
  tenant_not_found: null,
  identity_not_found: null,
  federation_backend_not_found: null,
  export_not_found: null,
  secret_exists: "Soft-deleted path in retention",
  version_conflict: "Concurrent modification",
  policy_in_use: "Policy has bindings",
  engine_in_use: "Engine has leases",
  ca_has_certificates: "CA has issued certs",
  name_conflict: "Name already taken",
  binding_conflict: "Identity already bound",
  secret_expired: "expires_at passed",
  lease_expired: "Lease already expired",
  rate_limited: "Caller-specific rate limit",
  quota_exceeded: "Hard tenant quota",
  service_unavailable: "Transient dependency outage",
  feature_disabled: "Feature gated off at deploy",
  maintenance_mode: "Operator-scheduled downtime",
  internal_error: "Unexpected server error",
  encryption_error: "KMS interaction failed",
  storage_error: "Database or object store error",
  backend_error: "Federated backend or ACME upstream failed",
  backend_rate_limited: "Federated/ACME backend rate-limited us",
  backend_timeout: "Federated backend timeout",
  ttl_exceeds_max: "Requested TTL > role max_ttl",
  domain_not_allowed: "CN/SAN not in role's allowed_domains",
  key_type_mismatch: "CSR key doesn't match role requirement",
  csr_invalid: "CSR failed to parse",
  csr_already_processed: "CSR already signed or rejected",
  acme_order_failed: "ACME upstream rejected order",
  engine_unreachable: "Can't reach backend system",
  webhook_url_invalid: "URL can't be used (private IP blocked, etc.)",
  webhook_delivery_failed: "Non-2xx from destination",
  webhook_delivery_timeout: "> 10s response time",
  route_not_found: "No route matches the request path",
  method_not_allowed: "The route does not accept this HTTP method; see the Allow header",
  request_timeout: "The request did not complete within the server's time limit",
  payload_too_large: "Request body exceeds the size limit",
  unsupported_media_type: "Request body's Content-Type is not one the route accepts",
} as const satisfies { readonly [C in ErrorCode]: string | null };

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

/** Everything the registry says about each code. A bundle that imports it holds every code's meaning, docs URL and status: import the one table you need (`ERROR_CODE_STATUS`, `ERROR_CODE_RETRY`, `ERROR_CODE_MEANING`) where bytes count. */
export const ERROR_CODE_INFO: { readonly [C in ErrorCode]: ErrorCodeInfo } = {
  authentication_required: {
    status: 401,
    category: "AuthenticationAuthorization",
    meaning: "Missing Authorization header",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#authentication_required",
  },
  token_expired: {
    status: 401,
    category: "AuthenticationAuthorization",
    meaning: "Token exp passed",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#token_expired",
  },
  token_invalid: {
    status: 401,
    category: "AuthenticationAuthorization",
    meaning: "Signature failed",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#token_invalid",
  },
  token_revoked: {
    status: 401,
    category: "AuthenticationAuthorization",
    meaning: "Explicitly revoked",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#token_revoked",
  },
  access_denied: {
    status: 403,
    category: "AuthenticationAuthorization",
    meaning: "No matching policy rule",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#access_denied",
  },
  insufficient_scope: {
    status: 403,
    category: "AuthenticationAuthorization",
    meaning: "Token scope too narrow",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#insufficient_scope",
  },
  mfa_required: {
    status: 403,
    category: "AuthenticationAuthorization",
    meaning: "Rule requires fresh MFA",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#mfa_required",
  },
  ip_not_allowed: {
    status: 403,
    category: "AuthenticationAuthorization",
    meaning: "IP outside allowed ranges",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#ip_not_allowed",
  },
  time_window_violation: {
    status: 403,
    category: "AuthenticationAuthorization",
    meaning: "Outside time window",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#time_window_violation",
  },
  tenant_access_denied: {
    status: 403,
    category: "AuthenticationAuthorization",
    meaning: "Cross-tenant without partner admin",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#tenant_access_denied",
  },
  forbidden: {
    status: 403,
    category: "AuthenticationAuthorization",
    meaning: "Generic authorization failure",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#forbidden",
  },
  invalid_request: {
    status: 400,
    category: "Validation",
    meaning: "Malformed JSON or shape",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#invalid_request",
  },
  invalid_path: {
    status: 400,
    category: "Validation",
    meaning: "Path format violation",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#invalid_path",
  },
  invalid_secret_type: {
    status: 400,
    category: "Validation",
    meaning: "Unknown secret_type",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#invalid_secret_type",
  },
  invalid_duration: {
    status: 400,
    category: "Validation",
    meaning: "Duration string didn't parse",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#invalid_duration",
  },
  invalid_cursor: {
    status: 400,
    category: "Validation",
    meaning: "Cursor expired or malformed",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#invalid_cursor",
  },
  invalid_policy: {
    status: 400,
    category: "Validation",
    meaning: "Policy rules/bindings invalid",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#invalid_policy",
  },
  invalid_glob: {
    status: 400,
    category: "Validation",
    meaning: "Path pattern not a valid glob",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#invalid_glob",
  },
  invalid_role: {
    status: 400,
    category: "Validation",
    meaning: "Role name invalid",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#invalid_role",
  },
  invalid_config: {
    status: 400,
    category: "Validation",
    meaning: "Engine/backend config rejected",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#invalid_config",
  },
  validation_error: {
    status: 422,
    category: "Validation",
    meaning: "Field-level validation; see details.fields",
    retry: "never",
    details: "field_errors",
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#validation_error",
  },
  secret_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#secret_not_found",
  },
  version_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#version_not_found",
  },
  policy_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#policy_not_found",
  },
  binding_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#binding_not_found",
  },
  webhook_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#webhook_not_found",
  },
  subscription_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#subscription_not_found",
  },
  rotation_policy_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#rotation_policy_not_found",
  },
  secret_policy_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#secret_policy_not_found",
  },
  ca_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#ca_not_found",
  },
  certificate_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#certificate_not_found",
  },
  csr_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#csr_not_found",
  },
  trust_anchor_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#trust_anchor_not_found",
  },
  acme_account_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#acme_account_not_found",
  },
  acme_order_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#acme_order_not_found",
  },
  dns_provider_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#dns_provider_not_found",
  },
  engine_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#engine_not_found",
  },
  role_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#role_not_found",
  },
  lease_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#lease_not_found",
  },
  tenant_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#tenant_not_found",
  },
  identity_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#identity_not_found",
  },
  federation_backend_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#federation_backend_not_found",
  },
  export_not_found: {
    status: 404,
    category: "NotFound",
    meaning: null,
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#export_not_found",
  },
  secret_exists: {
    status: 409,
    category: "ConflictState",
    meaning: "Soft-deleted path in retention",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#secret_exists",
  },
  version_conflict: {
    status: 409,
    category: "ConflictState",
    meaning: "Concurrent modification",
    retry: "after_reread",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#version_conflict",
  },
  policy_in_use: {
    status: 409,
    category: "ConflictState",
    meaning: "Policy has bindings",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#policy_in_use",
  },
  engine_in_use: {
    status: 409,
    category: "ConflictState",
    meaning: "Engine has leases",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#engine_in_use",
  },
  ca_has_certificates: {
    status: 409,
    category: "ConflictState",
    meaning: "CA has issued certs",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#ca_has_certificates",
  },
  name_conflict: {
    status: 409,
    category: "ConflictState",
    meaning: "Name already taken",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#name_conflict",
  },
  binding_conflict: {
    status: 409,
    category: "ConflictState",
    meaning: "Identity already bound",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#binding_conflict",
  },
  secret_expired: {
    status: 410,
    category: "ConflictState",
    meaning: "expires_at passed",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#secret_expired",
  },
  lease_expired: {
    status: 410,
    category: "ConflictState",
    meaning: "Lease already expired",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#lease_expired",
  },
  rate_limited: {
    status: 429,
    category: "RateLimitQuotaAvailability",
    meaning: "Caller-specific rate limit",
    retry: "after_delay",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#rate_limited",
  },
  quota_exceeded: {
    status: 429,
    category: "RateLimitQuotaAvailability",
    meaning: "Hard tenant quota",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#quota_exceeded",
  },
  service_unavailable: {
    status: 503,
    category: "RateLimitQuotaAvailability",
    meaning: "Transient dependency outage",
    retry: "after_delay",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#service_unavailable",
  },
  feature_disabled: {
    status: 503,
    category: "RateLimitQuotaAvailability",
    meaning: "Feature gated off at deploy",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#feature_disabled",
  },
  maintenance_mode: {
    status: 503,
    category: "RateLimitQuotaAvailability",
    meaning: "Operator-scheduled downtime",
    retry: "after_delay",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#maintenance_mode",
  },
  internal_error: {
    status: 500,
    category: "ServerBackend",
    meaning: "Unexpected server error",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#internal_error",
  },
  encryption_error: {
    status: 500,
    category: "ServerBackend",
    meaning: "KMS interaction failed",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#encryption_error",
  },
  storage_error: {
    status: 500,
    category: "ServerBackend",
    meaning: "Database or object store error",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#storage_error",
  },
  backend_error: {
    status: 502,
    category: "ServerBackend",
    meaning: "Federated backend or ACME upstream failed",
    retry: "after_delay",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#backend_error",
  },
  backend_rate_limited: {
    status: 502,
    category: "ServerBackend",
    meaning: "Federated/ACME backend rate-limited us",
    retry: "after_delay",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#backend_rate_limited",
  },
  backend_timeout: {
    status: 504,
    category: "ServerBackend",
    meaning: "Federated backend timeout",
    retry: "after_delay",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#backend_timeout",
  },
  ttl_exceeds_max: {
    status: 400,
    category: "DynamicPkiSpecific",
    meaning: "Requested TTL > role max_ttl",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#ttl_exceeds_max",
  },
  domain_not_allowed: {
    status: 400,
    category: "DynamicPkiSpecific",
    meaning: "CN/SAN not in role's allowed_domains",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#domain_not_allowed",
  },
  key_type_mismatch: {
    status: 400,
    category: "DynamicPkiSpecific",
    meaning: "CSR key doesn't match role requirement",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#key_type_mismatch",
  },
  csr_invalid: {
    status: 400,
    category: "DynamicPkiSpecific",
    meaning: "CSR failed to parse",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#csr_invalid",
  },
  csr_already_processed: {
    status: 409,
    category: "DynamicPkiSpecific",
    meaning: "CSR already signed or rejected",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#csr_already_processed",
  },
  acme_order_failed: {
    status: 502,
    category: "DynamicPkiSpecific",
    meaning: "ACME upstream rejected order",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#acme_order_failed",
  },
  engine_unreachable: {
    status: 502,
    category: "DynamicPkiSpecific",
    meaning: "Can't reach backend system",
    retry: "after_delay",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#engine_unreachable",
  },
  webhook_url_invalid: {
    status: 400,
    category: "WebhookDelivery",
    meaning: "URL can't be used (private IP blocked, etc.)",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#webhook_url_invalid",
  },
  webhook_delivery_failed: {
    status: 502,
    category: "WebhookDelivery",
    meaning: "Non-2xx from destination",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#webhook_delivery_failed",
  },
  webhook_delivery_timeout: {
    status: 504,
    category: "WebhookDelivery",
    meaning: "> 10s response time",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#webhook_delivery_timeout",
  },
  route_not_found: {
    status: 404,
    category: "RequestRouting",
    meaning: "No route matches the request path",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#route_not_found",
  },
  method_not_allowed: {
    status: 405,
    category: "RequestRouting",
    meaning: "The route does not accept this HTTP method; see the Allow header",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#method_not_allowed",
  },
  request_timeout: {
    status: 408,
    category: "RequestRouting",
    meaning: "The request did not complete within the server's time limit",
    retry: "after_delay",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#request_timeout",
  },
  payload_too_large: {
    status: 413,
    category: "RequestRouting",
    meaning: "Request body exceeds the size limit",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#payload_too_large",
  },
  unsupported_media_type: {
    status: 415,
    category: "RequestRouting",
    meaning: "Request body's Content-Type is not one the route accepts",
    retry: "never",
    details: null,
    deprecated: null,
    docUrl: "https://docs.example.com/reference/error-codes#unsupported_media_type",
  },
};

/** Response header names. */
export const HEADERS = {
  X_REQUEST_ID: "X-Request-ID",
  X_RATE_LIMIT_LIMIT: "X-RateLimit-Limit",
  X_RATE_LIMIT_REMAINING: "X-RateLimit-Remaining",
  X_RATE_LIMIT_RESET: "X-RateLimit-Reset",
  RETRY_AFTER: "Retry-After",
} as const;

/** The headers the client reads, by their role: the registry's names (`roles:`), `null` for a header it does not have. */
export const ROLE_HEADERS = {
  requestId: "X-Request-ID",
  retryAfter: "Retry-After",
  rateLimitLimit: "X-RateLimit-Limit",
  rateLimitRemaining: "X-RateLimit-Remaining",
  rateLimitReset: "X-RateLimit-Reset",
} as const;

/** The shape of the API's error bodies (`envelope:` in the registry), one of `"nested"`: the nested envelope {"error": {...}} (application/json); `"rfc9457"`: RFC 9457 problem details (application/problem+json); `"layout"`: a body of the API's own layout, written as a mapping (application/json); `"google"`: Google's JSON error body {"error": {"code", "message", "status", "details"}} (needs grpc:); or `"google-rpc-status"`: the bare google.rpc.Status grpc-gateway sends {"code", "message", "details"} (needs grpc:). The reader reads each. */
export const ENVELOPE = "nested" as const;

/** Where each field of an error goes in the API's own body layout (`envelope:` in the registry): a member path (names joined by `.` for nesting) under `root` (`null`: the body itself), `null` for a field not in the body; `null` when the API has no layout of its own. `parseErrorEnvelope` reads it. */
export const BODY_LAYOUT: null = null;

/** Google's JSON error body (`envelope: google` or `google-rpc-status`): the `ErrorInfo` domain, each code by its reason, and for each code that declares members whether each is sent as text in the metadata; `null` for any other envelope. `parseErrorEnvelope` reads it. */
export const GOOGLE_BODY: null = null;

/** The published docs page: a code's docs URL, and its problem `type`, is this with `#` and the code, unless the registry gives each code its own (`page.code_docs_url`; `ERROR_CODE_INFO[code].docUrl`). `null` when the registry has none. */
export const DOCS_URL: string | null = "https://docs.example.com/reference/error-codes";

/** The members each code's details declare, as the API sends them: under RFC 9457 they are top-level members of the problem document, which `parseErrorEnvelope` gathers into `details`. */
export const DETAIL_MEMBERS: { readonly [code: string]: readonly string[] } = {
};

/** The readers of this API's own body (its layout's, or Google's), which `parseErrorEnvelope` tries before the nested envelope and problem details; empty when the API sends one of those. Only the reader listed here is in a bundle. */
export const BODY_READERS: readonly BodyReader[] = [];

/** The reader of a body without its code member, with the code of the layout's code header (`BODY_LAYOUT.code_header`), which `parseErrorEnvelope` tries last (`codeHeaderOf` reads it); `null` without a layout. */
export const HEADER_CODE_READER: BodyReader | null = null;

/** Statuses at which a code this package does not know is worth retrying after a delay. */
export const RETRYABLE_STATUSES: readonly number[] = [408, 429, 502, 503, 504];

/** `error.details` of field-level validation errors: field name → problems. */
export interface FieldErrorsDetails {
  readonly fields: { readonly [field: string]: readonly string[] };
}

/** `error.details` of the codes whose registry entry declares a shape. */
export interface DetailsByCode {
  validation_error: FieldErrorsDetails;
}

/*
 * The API's operations and the codes each may answer with: its own, the
 * common codes, and the codes of the framework's roles.
 */

/** Each operation by its id (as the API's OpenAPI document names it): its method and path when it has them, and every code it may answer with. */
export const OPERATIONS = {} as const satisfies {
  readonly [id: string]: { readonly method?: string; readonly path?: string; readonly codes: readonly ErrorCode[] };
};

/** The id of an operation: a key of {@link OPERATIONS}. */
export type OperationId = keyof typeof OPERATIONS;

/** The codes of the operation `K`: its union. */
export type OperationErrorCode<K extends OperationId> = (typeof OPERATIONS)[K]["codes"][number];
