//! Model → a Grafana dashboard (`metrics.grafana_dashboard` in the
//! configuration; JSON model, schema version [`SCHEMA_VERSION`]): error
//! responses per category and per status, the top codes, the deprecated
//! codes still sent, and retryable against final errors. Every query is
//! PromQL over the counter the runtime's `metrics` feature counts in, with
//! Grafana's `$__rate_interval` and `$__range`; the Prometheus data source
//! is a variable chosen on import.

use super::prometheus::{Metric, promql_alternatives};
use super::tree::Tree;
use crate::config::Config;
use crate::model::{Registry, Retry};

/// The dashboard JSON model's schema version (Grafana 11).
pub(crate) const SCHEMA_VERSION: i64 = 39;

/// How many codes the "top codes" panel shows.
pub(crate) const TOP: i64 = 10;

/// The dashboard.
pub(crate) fn dashboard(registry: &Registry, config: &Config, provenance: &str) -> String {
    let m = Metric::of(config);
    let deprecated = promql_alternatives(
        registry
            .codes()
            .filter(|(_, c)| c.deprecated.is_some())
            .map(|(_, c)| c.code.as_str()),
    );
    let retryable = promql_alternatives(
        registry
            .codes()
            .filter(|(_, c)| c.retry != Retry::Never)
            .map(|(_, c)| c.code.as_str()),
    );
    let (counter, t, s, k) = (&m.counter, &m.error_type, &m.status, &m.category);
    let rate = |selector: &str| format!("rate({counter}{selector}[$__rate_interval])");
    let panels = vec![
        panel(
            1,
            "Error responses per category",
            "Error responses per second, by the category of their code.",
            "timeseries",
            (0, 0, 12, 8),
            vec![target(
                "A",
                &format!("sum by ({k}) ({})", rate("")),
                &format!("{{{{{k}}}}}"),
                false,
            )],
        ),
        panel(
            2,
            "Error responses per status",
            "Error responses per second, by HTTP status.",
            "timeseries",
            (12, 0, 12, 8),
            vec![target(
                "A",
                &format!("sum by ({s}) ({})", rate("")),
                &format!("{{{{{s}}}}}"),
                false,
            )],
        ),
        panel(
            3,
            &format!("Top {TOP} error codes"),
            "The codes sent most over the dashboard's time range.",
            "bargauge",
            (0, 8, 12, 8),
            vec![target(
                "A",
                &format!("topk({TOP}, sum by ({t}) (increase({counter}[$__range])))"),
                &format!("{{{{{t}}}}}"),
                true,
            )],
        ),
        panel(
            4,
            "Deprecated codes still sent",
            "Deprecated codes sent over the dashboard's time range: clients that still receive them must move to their replacement before the sunset (see the docs page).",
            "table",
            (12, 8, 12, 8),
            vec![target(
                "A",
                &format!(
                    "sum by ({t}, {s}) (increase({counter}{{{t}=~{deprecated}}}[$__range])) > 0"
                ),
                &format!("{{{{{t}}}}}"),
                true,
            )],
        ),
        panel(
            5,
            "Retryable against final errors",
            "Error responses per second whose code says a retry may succeed (after a delay or a re-read), against those it says will not.",
            "timeseries",
            (0, 16, 24, 8),
            vec![
                target(
                    "A",
                    &format!(
                        "sum({}) or vector(0)",
                        rate(&format!("{{{t}=~{retryable}}}"))
                    ),
                    "retryable",
                    false,
                ),
                target(
                    "B",
                    &format!(
                        "sum({}) or vector(0)",
                        rate(&format!("{{{t}!~{retryable}}}"))
                    ),
                    "final",
                    false,
                ),
            ],
        ),
    ];
    let datasource = Tree::map()
        .with("name", "datasource")
        .with("label", "Prometheus")
        .with("type", "datasource")
        .with("query", "prometheus")
        .with("current", Tree::map())
        .with("hide", 0_i64);
    Tree::map()
        .with("title", format!("{}: error responses", registry.page.title))
        .with("uid", uid(&config.crate_name))
        .with(
            "description",
            format!("Error responses of the API by registry code ({counter}). {provenance}"),
        )
        .with("tags", vec![Tree::from("error-codes")])
        .with("timezone", "browser")
        .with("editable", true)
        .with("graphTooltip", 1_i64)
        .with("schemaVersion", SCHEMA_VERSION)
        .with("version", 1_i64)
        .with("refresh", "30s")
        .with("time", Tree::map().with("from", "now-6h").with("to", "now"))
        .with("templating", Tree::map().with("list", vec![datasource]))
        .with("annotations", Tree::map().with("list", Vec::<Tree>::new()))
        .with("panels", panels)
        .to_json()
        + "\n"
}

/// The dashboard's uid: the crate's name, at most 40 characters of
/// `A-Za-z0-9-_` (Grafana's limit).
fn uid(crate_name: &str) -> String {
    let uid: String = format!("{crate_name}-errors")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .take(40)
        .collect();
    uid
}

fn panel(
    id: i64,
    title: &str,
    description: &str,
    kind: &str,
    (x, y, w, h): (i64, i64, i64, i64),
    targets: Vec<Tree>,
) -> Tree {
    Tree::map()
        .with("id", id)
        .with("type", kind)
        .with("title", title)
        .with("description", description)
        .with("datasource", datasource())
        .with(
            "gridPos",
            Tree::map()
                .with("x", x)
                .with("y", y)
                .with("w", w)
                .with("h", h),
        )
        .with(
            "fieldConfig",
            Tree::map()
                .with(
                    "defaults",
                    Tree::map().with(
                        "unit",
                        if kind == "timeseries" {
                            "reqps"
                        } else {
                            "short"
                        },
                    ),
                )
                .with("overrides", Vec::<Tree>::new()),
        )
        .with("options", Tree::map())
        .with("targets", targets)
}

fn target(ref_id: &str, expr: &str, legend: &str, instant: bool) -> Tree {
    Tree::map()
        .with("refId", ref_id)
        .with("datasource", datasource())
        .with("expr", expr)
        .with("legendFormat", legend)
        .with("instant", instant)
        .with("range", !instant)
}

fn datasource() -> Tree {
    Tree::map()
        .with("type", "prometheus")
        .with("uid", "${datasource}")
}
