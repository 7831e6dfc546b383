//! `slant analyze`: texts in, reports out — a table, JSON, JSONL, an HTML page or a
//! Markdown worksheet — with the exit code saying whether an input failed or a score
//! crossed `--fail-above`.

use super::args::LexiconArgs;
use super::batch::{Progress, chunk_size, meanwhile, pipeline};
use super::error::{CliError, Result, failure_summary};
use super::input::{
    Document, Failure, InputFormat, JsonlLines, RawLine, decode_document, parse_jsonl_line,
    read_documents,
};
use super::output::{
    Output, output_extension, refuse_a_document_name, refuse_a_folder, refuse_page_on_terminal,
    refuse_to_replace, say_saved, table_width, write_atomically, write_output,
};
use super::save;
use super::shell::quoted;
use rayon::prelude::*;
use slant::analysis::Warning;
use slant::counting::plural;
use slant::report::Report;
use slant::report::table::{self, Colors};
use slant::{Analysis, Analyzer};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct AnalyzeArgs {
    /// Text files (.txt, .md, or a saved web page .html) or folders of them, read with their
    /// sub-folders; `-` reads standard input, as does no input when a text is piped in.
    inputs: Vec<PathBuf>,
    /// Output format [default: from the -o file's extension (.json, .jsonl, .html, .htm,
    /// .md), else table].
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// How inputs are read: plain text, or one {"id","text"} JSON object per line.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    input_format: InputFormat,
    /// Write the report to FILE instead of standard output (one file, never a folder: use
    /// --save for one report per text; "-" is standard output); a line on standard error
    /// says where it went.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// With -o: replace FILE even if slant did not write it (a report slant wrote, or an
    /// empty file, is replaced without it).
    #[arg(long)]
    force: bool,
    /// Also write each text's JSON report (and with --format html or markdown its page)
    /// under reports/ in the current folder, at the text's own path: a/essay.txt gives
    /// reports/a/essay.json. Each path written is printed on standard error, so standard
    /// output still carries only the report.
    #[arg(long)]
    save: bool,
    #[command(flatten)]
    lexicons: LexiconArgs,
    /// How many texts to analyze at once (default: one per core).
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1024))]
    jobs: Option<u32>,
    /// In the table view, also show every flagged sentence with its words explained.
    #[arg(long)]
    detail: bool,
    /// In tables, also list repeated paragraphs and page furniture (bylines, share prompts);
    /// in an HTML page, show them unfolded (on paper too).
    #[arg(long)]
    all: bool,
    /// Read invalid UTF-8 anyway, replacing bad bytes with U+FFFD (the report says so).
    #[arg(long)]
    lossy: bool,
    /// Exit with code 1 when an overall score is above SCORE.
    #[arg(long, value_name = "SCORE", value_parser = clap::value_parser!(u32).range(0..=100))]
    fail_above: Option<u32>,
    /// When to colour highlighted words.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

/// The input of `slant analyze` given none: standard input when a text is piped in, as
/// `wc` and ripgrep read it (`cat column.txt | slant analyze` had said "required
/// arguments were not provided: <INPUTS>..."); from a terminal, the usage error, saying
/// how to give a text.
fn no_input(stdin_is_terminal: bool) -> Result<PathBuf> {
    match stdin_is_terminal {
        false => Ok(PathBuf::from("-")),
        true => Err(CliError::new(
            "no text given: name a file or a folder (slant analyze op-ed.txt), or pipe a text \
             in (cat op-ed.txt | slant analyze), or give - to type or paste it (slant analyze -)",
        )),
    }
}

impl AnalyzeArgs {
    /// The format asked for, else the one the -o file's extension names, else the table:
    /// `-o report.html` writes a page, not a table in a file named .html.
    fn format(&self) -> Format {
        let by_extension = || match output_extension(self.output.as_deref())?.as_str() {
            "json" => Some(Format::Json),
            "jsonl" => Some(Format::Jsonl),
            "html" | "htm" => Some(Format::Html),
            "md" | "markdown" => Some(Format::Markdown),
            _ => None,
        };
        self.format.or_else(by_extension).unwrap_or(Format::Table)
    }

