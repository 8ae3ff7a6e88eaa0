//! The `error-codes` API written by hand, as a crate without a generator
//! would be: plain `match`es and serde's derive, nothing else. It exists to
//! measure what the generated crate costs to build (`scripts/build-cost.sh`);
//! `benches/tests/it/handwritten_agrees.rs` checks it says what the registry it
//! was written from says: the frozen copy `registry-frozen.yaml` beside this
//! crate, never the live registry, so editing the vocabulary never means
//! editing this file.
#![forbid(unsafe_code)]

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Serialize};

/// One of the API's error codes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorCode {
    AuthenticationRequired,
    TokenExpired,
    TokenInvalid,
    TokenRevoked,
    AccessDenied,
    InsufficientScope,
    MfaRequired,
    IpNotAllowed,
    TimeWindowViolation,
    TenantAccessDenied,
    Forbidden,
    InvalidRequest,
    InvalidPath,
    InvalidSecretType,
    InvalidDuration,
    InvalidCursor,
    InvalidPolicy,
    InvalidGlob,
    InvalidRole,
    InvalidConfig,
    ValidationError,
    SecretNotFound,
    VersionNotFound,
    PolicyNotFound,
    BindingNotFound,
    WebhookNotFound,
    SubscriptionNotFound,
    RotationPolicyNotFound,
    SecretPolicyNotFound,
    CaNotFound,
    CertificateNotFound,
    CsrNotFound,
    TrustAnchorNotFound,
    AcmeAccountNotFound,
    AcmeOrderNotFound,
    DnsProviderNotFound,
    EngineNotFound,
    RoleNotFound,
    LeaseNotFound,
    TenantNotFound,
    IdentityNotFound,
    FederationBackendNotFound,
    ExportNotFound,
    SecretExists,
    VersionConflict,
    PolicyInUse,
    EngineInUse,
    CaHasCertificates,
    NameConflict,
    BindingConflict,
    SecretExpired,
    LeaseExpired,
    RateLimited,
    QuotaExceeded,
    ServiceUnavailable,
    FeatureDisabled,
    MaintenanceMode,
    InternalError,
    EncryptionError,
    StorageError,
    BackendError,
    BackendRateLimited,
    BackendTimeout,
    TtlExceedsMax,
    DomainNotAllowed,
    KeyTypeMismatch,
    CsrInvalid,
    CsrAlreadyProcessed,
    AcmeOrderFailed,
    EngineUnreachable,
    WebhookUrlInvalid,
    WebhookDeliveryFailed,
    WebhookDeliveryTimeout,
}

/// A category of error codes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
#[non_exhaustive]
pub enum Category {
    AuthenticationAuthorization,
    Validation,
    NotFound,
    ConflictState,
    RateLimitQuotaAvailability,
    ServerBackend,
    DynamicPkiSpecific,
    WebhookDelivery,
}

/// Whether repeating a failed request may succeed.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Retry {
    Never,
    AfterDelay,
    AfterReread,
}

