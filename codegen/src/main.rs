//! `error-codes`: check the registry and print or write what it generates.
#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    error_codes_codegen::run_cli(std::env::args_os())
}