    /// Refuses an HTML page bound for a terminal (`--format html` without `-o` or
    /// `--save`); `stdout_is_terminal` is passed in so the decision can be tested.
    fn refuse_page_on_terminal(&self, stdout_is_terminal: bool) -> Result<()> {
        let page_to_stdout = self.format() == Format::Html && self.output.is_none() && !self.save;
        refuse_page_on_terminal(
            page_to_stdout,
            stdout_is_terminal,
            Format::Html.file_example(),
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Summary table (with --detail, every flagged sentence explained).
    Table,
    /// One JSON report (an array for several inputs).
    Json,
    /// One JSON report per line.
    Jsonl,
    /// A self-contained HTML page: the text highlighted, a chart, a legend, notes (give
    /// -o FILE; on a terminal it is refused).
    Html,
    /// A Markdown worksheet for class: each flagged sentence and a question to answer.
    Markdown,
}

impl Format {
    /// A file name for the report in this format, for messages.
    fn file_example(self) -> &'static str {
        match self {
            Format::Table => "report.txt",
            Format::Json => "report.json",
            Format::Jsonl => "reports.jsonl",
            Format::Html => "report.html",
            Format::Markdown => "worksheet.md",
        }
    }

    /// What a file in this format holds, for the line saying where it was saved.
    fn what(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "JSON report",
            Format::Jsonl => "JSONL, one report per line",
            Format::Html => "HTML page",
            Format::Markdown => "Markdown worksheet",
        }
    }

