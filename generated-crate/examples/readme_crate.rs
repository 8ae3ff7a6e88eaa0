// The README's tour of the crate ("The crate"), compiled by `cargo test` and
// run by tests/tests/readme_examples.rs. `unsafe_code` is forbidden for every
// target by the workspace lints.
use error_codes::{Category, ErrorCode, Retry, UnknownErrorCode};

fn main() -> Result<(), UnknownErrorCode> {
    let code: ErrorCode = "version_conflict".parse()?;
    assert_eq!(code, ErrorCode::VersionConflict);
    assert_eq!(code.as_str(), "version_conflict");
    assert_eq!(code.to_string(), "version_conflict");
    assert_eq!(code.http_status(), 409);
    assert_eq!(code.meaning(), Some("Concurrent modification"));
    assert_eq!(code.category(), Category::ConflictState);
    assert_eq!(code.category().title(), "Conflict / state");
    assert_eq!(code.retry(), Retry::AfterReread);
    let not_found = Category::NotFound.codes();
    assert!(not_found.contains(&ErrorCode::SecretNotFound));
    assert!(ErrorCode::ALL.contains(&code));

    // Exact match only; the error names the input.
    let err = "VERSION_CONFLICT".parse::<ErrorCode>().err();
    assert_eq!(
        err.map(|e| e.to_string()).as_deref(),
        Some(r#"unknown error code "VERSION_CONFLICT""#)
    );
    Ok(())
}
