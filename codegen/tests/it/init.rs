//! `init` from the command line: the project it makes is found, with its
//! registry and configuration, from any folder inside it; its printed
//! commands are its configuration's; a registry edit followed by the printed
//! regenerate command updates every output. (Building the made crate and
//! serving with it is `tests/tests/it/init_project.rs`, tier 2.)

use std::path::{Path, PathBuf};

use crate::common::{parse_rust, run, text, workspace};
use error_codes_codegen::{Config, Project, Registry};

fn made(name: &str, args: &[&str]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("init")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.parent().unwrap()).unwrap();
    let mut all = vec!["init", dir.to_str().unwrap(), "--crate", name];
    all.extend_from_slice(args);
    let out = run(&all, &workspace());
    assert!(out.status.success(), "{}", text(&out.stderr));
    dir
}

#[test]
fn the_made_project_is_found_from_any_folder_inside_it() {
    let dir = made("widgets-api", &["--runtime-version", "0.1"]);
    let config = Config::read(&dir.join(Config::FILE)).unwrap();
    assert_eq!(config.crate_name, "widgets-api");
    assert_eq!(config.python_module, "widgets_api");
    let inside = dir.join(&config.crate_dir).join("src");
    let check = run(&["check"], &inside);
    assert!(check.status.success(), "{}", text(&check.stderr));
    // The registry is named as it opens from where `check` ran: two
    // folders up.
    assert!(
        text(&check.stdout).starts_with(&format!("../../{}: ", config.registry)),
        "{}",
        text(&check.stdout)
    );
    // Every output is there, and nothing is stale.
    let project = Project::from_config_file(dir.join(Config::FILE)).unwrap();
    let registry = project.load().unwrap();
    assert_eq!(project.check(&registry).unwrap(), []);
    // The manifests depend on the published crates.
    let manifest = std::fs::read_to_string(dir.join(&config.crate_dir).join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains("error-codes-runtime = { version = \"0.1\""),
        "{manifest}"
    );
}

#[test]
fn the_registry_is_copied_byte_for_byte_and_an_edit_regenerates_everything() {
    let source = workspace().join("codegen/tests/fixtures/small.yaml");
    let mut bytes = std::fs::read(&source).unwrap();
    // CRLF line endings and all: a copy, not a re-emission.
    bytes = String::from_utf8(bytes)
        .unwrap()
        .replace('\n', "\r\n")
        .into_bytes();
    let registry = Path::new(env!("CARGO_TARGET_TMPDIR")).join("init-crlf.yaml");
    std::fs::write(&registry, &bytes).unwrap();
    let dir = made("crlf-api", &["--registry", registry.to_str().unwrap()]);
    let config = Config::read(&dir.join(Config::FILE)).unwrap();
    assert_eq!(std::fs::read(dir.join(&config.registry)).unwrap(), bytes);
    // The printed commands: the configuration's regenerate command, and build.
    let again = dir.parent().unwrap().join("again-api");
    let _ = std::fs::remove_dir_all(&again);
    let printed = run(
        &["init", again.to_str().unwrap(), "--crate", "again-api"],
        &workspace(),
    );
    let printed = text(&printed.stdout);
    let command = Config::read(&again.join(Config::FILE)).unwrap().command;
    assert!(
        printed.contains(&format!("{command} generate")),
        "{printed}"
    );
    assert!(printed.contains("then: cargo build"), "{printed}");
    // An edit, then `generate` from a folder inside the project.
    let path = dir.join(&config.registry);
    let mut edited = std::fs::read_to_string(&path).unwrap();
    edited.push_str(
        "  - title: Added later\r\n    codes:\r\n      - {code: added_later, status: 409}\r\n",
    );
    std::fs::write(&path, edited).unwrap();
    let stale = run(&["check"], &dir.join("docs"));
    assert_eq!(stale.status.code(), Some(1), "{}", text(&stale.stderr));
    let generate = run(&["generate"], &dir.join("docs"));
    assert!(generate.status.success(), "{}", text(&generate.stderr));
    let python = std::fs::read_to_string(
        dir.join(&config.python_dir)
            .join("src")
            .join(&config.python_module)
            .join("_registry.py"),
    )
    .unwrap();
    assert!(python.contains("added_later"));
    let rust = std::fs::read_to_string(
        dir.join(&config.crate_dir)
            .join("src/generated/error_codes.rs"),
    )
    .unwrap();
    // The code enum has the added code's variant, named as the registry
    // names it.
    let added = Registry::load(&path).unwrap();
    let (_, added) = added.code("added_later").unwrap();
    let variants: Vec<String> = parse_rust(&rust)
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Enum(item) if item.ident == config.code_enum => Some(item),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no enum {}:\n{rust}", config.code_enum))
        .variants
        .iter()
        .map(|variant| variant.ident.to_string())
        .collect();
    assert!(variants.contains(&added.rust_name), "{variants:?}");
    let check = run(&["check"], &dir);
    assert!(check.status.success(), "{}", text(&check.stderr));
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let dir = made("busy-api", &["--runtime-version", "0.1"]);
    let again = run(
        &[
            "init",
            dir.to_str().unwrap(),
            "--crate",
            "busy-api",
            "--runtime-version",
            "0.1",
        ],
        &workspace(),
    );
    assert_eq!(again.status.code(), Some(1));
    assert!(
        text(&again.stderr).contains("not empty"),
        "{}",
        text(&again.stderr)
    );
}