    /// Whether the format is one page per text (HTML or Markdown), and its file extension.
    fn page_extension(self) -> Option<&'static str> {
        match self {
            Format::Html => Some("html"),
            Format::Markdown => Some("md"),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ColorChoice {
    /// Colour when standard output is a terminal and NO_COLOR is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// What a run did, for its exit code.
struct Outcome {
    /// Documents analyzed.
    analyzed: usize,
    /// Why each failed input failed, in input order.
    failures: Vec<String>,
    /// The highest overall score of a document.
    highest_score: Option<u32>,
}

impl Outcome {
    /// 2 with a summary when inputs failed, 1 when a score is over `fail_above`.
    fn exit_code(self, fail_above: Option<u32>) -> Result<ExitCode> {
        if !self.failures.is_empty() {
            let inputs = self.analyzed + self.failures.len();
            return Err(failure_summary(&self.failures, inputs));
        }
        let over = fail_above
            .zip(self.highest_score)
            .is_some_and(|(limit, score)| score > limit);
        Ok(if over {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        })
    }
}

pub fn run(mut args: AnalyzeArgs) -> Result<ExitCode> {
    if args.inputs.is_empty() {
        args.inputs.push(no_input(std::io::stdin().is_terminal())?);
    }
    // "-o -" is standard output, as "-" among the inputs is standard input.
    if args.output.as_deref() == Some(Path::new("-")) {
        args.output = None;
    }
    args.refuse_page_on_terminal(std::io::stdout().is_terminal())?;
    // One pool of --jobs threads (default: one per core) for loading and analyzing.
    rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.map_or(0, |n| n as usize))
        .build_global()
        .map_err(|e| CliError::at("cannot start worker threads", e))?;
    if let Some(out) = &args.output {
        refuse_a_folder(
            out,
            args.format().file_example(),
            " (--save writes one report per text into reports/)",
        )?;
        refuse_a_document_name(out)?;
        refuse_to_replace(out, &args.inputs, args.force)?;
    }
    // The analyzer is leaked on purpose (never freed): why and what it saves, in docs/architecture.md.
    let load = || {
        let set = args.lexicons.load()?;
        Ok(&*Box::leak(Box::new(Analyzer::new(&set))))
    };
    let output = args.output.as_deref();
    let outcome = if args.input_format == InputFormat::Jsonl
        && args.format() == Format::Jsonl
        && !args.save
    {
        stream_jsonl(&args.inputs, args.lossy, output, load)?
    } else {
        // The inputs are read while the worker threads load the lexicons.
        let (analyzer, inputs) = meanwhile(load, || {
            read_documents(&args.inputs, args.input_format, args.lossy)
        });
        let analyzer = analyzer?;
        // Where each failure stood among the documents, so JSONL keeps their order.
        let mut failures: Vec<(usize, Failure)> = Vec::new();
        let mut docs = Vec::new();
        for input in inputs {
            match input {
                Ok(doc) => docs.push(doc),
                Err(failure) => failures.push((docs.len(), failure)),
            }
        }
        let highest_score = if args.format() == Format::Jsonl && !args.save {
            write_jsonl(analyzer, &docs, &failures, output)?
        } else {
            let reports = Reports {
                format: args.format(),
                colors: colors(args.color, output),
                detail: args.detail,
                all: args.all,
                save: args.save,
                inputs: &args.inputs,
                output,
            };
            reports.write(analyzer, &docs, &failures)?
        };
        Outcome {
            analyzed: docs.len(),
            failures: failures.into_iter().map(|(_, f)| f.message).collect(),
            highest_score,
        }
    };
    if let Some(out) = output {
        say_saved(out, args.format().what());
    }
    outcome.exit_code(args.fail_above)
}

/// Whether the table view colours words: as asked, or when writing to a terminal without
/// NO_COLOR set.
fn colors(choice: ColorChoice, output: Option<&Path>) -> Colors {
    match choice {
        ColorChoice::Always => Colors::On,
        ColorChoice::Never => Colors::Off,
        ColorChoice::Auto => {
            let to_terminal = output.is_none() && std::io::stdout().is_terminal();
            if to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) {
                Colors::On
            } else {
                Colors::Off
            }
        }
    }
}

/// The report of a document's analysis.
fn report_of(doc: &Document, analysis: Analysis) -> Report {
    let mut report = Report::new(analysis, &doc.path, doc.text.len());
    report.id = doc.id.clone();
    report
}

/// A document's report as one JSONL line, with its score; `warnings` say how it was read.
fn report_line(
    analyzer: &Analyzer,
    path: &str,
    id: Option<serde_json::Value>,
    text: &str,
    warnings: &[Warning],
    headings: &[slant::Span],
) -> (String, u32) {
    let mut analysis = analyzer.analyze_with_headings(text, headings);
    analysis.warnings.extend_from_slice(warnings);
    let score = analysis.summary.score;
    let mut report = Report::new(analysis, path, text.len());
    report.id = id;
    (report.to_json_line(), score)
}

/// Batch mode as a line-in, line-out filter: documents are read, analyzed and written a
/// chunk at a time, in input order, so a stream of any length runs in constant memory.
fn stream_jsonl(
    inputs: &[PathBuf],
    lossy: bool,
    output: Option<&Path>,
    load: impl FnOnce() -> Result<&'static Analyzer> + Send,
) -> Result<Outcome> {
    // With -o, lines go to a temporary file renamed into place at the end.
    let out = Output::new(output)?;
    let mut sink = out.writer();
    // Inputs that cannot be read and documents that fail, in the order met.
    let failures = std::cell::RefCell::new(Vec::new());
    let mut lines = JsonlLines::new(inputs);
    let mut next = || {
        let chunk = lines.chunk(&mut failures.borrow_mut())?;
        Ok((!chunk.is_empty()).then_some(chunk))
    };
    // The first chunk is read while the worker threads load the lexicons.
    let (analyzer, first) = meanwhile(load, &mut next);
    let analyzer = analyzer?;
    let mut analyzed = 0;
    let mut highest_score = None;
    let analyze_line = |line: RawLine| {
        let RawLine {
            path,
            number,
            bytes,
        } = line;
        let (text, warnings) = decode_document(&path, bytes, lossy).map_err(|e| Failure {
            id: None,
            message: format!("{path}:{number}: {e}"),
        })?;
        let doc = parse_jsonl_line(&path, number, &text)?;
        Ok(report_line(
            analyzer,
            &path,
            doc.id,
            &doc.text,
            &warnings,
            &[],
        ))
    };
    pipeline(
        first?,
        next,
        |chunk: Vec<RawLine>| -> Vec<std::result::Result<(String, u32), Failure>> {
            chunk.into_par_iter().map(&analyze_line).collect()
        },
        |results| {
            // A failed document's error line stands in its place.
            for result in results {
                match result {
                    Ok((line, score)) => {
                        sink.write_all(line.as_bytes())?;
                        analyzed += 1;
                        highest_score = highest_score.max(Some(score));
                    }
                    Err(failure) => {
                        sink.write_all(failure.error_line().as_bytes())?;
                        failures.borrow_mut().push(failure.message);
                    }
                }
            }
            Result::Ok(())
        },
    )?;
    sink.flush()?;
    drop(sink);
    out.keep()?;
    Ok(Outcome {
        analyzed,
        failures: failures.into_inner(),
        highest_score,
    })
}

/// Documents as JSONL: each analyzed and turned into its line on one core, no copy kept;
/// the pool analyzes one chunk while this thread writes the lines of the chunk before.
/// Returns the highest score.
fn write_jsonl(
    analyzer: &Analyzer,
    docs: &[Document],
    failures: &[(usize, Failure)],
    output: Option<&Path>,
) -> Result<Option<u32>> {
    let progress = Progress::new(docs.len());
    let line_of = |d: &Document| {
        let line = report_line(
            analyzer,
            &d.path,
            d.id.clone(),
            &d.text,
            &d.warnings,
            &d.headings,
        );
        progress.tick();
        line
    };
    let mut highest_score = None;
    write_output(output, |w| {
        let mut lines_out = JsonlWithFailures::new(failures);
        let mut chunks = docs.chunks(chunk_size());
        pipeline(
            chunks.next(),
            || Ok(chunks.next()),
            |chunk| chunk.par_iter().map(line_of).collect::<Vec<_>>(),
            |lines| {
                for (line, score) in lines {
                    lines_out.line(&line, w)?;
                    highest_score = highest_score.max(Some(score));
                }
                std::io::Result::Ok(())
            },
        )?;
        lines_out.finish(w)
    })?;
    progress.finish();
    Ok(highest_score)
}

/// How the documents of a run are reported, for every format but a JSONL-only batch.
struct Reports<'a> {
    format: Format,
    colors: Colors,
    detail: bool,
    /// List repeats and page furniture in tables too.
    all: bool,
    /// Also write each report (and page) to reports/.
    save: bool,
    inputs: &'a [PathBuf],
    output: Option<&'a Path>,
}

