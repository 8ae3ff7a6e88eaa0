# Generated from registry/error-codes.yaml by error-codes-codegen. Do not edit.
# Regenerate with `cargo run -p error-codes-codegen -- generate`.
"""The registry's data: every code, category and header, in registry order."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final


class Retry(enum.StrEnum):
    """Whether repeating a failed request may succeed."""

    NEVER = "never"
    AFTER_DELAY = "after_delay"
    AFTER_REREAD = "after_reread"

    @property
    def is_retryable(self) -> bool:
        """Whether a retry may succeed at all."""
        return self is not Retry.NEVER


class DetailsShape(enum.StrEnum):
    """Typed shapes of `error.details`."""

    FIELD_ERRORS = "field_errors"


class StatusKind(enum.StrEnum):
    """What a category's statuses describe: the API's own response, or something reported (a webhook delivery)."""

    RESPONSE = "response"
    REPORTED = "reported"


class Header(enum.StrEnum):
    """Response header names, as sent on the wire."""

    X_REQUEST_ID = "X-Request-ID"
    X_RATE_LIMIT_LIMIT = "X-RateLimit-Limit"
    X_RATE_LIMIT_REMAINING = "X-RateLimit-Remaining"
    X_RATE_LIMIT_RESET = "X-RateLimit-Reset"
    RETRY_AFTER = "Retry-After"


class Category(enum.Enum):
    """The categories of the docs page, in order; values are the Rust variant names."""

    AUTHENTICATION_AUTHORIZATION = "AuthenticationAuthorization"
    VALIDATION = "Validation"
    NOT_FOUND = "NotFound"
    CONFLICT_STATE = "ConflictState"
    RATE_LIMIT_QUOTA_AVAILABILITY = "RateLimitQuotaAvailability"
    SERVER_BACKEND = "ServerBackend"
    DYNAMIC_PKI_SPECIFIC = "DynamicPkiSpecific"
    WEBHOOK_DELIVERY = "WebhookDelivery"
    REQUEST_ROUTING = "RequestRouting"

    @property
    def title(self) -> str:
        """The category's heading on the docs page."""
        return _CATEGORIES[self].title

    @property
    def status_kind(self) -> StatusKind:
        """What the category's statuses describe."""
        return _CATEGORIES[self].status_kind

    @property
    def codes(self) -> tuple[ErrorCode, ...]:
        """The category's codes, in registry order."""
        return _CATEGORIES[self].codes


