//! The naming policy: how every generated name is made from registry text
//! (prost-build's `ident.rs`). Validation claims the names in their
//! namespaces (`validate::names`); the emitters read them from the model or
//! make the few names that are not registry items (schema and response
//! component names) here, so no emitter makes a name of its own.

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::quote;

use crate::model::{CodeStyle, DetailsShape, Registry};

/// The `ErrorCode` variant of a code: `token_expired` → `TokenExpired`.
pub(crate) fn code_variant(code: &str) -> String {
    code.to_upper_camel_case()
}

/// The words of a code, in lower snake_case: the text its Python member is
/// made from. A snake_case code is its own words; another style's code is
/// split at its separators and case changes (`InvalidParameter.Format` →
/// `invalid_parameter_format`, `RESOURCE_EXHAUSTED` → `resource_exhausted`).
/// A numeric code has digits for words, which make no identifier.
pub(crate) fn code_words(code: &str, style: CodeStyle) -> String {
    match style {
        CodeStyle::SnakeCase => code.to_owned(),
        _ => code.to_snake_case(),
    }
}

/// `words` (lower snake_case, as [`code_words`] gives them or a role's
/// name) spelled as `style` spells a code: `internal_error` →
/// `InternalError`, `INTERNAL_ERROR`, `internal-error`, `internalError`.
/// A `dotted` code of one segment is PascalCase; `any` keeps snake_case;
/// `numeric` spells no words (`None`).
pub(crate) fn spell_code(words: &str, style: CodeStyle) -> Option<String> {
    let words = words.split('_').filter(|w| !w.is_empty());
    let capitalised = |w: &str| {
        let mut chars = w.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_ascii_uppercase().to_string() + &chars.as_str().to_ascii_lowercase()
        })
    };
    let lower: Vec<String> = words.map(str::to_ascii_lowercase).collect();
    Some(match style {
        CodeStyle::SnakeCase | CodeStyle::Any => lower.join("_"),
        CodeStyle::ScreamingSnakeCase => lower.join("_").to_ascii_uppercase(),
        CodeStyle::KebabCase => lower.join("-"),
        CodeStyle::PascalCase | CodeStyle::Dotted => lower.iter().map(|w| capitalised(w)).collect(),
        CodeStyle::CamelCase => lower
            .iter()
            .enumerate()
            .map(|(i, w)| if i == 0 { w.clone() } else { capitalised(w) })
            .collect(),
        CodeStyle::Numeric => return None,
    })
}

/// The `Category` variant of a category without `name:`: its title in
/// UpperCamelCase (`Authentication / Authorization` →
/// `AuthenticationAuthorization`).
pub(crate) fn category_variant(title: &str) -> String {
    title.to_upper_camel_case()
}

/// Whether `name` can be a variant of `ErrorCode` or `Category`: ASCII, an
/// uppercase letter, then letters and digits. (Reserved names such as `Self`
/// and `ALL` are [`Namespace`]'s business.)
pub(crate) fn is_rust_variant(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_alphanumeric())
}

/// The member of a Python enum (`ErrorCode`, `Category`) for a code or a
/// category's Rust name: UPPER_SNAKE_CASE, a `_` before each uppercase letter
/// that follows a lowercase letter or a digit (`token_expired` →
/// `TOKEN_EXPIRED`, `AuthenticationAuthorization` →
/// `AUTHENTICATION_AUTHORIZATION`, `Abc1` and `ABC1` → `ABC1`).
pub(crate) fn python_member(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let mut previous: Option<char> = None;
    for c in name.chars() {
        if c.is_ascii_uppercase()
            && previous.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit())
        {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
        previous = Some(c);
    }
    out
}

/// What [`is_python_member`] accepts, for diagnostics.
pub(crate) const PYTHON_MEMBER_RULE: &str = "a Python member is UPPER_SNAKE_CASE: an ASCII uppercase letter, then uppercase letters, digits and underscores";

