//! A body layout's fixed qualifier around the code (`code_prefix:`,
//! `code_suffix:`; AWS's `com.amazonaws.dynamodb.v20120810#`) and its error
//! marker (`error_marker:`, the constant that marks a 2xx body as an
//! error; Slack's `ok`).

use crate::load::RawBodyLayout;
use crate::model::BodyLayout;
use crate::suggest;
use crate::yaml::Spanned;

use super::Check;

/// Reads `code_prefix:`, `code_suffix:` and `error_marker:` into `layout`
/// (its constants already read); `false` after reporting a problem: an
/// empty qualifier or one with a control character, a qualifier on a code
/// sent as a number, a marker that names none of the constants.
pub(super) fn qualifier_and_marker(
    cx: &mut Check<'_>,
    raw: &RawBodyLayout,
    layout: &mut BodyLayout,
) -> bool {
    let mut ok = true;
    for (key, written) in [
        ("code_prefix", &raw.code_prefix),
        ("code_suffix", &raw.code_suffix),
    ] {
        let Some(written) = written else { continue };
        match qualifier(cx, key, written, layout.code_number) {
            Some(text) if key == "code_prefix" => layout.code_qualifier.0 = text,
            Some(text) => layout.code_qualifier.1 = text,
            None => ok = false,
        }
    }
    if let Some(marker) = &raw.error_marker {
        let paths: Vec<&str> = layout.constants.iter().map(|(p, _)| p.as_str()).collect();
        if paths.contains(&marker.value.as_str()) {
            layout.error_marker = Some(marker.value.clone());
        } else {
            let d = cx.at(
                &marker.location,
                format!(
                    "error_marker {:?} is not one of the layout's constants",
                    marker.value
                ),
            );
            let what = "the marker is the constant that an error body always has and a success body does not (Slack's `constants: {ok: false}` with `error_marker: ok`)";
            let d = match suggest::nearest(&marker.value, paths.iter().copied()) {
                Some(near) => d.with_help(format!("did you mean `{near}`? {what}")),
                None if paths.is_empty() => {
                    d.with_help(format!("the layout has no `constants:`; {what}"))
                }
                None => d.with_help(format!(
                    "the constants are {}; {what}",
                    paths
                        .iter()
                        .map(|p| format!("`{p}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            };
            cx.report(d);
            ok = false;
        }
    }
    ok
}

/// A qualifier as written: non-empty text without control characters, on
/// a code sent as a string.
fn qualifier(
    cx: &mut Check<'_>,
    key: &str,
    written: &Spanned<String>,
    code_number: bool,
) -> Option<String> {
    let text = &written.value;
    let problem = if text.is_empty() {
        Some("is empty (leave the key out for none)".to_string())
    } else if let Some(c) = text.chars().find(|c| c.is_control()) {
        Some(format!(
            "contains the control character U+{:04X}",
            u32::from(c)
        ))
    } else if code_number {
        Some("cannot qualify a code sent as a JSON number (`code_type: number`)".to_string())
    } else {
        None
    };
    match problem {
        Some(problem) => {
            cx.report(
                cx.at(&written.location, format!("`{key}` {text:?} {problem}"))
                    .with_help("a qualifier is fixed text sent before (`code_prefix`) or after (`code_suffix`) every code, AWS's `code_prefix: \"com.amazonaws.dynamodb.v20120810#\"`"),
            );
            None
        }
        None => Some(text.clone()),
    }
}