class ErrorCode(enum.StrEnum):
    """Every error code the API defines, in registry order. Branch on it, not on the HTTP status."""

    AUTHENTICATION_REQUIRED = "authentication_required"
    TOKEN_EXPIRED = "token_expired"
    TOKEN_INVALID = "token_invalid"
    TOKEN_REVOKED = "token_revoked"
    ACCESS_DENIED = "access_denied"
    INSUFFICIENT_SCOPE = "insufficient_scope"
    MFA_REQUIRED = "mfa_required"
    IP_NOT_ALLOWED = "ip_not_allowed"
    TIME_WINDOW_VIOLATION = "time_window_violation"
    TENANT_ACCESS_DENIED = "tenant_access_denied"
    FORBIDDEN = "forbidden"
    INVALID_REQUEST = "invalid_request"
    INVALID_PATH = "invalid_path"
    INVALID_SECRET_TYPE = "invalid_secret_type"
    INVALID_DURATION = "invalid_duration"
    INVALID_CURSOR = "invalid_cursor"
    INVALID_POLICY = "invalid_policy"
    INVALID_GLOB = "invalid_glob"
    INVALID_ROLE = "invalid_role"
    INVALID_CONFIG = "invalid_config"
    VALIDATION_ERROR = "validation_error"
    SECRET_NOT_FOUND = "secret_not_found"
    VERSION_NOT_FOUND = "version_not_found"
    POLICY_NOT_FOUND = "policy_not_found"
    BINDING_NOT_FOUND = "binding_not_found"
    WEBHOOK_NOT_FOUND = "webhook_not_found"
    SUBSCRIPTION_NOT_FOUND = "subscription_not_found"
    ROTATION_POLICY_NOT_FOUND = "rotation_policy_not_found"
    SECRET_POLICY_NOT_FOUND = "secret_policy_not_found"
    CA_NOT_FOUND = "ca_not_found"
    CERTIFICATE_NOT_FOUND = "certificate_not_found"
    CSR_NOT_FOUND = "csr_not_found"
    TRUST_ANCHOR_NOT_FOUND = "trust_anchor_not_found"
    ACME_ACCOUNT_NOT_FOUND = "acme_account_not_found"
    ACME_ORDER_NOT_FOUND = "acme_order_not_found"
    DNS_PROVIDER_NOT_FOUND = "dns_provider_not_found"
    ENGINE_NOT_FOUND = "engine_not_found"
    ROLE_NOT_FOUND = "role_not_found"
    LEASE_NOT_FOUND = "lease_not_found"
    TENANT_NOT_FOUND = "tenant_not_found"
    IDENTITY_NOT_FOUND = "identity_not_found"
    FEDERATION_BACKEND_NOT_FOUND = "federation_backend_not_found"
    EXPORT_NOT_FOUND = "export_not_found"
    SECRET_EXISTS = "secret_exists"
    VERSION_CONFLICT = "version_conflict"
    POLICY_IN_USE = "policy_in_use"
    ENGINE_IN_USE = "engine_in_use"
    CA_HAS_CERTIFICATES = "ca_has_certificates"
    NAME_CONFLICT = "name_conflict"
    BINDING_CONFLICT = "binding_conflict"
    SECRET_EXPIRED = "secret_expired"
    LEASE_EXPIRED = "lease_expired"
    RATE_LIMITED = "rate_limited"
    QUOTA_EXCEEDED = "quota_exceeded"
    SERVICE_UNAVAILABLE = "service_unavailable"
    FEATURE_DISABLED = "feature_disabled"
    MAINTENANCE_MODE = "maintenance_mode"
    INTERNAL_ERROR = "internal_error"
    ENCRYPTION_ERROR = "encryption_error"
    STORAGE_ERROR = "storage_error"
    BACKEND_ERROR = "backend_error"
    BACKEND_RATE_LIMITED = "backend_rate_limited"
    BACKEND_TIMEOUT = "backend_timeout"
    TTL_EXCEEDS_MAX = "ttl_exceeds_max"
    DOMAIN_NOT_ALLOWED = "domain_not_allowed"
    KEY_TYPE_MISMATCH = "key_type_mismatch"
    CSR_INVALID = "csr_invalid"
    CSR_ALREADY_PROCESSED = "csr_already_processed"
    ACME_ORDER_FAILED = "acme_order_failed"
    ENGINE_UNREACHABLE = "engine_unreachable"
    WEBHOOK_URL_INVALID = "webhook_url_invalid"
    WEBHOOK_DELIVERY_FAILED = "webhook_delivery_failed"
    WEBHOOK_DELIVERY_TIMEOUT = "webhook_delivery_timeout"
    ROUTE_NOT_FOUND = "route_not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    REQUEST_TIMEOUT = "request_timeout"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"

    @property
    def http_status(self) -> int:
        """The HTTP status the API answers with (for a `reported` category: the status reported)."""
        return _CODES[self].http_status

    @property
    def meaning(self) -> str | None:
        """What the code means, for people."""
        return _CODES[self].meaning

    @property
    def category(self) -> Category:
        """The category the code is listed under."""
        return _CODES[self].category

    @property
    def retry(self) -> Retry:
        """Whether repeating the failed request may succeed."""
        return _CODES[self].retry

    @property
    def details(self) -> DetailsShape | None:
        """The shape of `error.details`, when the registry declares one."""
        return _CODES[self].details

    @property
    def deprecated(self) -> Deprecation | None:
        """Since when and why the code is deprecated, or `None`."""
        return _CODES[self].deprecated

    @property
    def doc_url(self) -> str | None:
        """Where the code is documented."""
        return _CODES[self].doc_url


