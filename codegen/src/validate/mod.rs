//! Stage 2: raw structs → [`Registry`], or every problem found.
//!
//! Validation runs in passes over one [`Check`], which collects every
//! diagnostic (as cxx's `syntax/check.rs` does), so one run lists all
//! problems, sorted by place:
//!
//! 1. Each raw value on its own, converted to the model, one file per
//!    construct (in the style of cxx's `syntax/` and its `check_*`
//!    functions). `registry` converts the registry section by section and
//!    assembles the model: `page`, `headers`, `categories`, `codes` (a
//!    code's fields), `details` (a code's typed members), `envelope` (a
//!    keyword, or the body's own layout), `code_style` (the keyword and the
//!    grammar of each style) and `operations` (its `fields`). The kinds of
//!    field found in many places have a file each: `text` (one line of
//!    visible text), `keyword`, `status` (plain numbers), `url` (http(s)
//!    or relative) and `name_overrides` (`name:` and `python_name:`, else
//!    the naming policy's names); `parser_notes` reports the unknown
//!    fields, missing fields and YAML tags found while parsing. Whole-registry
//!    rules (uniqueness, references) are the later passes' business; this
//!    pass only records where each name was written, in `Places`.
//! 2. [`names`]: every generated name (wire codes, Rust variants, associated
//!    items, header constants, TypeScript keys, section titles) is claimed in
//!    its [`names::Namespace`]; one rule reports a clash, at both places.
//! 3. `references`: what points elsewhere (`use_instead`, the envelope
//!    example's code, `roles:`), and the roles resolved into the model.

// Pass 1: the registry, its sections, then the kinds of field.
mod registry;

mod body_values;
mod categories;
mod code_style;
mod codes;
mod declared_members;
mod details;
mod envelope;
mod google;
pub(crate) mod grpc;
mod headers;
mod page;
mod qualifier;

mod keyword;
mod name_overrides;
mod parser_notes;
mod status;
mod text;
mod url;

// Passes 2 and 3 (`operations` has a part in each pass).
pub(crate) mod names;
pub(crate) mod operations;
mod references;

use std::collections::HashSet;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::load::RawRegistry;
use crate::model::Registry;
use crate::yaml::Spanned;

/// Validates a parsed registry; `text` is its source, for values whose
/// spelling matters (a status written `0x191`).
pub(crate) fn validate(file: &Path, text: &str, raw: RawRegistry) -> Result<Registry, Diagnostics> {
    let mut check = Check {
        file,
        text,
        problems: Vec::new(),
    };
    let (mut registry, places) = registry::registry(&mut check, raw);
    names::check(&mut check, &registry, &places);
    grpc::check(&mut check, &registry, &places);
    operations::names(&mut check, &places);
    references::check(&mut check, &registry, &places);
    operations::references(&mut check, &registry, &places);
    registry.roles = references::roles(&mut check, &registry, &places);
    envelope::code_header_clash(&mut check, &registry);
    declared_members::clash(&mut check, &registry);
    if !places.example_written {
        registry.page.envelope_example = references::default_example(&registry);
    }
    // In registry order: a registry read alone has no history (the project
    // numbers it again from its lock).
    crate::proto_numbers::assign(&mut registry, &[]);
    check.finish().map(|()| registry)
}

/// The context every pass reports into.
#[derive(Debug)]
pub(crate) struct Check<'a> {
    file: &'a Path,
    text: &'a str,
    problems: Vec<Diagnostic>,
}

impl Check<'_> {
    /// A new diagnostic in the registry file; report it with [`Check::report`].
    fn at(&self, location: &Location, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.file, location.clone(), message)
    }

    fn report(&mut self, diagnostic: Diagnostic) {
        self.problems.push(diagnostic);
    }

    fn finish(mut self) -> Result<(), Diagnostics> {
        if self.problems.is_empty() {
            return Ok(());
        }
        self.problems
            .sort_by_key(|d| (d.location().line, d.location().column));
        Err(Diagnostics(self.problems))
    }
}

/// Where the named things of the model were written, for the passes that
/// run over the whole registry.
#[derive(Debug, Default)]
pub(crate) struct Places {
    /// The registry's code style, read before its codes.
    pub code_style: crate::model::CodeStyle,
    /// Whether the registry has `grpc:` (read before its codes).
    pub grpc: bool,
    /// Each code's `ErrorInfo` reason, and where it is decided (its
    /// `reason:`, else the code).
    pub reasons: Vec<(String, Location)>,
    /// Every code written, valid or not, in order.
    pub codes: Vec<CodePlace>,
    /// Every code written, valid or not: a reference to an invalid code is
    /// not reported again as a reference to an unknown one.
    pub defined: HashSet<String>,
    /// Per category of the model: where its title and names are.
    pub categories: Vec<CategoryPlace>,
    /// Per header of the model: where its name is, and whether the name is
    /// valid (so it has a constant).
    pub headers: Vec<(Location, bool)>,
    /// The envelope example's code.
    pub example_code: Option<Spanned<String>>,
    /// Whether `page:` has an `envelope_example:` (else it is the default).
    pub example_written: bool,
    /// `(code, its use_instead)`.
    pub use_instead: Vec<(String, Spanned<String>)>,
    /// `(role key, value)` for each key written under `roles:`.
    pub roles: Vec<(&'static str, Spanned<String>)>,
    /// `common_codes:` as written.
    pub common_codes: Vec<Spanned<String>>,
    /// Each operation as written.
    pub operations: Vec<operations::OperationPlace>,
    /// The body layout's per-code members (read before the codes), `None`
    /// without a valid layout.
    pub per_code: Option<Vec<String>>,
    /// Whether `envelope:` is written as a mapping (valid or not).
    pub layout_written: bool,
    /// Whether the layout sends codes as JSON numbers (read before the codes).
    pub code_number: bool,
    /// Whether the layout has an error marker, so that codes may have a
    /// 2xx status (read before the codes).
    pub errors_may_succeed: bool,
}

/// A code as written, and where its generated names come from.
#[derive(Debug)]
pub(crate) struct CodePlace {
    pub code: Spanned<String>,
    /// `None` when the code's syntax is invalid (so it has no names).
    pub names: Option<NamePlaces>,
}

/// Where a category's title and its generated names come from.
#[derive(Debug)]
pub(crate) struct CategoryPlace {
    pub title: Location,
    pub names: NamePlaces,
}

/// An item's generated names, per language.
#[derive(Debug, Clone)]
pub(crate) struct NamePlaces {
    pub rust: NamePlace,
    pub python: NamePlace,
}

/// One generated name and where it was decided: its override (`name:`,
/// `python_name:`) when written, else the text it is derived from.
#[derive(Debug, Clone)]
pub(crate) struct NamePlace {
    pub name: String,
    pub at: Location,
    /// Whether an override wrote it.
    pub written: bool,
    /// `false` when it is not an identifier of its language (reported
    /// already), so it is not claimed.
    pub valid: bool,
}

#[cfg(test)]
pub(crate) mod tests;
