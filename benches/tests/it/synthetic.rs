//! The synthetic registries the generator is benchmarked on are valid and
//! have the size they are named for.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use error_codes_codegen::Retry;

#[test]
fn synthetic_registries_validate_with_the_requested_number_of_codes() {
    for size in [1, 100, 1_000] {
        let yaml = error_codes_benches::synthetic_registry(size);
        let registry = error_codes_codegen::Registry::parse(Path::new("synthetic.yaml"), &yaml)
            .unwrap_or_else(|d| panic!("{size} codes: {d}"));
        assert_eq!(registry.code_count(), size);
    }
}

#[test]
fn synthetic_registries_use_the_optional_fields_too() {
    let yaml = error_codes_benches::synthetic_registry(1_000);
    let registry =
        error_codes_codegen::Registry::parse(Path::new("synthetic.yaml"), &yaml).unwrap();
    let codes: Vec<_> = registry.codes().map(|(_, code)| code).collect();
    assert!(codes.iter().any(|c| c.deprecated.is_some()));
    assert!(codes.iter().any(|c| c.details.is_some()));
    assert!(codes.iter().any(|c| c.retry == Retry::AfterDelay));
    // Every synthetic code has a meaning.
    assert!(codes.iter().all(|c| c.meaning.is_some()));
    // 20 of 50 codes each.
    assert_eq!(registry.categories.len(), 20);
}

#[test]
fn ten_thousand_codes_fit_the_loaders_size_limit() {
    // The loader refuses a registry over its size limit before reading it:
    // the largest synthetic registry loads whole.
    let yaml = error_codes_benches::synthetic_registry(10_000);
    let registry = error_codes_codegen::Registry::parse(Path::new("synthetic.yaml"), &yaml)
        .unwrap_or_else(|d| panic!("{} bytes: {d}", yaml.len()));
    assert_eq!(registry.code_count(), 10_000);
}
