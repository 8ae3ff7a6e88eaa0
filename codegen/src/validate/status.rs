//! A code's `status:`: a plain decimal number from 400 to 599 (or 200 to
//! 299 in a layout with an error marker, `error_marker:`); the number a
//! malformed one was probably meant to be, and the status a category
//! mostly uses, for the help.

use crate::load::RawCode;
use crate::yaml::{self, Spanned};

use super::Check;

/// A code's status: a plain decimal number from 400 to 599, written as
/// such. YAML would also read `'401'`, `"401"`, `0x191`, `4_01` and
/// `0401` as 401; the registry's language only has `401`.
pub(super) fn status_of(
    cx: &mut Check<'_>,
    raw: &Spanned<String>,
    code: &str,
    usual: Option<(&str, u16)>,
    errors_may_succeed: bool,
) -> Option<u16> {
    let allowed = |n: &u16| is_error_status(*n, errors_may_succeed);
    let written = yaml::source_text(cx.text, &raw.location).unwrap_or(&raw.value);
    let parsed = raw.value.parse::<u16>().ok();
    let plain = raw.tag.is_none() && parsed.is_some_and(|n| n.to_string() == written);
    if raw.tag.is_some() {
        // Reported as a tag; a second diagnostic would say the same.
        return None;
    }
    let usual_help =
        usual.map(|(title, status)| format!("codes in category {title:?} mostly use {status}"));
    if !plain {
        let near = parsed
            .or_else(|| digits_of_look_alike(raw.value.trim()))
            .filter(allowed);
        cx.report(
            cx.at(
                &raw.location,
                format!("code {code:?}: status must be a plain number like 404, not {written}"),
            )
            .with_help(match near {
                Some(n) => format!("write `status: {n}`, without quotes or other notation"),
                None => usual_help
                    .unwrap_or_else(|| "write a 4xx or 5xx status, e.g. `status: 400`".into()),
            }),
        );
        return None;
    }
    let status = parsed?;
    if !allowed(&status) {
        let (range, marker) = if errors_may_succeed {
            ("200-299 or 400-599", "")
        } else if (200..=299).contains(&status) {
            (
                "400-599",
                "; an API that answers errors with a 2xx status names the constant that marks them in its layout (`envelope: {constants: {ok: false}, error_marker: ok}`, Slack's)",
            )
        } else {
            ("400-599", "")
        };
        cx.report(
            cx.at(
                &raw.location,
                format!("code {code:?}: status {status} is not an error status ({range})"),
            )
            .with_help(match usual_help {
                Some(usual) => {
                    format!(
                        "error codes describe failures: use a 4xx or 5xx status; {usual}{marker}"
                    )
                }
                None => format!("error codes describe failures: use a 4xx or 5xx status{marker}"),
            }),
        );
        return None;
    }
    Some(status)
}

/// Whether a code may have `status`: a 4xx or 5xx, or a 2xx in a layout
/// whose errors may be answered with one (an error marker).
pub(super) fn is_error_status(status: u16, errors_may_succeed: bool) -> bool {
    (400..=599).contains(&status) || (errors_may_succeed && (200..=299).contains(&status))
}

/// The status most codes of a category use (the lowest on a tie), counting
/// only statuses that are valid.
pub(super) fn usual_status(codes: &[RawCode]) -> Option<u16> {
    let mut counts: Vec<(u16, usize)> = Vec::new();
    for code in codes {
        if let Some(Ok(status)) = code.status.as_ref().map(|s| s.value.parse::<u16>())
            && (400..=599).contains(&status)
        {
            match counts.iter_mut().find(|(s, _)| *s == status) {
                Some((_, n)) => *n += 1,
                None => counts.push((status, 1)),
            }
        }
    }
    counts.sort_by_key(|(status, n)| (std::cmp::Reverse(*n), *status));
    counts.first().map(|(status, _)| *status)
}

/// The number a status was probably meant to be: `4O4` → 404 (letters that
/// look like digits), and the other notations YAML reads as numbers:
/// `0x193`, `4_03`, `403.0`.
fn digits_of_look_alike(written: &str) -> Option<u16> {
    let plain = written.replace('_', "");
    let radix = [("0x", 16), ("0o", 8), ("0b", 2)]
        .iter()
        .find_map(|(prefix, radix)| {
            plain
                .strip_prefix(prefix)
                .and_then(|digits| u16::from_str_radix(digits, *radix).ok())
        });
    if let Some(n) = radix.or_else(|| plain.strip_suffix(".0").and_then(|n| n.parse().ok())) {
        return Some(n);
    }
    let digits: String = plain
        .chars()
        .map(|c| match c {
            'O' | 'o' => '0',
            'l' | 'I' | 'i' => '1',
            c => c,
        })
        .collect();
    if digits.len() == 3 && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}
