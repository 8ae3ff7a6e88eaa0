//! The stability lock: every published code with its status and category,
//! and the wire clients parse ([`wire`]), committed next to the registry as
//! `registry/error-codes.lock`.
//!
//! Clients branch on codes, so a published code is a promise. Comparing the
//! validated registry with the lock catches the changes that break that
//! promise (a code removed or renamed, its status or category changed, a
//! change of the body or of a code's details that `diff` calls major)
//! before anything is generated. Adding codes is not breaking; it only makes
//! the lock stale, which `check` and the drift test report and `generate`
//! fixes. The text itself is emitted by `emit::lock`.

use std::collections::HashMap;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::layout::Layout;
use crate::model::Registry;
use crate::proto_numbers::RESERVED;
use crate::suggest;

mod wire;

pub(crate) use wire::lines as wire_lines;

/// The command that rewrites the lock even when it drops or changes codes.
pub(crate) fn accept_breaking(layout: &Layout) -> String {
    layout.command("lock --accept-breaking")
}

/// One line of the lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Locked {
    pub code: String,
    pub status: u16,
    /// The Rust name of the code's `Category` variant.
    pub category: String,
    /// `(reason, canonical code)` when the registry has `grpc:`.
    pub grpc: Option<(String, String)>,
    /// The reason's number in the `.proto`'s enum (`grpc:`; a lock written
    /// before the `.proto` has none).
    pub number: Option<u32>,
    /// Where the line is in the lock file.
    pub location: Location,
}

/// The lock file: its codes, and the `.proto` numbers no code has any more.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Lock {
    pub codes: Vec<Locked>,
    /// `(number, reason)`, from the `reserved:` lines.
    pub reserved: Vec<(u32, String)>,
    /// The body's layout, the docs URL template and each code's details
    /// and per-code values (see [`wire`]).
    pub wire: wire::Wire,
}

impl Lock {
    /// The `(number, reason)` pairs the lock records, its codes' and its
    /// reserved ones: what `proto_numbers::assign` numbers a registry from.
    pub(crate) fn history(&self) -> Vec<(u32, String)> {
        let codes = self.codes.iter().filter_map(|l| {
            let (reason, _) = l.grpc.as_ref()?;
            Some((l.number?, reason.clone()))
        });
        codes.chain(self.reserved.iter().cloned()).collect()
    }
}