/// A registry `init` cannot take is reported in the file the user gave
/// (line and column there), and nothing is made.
#[test]
fn an_invalid_registry_is_reported_in_the_given_file_and_nothing_is_made() {
    let small =
        std::fs::read_to_string(workspace().join("codegen/tests/fixtures/small.yaml")).unwrap();
    let registry = Registry::parse("small.yaml", &small).unwrap();
    let (_, first) = registry.codes().next().unwrap();
    // The first code's status, made out of range where it is written.
    let broken = small.replacen(&format!("status: {}", first.status), "status: 99", 1);
    let line = broken
        .lines()
        .position(|l| l.contains("status: 99"))
        .unwrap()
        + 1;
    let given = Path::new(env!("CARGO_TARGET_TMPDIR")).join("init-invalid-given.yaml");
    std::fs::write(&given, &broken).unwrap();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("init")
        .join("invalid-api");
    let _ = std::fs::remove_dir_all(&dir);
    let out = run(
        &[
            "init",
            dir.to_str().unwrap(),
            "--crate",
            "invalid-api",
            "--registry",
            given.to_str().unwrap(),
            "--runtime-version",
            "0.1",
        ],
        &workspace(),
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let at = format!("{}:{line}:", given.display());
    assert!(stderr.contains(&at), "not reported at {at}:\n{stderr}");
    assert!(!stderr.contains("registry/error-codes.yaml"), "{stderr}");
    assert!(!dir.exists(), "a failed init made {}", dir.display());
}

/// `init` in a folder inside a Cargo workspace adds the crate to that
/// workspace instead of making a second one.
#[test]
fn init_inside_a_workspace_joins_it() {
    let workspace_root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("init-joins");
    let _ = std::fs::remove_dir_all(&workspace_root);
    std::fs::create_dir_all(&workspace_root).unwrap();
    let manifest = "[workspace]\nresolver = \"3\"\nmembers = [\n    \"app\",\n]\n";
    std::fs::write(workspace_root.join("Cargo.toml"), manifest).unwrap();
    let dir = workspace_root.join("errors");
    let out = run(
        &[
            "init",
            dir.to_str().unwrap(),
            "--crate",
            "shop-errors",
            "--runtime-version",
            "0.1",
        ],
        &workspace(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let config = Config::read(&dir.join(Config::FILE)).unwrap();
    assert!(
        !dir.join("Cargo.toml").exists(),
        "a second workspace was made"
    );
    let joined = std::fs::read_to_string(workspace_root.join("Cargo.toml")).unwrap();
    let member = format!("\"errors/{}\",", config.crate_dir);
    assert!(joined.contains(&member), "{joined}");
    assert!(joined.starts_with("[workspace]\nresolver = \"3\"\nmembers = [\n    \"app\",\n"));
    assert!(dir.join(&config.crate_dir).join("Cargo.toml").is_file());
}

/// `init` reports a registry problem exactly as `check` does (one
/// renderer): located, with its snippet and its help line, here the
/// spelling a PascalCase registry wants of a snake_case code.
#[test]
fn init_shows_a_registry_problem_as_check_does() {
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("init-problem");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).unwrap();
    let fixture =
        std::fs::read_to_string(workspace().join("tests/fixtures/layouts/azure.yaml")).unwrap();
    assert!(fixture.contains("code_style: PascalCase"));
    // A code of the fixture respelt in snake_case, everywhere it is named.
    let code = Registry::load(workspace().join("tests/fixtures/layouts/azure.yaml"))
        .unwrap()
        .codes()
        .map(|(_, c)| c.code.clone())
        .find(|c| c.chars().filter(char::is_ascii_uppercase).count() > 1)
        .unwrap();
    let snake = code
        .chars()
        .enumerate()
        .flat_map(|(i, c)| {
            let sep = (i > 0 && c.is_ascii_uppercase()).then_some('_');
            sep.into_iter()
                .chain(std::iter::once(c.to_ascii_lowercase()))
        })
        .collect::<String>();
    std::fs::write(
        scratch.join("errors.yaml"),
        fixture.replace(&format!(": {code}\n"), &format!(": {snake}\n")),
    )
    .unwrap();
    let init = run(
        &[
            "init",
            "made",
            "--crate",
            "made",
            "--registry",
            "errors.yaml",
            "--runtime-version",
            "0.1",
        ],
        &scratch,
    );
    assert!(!init.status.success());
    assert!(!scratch.join("made").join(Config::FILE).exists());
    let check = run(&["check", "errors.yaml"], &scratch);
    assert!(!check.status.success());
    let shown = text(&init.stderr);
    assert_eq!(shown, text(&check.stderr));
    assert!(
        shown.contains(&format!("did you mean {code:?}?")),
        "{shown}"
    );
    assert!(shown.contains("errors.yaml:"), "{shown}");
}
