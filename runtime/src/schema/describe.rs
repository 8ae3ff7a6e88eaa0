//! The description of an API's error bodies that its schemas are built
//! from: plain data, the same whether a generated crate holds it as a
//! `const` (its [`DescribeSchemas`] impl) or the generator makes it from
//! its registry model.

use crate::wire::Shape;

/// Registry prose in both of the schemas' dialects: plain text for JSON
/// Schema, CommonMark (escaped by the generator) for OpenAPI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Text<'a> {
    /// As written in the registry.
    pub plain: &'a str,
    /// Escaped for CommonMark.
    pub markdown: &'a str,
}

impl<'a> Text<'a> {
    /// The text `plain`, `markdown` in CommonMark.
    pub const fn new(plain: &'a str, markdown: &'a str) -> Self {
        Text { plain, markdown }
    }

    /// A text with nothing to escape: the same in both dialects.
    pub const fn same(text: &'a str) -> Self {
        Text {
            plain: text,
            markdown: text,
        }
    }

    /// The text in `dialect`.
    pub(crate) const fn of(self, dialect: Dialect) -> &'a str {
        match dialect {
            Dialect::JsonSchema => self.plain,
            Dialect::OpenApi => self.markdown,
        }
    }
}

/// How a declared details member is typed (each item's type, for a list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum MemberKind {
    /// A string (an `enum:` member too: its values are examples).
    String,
    /// A 64-bit integer.
    Integer,
    /// A 64-bit float.
    Number,
    /// `true` or `false`.
    Boolean,
    /// An object with declared members (`type: object`): the code's
    /// [`CodeSchema::objects`] within it.
    Object,
}

/// One declared details member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct MemberSchema<'a> {
    /// The member's name, as sent.
    pub name: &'a str,
    /// Its type (each item's, for a list).
    pub kind: MemberKind,
    /// Whether it is a list.
    pub list: bool,
    /// Whether it may be absent.
    pub optional: bool,
    /// The registry's description of it.
    pub description: Option<Text<'a>>,
    /// The values an `enum:` member declares (examples: a value added
    /// later is valid too).
    pub values: &'a [&'a str],
    /// The dotted path of the object member it is a member of (`conflicts`,
    /// `conflicts.owner`); empty for a member of the code's details.
    pub within: &'a str,
}

impl<'a> MemberSchema<'a> {
    /// A required member `name` (as sent) of `kind`.
    pub const fn new(name: &'a str, kind: MemberKind) -> Self {
        MemberSchema {
            name,
            kind,
            list: false,
            optional: false,
            description: None,
            values: &[],
            within: "",
        }
    }

    /// A list of values of its kind.
    #[must_use]
    pub const fn list(mut self) -> Self {
        self.list = true;
        self
    }

    /// A member that may be absent.
    #[must_use]
    pub const fn optional(mut self) -> Self {
        self.optional = true;
        self
    }

    /// The registry's description of the member.
    #[must_use]
    pub const fn description(mut self, description: Text<'a>) -> Self {
        self.description = Some(description);
        self
    }

    /// The values an `enum:` member declares.
    #[must_use]
    pub const fn values(mut self, values: &'a [&'a str]) -> Self {
        self.values = values;
        self
    }

    /// A member of the object member at the dotted path `within`.
    #[must_use]
    pub const fn within(mut self, within: &'a str) -> Self {
        self.within = within;
        self
    }
}

/// What a code's details are typed as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CodeDetails<'a> {
    /// Not typed: the code declares none.
    None,
    /// Field errors (`details: field_errors`).
    FieldErrors,
    /// The members the code declares.
    Members(&'a [MemberSchema<'a>]),
}

/// One code of the registry, as its schemas describe it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CodeSchema<'a> {
    /// The code, as sent.
    pub code: &'a str,
    /// Its variant of the code enum, which names its own schemas
    /// ([`names::details`](super::names::details),
    /// [`names::variant`](super::names::variant)).
    pub variant: &'a str,
    /// Its one-line summary (status, meaning, deprecation).
    pub summary: &'a str,
    /// What it means, when the registry says: the description of its
    /// details' schema names it (only read for a code that declares
    /// members).
    pub meaning: Option<Text<'a>>,
    /// Its typed details.
    pub details: CodeDetails<'a>,
    /// The values (JSON text) of the body layout's per-code members, in
    /// the order of the shape's `per_code`.
    pub values: &'a [&'a str],
    /// Its gRPC `ErrorInfo` reason, with `grpc:` (what Google's JSON body
    /// carries instead of the code).
    pub reason: Option<&'a str>,
    /// The members of its object members (`type: object`), each
    /// [`within`](MemberSchema::within) its object, nested ones too.
    pub objects: &'a [MemberSchema<'a>],
}

