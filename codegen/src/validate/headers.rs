//! `headers:`: each header's name (a valid HTTP header name), `when`,
//! `format`, example and description.

use crate::load;
use crate::model::{Header, HeaderFormat, HeaderWhen};
use crate::naming;

use super::Check;
use super::keyword::keyword;
use super::text::text;

/// A header, and whether its name is valid; `None` without a name.
pub(super) fn header(cx: &mut Check<'_>, h: load::RawHeader) -> Option<(Header, bool)> {
    let name = h.name.as_ref()?;
    let valid = is_header_name(&name.value);
    if !valid {
        cx.report(
            cx.at(
                &name.location,
                format!(
                    "header name {:?} is not a valid HTTP header name",
                    name.value
                ),
            )
            .with_help("use letters, digits and '-', e.g. X-Request-ID"),
        );
    }
    // Without `when` (reported as missing), `always` stands in.
    let when = h.when.as_ref().map_or(HeaderWhen::Always, |when_written| {
        if when_written.value == HeaderWhen::ALWAYS {
            HeaderWhen::Always
        } else {
            match when_written.value.parse::<u16>() {
                Ok(status) if (100..=599).contains(&status) => HeaderWhen::Status(status),
                _ => {
                    cx.report(cx.at(
                        &when_written.location,
                        format!(
                            "header {:?}: `when` must be `{}` or an HTTP status, not {:?}",
                            name.value,
                            HeaderWhen::ALWAYS,
                            when_written.value
                        ),
                    ));
                    HeaderWhen::Always
                }
            }
        }
    });
    let format = h.format.as_ref().map_or(HeaderFormat::Text, |f| {
        keyword(cx, f, HeaderFormat::VALUES, "header format", &name.value)
            .unwrap_or(HeaderFormat::Text)
    });
    let example = h.example.as_ref().map(|e| {
        if e.value.contains('`') {
            cx.report(cx.at(
                &e.location,
                format!(
                    "header {:?}: the example cannot contain a backtick",
                    name.value
                ),
            ));
        }
        text(cx, e, "header example")
    });
    let header = Header {
        name: name.value.clone(),
        const_name: naming::header_const(&name.value),
        when,
        format,
        example,
        description: h
            .description
            .as_ref()
            .map(|d| text(cx, d, "header description")),
        location: h
            .key_location("name")
            .cloned()
            .unwrap_or_else(|| name.location.clone()),
    };
    Some((header, valid))
}

/// ASCII letters, digits and `-`, starting with a letter.
pub(super) fn is_header_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic()) && name.bytes().all(is_header_name_byte)
}

fn is_header_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}
