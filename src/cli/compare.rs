//! `slant compare A B`: two articles side by side. The columns are made by
//! `slant::exercise::compare`; this reads the files and writes the view.

use super::args::LexiconArgs;
use super::error::Result;
use super::input::read_article;
use super::output::{
    output_extension, refuse_a_folder, refuse_a_format_not_written, refuse_page_on_terminal,
    refuse_to_replace, say_saved, table_width, write_output,
};
use clap::ValueEnum;
use slant::Analyzer;
use slant::exercise::compare::{ComparedArticle, render_html, render_table};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// The first article.
    first: PathBuf,
    /// The second article.
    second: PathBuf,
    /// Output format [default: from the -o file's extension (.html, .htm), else table; a
    /// .md, .json or .jsonl name is refused, as no such format is written]
    #[arg(long, value_enum)]
    format: Option<CompareFormat>,
    /// Write the comparison to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// With -o: replace FILE even if slant did not write it (a report slant wrote, or an
    /// empty file, is replaced without it).
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    lexicons: LexiconArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CompareFormat {
    /// Two columns in the terminal.
    Table,
    /// Two columns on one self-contained page.
    Html,
}

impl CompareArgs {
    /// The format asked for, else the one the -o file's extension names (`-o both.html`
    /// writes a page), else the table.
    fn format(&self) -> CompareFormat {
        self.format
            .unwrap_or(match output_extension(self.output.as_deref()).as_deref() {
                Some("html" | "htm") => CompareFormat::Html,
                _ => CompareFormat::Table,
            })
    }
}

/// Runs `slant compare`.
pub fn run(args: CompareArgs) -> Result<ExitCode> {
    refuse_a_format_not_written(
        "compare",
        args.output.as_deref(),
        args.format.is_some(),
        &["html", "htm"],
        &[("html", "a page"), ("txt", "the table")],
    )?;
    let format = args.format();
    refuse_page_on_terminal(
        format == CompareFormat::Html && args.output.is_none(),
        std::io::stdout().is_terminal(),
        "comparison.html",
    )?;
    let analyzer = Analyzer::new(&args.lexicons.load()?);
    let inputs = [args.first.clone(), args.second.clone()];
    if let Some(out) = &args.output {
        refuse_a_folder(out, "comparison.html", "")?;
        refuse_to_replace(out, &inputs, args.force)?;
    }
    let mut columns = Vec::with_capacity(2);
    for input in &inputs {
        // A saved web page is compared by its article, not its menus and comments.
        let (path, read) = read_article(input)?;
        let analysis = analyzer.analyze_with_headings(&read.text, &read.headings);
        columns.push(ComparedArticle::new(&path, &read.text, &analysis));
    }
    let [a, b] = columns.as_slice() else {
        unreachable!("two inputs make two columns")
    };
    let rendered = match format {
        CompareFormat::Table => render_table(a, b, table_width(args.output.is_none())),
        CompareFormat::Html => render_html(a, b),
    };
    write_output(args.output.as_deref(), |w| w.write_all(rendered.as_bytes()))?;
    if let Some(out) = &args.output {
        let what = match format {
            CompareFormat::Table => "comparison, table",
            CompareFormat::Html => "comparison, HTML page",
        };
        say_saved(out, what);
    }
    Ok(ExitCode::SUCCESS)
}
