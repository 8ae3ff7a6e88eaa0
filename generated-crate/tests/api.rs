//! The generated crate's public API, as other crates are written against it.
//!
//! These tests name no code except those the runtime relies on
//! (`codegen/src/runtime.rs`) and assert nothing a registry edit the README
//! documents could change: they hold for any valid registry.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::HashSet;

use error_codes::{Category, ErrorCode, StatusKind, UnknownErrorCode};

// Accessors are usable in constants. `internal_error` is one of the codes
// the runtime relies on: every registry has it, and `?` in a handler answers
// with it as a 500.
const INTERNAL_ERROR_STATUS: u16 = ErrorCode::InternalError.http_status();
const INTERNAL_ERROR_STR: &str = ErrorCode::InternalError.as_str();
const INTERNAL_ERROR_CATEGORY: Category = ErrorCode::InternalError.category();

#[test]
fn const_accessors_give_the_registry_values() {
    assert_eq!(INTERNAL_ERROR_STATUS, 500);
    assert_eq!(INTERNAL_ERROR_STR, "internal_error");
    assert!(
        INTERNAL_ERROR_CATEGORY
            .codes()
            .contains(&ErrorCode::InternalError)
    );
}

#[test]
fn error_code_is_one_byte_and_copy() {
    assert_eq!(std::mem::size_of::<ErrorCode>(), 1);
    assert_eq!(std::mem::size_of::<Option<ErrorCode>>(), 1);
    let a = ErrorCode::InternalError;
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
fn all_is_unique_and_in_registry_order() {
    // That `ALL` is exactly the registry's codes, in the registry's order,
    // is checked against the registry itself in tests/tests/wire_registry.rs.
    let unique: HashSet<_> = ErrorCode::ALL.iter().collect();
    assert_eq!(unique.len(), ErrorCode::ALL.len());
    let strings: HashSet<_> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(strings.len(), ErrorCode::ALL.len());
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
fn categories_have_distinct_titles() {
    // The titles themselves are the registry's; the seed's are pinned in
    // tests/tests/seed_page.rs.
    let titles: HashSet<&str> = Category::ALL.iter().map(|c| c.title()).collect();
    assert_eq!(titles.len(), Category::ALL.len());
    assert!(titles.iter().all(|t| !t.trim().is_empty()), "{titles:?}");
}

#[test]
fn every_code_has_an_error_status_and_a_one_line_meaning() {
    for &code in ErrorCode::ALL {
        assert!((400..=599).contains(&code.http_status()), "{code}");
        if let Some(meaning) = code.meaning() {
            assert!(!meaning.trim().is_empty(), "{code}");
            assert!(!meaning.contains('\n'), "{code}: {meaning:?}");
        }
    }
}

#[test]
fn a_code_reports_its_categorys_status_kind() {
    for &category in Category::ALL {
        for &code in category.codes() {
            assert_eq!(code.status_kind(), category.status_kind(), "{code}");
        }
    }
    // Both kinds are representable; which categories are reported is the
    // registry's business.
    assert_ne!(StatusKind::Reported, StatusKind::Response);
}

#[test]
fn parsing_is_exact() {
    // Near misses of a real code: none of them can be a registry code
    // (codes are lower snake_case, no spaces, no NUL).
    let code = ErrorCode::InternalError.as_str();
    for bad in [
        code.to_uppercase(),
        code.replace('_', "-"),
        format!("{code} "),
        format!(" {code}"),
        format!("{}{}", code[..1].to_uppercase(), &code[1..]),
        format!("{code}\0"),
        String::new(),
        common::CODE_ADDED_LATER.to_string(),
    ] {
        let bad = bad.as_str();
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

#[cfg(feature = "serde")]
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
    let later = format!("\"{}\"", common::CODE_ADDED_LATER);
    let err = serde_json::from_str::<ErrorCode>(&later).unwrap_err();
    assert!(
        err.to_string()
            .contains(&format!("unknown error code {later}")),
        "{err}"
    );
}

#[test]
fn a_code_is_retryable_exactly_when_its_advice_says_so() {
    // Which advice each code has is the registry's (tests/tests/wire_registry.rs
    // compares it); here only the accessors' agreement.
    for &code in ErrorCode::ALL {
        assert_eq!(code.is_retryable(), code.retry().is_retryable(), "{code}");
        assert_eq!(
            code.is_retryable(),
            code.retry() != error_codes::Retry::Never,
            "{code}"
        );
    }
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
    // The runtime relies on these headers (codegen/src/runtime.rs), so every
    // registry has them; adding a header changes nothing here.
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