impl ErrorCode {
    /// Every code, in registry order.
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::AuthenticationRequired,
        ErrorCode::TokenExpired,
        ErrorCode::TokenInvalid,
        ErrorCode::TokenRevoked,
        ErrorCode::AccessDenied,
        ErrorCode::InsufficientScope,
        ErrorCode::MfaRequired,
        ErrorCode::IpNotAllowed,
        ErrorCode::TimeWindowViolation,
        ErrorCode::TenantAccessDenied,
        ErrorCode::Forbidden,
        ErrorCode::InvalidRequest,
        ErrorCode::InvalidPath,
        ErrorCode::InvalidSecretType,
        ErrorCode::InvalidDuration,
        ErrorCode::InvalidCursor,
        ErrorCode::InvalidPolicy,
        ErrorCode::InvalidGlob,
        ErrorCode::InvalidRole,
        ErrorCode::InvalidConfig,
        ErrorCode::ValidationError,
        ErrorCode::SecretNotFound,
        ErrorCode::VersionNotFound,
        ErrorCode::PolicyNotFound,
        ErrorCode::BindingNotFound,
        ErrorCode::WebhookNotFound,
        ErrorCode::SubscriptionNotFound,
        ErrorCode::RotationPolicyNotFound,
        ErrorCode::SecretPolicyNotFound,
        ErrorCode::CaNotFound,
        ErrorCode::CertificateNotFound,
        ErrorCode::CsrNotFound,
        ErrorCode::TrustAnchorNotFound,
        ErrorCode::AcmeAccountNotFound,
        ErrorCode::AcmeOrderNotFound,
        ErrorCode::DnsProviderNotFound,
        ErrorCode::EngineNotFound,
        ErrorCode::RoleNotFound,
        ErrorCode::LeaseNotFound,
        ErrorCode::TenantNotFound,
        ErrorCode::IdentityNotFound,
        ErrorCode::FederationBackendNotFound,
        ErrorCode::ExportNotFound,
        ErrorCode::SecretExists,
        ErrorCode::VersionConflict,
        ErrorCode::PolicyInUse,
        ErrorCode::EngineInUse,
        ErrorCode::CaHasCertificates,
        ErrorCode::NameConflict,
        ErrorCode::BindingConflict,
        ErrorCode::SecretExpired,
        ErrorCode::LeaseExpired,
        ErrorCode::RateLimited,
        ErrorCode::QuotaExceeded,
        ErrorCode::ServiceUnavailable,
        ErrorCode::FeatureDisabled,
        ErrorCode::MaintenanceMode,
        ErrorCode::InternalError,
        ErrorCode::EncryptionError,
        ErrorCode::StorageError,
        ErrorCode::BackendError,
        ErrorCode::BackendRateLimited,
        ErrorCode::BackendTimeout,
        ErrorCode::TtlExceedsMax,
        ErrorCode::DomainNotAllowed,
        ErrorCode::KeyTypeMismatch,
        ErrorCode::CsrInvalid,
        ErrorCode::CsrAlreadyProcessed,
        ErrorCode::AcmeOrderFailed,
        ErrorCode::EngineUnreachable,
        ErrorCode::WebhookUrlInvalid,
        ErrorCode::WebhookDeliveryFailed,
        ErrorCode::WebhookDeliveryTimeout,
    ];

    /// The code as sent on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::AuthenticationRequired => "authentication_required",
            ErrorCode::TokenExpired => "token_expired",
            ErrorCode::TokenInvalid => "token_invalid",
            ErrorCode::TokenRevoked => "token_revoked",
            ErrorCode::AccessDenied => "access_denied",
            ErrorCode::InsufficientScope => "insufficient_scope",
            ErrorCode::MfaRequired => "mfa_required",
            ErrorCode::IpNotAllowed => "ip_not_allowed",
            ErrorCode::TimeWindowViolation => "time_window_violation",
            ErrorCode::TenantAccessDenied => "tenant_access_denied",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::InvalidRequest => "invalid_request",
            ErrorCode::InvalidPath => "invalid_path",
            ErrorCode::InvalidSecretType => "invalid_secret_type",
            ErrorCode::InvalidDuration => "invalid_duration",
            ErrorCode::InvalidCursor => "invalid_cursor",
            ErrorCode::InvalidPolicy => "invalid_policy",
            ErrorCode::InvalidGlob => "invalid_glob",
            ErrorCode::InvalidRole => "invalid_role",
            ErrorCode::InvalidConfig => "invalid_config",
            ErrorCode::ValidationError => "validation_error",
            ErrorCode::SecretNotFound => "secret_not_found",
            ErrorCode::VersionNotFound => "version_not_found",
            ErrorCode::PolicyNotFound => "policy_not_found",
            ErrorCode::BindingNotFound => "binding_not_found",
            ErrorCode::WebhookNotFound => "webhook_not_found",
            ErrorCode::SubscriptionNotFound => "subscription_not_found",
            ErrorCode::RotationPolicyNotFound => "rotation_policy_not_found",
            ErrorCode::SecretPolicyNotFound => "secret_policy_not_found",
            ErrorCode::CaNotFound => "ca_not_found",
            ErrorCode::CertificateNotFound => "certificate_not_found",
            ErrorCode::CsrNotFound => "csr_not_found",
            ErrorCode::TrustAnchorNotFound => "trust_anchor_not_found",
            ErrorCode::AcmeAccountNotFound => "acme_account_not_found",
            ErrorCode::AcmeOrderNotFound => "acme_order_not_found",
            ErrorCode::DnsProviderNotFound => "dns_provider_not_found",
            ErrorCode::EngineNotFound => "engine_not_found",
            ErrorCode::RoleNotFound => "role_not_found",
            ErrorCode::LeaseNotFound => "lease_not_found",
            ErrorCode::TenantNotFound => "tenant_not_found",
            ErrorCode::IdentityNotFound => "identity_not_found",
            ErrorCode::FederationBackendNotFound => "federation_backend_not_found",
            ErrorCode::ExportNotFound => "export_not_found",
            ErrorCode::SecretExists => "secret_exists",
            ErrorCode::VersionConflict => "version_conflict",
            ErrorCode::PolicyInUse => "policy_in_use",
            ErrorCode::EngineInUse => "engine_in_use",
            ErrorCode::CaHasCertificates => "ca_has_certificates",
            ErrorCode::NameConflict => "name_conflict",
            ErrorCode::BindingConflict => "binding_conflict",
            ErrorCode::SecretExpired => "secret_expired",
            ErrorCode::LeaseExpired => "lease_expired",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::QuotaExceeded => "quota_exceeded",
            ErrorCode::ServiceUnavailable => "service_unavailable",
            ErrorCode::FeatureDisabled => "feature_disabled",
            ErrorCode::MaintenanceMode => "maintenance_mode",
            ErrorCode::InternalError => "internal_error",
            ErrorCode::EncryptionError => "encryption_error",
            ErrorCode::StorageError => "storage_error",
            ErrorCode::BackendError => "backend_error",
            ErrorCode::BackendRateLimited => "backend_rate_limited",
            ErrorCode::BackendTimeout => "backend_timeout",
            ErrorCode::TtlExceedsMax => "ttl_exceeds_max",
            ErrorCode::DomainNotAllowed => "domain_not_allowed",
            ErrorCode::KeyTypeMismatch => "key_type_mismatch",
            ErrorCode::CsrInvalid => "csr_invalid",
            ErrorCode::CsrAlreadyProcessed => "csr_already_processed",
            ErrorCode::AcmeOrderFailed => "acme_order_failed",
            ErrorCode::EngineUnreachable => "engine_unreachable",
            ErrorCode::WebhookUrlInvalid => "webhook_url_invalid",
            ErrorCode::WebhookDeliveryFailed => "webhook_delivery_failed",
            ErrorCode::WebhookDeliveryTimeout => "webhook_delivery_timeout",
        }
    }

    /// The HTTP status that carries this code.
    pub const fn http_status(self) -> u16 {
        match self {
            ErrorCode::AuthenticationRequired => 401,
            ErrorCode::TokenExpired => 401,
            ErrorCode::TokenInvalid => 401,
            ErrorCode::TokenRevoked => 401,
            ErrorCode::AccessDenied => 403,
            ErrorCode::InsufficientScope => 403,
            ErrorCode::MfaRequired => 403,
            ErrorCode::IpNotAllowed => 403,
            ErrorCode::TimeWindowViolation => 403,
            ErrorCode::TenantAccessDenied => 403,
            ErrorCode::Forbidden => 403,
            ErrorCode::InvalidRequest => 400,
            ErrorCode::InvalidPath => 400,
            ErrorCode::InvalidSecretType => 400,
            ErrorCode::InvalidDuration => 400,
            ErrorCode::InvalidCursor => 400,
            ErrorCode::InvalidPolicy => 400,
            ErrorCode::InvalidGlob => 400,
            ErrorCode::InvalidRole => 400,
            ErrorCode::InvalidConfig => 400,
            ErrorCode::ValidationError => 422,
            ErrorCode::SecretNotFound => 404,
            ErrorCode::VersionNotFound => 404,
            ErrorCode::PolicyNotFound => 404,
            ErrorCode::BindingNotFound => 404,
            ErrorCode::WebhookNotFound => 404,
            ErrorCode::SubscriptionNotFound => 404,
            ErrorCode::RotationPolicyNotFound => 404,
            ErrorCode::SecretPolicyNotFound => 404,
            ErrorCode::CaNotFound => 404,
            ErrorCode::CertificateNotFound => 404,
            ErrorCode::CsrNotFound => 404,
            ErrorCode::TrustAnchorNotFound => 404,
            ErrorCode::AcmeAccountNotFound => 404,
            ErrorCode::AcmeOrderNotFound => 404,
            ErrorCode::DnsProviderNotFound => 404,
            ErrorCode::EngineNotFound => 404,
            ErrorCode::RoleNotFound => 404,
            ErrorCode::LeaseNotFound => 404,
            ErrorCode::TenantNotFound => 404,
            ErrorCode::IdentityNotFound => 404,
            ErrorCode::FederationBackendNotFound => 404,
            ErrorCode::ExportNotFound => 404,
            ErrorCode::SecretExists => 409,
            ErrorCode::VersionConflict => 409,
            ErrorCode::PolicyInUse => 409,
            ErrorCode::EngineInUse => 409,
            ErrorCode::CaHasCertificates => 409,
            ErrorCode::NameConflict => 409,
            ErrorCode::BindingConflict => 409,
            ErrorCode::SecretExpired => 410,
            ErrorCode::LeaseExpired => 410,
            ErrorCode::RateLimited => 429,
            ErrorCode::QuotaExceeded => 429,
            ErrorCode::ServiceUnavailable => 503,
            ErrorCode::FeatureDisabled => 503,
            ErrorCode::MaintenanceMode => 503,
            ErrorCode::InternalError => 500,
            ErrorCode::EncryptionError => 500,
            ErrorCode::StorageError => 500,
            ErrorCode::BackendError => 502,
            ErrorCode::BackendRateLimited => 502,
            ErrorCode::BackendTimeout => 504,
            ErrorCode::TtlExceedsMax => 400,
            ErrorCode::DomainNotAllowed => 400,
            ErrorCode::KeyTypeMismatch => 400,
            ErrorCode::CsrInvalid => 400,
            ErrorCode::CsrAlreadyProcessed => 409,
            ErrorCode::AcmeOrderFailed => 502,
            ErrorCode::EngineUnreachable => 502,
            ErrorCode::WebhookUrlInvalid => 400,
            ErrorCode::WebhookDeliveryFailed => 502,
            ErrorCode::WebhookDeliveryTimeout => 504,
        }
    }

    /// What the code means.
    pub const fn meaning(self) -> Option<&'static str> {
        match self {
            ErrorCode::AuthenticationRequired => Some("Missing Authorization header"),
            ErrorCode::TokenExpired => Some("Token exp passed"),
            ErrorCode::TokenInvalid => Some("Signature failed"),
            ErrorCode::TokenRevoked => Some("Explicitly revoked"),
            ErrorCode::AccessDenied => Some("No matching policy rule"),
            ErrorCode::InsufficientScope => Some("Token scope too narrow"),
            ErrorCode::MfaRequired => Some("Rule requires fresh MFA"),
            ErrorCode::IpNotAllowed => Some("IP outside allowed ranges"),
            ErrorCode::TimeWindowViolation => Some("Outside time window"),
            ErrorCode::TenantAccessDenied => Some("Cross-tenant without partner admin"),
            ErrorCode::Forbidden => Some("Generic authorization failure"),
            ErrorCode::InvalidRequest => Some("Malformed JSON or shape"),
            ErrorCode::InvalidPath => Some("Path format violation"),
            ErrorCode::InvalidSecretType => Some("Unknown secret_type"),
            ErrorCode::InvalidDuration => Some("Duration string didn't parse"),
            ErrorCode::InvalidCursor => Some("Cursor expired or malformed"),
            ErrorCode::InvalidPolicy => Some("Policy rules/bindings invalid"),
            ErrorCode::InvalidGlob => Some("Path pattern not a valid glob"),
            ErrorCode::InvalidRole => Some("Role name invalid"),
            ErrorCode::InvalidConfig => Some("Engine/backend config rejected"),
            ErrorCode::ValidationError => Some("Field-level validation; see details.fields"),
            ErrorCode::SecretNotFound => None,
            ErrorCode::VersionNotFound => None,
            ErrorCode::PolicyNotFound => None,
            ErrorCode::BindingNotFound => None,
            ErrorCode::WebhookNotFound => None,
            ErrorCode::SubscriptionNotFound => None,
            ErrorCode::RotationPolicyNotFound => None,
            ErrorCode::SecretPolicyNotFound => None,
            ErrorCode::CaNotFound => None,
            ErrorCode::CertificateNotFound => None,
            ErrorCode::CsrNotFound => None,
            ErrorCode::TrustAnchorNotFound => None,
            ErrorCode::AcmeAccountNotFound => None,
            ErrorCode::AcmeOrderNotFound => None,
            ErrorCode::DnsProviderNotFound => None,
            ErrorCode::EngineNotFound => None,
            ErrorCode::RoleNotFound => None,
            ErrorCode::LeaseNotFound => None,
            ErrorCode::TenantNotFound => None,
            ErrorCode::IdentityNotFound => None,
            ErrorCode::FederationBackendNotFound => None,
            ErrorCode::ExportNotFound => None,
            ErrorCode::SecretExists => Some("Soft-deleted path in retention"),
            ErrorCode::VersionConflict => Some("Concurrent modification"),
            ErrorCode::PolicyInUse => Some("Policy has bindings"),
            ErrorCode::EngineInUse => Some("Engine has leases"),
            ErrorCode::CaHasCertificates => Some("CA has issued certs"),
            ErrorCode::NameConflict => Some("Name already taken"),
            ErrorCode::BindingConflict => Some("Identity already bound"),
            ErrorCode::SecretExpired => Some("expires_at passed"),
            ErrorCode::LeaseExpired => Some("Lease already expired"),
            ErrorCode::RateLimited => Some("Caller-specific rate limit"),
            ErrorCode::QuotaExceeded => Some("Hard tenant quota"),
            ErrorCode::ServiceUnavailable => Some("Transient dependency outage"),
            ErrorCode::FeatureDisabled => Some("Feature gated off at deploy"),
            ErrorCode::MaintenanceMode => Some("Operator-scheduled downtime"),
            ErrorCode::InternalError => Some("Unexpected server error"),
            ErrorCode::EncryptionError => Some("KMS interaction failed"),
            ErrorCode::StorageError => Some("Database or object store error"),
            ErrorCode::BackendError => Some("Federated backend or ACME upstream failed"),
            ErrorCode::BackendRateLimited => Some("Federated/ACME backend rate-limited us"),
            ErrorCode::BackendTimeout => Some("Federated backend timeout"),
            ErrorCode::TtlExceedsMax => Some("Requested TTL > role max_ttl"),
            ErrorCode::DomainNotAllowed => Some("CN/SAN not in role's allowed_domains"),
            ErrorCode::KeyTypeMismatch => Some("CSR key doesn't match role requirement"),
            ErrorCode::CsrInvalid => Some("CSR failed to parse"),
            ErrorCode::CsrAlreadyProcessed => Some("CSR already signed or rejected"),
            ErrorCode::AcmeOrderFailed => Some("ACME upstream rejected order"),
            ErrorCode::EngineUnreachable => Some("Can't reach backend system"),
            ErrorCode::WebhookUrlInvalid => Some("URL can't be used (private IP blocked, etc.)"),
            ErrorCode::WebhookDeliveryFailed => Some("Non-2xx from destination"),
            ErrorCode::WebhookDeliveryTimeout => Some("> 10s response time"),
        }
    }

    /// The category the code is listed under.
    pub const fn category(self) -> Category {
        match self {
            ErrorCode::AuthenticationRequired => Category::AuthenticationAuthorization,
            ErrorCode::TokenExpired => Category::AuthenticationAuthorization,
            ErrorCode::TokenInvalid => Category::AuthenticationAuthorization,
            ErrorCode::TokenRevoked => Category::AuthenticationAuthorization,
            ErrorCode::AccessDenied => Category::AuthenticationAuthorization,
            ErrorCode::InsufficientScope => Category::AuthenticationAuthorization,
            ErrorCode::MfaRequired => Category::AuthenticationAuthorization,
            ErrorCode::IpNotAllowed => Category::AuthenticationAuthorization,
            ErrorCode::TimeWindowViolation => Category::AuthenticationAuthorization,
            ErrorCode::TenantAccessDenied => Category::AuthenticationAuthorization,
            ErrorCode::Forbidden => Category::AuthenticationAuthorization,
            ErrorCode::InvalidRequest => Category::Validation,
            ErrorCode::InvalidPath => Category::Validation,
            ErrorCode::InvalidSecretType => Category::Validation,
            ErrorCode::InvalidDuration => Category::Validation,
            ErrorCode::InvalidCursor => Category::Validation,
            ErrorCode::InvalidPolicy => Category::Validation,
            ErrorCode::InvalidGlob => Category::Validation,
            ErrorCode::InvalidRole => Category::Validation,
            ErrorCode::InvalidConfig => Category::Validation,
            ErrorCode::ValidationError => Category::Validation,
            ErrorCode::SecretNotFound => Category::NotFound,
            ErrorCode::VersionNotFound => Category::NotFound,
            ErrorCode::PolicyNotFound => Category::NotFound,
            ErrorCode::BindingNotFound => Category::NotFound,
            ErrorCode::WebhookNotFound => Category::NotFound,
            ErrorCode::SubscriptionNotFound => Category::NotFound,
            ErrorCode::RotationPolicyNotFound => Category::NotFound,
            ErrorCode::SecretPolicyNotFound => Category::NotFound,
            ErrorCode::CaNotFound => Category::NotFound,
            ErrorCode::CertificateNotFound => Category::NotFound,
            ErrorCode::CsrNotFound => Category::NotFound,
            ErrorCode::TrustAnchorNotFound => Category::NotFound,
            ErrorCode::AcmeAccountNotFound => Category::NotFound,
            ErrorCode::AcmeOrderNotFound => Category::NotFound,
            ErrorCode::DnsProviderNotFound => Category::NotFound,
            ErrorCode::EngineNotFound => Category::NotFound,
            ErrorCode::RoleNotFound => Category::NotFound,
            ErrorCode::LeaseNotFound => Category::NotFound,
            ErrorCode::TenantNotFound => Category::NotFound,
            ErrorCode::IdentityNotFound => Category::NotFound,
            ErrorCode::FederationBackendNotFound => Category::NotFound,
            ErrorCode::ExportNotFound => Category::NotFound,
            ErrorCode::SecretExists => Category::ConflictState,
            ErrorCode::VersionConflict => Category::ConflictState,
            ErrorCode::PolicyInUse => Category::ConflictState,
            ErrorCode::EngineInUse => Category::ConflictState,
            ErrorCode::CaHasCertificates => Category::ConflictState,
            ErrorCode::NameConflict => Category::ConflictState,
            ErrorCode::BindingConflict => Category::ConflictState,
            ErrorCode::SecretExpired => Category::ConflictState,
            ErrorCode::LeaseExpired => Category::ConflictState,
            ErrorCode::RateLimited => Category::RateLimitQuotaAvailability,
            ErrorCode::QuotaExceeded => Category::RateLimitQuotaAvailability,
            ErrorCode::ServiceUnavailable => Category::RateLimitQuotaAvailability,
            ErrorCode::FeatureDisabled => Category::RateLimitQuotaAvailability,
            ErrorCode::MaintenanceMode => Category::RateLimitQuotaAvailability,
            ErrorCode::InternalError => Category::ServerBackend,
            ErrorCode::EncryptionError => Category::ServerBackend,
            ErrorCode::StorageError => Category::ServerBackend,
            ErrorCode::BackendError => Category::ServerBackend,
            ErrorCode::BackendRateLimited => Category::ServerBackend,
            ErrorCode::BackendTimeout => Category::ServerBackend,
            ErrorCode::TtlExceedsMax => Category::DynamicPkiSpecific,
            ErrorCode::DomainNotAllowed => Category::DynamicPkiSpecific,
            ErrorCode::KeyTypeMismatch => Category::DynamicPkiSpecific,
            ErrorCode::CsrInvalid => Category::DynamicPkiSpecific,
            ErrorCode::CsrAlreadyProcessed => Category::DynamicPkiSpecific,
            ErrorCode::AcmeOrderFailed => Category::DynamicPkiSpecific,
            ErrorCode::EngineUnreachable => Category::DynamicPkiSpecific,
            ErrorCode::WebhookUrlInvalid => Category::WebhookDelivery,
            ErrorCode::WebhookDeliveryFailed => Category::WebhookDelivery,
            ErrorCode::WebhookDeliveryTimeout => Category::WebhookDelivery,
        }
    }

    /// Whether, and how, repeating the failed request may succeed.
    pub const fn retry(self) -> Retry {
        match self {
            ErrorCode::AuthenticationRequired => Retry::Never,
            ErrorCode::TokenExpired => Retry::Never,
            ErrorCode::TokenInvalid => Retry::Never,
            ErrorCode::TokenRevoked => Retry::Never,
            ErrorCode::AccessDenied => Retry::Never,
            ErrorCode::InsufficientScope => Retry::Never,
            ErrorCode::MfaRequired => Retry::Never,
            ErrorCode::IpNotAllowed => Retry::Never,
            ErrorCode::TimeWindowViolation => Retry::Never,
            ErrorCode::TenantAccessDenied => Retry::Never,
            ErrorCode::Forbidden => Retry::Never,
            ErrorCode::InvalidRequest => Retry::Never,
            ErrorCode::InvalidPath => Retry::Never,
            ErrorCode::InvalidSecretType => Retry::Never,
            ErrorCode::InvalidDuration => Retry::Never,
            ErrorCode::InvalidCursor => Retry::Never,
            ErrorCode::InvalidPolicy => Retry::Never,
            ErrorCode::InvalidGlob => Retry::Never,
            ErrorCode::InvalidRole => Retry::Never,
            ErrorCode::InvalidConfig => Retry::Never,
            ErrorCode::ValidationError => Retry::Never,
            ErrorCode::SecretNotFound => Retry::Never,
            ErrorCode::VersionNotFound => Retry::Never,
            ErrorCode::PolicyNotFound => Retry::Never,
            ErrorCode::BindingNotFound => Retry::Never,
            ErrorCode::WebhookNotFound => Retry::Never,
            ErrorCode::SubscriptionNotFound => Retry::Never,
            ErrorCode::RotationPolicyNotFound => Retry::Never,
            ErrorCode::SecretPolicyNotFound => Retry::Never,
            ErrorCode::CaNotFound => Retry::Never,
            ErrorCode::CertificateNotFound => Retry::Never,
            ErrorCode::CsrNotFound => Retry::Never,
            ErrorCode::TrustAnchorNotFound => Retry::Never,
            ErrorCode::AcmeAccountNotFound => Retry::Never,
            ErrorCode::AcmeOrderNotFound => Retry::Never,
            ErrorCode::DnsProviderNotFound => Retry::Never,
            ErrorCode::EngineNotFound => Retry::Never,
            ErrorCode::RoleNotFound => Retry::Never,
            ErrorCode::LeaseNotFound => Retry::Never,
            ErrorCode::TenantNotFound => Retry::Never,
            ErrorCode::IdentityNotFound => Retry::Never,
            ErrorCode::FederationBackendNotFound => Retry::Never,
            ErrorCode::ExportNotFound => Retry::Never,
            ErrorCode::SecretExists => Retry::Never,
            ErrorCode::VersionConflict => Retry::AfterReread,
            ErrorCode::PolicyInUse => Retry::Never,
            ErrorCode::EngineInUse => Retry::Never,
            ErrorCode::CaHasCertificates => Retry::Never,
            ErrorCode::NameConflict => Retry::Never,
            ErrorCode::BindingConflict => Retry::Never,
            ErrorCode::SecretExpired => Retry::Never,
            ErrorCode::LeaseExpired => Retry::Never,
            ErrorCode::RateLimited => Retry::AfterDelay,
            ErrorCode::QuotaExceeded => Retry::Never,
            ErrorCode::ServiceUnavailable => Retry::AfterDelay,
            ErrorCode::FeatureDisabled => Retry::Never,
            ErrorCode::MaintenanceMode => Retry::AfterDelay,
            ErrorCode::InternalError => Retry::Never,
            ErrorCode::EncryptionError => Retry::Never,
            ErrorCode::StorageError => Retry::Never,
            ErrorCode::BackendError => Retry::AfterDelay,
            ErrorCode::BackendRateLimited => Retry::AfterDelay,
            ErrorCode::BackendTimeout => Retry::AfterDelay,
            ErrorCode::TtlExceedsMax => Retry::Never,
            ErrorCode::DomainNotAllowed => Retry::Never,
            ErrorCode::KeyTypeMismatch => Retry::Never,
            ErrorCode::CsrInvalid => Retry::Never,
            ErrorCode::CsrAlreadyProcessed => Retry::Never,
            ErrorCode::AcmeOrderFailed => Retry::Never,
            ErrorCode::EngineUnreachable => Retry::AfterDelay,
            ErrorCode::WebhookUrlInvalid => Retry::Never,
            ErrorCode::WebhookDeliveryFailed => Retry::Never,
            ErrorCode::WebhookDeliveryTimeout => Retry::Never,
        }
    }

    /// The URL of this code's row in the published docs.
    pub const fn doc_url(self) -> &'static str {
        match self {
            ErrorCode::AuthenticationRequired => {
                "https://docs.example.com/reference/error-codes#authentication_required"
            }
            ErrorCode::TokenExpired => {
                "https://docs.example.com/reference/error-codes#token_expired"
            }
            ErrorCode::TokenInvalid => {
                "https://docs.example.com/reference/error-codes#token_invalid"
            }
            ErrorCode::TokenRevoked => {
                "https://docs.example.com/reference/error-codes#token_revoked"
            }
            ErrorCode::AccessDenied => {
                "https://docs.example.com/reference/error-codes#access_denied"
            }
            ErrorCode::InsufficientScope => {
                "https://docs.example.com/reference/error-codes#insufficient_scope"
            }
            ErrorCode::MfaRequired => "https://docs.example.com/reference/error-codes#mfa_required",
            ErrorCode::IpNotAllowed => {
                "https://docs.example.com/reference/error-codes#ip_not_allowed"
            }
            ErrorCode::TimeWindowViolation => {
                "https://docs.example.com/reference/error-codes#time_window_violation"
            }
            ErrorCode::TenantAccessDenied => {
                "https://docs.example.com/reference/error-codes#tenant_access_denied"
            }
            ErrorCode::Forbidden => "https://docs.example.com/reference/error-codes#forbidden",
            ErrorCode::InvalidRequest => {
                "https://docs.example.com/reference/error-codes#invalid_request"
            }
            ErrorCode::InvalidPath => "https://docs.example.com/reference/error-codes#invalid_path",
            ErrorCode::InvalidSecretType => {
                "https://docs.example.com/reference/error-codes#invalid_secret_type"
            }
            ErrorCode::InvalidDuration => {
                "https://docs.example.com/reference/error-codes#invalid_duration"
            }
            ErrorCode::InvalidCursor => {
                "https://docs.example.com/reference/error-codes#invalid_cursor"
            }
            ErrorCode::InvalidPolicy => {
                "https://docs.example.com/reference/error-codes#invalid_policy"
            }
            ErrorCode::InvalidGlob => "https://docs.example.com/reference/error-codes#invalid_glob",
            ErrorCode::InvalidRole => "https://docs.example.com/reference/error-codes#invalid_role",
            ErrorCode::InvalidConfig => {
                "https://docs.example.com/reference/error-codes#invalid_config"
            }
            ErrorCode::ValidationError => {
                "https://docs.example.com/reference/error-codes#validation_error"
            }
            ErrorCode::SecretNotFound => {
                "https://docs.example.com/reference/error-codes#secret_not_found"
            }
            ErrorCode::VersionNotFound => {
                "https://docs.example.com/reference/error-codes#version_not_found"
            }
            ErrorCode::PolicyNotFound => {
                "https://docs.example.com/reference/error-codes#policy_not_found"
            }
            ErrorCode::BindingNotFound => {
                "https://docs.example.com/reference/error-codes#binding_not_found"
            }
            ErrorCode::WebhookNotFound => {
                "https://docs.example.com/reference/error-codes#webhook_not_found"
            }
            ErrorCode::SubscriptionNotFound => {
                "https://docs.example.com/reference/error-codes#subscription_not_found"
            }
            ErrorCode::RotationPolicyNotFound => {
                "https://docs.example.com/reference/error-codes#rotation_policy_not_found"
            }
            ErrorCode::SecretPolicyNotFound => {
                "https://docs.example.com/reference/error-codes#secret_policy_not_found"
            }
            ErrorCode::CaNotFound => "https://docs.example.com/reference/error-codes#ca_not_found",
            ErrorCode::CertificateNotFound => {
                "https://docs.example.com/reference/error-codes#certificate_not_found"
            }
            ErrorCode::CsrNotFound => {
                "https://docs.example.com/reference/error-codes#csr_not_found"
            }
            ErrorCode::TrustAnchorNotFound => {
                "https://docs.example.com/reference/error-codes#trust_anchor_not_found"
            }
            ErrorCode::AcmeAccountNotFound => {
                "https://docs.example.com/reference/error-codes#acme_account_not_found"
            }
            ErrorCode::AcmeOrderNotFound => {
                "https://docs.example.com/reference/error-codes#acme_order_not_found"
            }
            ErrorCode::DnsProviderNotFound => {
                "https://docs.example.com/reference/error-codes#dns_provider_not_found"
            }
            ErrorCode::EngineNotFound => {
                "https://docs.example.com/reference/error-codes#engine_not_found"
            }
            ErrorCode::RoleNotFound => {
                "https://docs.example.com/reference/error-codes#role_not_found"
            }
            ErrorCode::LeaseNotFound => {
                "https://docs.example.com/reference/error-codes#lease_not_found"
            }
            ErrorCode::TenantNotFound => {
                "https://docs.example.com/reference/error-codes#tenant_not_found"
            }
            ErrorCode::IdentityNotFound => {
                "https://docs.example.com/reference/error-codes#identity_not_found"
            }
            ErrorCode::FederationBackendNotFound => {
                "https://docs.example.com/reference/error-codes#federation_backend_not_found"
            }
            ErrorCode::ExportNotFound => {
                "https://docs.example.com/reference/error-codes#export_not_found"
            }
            ErrorCode::SecretExists => {
                "https://docs.example.com/reference/error-codes#secret_exists"
            }
            ErrorCode::VersionConflict => {
                "https://docs.example.com/reference/error-codes#version_conflict"
            }
            ErrorCode::PolicyInUse => {
                "https://docs.example.com/reference/error-codes#policy_in_use"
            }
            ErrorCode::EngineInUse => {
                "https://docs.example.com/reference/error-codes#engine_in_use"
            }
            ErrorCode::CaHasCertificates => {
                "https://docs.example.com/reference/error-codes#ca_has_certificates"
            }
            ErrorCode::NameConflict => {
                "https://docs.example.com/reference/error-codes#name_conflict"
            }
            ErrorCode::BindingConflict => {
                "https://docs.example.com/reference/error-codes#binding_conflict"
            }
            ErrorCode::SecretExpired => {
                "https://docs.example.com/reference/error-codes#secret_expired"
            }
            ErrorCode::LeaseExpired => {
                "https://docs.example.com/reference/error-codes#lease_expired"
            }
            ErrorCode::RateLimited => "https://docs.example.com/reference/error-codes#rate_limited",
            ErrorCode::QuotaExceeded => {
                "https://docs.example.com/reference/error-codes#quota_exceeded"
            }
            ErrorCode::ServiceUnavailable => {
                "https://docs.example.com/reference/error-codes#service_unavailable"
            }
            ErrorCode::FeatureDisabled => {
                "https://docs.example.com/reference/error-codes#feature_disabled"
            }
            ErrorCode::MaintenanceMode => {
                "https://docs.example.com/reference/error-codes#maintenance_mode"
            }
            ErrorCode::InternalError => {
                "https://docs.example.com/reference/error-codes#internal_error"
            }
            ErrorCode::EncryptionError => {
                "https://docs.example.com/reference/error-codes#encryption_error"
            }
            ErrorCode::StorageError => {
                "https://docs.example.com/reference/error-codes#storage_error"
            }
            ErrorCode::BackendError => {
                "https://docs.example.com/reference/error-codes#backend_error"
            }
            ErrorCode::BackendRateLimited => {
                "https://docs.example.com/reference/error-codes#backend_rate_limited"
            }
            ErrorCode::BackendTimeout => {
                "https://docs.example.com/reference/error-codes#backend_timeout"
            }
            ErrorCode::TtlExceedsMax => {
                "https://docs.example.com/reference/error-codes#ttl_exceeds_max"
            }
            ErrorCode::DomainNotAllowed => {
                "https://docs.example.com/reference/error-codes#domain_not_allowed"
            }
            ErrorCode::KeyTypeMismatch => {
                "https://docs.example.com/reference/error-codes#key_type_mismatch"
            }
            ErrorCode::CsrInvalid => "https://docs.example.com/reference/error-codes#csr_invalid",
            ErrorCode::CsrAlreadyProcessed => {
                "https://docs.example.com/reference/error-codes#csr_already_processed"
            }
            ErrorCode::AcmeOrderFailed => {
                "https://docs.example.com/reference/error-codes#acme_order_failed"
            }
            ErrorCode::EngineUnreachable => {
                "https://docs.example.com/reference/error-codes#engine_unreachable"
            }
            ErrorCode::WebhookUrlInvalid => {
                "https://docs.example.com/reference/error-codes#webhook_url_invalid"
            }
            ErrorCode::WebhookDeliveryFailed => {
                "https://docs.example.com/reference/error-codes#webhook_delivery_failed"
            }
            ErrorCode::WebhookDeliveryTimeout => {
                "https://docs.example.com/reference/error-codes#webhook_delivery_timeout"
            }
        }
    }
}

