//! The command line's contract: output streams and exit codes.

use crate::common::{run, text, workspace};
use std::path::{Path, PathBuf};

/// A scratch workspace holding only a registry.
fn scratch(name: &str, registry: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("registry")).unwrap();
    std::fs::write(root.join("registry/error-codes.yaml"), registry).unwrap();
    root
}

/// The one-line summary `check` and `generate` print, up to the outputs.
fn summary_of(registry_name: &str, root: &Path) -> String {
    let registry = error_codes_codegen::Registry::load(root.join(registry_name)).unwrap();
    let counted =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{registry_name}: {} in {}; ",
        counted(registry.code_count(), "code", "codes"),
        counted(registry.categories.len(), "category", "categories")
    )
}

#[test]
fn check_on_the_committed_registry_prints_one_summary_line() {
    let out = run(&["check"], &workspace());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(
        stdout.starts_with(&summary_of("registry/error-codes.yaml", &workspace()))
            && stdout.ends_with("; every output up to date\n"),
        "{stdout}"
    );
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn from_a_subfolder_it_finds_the_registry_above_and_says_so() {
    let out = run(&["check"], &workspace().join("generated-crate/src"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("using ") && stderr.trim_end().ends_with("error-codes.yaml"),
        "{stderr}"
    );
    assert!(text(&out.stdout).contains("every output up to date"));
}

#[test]
fn outside_any_workspace_it_asks_for_the_registry() {
    // Not under the target folder, which is inside this workspace.
    let empty = std::env::temp_dir().join(format!("error-codes-nowhere-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    let out = run(&["check"], &empty);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("registry/error-codes.yaml"));
}

#[test]
fn help_and_version_exit_0() {
    let version = run(&["--version"], &workspace());
    assert_eq!(version.status.code(), Some(0));
    assert_eq!(
        text(&version.stdout).trim(),
        format!("error-codes {}", env!("CARGO_PKG_VERSION"))
    );
    for args in [
        &["--help"][..],
        &["help"],
        &["generate", "--help"],
        &["help", "check"],
    ] {
        let out = run(args, &workspace());
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(text(&out.stdout).contains("Usage: error-codes"), "{args:?}");
    }
}

#[test]
fn a_closed_stderr_is_not_a_panic() {
    // `check 2>&1 | head -1` with a bad registry: the report meets a closed pipe.
    let root = scratch("cli-closed-stderr", "categories: [");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_error-codes"))
        .arg("check")
        .current_dir(&root)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            drop(child.stderr.take());
            child.wait_with_output()
        })
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "exit 101 is a panic");
}

#[test]
fn check_exits_1_on_registry_errors_and_names_the_place() {
    let root = scratch(
        "cli-bad",
        &std::fs::read_to_string(workspace().join("codegen/tests/fixtures/small.yaml"))
            .unwrap()
            .replace("status: 404", "status: 200"),
    );
    let out = run(&["check"], &root);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "", "check prints nothing but errors");
    let err = text(&out.stderr);
    assert!(err.contains("registry/error-codes.yaml:"), "{err}");
    assert!(err.contains("widget_not_found"), "{err}");
    assert!(err.contains("200"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["check", "a.yaml", "b.yaml"],
        &["check", "--bogus"],
    ] {
        let out = run(args, &workspace());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out.stderr).contains("Usage:"), "{args:?}");
    }
}

