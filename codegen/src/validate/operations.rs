//! `common_codes:` and `operations:`: each operation on its own (pass 1),
//! the names it generates (pass 2), the codes it lists (pass 3), and the
//! warning of `check` about codes no operation lists.
//!
//! An operation's codes are its own, the common codes and the codes of the
//! framework's roles (`model::Operation::ROLES`): see
//! `Registry::operation_codes`.

use std::collections::HashMap;

use crate::diagnostic::Location;
use crate::load::RawOperation;
use crate::model::{Operation, Registry};
use crate::naming::{
    OPERATION_CODE_TYPE, OPERATION_ID_RULE, OPERATIONS_CONST, OPERATIONS_PREPARED, is_operation_id,
    operation_codes_type, operation_enum,
};
use crate::suggest;
use crate::yaml::Spanned;

use super::names::{Namespace, Reserved};
use super::text::line_text;
use super::{Check, Places};

/// Where an operation's names and codes were written.
#[derive(Debug)]
pub(crate) struct OperationPlace {
    pub id: Spanned<String>,
    /// Whether the id follows the rule (so it has names to claim).
    pub valid: bool,
    pub codes: Vec<Spanned<String>>,
}

/// Pass 1: `common_codes:` and each operation, converted; every local
/// problem reported.
pub(super) fn fields(
    cx: &mut Check<'_>,
    places: &mut Places,
    common: Option<Spanned<Vec<Spanned<String>>>>,
    raw: Option<Spanned<Vec<RawOperation>>>,
) -> (Vec<String>, Vec<Operation>) {
    places.common_codes = common.map(|list| list.value).unwrap_or_default();
    let mut common_codes: Vec<String> = Vec::new();
    for code in &places.common_codes {
        if !common_codes.contains(&code.value) {
            common_codes.push(code.value.clone());
        }
    }
    let operations = raw
        .map(|list| list.value)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|op| operation(cx, places, op))
        .collect();
    (common_codes, operations)
}

/// One operation; `None` without an id (reported as a missing field).
fn operation(cx: &mut Check<'_>, places: &mut Places, raw: RawOperation) -> Option<Operation> {
    let id = raw.id?;
    let valid = is_operation_id(&id.value);
    if !valid {
        cx.report(
            cx.at(
                &id.location,
                format!("operation id {:?} is not an identifier", id.value),
            )
            .with_help(OPERATION_ID_RULE),
        );
    }
    let method = raw.method.as_ref().and_then(|m| method(cx, m, &id.value));
    let path = raw.path.as_ref().and_then(|p| path(cx, p, &id.value));
    match (&raw.method, &raw.path) {
        (Some(m), None) => cx.report(
            cx.at(
                &m.location,
                format!("operation {:?} has a method without a path", id.value),
            )
            .with_help("add `path:` (`path: /transfers`), or drop `method:`"),
        ),
        (None, Some(p)) => cx.report(
            cx.at(
                &p.location,
                format!("operation {:?} has a path without a method", id.value),
            )
            .with_help(format!(
                "add `method:` ({}), or drop `path:`",
                Operation::METHODS.join(", ")
            )),
        ),
        _ => {}
    }
    let description = raw
        .description
        .as_ref()
        .and_then(|d| line_text(cx, d, "operation description"));
    let codes = raw.codes.map(|list| list.value).unwrap_or_default();
    let operation = Operation {
        id: id.value.clone(),
        rust_name: operation_enum(&id.value),
        type_name: operation_codes_type(&id.value),
        method,
        path,
        description,
        codes: codes.iter().map(|c| c.value.clone()).collect(),
        location: id.location.clone(),
    };
    places.operations.push(OperationPlace { id, valid, codes });
    Some(operation)
}

/// An HTTP method, as OpenAPI names them (in any case), in uppercase.
fn method(cx: &mut Check<'_>, m: &Spanned<String>, id: &str) -> Option<String> {
    let upper = m.value.to_ascii_uppercase();
    if Operation::METHODS.contains(&upper.as_str()) {
        return Some(upper);
    }
    let d = cx.at(
        &m.location,
        format!(
            "operation {id:?}: {:?} is not an HTTP method",
            m.value.escape_debug().to_string()
        ),
    );
    let all = Operation::METHODS.join(", ");
    cx.report(
        match suggest::nearest(&upper, Operation::METHODS.iter().copied()) {
            Some(near) => d.with_help(format!("did you mean `{near}`? The methods are {all}")),
            None => d.with_help(format!("the methods are {all}")),
        },
    );
    None
}

/// A path: one line, starting with `/` (OpenAPI's `paths` keys).
fn path(cx: &mut Check<'_>, p: &Spanned<String>, id: &str) -> Option<String> {
    let text = line_text(cx, p, "operation path")?;
    if !text.starts_with('/') || text.chars().any(char::is_whitespace) {
        cx.report(
            cx.at(
                &p.location,
                format!("operation {id:?}: path {text:?} does not start with `/`"),
            )
            .with_help("write the path as OpenAPI does, from the server's root and without spaces: `/transfers/{id}`"),
        );
        return None;
    }
    Some(text)
}

/// The names the TypeScript and Python packages have beside the operations'
/// types: an operation `unknown` or `any` would give a second
/// `UnknownErrorCode` or `AnyErrorCode`.
const CLIENT_RESERVED: &[Reserved] = &[
    Reserved {
        name: "ErrorCode",
        why: "it is the type of every code",
    },
    Reserved {
        name: "UnknownErrorCode",
        why: "it is the type of a code added to the API later",
    },
    Reserved {
        name: "AnyErrorCode",
        why: "it is the type of any code a response can carry",
    },
    Reserved {
        name: OPERATIONS_CONST,
        why: "it is the constant of every operation",
    },
    Reserved {
        name: OPERATION_CODE_TYPE,
        why: "it is TypeScript's type of an operation's codes by its id",
    },
];

