// Generated from registry/error-codes.yaml by error-codes-codegen. Do not edit.
// Regenerate with `cargo run -p error-codes-codegen -- generate`.
// registry fingerprint: fnv1a64:60586c76b639ffb6

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
    pub fn lookup(s: &str) -> Option<ErrorCode> {
        let b = s.as_bytes();
        match b.len() {
            9 => (b == b"forbidden").then_some(ErrorCode::Forbidden),
            11 => (b == b"csr_invalid").then_some(ErrorCode::CsrInvalid),
            12 => {
                match b[9] {
                    b'a' => (b == b"invalid_path").then_some(ErrorCode::InvalidPath),
                    b'l' => (b == b"invalid_glob").then_some(ErrorCode::InvalidGlob),
                    b'o' => (b == b"invalid_role").then_some(ErrorCode::InvalidRole),
                    b'r' => (b == b"mfa_required").then_some(ErrorCode::MfaRequired),
                    b't' => (b == b"rate_limited").then_some(ErrorCode::RateLimited),
                    b'u' => (b == b"ca_not_found").then_some(ErrorCode::CaNotFound),
                    _ => None,
                }
            }
            13 => {
                match b[0] {
                    b'a' => (b == b"access_denied").then_some(ErrorCode::AccessDenied),
                    b'b' => (b == b"backend_error").then_some(ErrorCode::BackendError),
                    b'c' => (b == b"csr_not_found").then_some(ErrorCode::CsrNotFound),
                    b'e' => (b == b"engine_in_use").then_some(ErrorCode::EngineInUse),
                    b'l' => (b == b"lease_expired").then_some(ErrorCode::LeaseExpired),
                    b'n' => (b == b"name_conflict").then_some(ErrorCode::NameConflict),
                    b'p' => (b == b"policy_in_use").then_some(ErrorCode::PolicyInUse),
                    b's' => {
                        match b[1] {
                            b'e' => {
                                (b == b"secret_exists").then_some(ErrorCode::SecretExists)
                            }
                            b't' => {
                                (b == b"storage_error").then_some(ErrorCode::StorageError)
                            }
                            _ => None,
                        }
                    }
                    b't' => {
                        match b[6] {
                            b'e' => {
                                (b == b"token_expired").then_some(ErrorCode::TokenExpired)
                            }
                            b'i' => {
                                (b == b"token_invalid").then_some(ErrorCode::TokenInvalid)
                            }
                            b'r' => {
                                (b == b"token_revoked").then_some(ErrorCode::TokenRevoked)
                            }
                            _ => None,
                        }
                    }
                    _ => None,
                }
            }
            14 => {
                match b[11] {
                    b'd' => (b == b"quota_exceeded").then_some(ErrorCode::QuotaExceeded),
                    b'f' => (b == b"invalid_config").then_some(ErrorCode::InvalidConfig),
                    b'i' => (b == b"invalid_policy").then_some(ErrorCode::InvalidPolicy),
                    b'r' => {
                        match b[0] {
                            b'i' => {
                                (b == b"internal_error").then_some(ErrorCode::InternalError)
                            }
                            b's' => {
                                (b == b"secret_expired").then_some(ErrorCode::SecretExpired)
                            }
                            _ => None,
                        }
                    }
                    b's' => (b == b"invalid_cursor").then_some(ErrorCode::InvalidCursor),
                    b'u' => (b == b"role_not_found").then_some(ErrorCode::RoleNotFound),
                    b'w' => (b == b"ip_not_allowed").then_some(ErrorCode::IpNotAllowed),
                    _ => None,
                }
            }
            15 => {
                match b[2] {
                    b'a' => (b == b"lease_not_found").then_some(ErrorCode::LeaseNotFound),
                    b'c' => {
                        (b == b"backend_timeout").then_some(ErrorCode::BackendTimeout)
                    }
                    b'l' => (b == b"ttl_exceeds_max").then_some(ErrorCode::TtlExceedsMax),
                    b'q' => {
                        (b == b"request_timeout").then_some(ErrorCode::RequestTimeout)
                    }
                    b'u' => (b == b"route_not_found").then_some(ErrorCode::RouteNotFound),
                    b'v' => {
                        (b == b"invalid_request").then_some(ErrorCode::InvalidRequest)
                    }
                    _ => None,
                }
            }
            16 => {
                match b[4] {
                    b'c' => {
                        (b == b"policy_not_found").then_some(ErrorCode::PolicyNotFound)
                    }
                    b'd' => {
                        (b == b"validation_error").then_some(ErrorCode::ValidationError)
                    }
                    b'e' => {
                        (b == b"secret_not_found").then_some(ErrorCode::SecretNotFound)
                    }
                    b'i' => {
                        match b[0] {
                            b'b' => {
                                (b == b"binding_conflict")
                                    .then_some(ErrorCode::BindingConflict)
                            }
                            b'v' => {
                                (b == b"version_conflict")
                                    .then_some(ErrorCode::VersionConflict)
                            }
                            _ => None,
                        }
                    }
                    b'l' => {
                        (b == b"invalid_duration").then_some(ErrorCode::InvalidDuration)
                    }
                    b'n' => {
                        match b[0] {
                            b'e' => {
                                (b == b"engine_not_found")
                                    .then_some(ErrorCode::EngineNotFound)
                            }
                            b't' => {
                                (b == b"tenant_not_found")
                                    .then_some(ErrorCode::TenantNotFound)
                            }
                            _ => None,
                        }
                    }
                    b'r' => {
                        (b == b"export_not_found").then_some(ErrorCode::ExportNotFound)
                    }
                    b't' => {
                        (b == b"maintenance_mode").then_some(ErrorCode::MaintenanceMode)
                    }
                    b'u' => {
                        (b == b"feature_disabled").then_some(ErrorCode::FeatureDisabled)
                    }
                    b'y' => {
                        (b == b"encryption_error").then_some(ErrorCode::EncryptionError)
                    }
                    _ => None,
                }
            }
            17 => {
                match b[0] {
                    b'a' => {
                        (b == b"acme_order_failed").then_some(ErrorCode::AcmeOrderFailed)
                    }
                    b'b' => {
                        (b == b"binding_not_found").then_some(ErrorCode::BindingNotFound)
                    }
                    b'k' => {
                        (b == b"key_type_mismatch").then_some(ErrorCode::KeyTypeMismatch)
                    }
                    b'p' => {
                        (b == b"payload_too_large").then_some(ErrorCode::PayloadTooLarge)
                    }
                    b'v' => {
                        (b == b"version_not_found").then_some(ErrorCode::VersionNotFound)
                    }
                    b'w' => {
                        (b == b"webhook_not_found").then_some(ErrorCode::WebhookNotFound)
                    }
                    _ => None,
                }
            }
            18 => {
                match b[2] {
                    b'e' => {
                        (b == b"identity_not_found")
                            .then_some(ErrorCode::IdentityNotFound)
                    }
                    b'g' => {
                        (b == b"engine_unreachable")
                            .then_some(ErrorCode::EngineUnreachable)
                    }
                    b'm' => {
                        (b == b"domain_not_allowed")
                            .then_some(ErrorCode::DomainNotAllowed)
                    }
                    b's' => {
                        (b == b"insufficient_scope")
                            .then_some(ErrorCode::InsufficientScope)
                    }
                    b't' => {
                        (b == b"method_not_allowed")
                            .then_some(ErrorCode::MethodNotAllowed)
                    }
                    _ => None,
                }
            }
            19 => {
                match b[0] {
                    b'c' => {
                        (b == b"ca_has_certificates")
                            .then_some(ErrorCode::CaHasCertificates)
                    }
                    b'i' => {
                        (b == b"invalid_secret_type")
                            .then_some(ErrorCode::InvalidSecretType)
                    }
                    b's' => {
                        (b == b"service_unavailable")
                            .then_some(ErrorCode::ServiceUnavailable)
                    }
                    b'w' => {
                        (b == b"webhook_url_invalid")
                            .then_some(ErrorCode::WebhookUrlInvalid)
                    }
                    _ => None,
                }
            }
            20 => {
                match b[0] {
                    b'a' => {
                        (b == b"acme_order_not_found")
                            .then_some(ErrorCode::AcmeOrderNotFound)
                    }
                    b'b' => {
                        (b == b"backend_rate_limited")
                            .then_some(ErrorCode::BackendRateLimited)
                    }
                    b't' => {
                        (b == b"tenant_access_denied")
                            .then_some(ErrorCode::TenantAccessDenied)
                    }
                    _ => None,
                }
            }
            21 => {
                match b[1] {
                    b'e' => {
                        (b == b"certificate_not_found")
                            .then_some(ErrorCode::CertificateNotFound)
                    }
                    b'i' => {
                        (b == b"time_window_violation")
                            .then_some(ErrorCode::TimeWindowViolation)
                    }
                    b's' => {
                        (b == b"csr_already_processed")
                            .then_some(ErrorCode::CsrAlreadyProcessed)
                    }
                    _ => None,
                }
            }
            22 => {
                match b[0] {
                    b'a' => {
                        (b == b"acme_account_not_found")
                            .then_some(ErrorCode::AcmeAccountNotFound)
                    }
                    b'd' => {
                        (b == b"dns_provider_not_found")
                            .then_some(ErrorCode::DnsProviderNotFound)
                    }
                    b's' => {
                        (b == b"subscription_not_found")
                            .then_some(ErrorCode::SubscriptionNotFound)
                    }
                    b't' => {
                        (b == b"trust_anchor_not_found")
                            .then_some(ErrorCode::TrustAnchorNotFound)
                    }
                    b'u' => {
                        (b == b"unsupported_media_type")
                            .then_some(ErrorCode::UnsupportedMediaType)
                    }
                    _ => None,
                }
            }
            23 => {
                match b[0] {
                    b'a' => {
                        (b == b"authentication_required")
                            .then_some(ErrorCode::AuthenticationRequired)
                    }
                    b's' => {
                        (b == b"secret_policy_not_found")
                            .then_some(ErrorCode::SecretPolicyNotFound)
                    }
                    b'w' => {
                        (b == b"webhook_delivery_failed")
                            .then_some(ErrorCode::WebhookDeliveryFailed)
                    }
                    _ => None,
                }
            }
            24 => {
                (b == b"webhook_delivery_timeout")
                    .then_some(ErrorCode::WebhookDeliveryTimeout)
            }
            25 => {
                (b == b"rotation_policy_not_found")
                    .then_some(ErrorCode::RotationPolicyNotFound)
            }
            28 => {
                (b == b"federation_backend_not_found")
                    .then_some(ErrorCode::FederationBackendNotFound)
            }
            _ => None,
        }
    }
}
/// The registry's rows, indexed by `ErrorCode as usize`.
#[allow(deprecated)]
pub(crate) const ENTRIES: [crate::error_code::Entry; 78] = [
    crate::error_code::Entry {
        code: "authentication_required",
        status: 401,
        meaning: Some("Missing Authorization header"),
        category: Category::AuthenticationAuthorization,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#authentication_required",
        ),
    },
    crate::error_code::Entry {
        code: "token_expired",
        status: 401,
        meaning: Some("Token exp passed"),
        category: Category::AuthenticationAuthorization,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#token_expired"),
    },
    crate::error_code::Entry {
        code: "token_invalid",
        status: 401,
        meaning: Some("Signature failed"),
        category: Category::AuthenticationAuthorization,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#token_invalid"),
    },
    crate::error_code::Entry {
        code: "token_revoked",
        status: 401,
        meaning: Some("Explicitly revoked"),
        category: Category::AuthenticationAuthorization,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#token_revoked"),
    },
    crate::error_code::Entry {
        code: "access_denied",
        status: 403,
        meaning: Some("No matching policy rule"),
        category: Category::AuthenticationAuthorization,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#access_denied"),
    },
    crate::error_code::Entry {
        code: "insufficient_scope",
        status: 403,
        meaning: Some("Token scope too narrow"),
        category: Category::AuthenticationAuthorization,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#insufficient_scope",
        ),
    },
    crate::error_code::Entry {
        code: "mfa_required",
        status: 403,
        meaning: Some("Rule requires fresh MFA"),
        category: Category::AuthenticationAuthorization,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#mfa_required"),
    },
    crate::error_code::Entry {
        code: "ip_not_allowed",
        status: 403,
        meaning: Some("IP outside allowed ranges"),
        category: Category::AuthenticationAuthorization,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#ip_not_allowed"),
    },
    crate::error_code::Entry {
        code: "time_window_violation",
        status: 403,
        meaning: Some("Outside time window"),
        category: Category::AuthenticationAuthorization,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#time_window_violation",
        ),
    },
    crate::error_code::Entry {
        code: "tenant_access_denied",
        status: 403,
        meaning: Some("Cross-tenant without partner admin"),
        category: Category::AuthenticationAuthorization,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#tenant_access_denied",
        ),
    },
    crate::error_code::Entry {
        code: "forbidden",
        status: 403,
        meaning: Some("Generic authorization failure"),
        category: Category::AuthenticationAuthorization,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#forbidden"),
    },
    crate::error_code::Entry {
        code: "invalid_request",
        status: 400,
        meaning: Some("Malformed JSON or shape"),
        category: Category::Validation,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#invalid_request"),
    },
    crate::error_code::Entry {
        code: "invalid_path",
        status: 400,
        meaning: Some("Path format violation"),
        category: Category::Validation,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#invalid_path"),
    },
    crate::error_code::Entry {
        code: "invalid_secret_type",
        status: 400,
        meaning: Some("Unknown secret_type"),
        category: Category::Validation,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#invalid_secret_type",
        ),
    },
    crate::error_code::Entry {
        code: "invalid_duration",
        status: 400,
        meaning: Some("Duration string didn't parse"),
        category: Category::Validation,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#invalid_duration"),
    },
    crate::error_code::Entry {
        code: "invalid_cursor",
        status: 400,
        meaning: Some("Cursor expired or malformed"),
        category: Category::Validation,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#invalid_cursor"),
    },
    crate::error_code::Entry {
        code: "invalid_policy",
        status: 400,
        meaning: Some("Policy rules/bindings invalid"),
        category: Category::Validation,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#invalid_policy"),
    },
    crate::error_code::Entry {
        code: "invalid_glob",
        status: 400,
        meaning: Some("Path pattern not a valid glob"),
        category: Category::Validation,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#invalid_glob"),
    },
    crate::error_code::Entry {
        code: "invalid_role",
        status: 400,
        meaning: Some("Role name invalid"),
        category: Category::Validation,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#invalid_role"),
    },
    crate::error_code::Entry {
        code: "invalid_config",
        status: 400,
        meaning: Some("Engine/backend config rejected"),
        category: Category::Validation,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#invalid_config"),
    },
    crate::error_code::Entry {
        code: "validation_error",
        status: 422,
        meaning: Some("Field-level validation; see details.fields"),
        category: Category::Validation,
        retry: crate::Retry::Never,
        details: Some(crate::DetailsShape::FieldErrors),
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#validation_error"),
    },
    crate::error_code::Entry {
        code: "secret_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#secret_not_found"),
    },
    crate::error_code::Entry {
        code: "version_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#version_not_found"),
    },
    crate::error_code::Entry {
        code: "policy_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#policy_not_found"),
    },
    crate::error_code::Entry {
        code: "binding_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#binding_not_found"),
    },
    crate::error_code::Entry {
        code: "webhook_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#webhook_not_found"),
    },
    crate::error_code::Entry {
        code: "subscription_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#subscription_not_found",
        ),
    },
    crate::error_code::Entry {
        code: "rotation_policy_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#rotation_policy_not_found",
        ),
    },
    crate::error_code::Entry {
        code: "secret_policy_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#secret_policy_not_found",
        ),
    },
    crate::error_code::Entry {
        code: "ca_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#ca_not_found"),
    },
    crate::error_code::Entry {
        code: "certificate_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#certificate_not_found",
        ),
    },
    crate::error_code::Entry {
        code: "csr_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#csr_not_found"),
    },
    crate::error_code::Entry {
        code: "trust_anchor_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#trust_anchor_not_found",
        ),
    },
    crate::error_code::Entry {
        code: "acme_account_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#acme_account_not_found",
        ),
    },
    crate::error_code::Entry {
        code: "acme_order_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#acme_order_not_found",
        ),
    },
    crate::error_code::Entry {
        code: "dns_provider_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#dns_provider_not_found",
        ),
    },
    crate::error_code::Entry {
        code: "engine_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#engine_not_found"),
    },
    crate::error_code::Entry {
        code: "role_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#role_not_found"),
    },
    crate::error_code::Entry {
        code: "lease_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#lease_not_found"),
    },
    crate::error_code::Entry {
        code: "tenant_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#tenant_not_found"),
    },
    crate::error_code::Entry {
        code: "identity_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#identity_not_found",
        ),
    },
    crate::error_code::Entry {
        code: "federation_backend_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#federation_backend_not_found",
        ),
    },
    crate::error_code::Entry {
        code: "export_not_found",
        status: 404,
        meaning: None,
        category: Category::NotFound,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#export_not_found"),
    },
    crate::error_code::Entry {
        code: "secret_exists",
        status: 409,
        meaning: Some("Soft-deleted path in retention"),
        category: Category::ConflictState,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#secret_exists"),
    },
    crate::error_code::Entry {
        code: "version_conflict",
        status: 409,
        meaning: Some("Concurrent modification"),
        category: Category::ConflictState,
        retry: crate::Retry::AfterReread,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#version_conflict"),
    },
    crate::error_code::Entry {
        code: "policy_in_use",
        status: 409,
        meaning: Some("Policy has bindings"),
        category: Category::ConflictState,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#policy_in_use"),
    },
    crate::error_code::Entry {
        code: "engine_in_use",
        status: 409,
        meaning: Some("Engine has leases"),
        category: Category::ConflictState,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#engine_in_use"),
    },
    crate::error_code::Entry {
        code: "ca_has_certificates",
        status: 409,
        meaning: Some("CA has issued certs"),
        category: Category::ConflictState,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#ca_has_certificates",
        ),
    },
    crate::error_code::Entry {
        code: "name_conflict",
        status: 409,
        meaning: Some("Name already taken"),
        category: Category::ConflictState,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#name_conflict"),
    },
    crate::error_code::Entry {
        code: "binding_conflict",
        status: 409,
        meaning: Some("Identity already bound"),
        category: Category::ConflictState,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#binding_conflict"),
    },
    crate::error_code::Entry {
        code: "secret_expired",
        status: 410,
        meaning: Some("expires_at passed"),
        category: Category::ConflictState,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#secret_expired"),
    },
    crate::error_code::Entry {
        code: "lease_expired",
        status: 410,
        meaning: Some("Lease already expired"),
        category: Category::ConflictState,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#lease_expired"),
    },
    crate::error_code::Entry {
        code: "rate_limited",
        status: 429,
        meaning: Some("Caller-specific rate limit"),
        category: Category::RateLimitQuotaAvailability,
        retry: crate::Retry::AfterDelay,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#rate_limited"),
    },
    crate::error_code::Entry {
        code: "quota_exceeded",
        status: 429,
        meaning: Some("Hard tenant quota"),
        category: Category::RateLimitQuotaAvailability,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#quota_exceeded"),
    },
    crate::error_code::Entry {
        code: "service_unavailable",
        status: 503,
        meaning: Some("Transient dependency outage"),
        category: Category::RateLimitQuotaAvailability,
        retry: crate::Retry::AfterDelay,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#service_unavailable",
        ),
    },
    crate::error_code::Entry {
        code: "feature_disabled",
        status: 503,
        meaning: Some("Feature gated off at deploy"),
        category: Category::RateLimitQuotaAvailability,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#feature_disabled"),
    },
    crate::error_code::Entry {
        code: "maintenance_mode",
        status: 503,
        meaning: Some("Operator-scheduled downtime"),
        category: Category::RateLimitQuotaAvailability,
        retry: crate::Retry::AfterDelay,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#maintenance_mode"),
    },
    crate::error_code::Entry {
        code: "internal_error",
        status: 500,
        meaning: Some("Unexpected server error"),
        category: Category::ServerBackend,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#internal_error"),
    },
    crate::error_code::Entry {
        code: "encryption_error",
        status: 500,
        meaning: Some("KMS interaction failed"),
        category: Category::ServerBackend,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#encryption_error"),
    },
    crate::error_code::Entry {
        code: "storage_error",
        status: 500,
        meaning: Some("Database or object store error"),
        category: Category::ServerBackend,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#storage_error"),
    },
    crate::error_code::Entry {
        code: "backend_error",
        status: 502,
        meaning: Some("Federated backend or ACME upstream failed"),
        category: Category::ServerBackend,
        retry: crate::Retry::AfterDelay,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#backend_error"),
    },
    crate::error_code::Entry {
        code: "backend_rate_limited",
        status: 502,
        meaning: Some("Federated/ACME backend rate-limited us"),
        category: Category::ServerBackend,
        retry: crate::Retry::AfterDelay,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#backend_rate_limited",
        ),
    },
    crate::error_code::Entry {
        code: "backend_timeout",
        status: 504,
        meaning: Some("Federated backend timeout"),
        category: Category::ServerBackend,
        retry: crate::Retry::AfterDelay,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#backend_timeout"),
    },
    crate::error_code::Entry {
        code: "ttl_exceeds_max",
        status: 400,
        meaning: Some("Requested TTL > role max_ttl"),
        category: Category::DynamicPkiSpecific,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#ttl_exceeds_max"),
    },
    crate::error_code::Entry {
        code: "domain_not_allowed",
        status: 400,
        meaning: Some("CN/SAN not in role's allowed_domains"),
        category: Category::DynamicPkiSpecific,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#domain_not_allowed",
        ),
    },
    crate::error_code::Entry {
        code: "key_type_mismatch",
        status: 400,
        meaning: Some("CSR key doesn't match role requirement"),
        category: Category::DynamicPkiSpecific,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#key_type_mismatch"),
    },
    crate::error_code::Entry {
        code: "csr_invalid",
        status: 400,
        meaning: Some("CSR failed to parse"),
        category: Category::DynamicPkiSpecific,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#csr_invalid"),
    },
    crate::error_code::Entry {
        code: "csr_already_processed",
        status: 409,
        meaning: Some("CSR already signed or rejected"),
        category: Category::DynamicPkiSpecific,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#csr_already_processed",
        ),
    },
    crate::error_code::Entry {
        code: "acme_order_failed",
        status: 502,
        meaning: Some("ACME upstream rejected order"),
        category: Category::DynamicPkiSpecific,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#acme_order_failed"),
    },
    crate::error_code::Entry {
        code: "engine_unreachable",
        status: 502,
        meaning: Some("Can't reach backend system"),
        category: Category::DynamicPkiSpecific,
        retry: crate::Retry::AfterDelay,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#engine_unreachable",
        ),
    },
    crate::error_code::Entry {
        code: "webhook_url_invalid",
        status: 400,
        meaning: Some("URL can't be used (private IP blocked, etc.)"),
        category: Category::WebhookDelivery,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#webhook_url_invalid",
        ),
    },
    crate::error_code::Entry {
        code: "webhook_delivery_failed",
        status: 502,
        meaning: Some("Non-2xx from destination"),
        category: Category::WebhookDelivery,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#webhook_delivery_failed",
        ),
    },
    crate::error_code::Entry {
        code: "webhook_delivery_timeout",
        status: 504,
        meaning: Some("> 10s response time"),
        category: Category::WebhookDelivery,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#webhook_delivery_timeout",
        ),
    },
    crate::error_code::Entry {
        code: "route_not_found",
        status: 404,
        meaning: Some("No route matches the request path"),
        category: Category::RequestRouting,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#route_not_found"),
    },
    crate::error_code::Entry {
        code: "method_not_allowed",
        status: 405,
        meaning: Some(
            "The route does not accept this HTTP method; see the Allow header",
        ),
        category: Category::RequestRouting,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#method_not_allowed",
        ),
    },
    crate::error_code::Entry {
        code: "request_timeout",
        status: 408,
        meaning: Some("The request did not complete within the server's time limit"),
        category: Category::RequestRouting,
        retry: crate::Retry::AfterDelay,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#request_timeout"),
    },
    crate::error_code::Entry {
        code: "payload_too_large",
        status: 413,
        meaning: Some("Request body exceeds the size limit"),
        category: Category::RequestRouting,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some("https://docs.example.com/reference/error-codes#payload_too_large"),
    },
    crate::error_code::Entry {
        code: "unsupported_media_type",
        status: 415,
        meaning: Some("Request body's Content-Type is not one the route accepts"),
        category: Category::RequestRouting,
        retry: crate::Retry::Never,
        details: None,
        deprecated: None,
        doc_url: Some(
            "https://docs.example.com/reference/error-codes#unsupported_media_type",
        ),
    },
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
/// The categories' rows, indexed by `Category as usize`.
pub(crate) const CATEGORIES: [crate::error_code::CategoryEntry; 9] = [
    crate::error_code::CategoryEntry {
        title: "Authentication / authorization",
        first: 0,
        len: 11,
        status_kind: crate::StatusKind::Response,
    },
    crate::error_code::CategoryEntry {
        title: "Validation",
        first: 11,
        len: 10,
        status_kind: crate::StatusKind::Response,
    },
    crate::error_code::CategoryEntry {
        title: "Not found",
        first: 21,
        len: 22,
        status_kind: crate::StatusKind::Response,
    },
    crate::error_code::CategoryEntry {
        title: "Conflict / state",
        first: 43,
        len: 9,
        status_kind: crate::StatusKind::Response,
    },
    crate::error_code::CategoryEntry {
        title: "Rate limit / quota / availability",
        first: 52,
        len: 5,
        status_kind: crate::StatusKind::Response,
    },
    crate::error_code::CategoryEntry {
        title: "Server / backend",
        first: 57,
        len: 6,
        status_kind: crate::StatusKind::Response,
    },
    crate::error_code::CategoryEntry {
        title: "Dynamic / PKI specific",
        first: 63,
        len: 7,
        status_kind: crate::StatusKind::Response,
    },
    crate::error_code::CategoryEntry {
        title: "Webhook delivery",
        first: 70,
        len: 3,
        status_kind: crate::StatusKind::Reported,
    },
    crate::error_code::CategoryEntry {
        title: "Request / routing",
        first: 73,
        len: 5,
        status_kind: crate::StatusKind::Response,
    },
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
    /// The same headers as [`http::HeaderName`]s, ready for a
    /// `HeaderMap` (cargo feature `http`).
    #[cfg(feature = "http")]
    pub mod name {
        /// [`X_REQUEST_ID`](super::X_REQUEST_ID) as an [`http::HeaderName`].
        pub const X_REQUEST_ID: http::HeaderName = http::HeaderName::from_static(
            "x-request-id",
        );
        /// [`X_RATE_LIMIT_LIMIT`](super::X_RATE_LIMIT_LIMIT) as an [`http::HeaderName`].
        pub const X_RATE_LIMIT_LIMIT: http::HeaderName = http::HeaderName::from_static(
            "x-ratelimit-limit",
        );
        /// [`X_RATE_LIMIT_REMAINING`](super::X_RATE_LIMIT_REMAINING) as an [`http::HeaderName`].
        pub const X_RATE_LIMIT_REMAINING: http::HeaderName = http::HeaderName::from_static(
            "x-ratelimit-remaining",
        );
        /// [`X_RATE_LIMIT_RESET`](super::X_RATE_LIMIT_RESET) as an [`http::HeaderName`].
        pub const X_RATE_LIMIT_RESET: http::HeaderName = http::HeaderName::from_static(
            "x-ratelimit-reset",
        );
        /// [`RETRY_AFTER`](super::RETRY_AFTER) as an [`http::HeaderName`].
        pub const RETRY_AFTER: http::HeaderName = http::HeaderName::from_static(
            "retry-after",
        );
    }
}