@dataclass(frozen=True, slots=True)
class Deprecation:
    """A deprecated code: since which version, the ISO 8601 date (YYYY-MM-DD)
    from which it may be removed (its sunset, if announced), what to use
    instead, why."""

    since: str
    sunset: str | None
    use_instead: ErrorCode | None
    note: str | None


@dataclass(frozen=True, slots=True)
class _CategoryInfo:
    title: str
    status_kind: StatusKind
    codes: tuple[ErrorCode, ...]


@dataclass(frozen=True, slots=True)
class _CodeInfo:
    http_status: int
    meaning: str | None
    category: Category
    retry: Retry
    details: DetailsShape | None
    deprecated: Deprecation | None
    doc_url: str | None


_CATEGORIES: Final[Mapping[Category, _CategoryInfo]] = {
    Category.AUTHENTICATION_AUTHORIZATION: _CategoryInfo(
        title="Authentication / authorization",
        status_kind=StatusKind.RESPONSE,
        codes=(ErrorCode.AUTHENTICATION_REQUIRED, ErrorCode.TOKEN_EXPIRED, ErrorCode.TOKEN_INVALID, ErrorCode.TOKEN_REVOKED, ErrorCode.ACCESS_DENIED, ErrorCode.INSUFFICIENT_SCOPE, ErrorCode.MFA_REQUIRED, ErrorCode.IP_NOT_ALLOWED, ErrorCode.TIME_WINDOW_VIOLATION, ErrorCode.TENANT_ACCESS_DENIED, ErrorCode.FORBIDDEN,),
    ),
    Category.VALIDATION: _CategoryInfo(
        title="Validation",
        status_kind=StatusKind.RESPONSE,
        codes=(ErrorCode.INVALID_REQUEST, ErrorCode.INVALID_PATH, ErrorCode.INVALID_SECRET_TYPE, ErrorCode.INVALID_DURATION, ErrorCode.INVALID_CURSOR, ErrorCode.INVALID_POLICY, ErrorCode.INVALID_GLOB, ErrorCode.INVALID_ROLE, ErrorCode.INVALID_CONFIG, ErrorCode.VALIDATION_ERROR,),
    ),
    Category.NOT_FOUND: _CategoryInfo(
        title="Not found",
        status_kind=StatusKind.RESPONSE,
        codes=(ErrorCode.SECRET_NOT_FOUND, ErrorCode.VERSION_NOT_FOUND, ErrorCode.POLICY_NOT_FOUND, ErrorCode.BINDING_NOT_FOUND, ErrorCode.WEBHOOK_NOT_FOUND, ErrorCode.SUBSCRIPTION_NOT_FOUND, ErrorCode.ROTATION_POLICY_NOT_FOUND, ErrorCode.SECRET_POLICY_NOT_FOUND, ErrorCode.CA_NOT_FOUND, ErrorCode.CERTIFICATE_NOT_FOUND, ErrorCode.CSR_NOT_FOUND, ErrorCode.TRUST_ANCHOR_NOT_FOUND, ErrorCode.ACME_ACCOUNT_NOT_FOUND, ErrorCode.ACME_ORDER_NOT_FOUND, ErrorCode.DNS_PROVIDER_NOT_FOUND, ErrorCode.ENGINE_NOT_FOUND, ErrorCode.ROLE_NOT_FOUND, ErrorCode.LEASE_NOT_FOUND, ErrorCode.TENANT_NOT_FOUND, ErrorCode.IDENTITY_NOT_FOUND, ErrorCode.FEDERATION_BACKEND_NOT_FOUND, ErrorCode.EXPORT_NOT_FOUND,),
    ),
    Category.CONFLICT_STATE: _CategoryInfo(
        title="Conflict / state",
        status_kind=StatusKind.RESPONSE,
        codes=(ErrorCode.SECRET_EXISTS, ErrorCode.VERSION_CONFLICT, ErrorCode.POLICY_IN_USE, ErrorCode.ENGINE_IN_USE, ErrorCode.CA_HAS_CERTIFICATES, ErrorCode.NAME_CONFLICT, ErrorCode.BINDING_CONFLICT, ErrorCode.SECRET_EXPIRED, ErrorCode.LEASE_EXPIRED,),
    ),
    Category.RATE_LIMIT_QUOTA_AVAILABILITY: _CategoryInfo(
        title="Rate limit / quota / availability",
        status_kind=StatusKind.RESPONSE,
        codes=(ErrorCode.RATE_LIMITED, ErrorCode.QUOTA_EXCEEDED, ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.FEATURE_DISABLED, ErrorCode.MAINTENANCE_MODE,),
    ),
    Category.SERVER_BACKEND: _CategoryInfo(
        title="Server / backend",
        status_kind=StatusKind.RESPONSE,
        codes=(ErrorCode.INTERNAL_ERROR, ErrorCode.ENCRYPTION_ERROR, ErrorCode.STORAGE_ERROR, ErrorCode.BACKEND_ERROR, ErrorCode.BACKEND_RATE_LIMITED, ErrorCode.BACKEND_TIMEOUT,),
    ),
    Category.DYNAMIC_PKI_SPECIFIC: _CategoryInfo(
        title="Dynamic / PKI specific",
        status_kind=StatusKind.RESPONSE,
        codes=(ErrorCode.TTL_EXCEEDS_MAX, ErrorCode.DOMAIN_NOT_ALLOWED, ErrorCode.KEY_TYPE_MISMATCH, ErrorCode.CSR_INVALID, ErrorCode.CSR_ALREADY_PROCESSED, ErrorCode.ACME_ORDER_FAILED, ErrorCode.ENGINE_UNREACHABLE,),
    ),
    Category.WEBHOOK_DELIVERY: _CategoryInfo(
        title="Webhook delivery",
        status_kind=StatusKind.REPORTED,
        codes=(ErrorCode.WEBHOOK_URL_INVALID, ErrorCode.WEBHOOK_DELIVERY_FAILED, ErrorCode.WEBHOOK_DELIVERY_TIMEOUT,),
    ),
    Category.REQUEST_ROUTING: _CategoryInfo(
        title="Request / routing",
        status_kind=StatusKind.RESPONSE,
        codes=(ErrorCode.ROUTE_NOT_FOUND, ErrorCode.METHOD_NOT_ALLOWED, ErrorCode.REQUEST_TIMEOUT, ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.UNSUPPORTED_MEDIA_TYPE,),
    ),
}