impl<'a> CodeSchema<'a> {
    /// `code`, the enum's `variant`, with its `summary`, without meaning
    /// or typed details.
    pub const fn new(code: &'a str, variant: &'a str, summary: &'a str) -> Self {
        CodeSchema {
            code,
            variant,
            summary,
            meaning: None,
            details: CodeDetails::None,
            values: &[],
            reason: None,
            objects: &[],
        }
    }

    /// The code's gRPC `ErrorInfo` reason.
    #[must_use]
    pub const fn reason(mut self, reason: &'a str) -> Self {
        self.reason = Some(reason);
        self
    }

    /// The code's meaning.
    #[must_use]
    pub const fn meaning(mut self, meaning: Text<'a>) -> Self {
        self.meaning = Some(meaning);
        self
    }

    /// The code's typed details.
    #[must_use]
    pub const fn details(mut self, details: CodeDetails<'a>) -> Self {
        self.details = details;
        self
    }

    /// The values (JSON text) of the body layout's per-code members.
    #[must_use]
    pub const fn values(mut self, values: &'a [&'a str]) -> Self {
        self.values = values;
        self
    }

    /// The members of its object members, each within its object.
    #[must_use]
    pub const fn objects(mut self, objects: &'a [MemberSchema<'a>]) -> Self {
        self.objects = objects;
        self
    }
}

/// Everything an API's error-body schemas say: the body's [`Shape`], the
/// codes and their typed details, and the names and facts the schemas of
/// the codes carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Description<'a> {
    /// How the bodies are laid out.
    pub shape: Shape<'a>,
    /// The code enum's schema name (`ErrorCode`).
    pub known: &'a str,
    /// The schema name of a well-formed code the enum does not list
    /// (`UnknownErrorCode`).
    pub unknown: &'a str,
    /// The pattern (ECMA-262) every code of the registry's style matches.
    pub code_pattern: &'a str,
    /// The published docs page (`page.docs_url`).
    pub docs_url: Option<&'a str>,
    /// Every code, in registry order.
    pub codes: &'a [CodeSchema<'a>],
}

impl<'a> Description<'a> {
    /// The bodies of `shape`, whose codes are `codes`, named by `known`
    /// and `unknown`, matching `code_pattern`; no docs page.
    pub const fn new(
        shape: Shape<'a>,
        [known, unknown]: [&'a str; 2],
        code_pattern: &'a str,
        codes: &'a [CodeSchema<'a>],
    ) -> Self {
        Description {
            shape,
            known,
            unknown,
            code_pattern,
            docs_url: None,
            codes,
        }
    }

    /// The published docs page.
    #[must_use]
    pub const fn docs_url(mut self, docs_url: Option<&'a str>) -> Self {
        self.docs_url = docs_url;
        self
    }

    /// The same API with bodies of `shape` (what a body type of another
    /// shape than the API's describes).
    #[must_use]
    pub const fn with_shape(mut self, shape: Shape<'a>) -> Self {
        self.shape = shape;
        self
    }
}

/// Where a document keeps its named schemas, and what it may say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Dialect {
    /// A standalone JSON Schema (Draft 2020-12): `#/$defs/Name`, registry
    /// prose as plain text.
    JsonSchema,
    /// An OpenAPI 3.1 document: `#/components/schemas/Name`, registry prose
    /// in CommonMark, the `x-enum-*` extensions that code generators read
    /// and a `discriminator` on `code`.
    OpenApi,
}

impl Dialect {
    /// The URI reference of the named schemas' place (`#/$defs/`).
    pub const fn prefix(self) -> &'static str {
        match self {
            Dialect::JsonSchema => "#/$defs/",
            Dialect::OpenApi => "#/components/schemas/",
        }
    }

    /// The URI reference of the named schema `name`.
    pub fn pointer(self, name: &str) -> String {
        format!("{}{name}", self.prefix())
    }
}

/// An API's error bodies, for the schemas of its code enum and body types:
/// implemented by the generated code enum (features `utoipa` and
/// `schemars`), with the description the generator made from the registry.
pub trait DescribeSchemas: crate::Vocabulary {
    /// The description its schemas are built from.
    const SCHEMAS: Description<'static>;
}
