//! `error-codes diff`: each row of the guide's table driven through a real
//! edit of a copy of the committed registry, the output formats, the exit
//! statuses, `--against` in a git repository and `--check-versions`.
//!
//! Registries are edited by structure: the committed YAML is read into a
//! value, edited, and written back as JSON (which is YAML), so no layout of
//! the registry's text matters. Codes, headers and categories are picked
//! from the registry itself; locations are checked against the loader's.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{text, workspace};
use error_codes_codegen::{Bump, Change, Date, DetailsShape, Registry, Retry};
use serde_json::{Value, json};

/// A fixed "today": the tests never read the clock.
const TODAY: &str = "2030-01-15";

fn base() -> Value {
    let yaml = std::fs::read_to_string(workspace().join("registry/error-codes.yaml")).unwrap();
    serde_saphyr::from_str(&yaml).unwrap()
}

fn as_text(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap()
}

fn model(v: &Value) -> Registry {
    Registry::parse("r.yaml", &as_text(v))
        .unwrap_or_else(|d| panic!("the edited registry is invalid: {d}"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("diff")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn bin(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_error-codes"))
        .args(args)
        .current_dir(dir)
        .env(Date::TODAY_VAR, TODAY)
        .env_remove("GITHUB_ACTIONS")
        .output()
        .unwrap()
}

/// Writes OLD and NEW and runs `diff OLD NEW` with `extra` arguments.
fn run_diff(case: &str, old: &Value, new: &Value, extra: &[&str]) -> (Output, PathBuf, PathBuf) {
    let dir = scratch(case);
    let (o, n) = (dir.join("old.yaml"), dir.join("new.yaml"));
    std::fs::write(&o, as_text(old)).unwrap();
    std::fs::write(&n, as_text(new)).unwrap();
    let mut args = vec!["diff", o.to_str().unwrap(), n.to_str().unwrap()];
    args.extend_from_slice(extra);
    (bin(&args, &dir), o, n)
}

fn json_of(out: &Output) -> Value {
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON document ({e}): {}",
            text(&out.stdout)
        )
    })
}

/// What a change concerns, as the JSON names it.
#[derive(Debug, Clone)]
enum On {
    Code(String),
    Header(String),
    Category(String),
    Page,
}

impl On {
    fn matches(&self, change: &Value) -> bool {
        let field = |k: &str| change.get(k).and_then(Value::as_str);
        match self {
            On::Code(c) => field("code") == Some(c),
            On::Header(h) => field("header") == Some(h),
            On::Category(c) => field("category") == Some(c),
            On::Page => field("code").is_none() && field("header").is_none(),
        }
    }

    /// The key a change of the subject points at.
    fn key(&self) -> &'static str {
        match self {
            On::Code(_) => "code",
            On::Header(_) => "name",
            On::Category(_) => "title",
            On::Page => "page",
        }
    }

    /// Where the loader says the subject is written in `registry`.
    fn location(&self, registry: &Registry) -> (u64, u64) {
        let l = match self {
            On::Code(c) => &registry.code(c).expect("code in registry").1.key_location,
            On::Header(h) => {
                &registry
                    .headers
                    .iter()
                    .find(|x| &x.name == h)
                    .expect("header in registry")
                    .location
            }
            On::Category(c) => {
                &registry
                    .categories
                    .iter()
                    .find(|x| &x.rust_name == c)
                    .expect("category in registry")
                    .location
            }
            On::Page => &registry.page.location,
        };
        (l.line, l.column)
    }
}

/// Runs `diff OLD NEW --format json` and checks that its changes are
/// exactly `expected` (kind, subject, bump, and the location of the
/// subject in NEW, or in OLD for a removal) and its overall bump `overall`.
fn check_rows(
    case: &str,
    old: &Value,
    new: &Value,
    expected: &[(&str, On, &str)],
    overall: &str,
) -> Value {
    let (out, old_path, new_path) = run_diff(case, old, new, &["--format", "json"]);
    let doc = json_of(&out);
    let changes = doc["changes"].as_array().unwrap();
    assert_eq!(
        changes.len(),
        expected.len(),
        "{case}: changes {}",
        as_text(&doc)
    );
    let (old_model, new_model) = (model(old), model(new));
    for (kind, on, bump) in expected {
        let change = changes
            .iter()
            .find(|c| c["kind"] == *kind && on.matches(c))
            .unwrap_or_else(|| panic!("{case}: no {kind} on {on:?} in {}", as_text(&doc)));
        assert_eq!(change["bump"], *bump, "{case}: {kind}");
        let (registry, file) = if change["side"] == "old" {
            (&old_model, &old_path)
        } else {
            (&new_model, &new_path)
        };
        assert_eq!(change["file"], file.to_str().unwrap(), "{case}: {kind}");
        let (line, column) = on.location(registry);
        assert_eq!(
            (change["line"].as_u64(), change["column"].as_u64()),
            (Some(line), Some(column)),
            "{case}: {kind} location"
        );
        // ...and that place is the entry's key (the files are JSON: quoted).
        let written = std::fs::read_to_string(file).unwrap();
        let at_line = written
            .lines()
            .nth(usize::try_from(line).unwrap() - 1)
            .unwrap();
        let from = at_line
            .char_indices()
            .nth(usize::try_from(column).unwrap() - 1)
            .map_or("", |(i, _)| &at_line[i..]);
        assert!(
            from.starts_with(&format!("\"{}\"", on.key())),
            "{case}: {kind} points at {from:?}"
        );
    }
    assert_eq!(doc["bump"], overall, "{case}");
    doc
}