#[test]
fn a_missing_registry_is_an_error_naming_the_file() {
    let out = run(&["check", "no/such.yaml"], &workspace());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("no/such.yaml"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn generate_writes_stale_files_and_check_then_passes() {
    let root = scratch(
        "cli-generate",
        &std::fs::read_to_string(workspace().join("codegen/tests/fixtures/small.yaml")).unwrap(),
    );
    // A registry alone (no configuration, no outputs yet) is validated, and
    // `check` says that is what it did.
    let before = run(&["check"], &root);
    assert_eq!(before.status.code(), Some(0), "{}", text(&before.stderr));
    assert!(
        text(&before.stdout).contains("valid (no generated outputs beside it"),
        "{}",
        text(&before.stdout)
    );
    assert_eq!(text(&before.stderr), "");

    let generate = run(&["generate"], &root);
    assert_eq!(
        generate.status.code(),
        Some(0),
        "{}",
        text(&generate.stderr)
    );
    let page = std::fs::read_to_string(root.join("docs/error-codes.md")).unwrap();
    assert!(page.contains("`widget_locked`"));

    let after = run(&["check"], &root);
    assert_eq!(after.status.code(), Some(0), "{}", text(&after.stderr));
}

#[test]
fn docs_and_rust_print_what_the_emitters_produce() {
    let project =
        error_codes_codegen::Project::for_registry(workspace().join("registry/error-codes.yaml"))
            .unwrap();
    let registry = project.load().unwrap();
    let docs = run(&["docs"], &workspace());
    assert_eq!(docs.status.code(), Some(0));
    let page = text(&docs.stdout);
    // The committed page is the printed one under its provenance comment.
    let committed = project
        .outputs(&registry)
        .unwrap()
        .into_iter()
        .find(|o| o.path == project.config().docs_page)
        .expect("the docs page is an output");
    let preamble = committed
        .contents
        .strip_suffix(page.as_str())
        .unwrap_or_else(|| panic!("`docs` prints the committed page:\n{page}"));
    assert!(
        preamble.lines().all(|l| l.starts_with("<!--")),
        "{preamble}"
    );

    let rust = run(&["rust"], &workspace());
    assert_eq!(rust.status.code(), Some(0));
    let source = text(&rust.stdout);
    let built = project.build_outputs(&registry).unwrap();
    assert!(
        built
            .iter()
            .any(|o| o.path.ends_with(".rs") && o.contents == source),
        "`rust` prints the crate's generated source"
    );
    syn::parse_file(&source).expect("printed Rust parses");
}

#[test]
fn the_registry_guide_shows_the_current_help() {
    let help = run(&["help"], &workspace());
    assert_eq!(help.status.code(), Some(0));
    let guide = std::fs::read_to_string(workspace().join("docs/guides/registry.md")).unwrap();
    assert!(
        guide.contains(&text(&help.stdout)),
        "docs/guides/registry.md's command list differs from `error-codes help`; paste the new output into it"
    );
}

#[test]
fn a_registry_folder_of_any_name_keeps_its_lock_beside_it() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-reg-folder");
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("reg")).unwrap();
    std::fs::copy(
        workspace().join("codegen/tests/fixtures/small.yaml"),
        root.join("reg/error-codes.yaml"),
    )
    .unwrap();

    let generate = run(&["generate", "reg/error-codes.yaml"], &root);
    assert_eq!(
        generate.status.code(),
        Some(0),
        "{}",
        text(&generate.stderr)
    );
    let summary = text(&generate.stdout);
    let prefix = summary_of("reg/error-codes.yaml", &root);
    assert!(summary.starts_with(&prefix), "{summary}");
    let (wrote, of) = summary[prefix.len()..]
        .lines()
        .next()
        .unwrap_or_default()
        .strip_prefix("wrote ")
        .and_then(|rest| rest.strip_suffix(" outputs"))
        .and_then(|rest| rest.split_once(" of "))
        .unwrap_or_else(|| panic!("{summary}"));
    assert_eq!(wrote, of, "a fresh folder gets every output: {summary}");

    assert!(root.join("reg/error-codes.lock").is_file());
    assert!(
        !root.join("registry").exists(),
        "nothing is written to registry/"
    );
    for output in [
        "docs/error-codes.md",
        "reg/error-codes.lock",
        "clients/typescript/src/codes.ts",
    ] {
        let head: String = std::fs::read_to_string(root.join(output))
            .unwrap()
            .lines()
            .take(3)
            .collect();
        assert!(
            head.contains("from reg/error-codes.yaml")
                && head.contains("-- generate reg/error-codes.yaml"),
            "{output}: the provenance names the registry used: {head}"
        );
    }

    // The packages' manifests are created once, at 0.1.0, and their
    // versions are the maintainers' from then on.
    let manifests = [
        ("clients/typescript/package.json", "\"version\": \"0.1.0\""),
        (
            "clients/typescript/package-lock.json",
            "\"version\": \"0.1.0\"",
        ),
        ("clients/python/pyproject.toml", "version = \"0.1.0\""),
    ];
    for (manifest, initial) in manifests {
        assert!(
            summary.contains(&format!("created {manifest}\n")),
            "{summary}"
        );
        let path = root.join(manifest);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(initial), "{manifest}: {text}");
        std::fs::write(
            &path,
            text.replace(initial, &initial.replace("0.1.0", "2.3.4")),
        )
        .unwrap();
    }

    let again = run(&["generate", "reg/error-codes.yaml"], &root);
    assert!(text(&again.stdout).contains(&format!("wrote 0 of {of} outputs")));
    assert!(
        !text(&again.stdout).contains("created"),
        "{}",
        text(&again.stdout)
    );
    for (manifest, initial) in manifests {
        let text = std::fs::read_to_string(root.join(manifest)).unwrap();
        assert!(
            text.contains(&initial.replace("0.1.0", "2.3.4")),
            "generate changed {manifest}'s version: {text}"
        );
    }
    let check = run(&["check", "reg/error-codes.yaml"], &root);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
}