/// What the Rust `operations` module holds beside the operations' enums.
const RUST_RESERVED: &[Reserved] = &[Reserved {
    name: OPERATIONS_PREPARED,
    why: "it is the `operations` module's error made into a response",
}];

/// Pass 2: each id once, and the names it generates in Rust (the
/// `operations` module's enums) and in the client packages (the unions and
/// `Literal` aliases), each claimed in its namespace.
pub(super) fn names(cx: &mut Check<'_>, places: &Places) {
    let mut ids = Namespace::new("operation id");
    let mut rust = Namespace::new("type of the `operations` module").reserving(&[RUST_RESERVED]);
    let mut clients = Namespace::new("TypeScript and Python type").reserving(&[CLIENT_RESERVED]);
    for place in &places.operations {
        let id = &place.id;
        let what = format!("operation {:?}", id.value);
        if !ids.claim(cx, &id.value, &id.location, &what, "rename one of them") || !place.valid {
            continue;
        }
        let rename = "rename the operation: each language names it by the words of its id";
        // The docs page's anchors: a code's is the code itself.
        let anchor = Operation::anchor_of(&id.value);
        if let Some(code) = places.codes.iter().find(|c| c.code.value == anchor) {
            cx.report(
                cx.at(
                    &id.location,
                    format!(
                        "{what} would give the docs page anchor `{anchor}`, which is code {:?}'s",
                        code.code.value
                    ),
                )
                .with_related(code.code.location.clone(), "the code")
                .with_help(rename),
            );
            continue;
        }
        // The client type is made of the same words: a clash of both is
        // reported once.
        if !rust.claim(cx, &operation_enum(&id.value), &id.location, &what, rename) {
            continue;
        }
        clients.claim(
            cx,
            &operation_codes_type(&id.value),
            &id.location,
            &what,
            rename,
        );
    }
}

/// Pass 3: every code `common_codes:` and the operations list is a code of
/// the registry (the nearest suggested), each listed once per list.
pub(super) fn references(cx: &mut Check<'_>, registry: &Registry, places: &Places) {
    listed(cx, registry, places, "`common_codes`", &places.common_codes);
    // One operation per method and path: they key OpenAPI's `paths`.
    let mut endpoints = Namespace::new("method and path");
    for op in &registry.operations {
        if let (Some(method), Some(path)) = (&op.method, &op.path) {
            endpoints.claim(
                cx,
                &format!("{method} {path}"),
                &op.location,
                &format!("operation {:?}", op.id),
                "give each operation its own method and path, or merge the two",
            );
        }
    }
    for place in &places.operations {
        let owner = format!("operation {:?}", place.id.value);
        listed(cx, registry, places, &owner, &place.codes);
    }
}

fn listed(
    cx: &mut Check<'_>,
    registry: &Registry,
    places: &Places,
    owner: &str,
    codes: &[Spanned<String>],
) {
    let mut seen: HashMap<&str, &Location> = HashMap::new();
    for code in codes {
        if let Some(first) = seen.get(code.value.as_str()) {
            cx.report(
                cx.at(
                    &code.location,
                    format!("{owner} lists code {:?} twice", code.value),
                )
                .with_related((*first).clone(), "first listed")
                .with_help("list each code once"),
            );
            continue;
        }
        seen.insert(&code.value, &code.location);
        // Defined but invalid: reported where it is defined.
        if registry.code(&code.value).is_some() || places.defined.contains(&code.value) {
            continue;
        }
        let d = cx.at(
            &code.location,
            format!("{owner} lists unknown code {:?}", code.value),
        );
        let near = suggest::nearest(&code.value, registry.codes().map(|(_, c)| c.code.as_str()));
        cx.report(match near {
            Some(near) => d.with_help(format!(
                "did you mean {near:?}? List codes defined in `categories`"
            )),
            None => d.with_help("list codes defined in `categories`"),
        });
    }
}

/// `check`'s warnings for a registry with `operations:`: each code that no
/// operation and not `common_codes` lists. Codes every operation has
/// anyway (the framework's roles), those answered before any operation
/// (`route_not_found`, `method_not_allowed`) and those of `reported`
/// categories (never this API's response) are not warned about, nor are
/// deprecated codes: deprecation is already the answer for a code nothing
/// sends, and one still sent is the deprecated-code alert's business.
#[cfg(any(feature = "cli", test))]
pub(crate) fn unlisted_codes(
    registry: &Registry,
    file: &std::path::Path,
) -> Vec<crate::diagnostic::Diagnostic> {
    use crate::diagnostic::Diagnostic;
    use crate::model::{Role, StatusKind};

    if registry.operations.is_empty() {
        return Vec::new();
    }
    let role_codes: Vec<&str> = Role::ALL
        .iter()
        .filter_map(|role| registry.roles.code(*role))
        .collect();
    registry
        .codes()
        .filter(|(category, code)| {
            category.status_kind == StatusKind::Response
                && code.deprecated.is_none()
                && !role_codes.contains(&code.code.as_str())
                && registry.operations_of(&code.code).is_empty()
        })
        .map(|(_, code)| {
            Diagnostic::new(
                file,
                code.key_location.clone(),
                format!(
                    "code {:?} is in no operation: no operation and not `common_codes` lists it",
                    code.code
                ),
            )
            .with_help(
                "list it under the operations that answer with it (or in `common_codes`), or deprecate it if nothing sends it",
            )
            .warning()
        })
        .collect()
}