_CODES: Final[Mapping[ErrorCode, _CodeInfo]] = {
    ErrorCode.AUTHENTICATION_REQUIRED: _CodeInfo(
        http_status=401,
        meaning="Missing Authorization header",
        category=Category.AUTHENTICATION_AUTHORIZATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#authentication_required",
    ),
    ErrorCode.TOKEN_EXPIRED: _CodeInfo(
        http_status=401,
        meaning="Token exp passed",
        category=Category.AUTHENTICATION_AUTHORIZATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#token_expired",
    ),
    ErrorCode.TOKEN_INVALID: _CodeInfo(
        http_status=401,
        meaning="Signature failed",
        category=Category.AUTHENTICATION_AUTHORIZATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#token_invalid",
    ),
    ErrorCode.TOKEN_REVOKED: _CodeInfo(
        http_status=401,
        meaning="Explicitly revoked",
        category=Category.AUTHENTICATION_AUTHORIZATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#token_revoked",
    ),
    ErrorCode.ACCESS_DENIED: _CodeInfo(
        http_status=403,
        meaning="No matching policy rule",
        category=Category.AUTHENTICATION_AUTHORIZATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#access_denied",
    ),
    ErrorCode.INSUFFICIENT_SCOPE: _CodeInfo(
        http_status=403,
        meaning="Token scope too narrow",
        category=Category.AUTHENTICATION_AUTHORIZATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#insufficient_scope",
    ),
    ErrorCode.MFA_REQUIRED: _CodeInfo(
        http_status=403,
        meaning="Rule requires fresh MFA",
        category=Category.AUTHENTICATION_AUTHORIZATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#mfa_required",
    ),
    ErrorCode.IP_NOT_ALLOWED: _CodeInfo(
        http_status=403,
        meaning="IP outside allowed ranges",
        category=Category.AUTHENTICATION_AUTHORIZATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#ip_not_allowed",
    ),
    ErrorCode.TIME_WINDOW_VIOLATION: _CodeInfo(
        http_status=403,
        meaning="Outside time window",
        category=Category.AUTHENTICATION_AUTHORIZATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#time_window_violation",
    ),
    ErrorCode.TENANT_ACCESS_DENIED: _CodeInfo(
        http_status=403,
        meaning="Cross-tenant without partner admin",
        category=Category.AUTHENTICATION_AUTHORIZATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#tenant_access_denied",
    ),
    ErrorCode.FORBIDDEN: _CodeInfo(
        http_status=403,
        meaning="Generic authorization failure",
        category=Category.AUTHENTICATION_AUTHORIZATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#forbidden",
    ),
    ErrorCode.INVALID_REQUEST: _CodeInfo(
        http_status=400,
        meaning="Malformed JSON or shape",
        category=Category.VALIDATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#invalid_request",
    ),
    ErrorCode.INVALID_PATH: _CodeInfo(
        http_status=400,
        meaning="Path format violation",
        category=Category.VALIDATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#invalid_path",
    ),
    ErrorCode.INVALID_SECRET_TYPE: _CodeInfo(
        http_status=400,
        meaning="Unknown secret_type",
        category=Category.VALIDATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#invalid_secret_type",
    ),
    ErrorCode.INVALID_DURATION: _CodeInfo(
        http_status=400,
        meaning="Duration string didn't parse",
        category=Category.VALIDATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#invalid_duration",
    ),
    ErrorCode.INVALID_CURSOR: _CodeInfo(
        http_status=400,
        meaning="Cursor expired or malformed",
        category=Category.VALIDATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#invalid_cursor",
    ),
    ErrorCode.INVALID_POLICY: _CodeInfo(
        http_status=400,
        meaning="Policy rules/bindings invalid",
        category=Category.VALIDATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#invalid_policy",
    ),
    ErrorCode.INVALID_GLOB: _CodeInfo(
        http_status=400,
        meaning="Path pattern not a valid glob",
        category=Category.VALIDATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#invalid_glob",
    ),
    ErrorCode.INVALID_ROLE: _CodeInfo(
        http_status=400,
        meaning="Role name invalid",
        category=Category.VALIDATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#invalid_role",
    ),
    ErrorCode.INVALID_CONFIG: _CodeInfo(
        http_status=400,
        meaning="Engine/backend config rejected",
        category=Category.VALIDATION,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#invalid_config",
    ),
    ErrorCode.VALIDATION_ERROR: _CodeInfo(
        http_status=422,
        meaning="Field-level validation; see details.fields",
        category=Category.VALIDATION,
        retry=Retry.NEVER,
        details=DetailsShape.FIELD_ERRORS,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#validation_error",
    ),
    ErrorCode.SECRET_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#secret_not_found",
    ),
    ErrorCode.VERSION_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#version_not_found",
    ),
    ErrorCode.POLICY_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#policy_not_found",
    ),
    ErrorCode.BINDING_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#binding_not_found",
    ),
    ErrorCode.WEBHOOK_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#webhook_not_found",
    ),
    ErrorCode.SUBSCRIPTION_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#subscription_not_found",
    ),
    ErrorCode.ROTATION_POLICY_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#rotation_policy_not_found",
    ),
    ErrorCode.SECRET_POLICY_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#secret_policy_not_found",
    ),
    ErrorCode.CA_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#ca_not_found",
    ),
    ErrorCode.CERTIFICATE_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#certificate_not_found",
    ),
    ErrorCode.CSR_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#csr_not_found",
    ),
    ErrorCode.TRUST_ANCHOR_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#trust_anchor_not_found",
    ),
    ErrorCode.ACME_ACCOUNT_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#acme_account_not_found",
    ),
    ErrorCode.ACME_ORDER_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#acme_order_not_found",
    ),
    ErrorCode.DNS_PROVIDER_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#dns_provider_not_found",
    ),
    ErrorCode.ENGINE_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#engine_not_found",
    ),
    ErrorCode.ROLE_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#role_not_found",
    ),
    ErrorCode.LEASE_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#lease_not_found",
    ),
    ErrorCode.TENANT_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#tenant_not_found",
    ),
    ErrorCode.IDENTITY_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#identity_not_found",
    ),
    ErrorCode.FEDERATION_BACKEND_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#federation_backend_not_found",
    ),
    ErrorCode.EXPORT_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning=None,
        category=Category.NOT_FOUND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#export_not_found",
    ),
    ErrorCode.SECRET_EXISTS: _CodeInfo(
        http_status=409,
        meaning="Soft-deleted path in retention",
        category=Category.CONFLICT_STATE,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#secret_exists",
    ),
    ErrorCode.VERSION_CONFLICT: _CodeInfo(
        http_status=409,
        meaning="Concurrent modification",
        category=Category.CONFLICT_STATE,
        retry=Retry.AFTER_REREAD,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#version_conflict",
    ),
    ErrorCode.POLICY_IN_USE: _CodeInfo(
        http_status=409,
        meaning="Policy has bindings",
        category=Category.CONFLICT_STATE,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#policy_in_use",
    ),
    ErrorCode.ENGINE_IN_USE: _CodeInfo(
        http_status=409,
        meaning="Engine has leases",
        category=Category.CONFLICT_STATE,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#engine_in_use",
    ),
    ErrorCode.CA_HAS_CERTIFICATES: _CodeInfo(
        http_status=409,
        meaning="CA has issued certs",
        category=Category.CONFLICT_STATE,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#ca_has_certificates",
    ),
    ErrorCode.NAME_CONFLICT: _CodeInfo(
        http_status=409,
        meaning="Name already taken",
        category=Category.CONFLICT_STATE,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#name_conflict",
    ),
    ErrorCode.BINDING_CONFLICT: _CodeInfo(
        http_status=409,
        meaning="Identity already bound",
        category=Category.CONFLICT_STATE,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#binding_conflict",
    ),
    ErrorCode.SECRET_EXPIRED: _CodeInfo(
        http_status=410,
        meaning="expires_at passed",
        category=Category.CONFLICT_STATE,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#secret_expired",
    ),
    ErrorCode.LEASE_EXPIRED: _CodeInfo(
        http_status=410,
        meaning="Lease already expired",
        category=Category.CONFLICT_STATE,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#lease_expired",
    ),
    ErrorCode.RATE_LIMITED: _CodeInfo(
        http_status=429,
        meaning="Caller-specific rate limit",
        category=Category.RATE_LIMIT_QUOTA_AVAILABILITY,
        retry=Retry.AFTER_DELAY,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#rate_limited",
    ),
    ErrorCode.QUOTA_EXCEEDED: _CodeInfo(
        http_status=429,
        meaning="Hard tenant quota",
        category=Category.RATE_LIMIT_QUOTA_AVAILABILITY,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#quota_exceeded",
    ),
    ErrorCode.SERVICE_UNAVAILABLE: _CodeInfo(
        http_status=503,
        meaning="Transient dependency outage",
        category=Category.RATE_LIMIT_QUOTA_AVAILABILITY,
        retry=Retry.AFTER_DELAY,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#service_unavailable",
    ),
    ErrorCode.FEATURE_DISABLED: _CodeInfo(
        http_status=503,
        meaning="Feature gated off at deploy",
        category=Category.RATE_LIMIT_QUOTA_AVAILABILITY,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#feature_disabled",
    ),
    ErrorCode.MAINTENANCE_MODE: _CodeInfo(
        http_status=503,
        meaning="Operator-scheduled downtime",
        category=Category.RATE_LIMIT_QUOTA_AVAILABILITY,
        retry=Retry.AFTER_DELAY,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#maintenance_mode",
    ),
    ErrorCode.INTERNAL_ERROR: _CodeInfo(
        http_status=500,
        meaning="Unexpected server error",
        category=Category.SERVER_BACKEND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#internal_error",
    ),
    ErrorCode.ENCRYPTION_ERROR: _CodeInfo(
        http_status=500,
        meaning="KMS interaction failed",
        category=Category.SERVER_BACKEND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#encryption_error",
    ),
    ErrorCode.STORAGE_ERROR: _CodeInfo(
        http_status=500,
        meaning="Database or object store error",
        category=Category.SERVER_BACKEND,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#storage_error",
    ),
    ErrorCode.BACKEND_ERROR: _CodeInfo(
        http_status=502,
        meaning="Federated backend or ACME upstream failed",
        category=Category.SERVER_BACKEND,
        retry=Retry.AFTER_DELAY,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#backend_error",
    ),
    ErrorCode.BACKEND_RATE_LIMITED: _CodeInfo(
        http_status=502,
        meaning="Federated/ACME backend rate-limited us",
        category=Category.SERVER_BACKEND,
        retry=Retry.AFTER_DELAY,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#backend_rate_limited",
    ),
    ErrorCode.BACKEND_TIMEOUT: _CodeInfo(
        http_status=504,
        meaning="Federated backend timeout",
        category=Category.SERVER_BACKEND,
        retry=Retry.AFTER_DELAY,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#backend_timeout",
    ),
    ErrorCode.TTL_EXCEEDS_MAX: _CodeInfo(
        http_status=400,
        meaning="Requested TTL > role max_ttl",
        category=Category.DYNAMIC_PKI_SPECIFIC,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#ttl_exceeds_max",
    ),
    ErrorCode.DOMAIN_NOT_ALLOWED: _CodeInfo(
        http_status=400,
        meaning="CN/SAN not in role's allowed_domains",
        category=Category.DYNAMIC_PKI_SPECIFIC,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#domain_not_allowed",
    ),
    ErrorCode.KEY_TYPE_MISMATCH: _CodeInfo(
        http_status=400,
        meaning="CSR key doesn't match role requirement",
        category=Category.DYNAMIC_PKI_SPECIFIC,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#key_type_mismatch",
    ),
    ErrorCode.CSR_INVALID: _CodeInfo(
        http_status=400,
        meaning="CSR failed to parse",
        category=Category.DYNAMIC_PKI_SPECIFIC,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#csr_invalid",
    ),
    ErrorCode.CSR_ALREADY_PROCESSED: _CodeInfo(
        http_status=409,
        meaning="CSR already signed or rejected",
        category=Category.DYNAMIC_PKI_SPECIFIC,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#csr_already_processed",
    ),
    ErrorCode.ACME_ORDER_FAILED: _CodeInfo(
        http_status=502,
        meaning="ACME upstream rejected order",
        category=Category.DYNAMIC_PKI_SPECIFIC,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#acme_order_failed",
    ),
    ErrorCode.ENGINE_UNREACHABLE: _CodeInfo(
        http_status=502,
        meaning="Can't reach backend system",
        category=Category.DYNAMIC_PKI_SPECIFIC,
        retry=Retry.AFTER_DELAY,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#engine_unreachable",
    ),
    ErrorCode.WEBHOOK_URL_INVALID: _CodeInfo(
        http_status=400,
        meaning="URL can't be used (private IP blocked, etc.)",
        category=Category.WEBHOOK_DELIVERY,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#webhook_url_invalid",
    ),
    ErrorCode.WEBHOOK_DELIVERY_FAILED: _CodeInfo(
        http_status=502,
        meaning="Non-2xx from destination",
        category=Category.WEBHOOK_DELIVERY,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#webhook_delivery_failed",
    ),
    ErrorCode.WEBHOOK_DELIVERY_TIMEOUT: _CodeInfo(
        http_status=504,
        meaning="> 10s response time",
        category=Category.WEBHOOK_DELIVERY,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#webhook_delivery_timeout",
    ),
    ErrorCode.ROUTE_NOT_FOUND: _CodeInfo(
        http_status=404,
        meaning="No route matches the request path",
        category=Category.REQUEST_ROUTING,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#route_not_found",
    ),
    ErrorCode.METHOD_NOT_ALLOWED: _CodeInfo(
        http_status=405,
        meaning="The route does not accept this HTTP method; see the Allow header",
        category=Category.REQUEST_ROUTING,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#method_not_allowed",
    ),
    ErrorCode.REQUEST_TIMEOUT: _CodeInfo(
        http_status=408,
        meaning="The request did not complete within the server's time limit",
        category=Category.REQUEST_ROUTING,
        retry=Retry.AFTER_DELAY,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#request_timeout",
    ),
    ErrorCode.PAYLOAD_TOO_LARGE: _CodeInfo(
        http_status=413,
        meaning="Request body exceeds the size limit",
        category=Category.REQUEST_ROUTING,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#payload_too_large",
    ),
    ErrorCode.UNSUPPORTED_MEDIA_TYPE: _CodeInfo(
        http_status=415,
        meaning="Request body's Content-Type is not one the route accepts",
        category=Category.REQUEST_ROUTING,
        retry=Retry.NEVER,
        details=None,
        deprecated=None,
        doc_url="https://docs.example.com/reference/error-codes#unsupported_media_type",
    ),
}

