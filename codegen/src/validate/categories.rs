//! `categories:`: each category's title, names, `status_kind` and `retry`,
//! and its codes (checked in `codes`).

use crate::load::RawCategory;
use crate::model::{Category, Retry, StatusKind};
use crate::naming;
use crate::yaml::Spanned;

use super::codes::code;
use super::keyword::keyword;
use super::name_overrides::python_name;
use super::status::usual_status;
use super::text::{line_text, text};
use super::{CategoryPlace, Check, NamePlace, NamePlaces, Places};

pub(super) fn categories(
    cx: &mut Check<'_>,
    places: &mut Places,
    raw: Spanned<Vec<RawCategory>>,
) -> Vec<Category> {
    if raw.value.is_empty() {
        cx.report(
            cx.at(&raw.location, "the registry has no categories")
                .with_help("add at least one category with at least one code"),
        );
    }
    raw.value
        .into_iter()
        .filter_map(|c| category(cx, places, c))
        .collect()
}

/// A category; `None` without a title (its codes still count as defined,
/// so references to them are not reported as unknown).
fn category(cx: &mut Check<'_>, places: &mut Places, c: RawCategory) -> Option<Category> {
    let Some(title_written) = &c.title else {
        let codes = c.codes.iter().flat_map(|codes| codes.value.iter());
        places
            .defined
            .extend(codes.filter_map(|code| code.code.as_ref().map(|n| n.value.clone())));
        return None;
    };
    let title = text(cx, title_written, "category title");
    let rust = match &c.name {
        Some(name) => {
            let valid = line_text(cx, name, "category name").is_some();
            if valid && !naming::is_rust_variant(&name.value) {
                cx.report(cx.at(
                    &name.location,
                    format!(
                        "category name {:?} is not an UpperCamelCase Rust identifier",
                        name.value
                    ),
                ));
            }
            NamePlace {
                name: name.value.clone(),
                at: name.location.clone(),
                written: true,
                valid: valid && naming::is_rust_variant(&name.value),
            }
        }
        None => {
            let derived = naming::category_variant(&title);
            let valid = naming::is_rust_variant(&derived);
            if !valid {
                cx.report(
                    cx.at(
                        &title_written.location,
                        format!("category title {title:?} gives no usable Rust name ({derived:?})"),
                    )
                    .with_help("add `name: SomeName` to the category"),
                );
            }
            NamePlace {
                name: derived,
                at: title_written.location.clone(),
                written: false,
                valid,
            }
        }
    };
    let python = python_name(
        cx,
        c.python_name.as_ref(),
        &rust,
        &format!("category {title:?}"),
    );
    let (rust_name, python_name) = (rust.name.clone(), python.name.clone());
    places.categories.push(CategoryPlace {
        title: title_written.location.clone(),
        names: NamePlaces { rust, python },
    });
    let status_kind = c
        .status_kind
        .as_ref()
        .and_then(|k| keyword(cx, k, StatusKind::VALUES, "status_kind", &title))
        .unwrap_or(StatusKind::Response);
    let category_retry = c
        .retry
        .as_ref()
        .and_then(|r| keyword(cx, r, Retry::VALUES, "retry", &title))
        .unwrap_or(Retry::Never);
    let location = c
        .key_location("title")
        .cloned()
        .unwrap_or_else(|| title_written.location.clone());
    let raw_codes = c.codes.map(|codes| {
        if codes.value.is_empty() {
            cx.report(
                cx.at(&codes.location, format!("category {title:?} has no codes"))
                    .with_help("add a code or remove the category"),
            );
        }
        codes.value
    });
    let raw_codes = raw_codes.unwrap_or_default();
    let category_grpc = c
        .grpc
        .as_ref()
        .and_then(|g| super::grpc::canonical(cx, places, g, &title));
    let usual = usual_status(&raw_codes).map(|status| (title.as_str(), status));
    let category_body =
        super::body_values::given(cx, places, c.body.as_ref(), &format!("category {title:?}"));
    let codes = raw_codes
        .into_iter()
        .filter_map(|raw| {
            code(
                cx,
                places,
                raw,
                category_retry,
                usual,
                category_grpc,
                &category_body,
            )
        })
        .collect();
    Some(Category {
        title,
        rust_name,
        python_name,
        status_kind,
        codes,
        location,
    })
}
