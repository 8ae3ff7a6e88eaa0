//! Pass 3: what refers to something else: `use_instead`, the envelope
//! example and `roles:` name codes (and headers) of the registry.

use crate::model::{Category, Code};
use crate::model::{EnvelopeExample, HEADER_ROLES, Registry, Role, Roles};
use crate::naming;
use crate::suggest;

use super::{Check, Places};

pub(super) fn check(cx: &mut Check<'_>, registry: &Registry, places: &Places) {
    example_code(cx, registry, places);
    use_instead(cx, registry, places);
}

fn example_code(cx: &mut Check<'_>, registry: &Registry, places: &Places) {
    let Some(example) = &places.example_code else {
        return;
    };
    if places.defined.contains(&example.value) {
        return;
    }
    let help = match nearest_code(registry, &example.value) {
        Some(near) => format!("did you mean {near:?}? Use a code defined in `categories`"),
        None => "use a code defined in `categories`".into(),
    };
    cx.report(
        cx.at(
            &example.location,
            format!("envelope example uses unknown code {:?}", example.value),
        )
        .with_help(help),
    );
}

/// The envelope example of a registry that gives none (`page.envelope_example`
/// is optional): its first code, with the code's meaning as the message, and
/// the example request id ([`example_request_id`]).
pub(super) fn default_example(registry: &Registry) -> EnvelopeExample {
    let first = registry.codes().next().map(|(_, code)| code);
    EnvelopeExample {
        code: first.map(|c| c.code.clone()).unwrap_or_default(),
        message: first
            .and_then(|c| c.meaning.clone())
            .unwrap_or_else(|| "The request failed".to_owned()),
        request_id: Some(example_request_id(registry)),
    }
}

/// The request id of an example that names none: the runtime sends one in
/// every body whose layout maps it, so every example has one. The
/// request-id header's example when the registry lists that header with
/// one, else [`SAMPLE_REQUEST_ID`].
pub(super) fn example_request_id(registry: &Registry) -> String {
    registry
        .headers
        .iter()
        .find(|h| {
            h.name
                .eq_ignore_ascii_case(&registry.roles.request_id_header)
        })
        .and_then(|h| h.example.clone())
        .unwrap_or_else(|| SAMPLE_REQUEST_ID.to_owned())
}

/// A request id as the runtime makes one (`req_` and 16 hexadecimal
/// digits), for examples.
const SAMPLE_REQUEST_ID: &str = "req_7f3a9c2e41d05b86";

fn use_instead(cx: &mut Check<'_>, registry: &Registry, places: &Places) {
    for (code, target) in &places.use_instead {
        let location = &target.location;
        let target = &target.value;
        let d = match registry.code(target) {
            // Defined but invalid: reported where it is defined.
            None if places.defined.contains(target) => continue,
            None => cx
                .at(
                    location,
                    format!("code {code:?} is deprecated in favour of unknown code {target:?}"),
                )
                .with_help(match nearest_code(registry, target) {
                    Some(near) => format!("did you mean {near:?}?"),
                    None => "name a code defined in `categories`, or drop `use_instead`".into(),
                }),
            Some((_, t)) if t.code == *code => cx.at(
                location,
                format!("code {code:?} cannot be deprecated in favour of itself"),
            ),
            Some((_, t)) if t.deprecated.is_some() => cx.at(
                location,
                format!(
                    "code {code:?} is deprecated in favour of {target:?}, which is deprecated too"
                ),
            ),
            Some(_) => continue,
        };
        cx.report(d);
    }
}

/// The roles, resolved: each role `roles:` assigns must name a code (or,
/// for a header role, a header) of the registry; a role left out is played
/// by the code or header of its default name when there is one. A registry
/// that assigns no role at all is valid: what needs a role says so where it
/// is used (the runtime's `Has` bound).
pub(super) fn roles(cx: &mut Check<'_>, registry: &Registry, places: &Places) -> Roles {
    let written = |key: &str| places.roles.iter().find(|(k, _)| *k == key).map(|(_, v)| v);
    let mut codes = Vec::new();
    for &role in Role::ALL {
        match written(role.as_str()) {
            Some(value) => match registry.code(&value.value) {
                Some((_, code)) => codes.push((role, code.code.clone())),
                // Defined but invalid: reported where it is defined.
                None if places.defined.contains(&value.value) => {}
                None => {
                    let d = cx.at(
                        &value.location,
                        format!(
                            "role `{}` names unknown code {:?}",
                            role.as_str(),
                            value.value
                        ),
                    );
                    cx.report(match nearest_code(registry, &value.value) {
                        Some(near) => d.with_help(format!("did you mean {near:?}?")),
                        None => d.with_help("name a code defined in `categories`"),
                    });
                }
            },
            None => {
                if let Some((_, code)) = default_code(registry, role) {
                    codes.push((role, code.code.clone()));
                }
            }
        }
    }
    let header = |cx: &mut Check<'_>, (key, default): (&str, &str)| -> Option<String> {
        let listed = |name: &str| {
            registry
                .headers
                .iter()
                .find(|h| h.name.eq_ignore_ascii_case(name))
                .map(|h| h.name.clone())
        };
        let Some(value) = written(key) else {
            return listed(default);
        };
        let found = listed(&value.value);
        if found.is_none() {
            let d = cx.at(
                &value.location,
                format!("role `{key}` names unknown header {:?}", value.value),
            );
            let near = suggest::nearest(
                &value.value,
                registry.headers.iter().map(|h| h.name.as_str()),
            );
            cx.report(match near {
                Some(near) => d.with_help(format!("did you mean {near:?}?")),
                None => d.with_help("name a header listed under `headers:`"),
            });
        }
        found
    };
    let [request_id, limit, remaining, reset] = HEADER_ROLES;
    let request_id_header = header(cx, request_id).unwrap_or_else(|| {
        written(request_id.0).map_or_else(|| request_id.1.to_owned(), |v| v.value.clone())
    });
    Roles {
        codes,
        request_id_header,
        rate_limit: [header(cx, limit), header(cx, remaining), header(cx, reset)],
    }
}

/// The code that plays `role` when `roles:` does not say: the role's name
/// spelled in the registry's code style (`internal_error`,
/// `INTERNAL_ERROR`, `InternalError`, `internalError`, `internal-error`);
/// none in a numeric registry.
fn default_code(registry: &Registry, role: Role) -> Option<(&Category, &Code)> {
    let name = naming::spell_code(role.as_str(), registry.code_style)?;
    registry.code(&name)
}

/// The defined code nearest to an unknown one.
fn nearest_code(registry: &Registry, unknown: &str) -> Option<String> {
    suggest::nearest(unknown, registry.codes().map(|(_, c)| c.code.as_str())).map(str::to_owned)
}
