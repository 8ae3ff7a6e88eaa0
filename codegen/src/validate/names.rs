//! Pass 2: the naming policy, and one collision rule for every generated
//! name (the style of prost's `ident.rs` and cxx's `duplicate_name`).
//!
//! Each output scope a registry name lands in is a [`Namespace`]: wire codes
//! (which are also TypeScript's keys and union members for codes),
//! `ErrorCode` variants (with `ErrorCode`'s own items), Python's `ErrorCode`
//! members, `Category` variants (with `Category`'s own items; also the keys
//! of TypeScript's `CATEGORIES`), Python's `Category` members, the `headers`
//! constants (which are also the keys of TypeScript's `HEADERS` and the
//! members of Python's `Header`), header names on the wire, and the docs
//! page's section titles. Every name is made by one function here (or
//! written as an override, `name:` and `python_name:`), stored in the model,
//! and [`Namespace::claim`]ed; a clash is reported once, at the second place,
//! pointing at the first, with the override that resolves it. No emitter
//! makes a name, so no name depends on registry order.

use std::collections::HashMap;

use error_codes_runtime::Envelope as WireEnvelope;

use crate::diagnostic::Location;
use crate::model::{CodeStyle, Registry};
use crate::naming::{is_python_member, is_rust_variant};

use super::{Check, NamePlace, Places};

/// Names a Python enum member may not take beyond `is_python_member`'s
/// rule: none (see there).
pub(crate) const PYTHON_RESERVED: &[&[Reserved]] = &[];

/// A name a registry item may not generate, and why.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Reserved {
    pub name: &'static str,
    pub why: &'static str,
}

/// Associated types `ErrorCode` and `Category` get from the traits they
/// implement (or derive): a variant of the same name makes `Self::Err` and
/// the like ambiguous (rustc's `ambiguous_associated_items`).
const TRAIT_TYPES: &[Reserved] = &[
    Reserved {
        name: "Self",
        why: "`Self` is a keyword",
    },
    Reserved {
        name: "Err",
        why: "`<ErrorCode as FromStr>::Err` would be ambiguous with it",
    },
    Reserved {
        name: "Error",
        why: "`<ErrorCode as TryFrom<&str>>::Error` would be ambiguous with it",
    },
    Reserved {
        name: "Owned",
        why: "`<ErrorCode as ToOwned>::Owned` would be ambiguous with it",
    },
    Reserved {
        name: "Target",
        why: "an associated type of a standard trait (`Deref::Target`) would be ambiguous with it",
    },
    Reserved {
        name: "Output",
        why: "an associated type of a standard trait (`Fn`, operators) would be ambiguous with it",
    },
    Reserved {
        name: "Item",
        why: "`Iterator::Item` would be ambiguous with it",
    },
    Reserved {
        name: "IntoIter",
        why: "`IntoIterator::IntoIter` would be ambiguous with it",
    },
    Reserved {
        name: "Value",
        why: "an associated type of serde's traits would be ambiguous with it",
    },
    Reserved {
        name: "Category",
        why: "`<ErrorCode as Vocabulary>::Category` (the runtime's trait) would be ambiguous with it",
    },
    Reserved {
        name: "Details",
        why: "`<ErrorCode as HasDetails>::Details` (the runtime's trait) would be ambiguous with it",
    },
];

/// Names an `ErrorCode` variant may not take: the associated types above,
/// the variants of `Code` (a variant `Known` or `Unknown` would read as
/// `Code`'s in every match and in the docs), and `ErrorCode`'s own
/// associated items, generated or the runtime's. A variant is UpperCamelCase,
/// so only some of these can ever clash, but the list is the whole of
/// `ErrorCode`'s namespace; its associated items are the runtime's table
/// (`error_codes_runtime::ERROR_CODE_ITEMS`), which its tests hold to the macro.
pub(crate) const ERROR_CODE_RESERVED: &[&[Reserved]] = &[
    TRAIT_TYPES,
    CODE_VARIANTS,
    ERROR_CODE_ITEMS,
    OPERATION_ENUM_ITEMS,
];

/// The associated items of every operation enum, whose variants are the
/// codes' `ErrorCode` variants: no code's variant may take one.
const OPERATION_ENUM_ITEMS: &[Reserved] = &[Reserved {
    name: "CODES",
    why: "it is an associated item of each operation's enum (`operations::…Error::CODES`)",
}];

const CODE_VARIANTS: &[Reserved] = &[
    Reserved {
        name: "Known",
        why: "`Code::Known` is the variant for known codes; `ErrorCode::Known` would read as it",
    },
    Reserved {
        name: "Unknown",
        why: "`Code::Unknown` is the variant for codes this build does not know; `ErrorCode::Unknown` would read as it",
    },
];

