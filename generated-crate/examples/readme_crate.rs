// The README's example, compiled by `cargo test` and run by the
// `readme_examples` test. `unsafe_code` is forbidden for every target by the
// workspace lints. It shows `internal_error`, the code that plays the
// runtime's `internal_error` role here, and asserts nothing that a registry
// edit the README documents could change.
use error_codes::{ErrorCode, UnknownErrorCode};

fn main() -> Result<(), UnknownErrorCode> {
    let code: ErrorCode = "internal_error".parse()?;
    assert_eq!(code, ErrorCode::InternalError);
    assert_eq!(code.as_str(), "internal_error");
    assert_eq!(code.http_status(), 500);
    // Meaning, category and retry advice are the registry's.
    println!("meaning: {}", code.meaning().unwrap_or("(none given)"));
    println!("category: {}", code.category().title());
    println!("retry: {:?}", code.retry());
    // `ALL` lists every code, in registry order.
    assert!(ErrorCode::ALL.contains(&code));

    // Exact match only; the error names the input.
    let err = "INTERNAL_ERROR".parse::<ErrorCode>().err();
    assert_eq!(
        err.map(|e| e.to_string()).as_deref(),
        Some(r#"unknown error code "INTERNAL_ERROR""#)
    );
    Ok(())
}
