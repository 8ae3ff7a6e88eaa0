//! Every committed generated file matches what the registry generates now.
//! When one does not, the failure shows a diff and the one command that fixes it.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes_tests::{line_diff, project};

#[test]
fn committed_outputs_are_up_to_date() {
    let layout = project();
    let registry = error_codes_codegen::load(layout.registry())
        .unwrap_or_else(|e| panic!("the registry is invalid:\n{e}"));
    let outputs = error_codes_codegen::emit::committed(&registry, &layout)
        .unwrap_or_else(|e| panic!("the generated Rust does not parse: {e}"));
    for required in [&layout.config().docs_page, &layout.lock_name()] {
        assert!(
            outputs.iter().any(|o| &o.path == required),
            "{required} must be a committed output"
        );
    }
    let mut stale = Vec::new();
    for output in outputs {
        let path = layout.output(&output.path);
        match std::fs::read_to_string(&path) {
            // A Windows checkout may have turned LF into CRLF.
            Ok(on_disk) if on_disk.replace("\r\n", "\n") == output.contents => {}
            Ok(on_disk) => stale.push(format!(
                "{} is stale; {}",
                output.path,
                line_diff(&output.contents, &on_disk)
            )),
            Err(e) => stale.push(format!("{} cannot be read: {e}", output.path)),
        }
    }
    assert!(
        stale.is_empty(),
        "{}\n\nfix: {}",
        stale.join("\n\n"),
        layout.regenerate_command()
    );
}

#[test]
fn line_diff_points_at_the_first_changed_line() {
    let diff = line_diff("a\nb\nc\n", "a\nB\nc\n");
    assert!(diff.starts_with("first difference at line 2"), "{diff}");
    assert!(diff.contains("- B") && diff.contains("+ b"), "{diff}");
}