REQUEST_ID_HEADER: Final[str] = "X-Request-ID"
"""The header that carries the request id (the registry's `request_id_header` role)."""

RETRY_AFTER_HEADER: Final[str] = "Retry-After"
"""HTTP's own retry header."""

RATE_LIMIT_HEADERS: Final[tuple[str | None, str | None, str | None]] = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")
"""The rate-limit headers (limit, remaining, reset), `None` where the registry has none."""

ENVELOPE: Final[str] = "nested"
"""The shape of the API's error bodies (`envelope:` in the registry), one of `"nested"`: the nested envelope {"error": {...}} (application/json); `"rfc9457"`: RFC 9457 problem details (application/problem+json); `"layout"`: a body of the API's own layout, written as a mapping (application/json); `"google"`: Google's JSON error body {"error": {"code", "message", "status", "details"}} (needs grpc:); or `"google-rpc-status"`: the bare google.rpc.Status grpc-gateway sends {"code", "message", "details"} (needs grpc:). The reader reads each."""

DOCS_URL: Final[str | None] = "https://docs.example.com/reference/error-codes"
"""The published docs page: a code's docs URL, and its problem `type`, is this with `#` and the code, unless the registry gives each code its own (`page.code_docs_url`; `ErrorCode.doc_url`)."""

DETAIL_MEMBERS: Final[Mapping[str, tuple[str, ...]]] = {}
"""The members each code's details declare (`details:` as a mapping in the registry), by their wire names, in registry order, that a problem document (`envelope: rfc9457`) sends as top-level members (all but one named as a member of the problem itself, which only another envelope allows); the reader puts them back into `details`."""

RETRYABLE_STATUSES: Final[frozenset[int]] = frozenset({408, 429, 502, 503, 504})
"""Statuses at which a code this build does not know is worth retrying after a delay."""