/// Indexes of a code in the value: (category, code).
fn at(v: &Value, code: &str) -> (usize, usize) {
    for (ci, c) in v["categories"].as_array().unwrap().iter().enumerate() {
        for (ki, k) in c["codes"].as_array().unwrap().iter().enumerate() {
            if k["code"] == code {
                return (ci, ki);
            }
        }
    }
    panic!("no code {code}")
}

fn code_mut<'a>(v: &'a mut Value, code: &str) -> &'a mut Value {
    let (ci, ki) = at(v, code);
    &mut v["categories"][ci]["codes"][ki]
}

/// Codes that nothing else needs: not required by the runtime, not the
/// envelope example, not a deprecation's replacement, not deprecated, in a
/// category with other codes. Taken from the registry, never listed here.
fn free_codes(registry: &Registry) -> Vec<String> {
    let targets: Vec<&str> = registry
        .codes()
        .filter_map(|(_, c)| c.deprecated.as_ref()?.use_instead.as_deref())
        .collect();
    registry
        .codes()
        .filter(|(cat, c)| {
            cat.codes.len() > 1
                && c.deprecated.is_none()
                && !registry
                    .roles
                    .codes
                    .iter()
                    .any(|(_, played)| *played == c.code)
                && registry.page.envelope_example.code != c.code
                && !targets.contains(&c.code.as_str())
        })
        .map(|(_, c)| c.code.clone())
        .collect()
}

fn free_code() -> String {
    free_codes(&model(&base()))[0].clone()
}

/// A code name the registry does not have.
fn fresh_code(registry: &Registry, stem: &str) -> String {
    (0..)
        .map(|i| format!("{stem}_{i}"))
        .find(|c| registry.code(c).is_none())
        .unwrap()
}

/// Another valid error status than `status`.
fn other_status(status: u16) -> u16 {
    if status == 409 { 410 } else { 409 }
}

fn code_of(v: &Value, code: &str) -> On {
    let _ = at(v, code);
    On::Code(code.to_string())
}

#[test]
fn a_registry_compared_with_itself_has_no_changes() {
    let b = base();
    let doc = check_rows("same", &b, &b, &[], "none");
    assert_eq!(doc["changes"], json!([]));
}

#[test]
fn additions_are_minor() {
    let b = base();
    let registry = model(&b);
    // code added
    let mut new = b.clone();
    let added = fresh_code(&registry, "diff_added");
    new["categories"][0]["codes"]
        .as_array_mut()
        .unwrap()
        .push(json!({"code": added, "status": 400, "meaning": "Added by a test"}));
    check_rows(
        "code_added",
        &b,
        &new,
        &[("code_added", On::Code(added.clone()), "minor")],
        "minor",
    );

    // category added: the category and each of its codes
    let mut new = b.clone();
    let (first, second) = (
        fresh_code(&registry, "diff_cat_a"),
        fresh_code(&registry, "diff_cat_b"),
    );
    new["categories"].as_array_mut().unwrap().push(json!({
        "title": "Diff Test Category",
        "name": "DiffTestCategory",
        "codes": [{"code": first, "status": 418}, {"code": second, "status": 422}],
    }));
    check_rows(
        "category_added",
        &b,
        &new,
        &[
            (
                "category_added",
                On::Category("DiffTestCategory".into()),
                "minor",
            ),
            ("code_added", On::Code(first), "minor"),
            ("code_added", On::Code(second), "minor"),
        ],
        "minor",
    );

    // header added
    let mut new = b.clone();
    new["headers"]
        .as_array_mut()
        .unwrap()
        .push(json!({"name": "X-Diff-Test", "when": "always"}));
    check_rows(
        "header_added",
        &b,
        &new,
        &[("header_added", On::Header("X-Diff-Test".into()), "minor")],
        "minor",
    );
}

#[test]
fn a_deprecation_is_minor_and_its_note_a_patch() {
    let b = base();
    let code = free_code();
    let mut new = b.clone();
    code_mut(&mut new, &code)["deprecated"] = json!({"since": "9.9", "note": "first"});
    check_rows(
        "code_deprecated",
        &b,
        &new,
        &[("code_deprecated", code_of(&b, &code), "minor")],
        "minor",
    );
    let mut newer = new.clone();
    code_mut(&mut newer, &code)["deprecated"]["note"] = json!("second");
    check_rows(
        "deprecation_note",
        &new,
        &newer,
        &[("deprecation_changed", code_of(&b, &code), "patch")],
        "patch",
    );
}

/// A code whose effective retry advice is `never` and whose category's is
/// too, so that the edits below decide the advice alone.
fn code_with_retry_never(registry: &Registry) -> String {
    let free = free_codes(registry);
    registry
        .codes()
        .find(|(_, c)| c.retry == Retry::Never && free.contains(&c.code))
        .map(|(_, c)| c.code.clone())
        .expect("a code that is never retried")
}