impl Category {
    /// Every category, in registry order.
    pub const ALL: &'static [Category] = &[
        Category::AuthenticationAuthorization,
        Category::Validation,
        Category::NotFound,
        Category::ConflictState,
        Category::RateLimitQuotaAvailability,
        Category::ServerBackend,
        Category::DynamicPkiSpecific,
        Category::WebhookDelivery,
    ];

    /// The category's title on the docs page.
    pub const fn title(self) -> &'static str {
        match self {
            Category::AuthenticationAuthorization => "Authentication / authorization",
            Category::Validation => "Validation",
            Category::NotFound => "Not found",
            Category::ConflictState => "Conflict / state",
            Category::RateLimitQuotaAvailability => "Rate limit / quota / availability",
            Category::ServerBackend => "Server / backend",
            Category::DynamicPkiSpecific => "Dynamic / PKI specific",
            Category::WebhookDelivery => "Webhook delivery",
        }
    }

    /// The category's codes, in registry order.
    pub const fn codes(self) -> &'static [ErrorCode] {
        match self {
            Category::AuthenticationAuthorization => &[
                ErrorCode::AuthenticationRequired,
                ErrorCode::TokenExpired,
                ErrorCode::TokenInvalid,
                ErrorCode::TokenRevoked,
                ErrorCode::AccessDenied,
                ErrorCode::InsufficientScope,
                ErrorCode::MfaRequired,
                ErrorCode::IpNotAllowed,
                ErrorCode::TimeWindowViolation,
                ErrorCode::TenantAccessDenied,
                ErrorCode::Forbidden,
            ],
            Category::Validation => &[
                ErrorCode::InvalidRequest,
                ErrorCode::InvalidPath,
                ErrorCode::InvalidSecretType,
                ErrorCode::InvalidDuration,
                ErrorCode::InvalidCursor,
                ErrorCode::InvalidPolicy,
                ErrorCode::InvalidGlob,
                ErrorCode::InvalidRole,
                ErrorCode::InvalidConfig,
                ErrorCode::ValidationError,
            ],
            Category::NotFound => &[
                ErrorCode::SecretNotFound,
                ErrorCode::VersionNotFound,
                ErrorCode::PolicyNotFound,
                ErrorCode::BindingNotFound,
                ErrorCode::WebhookNotFound,
                ErrorCode::SubscriptionNotFound,
                ErrorCode::RotationPolicyNotFound,
                ErrorCode::SecretPolicyNotFound,
                ErrorCode::CaNotFound,
                ErrorCode::CertificateNotFound,
                ErrorCode::CsrNotFound,
                ErrorCode::TrustAnchorNotFound,
                ErrorCode::AcmeAccountNotFound,
                ErrorCode::AcmeOrderNotFound,
                ErrorCode::DnsProviderNotFound,
                ErrorCode::EngineNotFound,
                ErrorCode::RoleNotFound,
                ErrorCode::LeaseNotFound,
                ErrorCode::TenantNotFound,
                ErrorCode::IdentityNotFound,
                ErrorCode::FederationBackendNotFound,
                ErrorCode::ExportNotFound,
            ],
            Category::ConflictState => &[
                ErrorCode::SecretExists,
                ErrorCode::VersionConflict,
                ErrorCode::PolicyInUse,
                ErrorCode::EngineInUse,
                ErrorCode::CaHasCertificates,
                ErrorCode::NameConflict,
                ErrorCode::BindingConflict,
                ErrorCode::SecretExpired,
                ErrorCode::LeaseExpired,
            ],
            Category::RateLimitQuotaAvailability => &[
                ErrorCode::RateLimited,
                ErrorCode::QuotaExceeded,
                ErrorCode::ServiceUnavailable,
                ErrorCode::FeatureDisabled,
                ErrorCode::MaintenanceMode,
            ],
            Category::ServerBackend => &[
                ErrorCode::InternalError,
                ErrorCode::EncryptionError,
                ErrorCode::StorageError,
                ErrorCode::BackendError,
                ErrorCode::BackendRateLimited,
                ErrorCode::BackendTimeout,
            ],
            Category::DynamicPkiSpecific => &[
                ErrorCode::TtlExceedsMax,
                ErrorCode::DomainNotAllowed,
                ErrorCode::KeyTypeMismatch,
                ErrorCode::CsrInvalid,
                ErrorCode::CsrAlreadyProcessed,
                ErrorCode::AcmeOrderFailed,
                ErrorCode::EngineUnreachable,
            ],
            Category::WebhookDelivery => &[
                ErrorCode::WebhookUrlInvalid,
                ErrorCode::WebhookDeliveryFailed,
                ErrorCode::WebhookDeliveryTimeout,
            ],
        }
    }
}

