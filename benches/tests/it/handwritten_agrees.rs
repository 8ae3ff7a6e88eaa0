//! The hand-written build-cost baseline (`benches/handwritten`) is a
//! benchmark yardstick, not a second registry: it agrees with the frozen
//! copy of the registry it was written from
//! (`benches/handwritten/registry-frozen.yaml`), never with the live one, so
//! that adding or deprecating codes in `registry/error-codes.yaml` never
//! requires touching it. Same codes in the same order, statuses, meanings,
//! categories, retry advice, and the same wire form through `FromStr` and
//! serde.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use error_codes_codegen::Retry;
use error_codes_handwritten as hand;

/// The frozen registry, as the baseline knows it: any valid registry loads
/// (the runtime asks nothing of it), so the copy loads as it was frozen.
fn frozen() -> error_codes_codegen::Registry {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("handwritten/registry-frozen.yaml");
    error_codes_codegen::Registry::load(&path)
        .unwrap_or_else(|e| panic!("{}: invalid:\n{e}", path.display()))
}

#[test]
fn same_codes_statuses_meanings_and_categories_as_the_frozen_registry() {
    let frozen = frozen();
    let hand_codes: Vec<&str> = hand::ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    let frozen_codes: Vec<&str> = frozen.codes().map(|(_, c)| c.code.as_str()).collect();
    assert_eq!(hand_codes, frozen_codes);
    for (h, (category, code)) in hand::ErrorCode::ALL.iter().zip(frozen.codes()) {
        let name = &code.code;
        assert_eq!(h.http_status(), code.status, "{name}");
        assert_eq!(h.meaning(), code.meaning.as_deref(), "{name}");
        assert_eq!(h.category().title(), category.title, "{name}");
        assert_eq!(
            Some(h.doc_url().to_string()),
            frozen.doc_url(code),
            "{name}"
        );
        let retry = match code.retry {
            Retry::Never => "Never",
            Retry::AfterDelay => "AfterDelay",
            Retry::AfterReread => "AfterReread",
            other => panic!("{name}: retry {other:?} has no hand-written counterpart"),
        };
        assert_eq!(format!("{:?}", h.retry()), retry, "{name}");
        assert_eq!(format!("{h:?}"), code.rust_name, "{name}");
    }
}

#[test]
fn same_categories_with_the_same_codes_as_the_frozen_registry() {
    let frozen = frozen();
    let hand_titles: Vec<&str> = hand::Category::ALL.iter().map(|c| c.title()).collect();
    let frozen_titles: Vec<&str> = frozen.categories.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(hand_titles, frozen_titles);
    for (h, category) in hand::Category::ALL.iter().zip(&frozen.categories) {
        let h_codes: Vec<&str> = h.codes().iter().map(|c| c.as_str()).collect();
        let f_codes: Vec<&str> = category.codes.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(h_codes, f_codes, "{}", category.title);
    }
}

#[test]
fn same_wire_form() {
    for code in hand::ErrorCode::ALL {
        let json = serde_json::to_string(code).unwrap();
        assert_eq!(json, format!("\"{}\"", code.as_str()));
        assert_eq!(
            serde_json::from_str::<hand::ErrorCode>(&json).unwrap(),
            *code
        );
        assert_eq!(code.as_str().parse::<hand::ErrorCode>().unwrap(), *code);
        assert_eq!(code.to_string(), code.as_str());
        assert!(
            code.as_str()
                .to_uppercase()
                .parse::<hand::ErrorCode>()
                .is_err()
        );
    }
}
