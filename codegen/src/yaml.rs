//! YAML text → raw, span-carrying structs: the plumbing the registry's
//! loader (`load`) and the configuration (`config`) share.
//!
//! This is the only module that knows which YAML parser we use
//! (serde-saphyr, for the line and column of every value). Everything
//! after it sees [`Spanned`] values converted to our own [`Location`].

use std::path::Path;

use serde::Deserialize;
use serde_saphyr::{DuplicateKeyPolicy, MessageFormatter, Options};

use crate::diagnostic::{Diagnostic, Diagnostics, Location};

/// Largest registry (or configuration file) accepted, in bytes. The real one is a few kilobytes; the
/// cap keeps a wrong or hostile file from costing time and memory before the
/// parser even starts.
pub(crate) const MAX_REGISTRY_BYTES: usize = 1024 * 1024;

/// Deepest nesting accepted. The registry's own structure is five levels deep.
pub(crate) const MAX_DEPTH: usize = 16;

/// A value, where it was written, and the YAML tag written on it, if any
/// (`!!str 429`): the registry's language has no tags, and validation
/// reports one wherever it appears instead of letting it change a value's
/// meaning silently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Spanned<T> {
    pub value: T,
    pub location: Location,
    pub tag: Option<String>,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let inner = serde_saphyr::Spanned::<serde_saphyr::Tagged<T>>::deserialize(deserializer)?;
        let serde_saphyr::Tagged(value, tag) = inner.value;
        Ok(Spanned {
            value,
            location: location_of(&inner.referenced),
            tag,
        })
    }
}

fn location_of(loc: &serde_saphyr::Location) -> Location {
    let span = loc.span();
    let bytes = match (span.byte_offset(), span.byte_len()) {
        (Some(start), Some(len)) => usize::try_from(start)
            .ok()
            .zip(usize::try_from(len).ok())
            .map(|(s, l)| s..s + l),
        _ => None,
    };
    Location {
        line: loc.line(),
        column: loc.column(),
        bytes,
    }
}

/// Something read from the registry whose shape is right but whose content
/// the registry's language does not allow; found while parsing, reported by
/// validation with every other problem (so one run lists them all).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Note {
    /// A key the mapping does not have; `expected` are the keys it has.
    UnknownField {
        field: Spanned<String>,
        expected: &'static [&'static str],
    },
    /// A YAML tag (`!!str`, `!foo`) on a value.
    Tag { tag: String, location: Location },
    /// A required key the mapping lacks (and no unknown key there looks
    /// like a misspelling of it); `at` is the mapping's first key.
    MissingField { field: &'static str, at: Location },
}

/// A raw node that can list the [`Note`]s found in it and below it.
pub(crate) trait Noted {
    fn notes(&self, out: &mut Vec<Note>);
}

impl Noted for String {
    fn notes(&self, _: &mut Vec<Note>) {}
}

impl<T: Noted> Noted for Spanned<T> {
    fn notes(&self, out: &mut Vec<Note>) {
        if let Some(tag) = &self.tag {
            out.push(Note::Tag {
                tag: tag.clone(),
                location: self.location.clone(),
            });
        }
        self.value.notes(out);
    }
}

impl<T: Noted> Noted for Option<T> {
    fn notes(&self, out: &mut Vec<Note>) {
        if let Some(value) = self {
            value.notes(out);
        }
    }
}

impl<T: Noted> Noted for Vec<T> {
    fn notes(&self, out: &mut Vec<Note>) {
        for value in self {
            value.notes(out);
        }
    }
}