/// The error of parsing a string that is not a known code.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct UnknownErrorCode(String);

impl fmt::Display for UnknownErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error code {:?}", self.0)
    }
}

impl std::error::Error for UnknownErrorCode {}

impl FromStr for ErrorCode {
    type Err = UnknownErrorCode;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "authentication_required" => Ok(ErrorCode::AuthenticationRequired),
            "token_expired" => Ok(ErrorCode::TokenExpired),
            "token_invalid" => Ok(ErrorCode::TokenInvalid),
            "token_revoked" => Ok(ErrorCode::TokenRevoked),
            "access_denied" => Ok(ErrorCode::AccessDenied),
            "insufficient_scope" => Ok(ErrorCode::InsufficientScope),
            "mfa_required" => Ok(ErrorCode::MfaRequired),
            "ip_not_allowed" => Ok(ErrorCode::IpNotAllowed),
            "time_window_violation" => Ok(ErrorCode::TimeWindowViolation),
            "tenant_access_denied" => Ok(ErrorCode::TenantAccessDenied),
            "forbidden" => Ok(ErrorCode::Forbidden),
            "invalid_request" => Ok(ErrorCode::InvalidRequest),
            "invalid_path" => Ok(ErrorCode::InvalidPath),
            "invalid_secret_type" => Ok(ErrorCode::InvalidSecretType),
            "invalid_duration" => Ok(ErrorCode::InvalidDuration),
            "invalid_cursor" => Ok(ErrorCode::InvalidCursor),
            "invalid_policy" => Ok(ErrorCode::InvalidPolicy),
            "invalid_glob" => Ok(ErrorCode::InvalidGlob),
            "invalid_role" => Ok(ErrorCode::InvalidRole),
            "invalid_config" => Ok(ErrorCode::InvalidConfig),
            "validation_error" => Ok(ErrorCode::ValidationError),
            "secret_not_found" => Ok(ErrorCode::SecretNotFound),
            "version_not_found" => Ok(ErrorCode::VersionNotFound),
            "policy_not_found" => Ok(ErrorCode::PolicyNotFound),
            "binding_not_found" => Ok(ErrorCode::BindingNotFound),
            "webhook_not_found" => Ok(ErrorCode::WebhookNotFound),
            "subscription_not_found" => Ok(ErrorCode::SubscriptionNotFound),
            "rotation_policy_not_found" => Ok(ErrorCode::RotationPolicyNotFound),
            "secret_policy_not_found" => Ok(ErrorCode::SecretPolicyNotFound),
            "ca_not_found" => Ok(ErrorCode::CaNotFound),
            "certificate_not_found" => Ok(ErrorCode::CertificateNotFound),
            "csr_not_found" => Ok(ErrorCode::CsrNotFound),
            "trust_anchor_not_found" => Ok(ErrorCode::TrustAnchorNotFound),
            "acme_account_not_found" => Ok(ErrorCode::AcmeAccountNotFound),
            "acme_order_not_found" => Ok(ErrorCode::AcmeOrderNotFound),
            "dns_provider_not_found" => Ok(ErrorCode::DnsProviderNotFound),
            "engine_not_found" => Ok(ErrorCode::EngineNotFound),
            "role_not_found" => Ok(ErrorCode::RoleNotFound),
            "lease_not_found" => Ok(ErrorCode::LeaseNotFound),
            "tenant_not_found" => Ok(ErrorCode::TenantNotFound),
            "identity_not_found" => Ok(ErrorCode::IdentityNotFound),
            "federation_backend_not_found" => Ok(ErrorCode::FederationBackendNotFound),
            "export_not_found" => Ok(ErrorCode::ExportNotFound),
            "secret_exists" => Ok(ErrorCode::SecretExists),
            "version_conflict" => Ok(ErrorCode::VersionConflict),
            "policy_in_use" => Ok(ErrorCode::PolicyInUse),
            "engine_in_use" => Ok(ErrorCode::EngineInUse),
            "ca_has_certificates" => Ok(ErrorCode::CaHasCertificates),
            "name_conflict" => Ok(ErrorCode::NameConflict),
            "binding_conflict" => Ok(ErrorCode::BindingConflict),
            "secret_expired" => Ok(ErrorCode::SecretExpired),
            "lease_expired" => Ok(ErrorCode::LeaseExpired),
            "rate_limited" => Ok(ErrorCode::RateLimited),
            "quota_exceeded" => Ok(ErrorCode::QuotaExceeded),
            "service_unavailable" => Ok(ErrorCode::ServiceUnavailable),
            "feature_disabled" => Ok(ErrorCode::FeatureDisabled),
            "maintenance_mode" => Ok(ErrorCode::MaintenanceMode),
            "internal_error" => Ok(ErrorCode::InternalError),
            "encryption_error" => Ok(ErrorCode::EncryptionError),
            "storage_error" => Ok(ErrorCode::StorageError),
            "backend_error" => Ok(ErrorCode::BackendError),
            "backend_rate_limited" => Ok(ErrorCode::BackendRateLimited),
            "backend_timeout" => Ok(ErrorCode::BackendTimeout),
            "ttl_exceeds_max" => Ok(ErrorCode::TtlExceedsMax),
            "domain_not_allowed" => Ok(ErrorCode::DomainNotAllowed),
            "key_type_mismatch" => Ok(ErrorCode::KeyTypeMismatch),
            "csr_invalid" => Ok(ErrorCode::CsrInvalid),
            "csr_already_processed" => Ok(ErrorCode::CsrAlreadyProcessed),
            "acme_order_failed" => Ok(ErrorCode::AcmeOrderFailed),
            "engine_unreachable" => Ok(ErrorCode::EngineUnreachable),
            "webhook_url_invalid" => Ok(ErrorCode::WebhookUrlInvalid),
            "webhook_delivery_failed" => Ok(ErrorCode::WebhookDeliveryFailed),
            "webhook_delivery_timeout" => Ok(ErrorCode::WebhookDeliveryTimeout),
            _ => Err(UnknownErrorCode(s.to_owned())),
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
