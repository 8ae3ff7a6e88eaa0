//! Model → Prometheus rules (`metrics.prometheus_rules` in the
//! configuration): recording rules for the rate of error responses per code
//! and per category, and an alert while a deprecated code is sent, all over
//! the counter the runtime's `metrics` feature counts in, by the configured
//! names.
//!
//! The alert, `DeprecatedErrorCodeSent`, has one rule per deprecated code:
//! its `error_type` label is the code, its annotations carry the sunset and
//! the code to use instead. Its severity is `info` until
//! [`SUNSET_NEAR_DAYS`] before the sunset, and `warning` from then on (a
//! ticket, never a page): the comparison is with Prometheus' `time()`, so
//! a rules file generated today raises the severity on the day without
//! being regenerated. A current code has no rule, so it never raises it.

use super::tree::Tree;
use crate::config::Config;
use crate::model::{Code, Registry};

/// How many days before its sunset a deprecated code still sent raises the
/// alert's severity.
pub(crate) const SUNSET_NEAR_DAYS: i64 = 30;

/// The alert's name.
pub(crate) const ALERT: &str = "DeprecatedErrorCodeSent";

/// The range the rates and the alert look back over.
pub(crate) const WINDOW: &str = "5m";

/// The rules file.
pub(crate) fn rules(registry: &Registry, config: &Config) -> String {
    let m = Metric::of(config);
    let recording = vec![
        Tree::map().with("record", m.record(&m.error_type)).with(
            "expr",
            format!(
                "sum by ({}, {}, {}) (rate({}[{WINDOW}]))",
                m.error_type, m.category, m.status, m.counter
            ),
        ),
        Tree::map().with("record", m.record(&m.category)).with(
            "expr",
            format!("sum by ({}) (rate({}[{WINDOW}]))", m.category, m.counter),
        ),
    ];
    let alerts: Vec<Tree> = registry
        .codes()
        .filter(|(_, code)| code.deprecated.is_some())
        .flat_map(|(_, code)| deprecated_rules(registry, code, &m))
        .collect();
    let group = |name: String, rules: Vec<Tree>| {
        Tree::map()
            .with("name", name)
            .with("rules", Tree::Seq(rules))
    };
    Tree::map()
        .with(
            "groups",
            vec![
                group(format!("{}:recording", m.base), recording),
                group(format!("{}:deprecated-codes", m.base), alerts),
            ],
        )
        .to_yaml()
}

/// The alert's rules for one deprecated code: one, or two (before and
/// from [`SUNSET_NEAR_DAYS`] before its sunset).
fn deprecated_rules(registry: &Registry, code: &Code, m: &Metric) -> Vec<Tree> {
    let Some(deprecation) = &code.deprecated else {
        return Vec::new();
    };
    let sent = format!(
        "sum by ({}) (increase({}{{{}={}}}[{WINDOW}])) > 0",
        m.error_type,
        m.counter,
        m.error_type,
        promql_string(&code.code)
    );
    let replacement = deprecation.use_instead.as_deref();
    let sunset = deprecation.sunset.map(|d| d.to_string());
    let rule = |severity: &str, expr: String, when: &str| {
        let mut description = format!(
            "The API still sends the deprecated error code {} (HTTP {}, deprecated since {})",
            code.code, code.status, deprecation.since
        );
        match &sunset {
            Some(sunset) => description.push_str(&format!("; its sunset is {sunset}")),
            None => description.push_str("; it has no sunset"),
        }
        match replacement {
            Some(r) => description.push_str(&format!("; send {r} instead.")),
            None => description.push('.'),
        }
        description.push_str(when);
        let mut annotations = Tree::map()
            .with(
                "summary",
                template_text(&format!(
                    "Deprecated error code {} is still sent",
                    code.code
                )),
            )
            .with("description", template_text(&description))
            .with("sunset", sunset.clone().unwrap_or_else(|| "none".into()))
            .with("replacement", template_text(replacement.unwrap_or("none")));
        if let Some(url) = registry.doc_url(code) {
            annotations = annotations.with("runbook_url", template_text(&url));
        }
        Tree::map()
            .with("alert", ALERT)
            .with("expr", expr)
            .with(
                "labels",
                Tree::map()
                    .with("severity", severity)
                    .with(m.error_type.as_str(), code.code.as_str()),
            )
            .with("annotations", annotations)
    };
    match deprecation.sunset {
        None => vec![rule("info", sent, "")],
        Some(date) => {
            let near = (date.unix_days() - SUNSET_NEAR_DAYS) * 86_400;
            vec![
                rule(
                    "info",
                    format!("{sent} unless on() (vector(time()) >= {near})"),
                    "",
                ),
                rule(
                    "warning",
                    format!("{sent} and on() (vector(time()) >= {near})"),
                    &format!(
                        " The sunset is less than {SUNSET_NEAR_DAYS} days away or past: clients must move off it."
                    ),
                ),
            ]
        }
    }
}

/// The configured names, and what the rules derive from them.
pub(super) struct Metric {
    pub counter: String,
    pub error_type: String,
    pub status: String,
    pub category: String,
    /// The counter without `_total`: the recording rules' metric part.
    pub base: String,
}

impl Metric {
    pub(super) fn of(config: &Config) -> Metric {
        let counter = config.metrics_counter.clone();
        let base = counter
            .strip_suffix("_total")
            .filter(|b| !b.is_empty())
            .unwrap_or(&counter)
            .to_owned();
        Metric {
            counter,
            error_type: config.metrics_error_type.clone(),
            status: config.metrics_status.clone(),
            category: config.metrics_category.clone(),
            base,
        }
    }

    /// A recording rule's name, `level:metric:operations`.
    fn record(&self, level: &str) -> String {
        format!("{level}:{}:rate{WINDOW}", self.base)
    }
}

/// `s` as a PromQL string literal.
pub(super) fn promql_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A regular expression (RE2, as PromQL's `=~` reads it) matching exactly
/// one of `codes`, as a PromQL string; one that matches no value for none.
pub(super) fn promql_alternatives<'a>(codes: impl IntoIterator<Item = &'a str>) -> String {
    let escaped: Vec<String> = codes
        .into_iter()
        .map(|code| {
            code.chars()
                .map(|c| {
                    // RE2 takes any ASCII punctuation escaped.
                    if c.is_ascii_punctuation() && c != '_' {
                        format!("\\{c}")
                    } else {
                        c.to_string()
                    }
                })
                .collect()
        })
        .collect();
    if escaped.is_empty() {
        // `=~` anchors its expression: an empty one matches only an
        // empty value, which no series has.
        promql_string("")
    } else {
        promql_string(&escaped.join("|"))
    }
}

/// `text` as Prometheus' alert templates render it: literally, even when
/// it holds `{{`.
pub(super) fn template_text(text: &str) -> String {
    text.replace("{{", "{{ \"{{\" }}")
}

#[cfg(test)]
mod tests {
    use super::{promql_alternatives, promql_string, template_text};

    #[test]
    fn strings_and_regexes_are_escaped_for_promql() {
        assert_eq!(promql_string(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(
            promql_alternatives(["a_b", "InvalidParameter.Format", "x-y"]),
            r#""a_b|InvalidParameter\\.Format|x\\-y""#
        );
        assert_eq!(promql_alternatives([]), r#""""#);
        assert_eq!(template_text("a {{ b"), r#"a {{ "{{" }} b"#);
    }
}
