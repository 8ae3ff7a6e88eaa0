//! The README's example of the crate is a compiled example, and it runs.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes_tests::assert_readme_block_is_example;

mod readme_crate {
    include!("../../../generated-crate/examples/readme_crate.rs");

    pub(super) fn run() -> Result<(), UnknownErrorCode> {
        main()
    }
}

#[test]
fn the_crate_tour_is_the_example_file() {
    assert_readme_block_is_example("## Example", "readme_crate.rs");
}

#[test]
fn the_crate_tour_runs() {
    readme_crate::run().unwrap();
}