/// Each of `names`, reserved for `why`.
const fn reserve<const N: usize>(names: &[&'static str], why: &'static str) -> [Reserved; N] {
    let mut reserved = [Reserved { name: "", why }; N];
    let mut i = 0;
    while i < N {
        reserved[i].name = names[i];
        i += 1;
    }
    reserved
}

/// `ErrorCode`'s associated constants and methods: the runtime's table of
/// them (given by its `vocabulary!`, its `Vocabulary` trait and capabilities; the
/// generated `ALL` and `lookup` are among the trait's).
const ERROR_CODE_ITEMS: &[Reserved] = &reserve::<{ error_codes_runtime::ERROR_CODE_ITEMS.len() }>(
    error_codes_runtime::ERROR_CODE_ITEMS,
    "it is an associated item of `ErrorCode`",
);

/// Names a `Category` variant may not take: associated types, and
/// `Category`'s own items (`Category::ALL` is the one an UpperCamelCase
/// `name:` can hit).
pub(crate) const CATEGORY_RESERVED: &[&[Reserved]] =
    &[TRAIT_TYPES, GENERATED_CATEGORY_ITEMS, CATEGORY_ITEMS];

/// What the generated code itself gives `Category`.
const GENERATED_CATEGORY_ITEMS: &[Reserved] = &[Reserved {
    name: "ALL",
    why: "it is an associated item of `Category`",
}];

/// What the runtime's `vocabulary!` gives `Category` (the runtime's table).
const CATEGORY_ITEMS: &[Reserved] = &reserve::<{ error_codes_runtime::CATEGORY_ITEMS.len() }>(
    error_codes_runtime::CATEGORY_ITEMS,
    "it is an associated item of `Category`",
);

/// Whoever holds a name.
#[derive(Debug, Clone)]
enum Holder {
    /// A registry item: what it is (`code "err"`) and where.
    Item { what: String, location: Location },
    /// A generated or hand-written item of the runtime.
    Reserved(&'static str),
}

/// One output scope: the names taken in it, and by whom.
#[derive(Debug)]
pub(crate) struct Namespace {
    /// What a name here is, e.g. "`ErrorCode` variant".
    kind: &'static str,
    /// Whether `X-A` and `x-a` are the same name (HTTP header names).
    case_insensitive: bool,
    taken: HashMap<String, Holder>,
}

impl Namespace {
    pub(crate) fn new(kind: &'static str) -> Self {
        Namespace {
            kind,
            case_insensitive: false,
            taken: HashMap::new(),
        }
    }

    /// A namespace where names differing only in ASCII case are the same.
    pub(crate) fn case_insensitive(kind: &'static str) -> Self {
        Namespace {
            case_insensitive: true,
            ..Namespace::new(kind)
        }
    }

    /// Takes every reserved name before any registry item can.
    pub(crate) fn reserving(mut self, lists: &[&[Reserved]]) -> Self {
        for reserved in lists.iter().flat_map(|list| list.iter()) {
            self.taken
                .entry(reserved.name.to_string())
                .or_insert(Holder::Reserved(reserved.why));
        }
        self
    }

    /// Takes each of `names` (a name, and what it is) before any registry
    /// item can.
    pub(crate) fn reserving_names(mut self, names: Vec<(String, &'static str)>) -> Self {
        for (name, why) in names {
            let key = self.key(&name);
            self.taken.entry(key).or_insert(Holder::Reserved(why));
        }
        self
    }

    /// Whether `name` is still free here.
    fn is_free(&self, name: &str) -> bool {
        !self.taken.contains_key(&self.key(name))
    }

    /// The first of `candidates` that is free here and passes `valid`.
    fn first_free(
        &self,
        candidates: impl IntoIterator<Item = String>,
        valid: fn(&str) -> bool,
    ) -> Option<String> {
        candidates
            .into_iter()
            .find(|name| valid(name) && self.is_free(name))
    }

    fn key(&self, name: &str) -> String {
        if self.case_insensitive {
            name.to_ascii_lowercase()
        } else {
            name.to_string()
        }
    }

    /// Claims `name` for `what` (e.g. `code "err"`), written at `location`.
    /// On a clash, reports it once (here, pointing at the holder) and
    /// returns `false`; `rename` is the advice for this kind of item, e.g.
    /// "rename the code".
    pub(crate) fn claim(
        &mut self,
        cx: &mut Check<'_>,
        name: &str,
        location: &Location,
        what: &str,
        rename: &str,
    ) -> bool {
        let key = self.key(name);
        let Some(holder) = self.taken.get(&key) else {
            self.taken.insert(
                key,
                Holder::Item {
                    what: what.to_string(),
                    location: location.clone(),
                },
            );
            return true;
        };
        let kind = self.kind;
        let d = match holder {
            Holder::Item {
                what: first,
                location: first_at,
            } if first == what => cx
                .at(location, format!("duplicate {what}"))
                .with_related(first_at.clone(), "first defined")
                .with_help(format!("{rename}: each is defined once")),
            Holder::Item {
                what: first,
                location: first_at,
            } => cx
                .at(
                    location,
                    format!("{what} clashes with {first}: both give the {kind} `{key}`"),
                )
                .with_related(first_at.clone(), first.clone())
                .with_help(rename.to_string()),
            Holder::Reserved(why) => cx
                .at(
                    location,
                    format!("{what} would give the {kind} `{name}`, which is reserved: {why}"),
                )
                .with_help(rename.to_string()),
        };
        cx.report(d);
        false
    }
}

/// Claims every name of the registry in its namespace.
pub(super) fn check(cx: &mut Check<'_>, registry: &Registry, places: &Places) {
    let mut wire_codes = Namespace::new("wire code");
    // snake_case keeps today's rule: its codes cannot differ in case, and
    // two that differ in underscores alone (`m_2`, `m2`) clash where their
    // names do, with the `name:` that resolves it.
    let mut look_alikes = Namespace::new("code, ignoring case and separators,");
    let mut variants = Namespace::new("`ErrorCode` variant").reserving(ERROR_CODE_RESERVED);
    let mut python_codes = Namespace::new("Python `ErrorCode` member").reserving(PYTHON_RESERVED);
    // Codes whose variant is refused (reported): their details struct,
    // named as it, is not reported again.
    let mut refused = std::collections::HashSet::new();
    for place in &places.codes {
        let code = &place.code;
        let what = format!("code {:?}", code.value);
        let unique = wire_codes.claim(
            cx,
            &code.value,
            &code.location,
            &what,
            "remove or rename one of them",
        ) && (registry.code_style == CodeStyle::SnakeCase
            || look_alikes.claim(
            cx,
            &look_alike_key(&code.value),
            &code.location,
            &what,
            "codes that differ only in case or separators ('_', '.', '-') are easily confused: rename one of them",
        ));
        let Some(names) = place.names.as_ref().filter(|_| unique) else {
            continue;
        };
        if !claim_name(
            cx,
            &mut variants,
            &names.rust,
            ("code", &what),
            Language::Rust,
        ) {
            refused.insert(code.value.clone());
        }
        claim_name(
            cx,
            &mut python_codes,
            &names.python,
            ("code", &what),
            Language::Python,
        );
    }

    let mut titles = Namespace::new("docs page section");
    let mut category_variants = Namespace::new("`Category` variant").reserving(CATEGORY_RESERVED);
    let mut python_categories =
        Namespace::new("Python `Category` member").reserving(PYTHON_RESERVED);
    for (category, place) in registry.categories.iter().zip(&places.categories) {
        let what = format!("category title {:?}", category.title);
        if !titles.claim(
            cx,
            &category.title,
            &place.title,
            &what,
            "rename one of them",
        ) {
            // Same title, so of course the same Rust name: reported once.
            continue;
        }
        let what = format!("category {:?}", category.title);
        let rust_unique = claim_name(
            cx,
            &mut category_variants,
            &place.names.rust,
            ("category", &what),
            Language::Rust,
        );
        if !rust_unique && !place.names.python.written {
            // Its Python member is derived from the clashing Rust name:
            // reported once, and fixed with it.
            continue;
        }
        claim_name(
            cx,
            &mut python_categories,
            &place.names.python,
            ("category", &what),
            Language::Python,
        );
    }

    let mut wire_headers = Namespace::case_insensitive("HTTP header name (case-insensitive)");
    let mut header_consts =
        Namespace::new("Rust constant, TypeScript `HEADERS` key and Python `Header` member")
            .reserving(&[HEADER_CONST_RESERVED]);
    for (header, (at, valid)) in registry.headers.iter().zip(&places.headers) {
        let what = format!("header {:?}", header.name);
        if wire_headers.claim(cx, &header.name, at, &what, "remove or merge one of them") && *valid
        {
            header_consts.claim(
                cx,
                &header.const_name,
                at,
                &what,
                "spell one of the header names differently: each needs its own constant",
            );
        }
    }
    details(cx, registry, places, &refused);
}

/// Names in the generated `headers` module besides the headers' constants.
const HEADER_CONST_RESERVED: &[Reserved] = &[Reserved {
    name: crate::naming::CORS_EXPOSE_HEADERS,
    why: "it is the `headers` module's list of the headers to expose cross-origin",
}];

/// Names in the `details` module besides the codes' structs.
const DETAILS_RESERVED: &[Reserved] = &[Reserved {
    name: crate::naming::DETAILS_ENUM,
    why: "`details::Details` is the enum of every code's details",
}];

/// Names a class of the Python package's `details` module may not take.
const PYTHON_CLASS_RESERVED: &[Reserved] = &reserve::<
    { crate::naming::PYTHON_CAPITALISED_KEYWORDS.len() },
>(
    crate::naming::PYTHON_CAPITALISED_KEYWORDS,
    "it is a Python keyword: the Python package's `details` module cannot have a class of that name",
);

/// Names a details member's Rust field may not take: the keywords that
/// cannot be raw identifiers.
const FIELD_RESERVED: &[Reserved] = &reserve::<{ crate::naming::RUST_NOT_RAW.len() }>(
    crate::naming::RUST_NOT_RAW,
    "it is a Rust keyword that cannot be a raw identifier (`r#...`)",
);

/// Variants an `enum:` member's Rust enum has itself.
const ENUM_RESERVED: &[Reserved] = &[Reserved {
    name: crate::naming::OTHER_VALUE,
    why: "`Other(String)` keeps a value added after this build",
}];

/// Every name a code's declared details generate: the `details` module's
/// structs (the codes' variants) and `enum:` types, each member's field per
/// language, each `enum:` value's variant; and, in an `rfc9457` registry,
/// members that would be the problem document's own.
fn details(
    cx: &mut Check<'_>,
    registry: &Registry,
    places: &Places,
    refused: &std::collections::HashSet<String>,
) {
    use crate::naming::{enum_value_variant, member_enum};

    let mut types = Namespace::new("type of the `details` module")
        .reserving(&[DETAILS_RESERVED, PYTHON_CLASS_RESERVED]);
    // Every shared schema name (`naming::shared_schemas`) that a code's
    // details schema (`naming::code_details_schema`, its variant and
    // `Details`) could take.
    let mut schemas =
        Namespace::new("schema name").reserving_names(crate::naming::shared_schemas());
    for (_, code) in registry.codes().filter(|(_, c)| !c.members.is_empty()) {
        let what = format!("code {:?}", code.code);
        let free = |types: &Namespace| {
            Language::Rust
                .candidates(&code.rust_name)
                .find(|name| is_rust_variant(name) && types.is_free(name))
                .unwrap_or_default()
        };
        let rename = format!(
            "name the code's variant, and its details struct: `name: {}`",
            free(&types)
        );
        let at = places
            .codes
            .iter()
            .find(|p| p.code.value == code.code)
            .map_or(&code.location, |p| {
                p.names.as_ref().map_or(&p.code.location, |n| &n.rust.at)
            });
        if !refused.contains(&code.code) && types.claim(cx, &code.rust_name, at, &what, &rename) {
            // Its details schema is named after the same variant.
            let schema = crate::naming::code_details_schema(&code.rust_name);
            let rename = format!(
                "name the code's variant, and its details schema: `name: {}`",
                Language::Rust
                    .candidates(&code.rust_name)
                    .find(|name| is_rust_variant(name)
                        && types.is_free(name)
                        && schemas.is_free(&crate::naming::code_details_schema(name)))
                    .unwrap_or_default()
            );
            schemas.claim(cx, &schema, at, &what, &rename);
        }

        for group in crate::naming::member_groups(code) {
            // An object member's type, named as an `enum:` member's enum.
            if let Some(object) = group.member {
                types.claim(
                    cx,
                    &group.type_name,
                    &object.location,
                    &format!("the object type of {:?}", group.path),
                    &format!(
                        "rename the member, or name the code's variant: `name: {}`",
                        free(&types)
                    ),
                );
            }
            let mut wire = Namespace::new("member");
            let mut fields = Namespace::new("Rust field").reserving(&[FIELD_RESERVED]);
            let mut python = Namespace::new("Python field");
            for member in group.members {
                let what = format!("member {:?} of {:?}", member.name, group.path);
                // A problem document holds these itself; a code's details
                // members are top-level extension members beside them.
                if group.member.is_none()
                    && registry.envelope == crate::model::Envelope::Rfc9457
                    && WireEnvelope::PROBLEM_MEMBERS.contains(&member.name.as_str())
                {
                    cx.report(
                    cx.at(
                        &member.location,
                        format!(
                            "{what} would be a member of the problem document itself: under `envelope: rfc9457`, details members are top-level extension members, beside {}",
                            WireEnvelope::PROBLEM_MEMBERS.join(", ")
                        ),
                    )
                    .with_help("rename the member"),
                );
                    continue;
                }
                let rename = "rename one of the members: each language names them by their words";
                if !wire.claim(
                    cx,
                    &member.name,
                    &member.location,
                    &what,
                    "rename one of them",
                ) {
                    continue;
                }
                // The Python field is made from the same words: a clash of both
                // is reported once.
                if fields.claim(cx, &member.rust_name, &member.location, &what, rename) {
                    python.claim(cx, &member.python_name, &member.location, &what, rename);
                }
                let crate::model::MemberType::Enum(values) = &member.ty else {
                    continue;
                };
                let name = member_enum(&group.type_name, &member.name);
                types.claim(
                    cx,
                    &name,
                    &member.location,
                    &format!("the values of {:?}.{}", group.path, member.name),
                    &format!(
                        "rename the member, or name the code's variant: `name: {}`",
                        free(&types)
                    ),
                );
                let mut wire_values = Namespace::new("value");
                let mut variants = Namespace::new("enum variant").reserving(&[ENUM_RESERVED]);
                for value in values {
                    let what = format!("value {value:?} of {:?}.{}", group.path, member.name);
                    if !wire_values.claim(cx, value, &member.location, &what, "remove one of them")
                    {
                        continue;
                    }
                    let variant = enum_value_variant(value);
                    if !is_rust_variant(&variant) {
                        cx.report(
                        cx.at(&member.location, format!("{what} makes no Rust enum variant"))
                            .with_help("an `enum:` value needs a letter before any digit or symbol (`sanctions_review`, `v3ds`)"),
                    );
                        continue;
                    }
                    variants.claim(
                        cx,
                        &variant,
                        &member.location,
                        &what,
                        "spell the values differently: each needs its own variant",
                    );
                }
            }
        }
    }
}

/// What two look-alike codes have in common: the code without its
/// separators (`_`, `.`, `-`), in lowercase. `BlobNotFound`,
/// `blob_not_found` and `Blob.NotFound` are one code to a reader (and to a
/// client that folds case), so a registry holds at most one of them.
pub(crate) fn look_alike_key(code: &str) -> String {
    code.chars()
        .filter(|c| !matches!(c, '_' | '.' | '-'))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// A language an item's name can be overridden in, and how.
#[derive(Debug, Clone, Copy)]
enum Language {
    Rust,
    Python,
}

impl Language {
    /// The registry key that overrides the name.
    fn key(self) -> &'static str {
        match self {
            Language::Rust => "name",
            Language::Python => "python_name",
        }
    }

    /// Names to suggest instead of `name`, best first: `ErrFailure`,
    /// `ErrFailure2`, ...; `ABC1_2`, `ABC1_3`, ...
    fn candidates(self, name: &str) -> impl Iterator<Item = String> {
        let name = name.to_string();
        (1..100).map(move |n| match (self, n) {
            (Language::Rust, 1) => format!("{name}Failure"),
            (Language::Rust, n) => format!("{name}Failure{n}"),
            (Language::Python, n) => format!("{name}_{}", n + 1),
        })
    }

    fn valid(self) -> fn(&str) -> bool {
        match self {
            Language::Rust => is_rust_variant,
            Language::Python => is_python_member,
        }
    }
}

/// Claims one generated name of `what`, an `item` (code, category); on a
/// clash the help gives the override to write, with a name that is free
/// and valid. `false` when the name is invalid (reported already) or taken.
fn claim_name(
    cx: &mut Check<'_>,
    namespace: &mut Namespace,
    place: &NamePlace,
    (item, what): (&str, &str),
    language: Language,
) -> bool {
    if !place.valid {
        return false;
    }
    let key = language.key();
    let kind = namespace.kind;
    let help = match namespace.first_free(language.candidates(&place.name), language.valid()) {
        Some(free) if place.written => format!("choose another {kind}, e.g. `{key}: {free}`"),
        Some(free) => format!("keep the {item} and name its {kind}: `{key}: {free}`"),
        None => format!("choose another `{key}:`"),
    };
    namespace.claim(cx, &place.name, &place.at, what, &help)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggested_overrides_are_valid_and_distinct() {
        for (language, name) in [(Language::Rust, "Err"), (Language::Python, "ABC1")] {
            let candidates: Vec<String> = language.candidates(name).collect();
            assert!(candidates.iter().all(|c| language.valid()(c) && c != name));
            let unique: std::collections::HashSet<_> = candidates.iter().collect();
            assert_eq!(unique.len(), candidates.len());
        }
    }
}