/// A raw mapping of the registry. Unlike `#[serde(deny_unknown_fields)]`,
/// which stops the parse at the first unknown key, the mapping records
/// unknown keys (in `unknown`) and reads on, so a misspelt field does not
/// hide the other problems of the file. A required field is an `Option`
/// too: a missing one is a [`Note`] (unless an unknown key is its
/// misspelling, reported instead), and validation skips what it cannot
/// check. Only an empty mapping (no key to locate it by) stops the parse.
macro_rules! raw_mapping {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(
                $(#[$field_meta:meta])*
                $kind:ident $field:ident: $ty:ty,
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug)]
        #[allow(dead_code, reason = "every mapping gets its keys' places; not every one is asked for them")]
        pub(crate) struct $name {
            $(
                $(#[$field_meta])*
                pub(crate) $field: raw_mapping!(@type $kind $ty),
            )*
            /// Keys this mapping does not have, as written.
            pub(crate) unknown: Vec<Spanned<String>>,
            /// Keys this mapping has, as written, in order: where each
            /// field's key is (`page:`), for what points at a whole field.
            pub(crate) known: Vec<Spanned<String>>,
            /// Where the mapping's first key is (where a reader looks for
            /// the mapping); the default location when it has none.
            pub(crate) start: Location,
        }

        #[allow(dead_code, reason = "every mapping gets its keys' places; not every one is asked for them")]
        impl $name {
            /// The keys this mapping has.
            pub(crate) const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];

            /// Where the key `field` is written, if it is.
            pub(crate) fn key_location(&self, field: &str) -> Option<&Location> {
                self.known.iter().find(|k| k.value == field).map(|k| &k.location)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;

                impl<'de> serde::de::Visitor<'de> for Visitor {
                    type Value = $name;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str("a mapping")
                    }

                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> Result<Self::Value, A::Error> {
                        $(let mut $field: Option<$ty> = None;)*
                        let mut unknown = Vec::new();
                        let mut known = Vec::new();
                        let mut start = None;
                        while let Some(key) = map.next_key::<Spanned<String>>()? {
                            if start.is_none() {
                                start = Some(key.location.clone());
                            }
                            match key.value.as_str() {
                                $(stringify!($field) => {
                                    $field = Some(map.next_value()?);
                                    known.push(key);
                                })*
                                _ => {
                                    map.next_value::<serde::de::IgnoredAny>()?;
                                    unknown.push(key);
                                }
                            }
                        }
                        let Some(start) = start else {
                            // An empty mapping: nothing to locate a problem by.
                            $(raw_mapping!(@empty $kind $field);)*
                            return Ok($name {
                                $($field: raw_mapping!(@take $kind $field),)*
                                unknown,
                                known,
                                start: Location::default(),
                            });
                        };
                        Ok($name {
                            $($field: raw_mapping!(@take $kind $field),)*
                            unknown,
                            known,
                            start,
                        })
                    }
                }

                deserializer.deserialize_struct(stringify!($name), $name::FIELDS, Visitor)
            }
        }

        impl Noted for $name {
            fn notes(&self, out: &mut Vec<Note>) {
                for field in &self.unknown {
                    field.notes(out);
                    out.push(Note::UnknownField {
                        field: field.clone(),
                        expected: $name::FIELDS,
                    });
                }
                $(
                    raw_mapping!(@missing $kind self, $field, out);
                    self.$field.notes(out);
                )*
            }
        }
    };
    (@type required $ty:ty) => { Option<$ty> };
    (@type optional $ty:ty) => { $ty };
    (@take required $field:ident) => { $field };
    (@take optional $field:ident) => { $field.unwrap_or_default() };
    (@empty required $field:ident) => {
        if $field.is_none() {
            return Err(serde::de::Error::missing_field(stringify!($field)));
        }
    };
    (@empty optional $field:ident) => {};
    (@missing required $self:ident, $field:ident, $out:ident) => {
        let misspelt = $self.unknown.iter().any(|key| {
            crate::suggest::nearest(&key.value, Self::FIELDS.iter().copied())
                == Some(stringify!($field))
        });
        if $self.$field.is_none() && !misspelt {
            $out.push(Note::MissingField {
                field: stringify!($field),
                at: $self.start.clone(),
            });
        }
    };
    (@missing optional $self:ident, $field:ident, $out:ident) => {};
}

pub(crate) use raw_mapping;

/// What a YAML file the tool reads is, for its diagnostics: what they call
/// it, and the keys of its top-level mapping. The registry's is
/// `load::REGISTRY`, the configuration file's `config::DOCUMENT`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Document {
    /// What diagnostics call it: `the registry`.
    pub(crate) noun: &'static str,
    /// The keys of its top-level mapping (its raw mapping's `FIELDS`).
    pub(crate) keys: &'static [&'static str],
    /// Where its keys are documented.
    pub(crate) guide: &'static str,
}

/// The text of `path` to show in a report's snippets (the command line's),
/// read as [`read`] reads (so a huge file is shown without a snippet);
/// `None` when it cannot be read, whatever the reason.
#[cfg(any(feature = "cli", test))]
pub(crate) fn shown(path: &Path) -> Option<String> {
    const SHOWN: Document = Document {
        noun: "the file",
        keys: &[],
        guide: "",
    };
    read(path, &SHOWN).ok()
}

/// Reads the file `doc` at `path`, refusing to read more than
/// [`MAX_REGISTRY_BYTES`] of it.
pub(crate) fn read(path: &Path, doc: &Document) -> Result<String, crate::error::Error> {
    read_exact(path, doc).map(normalize_line_breaks)
}

