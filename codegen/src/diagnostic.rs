//! Problems found in a registry, each tied to a place in its source file.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// A place in the registry source: 1-based line and column, plus the byte
/// range of the offending text when the parser reported one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    pub line: u64,
    pub column: u64,
    pub bytes: Option<Range<usize>>,
}

impl Location {
    pub fn new(line: u64, column: u64) -> Self {
        Location {
            line,
            column,
            bytes: None,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Messages quote what the user wrote; a tab or line break in it is shown
/// escaped, so that every message stays one line (cargo keeps one line per
/// `cargo::error=`) and a snippet title shows exactly what is in the file.
fn one_line(text: String) -> String {
    if text.chars().any(char::is_control) {
        text.chars()
            .map(|c| {
                if c.is_control() {
                    c.escape_default().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect()
    } else {
        text
    }
}

/// How serious a diagnostic is: an error fails the command, a warning is
/// reported and the command goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Severity {
    #[default]
    Error,
    Warning,
}

/// One problem in a registry.
///
/// Built one way only: [`Diagnostic::new`], then [`with_help`](Self::with_help)
/// and [`with_related`](Self::with_related). Every piece of text goes through
/// the same one-line escaping, and the fields are read through accessors.
///
/// `Display` gives the one-line form `file:line:column: message`, which is
/// what `build.rs` hands to cargo and what editors can jump to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    file: PathBuf,
    location: Location,
    message: String,
    /// What to do about it.
    help: Option<String>,
    /// Other places that explain this one ("first defined here").
    related: Vec<(Location, String)>,
    severity: Severity,
}

impl Diagnostic {
    pub fn new(file: &Path, location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_path_buf(),
            location,
            message: one_line(message.into()),
            help: None,
            related: Vec::new(),
            severity: Severity::Error,
        }
    }

    /// The same problem as a warning: reported, never failing the command.
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// What to do about the problem.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(one_line(help.into()));
        self
    }

    /// Another place that explains this one, e.g. "first defined".
    pub fn with_related(mut self, location: Location, label: impl Into<String>) -> Self {
        self.related.push((location, one_line(label.into())));
        self
    }

    /// The same problem reported at another place of the same file.
    pub fn at(mut self, location: Location) -> Self {
        self.location = location;
        self
    }

    /// The same problem with its file named as `file` (a path the reader
    /// can open from where they are, say).
    #[cfg(feature = "cli")]
    pub(crate) fn in_file(mut self, file: PathBuf) -> Self {
        self.file = file;
        self
    }

    pub fn file(&self) -> &Path {
        &self.file
    }

    pub fn location(&self) -> &Location {
        &self.location
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn help(&self) -> Option<&str> {
        self.help.as_deref()
    }

    pub fn related(&self) -> &[(Location, String)] {
        &self.related
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}",
            self.file.display(),
            self.location,
            self.message
        )?;
        for (location, label) in &self.related {
            write!(f, " ({label} at {location})")?;
        }
        Ok(())
    }
}

/// Every problem found in one run, in source order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Every problem, in the order found.
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.0.iter()
    }

    /// How many problems there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}
