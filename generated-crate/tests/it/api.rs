//! The generated crate's public API, as other crates are written against it.
//!
//! These tests name no code, header or status: what they expect comes from
//! the crate's `ALL` or from the registry itself (`registry/error-codes.yaml`,
//! loaded by `error_codes_codegen`), so they hold for any valid registry.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;

use error_codes::{Category, ErrorCode, StatusKind, UnknownErrorCode};
use error_codes_runtime::{Role, Vocabulary};

use crate::common::registry;

// Accessors are usable in constants. The registry's first code: every
// registry has one (roles, and so `internal_error`, are optional).
const FIRST: ErrorCode = ErrorCode::ALL[0];
const FIRST_STATUS: u16 = FIRST.http_status();
const FIRST_STR: &str = FIRST.as_str();
const FIRST_CATEGORY: Category = FIRST.category();

#[test]
fn const_accessors_give_the_registry_values() {
    let registry = registry();
    let (category, code) = registry.codes().next().expect("a registry has a code");
    assert_eq!(FIRST_STATUS, code.status);
    assert_eq!(FIRST_STR, code.code);
    assert_eq!(FIRST_CATEGORY.title(), category.title);
    assert!(FIRST_CATEGORY.codes().contains(&FIRST));
}

// `ErrorCode` is `Copy` (and `Send + Sync + 'static`): a compile-time fact,
// checked at compile time.
const _: () = {
    const fn copy<T: Copy + Send + Sync + 'static>() {}
    copy::<ErrorCode>();
    copy::<Category>();
};

