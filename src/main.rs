//! The `slant` command line: parses arguments, reads inputs, writes reports, maps errors to exit codes.
//!
//! Exit codes: 0 done; 1 the overall score is above `--fail-above`; 2 bad usage, unreadable
//! input or a bad lexicon. Every error is one line on stderr naming the file.

mod cli;

use std::process::ExitCode;

/// mimalloc instead of the system allocator: the analysis makes and frees about a million
/// small vectors and strings on each core for a long text, and mimalloc's per-thread pages
/// do that in fewer instructions than glibc's malloc (docs/performance.md, perf19). The
/// throughput bench uses the same allocator, so it measures what users run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
