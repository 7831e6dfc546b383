//! `slant segment`: the sentences of a text as slant splits them, one per line.

use super::error::Result;
use super::input::read_article;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct SegmentArgs {
    /// The text file; `-` reads standard input.
    input: PathBuf,
    /// Separate sentences with NUL and print them exactly as they stand in the input.
    #[arg(short = '0', long = "null")]
    null: bool,
}

pub fn run(args: SegmentArgs) -> Result<ExitCode> {
    // A saved web page: the sentences of its article, as `slant analyze` reads them.
    let (_, read) = read_article(&args.input)?;
    let text = read.text;
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for span in slant::text::sentences(&text) {
        let s = span.slice(&text);
        if args.null {
            out.push_str(s);
            out.push('\0');
        } else {
            out.push_str(&s.split_whitespace().collect::<Vec<_>>().join(" "));
            out.push('\n');
        }
    }
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}