/// Reads lock text: `code status Category` per line, then `REASON CODE
/// NUMBER` with `grpc:`, and `reserved: NUMBER REASON` lines; `#` starts a
/// comment.
pub(crate) fn parse(file: &Path, text: &str, layout: &Layout) -> Result<Lock, Diagnostics> {
    let mut lock = Lock::default();
    let mut problems = Vec::new();
    let mut seen: HashMap<&str, Location> = HashMap::new();
    let mut numbers: HashMap<u32, Location> = HashMap::new();
    let regenerate = || {
        format!(
            "the lock is generated; regenerate it with `{}`",
            layout.regenerate_command()
        )
    };
    for (i, line) in text.lines().enumerate() {
        let location = Location::new(i as u64 + 1, 1);
        let content = line.split('#').next().unwrap_or("").trim();
        if content.is_empty() {
            continue;
        }
        match lock.wire.read(content, &location) {
            Some(true) => continue,
            Some(false) => {
                problems.push(
                    Diagnostic::new(file, location, format!("unreadable lock line {content:?}"))
                        .with_help(format!(
                            "a `{}`, `{}` or `{}` line holds JSON; {}",
                            wire::BODY,
                            wire::DOCS_URL,
                            wire::WIRE,
                            regenerate()
                        )),
                );
                continue;
            }
            None => {}
        }
        let fields: Vec<&str> = content.split_whitespace().collect();
        let number = |n: &str| n.parse::<u32>().ok().filter(|n| *n > 0);
        let code = |code: &str, status: &str, category: &str| {
            status.parse::<u16>().ok().map(|status| Locked {
                code: code.to_owned(),
                status,
                category: category.to_owned(),
                grpc: None,
                number: None,
                location: location.clone(),
            })
        };
        let with_grpc = |entry: Locked, reason: &str, canonical: &str| Locked {
            grpc: Some((reason.to_owned(), canonical.to_owned())),
            ..entry
        };
        let (parsed, reserved) = match fields.as_slice() {
            [RESERVED, n, reason] if crate::naming::is_grpc_reason(reason) => {
                (None, number(n).map(|n| (n, (*reason).to_owned())))
            }
            [RESERVED, ..] => (None, None),
            [c, status, category] => (code(c, status, category), None),
            [c, status, category, reason, canonical] if crate::naming::is_grpc_reason(reason) => (
                code(c, status, category).map(|e| with_grpc(e, reason, canonical)),
                None,
            ),
            [c, status, category, reason, canonical, n]
                if crate::naming::is_grpc_reason(reason) =>
            {
                (
                    code(c, status, category)
                        .zip(number(n))
                        .map(|(e, n)| Locked {
                            number: Some(n),
                            ..with_grpc(e, reason, canonical)
                        }),
                    None,
                )
            }
            _ => (None, None),
        };
        let this_number = parsed
            .as_ref()
            .and_then(|e| e.number)
            .or(reserved.as_ref().map(|(n, _)| *n));
        if let Some(n) = this_number {
            if let Some(first) = numbers.get(&n) {
                problems.push(
                    Diagnostic::new(
                        file,
                        location,
                        format!("`.proto` number {n} is locked twice"),
                    )
                    .with_related(first.clone(), "first locked")
                    .with_help(regenerate()),
                );
                continue;
            }
            numbers.insert(n, location.clone());
        }
        if let Some(reserved) = reserved {
            lock.reserved.push(reserved);
            continue;
        }
        let Some(entry) = parsed else {
            problems.push(
                Diagnostic::new(file, location, format!("unreadable lock line {content:?}"))
                    .with_help(format!("lines read `code status Category`, then `REASON CODE NUMBER` with `grpc:`, or `{RESERVED} NUMBER REASON`; {}", regenerate())),
            );
            continue;
        };
        if let Some(first) = seen.get(fields[0]) {
            problems.push(
                Diagnostic::new(
                    file,
                    location,
                    format!("code {:?} is locked twice", entry.code),
                )
                .with_related(first.clone(), "first locked")
                .with_help(regenerate()),
            );
            continue;
        }
        seen.insert(fields[0], location);
        lock.codes.push(entry);
    }
    if problems.is_empty() {
        Ok(lock)
    } else {
        Err(Diagnostics(problems))
    }
}

/// The code among `candidates` (codes that are new) that a code no longer
/// in the registry looks renamed to: the nearest one, when it is close
/// enough to be the same name edited. `diff` asks the same question.
pub(crate) fn renamed_to<'a>(
    gone: &str,
    candidates: impl Iterator<Item = &'a crate::model::Code> + Clone,
) -> Option<&'a crate::model::Code> {
    let name = suggest::nearest(gone, candidates.clone().map(|c| c.code.as_str()))?;
    candidates.into_iter().find(|c| c.code == name)
}

