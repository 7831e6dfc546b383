//! `slant eval`: the detectors measured against sentences a person labelled.

use super::args::LexiconArgs;
use super::error::{CliError, Result};
use super::input::read_text;
use super::output::table_width;
use slant::Analyzer;
use slant::evaluation::{evaluate, parse_labelled};
use slant::report::table;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// Labelled JSONL files: {"id", "text", "labels": {"loaded": true|false|null,
    /// "unsourced": …, "absolute": …}} per line; `-` reads standard input.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = EvalFormat::Table)]
    format: EvalFormat,
    /// Also list the missed and the wrongly flagged sentences.
    #[arg(long, value_enum)]
    show: Option<Show>,
    #[command(flatten)]
    lexicons: LexiconArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum EvalFormat {
    /// Per labelled file, its path and one row per category, with a key to the columns.
    Table,
    /// JSON: per file, per category, the counts and figures.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Show {
    /// The missed and the wrongly flagged sentences, with the words involved.
    Errors,
}

pub fn run(args: EvalArgs) -> Result<ExitCode> {
    let analyzer = Analyzer::new(&args.lexicons.load()?);
    let mut sets = Vec::new();
    for input in &args.inputs {
        let (path, text) = read_text(input)?;
        // An article given for labelled sentences (`slant eval op-ed.txt`): which command
        // analyses it, not a JSON parser's "expected value at line 1 column 1".
        // A JSON array of them is no article: say how to write the lines.
        if text.trim_start().starts_with('[') {
            return Err(CliError::at(
                path,
                "a JSON array: write one {\"id\", \"text\", \"labels\"} object per line \
                 instead (JSONL), with no [ ] around them and no comma between lines",
            ));
        }
        if !text.trim_start().is_empty() && !text.trim_start().starts_with('{') {
            return Err(CliError::at(
                path,
                "not labelled sentences (one {\"id\", \"text\", \"labels\"} JSON object per \
                 line): to analyze a text, run `slant analyze FILE`",
            ));
        }
        // The parser's errors start with the line number: `path:line: why`.
        let sentences = parse_labelled(&text).map_err(|e| CliError::new(format!("{path}:{e}")))?;
        if sentences.is_empty() {
            return Err(CliError::at(path, "no labelled sentences"));
        }
        let mut results = evaluate(&analyzer, &sentences);
        if args.show.is_none() {
            for r in &mut results {
                r.missed.clear();
                r.wrongly_flagged.clear();
            }
        }
        sets.push((path, results));
    }
    let rendered = match args.format {
        EvalFormat::Table => {
            let mut s = table::evaluation_table(&sets, table_width(true));
            if args.show == Some(Show::Errors) {
                s.push_str(&table::evaluation_errors(&sets));
            }
            s
        }
        EvalFormat::Json => {
            let files: Vec<serde_json::Value> = sets
                .iter()
                .map(|(path, results)| serde_json::json!({"path": path, "categories": results}))
                .collect();
            let mut s = serde_json::to_string_pretty(&files).expect("results serialize");
            s.push('\n');
            s
        }
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(rendered.as_bytes())?;
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}
