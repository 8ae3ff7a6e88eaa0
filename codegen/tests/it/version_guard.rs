//! The generated crate's version guard: a `lib.rs` made for another runtime
//! version fails to build with exactly one error, naming the regenerate
//! command, instead of one error per struct literal of the generated data.
//! (The `lib.rs` made for this runtime is the `error-codes` crate, built by
//! every other test.)

use std::path::Path;
use std::process::Command;

use error_codes_codegen::{Config, Project};

use crate::common::workspace;

use crate::common::text;

#[test]
fn a_crate_made_for_another_runtime_fails_with_one_error_naming_the_regenerate_command() {
    let root = workspace();
    let layout = Project::from_config_file(root.join(Config::FILE)).unwrap();
    let crate_dir = root.join(&layout.config().crate_dir);
    let lib = std::fs::read_to_string(crate_dir.join("src/lib.rs")).unwrap();
    let made_for = error_codes_runtime::__private::GENERATED_FOR;
    let written = format!("made_for: {made_for:?},");
    assert!(
        lib.contains(&written),
        "the committed lib.rs states its runtime version:\n{lib}"
    );
    let other = "0.0";
    assert_ne!(other, made_for);
    let lib = lib.replace(&written, &format!("made_for: {other:?},"));

    // The crate, with none of its generated data: a mismatch never reads it.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("version_guard");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src/generated")).unwrap();
    std::fs::write(dir.join("src/lib.rs"), lib).unwrap();
    std::fs::write(dir.join("src/generated/tables.md"), "").unwrap();
    let runtime = layout.config().runtime.clone();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"guarded\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
             [dependencies]\n{runtime} = {{ package = \"error-codes-runtime\", path = {:?}, default-features = false }}\n\n\
             [workspace]\n",
            root.join("runtime").display().to_string(),
        ),
    )
    .unwrap();
    let out = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--offline"])
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|line| line.starts_with("error") && !line.starts_with("error: could not compile"))
        .collect();
    assert_eq!(errors.len(), 1, "{stderr}");
    let error = errors[0];
    for part in [other, made_for, layout.regenerate_command().as_str()] {
        assert!(error.contains(part), "{part:?} in {error}");
    }
}