impl Reports<'_> {
    /// Analyzes the documents on all cores, writes their reports and returns the highest
    /// score.
    fn write(
        &self,
        analyzer: &Analyzer,
        docs: &[Document],
        failures: &[(usize, Failure)],
    ) -> Result<Option<u32>> {
        let progress = Progress::new(docs.len());
        let analyses: Vec<Analysis> = docs
            .par_iter()
            .map(|d| {
                let mut analysis = analyzer.analyze_with_headings(&d.text, &d.headings);
                analysis.warnings.extend(d.warnings.iter().cloned());
                progress.tick();
                analysis
            })
            .collect();
        progress.finish();
        let highest_score = analyses.iter().map(|a| a.summary.score).max();
        let pages = self.format.page_extension().is_some();
        if pages && docs.len() > 1 && !self.save {
            return Err(CliError::new(
                "--format html and markdown make one page per text: give one input, or add --save to write each to reports/",
            ));
        }
        // JSON takes the analyses over (no copy of a long text's findings); the other
        // formats read the analyses, and --save makes reports of copies.
        let json = matches!(self.format, Format::Json | Format::Jsonl);
        let (analyses, reports): (Vec<Analysis>, Vec<Report>) = if json {
            let reports = docs
                .par_iter()
                .zip(analyses)
                .map(|(d, a)| report_of(d, a))
                .collect();
            (Vec::new(), reports)
        } else if self.save {
            let reports = docs
                .par_iter()
                .zip(&analyses)
                .map(|(d, a)| report_of(d, a.clone()))
                .collect();
            (analyses, reports)
        } else {
            (analyses, Vec::new())
        };
        if self.save {
            self.save_reports(docs, &reports, &analyses)?;
            if pages && self.output.is_none() {
                // The pages went to reports/; don't also pour them onto the terminal.
                return Ok(highest_score);
            }
        }
        write_output(self.output, |w| match self.format {
            Format::Table => {
                let width = table_width(self.output.is_none());
                let tables = render_tables(
                    docs,
                    &analyses,
                    failures,
                    self.colors,
                    self.detail,
                    self.all,
                    width,
                );
                w.write_all(tables.as_bytes())
            }
            Format::Html | Format::Markdown => docs
                .iter()
                .zip(&analyses)
                .try_for_each(|(d, a)| w.write_all(page(self.format, d, a, self.all).as_bytes())),
            Format::Json => match reports.as_slice() {
                [one] => one.write_json_pretty(w),
                many => Report::write_json_pretty_array(many, w),
            },
            Format::Jsonl => {
                let lines: Vec<String> = reports.par_iter().map(Report::to_json_line).collect();
                let mut lines_out = JsonlWithFailures::new(failures);
                for line in &lines {
                    lines_out.line(line, w)?;
                }
                lines_out.finish(w)
            }
        })?;
        Ok(highest_score)
    }

    /// Writes each report under reports/ at its text's own path (reports/a/essay.json for
    /// a/essay.txt, and its page beside it for HTML and Markdown) and says on stderr where.
    /// Every path is checked before the first is written: none is an input, a folder or a
    /// file slant did not write.
    fn save_reports(
        &self,
        docs: &[Document],
        reports: &[Report],
        analyses: &[Analysis],
    ) -> Result<()> {
        let stems = save::report_stems(docs, self.inputs);
        let with_extension = |extension: &str| {
            stems
                .iter()
                .map(|stem| stem.with_file_name(format!("{}.{extension}", file_name(stem))))
                .collect::<Vec<PathBuf>>()
        };
        let json_targets = with_extension("json");
        let page_targets = self.format.page_extension().map(with_extension);
        save::check_targets(&json_targets, self.inputs)?;
        if let Some(targets) = &page_targets {
            save::check_targets(targets, self.inputs)?;
        }
        for (k, (doc, report)) in docs.iter().zip(reports).enumerate() {
            write_atomically(&json_targets[k], &report.to_json_pretty())?;
            say_saved(&json_targets[k], Format::Json.what());
            if let Some(targets) = &page_targets {
                write_atomically(&targets[k], &page(self.format, doc, &analyses[k], self.all))?;
                say_saved(&targets[k], self.format.what());
            }
        }
        Ok(())
    }
}

