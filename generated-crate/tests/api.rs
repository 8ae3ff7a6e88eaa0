//! The generated crate's public API, as other crates are written against it.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;

use error_codes::{Category, ErrorCode, Retry, StatusKind, UnknownErrorCode};

// Accessors are usable in constants.
const TOKEN_EXPIRED_STATUS: u16 = ErrorCode::TokenExpired.http_status();
const TOKEN_EXPIRED_STR: &str = ErrorCode::TokenExpired.as_str();
const VERSION_CONFLICT_CATEGORY: Category = ErrorCode::VersionConflict.category();

#[test]
fn const_accessors_give_the_registry_values() {
    assert_eq!(TOKEN_EXPIRED_STATUS, 401);
    assert_eq!(TOKEN_EXPIRED_STR, "token_expired");
    assert_eq!(VERSION_CONFLICT_CATEGORY, Category::ConflictState);
}

#[test]
fn error_code_is_one_byte_and_copy() {
    assert_eq!(std::mem::size_of::<ErrorCode>(), 1);
    assert_eq!(std::mem::size_of::<Option<ErrorCode>>(), 1);
    let a = ErrorCode::Forbidden;
    let b = a; // Copy
    assert_eq!(a, b);
}

#[test]
fn every_code_round_trips_through_its_string() {
    for &code in ErrorCode::ALL {
        let s = code.as_str();
        assert_eq!(s.parse::<ErrorCode>(), Ok(code), "{s}");
        assert_eq!(code.to_string(), s);
        assert_eq!(ErrorCode::try_from(s), Ok(code));
    }
}