/// The changes from `locked` to `registry` that break clients, one
/// diagnostic each: removed (or renamed) codes point into the lock, changed
/// codes into the registry.
pub(crate) fn breaking_changes(
    registry: &Registry,
    registry_file: &Path,
    lock_file: &Path,
    lock: &Lock,
    layout: &Layout,
) -> Vec<Diagnostic> {
    let locked = lock.codes.as_slice();
    let locked_codes: HashMap<&str, &Locked> =
        locked.iter().map(|l| (l.code.as_str(), l)).collect();
    let unlocked: Vec<_> = registry
        .codes()
        .filter(|(_, c)| !locked_codes.contains_key(c.code.as_str()))
        .map(|(_, c)| c)
        .collect();
    let mut problems = Vec::new();
    for entry in locked {
        let Some((category, code)) = registry.code(&entry.code) else {
            let renamed = renamed_to(&entry.code, unlocked.iter().copied());
            // A rename is reported where it was made, at the new name; a
            // removal has nothing left in the registry to point at.
            let d = match renamed {
                Some(new) => Diagnostic::new(
                    registry_file,
                    new.location.clone(),
                    format!(
                        "code {:?} looks like a rename of locked code {:?}; clients still send and match the old name",
                        new.code, entry.code
                    ),
                ),
                None => Diagnostic::new(
                    lock_file,
                    entry.location.clone(),
                    format!(
                        "locked code {:?} ({}, {}) is no longer in the registry",
                        entry.code, entry.status, entry.category
                    ),
                ),
            };
            let restore = format!(
                "published codes stay: put {:?} (status {}) back in category {} and mark it `deprecated: {{since: <version>{}}}`",
                entry.code,
                entry.status,
                entry.category,
                renamed.map_or(String::new(), |new| format!(", use_instead: {}", new.code)),
            );
            problems.push(d.with_help(format!(
                "{restore}; for a deliberate, reviewed break run `{}`",
                accept_breaking(layout)
            )));
            continue;
        };
        if code.status != entry.status {
            problems.push(
                Diagnostic::new(
                    registry_file,
                    code.location.clone(),
                    format!(
                        "code {:?}: status changed from {} (locked) to {}",
                        code.code, entry.status, code.status
                    ),
                )
                .with_help(format!(
                    "clients rely on the status; keep {}, or add a new code with status {} and deprecate {:?} in its favour; for a deliberate, reviewed break run `{}`",
                    entry.status,
                    code.status,
                    code.code,
                    accept_breaking(layout)
                )),
            );
        }
        if let (Some((reason, canonical)), Some(face)) = (&entry.grpc, &code.grpc)
            && (*reason != face.reason || canonical != face.code.as_str())
        {
            problems.push(
                Diagnostic::new(
                    registry_file,
                    code.location.clone(),
                    format!(
                        "code {:?}: gRPC face changed from {reason} {canonical} (locked) to {} {}",
                        code.code,
                        face.reason,
                        face.code.as_str()
                    ),
                )
                .with_help(format!(
                    "gRPC clients match the ErrorInfo reason and the canonical code; keep {reason} ({canonical}) with `reason:` and `grpc:`, or for a deliberate, reviewed break run `{}`",
                    accept_breaking(layout)
                )),
            );
        }
        if category.rust_name != entry.category {
            problems.push(
                Diagnostic::new(
                    registry_file,
                    code.location.clone(),
                    format!(
                        "code {:?} moved from category {} (locked) to {}",
                        code.code, entry.category, category.rust_name
                    ),
                )
                .with_help(format!(
                    "`ErrorCode::category()` is part of the contract; move it back to {}, or for a deliberate, reviewed break run `{}`",
                    entry.category,
                    accept_breaking(layout)
                )),
            );
        }
    }
    problems.extend(
        lock.wire
            .breaking_changes(locked, registry, registry_file, layout),
    );
    // Registry problems first, in source order, then removals in lock order.
    problems.sort_by_key(|d| {
        (
            d.file() != registry_file,
            d.location().line,
            d.location().column,
        )
    });
    problems
}

/// Compares a validated registry with its lock text; every breaking change
/// is a diagnostic. `registry_file` and `lock_file` name the two sources.
///
/// A lock without a single entry is an error, never "nothing locked": a lock
/// emptied by an interrupted write (or a bad merge) would otherwise accept
/// the removal of every published code, and then be rewritten without them.
pub(crate) fn check(
    registry: &Registry,
    registry_file: &Path,
    lock_file: &Path,
    lock_text: &str,
    layout: &Layout,
) -> Result<(), Diagnostics> {
    let lock = parse(lock_file, lock_text, layout)?;
    if lock.codes.is_empty() {
        return Err(Diagnostic::new(lock_file, Location::new(1, 1), "the lock file is empty")
            .with_help(format!(
                "the lock is committed next to the registry; restore it from version control (`git checkout -- {}`), or to start a new lock deliberately run `{}`",
                lock_file.display(),
                accept_breaking(layout)
            ))
            .into());
    }
    let problems = breaking_changes(registry, registry_file, lock_file, &lock, layout);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Diagnostics(problems))
    }
}

/// The text of the lock of `layout`, `None` when there is none. A lock
/// that exists but cannot be read (a folder, no permission, not UTF-8) is
/// an error, never "no lock".
pub(crate) fn read_beside(layout: &Layout) -> Result<Option<String>, crate::error::Error> {
    let lock = layout.lock();
    match std::fs::metadata(&lock) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(crate::error::Error::io(&lock)(e)),
        Ok(meta) if !meta.is_file() => {
            return Err(crate::error::Error::io(&lock)(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the stability lock is not a file",
            )));
        }
        Ok(_) => {}
    }
    std::fs::read_to_string(&lock)
        .map(Some)
        .map_err(crate::error::Error::io(&lock))
}