/// [`read`], the text exactly as the file has it (CRLF and all): what
/// `init` copies byte for byte. Bounded and checked alike.
pub(crate) fn read_exact(path: &Path, doc: &Document) -> Result<String, crate::error::Error> {
    use std::io::Read;

    let file = std::fs::File::open(path).map_err(crate::error::Error::io(path))?;
    let mut bytes = Vec::new();
    // One byte past the limit is enough to know the file is too large.
    let limit = u64::try_from(MAX_REGISTRY_BYTES).map_or(u64::MAX, |n| n + 1);
    file.take(limit)
        .read_to_end(&mut bytes)
        .map_err(crate::error::Error::io(path))?;
    if bytes.len() > MAX_REGISTRY_BYTES {
        return Err(crate::error::Error::Invalid(too_large(path, doc).into()));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => Err(crate::error::Error::Invalid(
            not_utf8(path, doc, e.as_bytes(), e.utf8_error()).into(),
        )),
    }
}

/// A file that is not UTF-8, reported at the line and column of its first
/// bad byte (counted in the characters before it), as an editor shows it.
fn not_utf8(file: &Path, doc: &Document, bytes: &[u8], error: std::str::Utf8Error) -> Diagnostic {
    let valid = &bytes[..error.valid_up_to()];
    // The prefix up to the first bad byte is valid UTF-8 by definition.
    let before = String::from_utf8_lossy(valid);
    let before = normalize_line_breaks(before.into_owned());
    let line = before.matches('\n').count() as u64 + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count()) as u64
        + 1;
    let bad = bytes.get(error.valid_up_to()).copied().unwrap_or_default();
    Diagnostic::new(
        file,
        Location::new(line, column),
        format!(
            "{} is not UTF-8 text: byte 0x{bad:02X} cannot start or continue a character here",
            doc.noun
        ),
    )
    .with_help("save the file as UTF-8 (without a byte-order mark is best)")
}

/// Line breaks as `\n` where the file used a lone `\r` (old Mac style).
/// YAML counts a lone CR as a line break, but every tool that shows a line
/// of the file (snippets, `mapping_start`) splits on `\n`; a lone CR becomes
/// one `\n` byte for one `\r` byte, so byte offsets stay valid. CRLF is left
/// alone: `str::lines` already handles it.
pub(crate) fn normalize_line_breaks(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if c == '\r' && bytes.get(i + 1) != Some(&b'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

pub(crate) fn too_large(file: &Path, doc: &Document) -> Diagnostic {
    Diagnostic::new(
        file,
        Location::new(1, 1),
        format!(
            "{} is larger than {MAX_REGISTRY_BYTES} bytes (1 MiB)",
            doc.noun
        ),
    )
    .with_help(format!(
        "{} is a few kilobytes of YAML; is this the right file?",
        doc.noun
    ))
}

/// Parses YAML `text` (LF line breaks) read from `file`, the file `doc`,
/// into `T`, with the same parser settings for the registry and the
/// configuration file.
pub(crate) fn parse_as<T: serde::de::DeserializeOwned>(
    file: &Path,
    doc: &Document,
    text: &str,
) -> Result<T, Diagnostics> {
    serde_saphyr::from_str_with_options(text, options())
        .map_err(|err| Diagnostics::from(diagnostic_of(file, doc, text, &err)))
}

/// Parser settings: duplicate keys are errors, and the budgets are sized for a
/// file of a few hundred codes, so alias bombs and deep nesting stop early.
fn options() -> Options {
    serde_saphyr::options! {
        duplicate_keys: DuplicateKeyPolicy::Error,
        // Application tags (`!foo`) stop the parse; the standard ones
        // (`!!str 429`) reach validation through `Spanned::tag`.
        reject_unsupported_tags: true,
        // We render snippets ourselves, with every other diagnostic.
        with_snippet: false,
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            flow_nesting_limit: MAX_DEPTH,
            max_documents: 1,
            max_events: 200_000,
            max_nodes: 100_000,
            max_aliases: 1_000,
            max_anchors: 1_000,
            max_recorded_anchor_events: 100_000,
            max_total_scalar_bytes: MAX_REGISTRY_BYTES,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: 100_000,
            max_replay_stack_depth: MAX_DEPTH,
        },
    }
}

/// The first key of the block mapping whose key is at `key`: walk up over
/// keys at the same column, stopping at the `- ` that opens a sequence item
/// or at anything indented less. Flow mappings keep `key`.
fn mapping_start(text: &str, key: &Location) -> Location {
    let lines: Vec<&str> = text.lines().collect();
    let Some(column) = usize::try_from(key.column)
        .ok()
        .and_then(|c| c.checked_sub(1))
    else {
        return key.clone();
    };
    let mut start = key.clone();
    let mut line = usize::try_from(key.line).unwrap_or(0);
    while line >= 1 {
        let Some(body) = lines.get(line - 1) else {
            break;
        };
        let trimmed = body.trim_start();
        let indent = body.len() - trimmed.len();
        let item = body
            .get(..column)
            .is_some_and(|head| head.ends_with("- ") && head[..column - 2].trim().is_empty());
        if trimmed.is_empty() || trimmed.starts_with('#') {
            // Blank lines and comments do not end a mapping.
        } else if indent == column || item {
            start = Location::new(line as u64, key.column);
            if item {
                break;
            }
        } else {
            break;
        }
        line -= 1;
    }
    start
}

/// Whether `location` is the start of the root node: the first YAML
/// content of the file.
fn is_root(text: &str, location: &Location) -> bool {
    text.lines()
        .enumerate()
        .find(|(_, line)| {
            let line = line.trim();
            !(line.is_empty() || line.starts_with('#') || line == "---")
        })
        .is_some_and(|(i, line)| {
            let indent = line.len() - line.trim_start().len();
            location.line == i as u64 + 1 && location.column == indent as u64 + 1
        })
}

/// Whether the text holds no YAML content: nothing, blanks or comments.
pub(crate) fn is_blank(text: &str) -> bool {
    text.lines().all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with('#') || line == "---" || line == "..."
    })
}

