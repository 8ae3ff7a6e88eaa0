//! Every committed generated file matches what the registry generates now.
//! When one does not, the failure shows a diff and the one command that fixes it.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use error_codes_tests::{line_diff, lock_name, project};

#[test]
fn committed_outputs_are_up_to_date() {
    let project = project();
    let registry = project
        .load()
        .unwrap_or_else(|e| panic!("the registry is invalid:\n{e}"));
    let outputs = project
        .outputs(&registry)
        .unwrap_or_else(|e| panic!("the generated Rust does not parse: {e}"));
    for required in [&project.config().docs_page, &lock_name(&project)] {
        assert!(
            outputs.iter().any(|o| &o.path == required),
            "{required} must be a committed output"
        );
    }
    let mut stale = Vec::new();
    for output in outputs {
        let path = project.root().join(&output.path);
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
        project.regenerate_command()
    );
}

#[test]
fn line_diff_points_at_the_first_changed_line() {
    let diff = line_diff("a\nb\nc\n", "a\nB\nc\n");
    assert!(diff.starts_with("first difference at line 2"), "{diff}");
    assert!(diff.contains("- B") && diff.contains("+ b"), "{diff}");
}

/// The client packages' manifests are written by `generate` only where
/// missing (their versions are the maintainers'): this repository's are what
/// a new API gets, but for their versions.
#[test]
fn the_package_manifests_are_what_a_new_api_gets_but_for_their_versions() {
    let project = project();
    let created = new_api_manifests(&project);
    let (typescript, python) = (
        &project.config().typescript_dir,
        &project.config().python_dir,
    );
    assert!(
        created.contains(&format!("{typescript}/package.json")),
        "{created:?}"
    );
    assert!(
        created.contains(&format!("{python}/pyproject.toml")),
        "{created:?}"
    );
    for output in created {
        let output = Manifest {
            contents: std::fs::read_to_string(scratch().join(&output)).unwrap(),
            path: output,
        };
        let on_disk = std::fs::read_to_string(project.root().join(&output.path))
            .unwrap_or_else(|e| panic!("{} cannot be read: {e}", output.path))
            .replace("\r\n", "\n");
        if output.path.ends_with(".json") {
            let mut have: serde_json::Value = serde_json::from_str(&on_disk).unwrap();
            let want: serde_json::Value = serde_json::from_str(&output.contents).unwrap();
            // The package's own version, at the top and in a lock's root entry.
            have["version"] = want["version"].clone();
            if have["packages"].get("").is_some() {
                have["packages"][""]["version"] = want["packages"][""]["version"].clone();
            }
            assert_eq!(have, want, "{} differs from a new API's", output.path);
        } else {
            let version = |text: &str| {
                text.lines()
                    .find(|l| l.starts_with("version = "))
                    .map(str::to_owned)
                    .unwrap_or_else(|| panic!("{} has no version", output.path))
            };
            let have = on_disk.replacen(&version(&on_disk), &version(&output.contents), 1);
            assert!(
                have == output.contents,
                "{} differs from a new API's; {}",
                output.path,
                line_diff(&output.contents, &have)
            );
        }
    }
}

/// A manifest as `generate` writes it for a new API.
struct Manifest {
    path: String,
    contents: String,
}

/// Where [`new_api_manifests`] runs `generate`.
fn scratch() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("docs-drift-new-api")
}

/// The files `generate` writes beside the committed outputs when a project
/// with this repository's configuration and registry has none yet: the
/// package manifests (written only where missing), relative to the root of
/// that project, in [`scratch`].
fn new_api_manifests(project: &error_codes_codegen::Project) -> Vec<String> {
    let root = scratch();
    let _ = std::fs::remove_dir_all(&root);
    let config = project.config();
    let config_file = project.root().join(error_codes_codegen::Config::FILE);
    let copied = [
        (config_file, root.join(error_codes_codegen::Config::FILE)),
        (
            project.registry_path().to_path_buf(),
            root.join(&config.registry),
        ),
    ];
    for (from, to) in &copied {
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(from, to).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    }
    let registry = project.load().unwrap();
    let outputs: Vec<String> = project
        .outputs(&registry)
        .unwrap()
        .into_iter()
        .map(|o| o.path)
        .collect();
    let status = error_codes_codegen::run_cli([
        "error-codes".into(),
        "generate".into(),
        root.join(&config.registry).into_os_string(),
    ]);
    assert_eq!(status, std::process::ExitCode::SUCCESS, "generate failed");
    let mut made = Vec::new();
    walk(&root, &root, &mut made);
    made.retain(|path| {
        !outputs.contains(path)
            && *path != config.registry
            && *path != error_codes_codegen::Config::FILE
    });
    made.sort();
    made
}

/// Every file under `dir`, relative to `root`, with `/` separators.
fn walk(root: &std::path::Path, dir: &std::path::Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(root, &path, out);
        } else {
            let relative = path.strip_prefix(root).unwrap();
            let parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push(parts.join("/"));
        }
    }
}