/// Whether `name` can be a member of a generated Python enum. Every name
/// Python or the generated class already gives these enums is lowercase or
/// starts with `_`: `name`, `value`, `mro`, the `str` methods, the
/// properties (`http_status`, `title`, ...), sunder and dunder names, and the
/// keywords (`None`, `True` and `False` are not all uppercase). So this rule
/// alone keeps a member off them, and `validate::names::PYTHON_RESERVED` is empty; a test
/// checks the rule against what a real Python interpreter lists.
pub(crate) fn is_python_member(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// The longest `google.rpc.ErrorInfo` reason (AIP-193).
pub(crate) const MAX_GRPC_REASON_LEN: usize = 63;

/// What [`is_grpc_reason`] accepts, for diagnostics.
pub(crate) const GRPC_REASON_RULE: &str = "an ErrorInfo reason is UPPER_SNAKE_CASE matching `[A-Z][A-Z0-9_]+[A-Z0-9]`, at most 63 characters (AIP-193)";

/// The `google.rpc.ErrorInfo` reason of a code without `reason:`: its
/// words in UPPER_SNAKE_CASE whatever the registry's style
/// (`insufficient_funds` → `INSUFFICIENT_FUNDS`, `BlobNotFound` →
/// `BLOB_NOT_FOUND`, `InvalidParameter.Format` →
/// `INVALID_PARAMETER_FORMAT`); a code without letters (`20404`) gives its
/// Rust name's words (`name: AccountMissing` → `ACCOUNT_MISSING`).
pub(crate) fn grpc_reason(code: &str, style: CodeStyle, rust_name: &str) -> String {
    if code.bytes().any(|b| b.is_ascii_alphabetic()) {
        code_words(code, style).to_snake_case().to_ascii_uppercase()
    } else {
        python_member(rust_name)
    }
}

/// Whether `reason` can be an `ErrorInfo` reason: `[A-Z][A-Z0-9_]+[A-Z0-9]`,
/// at most [`MAX_GRPC_REASON_LEN`] characters.
pub(crate) fn is_grpc_reason(reason: &str) -> bool {
    let bytes = reason.as_bytes();
    reason.len() >= 3
        && reason.len() <= MAX_GRPC_REASON_LEN
        && bytes[0].is_ascii_uppercase()
        && bytes[1..]
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_')
        && bytes[bytes.len() - 1] != b'_'
}

/// The first value of the `.proto`'s enum of reasons, number 0, which no
/// error has (protobuf's default): `ErrorReason` → `ERROR_REASON_UNSPECIFIED`.
pub(crate) fn proto_unspecified(reason_enum: &str) -> String {
    format!("{}_UNSPECIFIED", reason_enum.to_shouty_snake_case())
}

/// The name protoc compares enum values by in a proto3 file (and refuses
/// two that share it): without the enum's name as a prefix (underscores and
/// case ignored), then in PascalCase (`ERROR_REASON_FOO_BAR` → `FooBar`,
/// `FOO__BAR` → `FooBar`). As `descriptor.cc`'s `PrefixRemover` and
/// `EnumValueToPascalCase`.
fn proto_json_name(reason_enum: &str, value: &str) -> String {
    let prefix: Vec<u8> = reason_enum
        .bytes()
        .filter(|b| *b != b'_')
        .map(|b| b.to_ascii_lowercase())
        .collect();
    let bytes = value.as_bytes();
    let (mut i, mut j) = (0, 0);
    let mut stripped = value;
    while i < bytes.len() && j < prefix.len() {
        if bytes[i] != b'_' {
            if bytes[i].to_ascii_lowercase() != prefix[j] {
                break;
            }
            j += 1;
        }
        i += 1;
    }
    if j == prefix.len() {
        while i < bytes.len() && bytes[i] == b'_' {
            i += 1;
        }
        if i < bytes.len() {
            stripped = &value[i..];
        }
    }
    let mut out = String::new();
    let mut upper = true;
    for c in stripped.chars() {
        if c == '_' {
            upper = true;
        } else {
            out.push(if upper {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            });
            upper = false;
        }
    }
    out
}

/// The reasons of `registry` (`file` names it) that cannot be values of the
/// `.proto`'s enum `reason_enum`: one that is the enum's own name, or that
/// protoc takes for its default value or for another reason (see
/// [`proto_json_name`]), each at its code.
pub(crate) fn proto_value_clashes(
    registry: &Registry,
    reason_enum: &str,
    file: &std::path::Path,
) -> Vec<crate::diagnostic::Diagnostic> {
    let unspecified = proto_unspecified(reason_enum);
    let mut seen: Vec<(String, String)> =
        vec![(proto_json_name(reason_enum, &unspecified), unspecified)];
    let mut problems = Vec::new();
    for (_, code) in registry.codes() {
        let Some(face) = &code.grpc else { continue };
        let name = proto_json_name(reason_enum, &face.reason);
        let clash = if face.reason == reason_enum {
            Some(format!(
                "is the name of the `.proto`'s enum, `{reason_enum}`"
            ))
        } else {
            seen.iter().find(|(n, _)| *n == name).map(|(_, other)| {
                format!("and {other} are one enum value to protoc (`{name}`, without the `{reason_enum}` prefix, case and underscores)")
            })
        };
        match clash {
            Some(why) => problems.push(
                crate::diagnostic::Diagnostic::new(
                    file,
                    code.key_location.clone(),
                    format!("{:?}: reason {} {why}", code.code, face.reason),
                )
                .with_help(
                    "give the code another `reason:`, or name the enum otherwise (the configuration's `grpc.reason_enum`)",
                ),
            ),
            None => seen.push((name, face.reason.clone())),
        }
    }
    problems
}

/// What [`is_metadata_key`] accepts, for diagnostics.
pub(crate) const METADATA_KEY_RULE: &str =
    "an ErrorInfo metadata key matches `[a-z][a-zA-Z0-9-_]+`, at most 64 characters (AIP-193)";

/// Whether a details member's name can be a `google.rpc.ErrorInfo`
/// metadata key, which it becomes when the registry has `grpc:`.
pub(crate) fn is_metadata_key(name: &str) -> bool {
    let bytes = name.as_bytes();
    name.len() >= 2
        && name.len() <= 64
        && bytes[0].is_ascii_lowercase()
        && bytes[1..]
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_')
}

/// The constant of a header in Rust's `headers` module and the key of
/// TypeScript's `HEADERS`: `X-Request-ID` → `X_REQUEST_ID`.
pub(crate) fn header_const(name: &str) -> String {
    name.to_shouty_snake_case()
}

/// What [`is_member_name`] accepts, for diagnostics.
pub(crate) const MEMBER_NAME_RULE: &str = "a details member's name is ASCII: a letter, then letters, digits, '_' and '-' (`overdraft_limit`, `retryAfterSeconds`), at most 64 bytes";

/// Whether `name` can name a member of a code's details: the API sends it
/// as written; every language's name is made from its words.
pub(crate) fn is_member_name(name: &str) -> bool {
    let mut chars = name.chars();
    name.len() <= 64
        && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// The Rust field of a details member: its words in snake_case
/// (`retryAfterSeconds` → `retry_after_seconds`). A keyword stays as it is
/// here (`type`): the emitter writes it as a raw identifier.
pub(crate) fn member_field(name: &str) -> String {
    name.to_snake_case()
}

/// Rust keywords, strict and reserved (a field spelled as one is written
/// as a raw identifier, `r#type`).
pub(crate) const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe",
    "use", "where", "while", "abstract", "become", "box", "do", "final", "macro", "override",
    "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Keywords that cannot be raw identifiers either.
pub(crate) const RUST_NOT_RAW: &[&str] = &["crate", "self", "super", "Self"];

/// Python's keywords that are capitalised: a class of the `details`
/// module (a code's variant) cannot be one, so validation reserves them.
pub(crate) const PYTHON_CAPITALISED_KEYWORDS: &[&str] = &["False", "None", "True"];

/// Python's other keywords (a field spelled as one gets a trailing `_`;
/// snake_case is never capitalised).
const PYTHON_KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// The Python dataclass field of a details member: its words in snake_case,
/// with a trailing `_` for a keyword (`class` → `class_`, as PEP 8 says).
pub(crate) fn python_field(name: &str) -> String {
    let field = name.to_snake_case();
    if PYTHON_KEYWORDS.contains(&field.as_str()) {
        field + "_"
    } else {
        field
    }
}

/// The Rust enum of a string member with `enum:` values, in the `details`
/// module: the code's variant and the member's words
/// (`InsufficientFunds` + `hold_reason` → `InsufficientFundsHoldReason`).
pub(crate) fn member_enum(code_variant: &str, member: &str) -> String {
    format!("{code_variant}{}", member.to_upper_camel_case())
}

/// A code's groups of declared members (its own, then each `type: object`
/// member's), an object's type named as an `enum:` member's enum after its
/// owner's type: `item_name_in_use`'s `conflicts` is
/// `ItemNameInUseConflicts`.
pub(crate) fn member_groups(code: &crate::model::Code) -> Vec<crate::model::MemberGroup<'_>> {
    code.member_groups(member_enum)
}

/// The variant of an `enum:` value: its words in UpperCamelCase
/// (`kyc_expired` → `KycExpired`); [`is_rust_variant`] says whether it is one.
pub(crate) fn enum_value_variant(value: &str) -> String {
    value.to_upper_camel_case()
}

/// The enum of every code's typed details in the `details` module, and the
/// variant that keeps an `enum:` value added later.
pub(crate) const DETAILS_ENUM: &str = "Details";
pub(crate) const OTHER_VALUE: &str = "Other";

/// What [`is_operation_id`] accepts, for diagnostics.
pub(crate) const OPERATION_ID_RULE: &str = "an operation id is ASCII: a letter, then letters, digits, '_', '-', '.' and '/' (`create_transfer`, `createTransfer`), at most 128 bytes";

/// Whether `id` can name an operation: OpenAPI's `operationId` as APIs
/// write it, from whose words every language's name is made.
pub(crate) fn is_operation_id(id: &str) -> bool {
    let mut chars = id.chars();
    id.len() <= 128
        && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/'))
}

/// The Rust enum of an operation's errors in the `operations` module:
/// `create_transfer` → `CreateTransferError`.
pub(crate) fn operation_enum(id: &str) -> String {
    format!("{}Error", id.to_upper_camel_case())
}

/// The TypeScript union and Python `Literal` alias of an operation's codes:
/// `create_transfer` → `CreateTransferErrorCode`.
pub(crate) fn operation_codes_type(id: &str) -> String {
    format!("{}ErrorCode", id.to_upper_camel_case())
}

/// The `operations` module's own type besides the operations' enums: an
/// error already made into a response, which only the module can make
/// (`with_message`, `?`), so no other code enters an operation's enum.
pub(crate) const OPERATIONS_PREPARED: &str = "Prepared";

/// The constant of every operation in the TypeScript and Python packages.
pub(crate) const OPERATIONS_CONST: &str = "OPERATIONS";

/// The generated crate's list of the headers to expose cross-origin
/// (`headers::CORS_EXPOSE_HEADERS`, `headers::name::CORS_EXPOSE_HEADERS`):
/// no header's constant may take its name.
pub(crate) const CORS_EXPOSE_HEADERS: &str = "CORS_EXPOSE_HEADERS";

/// TypeScript's generic type of an operation's codes, by its id
/// (`OperationErrorCode<"create_transfer">`).
pub(crate) const OPERATION_CODE_TYPE: &str = "OperationErrorCode";

use error_codes_runtime::schema::names as schema_names;
pub(crate) use error_codes_runtime::schema::names::Body as BodyKind;

/// The schema of the nested envelope (JSON Schema, OpenAPI, and the
/// runtime's `utoipa` and `schemars` schemas).
pub(crate) const ENVELOPE_SCHEMA: &str = schema_names::ENVELOPE;

/// The schema of the nested envelope's `error` member.
pub(crate) const ERROR_SCHEMA: &str = schema_names::ERROR;

/// The schema of an RFC 9457 problem document.
pub(crate) const PROBLEM_SCHEMA: &str = schema_names::PROBLEM;

/// The schema of a body of the API's own layout.
pub(crate) const LAYOUT_SCHEMA: &str = schema_names::LAYOUT;

/// **The shared schema names**: every name JSON Schema and OpenAPI may
/// hold whatever the registry says, with what each is: the bodies'
/// ([`ENVELOPE_SCHEMA`], [`ERROR_SCHEMA`], [`PROBLEM_SCHEMA`],
/// [`LAYOUT_SCHEMA`]), each body's shared members and other-code variant
/// ([`BodyKind::shared_schemas`]) and each details shape's
/// ([`details_schema`]). No configured name ([`SchemaNames`]) and no
/// code's schema may take one ([`schema_holder`]); the emitters write them
/// from here. Reserved whatever the envelope, so that changing it never
/// makes a name taken.
pub(crate) fn shared_schemas() -> Vec<(String, &'static str)> {
    let mut names = vec![
        (
            ENVELOPE_SCHEMA.to_owned(),
            "the schema of the nested envelope",
        ),
        (
            ERROR_SCHEMA.to_owned(),
            "the schema of the nested envelope's `error` member",
        ),
        (
            PROBLEM_SCHEMA.to_owned(),
            "the schema of an RFC 9457 problem document",
        ),
        (
            LAYOUT_SCHEMA.to_owned(),
            "the schema of a body of the API's own layout",
        ),
        (
            schema_names::LAYOUT_MEMBERS.to_owned(),
            "the schema of the members of every body of the API's own layout",
        ),
    ];
    for kind in [BodyKind::Error, BodyKind::Problem] {
        let (members, other) = kind.shared();
        names.push((members.to_owned(), members_what(kind)));
        names.push((other.to_owned(), other_what(kind)));
    }
    for &shape in DetailsShape::ALL {
        names.push((details_schema(shape), "the schema of a details shape"));
    }
    names
}

/// The one duplicate-name check of a configured schema name
/// ([`SchemaNames::all`]) against every other schema name of the documents:
/// what already holds `name`, if anything, among the shared schemas and,
/// given a registry, each code's own (its details and its variant of each
/// body), for a diagnostic at the configuration key.
pub(crate) fn schema_holder(name: &str, registry: Option<&Registry>) -> Option<String> {
    if let Some((_, what)) = shared_schemas().into_iter().find(|(n, _)| n == name) {
        return Some(what.to_owned());
    }
    registry?.codes().find_map(|(_, code)| {
        let own = [
            code_details_schema(&code.rust_name),
            code_variant_schema(&code.rust_name, BodyKind::Error),
            code_variant_schema(&code.rust_name, BodyKind::Problem),
        ];
        own.contains(&name.to_owned()).then(|| {
            format!(
                "a schema of code {:?} (its details, or its body)",
                code.code
            )
        })
    })
}

/// The schema name of a details shape in JSON Schema and OpenAPI:
/// `field_errors` → `FieldErrorsDetails`.
pub(crate) fn details_schema(shape: DetailsShape) -> String {
    match shape {
        DetailsShape::FieldErrors => schema_names::FIELD_ERRORS.to_owned(),
    }
}

/// The schema name of a code's declared members in JSON Schema, OpenAPI
/// and the generated crate's `utoipa`/`schemars` impls: the code's variant
/// and `Details` (`InsufficientFundsDetails`).
pub(crate) fn code_details_schema(rust_name: &str) -> String {
    schema_names::details(rust_name)
}

/// The schema name of the error body of one code whose details are typed,
/// a variant of the body's `oneOf`: the code's variant and the body's kind
/// (`InsufficientFundsError` in the nested envelope's `Error`,
/// `InsufficientFundsProblem` in `ProblemDetails`).
pub(crate) fn code_variant_schema(rust_name: &str, kind: BodyKind) -> String {
    schema_names::variant(rust_name, kind)
}

/// What the first of [`BodyKind::shared`] names.
const fn members_what(kind: BodyKind) -> &'static str {
    match kind {
        BodyKind::Error => {
            "the schema of the members of the nested envelope's `error` member, whatever its code"
        }
        _ => "the schema of the members of every problem document, whatever its code",
    }
}