/// Numbers the `.proto` reasons of `registry` (with `grpc:`) from the
/// history `lock_text` records (see `proto_numbers`); `lock_file` names the
/// lock in diagnostics.
pub(crate) fn number(
    registry: &mut Registry,
    lock_file: &Path,
    lock_text: &str,
    layout: &Layout,
) -> Result<(), Diagnostics> {
    if registry.grpc.is_some() {
        let lock = parse(lock_file, lock_text, layout)?;
        crate::proto_numbers::assign(registry, &lock.history());
    }
    Ok(())
}

/// Checks `registry` against the lock of its [`Layout`]; diagnostics name
/// both files relative to the workspace root. A registry without a lock is
/// not checked; a lock that exists but cannot be read is an error (see
/// [`read_beside`]).
pub(crate) fn check_beside(
    registry: &Registry,
    layout: &Layout,
) -> Result<(), crate::error::Error> {
    let Some(text) = read_beside(layout)? else {
        return Ok(());
    };
    check(
        registry,
        Path::new(&layout.registry_name()),
        Path::new(&layout.lock_name()),
        &text,
        layout,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    fn registry(codes: &str) -> Registry {
        let text = format!(
            "page:\n  title: T\n  envelope_example:\n    code: token_expired\n    message: m\ncategories:\n  - title: Auth\n    codes:\n      - code: token_expired\n        status: 401\n{codes}  - title: Session\n    codes:\n      - code: session_ended\n        status: 401\n",
        );
        crate::project::parse(Path::new("r.yaml"), &text).unwrap()
    }

    pub(super) fn layout() -> Layout {
        Layout::new("registry/error-codes.yaml")
    }

    /// The breaking changes the lock text `lock` finds in `registry`, as
    /// `check` words them.
    pub(super) fn changes(registry: &Registry, lock: &str) -> Vec<String> {
        let locked = parse(Path::new("r.lock"), lock, &layout()).unwrap();
        breaking_changes(
            registry,
            Path::new("r.yaml"),
            Path::new("r.lock"),
            &locked,
            &layout(),
        )
        .iter()
        .map(ToString::to_string)
        .collect()
    }

    const LOCK: &str = "session_ended 401 Session\ntoken_expired 401 Auth\n";

    #[test]
    fn an_empty_lock_is_an_error_not_no_lock() {
        let registry = registry("");
        for empty in ["", "\n", "# only a comment\n"] {
            let err = check(
                &registry,
                Path::new("r.yaml"),
                Path::new("r.lock"),
                empty,
                &layout(),
            )
            .expect_err("an empty lock accepted everything");
            assert_eq!(err.to_string(), "r.lock:1:1: the lock file is empty");
            assert!(
                err.0[0]
                    .help()
                    .is_some_and(|h| h.contains(&accept_breaking(&layout())))
            );
        }
    }

    #[test]
    fn a_lock_that_cannot_be_read_is_an_error_not_no_lock() {
        let dir = std::env::temp_dir().join(format!("lock-unreadable-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("error-codes.lock")).unwrap();
        let layout = Layout::new(dir.join("error-codes.yaml"));
        let err = check_beside(&registry(""), &layout)
            .expect_err("a lock that is a folder was taken as no lock");
        assert!(err.to_string().contains("error-codes.lock"), "{err}");
        std::fs::write(dir.join("other.lock"), b"\xff\xfe not text").unwrap();
        std::fs::remove_dir(dir.join("error-codes.lock")).unwrap();
        std::fs::rename(dir.join("other.lock"), dir.join("error-codes.lock")).unwrap();
        assert!(check_beside(&registry(""), &layout).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_emitted_lock_reads_back_as_the_registry() {
        let registry = registry("      - code: access_denied\n        status: 403\n");
        let text = crate::emit::lock::lock(&registry);
        let locked = parse(Path::new("r.lock"), &text, &layout()).unwrap().codes;
        let codes: Vec<_> = locked
            .iter()
            .map(|l| (l.code.as_str(), l.status, l.category.as_str()))
            .filter(|(_, _, category)| *category != "Runtime")
            .collect();
        // Sorted by code, whatever the registry order.
        assert_eq!(
            codes,
            [
                ("access_denied", 403, "Auth"),
                ("session_ended", 401, "Session"),
                ("token_expired", 401, "Auth"),
            ]
        );
        assert!(changes(&registry, &text).is_empty());
    }

    #[test]
    fn an_added_code_is_not_a_breaking_change() {
        let registry = registry("      - code: access_denied\n        status: 403\n");
        assert!(changes(&registry, LOCK).is_empty());
    }

    #[test]
    fn a_deprecated_code_is_not_a_breaking_change() {
        let registry = registry(
            "      - code: token_revoked\n        status: 401\n        deprecated:\n          since: \"2.0\"\n          use_instead: token_expired\n",
        );
        let lock = "session_ended 401 Session\ntoken_expired 401 Auth\ntoken_revoked 401 Auth\n";
        assert!(changes(&registry, lock).is_empty());
    }

    #[test]
    fn a_removed_code_is_reported_at_its_lock_line() {
        let lock = "session_ended 401 Session\ntoken_expired 401 Auth\ntoken_revoked 401 Auth\n";
        assert_eq!(
            changes(&registry(""), lock),
            ["r.lock:3:1: locked code \"token_revoked\" (401, Auth) is no longer in the registry"]
        );
    }

    #[test]
    fn a_near_new_name_is_reported_as_a_rename() {
        let registry = registry("      - code: token_revokd\n        status: 401\n");
        let lock = "session_ended 401 Session\ntoken_expired 401 Auth\ntoken_revoked 401 Auth\n";
        let locked = parse(Path::new("r.lock"), lock, &layout()).unwrap();
        let found = breaking_changes(
            &registry,
            Path::new("r.yaml"),
            Path::new("r.lock"),
            &locked,
            &layout(),
        );
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].to_string(),
            "r.yaml:11:15: code \"token_revokd\" looks like a rename of locked code \"token_revoked\"; clients still send and match the old name"
        );
        let help = found[0].help().unwrap();
        assert!(help.contains("use_instead: token_revokd"), "{help}");
        assert!(help.contains(&accept_breaking(&layout())), "{help}");
    }

    #[test]
    fn status_and_category_changes_are_reported_at_the_code() {
        let lock = "session_ended 401 Auth\ntoken_expired 403 Auth\n";
        assert_eq!(
            changes(&registry(""), lock),
            [
                "r.yaml:9:15: code \"token_expired\": status changed from 403 (locked) to 401",
                "r.yaml:13:15: code \"session_ended\" moved from category Auth (locked) to Session",
            ]
        );
    }

    #[test]
    fn the_lock_file_is_read_strictly() {
        assert_eq!(
            parse(
                Path::new("r.lock"),
                "# comment\n\na 401 Auth  # trailing\n",
                &layout()
            )
            .unwrap()
            .codes
            .len(),
            1
        );
        let bad = parse(
            Path::new("r.lock"),
            "a 401\nb x Auth\nc 401 Auth\nc 401 Auth\n",
            &layout(),
        )
        .unwrap_err();
        let messages: Vec<String> = bad.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "r.lock:1:1: unreadable lock line \"a 401\"",
                "r.lock:2:1: unreadable lock line \"b x Auth\"",
                "r.lock:4:1: code \"c\" is locked twice (first locked at 3:1)",
            ]
        );
    }

    #[test]
    fn proto_numbers_are_read_and_never_locked_twice() {
        let lock = parse(
            Path::new("r.lock"),
            "a 400 C AAA INVALID_ARGUMENT 1\nb 400 C BBB INVALID_ARGUMENT 3\nreserved: 2 OLD\n",
            &layout(),
        )
        .unwrap();
        assert_eq!(
            lock.history(),
            [(1, "AAA".into()), (3, "BBB".into()), (2, "OLD".into())]
        );
        let bad = parse(
            Path::new("r.lock"),
            "a 400 C AAA INVALID_ARGUMENT 1\nreserved: 1 OLD\nreserved: 0 ZERO\nreserved: x Y\nreserved: 5 NOT\"A_REASON\n",
            &layout(),
        )
        .unwrap_err();
        let messages: Vec<String> = bad.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "r.lock:2:1: `.proto` number 1 is locked twice (first locked at 1:1)",
                "r.lock:3:1: unreadable lock line \"reserved: 0 ZERO\"",
                "r.lock:4:1: unreadable lock line \"reserved: x Y\"",
                "r.lock:5:1: unreadable lock line \"reserved: 5 NOT\\\"A_REASON\"",
            ]
        );
    }
}