/// A parser error as a diagnostic that says what to do.
fn diagnostic_of(file: &Path, doc: &Document, text: &str, err: &serde_saphyr::Error) -> Diagnostic {
    use serde_saphyr::Error as E;

    let location = err.location().map(|l| location_of(&l)).unwrap_or_default();
    // `Diagnostic::new` escapes any control character the message quotes.
    let default_message = || {
        serde_saphyr::DefaultMessageFormatter
            .format_message(err)
            .into_owned()
    };
    let d = |message: String| Diagnostic::new(file, location.clone(), message);
    // Errors met while replaying an alias come wrapped; the cause decides
    // the message, the outer error keeps the location of the use.
    let mut cause = err;
    while let E::AliasError { error, .. } | E::WithSnippet { error, .. } = cause {
        cause = error;
    }
    match cause {
        // The parser points at the mapping's last key; its first key is
        // where a reader looks for the mapping.
        E::SerdeMissingField { field, .. } => {
            let start = mapping_start(text, &location);
            Diagnostic::new(file, start, format!("missing field `{field}`"))
                .with_help(format!("add `{field}:` to this mapping"))
        }
        E::DuplicateMappingKey { key, .. } => {
            let key = key.as_deref().unwrap_or("?");
            d(format!(
                "duplicate key `{}` in this mapping",
                key.escape_debug()
            ))
            .with_help("a key may appear once per mapping; remove or merge the other one")
        }
        E::Unexpected { .. } if is_root(text, &location) => {
            let keys: Vec<String> = doc.keys.iter().map(|k| format!("`{k}:`")).collect();
            d(format!("{} must be a mapping of its keys", doc.noun)).with_help(format!(
                "its keys are {}; see them in {}",
                keys.join(", "),
                doc.guide
            ))
        }
        E::Unexpected { expected, .. } => {
            let (what, example) = match *expected {
                "mapping start" => ("a mapping", "`key: value` lines"),
                "sequence start" => ("a list", "`- item` lines, or `[a, b]`"),
                "string scalar" => ("text", "a plain or quoted string"),
                other => (other, "a value of that kind"),
            };
            d(format!("expected {what} here")).with_help(format!("write {example}"))
        }
        E::Budget { breach, .. } => {
            let why = breach_text(breach);
            d(format!(
                "{} is too large or too deeply nested: {why}",
                doc.noun
            ))
            .with_help(format!(
                "{} is a few kilobytes, nested at most {MAX_DEPTH} levels, \
                 with few or no aliases; is this the right file?",
                doc.noun
            ))
        }
        E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. }
        | E::AliasReplayCounterOverflow { .. } => d(format!(
            "YAML aliases expand too far: {}",
            default_message()
        ))
        .with_help("write the values out instead of using `&anchor`/`*alias`"),
        E::UnsupportedTag { tag, .. } => tag_problem(file, text, location.clone(), tag),
        E::TaggedScalarCannotDeserializeIntoString { .. } => {
            tag_problem(file, text, location.clone(), "a tag")
        }
        E::MultipleDocuments { .. } => d(format!("{} holds more than one YAML document", doc.noun))
            .with_help("remove the `---` separator and keep one document"),
        _ => {
            let message = default_message();
            let help = syntax_help(&message);
            let about_tabs = message_is_about_tabs(&message);
            let mut d = d(message);
            if about_tabs {
                // The scanner reports the scalar it was reading; the tab
                // itself is the useful place.
                if let Some(tab) = first_tab_from(text, &location) {
                    d = d.at(tab);
                }
            }
            match help {
                Some(help) => d.with_help(help),
                None => d,
            }
        }
    }
}

