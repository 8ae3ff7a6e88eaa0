//! Registry → the npm package's data module (`clients/typescript/src/codes.ts`):
//! the code union, per-code data, header names and the types derived from
//! the registry. Data only: the package's behaviour (envelopes, headers,
//! retry advice) is hand-written TypeScript that imports it, copied beside
//! it (see [`super::client_runtime`]).
//!
//! Registry text reaches TypeScript only as JSON string literals and inside
//! block comments, each escaped for where it lands.

mod google;
pub(crate) mod grpc;
mod member_objects;
pub(crate) mod operations;
mod readers;

use std::fmt::Write;

use super::describe;
use super::tree::json_string;
use crate::model::{DetailsShape, Registry, Retry, StatusKind};
use crate::naming;

/// A TypeScript string literal. JSON's escapes suffice, plus the two line
/// separators older engines reject inside literals.
pub(crate) fn string(s: &str) -> String {
    json_string(s)
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// Text for a `/** … */` comment: nothing in it may close the comment.
pub(crate) fn comment(s: &str) -> String {
    s.replace("*/", "*\\/")
}

/// An object key: bare when it is an identifier, quoted otherwise.
fn key(s: &str) -> String {
    let identifier = s
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if identifier { s.to_string() } else { string(s) }
}

fn union(values: impl IntoIterator<Item = String>) -> String {
    let members: Vec<String> = values.into_iter().map(|v| format!("\n  | {v}")).collect();
    if members.is_empty() {
        " never".into()
    } else {
        members.concat()
    }
}

fn nullable(value: Option<&str>) -> String {
    value.map_or_else(|| "null".into(), string)
}

/// One top-level item of the module.
enum Item {
    /// A type or an interface.
    Type(String),
    /// An exported constant.
    Const {
        doc: String,
        name: &'static str,
        annotation: Option<String>,
        init: String,
        /// Appended to the initializer (`as const`, `satisfies`).
        suffix: String,
    },
}

impl Item {
    fn render(&self, out: &mut String) {
        match self {
            Item::Type(text) => {
                out.push_str(text);
                out.push('\n');
            }
            Item::Const {
                doc,
                name,
                annotation,
                init,
                suffix,
            } => {
                out.push_str(doc);
                let annotation = annotation
                    .as_ref()
                    .map_or_else(String::new, |a| format!(": {a}"));
                let _ = writeln!(out, "export const {name}{annotation} = {init}{suffix};\n");
            }
        }
    }
}

/// The package's `src/codes.ts`: the registry's data and the types derived
/// from it. The package's behaviour is hand-written TypeScript that imports
/// this module (see [`super::client_runtime`]).
pub(crate) fn module(registry: &Registry) -> String {
    let page = &registry.page;
    // The provenance comment comes first, from `Layout::preamble`.
    let mut out = String::from("\n/**\n");
    let _ = writeln!(out, " * {}", comment(&page.title));
    for paragraph in &page.intro {
        let _ = writeln!(out, " *\n * {}", comment(paragraph));
    }
    out.push_str(" */\n\n");
    out.push_str(&readers::imports(registry));
    for item in items(registry) {
        item.render(&mut out);
    }
    // The last item's blank line is the file's end.
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn items(registry: &Registry) -> Vec<Item> {
    let mut items = Vec::new();
    items.push(Item::Type(format!(
        "/** Every error code the API defines. Branch on it, not on the HTTP status. */\nexport type ErrorCode ={};\n",
        union(registry.codes().map(|(_, c)| string(&c.code)))
    )));
    items.push(Item::Type(
        "/**\n * A code this module does not know: added to the API after it was generated.\n * `string & {}` keeps editors suggesting the known codes.\n */\nexport type UnknownErrorCode = string & {};\n".into(),
    ));
    items.push(Item::Type(
        "/** What a response's `error.code` can be. */\nexport type AnyErrorCode = ErrorCode | UnknownErrorCode;\n".into(),
    ));

    let codes: String = registry
        .codes()
        .map(|(_, code)| format!("  {},\n", string(&code.code)))
        .collect();
    items.push(Item::Const {
        doc: "/** Every code, in registry order. */\n".into(),
        name: "ERROR_CODES",
        annotation: Some("readonly ErrorCode[]".into()),
        init: format!("[\n{codes}]"),
        suffix: String::new(),
    });

    items.push(Item::Type(format!(
        "/** Rust-style names of the categories, the keys of {{@link CATEGORIES}}. */\nexport type Category ={};\n",
        union(registry.categories.iter().map(|c| string(&c.rust_name)))
    )));
    items.push(Item::Type(format!(
        "/** Whether repeating a failed request may succeed. */\nexport type Retry ={};\n",
        union(Retry::VALUES.iter().map(|(name, _)| string(name)))
    )));
    items.push(Item::Type(format!(
        "/** Typed shapes of `error.details`. */\nexport type DetailsShape ={};\n",
        union(DetailsShape::VALUES.iter().map(|(name, _)| string(name)))
    )));

    let categories_type = "{\n  readonly [C in Category]: {\n    readonly title: string;\n    readonly statusKind: \"response\" | \"reported\";\n    readonly codes: readonly ErrorCode[];\n  };\n}";
    let mut categories = String::from("{\n");
    for category in &registry.categories {
        let kind = match category.status_kind {
            StatusKind::Response => "response",
            StatusKind::Reported => "reported",
        };
        let codes: Vec<String> = category.codes.iter().map(|c| string(&c.code)).collect();
        let _ = writeln!(
            categories,
            "  {}: {{\n    title: {},\n    statusKind: {},\n    codes: [{}],\n  }},",
            key(&category.rust_name),
            string(&category.title),
            string(kind),
            codes.join(", ")
        );
    }
    categories.push('}');
    items.push(Item::Const {
        doc: "/** The categories of the docs page, in order. A `reported` status describes something else (a webhook delivery), not the API's response. */\n".into(),
        name: "CATEGORIES",
        annotation: Some(categories_type.into()),
        init: categories,
        suffix: String::new(),
    });

    let mut statuses = String::from("{\n");
    for (_, code) in registry.codes() {
        let _ = writeln!(statuses, "  {}: {},", key(&code.code), code.status);
    }
    statuses.push('}');
    items.push(Item::Const {
        doc: "/** The HTTP status of every code. */\n".into(),
        name: "ERROR_CODE_STATUS",
        annotation: None,
        init: statuses,
        suffix: " as const satisfies { readonly [C in ErrorCode]: number }".into(),
    });

    let mut retry = String::from("{\n");
    let mut meaning = String::from("{\n");
    for (_, code) in registry.codes() {
        let _ = writeln!(
            retry,
            "  {}: {},",
            key(&code.code),
            string(code.retry.as_str())
        );
        let _ = writeln!(
            meaning,
            "  {}: {},",
            key(&code.code),
            nullable(code.meaning.as_deref())
        );
    }
    retry.push('}');
    meaning.push('}');
    items.push(Item::Const {
        doc: "/** Whether repeating a request that failed with a code may succeed (what `retryAdvice` answers for a known code). */\n".into(),
        name: "ERROR_CODE_RETRY",
        annotation: None,
        init: retry,
        suffix: " as const satisfies { readonly [C in ErrorCode]: Retry }".into(),
    });
    items.push(Item::Const {
        doc: "/** What each code means (`null` when the registry gives no meaning). */\n".into(),
        name: "ERROR_CODE_MEANING",
        annotation: None,
        init: meaning,
        suffix: " as const satisfies { readonly [C in ErrorCode]: string | null }".into(),
    });

    items.push(Item::Type(
        "/** Everything the registry says about a code. */\nexport interface ErrorCodeInfo {\n  readonly status: number;\n  readonly category: Category;\n  readonly meaning: string | null;\n  readonly retry: Retry;\n  readonly details: DetailsShape | null;\n  readonly deprecated: {\n    readonly since: string;\n    /** The ISO 8601 date (YYYY-MM-DD) from which the code may be removed, if announced. */\n    readonly sunset: string | null;\n    readonly useInstead: ErrorCode | null;\n    readonly note: string | null;\n  } | null;\n  /** Where the code is documented. */\n  readonly docUrl: string | null;\n}\n".into(),
    ));
    let mut info = String::from("{\n");
    for (category, code) in registry.codes() {
        let deprecated = code.deprecated.as_ref().map_or_else(
            || "null".to_string(),
            |d| {
                format!(
                    "{{ since: {}, sunset: {}, useInstead: {}, note: {} }}",
                    string(&d.since),
                    nullable(d.sunset.map(|date| date.to_string()).as_deref()),
                    nullable(d.use_instead.as_deref()),
                    nullable(d.note.as_deref())
                )
            },
        );
        let _ = writeln!(
            info,
            "  {}: {{\n    status: {},\n    category: {},\n    meaning: {},\n    retry: {},\n    details: {},\n    deprecated: {deprecated},\n    docUrl: {},\n  }},",
            key(&code.code),
            code.status,
            string(&category.rust_name),
            nullable(code.meaning.as_deref()),
            string(code.retry.as_str()),
            nullable(code.details.map(DetailsShape::as_str)),
            nullable(registry.doc_url(code).as_deref()),
        );
    }
    info.push('}');
    let info_type = "{ readonly [C in ErrorCode]: ErrorCodeInfo }";
    items.push(Item::Const {
        doc: "/** Everything the registry says about each code. A bundle that imports it holds every code's meaning, docs URL and status: import the one table you need (`ERROR_CODE_STATUS`, `ERROR_CODE_RETRY`, `ERROR_CODE_MEANING`) where bytes count. */\n".into(),
        name: "ERROR_CODE_INFO",
        annotation: Some(info_type.into()),
        init: info,
        suffix: String::new(),
    });

    let mut headers = String::from("{\n");
    for header in &registry.headers {
        let _ = writeln!(
            headers,
            "  {}: {},",
            key(&header.const_name),
            string(&header.name)
        );
    }
    headers.push('}');
    items.push(Item::Const {
        doc: "/** Response header names. */\n".into(),
        name: "HEADERS",
        annotation: None,
        init: headers,
        suffix: " as const".into(),
    });

    let roles = &registry.roles;
    let optional =
        |name: &Option<String>| name.as_deref().map_or_else(|| "null".to_owned(), string);
    items.push(Item::Const {
        doc: "/** The headers the client reads, by their role: the registry's names (`roles:`), `null` for a header it does not have. */\n".into(),
        name: "ROLE_HEADERS",
        annotation: None,
        init: format!(
            "{{\n  requestId: {},\n  retryAfter: {},\n  rateLimitLimit: {},\n  rateLimitRemaining: {},\n  rateLimitReset: {},\n}}",
            string(&roles.request_id_header),
            string(crate::model::Roles::RETRY_AFTER),
            optional(&roles.rate_limit[0]),
            optional(&roles.rate_limit[1]),
            optional(&roles.rate_limit[2]),
        ),
        suffix: " as const".into(),
    });

    items.push(Item::Const {
        doc: format!(
            "/** The shape of the API's error bodies (`envelope:` in the registry), one of {}. The reader reads each. */\n",
            comment(&describe::envelope_values(string))
        ),
        name: "ENVELOPE",
        annotation: None,
        init: string(registry.envelope.as_str()),
        suffix: " as const".into(),
    });
    let layout_doc = "/** Where each field of an error goes in the API's own body layout (`envelope:` in the registry): a member path (names joined by `.` for nesting) under `root` (`null`: the body itself), `null` for a field not in the body; `null` when the API has no layout of its own. `parseErrorEnvelope` reads it. */\n";
    items.push(match &registry.body {
        Some(layout) => {
            let mut members: Vec<String> = layout
                .fields()
                .map(|(field, path)| format!("  {field}: {},\n", nullable(path)))
                .to_vec();
            if layout.code_number {
                members.push(format!("  code_type: {},\n", string("number")));
            }
            if let Some(path) = &layout.declared_members {
                members.push(format!("  declared_members: {},\n", string(path)));
            }
            // An array root as the registry writes it (`errors[]`), and its
            // field pointer.
            members[0] = format!(
                "  root: {},\n",
                nullable(layout.root_as_written().as_deref())
            );
            for (key, value) in layout.reader_items() {
                members.push(format!("  {key}: {},\n", string(value)));
            }
            for (key, text) in layout.reader_keys() {
                members.push(format!("  {key}: {},\n", string(&text)));
            }
            Item::Const {
                doc: layout_doc.into(),
                name: "BODY_LAYOUT",
                annotation: None,
                init: format!("{{\n{}}}", members.concat()),
                suffix: " as const".into(),
            }
        }
        None => Item::Const {
            doc: layout_doc.into(),
            name: "BODY_LAYOUT",
            annotation: Some("null".into()),
            init: "null".into(),
            suffix: String::new(),
        },
    });
    items.push(google::body_item(registry));
    items.push(Item::Const {
        doc: "/** The published docs page: a code's docs URL, and its problem `type`, is this with `#` and the code, unless the registry gives each code its own (`page.code_docs_url`; `ERROR_CODE_INFO[code].docUrl`). `null` when the registry has none. */\n".into(),
        name: "DOCS_URL",
        annotation: Some("string | null".into()),
        init: nullable(registry.page.docs_url.as_deref()),
        suffix: String::new(),
    });

    let detail_members: String = registry
        .codes()
        .map(|(_, code)| code)
        .filter(|code| code.problem_members().next().is_some())
        .map(|code| {
            let names: Vec<String> = code.problem_members().map(|m| string(&m.name)).collect();
            format!("  {}: [{}],\n", key(&code.code), names.join(", "))
        })
        .collect();
    items.push(Item::Const {
        doc: "/** The members each code's details declare, as the API sends them: under RFC 9457 they are top-level members of the problem document, which `parseErrorEnvelope` gathers into `details`. */\n".into(),
        name: "DETAIL_MEMBERS",
        annotation: Some("{ readonly [code: string]: readonly string[] }".into()),
        init: format!("{{\n{detail_members}}}"),
        suffix: String::new(),
    });
    items.extend(readers::items(registry));
    items.push(Item::Const {
        doc: "/** Statuses at which a code this package does not know is worth retrying after a delay. */\n".into(),
        name: "RETRYABLE_STATUSES",
        annotation: Some("readonly number[]".into()),
        init: format!("[{}]", statuses_list()),
        suffix: String::new(),
    });

    for shape in registry.used_shapes() {
        match shape {
            DetailsShape::FieldErrors => items.push(Item::Type(format!(
                "/** `error.details` of field-level validation errors: field name → problems. */\nexport interface {} {{\n  readonly fields: {{ readonly [field: string]: readonly string[] }};\n}}\n",
                naming::details_schema(shape)
            ))),
        }
    }
    let mut by_code = String::from(
        "/** `error.details` of the codes whose registry entry declares a shape. */\nexport interface DetailsByCode {\n",
    );
    for (_, code) in registry.codes() {
        if let Some(shape) = code.details {
            let _ = writeln!(
                by_code,
                "  {}: {};",
                key(&code.code),
                naming::details_schema(shape)
            );
        } else if !code.members.is_empty() {
            let _ = writeln!(by_code, "  {}: {{", key(&code.code));
            for member in &code.members {
                if let Some(description) = &member.description {
                    let _ = writeln!(by_code, "    /** {} */", comment(description));
                }
                let _ = writeln!(
                    by_code,
                    "    readonly {}{}: {};",
                    key(&member.name),
                    if member.optional { "?" } else { "" },
                    member_type(member, "    ")
                );
            }
            by_code.push_str("  };\n");
        }
    }
    by_code.push_str("}\n");
    items.push(Item::Type(by_code));
    items.push(Item::Type(operations::part(registry)));
    items
}

/// A details member's TypeScript type: `number`, `readonly string[]`, an
/// `enum:` member's values with `(string & {})` for a value added later,
/// an object's members (their lines indented under `indent`).
fn member_type(member: &crate::model::Member, indent: &str) -> String {
    use crate::model::MemberType;

    let scalar = match &member.ty {
        MemberType::String => "string".to_string(),
        MemberType::Integer | MemberType::Number => "number".to_string(),
        MemberType::Boolean => "boolean".to_string(),
        MemberType::Enum(values) => {
            let values: Vec<String> = values.iter().map(|v| string(v)).collect();
            let union = format!("{} | (string & {{}})", values.join(" | "));
            if member.list {
                format!("({union})")
            } else {
                union
            }
        }
        // An object's members, nested one level deeper.
        MemberType::Object(members) => member_objects::object_type(members, indent),
    };
    if member.list {
        format!("readonly {scalar}[]")
    } else {
        scalar
    }
}

fn statuses_list() -> String {
    error_codes_runtime::Retry::RETRYABLE_STATUSES
        .iter()
        .map(u16::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}