#[test]
fn retry_advice_is_compared_as_each_codes_effective_advice() {
    let b = base();
    let code = code_with_retry_never(&model(&b));
    let on = || code_of(&b, &code);
    let with = |retry: Option<Retry>| {
        let mut v = b.clone();
        match retry {
            Some(r) => code_mut(&mut v, &code)["retry"] = json!(r.as_str()),
            None => {
                code_mut(&mut v, &code)
                    .as_object_mut()
                    .unwrap()
                    .remove("retry");
            }
        }
        v
    };
    for relaxed in [Retry::AfterDelay, Retry::AfterReread] {
        check_rows(
            "retry_relaxed",
            &with(None),
            &with(Some(relaxed)),
            &[("retry_relaxed", on(), "minor")],
            "minor",
        );
    }
    // Removed: the code's own advice goes, its category's (never) applies.
    check_rows(
        "retry_removed",
        &with(Some(Retry::AfterDelay)),
        &with(None),
        &[("retry_changed", on(), "major")],
        "major",
    );
    check_rows(
        "retry_changed",
        &with(Some(Retry::AfterDelay)),
        &with(Some(Retry::AfterReread)),
        &[("retry_changed", on(), "major")],
        "major",
    );
    // Written out but the same effective advice: no change.
    check_rows(
        "retry_same",
        &with(None),
        &with(Some(Retry::Never)),
        &[],
        "none",
    );
}

#[test]
fn gaining_details_is_minor_and_losing_them_major() {
    let b = base();
    let registry = model(&b);
    let code = registry
        .codes()
        .find(|(_, c)| c.details.is_none() && free_codes(&registry).contains(&c.code))
        .map(|(_, c)| c.code.clone())
        .unwrap();
    let mut with = b.clone();
    code_mut(&mut with, &code)["details"] = json!(DetailsShape::ALL[0].as_str());
    check_rows(
        "details_added",
        &b,
        &with,
        &[("details_added", code_of(&b, &code), "minor")],
        "minor",
    );
    check_rows(
        "details_removed",
        &with,
        &b,
        &[("details_removed", code_of(&b, &code), "major")],
        "major",
    );
}