#[test]
fn all_is_complete_unique_and_in_registry_order() {
    let unique: HashSet<_> = ErrorCode::ALL.iter().collect();
    assert_eq!(unique.len(), ErrorCode::ALL.len());
    assert_eq!(
        ErrorCode::ALL.first(),
        Some(&ErrorCode::AuthenticationRequired)
    );
    // Ord follows registry order.
    assert!(ErrorCode::ALL.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn categories_partition_all_codes_in_order() {
    let flattened: Vec<ErrorCode> = Category::ALL
        .iter()
        .flat_map(|c| c.codes().iter().copied())
        .collect();
    assert_eq!(flattened, ErrorCode::ALL);
    for &category in Category::ALL {
        assert!(!category.codes().is_empty(), "{category:?}");
        for &code in category.codes() {
            assert_eq!(code.category(), category, "{code}");
        }
    }
}

#[test]
fn categories_have_the_page_titles_in_page_order() {
    // The seed page's categories come first; categories added since follow.
    let titles: Vec<&str> = Category::ALL.iter().map(|c| c.title()).collect();
    assert!(
        titles.starts_with(&[
            "Authentication / authorization",
            "Validation",
            "Not found",
            "Conflict / state",
            "Rate limit / quota / availability",
            "Server / backend",
            "Dynamic / PKI specific",
            "Webhook delivery",
        ]),
        "{titles:?}"
    );
    let sizes: Vec<usize> = Category::ALL.iter().map(|c| c.codes().len()).collect();
    assert!(sizes.starts_with(&[11, 10, 22, 9, 5, 6, 7, 3]), "{sizes:?}");
}

#[test]
fn spot_checks_against_the_docs_page() {
    let expect = [
        (
            ErrorCode::AuthenticationRequired,
            401,
            Some("Missing Authorization header"),
        ),
        (
            ErrorCode::TenantAccessDenied,
            403,
            Some("Cross-tenant without partner admin"),
        ),
        (
            ErrorCode::ValidationError,
            422,
            Some("Field-level validation; see details.fields"),
        ),
        (ErrorCode::ExportNotFound, 404, None),
        (ErrorCode::SecretExpired, 410, Some("expires_at passed")),
        (ErrorCode::QuotaExceeded, 429, Some("Hard tenant quota")),
        (
            ErrorCode::BackendTimeout,
            504,
            Some("Federated backend timeout"),
        ),
        (
            ErrorCode::TtlExceedsMax,
            400,
            Some("Requested TTL > role max_ttl"),
        ),
        (
            ErrorCode::WebhookDeliveryTimeout,
            504,
            Some("> 10s response time"),
        ),
    ];
    for (code, status, meaning) in expect {
        assert_eq!(code.http_status(), status, "{code}");
        assert_eq!(code.meaning(), meaning, "{code}");
    }
}

#[test]
fn webhook_delivery_statuses_are_reported() {
    assert_eq!(
        Category::WebhookDelivery.status_kind(),
        StatusKind::Reported
    );
    assert_eq!(
        ErrorCode::WebhookDeliveryFailed.status_kind(),
        StatusKind::Reported
    );
    let reported: Vec<Category> = Category::ALL
        .iter()
        .copied()
        .filter(|c| c.status_kind() == StatusKind::Reported)
        .collect();
    assert_eq!(reported, [Category::WebhookDelivery]);
}

#[test]
fn parsing_is_exact() {
    for bad in [
        "TOKEN_EXPIRED",
        "token-expired",
        "token_expired ",
        " token_expired",
        "Token_expired",
        "tokenexpired",
        "token_expired\0",
        "",
    ] {
        let err = bad.parse::<ErrorCode>().unwrap_err();
        assert_eq!(err.input(), bad);
        assert!(err.to_string().contains(&format!("{bad:?}")), "{err}");
    }
}

#[test]
fn parse_error_keeps_a_bounded_prefix_of_huge_input() {
    let huge = "é".repeat(10_000);
    let err = huge.parse::<ErrorCode>().unwrap_err();
    assert_eq!(err.input(), "é".repeat(32));
    assert!(err.is_truncated());
    assert!(err.to_string().ends_with("(truncated)"), "{err}");
    // Multi-byte characters are never split.
    let odd = format!("a{}", "é".repeat(40));
    let err = odd.parse::<ErrorCode>().unwrap_err();
    assert_eq!(err.input(), format!("a{}", "é".repeat(31)));
    // An input of exactly the kept length is whole.
    let max = "x".repeat(UnknownErrorCode::KEPT);
    let err = max.parse::<ErrorCode>().unwrap_err();
    assert_eq!(err.input(), max);
    assert!(!err.is_truncated());
}

#[test]
fn serde_uses_the_wire_string_exactly() {
    for &code in ErrorCode::ALL {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, format!("\"{}\"", code.as_str()));
        assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), code);
    }
    for bad in [
        "\"TOKEN_EXPIRED\"",
        "\"token-expired\"",
        "\"token_expired \"",
        "1",
        "null",
    ] {
        assert!(serde_json::from_str::<ErrorCode>(bad).is_err(), "{bad}");
    }
    let err = serde_json::from_str::<ErrorCode>("\"nope\"").unwrap_err();
    assert!(
        err.to_string().contains("unknown error code \"nope\""),
        "{err}"
    );
}

#[test]
fn retry_advice_comes_from_the_registry() {
    assert_eq!(ErrorCode::RateLimited.retry(), Retry::AfterDelay);
    assert_eq!(ErrorCode::VersionConflict.retry(), Retry::AfterReread);
    assert_eq!(ErrorCode::TokenExpired.retry(), Retry::Never);
    assert!(ErrorCode::ServiceUnavailable.is_retryable());
    assert!(!ErrorCode::QuotaExceeded.is_retryable());
}

#[test]
fn doc_urls_point_at_the_code_anchor() {
    for &code in ErrorCode::ALL {
        let url = code.doc_url().unwrap();
        assert!(url.ends_with(&format!("#{}", code.as_str())), "{url}");
    }
}

#[test]
fn header_names_match_the_page() {
    use error_codes::headers;
    assert_eq!(headers::X_REQUEST_ID, "X-Request-ID");
    assert_eq!(headers::X_RATE_LIMIT_LIMIT, "X-RateLimit-Limit");
    assert_eq!(headers::X_RATE_LIMIT_REMAINING, "X-RateLimit-Remaining");
    assert_eq!(headers::X_RATE_LIMIT_RESET, "X-RateLimit-Reset");
    assert_eq!(headers::RETRY_AFTER, "Retry-After");
}

#[cfg(feature = "http")]
#[test]
fn http_status_codes_match() {
    for &code in ErrorCode::ALL {
        let status: http::StatusCode = code.into();
        assert_eq!(status.as_u16(), code.http_status());
    }
}
