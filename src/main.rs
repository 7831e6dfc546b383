//! The `slant` command line: parses arguments, reads inputs, writes reports, maps errors to exit codes.
//!
//! Exit codes: 0 done; 1 the overall score is above `--fail-above`; 2 bad usage, unreadable
//! input or a bad lexicon. Every error is one line on stderr naming the file.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    match cli::run() {
        Ok(code) => code,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            cli::say_error(&e);
            ExitCode::from(2)
        }
    }
}