#[test]
fn breaking_code_changes_are_major() {
    let b = base();
    let registry = model(&b);
    let code = free_code();

    // removed: located in OLD
    let mut new = b.clone();
    let (ci, ki) = at(&new, &code);
    new["categories"][ci]["codes"]
        .as_array_mut()
        .unwrap()
        .remove(ki);
    let doc = check_rows(
        "code_removed",
        &b,
        &new,
        &[("code_removed", code_of(&b, &code), "major")],
        "major",
    );
    assert_eq!(doc["changes"][0]["side"], "old");

    // renamed: a removal plus an addition, noted as a likely rename
    let mut new = b.clone();
    let renamed = format!("{code}x");
    code_mut(&mut new, &code)["code"] = json!(renamed);
    let doc = check_rows(
        "code_renamed",
        &b,
        &new,
        &[
            ("code_removed", code_of(&b, &code), "major"),
            ("code_added", On::Code(renamed.clone()), "minor"),
        ],
        "major",
    );
    let removal = doc["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "code_removed")
        .unwrap();
    assert!(
        removal["message"].as_str().unwrap().contains(&renamed),
        "{removal}"
    );

    // status changed
    let mut new = b.clone();
    let status = registry.code(&code).unwrap().1.status;
    code_mut(&mut new, &code)["status"] = json!(other_status(status));
    check_rows(
        "status_changed",
        &b,
        &new,
        &[("status_changed", code_of(&b, &code), "major")],
        "major",
    );

    // moved to another category
    let mut new = b.clone();
    let (ci, ki) = at(&new, &code);
    let moved = new["categories"][ci]["codes"]
        .as_array_mut()
        .unwrap()
        .remove(ki);
    let target = (ci + 1) % registry.categories.len();
    new["categories"][target]["codes"]
        .as_array_mut()
        .unwrap()
        .push(moved);
    check_rows(
        "code_moved",
        &b,
        &new,
        &[("code_moved", code_of(&b, &code), "major")],
        "major",
    );
}

#[test]
fn category_renames_and_removals_are_major_and_a_new_title_alone_a_patch() {
    let b = base();
    let registry = model(&b);
    let category = &registry.categories[0];

    // Title changed, Rust name kept (written out): a patch.
    let mut new = b.clone();
    new["categories"][0]["name"] = json!(category.rust_name);
    new["categories"][0]["title"] = json!(format!("{} (renamed)", category.title));
    check_rows(
        "category_title",
        &b,
        &new,
        &[(
            "category_title_changed",
            On::Category(category.rust_name.clone()),
            "patch",
        )],
        "patch",
    );

    // Rust name changed: a rename, its codes follow it.
    let mut new = b.clone();
    new["categories"][0]["name"] = json!("DiffRenamedCategory");
    check_rows(
        "category_renamed",
        &b,
        &new,
        &[(
            "category_renamed",
            On::Category("DiffRenamedCategory".into()),
            "major",
        )],
        "major",
    );

    // A title changed without `name:`: the derived Rust name changes too,
    // which is a rename.
    // (The value's categories are the model's, in order: the registry is valid.)
    let unnamed = (0..registry.categories.len())
        .find(|&i| b["categories"][i].get("name").is_none())
        .expect("a category whose Rust name comes from its title");
    let mut new = b.clone();
    new["categories"][unnamed]["title"] = json!("Diff Retitled");
    let renamed_to = model(&new).categories[unnamed].rust_name.clone();
    assert_ne!(renamed_to, registry.categories[unnamed].rust_name);
    check_rows(
        "category_retitled",
        &b,
        &new,
        &[("category_renamed", On::Category(renamed_to), "major")],
        "major",
    );

    // Removed: a category none of whose codes anything needs, with its codes.
    let free = free_codes(&registry);
    let (index, gone) = registry
        .categories
        .iter()
        .enumerate()
        .find(|(_, c)| c.codes.iter().all(|code| free.contains(&code.code)))
        .expect("a category nothing depends on");
    let mut new = b.clone();
    new["categories"].as_array_mut().unwrap().remove(index);
    let mut expected = vec![(
        "category_removed",
        On::Category(gone.rust_name.clone()),
        "major",
    )];
    expected.extend(
        gone.codes
            .iter()
            .map(|c| ("code_removed", On::Code(c.code.clone()), "major")),
    );
    check_rows("category_removed", &b, &new, &expected, "major");
}

#[test]
fn a_role_reassigned_is_major() {
    let b = base();
    let registry = model(&b);
    let (role, _) = registry
        .roles
        .codes
        .first()
        .cloned()
        .expect("the registry plays a role");
    let free = free_code();
    let mut new = b.clone();
    new["roles"] = json!({ role.as_str(): free });
    check_rows(
        "role_reassigned",
        &b,
        &new,
        &[("role_reassigned", code_of(&new, &free), "major")],
        "major",
    );

    // Another header carries the request id.
    let mut b = base();
    b["headers"].as_array_mut().unwrap().push(json!({
        "name": "X-Diff-Trace", "when": "always"
    }));
    let mut new = b.clone();
    new["roles"] = json!({ "request_id_header": "X-Diff-Trace" });
    check_rows(
        "request_id_header_reassigned",
        &b,
        &new,
        &[(
            "role_reassigned",
            On::Header("X-Diff-Trace".into()),
            "major",
        )],
        "major",
    );
}

#[test]
fn the_envelope_shape_changed_is_major() {
    let b = base();
    let mut new = b.clone();
    new["envelope"] = json!("rfc9457");
    check_rows(
        "envelope_changed",
        &b,
        &new,
        &[("envelope_changed", On::Page, "major")],
        "major",
    );
}

#[test]
fn switching_to_or_from_googles_body_is_major() {
    // The Google body fixture (`envelope: google`, with `grpc:`).
    let yaml = std::fs::read_to_string(workspace().join("tests/fixtures/layouts/google-rpc.yaml"))
        .unwrap();
    let google: Value = serde_saphyr::from_str(&yaml).unwrap();
    for other in ["nested", "rfc9457", "google-rpc-status"] {
        let mut new = google.clone();
        new["envelope"] = json!(other);
        for (case, old, new) in [("to", &google, &new), ("from", &new, &google)] {
            check_rows(
                &format!("google_{case}_{other}"),
                old,
                new,
                &[("envelope_changed", On::Page, "major")],
                "major",
            );
        }
    }
}

#[test]
fn header_removals_and_changes_are_major_and_descriptions_a_patch() {
    // A header of the test's own in both registries: the runtime needs the
    // registry's.
    let mut b = base();
    b["headers"].as_array_mut().unwrap().push(json!({
        "name": "X-Diff-Test", "when": "always", "format": "text", "description": "one"
    }));
    let on = || On::Header("X-Diff-Test".into());
    let last = b["headers"].as_array().unwrap().len() - 1;

    let mut new = b.clone();
    new["headers"].as_array_mut().unwrap().remove(last);
    check_rows(
        "header_removed",
        &b,
        &new,
        &[("header_removed", on(), "major")],
        "major",
    );

    for (field, value) in [("when", json!(503)), ("format", json!("integer"))] {
        let mut new = b.clone();
        new["headers"][last][field] = value;
        check_rows(
            "header_changed",
            &b,
            &new,
            &[("header_changed", on(), "major")],
            "major",
        );
    }

    let mut new = b.clone();
    new["headers"][last]["description"] = json!("two");
    check_rows(
        "header_described",
        &b,
        &new,
        &[("header_described", on(), "patch")],
        "patch",
    );
}

#[test]
fn wording_and_page_text_are_patches() {
    let b = base();
    let code = free_code();
    let mut new = b.clone();
    code_mut(&mut new, &code)["meaning"] = json!("Reworded by a test");
    check_rows(
        "meaning",
        &b,
        &new,
        &[("meaning_changed", code_of(&b, &code), "patch")],
        "patch",
    );

    for field in ["title", "intro", "related"] {
        let mut new = b.clone();
        new["page"][field] = match field {
            "title" => json!("Another title"),
            "intro" => json!(["Another intro."]),
            _ => json!([{"title": "Elsewhere", "url": "https://example.com/x"}]),
        };
        check_rows(
            "page",
            &b,
            &new,
            &[("page_changed", On::Page, "patch")],
            "patch",
        );
    }
}

#[test]
fn the_overall_bump_is_the_largest() {
    let b = base();
    let registry = model(&b);
    let code = free_code();
    let added = fresh_code(&registry, "diff_combo");
    let mut new = b.clone();
    code_mut(&mut new, &code)["meaning"] = json!("Reworded");
    new["categories"][0]["codes"]
        .as_array_mut()
        .unwrap()
        .push(json!({"code": added, "status": 400}));
    check_rows(
        "combo_minor",
        &b,
        &new,
        &[
            ("meaning_changed", code_of(&b, &code), "patch"),
            ("code_added", On::Code(added.clone()), "minor"),
        ],
        "minor",
    );
    let status = registry.code(&code).unwrap().1.status;
    code_mut(&mut new, &code)["status"] = json!(other_status(status));
    check_rows(
        "combo_major",
        &b,
        &new,
        &[
            ("meaning_changed", code_of(&b, &code), "patch"),
            ("code_added", On::Code(added), "minor"),
            ("status_changed", code_of(&b, &code), "major"),
        ],
        "major",
    );
}

#[test]
fn removing_a_code_before_its_sunset_breaks_a_promise() {
    let b = base();
    let code = free_code();
    let today = Date::parse(TODAY).unwrap();
    let removed = |sunset: &str| {
        let mut old = b.clone();
        code_mut(&mut old, &code)["deprecated"] = json!({"since": "1.0", "sunset": sunset});
        let mut new = b.clone();
        let (ci, ki) = at(&new, &code);
        new["categories"][ci]["codes"]
            .as_array_mut()
            .unwrap()
            .remove(ki);
        let doc = check_rows(
            "sunset",
            &old,
            &new,
            &[("code_removed", code_of(&b, &code), "major")],
            "major",
        );
        doc["changes"][0]["message"].as_str().unwrap().to_string()
    };
    let later = "2031-01-01";
    assert!(Date::parse(later).unwrap() > today);
    let early = removed(later);
    assert!(
        early.contains("before its sunset") && early.contains("promise"),
        "{early}"
    );
    let earlier = "2029-01-01";
    assert!(Date::parse(earlier).unwrap() < today);
    let late = removed(earlier);
    assert!(
        late.contains(earlier) && late.contains("passed") && !late.contains("promise"),
        "{late}"
    );
}

#[test]
fn an_invalid_sunset_is_a_located_diagnostic() {
    let mut b = base();
    let code = free_code();
    code_mut(&mut b, &code)["deprecated"] = json!({"since": "1.0", "sunset": "2027-02-30"});
    let err = Registry::parse("r.yaml", &as_text(&b)).unwrap_err();
    assert_eq!(err.len(), 1, "{err}");
    let d = &err.0[0];
    assert!(d.message().contains("sunset"), "{d}");
    let written = as_text(&b);
    let line = written
        .lines()
        .nth(usize::try_from(d.location().line).unwrap() - 1)
        .unwrap();
    assert!(line.contains("2027-02-30"), "{d} points at {line:?}");
}

#[test]
fn check_warns_on_a_passed_sunset_and_does_not_fail() {
    let b = base();
    let code = free_code();
    let with = |sunset: &str| {
        let mut v = b.clone();
        code_mut(&mut v, &code)["deprecated"] = json!({"since": "1.0", "sunset": sunset});
        model(&v)
    };
    let today = Date::parse(TODAY).unwrap();
    let warnings = with("2029-12-31").passed_sunsets(Path::new("r.yaml"), today);
    assert_eq!(warnings.len(), 1);
    assert_eq!(
        warnings[0].severity(),
        error_codes_codegen::Severity::Warning
    );
    assert!(warnings[0].message().contains(&code));
    assert!(
        with("2031-01-01")
            .passed_sunsets(Path::new("r.yaml"), today)
            .is_empty()
    );

    // The command: a copy of a small registry with a passed sunset checks clean, with a warning.
    let dir = scratch("check-sunset");
    std::fs::create_dir_all(dir.join("registry")).unwrap();
    let mut v = b.clone();
    code_mut(&mut v, &code)["deprecated"] = json!({"since": "1.0", "sunset": "2029-12-31"});
    let registry = dir.join("registry/error-codes.yaml");
    std::fs::write(&registry, as_text(&v)).unwrap();
    let generate = bin(&["generate", registry.to_str().unwrap()], &dir);
    assert_eq!(
        generate.status.code(),
        Some(0),
        "{}",
        text(&generate.stderr)
    );
    let check = bin(&["check", registry.to_str().unwrap()], &dir);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
    let stderr = text(&check.stderr);
    assert!(
        stderr.contains("warning") && stderr.contains(&code),
        "{stderr}"
    );
}

#[test]
fn fail_on_and_exit_statuses() {
    let b = base();
    let code = free_code();
    let mut patch = b.clone();
    code_mut(&mut patch, &code)["meaning"] = json!("Reworded");
    let mut major = b.clone();
    let status = model(&b).code(&code).unwrap().1.status;
    code_mut(&mut major, &code)["status"] = json!(other_status(status));
    let status_of = |new: &Value, args: &[&str]| run_diff("fail_on", &b, new, args).0.status.code();
    assert_eq!(status_of(&major, &[]), Some(0));
    assert_eq!(status_of(&major, &["--fail-on", "major"]), Some(1));
    assert_eq!(status_of(&major, &["--fail-on", "patch"]), Some(1));
    assert_eq!(status_of(&patch, &["--fail-on", "major"]), Some(0));
    assert_eq!(status_of(&patch, &["--fail-on", "minor"]), Some(0));
    assert_eq!(status_of(&patch, &["--fail-on", "patch"]), Some(1));
    assert_eq!(status_of(&b, &["--fail-on", "patch"]), Some(0));
    assert_eq!(status_of(&patch, &["--fail-on", "huge"]), Some(2));

    let dir = scratch("usage");
    // Usage errors do not depend on the date: run without one.
    let one = crate::common::run(&["diff", "only-one.yaml"], &dir);
    assert_eq!(one.status.code(), Some(2));
    let missing = bin(&["diff", "nope-old.yaml", "nope-new.yaml"], &dir);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("nope-old.yaml"));

    let mut invalid = b.clone();
    code_mut(&mut invalid, &code)["status"] = json!(200);
    let (out, old_path, _) = run_diff("invalid_old", &invalid, &b, &[]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("invalid") && stderr.contains(old_path.to_str().unwrap()),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn markdown_names_each_code_under_its_heading() {
    let b = base();
    let registry = model(&b);
    let free = free_codes(&registry);
    let (deprecated, removed) = (&free[0], &free[1]);
    let added = fresh_code(&registry, "diff_md");
    let mut new = b.clone();
    code_mut(&mut new, deprecated)["deprecated"] = json!({"since": "2.0"});
    let (ci, ki) = at(&new, removed);
    new["categories"][ci]["codes"]
        .as_array_mut()
        .unwrap()
        .remove(ki);
    new["categories"][0]["codes"]
        .as_array_mut()
        .unwrap()
        .push(json!({"code": added, "status": 400, "meaning": "Added *here*"}));
    let (out, _, _) = run_diff("markdown", &b, &new, &["--format", "markdown"]);
    assert_eq!(out.status.code(), Some(0));
    let md = text(&out.stdout);
    let section = |heading: &str| -> String {
        let start = md
            .find(&format!("### {heading}\n"))
            .unwrap_or_else(|| panic!("no {heading} in {md}"));
        let rest = &md[start + 4..];
        rest[..rest.find("\n### ").unwrap_or(rest.len())].to_string()
    };
    let name = |code: &str| format!("`{code}`");
    assert!(section("Added").contains(&name(&added)), "{md}");
    assert!(section("Added").contains("Added \\*here\\*"), "{md}");
    assert!(section("Deprecated").contains(&name(deprecated)), "{md}");
    let gone = registry.code(removed).unwrap().1;
    let removed_section = section("Removed");
    assert!(removed_section.contains(&name(removed)), "{md}");
    assert!(
        removed_section.contains(&gone.status.to_string()),
        "{removed_section}"
    );
    assert!(!section("Added").contains(&name(removed)));
    let order: Vec<usize> = ["Added", "Deprecated", "Removed"]
        .iter()
        .map(|h| md.find(&format!("### {h}")).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{md}");
}

#[test]
fn github_output_puts_each_change_on_its_line() {
    let b = base();
    let registry = model(&b);
    let code = free_code();
    let added = fresh_code(&registry, "diff_gh");
    let mut new = b.clone();
    let status = registry.code(&code).unwrap().1.status;
    code_mut(&mut new, &code)["status"] = json!(other_status(status));
    new["categories"][0]["codes"]
        .as_array_mut()
        .unwrap()
        .push(json!({"code": added, "status": 400}));
    new["page"]["title"] = json!("Another title");
    let (out, _, new_path) = run_diff("github", &b, &new, &["--format", "github"]);
    assert_eq!(out.status.code(), Some(0));
    let lines = text(&out.stdout);
    let n = model(&new);
    let expect = |command: &str, on: On| {
        let (line, col) = on.location(&n);
        let prefix = format!(
            "::{command} file={},line={line},col={col},",
            new_path.to_str().unwrap()
        );
        assert!(
            lines.lines().any(|l| l.starts_with(&prefix)),
            "no {prefix} in {lines}"
        );
    };
    expect("error", On::Code(code.clone()));
    expect("warning", On::Code(added));
    expect("notice", On::Page);
}

/// A git repository in a scratch folder with a registry (and the package
/// manifests --check-versions reads) committed.
fn repo(name: &str, registry: &Value, version: &str) -> PathBuf {
    let dir = scratch(name);
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .args(args)
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
    };
    git(&["init", "-q", "-b", "main"]);
    git(&["config", "user.email", "t@example.com"]);
    git(&["config", "user.name", "t"]);
    git(&["config", "commit.gpgsign", "false"]);
    std::fs::write(dir.join("README"), "before the registry\n").unwrap();
    git(&["add", "-A"]);
    git(&["commit", "-qm", "no registry yet"]);
    std::fs::create_dir_all(dir.join("registry")).unwrap();
    std::fs::write(dir.join("registry/error-codes.yaml"), as_text(registry)).unwrap();
    set_versions(&dir, version, version, version);
    git(&["add", "-A"]);
    git(&["commit", "-qm", "registry"]);
    dir
}

/// Writes the three manifests where the layout puts the packages.
fn set_versions(dir: &Path, cargo: &str, npm: &str, pypi: &str) {
    let config = error_codes_codegen::Config::default();
    let crate_dir = dir.join(&config.crate_dir);
    std::fs::create_dir_all(&crate_dir).unwrap();
    std::fs::write(
        crate_dir.join("Cargo.toml"),
        format!("[package]\nname = \"error-codes\"\nversion = \"{cargo}\"\n"),
    )
    .unwrap();
    let npm_dir = dir.join(&config.typescript_dir);
    std::fs::create_dir_all(&npm_dir).unwrap();
    std::fs::write(
        npm_dir.join("package.json"),
        format!("{{\"name\": \"error-codes\", \"version\": \"{npm}\"}}\n"),
    )
    .unwrap();
    let py_dir = dir.join(&config.python_dir);
    std::fs::create_dir_all(&py_dir).unwrap();
    std::fs::write(
        py_dir.join("pyproject.toml"),
        format!("[project]\nname = \"error-codes\"\nversion = \"{pypi}\"\n"),
    )
    .unwrap();
}

#[test]
fn against_a_revision_compares_the_registry_there_with_the_working_tree() {
    let b = base();
    let code = free_code();
    let dir = repo("against", &b, "0.1.0");
    let mut new = b.clone();
    let status = model(&b).code(&code).unwrap().1.status;
    code_mut(&mut new, &code)["status"] = json!(other_status(status));
    std::fs::write(dir.join("registry/error-codes.yaml"), as_text(&new)).unwrap();

    let out = bin(&["diff", "--against", "HEAD", "--format", "json"], &dir);
    let doc = json_of(&out);
    assert_eq!(doc["bump"], "major");
    let change = &doc["changes"][0];
    assert_eq!(change["kind"], "status_changed");
    assert_eq!(change["code"], code.as_str());
    assert_eq!(change["file"], "registry/error-codes.yaml");
    let (line, _) = On::Code(code.clone()).location(&model(&new));
    assert_eq!(change["line"].as_u64(), Some(line));

    // --check-versions: a major change at 0.1.0 needs 0.2.0 (Cargo before 1.0).
    let versions = |cargo, npm, pypi| {
        set_versions(&dir, cargo, npm, pypi);
        bin(&["diff", "--against", "HEAD", "--check-versions"], &dir)
    };
    let unbumped = versions("0.1.0", "0.1.0", "0.1.0");
    assert_eq!(unbumped.status.code(), Some(1));
    let stderr = text(&unbumped.stderr);
    for manifest in ["Cargo.toml", "package.json", "pyproject.toml"] {
        assert!(
            stderr
                .lines()
                .any(|l| l.contains(manifest) && l.contains("0.2.0")),
            "{manifest}: {stderr}"
        );
    }
    let patch_only = versions("0.1.1", "0.1.1", "0.1.1");
    assert_eq!(patch_only.status.code(), Some(1));
    let bumped = versions("0.2.0", "0.2.0", "0.2.0");
    assert_eq!(bumped.status.code(), Some(0), "{}", text(&bumped.stderr));
    let apart = versions("0.2.0", "0.2.0", "0.3.0");
    assert_eq!(apart.status.code(), Some(1));
    assert!(text(&apart.stderr).contains("disagree"));

    // A minor change at 0.1.0 needs only 0.1.1.
    let mut minor = b.clone();
    minor["headers"]
        .as_array_mut()
        .unwrap()
        .push(json!({"name": "X-Diff-Test", "when": "always"}));
    std::fs::write(dir.join("registry/error-codes.yaml"), as_text(&minor)).unwrap();
    assert_eq!(versions("0.1.1", "0.1.1", "0.1.1").status.code(), Some(0));
    assert_eq!(versions("0.1.0", "0.1.0", "0.1.0").status.code(), Some(1));
}

#[test]
fn against_reports_what_it_cannot_read_and_exits_2() {
    let b = base();
    let dir = repo("against-errors", &b, "0.1.0");
    let no_rev = bin(&["diff", "--against", "no-such-branch"], &dir);
    assert_eq!(no_rev.status.code(), Some(2));
    assert!(
        text(&no_rev.stderr).contains("no such revision"),
        "{}",
        text(&no_rev.stderr)
    );

    let no_registry = bin(&["diff", "--against", "HEAD~1"], &dir);
    assert_eq!(no_registry.status.code(), Some(2));
    assert!(
        text(&no_registry.stderr).contains("no registry at revision"),
        "{}",
        text(&no_registry.stderr)
    );

    // An invalid registry committed: the old side is reported with its diagnostics.
    let mut invalid = b.clone();
    code_mut(&mut invalid, &free_code())["status"] = json!(200);
    std::fs::write(dir.join("registry/error-codes.yaml"), as_text(&invalid)).unwrap();
    let commit = Command::new("git")
        .args(["commit", "-qam", "invalid"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(commit.status.success());
    std::fs::write(dir.join("registry/error-codes.yaml"), as_text(&b)).unwrap();
    let bad_old = bin(&["diff", "--against", "HEAD"], &dir);
    assert_eq!(bad_old.status.code(), Some(2));
    let stderr = text(&bad_old.stderr);
    assert!(
        stderr.contains("HEAD:registry/error-codes.yaml") && stderr.contains("invalid"),
        "{stderr}"
    );
    assert!(
        stderr.contains("200"),
        "the diagnostics are shown: {stderr}"
    );

    let outside = scratch("not-a-repo");
    std::fs::create_dir_all(outside.join("registry")).unwrap();
    std::fs::write(outside.join("registry/error-codes.yaml"), as_text(&b)).unwrap();
    // The scratch folder is inside the workspace's target folder, itself
    // inside a git checkout: git is told not to look above it.
    let not_repo = Command::new(env!("CARGO_BIN_EXE_error-codes"))
        .args(["diff", "--against", "HEAD"])
        .current_dir(&outside)
        .env(Date::TODAY_VAR, TODAY)
        .env("GIT_CEILING_DIRECTORIES", outside.parent().unwrap())
        .output()
        .unwrap();
    assert_eq!(
        not_repo.status.code(),
        Some(2),
        "{}",
        text(&not_repo.stderr)
    );
    assert!(
        text(&not_repo.stderr).contains("not a git repository"),
        "{}",
        text(&not_repo.stderr)
    );
}

mod props {
    use super::*;
    use proptest::prelude::*;

    /// One edit of the registry and the bump the table gives it.
    fn edit(v: &mut Value, registry: &Registry, which: usize, pick: usize, nth: usize) -> Bump {
        let free = free_codes(registry);
        let code = free[pick % free.len()].clone();
        match which % 5 {
            0 => {
                code_mut(v, &code)["meaning"] = json!(format!("Reworded {pick}"));
                Bump::Patch
            }
            1 => {
                let added = fresh_code(registry, &format!("prop_{nth}"));
                v["categories"][0]["codes"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"code": added, "status": 400}));
                Bump::Minor
            }
            2 => {
                code_mut(v, &code)["deprecated"] = json!({"since": "3.0"});
                Bump::Minor
            }
            3 => {
                let status = registry.code(&code).unwrap().1.status;
                code_mut(v, &code)["status"] = json!(other_status(status));
                Bump::Major
            }
            _ => {
                v["page"]["title"] = json!(format!("Title {pick}"));
                Bump::Patch
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn a_registry_has_no_changes_from_itself_and_the_bump_is_the_largest(
            edits in proptest::collection::vec((0usize..5, 0usize..64), 0..4)
        ) {
            let b = base();
            let registry = model(&b);
            let mut edited = b.clone();
            let mut expected = Bump::None;
            for (nth, (which, pick)) in edits.iter().enumerate() {
                expected = expected.max(edit(&mut edited, &registry, *which, *pick, nth));
            }
            let new = model(&edited);
            let today = Date::parse(TODAY).unwrap();
            prop_assert!(new.diff(&new, today).is_empty());
            prop_assert!(registry.diff(&registry, today).is_empty());
            let changes = registry.diff(&new, today);
            let largest = changes.iter().map(Change::bump).max().unwrap_or(Bump::None);
            prop_assert_eq!(Bump::of(&changes), largest);
            // Every edit shows, with the bump the table gives it (a later
            // edit of the same code may undo an earlier one's kind, never
            // its level).
            prop_assert_eq!(largest, expected);
        }
    }
}

/// Two registry files without locks: the new one's `.proto` numbers are
/// the old one's, so a code added in the middle and another removed change
/// no other code's number; a changed number is the only
/// `proto_number_changed`, and it is major.
#[test]
fn a_proto_number_changes_only_when_its_history_does() {
    let yaml =
        std::fs::read_to_string(workspace().join("tests/fixtures/grpc/registry.yaml")).unwrap();
    let old: Value = serde_saphyr::from_str(&yaml).unwrap();
    let mut new = old.clone();
    let codes = new["categories"][0]["codes"].as_array_mut().unwrap();
    let removed = codes.remove(1)["code"].as_str().unwrap().to_owned();
    codes.insert(
        0,
        json!({"code": "diff_inserted", "status": 400, "meaning": "Added by a test"}),
    );
    let (out, _, _) = run_diff("proto_numbers", &old, &new, &["--format", "json"]);
    let doc = json_of(&out);
    let kinds: Vec<&str> = doc["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"code_removed"), "{removed}: {kinds:?}");
    assert!(!kinds.contains(&"proto_number_changed"), "{kinds:?}");
    // The same files beside a lock that numbers them otherwise.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("diff/proto_numbers");
    let reversed: String = model(&old)
        .codes()
        .map(|(_, c)| c.grpc.as_ref().unwrap())
        .enumerate()
        .map(|(i, g)| format!("x{i} 400 C {} INVALID_ARGUMENT {}\n", g.reason, 100 - i))
        .collect();
    std::fs::write(dir.join("error-codes.lock"), reversed).unwrap();
    let out = bin(&["diff", "old.yaml", "old.yaml", "--format", "json"], &dir);
    assert!(json_of(&out)["changes"].as_array().unwrap().is_empty());
    // An old registry without the lock's numbers against the lock's.
    std::fs::rename(dir.join("old.yaml"), dir.join("sub-old.yaml")).unwrap();
    std::fs::create_dir_all(dir.join("alone")).unwrap();
    std::fs::rename(dir.join("sub-old.yaml"), dir.join("alone/old.yaml")).unwrap();
    let out = bin(
        &["diff", "alone/old.yaml", "new.yaml", "--format", "json"],
        &dir,
    );
    let doc = json_of(&out);
    let numbered: Vec<&Value> = doc["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "proto_number_changed")
        .collect();
    assert!(!numbered.is_empty(), "{}", as_text(&doc));
    assert!(numbered.iter().all(|c| c["bump"] == "major"));
}
