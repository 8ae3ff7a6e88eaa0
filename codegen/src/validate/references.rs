//! Pass 3: what refers to something else: `use_instead` and the envelope
//! example name codes of the registry, and the hand-written runtime names
//! codes and headers ([`crate::runtime`]) the registry must then have.

use crate::model::Registry;
use crate::runtime;
use crate::suggest;

use super::{Check, Places};

pub(super) fn check(cx: &mut Check<'_>, registry: &Registry, places: &Places) {
    example_code(cx, registry, places);
    use_instead(cx, registry, places);
    runtime_requirements(cx, registry, places);
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

/// Every code and header in [`runtime::CODES`] and [`runtime::HEADERS`] must
/// be in the registry: the runtime names them, so without them the crate
/// does not build (or, for headers, a feature of it breaks).
fn runtime_requirements(cx: &mut Check<'_>, registry: &Registry, places: &Places) {
    // A registry without categories is reported as such, once.
    let has_codes = places.categories_written && !registry.categories.is_empty();
    for required in runtime::CODES {
        if has_codes && !places.defined.contains(required.name) {
            cx.report(
                cx.at(
                    &places.categories_list,
                    format!(
                        "the registry has no code {:?}, which the error-codes runtime relies on: {}",
                        required.name, required.why
                    ),
                )
                .with_help(format!(
                    "add `- code: {}` with its status to a category (see {}); the list of what the runtime needs is codegen/src/runtime.rs",
                    required.name,
                    crate::layout::REGISTRY
                )),
            );
        }
    }
    for required in runtime::HEADERS {
        let present = registry
            .headers
            .iter()
            .any(|h| h.name.eq_ignore_ascii_case(required.name));
        if !present {
            cx.report(
                cx.at(
                    &places.headers_list,
                    format!(
                        "the registry has no header {:?}, which the error-codes runtime relies on: {}",
                        required.name, required.why
                    ),
                )
                .with_help(format!(
                    "add `- name: {}` with its `when:` under `headers:` (see {}); the list of what the runtime needs is codegen/src/runtime.rs",
                    required.name,
                    crate::layout::REGISTRY
                )),
            );
        }
    }
}

/// The defined code nearest to an unknown one.
fn nearest_code(registry: &Registry, unknown: &str) -> Option<String> {
    suggest::nearest(unknown, registry.codes().map(|(_, c)| c.code.as_str())).map(str::to_owned)
}