#[test]
fn error_code_is_as_small_as_its_number_of_codes_allows() {
    // A fieldless enum takes the fewest bytes that count its variants; an
    // `Option` of it costs nothing more while one value is left for `None`.
    let bytes_for = |values: usize| {
        [1_usize, 2, 4, 8]
            .into_iter()
            .find(|&bytes| values as u128 <= 1_u128 << (8 * bytes))
            .unwrap()
    };
    let codes = ErrorCode::ALL.len();
    assert_eq!(std::mem::size_of::<ErrorCode>(), bytes_for(codes));
    assert_eq!(
        std::mem::size_of::<Option<ErrorCode>>(),
        bytes_for(codes + 1)
    );
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
    // is checked against the registry itself in tests/tests/it/wire_registry.rs.
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
    // tests/tests/it/seed_page.rs.
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

/// A category carries its name (the value of the `metrics` feature's
/// category label) and a code the members a problem document carries at
/// its top level, as data of their rows: what the registry says.
#[test]
fn rows_carry_the_registrys_category_names_and_detail_members() {
    let registry = registry();
    let names: Vec<&str> = Category::ALL.iter().map(|c| c.name()).collect();
    let expected: Vec<&str> = registry
        .categories
        .iter()
        .map(|c| c.rust_name.as_str())
        .collect();
    assert_eq!(names, expected);
    assert_eq!(ErrorCode::ALL.len(), registry.code_count());
    for (&code, (category, entry)) in ErrorCode::ALL.iter().zip(registry.codes()) {
        assert_eq!(code.category_entry().name, category.rust_name, "{code}");
        let members: Vec<&str> = entry.problem_members().map(|m| m.name.as_str()).collect();
        assert_eq!(code.detail_members(), members.as_slice(), "{code}");
    }
}

#[test]
fn a_code_reports_its_categorys_status_kind() {
    for &category in Category::ALL {
        for &code in category.codes() {
            assert_eq!(code.status_kind(), category.status_kind(), "{code}");
        }
    }
    // Which categories are reported is the registry's business: each says
    // what its category says there.
    let registry = registry();
    assert_eq!(registry.categories.len(), Category::ALL.len());
    for (declared, &category) in registry.categories.iter().zip(Category::ALL) {
        let expected = match declared.status_kind {
            error_codes_codegen::StatusKind::Response => StatusKind::Response,
            error_codes_codegen::StatusKind::Reported => StatusKind::Reported,
            other => panic!("a status kind this test does not know: {other:?}"),
        };
        assert_eq!(category.status_kind(), expected, "{}", declared.title);
    }
}

#[test]
fn parsing_is_exact() {
    // Near misses of a real code: none of them can be a registry code
    // (codes are lower snake_case, no spaces, no NUL).
    let code = FIRST.as_str();
    for bad in [
        code.to_uppercase(),
        code.replace('_', "-"),
        format!("{code} "),
        format!(" {code}"),
        format!("{}{}", code[..1].to_uppercase(), &code[1..]),
        format!("{code}\0"),
        String::new(),
        crate::common::CODE_ADDED_LATER.to_string(),
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
    let later = format!("\"{}\"", crate::common::CODE_ADDED_LATER);
    let err = serde_json::from_str::<ErrorCode>(&later).unwrap_err();
    assert!(
        err.to_string()
            .contains(&format!("unknown error code {later}")),
        "{err}"
    );
}

#[test]
fn a_code_is_retryable_exactly_when_its_advice_says_so() {
    // The registry's `retry:` of each code (`never` when it says nothing):
    // a code is retryable unless it is `never`.
    let registry = registry();
    for ((_, declared), &code) in registry.codes().zip(ErrorCode::ALL) {
        assert_eq!(code.as_str(), declared.code);
        let expected = declared.retry.as_str() != "never";
        assert_eq!(code.is_retryable(), expected, "{code}: {declared:?}");
        assert_eq!(code.retry().is_retryable(), expected, "{code}");
    }
}

#[test]
fn doc_urls_point_at_the_code_anchor() {
    // `docs_url` is optional: without it no code has a docs URL; with it,
    // each code's is the page's with the code's anchor.
    let registry = registry();
    for ((_, declared), &code) in registry.codes().zip(ErrorCode::ALL) {
        assert_eq!(code.as_str(), declared.code);
        let expected = registry.doc_url(declared);
        assert_eq!(code.doc_url(), expected.as_deref(), "{code}");
        if let Some(url) = code.doc_url() {
            assert!(url.ends_with(&format!("#{}", declared.anchor())), "{url}");
        }
    }
}

#[test]
fn the_runtime_uses_the_registrys_roles() {
    // The headers the runtime reads and writes are those the registry's
    // roles name (`roles:`, or the default names), as HTTP compares them:
    // whatever the registry's spelling, without case.
    let registry = registry();
    let roles = &registry.roles;
    let headers = ErrorCode::HEADERS;
    assert!(
        headers
            .request_id
            .eq_ignore_ascii_case(&roles.request_id_header),
        "{} vs {}",
        headers.request_id,
        roles.request_id_header
    );
    let rate_limit = [
        headers.rate_limit_limit,
        headers.rate_limit_remaining,
        headers.rate_limit_reset,
    ];
    for (compiled, declared) in rate_limit.iter().zip(&roles.rate_limit) {
        assert_eq!(
            compiled.map(str::to_ascii_lowercase),
            declared.as_deref().map(str::to_ascii_lowercase)
        );
    }
    // The codes that play the runtime's roles (`?` in a handler answers with
    // the `internal_error` role's, ...): the registry's, each with its status.
    for &role in Role::ALL {
        let compiled = ErrorCode::ROLES.get(role);
        assert_eq!(
            compiled.map(ErrorCode::as_str),
            roles.code(role),
            "{}",
            role.as_str()
        );
        if let Some(code) = compiled {
            let (_, declared) = registry.code(code.as_str()).unwrap();
            assert_eq!(code.http_status(), declared.status, "{code}");
        }
    }
}

#[cfg(feature = "http")]
#[test]
fn http_status_codes_match() {
    for &code in ErrorCode::ALL {
        let status: http::StatusCode = code.into();
        assert_eq!(status.as_u16(), code.http_status());
    }
}