/// The last part of a path, as text.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The HTML page or Markdown worksheet of one document.
fn page(format: Format, doc: &Document, analysis: &Analysis, all: bool) -> String {
    let title = doc.label();
    match format {
        Format::Html => slant::report::html::render(&doc.text, analysis, &title, all),
        _ => slant::report::markdown::render(&doc.text, analysis, &title, all),
    }
}

/// The paragraph rows a text's table shows at most in a run over several texts (a
/// folder): a class essay or an op-ed shows every paragraph, a meeting's transcript its
/// most charged ones. Given alone, a text's table shows them all.
const ROWS_AMONG_OTHERS: usize = 20;

/// The summary table of each document (after a table of all of them when there are
/// several), and with `detail` every flagged sentence explained.
fn render_tables(
    docs: &[Document],
    analyses: &[Analysis],
    failures: &[(usize, Failure)],
    colors: Colors,
    detail: bool,
    all: bool,
    width: u16,
) -> String {
    let mut out = String::new();
    if docs.len() > 1 {
        let rows: Vec<(String, &Analysis)> = docs
            .iter()
            .zip(analyses)
            .map(|(d, a)| (d.label(), a))
            .collect();
        out.push_str(&table::files_table(&rows, width));
        out.push_str(&not_read(failures, width));
    }
    for (d, a) in docs.iter().zip(analyses) {
        if docs.len() > 1 {
            out.push_str(&format!("\n== {} ==\n", d.path));
        }
        // Among several texts, a long one shows its most charged paragraphs only.
        let see_all = match &d.id {
            None => format!(
                "`slant analyze {}` lists every one, as do --save and --format json",
                quoted(&d.path)
            ),
            Some(_) => "--save and --format json list every one".to_string(),
        };
        let limit = (docs.len() > 1).then_some(table::RowLimit {
            rows: ROWS_AMONG_OTHERS,
            see_all: &see_all,
        });
        out.push_str(&table::summary_table_of_rows(&d.text, a, all, width, limit));
        if detail {
            out.push_str(&table::details(&d.text, a, colors, width));
        }
    }
    let flagged = analyses.iter().map(|a| a.findings.len()).sum::<usize>();
    if !detail && flagged > 0 {
        let hint = format!(
            "\n{}: add --detail to see each flagged sentence explained.\n",
            plural(flagged, "finding", "findings")
        );
        out.push_str(&table::wrap_to_width(&hint, width, 0));
    }
    out
}