/// A registry named `../x/scratch.yaml` or by its absolute path is reported
/// under that name, which opens from where the command ran.
#[test]
fn problems_name_the_registry_as_the_user_typed_it() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-typed-paths");
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("x")).unwrap();
    std::fs::create_dir_all(root.join("y")).unwrap();
    let bad = std::fs::read_to_string(workspace().join("codegen/tests/fixtures/small.yaml"))
        .unwrap()
        .replace("status: 404", "status: 200");
    std::fs::write(root.join("x/scratch.yaml"), bad).unwrap();
    let absolute = root.join("x/scratch.yaml");
    for typed in ["../x/scratch.yaml", absolute.to_str().unwrap()] {
        let out = run(&["check", typed], &root.join("y"));
        assert_eq!(out.status.code(), Some(1));
        let err = text(&out.stderr);
        assert!(err.contains(&format!("{typed}:")), "{typed}: {err}");
        let shown = err
            .lines()
            .find_map(|l| l.trim_start().strip_prefix("--> "))
            .or_else(|| err.lines().find(|l| l.contains(typed)))
            .unwrap_or_default()
            .to_owned();
        assert!(shown.contains(typed), "{shown}");
        assert!(
            root.join("y").join(typed).is_file(),
            "{typed} opens from y/"
        );
    }
}

/// One code in one category is said so.
#[test]
fn counts_are_singular_for_one() {
    let small =
        std::fs::read_to_string(workspace().join("codegen/tests/fixtures/small.yaml")).unwrap();
    // The fixture's first category and its first code.
    let registry = error_codes_codegen::Registry::parse("small.yaml", &small).unwrap();
    let (category, code) = registry.codes().next().unwrap();
    let one = format!(
        "page:\n  title: One\ncategories:\n  - title: {:?}\n    codes:\n      - code: {}\n        status: {}\n",
        category.title, code.code, code.status
    );
    let root = scratch("cli-one-code", &one);
    let out = run(&["check", "registry/error-codes.yaml"], &root);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("registry/error-codes.yaml: 1 code in 1 category;"),
        "{stdout}"
    );
}

/// `init` reports a registry problem exactly as `check` does: located, with
/// its snippet and its `did you mean`, and makes nothing.
#[test]
fn init_reports_a_registry_problem_as_check_does() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-init-problem");
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("reg")).unwrap();
    let small =
        std::fs::read_to_string(workspace().join("codegen/tests/fixtures/small.yaml")).unwrap();
    let typo = small.replacen("status:", "statsu:", 1);
    assert_ne!(typo, small, "the fixture has a status");
    std::fs::write(root.join("reg/errors.yaml"), typo).unwrap();
    let check = run(&["check", "reg/errors.yaml"], &root);
    let init = run(
        &[
            "init",
            "made",
            "--crate",
            "made",
            "--registry",
            "reg/errors.yaml",
        ],
        &root,
    );
    assert_eq!(check.status.code(), Some(1));
    assert_eq!(init.status.code(), Some(1));
    let (check, init) = (text(&check.stderr), text(&init.stderr));
    assert!(
        check.contains("reg/errors.yaml:") && check.contains("did you mean"),
        "{check}"
    );
    assert_eq!(init, check, "init and check report alike");
    assert!(!root.join("made").exists(), "nothing is made");
}

/// `init` reads the registry as every command does: bytes that are not
/// UTF-8 are a located problem in the file given, and nothing is made.
#[test]
fn init_locates_bytes_that_are_not_utf8() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-init-not-utf8");
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("reg")).unwrap();
    let mut bytes = std::fs::read(workspace().join("codegen/tests/fixtures/small.yaml")).unwrap();
    bytes.extend_from_slice(b"# caf\xe9\n");
    std::fs::write(root.join("reg/errors.yaml"), &bytes).unwrap();
    let init = run(
        &[
            "init",
            "made",
            "--crate",
            "made",
            "--registry",
            "reg/errors.yaml",
        ],
        &root,
    );
    assert_eq!(init.status.code(), Some(1));
    let err = text(&init.stderr);
    let lines = bytes.iter().filter(|&&b| b == b'\n').count();
    assert!(
        err.contains(&format!("reg/errors.yaml:{lines}:")),
        "located at the last line: {err}"
    );
    assert!(!root.join("made").exists(), "nothing is made");
}
