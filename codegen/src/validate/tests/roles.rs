//! Roles: which code plays each failure the runtime answers by itself, and
//! which headers it reads and writes. A registry may assign them under
//! `roles:`, leave them to the codes and headers of their default names, or
//! assign none at all (which is valid).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use crate::emit;
use crate::layout::Layout;
use crate::load::RawRoles;
use crate::model::Registry;
use crate::model::{HEADER_ROLES, Role};

use super::common::{impl_const, parse_rust, tokens, trait_impls};

fn load(text: &str) -> Registry {
    crate::project::parse(Path::new("r.yaml"), text).unwrap_or_else(|d| panic!("{d}"))
}

/// A registry with `codes` (`code: status` pairs) in one category, and `extra` YAML at the top.
fn registry(extra: &str, codes: &[(&str, u16)]) -> String {
    let mut text = format!(
        "page:\n  title: T\n  envelope_example:\n    code: {}\n    message: m\n{extra}categories:\n  - title: All\n    codes:\n",
        codes[0].0
    );
    for (code, status) in codes {
        text.push_str(&format!("      - {{code: {code}, status: {status}}}\n"));
    }
    text
}

#[test]
fn the_roles_keys_are_the_runtimes_roles_and_the_header_roles() {
    let expected: Vec<&str> = Role::ALL
        .iter()
        .map(|r| r.as_str())
        .chain(HEADER_ROLES.iter().map(|(key, _)| *key))
        .collect();
    assert_eq!(RawRoles::FIELDS, expected.as_slice());
}

#[test]
fn a_registry_without_roles_or_their_codes_is_valid_and_plays_none() {
    let registry = load(&registry("", &[("widget_gone", 410)]));
    assert!(registry.roles.codes.is_empty(), "{:?}", registry.roles);
    // The request id still has a header: the default one.
    assert_eq!(registry.roles.request_id_header, HEADER_ROLES[0].1);
    assert_eq!(registry.roles.rate_limit, [None, None, None]);
    // Its generated Rust names no role.
    let source = emit::rust::source(&registry, &Layout::new("registry/error-codes.yaml")).unwrap();
    assert!(
        trait_impls(&parse_rust(&source), "Has").is_empty(),
        "{source}"
    );
}

#[test]
fn a_role_left_out_is_played_by_the_code_of_its_name() {
    let roles = [Role::InternalError, Role::RouteNotFound];
    let codes: Vec<(&str, u16)> = roles.iter().map(|r| (r.as_str(), 500)).collect();
    let registry = load(&registry("", &codes));
    for role in roles {
        assert_eq!(registry.roles.code(role), Some(role.as_str()));
    }
    assert_eq!(registry.roles.code(Role::MethodNotAllowed), None);
}

#[test]
fn roles_assign_other_codes_and_headers() {
    let extra = "roles:\n  internal_error: we_broke\n  request_id_header: x-trace\nheaders:\n  - {name: X-Trace, when: always}\n";
    // A code named after the role is there too: the assignment wins.
    let registry = load(&registry(
        extra,
        &[("we_broke", 500), ("internal_error", 500)],
    ));
    assert_eq!(registry.roles.code(Role::InternalError), Some("we_broke"));
    // The header as the registry lists it, whatever case the role wrote.
    assert_eq!(registry.roles.request_id_header, "X-Trace");
    let source = emit::rust::source(&registry, &Layout::new("registry/error-codes.yaml")).unwrap();
    let file = parse_rust(&source);
    let vocabulary = trait_impls(&file, "Vocabulary");
    let [(_, vocabulary)] = vocabulary.as_slice() else {
        panic!("not one Vocabulary impl:\n{source}");
    };
    // `Headers::new(request_id)`, then a setter per rate-limit header.
    let mut headers = impl_const(vocabulary, "HEADERS");
    while let Some(syn::Expr::MethodCall(call)) = headers {
        headers = Some(&*call.receiver);
    }
    let Some(syn::Expr::Call(new)) = headers else {
        panic!("HEADERS is not built with Headers::new:\n{source}");
    };
    assert!(tokens(&new.func).ends_with("Headers :: new"), "{source}");
    let request_id = new
        .args
        .first()
        .unwrap_or_else(|| panic!("no request_id in HEADERS:\n{source}"));
    assert_eq!(tokens(request_id), tokens(&"x-trace"), "{source}");
    // `impl Has<role::InternalError> for ErrorCode { const CODE: Self = ErrorCode::WeBroke; }`
    let internal_error: Vec<String> = trait_impls(&file, "Has")
        .into_iter()
        .filter(|(arguments, _)| arguments.ends_with(":: InternalError >"))
        .map(|(_, item)| tokens(impl_const(item, "CODE").expect("a Has impl has CODE")))
        .collect();
    assert_eq!(
        internal_error,
        [tokens(&quote::quote!(ErrorCode::WeBroke))],
        "{source}"
    );
}

#[test]
fn a_role_naming_an_unknown_code_or_header_is_located_with_a_suggestion() {
    let extra = "roles:\n  internal_error: we_brok\n  request_id_header: X-Tarce\nheaders:\n  - {name: X-Trace, when: always}\n";
    let text = registry(extra, &[("we_broke", 500)]);
    let err = crate::project::parse(Path::new("r.yaml"), &text).unwrap_err();
    let found: Vec<(u64, String, String)> = err
        .iter()
        .map(|d| {
            (
                d.location().line,
                d.to_string(),
                d.help().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].0, 7);
    assert!(found[0].1.contains("unknown code \"we_brok\""), "{found:?}");
    assert!(found[0].2.contains("\"we_broke\""), "{found:?}");
    assert_eq!(found[1].0, 8);
    assert!(
        found[1].1.contains("unknown header \"X-Tarce\""),
        "{found:?}"
    );
    assert!(found[1].2.contains("\"X-Trace\""), "{found:?}");
}