/// The lines under the files table naming the inputs that could not be read: a file in a
/// class folder that is not text had been said only on the last line, after every table,
/// and was missing from the folder's summary.
fn not_read(failures: &[(usize, Failure)], width: u16) -> String {
    if failures.is_empty() {
        return String::new();
    }
    let mut lines = format!(
        "Not read, so not in the table ({}; the errors end the output too):\n",
        plural(failures.len(), "input", "inputs")
    );
    for (_, f) in failures {
        lines.push_str(&format!("- {}\n", f.message));
    }
    table::wrap_to_width(&lines, width, 2)
}

/// JSONL lines written with each failed input's error line in its place among them: a
/// line that failed still gets a line back, so the output stays one to one with the input.
struct JsonlWithFailures<'f> {
    /// Failures with the number of documents before them, in order.
    failed: std::iter::Peekable<std::slice::Iter<'f, (usize, Failure)>>,
    written: usize,
}

impl<'f> JsonlWithFailures<'f> {
    fn new(failures: &'f [(usize, Failure)]) -> Self {
        JsonlWithFailures {
            failed: failures.iter().peekable(),
            written: 0,
        }
    }

    /// Writes the next document's line, after the failures that stand before it.
    fn line(&mut self, line: &str, w: &mut dyn Write) -> std::io::Result<()> {
        while let Some((_, f)) = self.failed.next_if(|(at, _)| *at <= self.written) {
            w.write_all(f.error_line().as_bytes())?;
        }
        self.written += 1;
        w.write_all(line.as_bytes())
    }

    /// Writes the failures after the last document.
    fn finish(mut self, w: &mut dyn Write) -> std::io::Result<()> {
        self.failed
            .try_for_each(|(_, f)| w.write_all(f.error_line().as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::AnalyzeArgs;
    use clap::Parser;

    #[derive(Parser)]
    struct Command {
        #[command(flatten)]
        args: AnalyzeArgs,
    }

    fn args(line: &[&str]) -> AnalyzeArgs {
        Command::parse_from(std::iter::once("analyze").chain(line.iter().copied())).args
    }

    #[test]
    fn an_html_page_is_refused_on_a_terminal_only() {
        // (arguments, standard output is a terminal, refused)
        let cases: &[(&[&str], bool, bool)] = &[
            (&["a.txt", "--format", "html"], true, true),
            (&["a.txt", "--format", "html"], false, false), // a pipe or `> page.html`
            (&["a.txt", "--format", "html", "-o", "a.html"], true, false),
            (&["a.txt", "-o", "a.html"], true, false),
            (&["a.txt", "--format", "html", "--save"], true, false), // pages go to reports/
            (&["a.txt", "--format", "json"], true, false),
            (&["a.txt", "--format", "jsonl"], true, false),
            (&["a.txt", "--format", "markdown"], true, false),
            (&["a.txt"], true, false),
        ];
        for (line, terminal, refused) in cases {
            let result = args(line).refuse_page_on_terminal(*terminal);
            assert_eq!(result.is_err(), *refused, "{line:?} terminal {terminal}");
            if let Err(e) = result {
                let message = e.to_string();
                assert!(!message.contains('\n'), "{message}");
                assert!(message.contains("-o report.html"), "{message}");
                assert!(message.contains("> report.html"), "{message}");
            }
        }
    }
}
