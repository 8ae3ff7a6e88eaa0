//! Prints the criterion results under `target/criterion` as a Markdown table:
//! median time per iteration and per element (parse, call, code), with the
//! 95% confidence interval of the median. Used by `scripts/bench.sh`.
//!
//! `bench_report [criterion dir]`
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::Value;

struct Row {
    group: String,
    function: String,
    parameter: Option<String>,
    elements: Option<f64>,
    median: f64,
    low: f64,
    high: f64,
}

fn main() -> ExitCode {
    let dir = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from("target/criterion"), PathBuf::from);
    let mut rows = Vec::new();
    if let Err(why) = collect(&dir, &mut rows) {
        eprintln!("{}: {why}", dir.display());
        return ExitCode::FAILURE;
    }
    if rows.is_empty() {
        eprintln!("no criterion results under {}", dir.display());
        return ExitCode::FAILURE;
    }
    rows.sort_by(|a, b| {
        (&a.group, a.elements.map(|e| e as u64), &a.function).cmp(&(
            &b.group,
            b.elements.map(|e| e as u64),
            &b.function,
        ))
    });
    println!("| group | benchmark | size | median per iteration | per element (95% CI) |");
    println!("|---|---|---:|---:|---:|");
    for row in rows {
        let per = match row.elements {
            Some(n) => format!(
                "{} ({}–{})",
                time(row.median / n),
                time(row.low / n),
                time(row.high / n)
            ),
            None => String::from("–"),
        };
        println!(
            "| {} | {} | {} | {} | {} |",
            row.group,
            row.function,
            row.parameter.as_deref().unwrap_or("–"),
            time(row.median),
            per
        );
    }
    ExitCode::SUCCESS
}

/// Walks `dir` for `new/benchmark.json` + `new/estimates.json` pairs.
fn collect(dir: &Path, rows: &mut Vec<Row>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| e.to_string())?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if !path.is_dir() {
            continue;
        }
        if path.file_name().is_some_and(|n| n == "new") {
            if let Some(row) = read_row(&path)? {
                rows.push(row);
            }
        } else {
            collect(&path, rows)?;
        }
    }
    Ok(())
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_row(dir: &Path) -> Result<Option<Row>, String> {
    let (benchmark, estimates) = (dir.join("benchmark.json"), dir.join("estimates.json"));
    if !benchmark.exists() || !estimates.exists() {
        return Ok(None);
    }
    let benchmark = read_json(&benchmark)?;
    let estimates = read_json(&estimates)?;
    let text = |v: &Value| v.as_str().map(String::from);
    let median = &estimates["median"];
    let number = |v: &Value| {
        v.as_f64()
            .ok_or_else(|| format!("{}: estimate is not a number", dir.display()))
    };
    Ok(Some(Row {
        group: text(&benchmark["group_id"]).unwrap_or_default(),
        function: text(&benchmark["function_id"]).unwrap_or_default(),
        parameter: text(&benchmark["value_str"]),
        elements: benchmark["throughput"]["Elements"].as_f64(),
        median: number(&median["point_estimate"])?,
        low: number(&median["confidence_interval"]["lower_bound"])?,
        high: number(&median["confidence_interval"]["upper_bound"])?,
    }))
}

/// Nanoseconds, in the unit that keeps three significant digits readable.
fn time(ns: f64) -> String {
    if ns >= 1e9 {
        format!("{:.2} s", ns / 1e9)
    } else if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.2} ns")
    }
}