/// A YAML tag (`!!str 429`, `!foo x`): neither the registry's language nor
/// the configuration file's has one, since a tag would silently change what
/// a value means. (`file` names the file.)
pub(crate) fn tag_problem(file: &Path, text: &str, location: Location, tag: &str) -> Diagnostic {
    let location = tag_start(text, location);
    let shown = tag
        .strip_prefix("tag:yaml.org,2002:")
        .map_or_else(|| tag.to_string(), |core| format!("!!{core}"));
    Diagnostic::new(
        file,
        location,
        format!("YAML tag `{}` is not allowed here", shown.escape_debug()),
    )
    .with_help("remove the tag and write the value plainly (a status as `status: 404`, text as plain or quoted text)")
}

/// Where the tag of the value at `value` is written: the parser locates the
/// value, and the tag is the `!…` word just before it on the same line.
fn tag_start(text: &str, value: Location) -> Location {
    let Some(line) = usize::try_from(value.line)
        .ok()
        .and_then(|l| text.lines().nth(l.checked_sub(1)?))
    else {
        return value;
    };
    let column = usize::try_from(value.column).unwrap_or(0).saturating_sub(1);
    let before: Vec<char> = line.chars().take(column).collect();
    let mut end = before.len();
    while end > 0 && before[end - 1].is_whitespace() {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && !before[start - 1].is_whitespace() {
        start -= 1;
    }
    if start < end && before[start] == '!' {
        Location::new(value.line, start as u64 + 1)
    } else {
        value
    }
}

fn breach_text(breach: &serde_saphyr::budget::BudgetBreach) -> String {
    use serde_saphyr::budget::BudgetBreach as B;
    match breach {
        B::Depth { .. } => format!("it nests deeper than {MAX_DEPTH} levels"),
        B::Aliases { aliases } => format!("it uses {aliases} or more aliases (`*name`)"),
        B::Anchors { anchors } => format!("it defines {anchors} or more anchors (`&name`)"),
        B::Nodes { nodes } => format!("it holds {nodes} or more values"),
        B::Events { events } => format!("it holds {events} or more YAML events"),
        B::ScalarBytes { .. } => {
            format!("its text adds up to more than {MAX_REGISTRY_BYTES} bytes")
        }
        B::Documents { .. } => "it holds more than one YAML document".into(),
        other => format!("{other:?}"),
    }
}

fn message_is_about_tabs(message: &str) -> bool {
    message
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|word| word.eq_ignore_ascii_case("tab") || word.eq_ignore_ascii_case("tabs"))
}

/// The first tab on or after the line of `from`, as a location.
fn first_tab_from(text: &str, from: &Location) -> Option<Location> {
    text.lines()
        .enumerate()
        .skip(usize::try_from(from.line.saturating_sub(1)).unwrap_or(usize::MAX))
        .find_map(|(i, line)| {
            line.chars()
                .position(|c| c == '\t')
                .map(|column| Location::new(i as u64 + 1, column as u64 + 1))
        })
}

/// Advice for the YAML syntax errors people make most.
fn syntax_help(message: &str) -> Option<&'static str> {
    let m = message.to_ascii_lowercase();
    if message_is_about_tabs(&m) {
        Some("YAML indents with spaces only; replace the tab with spaces")
    } else if m.contains("quote") || m.contains("quoted scalar") {
        Some("close the quote on the same line, or drop the quotes")
    } else if m.contains("mapping values are not allowed")
        || m.contains("indent")
        || m.contains("did not find expected")
    {
        Some(
            "check the indentation: keys of one mapping line up, and a value containing `: ` needs quotes",
        )
    } else {
        None
    }
}

/// The source text a value was written as, when the parser reported it.
pub(crate) fn source_text<'a>(text: &'a str, location: &Location) -> Option<&'a str> {
    location.bytes.clone().and_then(|range| text.get(range))
}
