//! What the tests of the `error-codes` package share.

/// The wire string these tests use for "a code this build does not know".
///
/// Its hyphens make it impossible as a registry code (codes are lower
/// snake_case, see `registry/error-codes.yaml`), so no registry edit can ever
/// make it known; yet a client must keep it as an unknown code, as it would
/// any code the API adds after the client was built.
pub(crate) const CODE_ADDED_LATER: &str = "code-added-later";

/// The registry this crate is generated from (the project's, found as the
/// generator finds it), loaded by the generator: what the tests expect comes
/// from it, never from a list restated in a test.
pub(crate) fn registry() -> error_codes_codegen::Registry {
    let project = error_codes_codegen::Project::discover(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or_else(|e| panic!("the project's configuration: {e}"))
        .expect("the crate is inside a project with a registry");
    project
        .load()
        .unwrap_or_else(|e| panic!("the registry is invalid:\n{e}"))
}
