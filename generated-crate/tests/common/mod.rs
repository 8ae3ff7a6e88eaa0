//! What the tests of the `error-codes` package share.

/// The wire string these tests use for "a code this build does not know".
///
/// Its hyphens make it impossible as a registry code (codes are lower
/// snake_case, see `registry/error-codes.yaml`), so no registry edit can ever
/// make it known; yet a client must keep it as an unknown code, as it would
/// any code the API adds after the client was built.
pub const CODE_ADDED_LATER: &str = "code-added-later";