/// What the second of [`BodyKind::shared`] names.
const fn other_what(kind: BodyKind) -> &'static str {
    match kind {
        BodyKind::Error => "the schema of the `error` member of a code whose details are not typed",
        _ => "the schema of a problem document of a code whose details are not typed",
    }
}

/// The names of the code enum's schemas in JSON Schema and OpenAPI: the
/// Rust enum's configured name (`rust.code_enum`, as utoipa and schemars
/// name it from the runtime's `Vocabulary::NAME`), and the schema of the
/// well-formed codes it does not list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SchemaNames {
    pub known: String,
    pub unknown: String,
}

impl SchemaNames {
    /// The schema names of the code enum named `code_enum`.
    pub(crate) fn of(code_enum: &str) -> SchemaNames {
        SchemaNames {
            known: code_enum.to_owned(),
            unknown: format!("Unknown{code_enum}"),
        }
    }

    /// Both names, each of which [`schema_holder`] checks.
    pub(crate) fn all(&self) -> [&str; 2] {
        [&self.known, &self.unknown]
    }
}

/// The runtime's path as the configuration writes it (prost's
/// `prost_path`): a crate name (`error_codes_runtime`) is an extern crate,
/// `::error_codes_runtime`; any other path (`crate::rt`, `::acme::errors`)
/// is used as written.
pub(crate) fn runtime_path(written: &str) -> Result<TokenStream, syn::Error> {
    let path: syn::Path = syn::parse_str(written)?;
    let crate_name = path.leading_colon.is_none()
        && path.segments.len() == 1
        && !["crate", "self", "super"].contains(&written);
    Ok(if crate_name {
        quote!(::#path)
    } else {
        quote!(#path)
    })
}

/// The OpenAPI name of the reusable response of a status, from its reason
/// phrase: `Too Many Requests` → `TooManyRequests`.
pub(crate) fn response_component(status: u16, reason: Option<&str>) -> String {
    reason.map_or_else(|| format!("Status{status}"), str::to_upper_camel_case)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_members_are_upper_snake_case() {
        assert_eq!(python_member("token_expired"), "TOKEN_EXPIRED");
        assert_eq!(
            python_member("AuthenticationAuthorization"),
            "AUTHENTICATION_AUTHORIZATION"
        );
        assert_eq!(python_member("Http2Push"), "HTTP2_PUSH");
        // Distinct Rust names, one Python member: hence the namespace.
        assert_eq!(python_member("Abc1"), python_member("ABC1"));
        assert!(is_python_member("ABC1_2"));
        for bad in ["Abc", "_A", "A-B", "", "ÄB", "None"] {
            assert!(!is_python_member(bad), "{bad}");
        }
        for bad in ["err", "Err_1", "", "Über"] {
            assert!(!is_rust_variant(bad), "{bad}");
        }
    }
}
