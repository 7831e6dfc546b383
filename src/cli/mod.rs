//! The `slant` command line: one module per command, and the concerns they share —
//! arguments, reading inputs, running a batch on all cores, writing output, errors.

mod analyze;
mod args;
mod batch;
mod compare;
mod error;
mod eval;
mod exercise;
mod input;
mod lexicons;
mod output;
mod own_output;
mod save;
mod segment;
mod shell;
mod usage;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::process::ExitCode;

/// Find loaded language, unsourced assertions and absolute claims in opinion writing.
#[derive(Debug, Parser)]
#[command(name = "slant", version, about, max_term_width = 100)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Analyze texts: a summary table, flagged sentences explained, or a JSON report.
    #[command(visible_alias = "analyse")]
    Analyze(analyze::AnalyzeArgs),
    /// Print the sentences of a text, one per line.
    Segment(segment::SegmentArgs),
    /// Measure the detectors against sentences you labelled (JSONL: id, text, labels).
    Eval(eval::EvalArgs),
    /// List, check or copy out lexicons.
    Lexicons {
        #[command(subcommand)]
        command: lexicons::LexiconCommand,
    },
    /// A class exercise: a worksheet for students, then their answers checked against slant.
    Exercise {
        #[command(subcommand)]
        command: exercise::ExerciseCommand,
    },
    /// Two articles side by side: score, findings per 1,000 words, loaded words, most charged paragraph.
    Compare(compare::CompareArgs),
}

/// Prints `error` on standard error as `slant: error: …`, fitted to the terminal: one such
/// line per error when there are several.
pub fn say_error(error: &error::CliError) {
    for line in error.lines() {
        output::say(&format!("slant: error: {line}"));
    }
}

/// The arguments, or the usage error as one line (`--help`, `--version` and a command
/// given bare are clap's to print, as ever).
fn parse() -> error::Result<Args> {
    let command = Args::command();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    command
        .clone()
        .try_get_matches_from(&args)
        .and_then(|matches| Args::from_arg_matches(&matches))
        .map_err(|e| {
            if usage::is_help_or_version(&e) {
                e.exit();
            }
            error::CliError::new(usage::one_line(&e, &command, args.get(1..).unwrap_or(&[])))
        })
}

/// Runs the command line and returns the exit code.
pub fn run() -> error::Result<ExitCode> {
    match parse()?.command {
        Command::Analyze(args) => analyze::run(args),
        Command::Segment(args) => segment::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Lexicons { command } => lexicons::run(command),
        Command::Exercise { command } => exercise::run(command),
        Command::Compare(args) => compare::run(args),
    }
}
