//! Any bytes, as a string or as JSON: parsing gives a code or an error.
#![no_main]
#![forbid(unsafe_code)]

use error_codes::ErrorCode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(code) = text.parse::<ErrorCode>()
    {
        assert_eq!(code.as_str(), text);
    }
    let _ = serde_json::from_slice::<ErrorCode>(data);
    let _ = serde_json::from_slice::<error_codes::Code>(data);
    let _ = serde_json::from_slice::<error_codes::ErrorEnvelope>(data);
});
