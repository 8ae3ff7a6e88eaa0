//! Parses the benchmark inputs a given number of times, for counting
//! instructions under callgrind (`scripts/bench.sh`), which, unlike time,
//! does not vary with the load of a shared machine.
//!
//! `parse_count <contender name> <hits|misses> <rounds>`
#![forbid(unsafe_code)]

#[path = "../benches/common/contenders.rs"]
mod contenders;

use std::process::ExitCode;

use contenders::{Contender, Parsers};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [name, set, rounds] = args.as_slice() else {
        eprintln!("usage: parse_count <contender> <hits|misses> <rounds>");
        return ExitCode::from(2);
    };
    let Some(contender) = Contender::from_name(name) else {
        let names: Vec<&str> = Contender::ALL.iter().map(|c| c.name()).collect();
        eprintln!("unknown contender {name:?}; one of {names:?}");
        return ExitCode::from(2);
    };
    let Ok(rounds) = rounds.parse::<u64>() else {
        eprintln!("rounds must be a number, not {rounds:?}");
        return ExitCode::from(2);
    };
    let inputs: Vec<String> = match set.as_str() {
        "hits" => error_codes_benches::hits()
            .into_iter()
            .map(String::from)
            .collect(),
        "misses" => error_codes_benches::misses(),
        _ => {
            eprintln!("the input set is hits or misses, not {set:?}");
            return ExitCode::from(2);
        }
    };
    let parsers = Parsers::default();
    for _ in 0..rounds {
        parsers.run(contender, &inputs);
    }
    // The script divides the instruction count by this.
    println!("{}", rounds * inputs.len() as u64);
    ExitCode::SUCCESS
}
