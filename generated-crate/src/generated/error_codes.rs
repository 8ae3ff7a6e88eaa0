// Generated from registry/error-codes.yaml by error-codes-codegen. Do not edit.
// Regenerate with `cargo run -p error-codes-codegen -- generate`.
// registry fingerprint: fnv1a64:fcf7e54b8af4a408

/// One of the API's 78 error codes: the value of `error.code` in an error response.
///
/// Clients branch on the code, never on the HTTP status. The enum is `#[non_exhaustive]`: a code added to the registry is not a breaking change, so `match` needs a wildcard arm. Variants are in registry order, which `Ord` follows.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
#[non_exhaustive]
#[allow(
    clippy::deprecated_semver,
    reason = "a deprecation's `since` is the registry's: a version or a date"
)]
pub enum ErrorCode {
    /// `authentication_required`: HTTP 401. Missing Authorization header.
    ///
    /// Category: Authentication / authorization. Retry: no.
    AuthenticationRequired,
    /// `token_expired`: HTTP 401. Token exp passed.
    ///
    /// Category: Authentication / authorization. Retry: no.
    TokenExpired,
    /// `token_invalid`: HTTP 401. Signature failed.
    ///
    /// Category: Authentication / authorization. Retry: no.
    TokenInvalid,
    /// `token_revoked`: HTTP 401. Explicitly revoked.
    ///
    /// Category: Authentication / authorization. Retry: no.
    TokenRevoked,
    /// `access_denied`: HTTP 403. No matching policy rule.
    ///
    /// Category: Authentication / authorization. Retry: no.
    AccessDenied,
    /// `insufficient_scope`: HTTP 403. Token scope too narrow.
    ///
    /// Category: Authentication / authorization. Retry: no.
    InsufficientScope,
    /// `mfa_required`: HTTP 403. Rule requires fresh MFA.
    ///
    /// Category: Authentication / authorization. Retry: no.
    MfaRequired,
    /// `ip_not_allowed`: HTTP 403. IP outside allowed ranges.
    ///
    /// Category: Authentication / authorization. Retry: no.
    IpNotAllowed,
    /// `time_window_violation`: HTTP 403. Outside time window.
    ///
    /// Category: Authentication / authorization. Retry: no.
    TimeWindowViolation,
    /// `tenant_access_denied`: HTTP 403. Cross-tenant without partner admin.
    ///
    /// Category: Authentication / authorization. Retry: no.
    TenantAccessDenied,
    /// `forbidden`: HTTP 403. Generic authorization failure.
    ///
    /// Category: Authentication / authorization. Retry: no.
    Forbidden,
    /// `invalid_request`: HTTP 400. Malformed JSON or shape.
    ///
    /// Category: Validation. Retry: no.
    InvalidRequest,
    /// `invalid_path`: HTTP 400. Path format violation.
    ///
    /// Category: Validation. Retry: no.
    InvalidPath,
    /// `invalid_secret_type`: HTTP 400. Unknown secret\_type.
    ///
    /// Category: Validation. Retry: no.
    InvalidSecretType,
    /// `invalid_duration`: HTTP 400. Duration string didn't parse.
    ///
    /// Category: Validation. Retry: no.
    InvalidDuration,
    /// `invalid_cursor`: HTTP 400. Cursor expired or malformed.
    ///
    /// Category: Validation. Retry: no.
    InvalidCursor,
    /// `invalid_policy`: HTTP 400. Policy rules/bindings invalid.
    ///
    /// Category: Validation. Retry: no.
    InvalidPolicy,
    /// `invalid_glob`: HTTP 400. Path pattern not a valid glob.
    ///
    /// Category: Validation. Retry: no.
    InvalidGlob,
    /// `invalid_role`: HTTP 400. Role name invalid.
    ///
    /// Category: Validation. Retry: no.
    InvalidRole,
    /// `invalid_config`: HTTP 400. Engine/backend config rejected.
    ///
    /// Category: Validation. Retry: no.
    InvalidConfig,
    /// `validation_error`: HTTP 422. Field-level validation; see details.fields.
    ///
    /// Category: Validation. Retry: no.
    ValidationError,
    /// `secret_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    SecretNotFound,
    /// `version_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    VersionNotFound,
    /// `policy_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    PolicyNotFound,
    /// `binding_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    BindingNotFound,
    /// `webhook_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    WebhookNotFound,
    /// `subscription_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    SubscriptionNotFound,
    /// `rotation_policy_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    RotationPolicyNotFound,
    /// `secret_policy_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    SecretPolicyNotFound,
    /// `ca_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    CaNotFound,
    /// `certificate_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    CertificateNotFound,
    /// `csr_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    CsrNotFound,
    /// `trust_anchor_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    TrustAnchorNotFound,
    /// `acme_account_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    AcmeAccountNotFound,
    /// `acme_order_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    AcmeOrderNotFound,
    /// `dns_provider_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    DnsProviderNotFound,
    /// `engine_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    EngineNotFound,
    /// `role_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    RoleNotFound,
    /// `lease_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    LeaseNotFound,
    /// `tenant_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    TenantNotFound,
    /// `identity_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    IdentityNotFound,
    /// `federation_backend_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    FederationBackendNotFound,
    /// `export_not_found`: HTTP 404.
    ///
    /// Category: Not found. Retry: no.
    ExportNotFound,
    /// `secret_exists`: HTTP 409. Soft-deleted path in retention.
    ///
    /// Category: Conflict / state. Retry: no.
    SecretExists,
    /// `version_conflict`: HTTP 409. Concurrent modification.
    ///
    /// Category: Conflict / state. Retry: after re-reading the resource and reapplying the change.
    VersionConflict,
    /// `policy_in_use`: HTTP 409. Policy has bindings.
    ///
    /// Category: Conflict / state. Retry: no.
    PolicyInUse,
    /// `engine_in_use`: HTTP 409. Engine has leases.
    ///
    /// Category: Conflict / state. Retry: no.
    EngineInUse,
    /// `ca_has_certificates`: HTTP 409. CA has issued certs.
    ///
    /// Category: Conflict / state. Retry: no.
    CaHasCertificates,
    /// `name_conflict`: HTTP 409. Name already taken.
    ///
    /// Category: Conflict / state. Retry: no.
    NameConflict,
    /// `binding_conflict`: HTTP 409. Identity already bound.
    ///
    /// Category: Conflict / state. Retry: no.
    BindingConflict,
    /// `secret_expired`: HTTP 410. expires\_at passed.
    ///
    /// Category: Conflict / state. Retry: no.
    SecretExpired,
    /// `lease_expired`: HTTP 410. Lease already expired.
    ///
    /// Category: Conflict / state. Retry: no.
    LeaseExpired,
    /// `rate_limited`: HTTP 429. Caller-specific rate limit.
    ///
    /// Category: Rate limit / quota / availability. Retry: after a delay (honour Retry-After when present).
    RateLimited,
    /// `quota_exceeded`: HTTP 429. Hard tenant quota.
    ///
    /// Category: Rate limit / quota / availability. Retry: no.
    QuotaExceeded,
    /// `service_unavailable`: HTTP 503. Transient dependency outage.
    ///
    /// Category: Rate limit / quota / availability. Retry: after a delay (honour Retry-After when present).
    ServiceUnavailable,
    /// `feature_disabled`: HTTP 503. Feature gated off at deploy.
    ///
    /// Category: Rate limit / quota / availability. Retry: no.
    FeatureDisabled,
    /// `maintenance_mode`: HTTP 503. Operator-scheduled downtime.
    ///
    /// Category: Rate limit / quota / availability. Retry: after a delay (honour Retry-After when present).
    MaintenanceMode,
    /// `internal_error`: HTTP 500. Unexpected server error.
    ///
    /// Category: Server / backend. Retry: no.
    InternalError,
    /// `encryption_error`: HTTP 500. KMS interaction failed.
    ///
    /// Category: Server / backend. Retry: no.
    EncryptionError,
    /// `storage_error`: HTTP 500. Database or object store error.
    ///
    /// Category: Server / backend. Retry: no.
    StorageError,
    /// `backend_error`: HTTP 502. Federated backend or ACME upstream failed.
    ///
    /// Category: Server / backend. Retry: after a delay (honour Retry-After when present).
    BackendError,
    /// `backend_rate_limited`: HTTP 502. Federated/ACME backend rate-limited us.
    ///
    /// Category: Server / backend. Retry: after a delay (honour Retry-After when present).
    BackendRateLimited,
    /// `backend_timeout`: HTTP 504. Federated backend timeout.
    ///
    /// Category: Server / backend. Retry: after a delay (honour Retry-After when present).
    BackendTimeout,
    /// `ttl_exceeds_max`: HTTP 400. Requested TTL \> role max\_ttl.
    ///
    /// Category: Dynamic / PKI specific. Retry: no.
    TtlExceedsMax,
    /// `domain_not_allowed`: HTTP 400. CN/SAN not in role's allowed\_domains.
    ///
    /// Category: Dynamic / PKI specific. Retry: no.
    DomainNotAllowed,
    /// `key_type_mismatch`: HTTP 400. CSR key doesn't match role requirement.
    ///
    /// Category: Dynamic / PKI specific. Retry: no.
    KeyTypeMismatch,
    /// `csr_invalid`: HTTP 400. CSR failed to parse.
    ///
    /// Category: Dynamic / PKI specific. Retry: no.
    CsrInvalid,
    /// `csr_already_processed`: HTTP 409. CSR already signed or rejected.
    ///
    /// Category: Dynamic / PKI specific. Retry: no.
    CsrAlreadyProcessed,
    /// `acme_order_failed`: HTTP 502. ACME upstream rejected order.
    ///
    /// Category: Dynamic / PKI specific. Retry: no.
    AcmeOrderFailed,
    /// `engine_unreachable`: HTTP 502. Can't reach backend system.
    ///
    /// Category: Dynamic / PKI specific. Retry: after a delay (honour Retry-After when present).
    EngineUnreachable,
    /// `webhook_url_invalid`: HTTP 400 (reported). URL can't be used (private IP blocked, etc.).
    ///
    /// Category: Webhook delivery. Retry: no.
    WebhookUrlInvalid,
    /// `webhook_delivery_failed`: HTTP 502 (reported). Non-2xx from destination.
    ///
    /// Category: Webhook delivery. Retry: no.
    WebhookDeliveryFailed,
    /// `webhook_delivery_timeout`: HTTP 504 (reported). \> 10s response time.
    ///
    /// Category: Webhook delivery. Retry: no.
    WebhookDeliveryTimeout,
    /// `route_not_found`: HTTP 404. No route matches the request path.
    ///
    /// Category: Request / routing. Retry: no.
    RouteNotFound,
    /// `method_not_allowed`: HTTP 405. The route does not accept this HTTP method; see the Allow header.
    ///
    /// Category: Request / routing. Retry: no.
    MethodNotAllowed,
    /// `request_timeout`: HTTP 408. The request did not complete within the server's time limit.
    ///
    /// Category: Request / routing. Retry: after a delay (honour Retry-After when present).
    RequestTimeout,
    /// `payload_too_large`: HTTP 413. Request body exceeds the size limit.
    ///
    /// Category: Request / routing. Retry: no.
    PayloadTooLarge,
    /// `unsupported_media_type`: HTTP 415. Request body's Content-Type is not one the route accepts.
    ///
    /// Category: Request / routing. Retry: no.
    UnsupportedMediaType,
}
#[allow(deprecated)]
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
        ErrorCode::RouteNotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::RequestTimeout,
        ErrorCode::PayloadTooLarge,
        ErrorCode::UnsupportedMediaType,
    ];
    /// The code whose wire string is exactly `s` (case-sensitive), or `None`.
    ///
    /// `s.parse::<ErrorCode>()` does the same but its error keeps a copy of
    /// `s` for messages; `lookup` builds nothing, so a miss costs no allocation.
    ///
    /// ```
    /// # use error_codes::ErrorCode;
    /// let first = ErrorCode::ALL[0];
    /// assert_eq!(ErrorCode::lookup(first.as_str()), Some(first));
    /// assert_eq!(ErrorCode::lookup("not a code"), None);
    /// ```
    #[inline]
    pub fn lookup(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        match b.len() {
            9 => (b == b"forbidden").then_some(Self::Forbidden),
            11 => (b == b"csr_invalid").then_some(Self::CsrInvalid),
            12 => {
                match b[9] {
                    b'a' => (b == b"invalid_path").then_some(Self::InvalidPath),
                    b'l' => (b == b"invalid_glob").then_some(Self::InvalidGlob),
                    b'o' => (b == b"invalid_role").then_some(Self::InvalidRole),
                    b'r' => (b == b"mfa_required").then_some(Self::MfaRequired),
                    b't' => (b == b"rate_limited").then_some(Self::RateLimited),
                    b'u' => (b == b"ca_not_found").then_some(Self::CaNotFound),
                    _ => None,
                }
            }
            13 => {
                match b[0] {
                    b'a' => (b == b"access_denied").then_some(Self::AccessDenied),
                    b'b' => (b == b"backend_error").then_some(Self::BackendError),
                    b'c' => (b == b"csr_not_found").then_some(Self::CsrNotFound),
                    b'e' => (b == b"engine_in_use").then_some(Self::EngineInUse),
                    b'l' => (b == b"lease_expired").then_some(Self::LeaseExpired),
                    b'n' => (b == b"name_conflict").then_some(Self::NameConflict),
                    b'p' => (b == b"policy_in_use").then_some(Self::PolicyInUse),
                    b's' => {
                        match b[1] {
                            b'e' => (b == b"secret_exists").then_some(Self::SecretExists),
                            b't' => (b == b"storage_error").then_some(Self::StorageError),
                            _ => None,
                        }
                    }
                    b't' => {
                        match b[6] {
                            b'e' => (b == b"token_expired").then_some(Self::TokenExpired),
                            b'i' => (b == b"token_invalid").then_some(Self::TokenInvalid),
                            b'r' => (b == b"token_revoked").then_some(Self::TokenRevoked),
                            _ => None,
                        }
                    }
                    _ => None,
                }
            }
            14 => {
                match b[11] {
                    b'd' => (b == b"quota_exceeded").then_some(Self::QuotaExceeded),
                    b'f' => (b == b"invalid_config").then_some(Self::InvalidConfig),
                    b'i' => (b == b"invalid_policy").then_some(Self::InvalidPolicy),
                    b'r' => {
                        match b[0] {
                            b'i' => {
                                (b == b"internal_error").then_some(Self::InternalError)
                            }
                            b's' => {
                                (b == b"secret_expired").then_some(Self::SecretExpired)
                            }
                            _ => None,
                        }
                    }
                    b's' => (b == b"invalid_cursor").then_some(Self::InvalidCursor),
                    b'u' => (b == b"role_not_found").then_some(Self::RoleNotFound),
                    b'w' => (b == b"ip_not_allowed").then_some(Self::IpNotAllowed),
                    _ => None,
                }
            }
            15 => {
                match b[2] {
                    b'a' => (b == b"lease_not_found").then_some(Self::LeaseNotFound),
                    b'c' => (b == b"backend_timeout").then_some(Self::BackendTimeout),
                    b'l' => (b == b"ttl_exceeds_max").then_some(Self::TtlExceedsMax),
                    b'q' => (b == b"request_timeout").then_some(Self::RequestTimeout),
                    b'u' => (b == b"route_not_found").then_some(Self::RouteNotFound),
                    b'v' => (b == b"invalid_request").then_some(Self::InvalidRequest),
                    _ => None,
                }
            }
            16 => {
                match b[4] {
                    b'c' => (b == b"policy_not_found").then_some(Self::PolicyNotFound),
                    b'd' => (b == b"validation_error").then_some(Self::ValidationError),
                    b'e' => (b == b"secret_not_found").then_some(Self::SecretNotFound),
                    b'i' => {
                        match b[0] {
                            b'b' => {
                                (b == b"binding_conflict").then_some(Self::BindingConflict)
                            }
                            b'v' => {
                                (b == b"version_conflict").then_some(Self::VersionConflict)
                            }
                            _ => None,
                        }
                    }
                    b'l' => (b == b"invalid_duration").then_some(Self::InvalidDuration),
                    b'n' => {
                        match b[0] {
                            b'e' => {
                                (b == b"engine_not_found").then_some(Self::EngineNotFound)
                            }
                            b't' => {
                                (b == b"tenant_not_found").then_some(Self::TenantNotFound)
                            }
                            _ => None,
                        }
                    }
                    b'r' => (b == b"export_not_found").then_some(Self::ExportNotFound),
                    b't' => (b == b"maintenance_mode").then_some(Self::MaintenanceMode),
                    b'u' => (b == b"feature_disabled").then_some(Self::FeatureDisabled),
                    b'y' => (b == b"encryption_error").then_some(Self::EncryptionError),
                    _ => None,
                }
            }
            17 => {
                match b[0] {
                    b'a' => (b == b"acme_order_failed").then_some(Self::AcmeOrderFailed),
                    b'b' => (b == b"binding_not_found").then_some(Self::BindingNotFound),
                    b'k' => (b == b"key_type_mismatch").then_some(Self::KeyTypeMismatch),
                    b'p' => (b == b"payload_too_large").then_some(Self::PayloadTooLarge),
                    b'v' => (b == b"version_not_found").then_some(Self::VersionNotFound),
                    b'w' => (b == b"webhook_not_found").then_some(Self::WebhookNotFound),
                    _ => None,
                }
            }
            18 => {
                match b[2] {
                    b'e' => {
                        (b == b"identity_not_found").then_some(Self::IdentityNotFound)
                    }
                    b'g' => {
                        (b == b"engine_unreachable").then_some(Self::EngineUnreachable)
                    }
                    b'm' => {
                        (b == b"domain_not_allowed").then_some(Self::DomainNotAllowed)
                    }
                    b's' => {
                        (b == b"insufficient_scope").then_some(Self::InsufficientScope)
                    }
                    b't' => {
                        (b == b"method_not_allowed").then_some(Self::MethodNotAllowed)
                    }
                    _ => None,
                }
            }
            19 => {
                match b[0] {
                    b'c' => {
                        (b == b"ca_has_certificates").then_some(Self::CaHasCertificates)
                    }
                    b'i' => {
                        (b == b"invalid_secret_type").then_some(Self::InvalidSecretType)
                    }
                    b's' => {
                        (b == b"service_unavailable").then_some(Self::ServiceUnavailable)
                    }
                    b'w' => {
                        (b == b"webhook_url_invalid").then_some(Self::WebhookUrlInvalid)
                    }
                    _ => None,
                }
            }
            20 => {
                match b[0] {
                    b'a' => {
                        (b == b"acme_order_not_found").then_some(Self::AcmeOrderNotFound)
                    }
                    b'b' => {
                        (b == b"backend_rate_limited")
                            .then_some(Self::BackendRateLimited)
                    }
                    b't' => {
                        (b == b"tenant_access_denied")
                            .then_some(Self::TenantAccessDenied)
                    }
                    _ => None,
                }
            }
            21 => {
                match b[1] {
                    b'e' => {
                        (b == b"certificate_not_found")
                            .then_some(Self::CertificateNotFound)
                    }
                    b'i' => {
                        (b == b"time_window_violation")
                            .then_some(Self::TimeWindowViolation)
                    }
                    b's' => {
                        (b == b"csr_already_processed")
                            .then_some(Self::CsrAlreadyProcessed)
                    }
                    _ => None,
                }
            }
            22 => {
                match b[0] {
                    b'a' => {
                        (b == b"acme_account_not_found")
                            .then_some(Self::AcmeAccountNotFound)
                    }
                    b'd' => {
                        (b == b"dns_provider_not_found")
                            .then_some(Self::DnsProviderNotFound)
                    }
                    b's' => {
                        (b == b"subscription_not_found")
                            .then_some(Self::SubscriptionNotFound)
                    }
                    b't' => {
                        (b == b"trust_anchor_not_found")
                            .then_some(Self::TrustAnchorNotFound)
                    }
                    b'u' => {
                        (b == b"unsupported_media_type")
                            .then_some(Self::UnsupportedMediaType)
                    }
                    _ => None,
                }
            }
            23 => {
                match b[0] {
                    b'a' => {
                        (b == b"authentication_required")
                            .then_some(Self::AuthenticationRequired)
                    }
                    b's' => {
                        (b == b"secret_policy_not_found")
                            .then_some(Self::SecretPolicyNotFound)
                    }
                    b'w' => {
                        (b == b"webhook_delivery_failed")
                            .then_some(Self::WebhookDeliveryFailed)
                    }
                    _ => None,
                }
            }
            24 => {
                (b == b"webhook_delivery_timeout")
                    .then_some(Self::WebhookDeliveryTimeout)
            }
            25 => {
                (b == b"rotation_policy_not_found")
                    .then_some(Self::RotationPolicyNotFound)
            }
            28 => {
                (b == b"federation_backend_not_found")
                    .then_some(Self::FederationBackendNotFound)
            }
            _ => None,
        }
    }
}
/// The registry's rows, indexed by the code enum's `as usize`.
#[allow(deprecated)]
const ENTRIES: [::error_codes_runtime::Entry<ErrorCode>; 78] = [
    ::error_codes_runtime::Entry::new(
            "authentication_required",
            401,
            Category::AuthenticationAuthorization,
        )
        .meaning("Missing Authorization header")
        .doc_url(
            "https://docs.example.com/reference/error-codes#authentication_required",
        ),
    ::error_codes_runtime::Entry::new(
            "token_expired",
            401,
            Category::AuthenticationAuthorization,
        )
        .meaning("Token exp passed")
        .doc_url("https://docs.example.com/reference/error-codes#token_expired"),
    ::error_codes_runtime::Entry::new(
            "token_invalid",
            401,
            Category::AuthenticationAuthorization,
        )
        .meaning("Signature failed")
        .doc_url("https://docs.example.com/reference/error-codes#token_invalid"),
    ::error_codes_runtime::Entry::new(
            "token_revoked",
            401,
            Category::AuthenticationAuthorization,
        )
        .meaning("Explicitly revoked")
        .doc_url("https://docs.example.com/reference/error-codes#token_revoked"),
    ::error_codes_runtime::Entry::new(
            "access_denied",
            403,
            Category::AuthenticationAuthorization,
        )
        .meaning("No matching policy rule")
        .doc_url("https://docs.example.com/reference/error-codes#access_denied"),
    ::error_codes_runtime::Entry::new(
            "insufficient_scope",
            403,
            Category::AuthenticationAuthorization,
        )
        .meaning("Token scope too narrow")
        .doc_url("https://docs.example.com/reference/error-codes#insufficient_scope"),
    ::error_codes_runtime::Entry::new(
            "mfa_required",
            403,
            Category::AuthenticationAuthorization,
        )
        .meaning("Rule requires fresh MFA")
        .doc_url("https://docs.example.com/reference/error-codes#mfa_required"),
    ::error_codes_runtime::Entry::new(
            "ip_not_allowed",
            403,
            Category::AuthenticationAuthorization,
        )
        .meaning("IP outside allowed ranges")
        .doc_url("https://docs.example.com/reference/error-codes#ip_not_allowed"),
    ::error_codes_runtime::Entry::new(
            "time_window_violation",
            403,
            Category::AuthenticationAuthorization,
        )
        .meaning("Outside time window")
        .doc_url("https://docs.example.com/reference/error-codes#time_window_violation"),
    ::error_codes_runtime::Entry::new(
            "tenant_access_denied",
            403,
            Category::AuthenticationAuthorization,
        )
        .meaning("Cross-tenant without partner admin")
        .doc_url("https://docs.example.com/reference/error-codes#tenant_access_denied"),
    ::error_codes_runtime::Entry::new(
            "forbidden",
            403,
            Category::AuthenticationAuthorization,
        )
        .meaning("Generic authorization failure")
        .doc_url("https://docs.example.com/reference/error-codes#forbidden"),
    ::error_codes_runtime::Entry::new("invalid_request", 400, Category::Validation)
        .meaning("Malformed JSON or shape")
        .doc_url("https://docs.example.com/reference/error-codes#invalid_request"),
    ::error_codes_runtime::Entry::new("invalid_path", 400, Category::Validation)
        .meaning("Path format violation")
        .doc_url("https://docs.example.com/reference/error-codes#invalid_path"),
    ::error_codes_runtime::Entry::new("invalid_secret_type", 400, Category::Validation)
        .meaning("Unknown secret_type")
        .doc_url("https://docs.example.com/reference/error-codes#invalid_secret_type"),
    ::error_codes_runtime::Entry::new("invalid_duration", 400, Category::Validation)
        .meaning("Duration string didn't parse")
        .doc_url("https://docs.example.com/reference/error-codes#invalid_duration"),
    ::error_codes_runtime::Entry::new("invalid_cursor", 400, Category::Validation)
        .meaning("Cursor expired or malformed")
        .doc_url("https://docs.example.com/reference/error-codes#invalid_cursor"),
    ::error_codes_runtime::Entry::new("invalid_policy", 400, Category::Validation)
        .meaning("Policy rules/bindings invalid")
        .doc_url("https://docs.example.com/reference/error-codes#invalid_policy"),
    ::error_codes_runtime::Entry::new("invalid_glob", 400, Category::Validation)
        .meaning("Path pattern not a valid glob")
        .doc_url("https://docs.example.com/reference/error-codes#invalid_glob"),
    ::error_codes_runtime::Entry::new("invalid_role", 400, Category::Validation)
        .meaning("Role name invalid")
        .doc_url("https://docs.example.com/reference/error-codes#invalid_role"),
    ::error_codes_runtime::Entry::new("invalid_config", 400, Category::Validation)
        .meaning("Engine/backend config rejected")
        .doc_url("https://docs.example.com/reference/error-codes#invalid_config"),
    ::error_codes_runtime::Entry::new("validation_error", 422, Category::Validation)
        .meaning("Field-level validation; see details.fields")
        .details(::error_codes_runtime::DetailsShape::FieldErrors)
        .doc_url("https://docs.example.com/reference/error-codes#validation_error"),
    ::error_codes_runtime::Entry::new("secret_not_found", 404, Category::NotFound)
        .doc_url("https://docs.example.com/reference/error-codes#secret_not_found"),
    ::error_codes_runtime::Entry::new("version_not_found", 404, Category::NotFound)
        .doc_url("https://docs.example.com/reference/error-codes#version_not_found"),
    ::error_codes_runtime::Entry::new("policy_not_found", 404, Category::NotFound)
        .doc_url("https://docs.example.com/reference/error-codes#policy_not_found"),
    ::error_codes_runtime::Entry::new("binding_not_found", 404, Category::NotFound)
        .doc_url("https://docs.example.com/reference/error-codes#binding_not_found"),
    ::error_codes_runtime::Entry::new("webhook_not_found", 404, Category::NotFound)
        .doc_url("https://docs.example.com/reference/error-codes#webhook_not_found"),
    ::error_codes_runtime::Entry::new("subscription_not_found", 404, Category::NotFound)
        .doc_url(
            "https://docs.example.com/reference/error-codes#subscription_not_found",
        ),
    ::error_codes_runtime::Entry::new(
            "rotation_policy_not_found",
            404,
            Category::NotFound,
        )
        .doc_url(
            "https://docs.example.com/reference/error-codes#rotation_policy_not_found",
        ),
    ::error_codes_runtime::Entry::new("secret_policy_not_found", 404, Category::NotFound)
        .doc_url(
            "https://docs.example.com/reference/error-codes#secret_policy_not_found",
        ),
    ::error_codes_runtime::Entry::new("ca_not_found", 404, Category::NotFound)
        .doc_url("https://docs.example.com/reference/error-codes#ca_not_found"),
    ::error_codes_runtime::Entry::new("certificate_not_found", 404, Category::NotFound)
        .doc_url("https://docs.example.com/reference/error-codes#certificate_not_found"),
    ::error_codes_runtime::Entry::new("csr_not_found", 404, Category::NotFound)
        .doc_url("https://docs.example.com/reference/error-codes#csr_not_found"),
    ::error_codes_runtime::Entry::new("trust_anchor_not_found", 404, Category::NotFound)
        .doc_url(
            "https://docs.example.com/reference/error-codes#trust_anchor_not_found",
        ),
    ::error_codes_runtime::Entry::new("acme_account_not_found", 404, Category::NotFound)
        .doc_url(
            "https://docs.example.com/reference/error-codes#acme_account_not_found",
        ),
    ::error_codes_runtime::Entry::new("acme_order_not_found", 404, Category::NotFound)
        .doc_url("https://docs.example.com/reference/error-codes#acme_order_not_found"),
    ::error_codes_runtime::Entry::new("dns_provider_not_found", 404, Category::NotFound)
        .doc_url(
            "https://docs.example.com/reference/error-codes#dns_provider_not_found",
        ),
    ::error_codes_runtime::Entry::new("engine_not_found", 404, Category::NotFound)
        .doc_url("https://docs.example.com/reference/error-codes#engine_not_found"),
    ::error_codes_runtime::Entry::new("role_not_found", 404, Category::NotFound)
        .doc_url("https://docs.example.com/reference/error-codes#role_not_found"),
    ::error_codes_runtime::Entry::new("lease_not_found", 404, Category::NotFound)
        .doc_url("https://docs.example.com/reference/error-codes#lease_not_found"),
    ::error_codes_runtime::Entry::new("tenant_not_found", 404, Category::NotFound)
        .doc_url("https://docs.example.com/reference/error-codes#tenant_not_found"),
    ::error_codes_runtime::Entry::new("identity_not_found", 404, Category::NotFound)
        .doc_url("https://docs.example.com/reference/error-codes#identity_not_found"),
    ::error_codes_runtime::Entry::new(
            "federation_backend_not_found",
            404,
            Category::NotFound,
        )
        .doc_url(
            "https://docs.example.com/reference/error-codes#federation_backend_not_found",
        ),
    ::error_codes_runtime::Entry::new("export_not_found", 404, Category::NotFound)
        .doc_url("https://docs.example.com/reference/error-codes#export_not_found"),
    ::error_codes_runtime::Entry::new("secret_exists", 409, Category::ConflictState)
        .meaning("Soft-deleted path in retention")
        .doc_url("https://docs.example.com/reference/error-codes#secret_exists"),
    ::error_codes_runtime::Entry::new("version_conflict", 409, Category::ConflictState)
        .meaning("Concurrent modification")
        .retry(::error_codes_runtime::Retry::AfterReread)
        .doc_url("https://docs.example.com/reference/error-codes#version_conflict"),
    ::error_codes_runtime::Entry::new("policy_in_use", 409, Category::ConflictState)
        .meaning("Policy has bindings")
        .doc_url("https://docs.example.com/reference/error-codes#policy_in_use"),
    ::error_codes_runtime::Entry::new("engine_in_use", 409, Category::ConflictState)
        .meaning("Engine has leases")
        .doc_url("https://docs.example.com/reference/error-codes#engine_in_use"),
    ::error_codes_runtime::Entry::new(
            "ca_has_certificates",
            409,
            Category::ConflictState,
        )
        .meaning("CA has issued certs")
        .doc_url("https://docs.example.com/reference/error-codes#ca_has_certificates"),
    ::error_codes_runtime::Entry::new("name_conflict", 409, Category::ConflictState)
        .meaning("Name already taken")
        .doc_url("https://docs.example.com/reference/error-codes#name_conflict"),
    ::error_codes_runtime::Entry::new("binding_conflict", 409, Category::ConflictState)
        .meaning("Identity already bound")
        .doc_url("https://docs.example.com/reference/error-codes#binding_conflict"),
    ::error_codes_runtime::Entry::new("secret_expired", 410, Category::ConflictState)
        .meaning("expires_at passed")
        .doc_url("https://docs.example.com/reference/error-codes#secret_expired"),
    ::error_codes_runtime::Entry::new("lease_expired", 410, Category::ConflictState)
        .meaning("Lease already expired")
        .doc_url("https://docs.example.com/reference/error-codes#lease_expired"),
    ::error_codes_runtime::Entry::new(
            "rate_limited",
            429,
            Category::RateLimitQuotaAvailability,
        )
        .meaning("Caller-specific rate limit")
        .retry(::error_codes_runtime::Retry::AfterDelay)
        .doc_url("https://docs.example.com/reference/error-codes#rate_limited"),
    ::error_codes_runtime::Entry::new(
            "quota_exceeded",
            429,
            Category::RateLimitQuotaAvailability,
        )
        .meaning("Hard tenant quota")
        .doc_url("https://docs.example.com/reference/error-codes#quota_exceeded"),
    ::error_codes_runtime::Entry::new(
            "service_unavailable",
            503,
            Category::RateLimitQuotaAvailability,
        )
        .meaning("Transient dependency outage")
        .retry(::error_codes_runtime::Retry::AfterDelay)
        .doc_url("https://docs.example.com/reference/error-codes#service_unavailable"),
    ::error_codes_runtime::Entry::new(
            "feature_disabled",
            503,
            Category::RateLimitQuotaAvailability,
        )
        .meaning("Feature gated off at deploy")
        .doc_url("https://docs.example.com/reference/error-codes#feature_disabled"),
    ::error_codes_runtime::Entry::new(
            "maintenance_mode",
            503,
            Category::RateLimitQuotaAvailability,
        )
        .meaning("Operator-scheduled downtime")
        .retry(::error_codes_runtime::Retry::AfterDelay)
        .doc_url("https://docs.example.com/reference/error-codes#maintenance_mode"),
    ::error_codes_runtime::Entry::new("internal_error", 500, Category::ServerBackend)
        .meaning("Unexpected server error")
        .doc_url("https://docs.example.com/reference/error-codes#internal_error"),
    ::error_codes_runtime::Entry::new("encryption_error", 500, Category::ServerBackend)
        .meaning("KMS interaction failed")
        .doc_url("https://docs.example.com/reference/error-codes#encryption_error"),
    ::error_codes_runtime::Entry::new("storage_error", 500, Category::ServerBackend)
        .meaning("Database or object store error")
        .doc_url("https://docs.example.com/reference/error-codes#storage_error"),
    ::error_codes_runtime::Entry::new("backend_error", 502, Category::ServerBackend)
        .meaning("Federated backend or ACME upstream failed")
        .retry(::error_codes_runtime::Retry::AfterDelay)
        .doc_url("https://docs.example.com/reference/error-codes#backend_error"),
    ::error_codes_runtime::Entry::new(
            "backend_rate_limited",
            502,
            Category::ServerBackend,
        )
        .meaning("Federated/ACME backend rate-limited us")
        .retry(::error_codes_runtime::Retry::AfterDelay)
        .doc_url("https://docs.example.com/reference/error-codes#backend_rate_limited"),
    ::error_codes_runtime::Entry::new("backend_timeout", 504, Category::ServerBackend)
        .meaning("Federated backend timeout")
        .retry(::error_codes_runtime::Retry::AfterDelay)
        .doc_url("https://docs.example.com/reference/error-codes#backend_timeout"),
    ::error_codes_runtime::Entry::new(
            "ttl_exceeds_max",
            400,
            Category::DynamicPkiSpecific,
        )
        .meaning("Requested TTL > role max_ttl")
        .doc_url("https://docs.example.com/reference/error-codes#ttl_exceeds_max"),
    ::error_codes_runtime::Entry::new(
            "domain_not_allowed",
            400,
            Category::DynamicPkiSpecific,
        )
        .meaning("CN/SAN not in role's allowed_domains")
        .doc_url("https://docs.example.com/reference/error-codes#domain_not_allowed"),
    ::error_codes_runtime::Entry::new(
            "key_type_mismatch",
            400,
            Category::DynamicPkiSpecific,
        )
        .meaning("CSR key doesn't match role requirement")
        .doc_url("https://docs.example.com/reference/error-codes#key_type_mismatch"),
    ::error_codes_runtime::Entry::new("csr_invalid", 400, Category::DynamicPkiSpecific)
        .meaning("CSR failed to parse")
        .doc_url("https://docs.example.com/reference/error-codes#csr_invalid"),
    ::error_codes_runtime::Entry::new(
            "csr_already_processed",
            409,
            Category::DynamicPkiSpecific,
        )
        .meaning("CSR already signed or rejected")
        .doc_url("https://docs.example.com/reference/error-codes#csr_already_processed"),
    ::error_codes_runtime::Entry::new(
            "acme_order_failed",
            502,
            Category::DynamicPkiSpecific,
        )
        .meaning("ACME upstream rejected order")
        .doc_url("https://docs.example.com/reference/error-codes#acme_order_failed"),
    ::error_codes_runtime::Entry::new(
            "engine_unreachable",
            502,
            Category::DynamicPkiSpecific,
        )
        .meaning("Can't reach backend system")
        .retry(::error_codes_runtime::Retry::AfterDelay)
        .doc_url("https://docs.example.com/reference/error-codes#engine_unreachable"),
    ::error_codes_runtime::Entry::new(
            "webhook_url_invalid",
            400,
            Category::WebhookDelivery,
        )
        .meaning("URL can't be used (private IP blocked, etc.)")
        .status_kind(::error_codes_runtime::StatusKind::Reported)
        .doc_url("https://docs.example.com/reference/error-codes#webhook_url_invalid"),
    ::error_codes_runtime::Entry::new(
            "webhook_delivery_failed",
            502,
            Category::WebhookDelivery,
        )
        .meaning("Non-2xx from destination")
        .status_kind(::error_codes_runtime::StatusKind::Reported)
        .doc_url(
            "https://docs.example.com/reference/error-codes#webhook_delivery_failed",
        ),
    ::error_codes_runtime::Entry::new(
            "webhook_delivery_timeout",
            504,
            Category::WebhookDelivery,
        )
        .meaning("> 10s response time")
        .status_kind(::error_codes_runtime::StatusKind::Reported)
        .doc_url(
            "https://docs.example.com/reference/error-codes#webhook_delivery_timeout",
        ),
    ::error_codes_runtime::Entry::new("route_not_found", 404, Category::RequestRouting)
        .meaning("No route matches the request path")
        .doc_url("https://docs.example.com/reference/error-codes#route_not_found"),
    ::error_codes_runtime::Entry::new(
            "method_not_allowed",
            405,
            Category::RequestRouting,
        )
        .meaning("The route does not accept this HTTP method; see the Allow header")
        .doc_url("https://docs.example.com/reference/error-codes#method_not_allowed"),
    ::error_codes_runtime::Entry::new("request_timeout", 408, Category::RequestRouting)
        .meaning("The request did not complete within the server's time limit")
        .retry(::error_codes_runtime::Retry::AfterDelay)
        .doc_url("https://docs.example.com/reference/error-codes#request_timeout"),
    ::error_codes_runtime::Entry::new("payload_too_large", 413, Category::RequestRouting)
        .meaning("Request body exceeds the size limit")
        .doc_url("https://docs.example.com/reference/error-codes#payload_too_large"),
    ::error_codes_runtime::Entry::new(
            "unsupported_media_type",
            415,
            Category::RequestRouting,
        )
        .meaning("Request body's Content-Type is not one the route accepts")
        .doc_url("https://docs.example.com/reference/error-codes#unsupported_media_type"),
];
/// A category of error codes: a section of the docs page.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
#[non_exhaustive]
pub enum Category {
    /// Authentication / authorization (11 codes).
    AuthenticationAuthorization,
    /// Validation (10 codes).
    Validation,
    /// Not found (22 codes).
    NotFound,
    /// Conflict / state (9 codes).
    ConflictState,
    /// Rate limit / quota / availability (5 codes).
    RateLimitQuotaAvailability,
    /// Server / backend (6 codes).
    ServerBackend,
    /// Dynamic / PKI specific (7 codes).
    DynamicPkiSpecific,
    /// Webhook delivery (3 codes).
    WebhookDelivery,
    /// Request / routing (5 codes).
    RequestRouting,
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
        Category::RequestRouting,
    ];
}
/// The categories' rows, indexed by the category enum's `as usize`.
const CATEGORIES: [::error_codes_runtime::CategoryEntry; 9] = [
    ::error_codes_runtime::CategoryEntry::new(
        "AuthenticationAuthorization",
        "Authentication / authorization",
        0,
        11,
    ),
    ::error_codes_runtime::CategoryEntry::new("Validation", "Validation", 11, 10),
    ::error_codes_runtime::CategoryEntry::new("NotFound", "Not found", 21, 22),
    ::error_codes_runtime::CategoryEntry::new(
        "ConflictState",
        "Conflict / state",
        43,
        9,
    ),
    ::error_codes_runtime::CategoryEntry::new(
        "RateLimitQuotaAvailability",
        "Rate limit / quota / availability",
        52,
        5,
    ),
    ::error_codes_runtime::CategoryEntry::new(
        "ServerBackend",
        "Server / backend",
        57,
        6,
    ),
    ::error_codes_runtime::CategoryEntry::new(
        "DynamicPkiSpecific",
        "Dynamic / PKI specific",
        63,
        7,
    ),
    ::error_codes_runtime::CategoryEntry::new(
            "WebhookDelivery",
            "Webhook delivery",
            70,
            3,
        )
        .status_kind(::error_codes_runtime::StatusKind::Reported),
    ::error_codes_runtime::CategoryEntry::new(
        "RequestRouting",
        "Request / routing",
        73,
        5,
    ),
];
/// Names of the HTTP headers the API sends with error responses.
pub mod headers {
    /// `X-Request-ID`: On every response. include in support tickets. Example: `req_abc`.
    pub const X_REQUEST_ID: &str = "X-Request-ID";
    /// `X-RateLimit-Limit`: On every response. A non-negative integer.
    pub const X_RATE_LIMIT_LIMIT: &str = "X-RateLimit-Limit";
    /// `X-RateLimit-Remaining`: On every response. A non-negative integer.
    pub const X_RATE_LIMIT_REMAINING: &str = "X-RateLimit-Remaining";
    /// `X-RateLimit-Reset`: On every response. A non-negative integer.
    pub const X_RATE_LIMIT_RESET: &str = "X-RateLimit-Reset";
    /// `Retry-After`: On responses with status 429. A delay in whole seconds. seconds. Example: `45`.
    pub const RETRY_AFTER: &str = "Retry-After";
    /// The headers a client reads from an error response (`X-Request-ID`, `Retry-After`, `X-RateLimit-Limit`, `X-RateLimit-Remaining`, `X-RateLimit-Reset`): what a cross-origin response lists in `Access-Control-Expose-Headers` for a browser's script to see them. With tower-http's `CorsLayer`, `.expose_headers(headers::name::CORS_EXPOSE_HEADERS)` (cargo feature `http`).
    pub const CORS_EXPOSE_HEADERS: &[&str] = &[
        "X-Request-ID",
        "Retry-After",
        "X-RateLimit-Limit",
        "X-RateLimit-Remaining",
        "X-RateLimit-Reset",
    ];
    /// The same headers as `http::HeaderName`s, ready for a
    /// `HeaderMap` (cargo feature `http`).
    #[cfg(feature = "http")]
    pub mod name {
        /// [`X_REQUEST_ID`](super::X_REQUEST_ID) as an `http::HeaderName`.
        pub const X_REQUEST_ID: ::error_codes_runtime::__private::http::HeaderName = ::error_codes_runtime::__private::http::HeaderName::from_static(
            "x-request-id",
        );
        /// [`X_RATE_LIMIT_LIMIT`](super::X_RATE_LIMIT_LIMIT) as an `http::HeaderName`.
        pub const X_RATE_LIMIT_LIMIT: ::error_codes_runtime::__private::http::HeaderName = ::error_codes_runtime::__private::http::HeaderName::from_static(
            "x-ratelimit-limit",
        );
        /// [`X_RATE_LIMIT_REMAINING`](super::X_RATE_LIMIT_REMAINING) as an `http::HeaderName`.
        pub const X_RATE_LIMIT_REMAINING: ::error_codes_runtime::__private::http::HeaderName = ::error_codes_runtime::__private::http::HeaderName::from_static(
            "x-ratelimit-remaining",
        );
        /// [`X_RATE_LIMIT_RESET`](super::X_RATE_LIMIT_RESET) as an `http::HeaderName`.
        pub const X_RATE_LIMIT_RESET: ::error_codes_runtime::__private::http::HeaderName = ::error_codes_runtime::__private::http::HeaderName::from_static(
            "x-ratelimit-reset",
        );
        /// [`RETRY_AFTER`](super::RETRY_AFTER) as an `http::HeaderName`.
        pub const RETRY_AFTER: ::error_codes_runtime::__private::http::HeaderName = ::error_codes_runtime::__private::http::HeaderName::from_static(
            "retry-after",
        );
        /// [`CORS_EXPOSE_HEADERS`](super::CORS_EXPOSE_HEADERS) as `http::HeaderName`s: `CorsLayer::new().expose_headers(CORS_EXPOSE_HEADERS)`.
        pub const CORS_EXPOSE_HEADERS: [::error_codes_runtime::__private::http::HeaderName; 5] = [
            ::error_codes_runtime::__private::http::HeaderName::from_static(
                "x-request-id",
            ),
            ::error_codes_runtime::__private::http::HeaderName::from_static(
                "retry-after",
            ),
            ::error_codes_runtime::__private::http::HeaderName::from_static(
                "x-ratelimit-limit",
            ),
            ::error_codes_runtime::__private::http::HeaderName::from_static(
                "x-ratelimit-remaining",
            ),
            ::error_codes_runtime::__private::http::HeaderName::from_static(
                "x-ratelimit-reset",
            ),
        ];
    }
}
#[allow(deprecated)]
impl ::error_codes_runtime::Vocabulary for ErrorCode {
    type Category = Category;
    const NAME: &'static str = "ErrorCode";
    const ALL: &'static [Self] = ErrorCode::ALL;
    const ENTRIES: &'static [::error_codes_runtime::Entry<Self>] = &ENTRIES;
    const CATEGORIES: &'static [::error_codes_runtime::CategoryEntry] = &CATEGORIES;
    const ROLES: ::error_codes_runtime::Roles<Self> = ::error_codes_runtime::Roles::new()
        .internal_error(ErrorCode::InternalError)
        .invalid_request(ErrorCode::InvalidRequest)
        .validation_error(ErrorCode::ValidationError)
        .route_not_found(ErrorCode::RouteNotFound)
        .method_not_allowed(ErrorCode::MethodNotAllowed)
        .request_timeout(ErrorCode::RequestTimeout)
        .payload_too_large(ErrorCode::PayloadTooLarge)
        .unsupported_media_type(ErrorCode::UnsupportedMediaType);
    const HEADERS: ::error_codes_runtime::Headers = ::error_codes_runtime::Headers::new(
            "x-request-id",
        )
        .rate_limit_limit("x-ratelimit-limit")
        .rate_limit_remaining("x-ratelimit-remaining")
        .rate_limit_reset("x-ratelimit-reset");
    const ENVELOPE: ::error_codes_runtime::Envelope = ::error_codes_runtime::Envelope::Nested;
    const DOCS_URL: Option<&'static str> = Some(
        "https://docs.example.com/reference/error-codes",
    );
    const DOCS_ANCHORS: bool = true;
    fn index(self) -> usize {
        self as usize
    }
    fn category_index(category: Category) -> usize {
        category as usize
    }
    fn lookup(code: &str) -> Option<Self> {
        ErrorCode::lookup(code)
    }
}
#[cfg(feature = "serde")]
#[allow(deprecated)]
impl ::error_codes_runtime::HasDetails for ErrorCode {
    type Details = details::Details;
    #[inline]
    fn parse_details(
        self,
        value: &::error_codes_runtime::__private::serde_json::Value,
    ) -> Result<
        Option<details::Details>,
        ::error_codes_runtime::__private::serde_json::Error,
    > {
        #[allow(unreachable_patterns)]
        match self {
            ErrorCode::ValidationError => {
                ::error_codes_runtime::FieldErrors::from_details(value)
                    .map(|d| Some(details::Details::ValidationError(d)))
            }
            _ => {
                let _ = value;
                Ok(None)
            }
        }
    }
}
impl ::error_codes_runtime::Metrics for ErrorCode {
    const METRICS: ::error_codes_runtime::MetricNames = ::error_codes_runtime::MetricNames::DEFAULT;
}
impl ::error_codes_runtime::Has<::error_codes_runtime::role::InternalError>
for ErrorCode {
    const CODE: Self = ErrorCode::InternalError;
}
impl ::error_codes_runtime::Has<::error_codes_runtime::role::InvalidRequest>
for ErrorCode {
    const CODE: Self = ErrorCode::InvalidRequest;
}
impl ::error_codes_runtime::Has<::error_codes_runtime::role::ValidationError>
for ErrorCode {
    const CODE: Self = ErrorCode::ValidationError;
}
impl ::error_codes_runtime::Has<::error_codes_runtime::role::RouteNotFound>
for ErrorCode {
    const CODE: Self = ErrorCode::RouteNotFound;
}
impl ::error_codes_runtime::Has<::error_codes_runtime::role::MethodNotAllowed>
for ErrorCode {
    const CODE: Self = ErrorCode::MethodNotAllowed;
}
impl ::error_codes_runtime::Has<::error_codes_runtime::role::RequestTimeout>
for ErrorCode {
    const CODE: Self = ErrorCode::RequestTimeout;
}
impl ::error_codes_runtime::Has<::error_codes_runtime::role::PayloadTooLarge>
for ErrorCode {
    const CODE: Self = ErrorCode::PayloadTooLarge;
}
impl ::error_codes_runtime::Has<::error_codes_runtime::role::UnsupportedMediaType>
for ErrorCode {
    const CODE: Self = ErrorCode::UnsupportedMediaType;
}
/// The typed `error.details` of the codes whose registry entry
/// declares them: a struct per code that declares members, and
/// [`Details`](details::Details), what a client reads (`typed_details()`).
pub mod details {
    /// The description of the API's error bodies and codes that their
    /// schemas are built from, as the generator built its documents.
    #[cfg(feature = "schema")]
    impl ::error_codes_runtime::__private::DescribeSchemas for super::ErrorCode {
        const SCHEMAS: ::error_codes_runtime::__private::Description<'static> = ::error_codes_runtime::__private::Description::new(
                ::error_codes_runtime::wire::Shape::of(
                    <Self as ::error_codes_runtime::Vocabulary>::ENVELOPE,
                ),
                ["ErrorCode", "UnknownErrorCode"],
                "^[a-z][a-z0-9]*(_[a-z0-9]+)*$",
                &[
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "authentication_required",
                        "AuthenticationRequired",
                        "401: Missing Authorization header",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "token_expired",
                        "TokenExpired",
                        "401: Token exp passed",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "token_invalid",
                        "TokenInvalid",
                        "401: Signature failed",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "token_revoked",
                        "TokenRevoked",
                        "401: Explicitly revoked",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "access_denied",
                        "AccessDenied",
                        "403: No matching policy rule",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "insufficient_scope",
                        "InsufficientScope",
                        "403: Token scope too narrow",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "mfa_required",
                        "MfaRequired",
                        "403: Rule requires fresh MFA",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "ip_not_allowed",
                        "IpNotAllowed",
                        "403: IP outside allowed ranges",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "time_window_violation",
                        "TimeWindowViolation",
                        "403: Outside time window",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "tenant_access_denied",
                        "TenantAccessDenied",
                        "403: Cross-tenant without partner admin",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "forbidden",
                        "Forbidden",
                        "403: Generic authorization failure",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "invalid_request",
                        "InvalidRequest",
                        "400: Malformed JSON or shape",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "invalid_path",
                        "InvalidPath",
                        "400: Path format violation",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "invalid_secret_type",
                        "InvalidSecretType",
                        "400: Unknown secret_type",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "invalid_duration",
                        "InvalidDuration",
                        "400: Duration string didn't parse",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "invalid_cursor",
                        "InvalidCursor",
                        "400: Cursor expired or malformed",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "invalid_policy",
                        "InvalidPolicy",
                        "400: Policy rules/bindings invalid",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "invalid_glob",
                        "InvalidGlob",
                        "400: Path pattern not a valid glob",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "invalid_role",
                        "InvalidRole",
                        "400: Role name invalid",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "invalid_config",
                        "InvalidConfig",
                        "400: Engine/backend config rejected",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                            "validation_error",
                            "ValidationError",
                            "422: Field-level validation; see details.fields",
                        )
                        .details(
                            ::error_codes_runtime::__private::CodeDetails::FieldErrors,
                        ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "secret_not_found",
                        "SecretNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "version_not_found",
                        "VersionNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "policy_not_found",
                        "PolicyNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "binding_not_found",
                        "BindingNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "webhook_not_found",
                        "WebhookNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "subscription_not_found",
                        "SubscriptionNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "rotation_policy_not_found",
                        "RotationPolicyNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "secret_policy_not_found",
                        "SecretPolicyNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "ca_not_found",
                        "CaNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "certificate_not_found",
                        "CertificateNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "csr_not_found",
                        "CsrNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "trust_anchor_not_found",
                        "TrustAnchorNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "acme_account_not_found",
                        "AcmeAccountNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "acme_order_not_found",
                        "AcmeOrderNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "dns_provider_not_found",
                        "DnsProviderNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "engine_not_found",
                        "EngineNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "role_not_found",
                        "RoleNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "lease_not_found",
                        "LeaseNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "tenant_not_found",
                        "TenantNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "identity_not_found",
                        "IdentityNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "federation_backend_not_found",
                        "FederationBackendNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "export_not_found",
                        "ExportNotFound",
                        "404",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "secret_exists",
                        "SecretExists",
                        "409: Soft-deleted path in retention",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "version_conflict",
                        "VersionConflict",
                        "409: Concurrent modification",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "policy_in_use",
                        "PolicyInUse",
                        "409: Policy has bindings",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "engine_in_use",
                        "EngineInUse",
                        "409: Engine has leases",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "ca_has_certificates",
                        "CaHasCertificates",
                        "409: CA has issued certs",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "name_conflict",
                        "NameConflict",
                        "409: Name already taken",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "binding_conflict",
                        "BindingConflict",
                        "409: Identity already bound",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "secret_expired",
                        "SecretExpired",
                        "410: expires_at passed",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "lease_expired",
                        "LeaseExpired",
                        "410: Lease already expired",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "rate_limited",
                        "RateLimited",
                        "429: Caller-specific rate limit",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "quota_exceeded",
                        "QuotaExceeded",
                        "429: Hard tenant quota",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "service_unavailable",
                        "ServiceUnavailable",
                        "503: Transient dependency outage",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "feature_disabled",
                        "FeatureDisabled",
                        "503: Feature gated off at deploy",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "maintenance_mode",
                        "MaintenanceMode",
                        "503: Operator-scheduled downtime",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "internal_error",
                        "InternalError",
                        "500: Unexpected server error",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "encryption_error",
                        "EncryptionError",
                        "500: KMS interaction failed",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "storage_error",
                        "StorageError",
                        "500: Database or object store error",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "backend_error",
                        "BackendError",
                        "502: Federated backend or ACME upstream failed",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "backend_rate_limited",
                        "BackendRateLimited",
                        "502: Federated/ACME backend rate-limited us",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "backend_timeout",
                        "BackendTimeout",
                        "504: Federated backend timeout",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "ttl_exceeds_max",
                        "TtlExceedsMax",
                        "400: Requested TTL > role max_ttl",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "domain_not_allowed",
                        "DomainNotAllowed",
                        "400: CN/SAN not in role's allowed_domains",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "key_type_mismatch",
                        "KeyTypeMismatch",
                        "400: CSR key doesn't match role requirement",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "csr_invalid",
                        "CsrInvalid",
                        "400: CSR failed to parse",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "csr_already_processed",
                        "CsrAlreadyProcessed",
                        "409: CSR already signed or rejected",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "acme_order_failed",
                        "AcmeOrderFailed",
                        "502: ACME upstream rejected order",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "engine_unreachable",
                        "EngineUnreachable",
                        "502: Can't reach backend system",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "webhook_url_invalid",
                        "WebhookUrlInvalid",
                        "400: URL can't be used (private IP blocked, etc.)",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "webhook_delivery_failed",
                        "WebhookDeliveryFailed",
                        "502: Non-2xx from destination",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "webhook_delivery_timeout",
                        "WebhookDeliveryTimeout",
                        "504: > 10s response time",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "route_not_found",
                        "RouteNotFound",
                        "404: No route matches the request path",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "method_not_allowed",
                        "MethodNotAllowed",
                        "405: The route does not accept this HTTP method; see the Allow header",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "request_timeout",
                        "RequestTimeout",
                        "408: The request did not complete within the server's time limit",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "payload_too_large",
                        "PayloadTooLarge",
                        "413: Request body exceeds the size limit",
                    ),
                    ::error_codes_runtime::__private::CodeSchema::new(
                        "unsupported_media_type",
                        "UnsupportedMediaType",
                        "415: Request body's Content-Type is not one the route accepts",
                    ),
                ],
            )
            .docs_url(
                ::core::option::Option::Some(
                    "https://docs.example.com/reference/error-codes",
                ),
            );
    }
    /// `error.details` of a code that declares them, one variant per
    /// such code.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    #[allow(deprecated)]
    pub enum Details {
        /// [`ValidationError`](super::ErrorCode::ValidationError) (`validation_error`).
        #[cfg(feature = "serde")]
        ValidationError(::error_codes_runtime::FieldErrors),
    }
}
::error_codes_runtime::vocabulary!(ErrorCode, Category);
