//! Stage 1: YAML text → raw, span-carrying structs.
//!
//! This is the only module that knows which YAML parser we use
//! (serde-saphyr, for the line and column of every value). Everything
//! after this stage sees [`Spanned`] values converted to our own
//! [`Location`].

use std::path::Path;

use serde::Deserialize;
use serde_saphyr::{DuplicateKeyPolicy, MessageFormatter, Options};

use crate::diagnostic::{Diagnostic, Diagnostics, Location};

/// A value and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    pub value: T,
    pub location: Location,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let inner = serde_saphyr::Spanned::<T>::deserialize(deserializer)?;
        Ok(Spanned {
            value: inner.value,
            location: location_of(&inner.referenced),
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRegistry {
    pub page: RawPage,
    #[serde(default)]
    pub headers: Vec<RawHeader>,
    pub categories: Spanned<Vec<RawCategory>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPage {
    pub title: Spanned<String>,
    #[serde(default)]
    pub intro: Vec<Spanned<String>>,
    pub docs_url: Option<Spanned<String>>,
    pub envelope_example: RawEnvelopeExample,
    #[serde(default)]
    pub related: Vec<RawRelated>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEnvelopeExample {
    pub code: Spanned<String>,
    pub message: Spanned<String>,
    pub request_id: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRelated {
    pub title: Spanned<String>,
    pub description: Option<Spanned<String>>,
    pub url: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHeader {
    pub name: Spanned<String>,
    /// `always`, or the HTTP status the header comes with.
    pub when: Spanned<String>,
    pub format: Option<Spanned<String>>,
    pub example: Option<Spanned<String>>,
    pub description: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCategory {
    pub title: Spanned<String>,
    pub name: Option<Spanned<String>>,
    pub status_kind: Option<Spanned<String>>,
    pub retry: Option<Spanned<String>>,
    pub codes: Spanned<Vec<RawCode>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCode {
    pub code: Spanned<String>,
    pub status: Spanned<u16>,
    pub meaning: Option<Spanned<String>>,
    pub retry: Option<Spanned<String>>,
    pub details: Option<Spanned<String>>,
    pub deprecated: Option<Spanned<RawDeprecated>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDeprecated {
    pub since: Spanned<String>,
    pub use_instead: Option<Spanned<String>>,
    pub note: Option<Spanned<String>>,
}

/// Parses registry text. `file` is only used to name the source in
/// diagnostics.
pub fn parse(file: &Path, text: &str) -> Result<RawRegistry, Diagnostics> {
    let mut options = Options::default();
    options.duplicate_keys = DuplicateKeyPolicy::Error;
    serde_saphyr::from_str_with_options(text, options).map_err(|err| {
        let location = err.location().map(|l| location_of(&l)).unwrap_or_default();
        let message = serde_saphyr::DefaultMessageFormatter
            .format_message(&err)
            .escape_debug()
            .to_string();
        Diagnostics::from(Diagnostic::new(file, location, message))
    })
}

/// The source text a value was written as, when the parser reported it.
pub fn source_text<'a>(text: &'a str, location: &Location) -> Option<&'a str> {
    location.bytes.clone().and_then(|range| text.get(range))
}
