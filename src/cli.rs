//! Command-line arguments and what each command does with them.

use clap::{Parser, Subcommand, ValueEnum};
use rayon::prelude::*;
use serde::Deserialize;
use slant::analysis::Warning;
use slant::evaluation::{evaluate, parse_labelled};
use slant::example_check::check_examples;
use slant::input::{InputError, decode};
use slant::lexicon::{BUILTIN, LexiconSet, Origin, io_reason};
use slant::report::Report;
use slant::report::table::{self, Colors};
use slant::saved_page::{self, InputKind};
use slant::{Analysis, Analyzer, sentence};
use std::fmt;
use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
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
    /// Analyse texts: a summary table, flagged sentences explained, or a JSON report.
    Analyze(AnalyzeArgs),
    /// Print the sentences of a text, one per line.
    Segment(SegmentArgs),
    /// Measure the detectors against sentences you labelled (JSONL: id, text, labels).
    Eval(EvalArgs),
    /// List, check or copy out lexicons.
    Lexicons {
        #[command(subcommand)]
        command: LexiconCommand,
    },
}

#[derive(Debug, clap::Args)]
struct AnalyzeArgs {
    /// Text files (.txt, .md, or a saved web page .html) or folders of them; `-` reads standard input.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// How inputs are read: plain text, or one {"id","text"} JSON object per line.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    input_format: InputFormat,
    /// Write the report to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Also write each file's JSON report to reports/<input-stem>.json.
    #[arg(long)]
    save: bool,
    #[command(flatten)]
    lexicons: LexiconArgs,
    /// How many texts to analyse at once (default: one per core).
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1024))]
    jobs: Option<u32>,
    /// In the table view, also show every flagged sentence with its words explained.
    #[arg(long)]
    detail: bool,
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

#[derive(Debug, clap::Args)]
struct LexiconArgs {
    /// A folder of lexicon files: same name as a built-in replaces it, a new name adds one.
    #[arg(long, value_name = "DIR")]
    lexicons: Option<PathBuf>,
    /// Start from no lexicons at all (use with --lexicons).
    #[arg(long)]
    no_builtin_lexicons: bool,
}

#[derive(Debug, clap::Args)]
struct EvalArgs {
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum EvalFormat {
    /// A table per category.
    Table,
    /// JSON: per file, per category, the counts and figures.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Show {
    /// The missed and the wrongly flagged sentences, with the words involved.
    Errors,
}

#[derive(Debug, clap::Args)]
struct SegmentArgs {
    /// The text file; `-` reads standard input.
    input: PathBuf,
    /// Separate sentences with NUL and print them exactly as they stand in the input.
    #[arg(short = '0', long = "null")]
    null: bool,
}

#[derive(Debug, Subcommand)]
enum LexiconCommand {
    /// List the lexicons in effect with their sizes.
    List(LexiconArgs),
    /// Validate a folder of lexicon files and run their examples.
    Check {
        /// The folder to check.
        dir: PathBuf,
    },
    /// Write the built-in lexicons into DIR as a starting point for your own.
    Dump {
        /// Where to write them (created if missing; existing files are never overwritten).
        dir: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Summary table (with --detail, every flagged sentence explained).
    Table,
    /// One JSON report (an array for several inputs).
    Json,
    /// One JSON report per line.
    Jsonl,
    /// A self-contained HTML page: the text highlighted, a chart, a legend, notes.
    Html,
    /// A Markdown worksheet for class: each flagged sentence and a question to answer.
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    /// Each input is one text.
    Text,
    /// Each line of each input is a JSON object {"id", "text"}.
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    /// Colour when standard output is a terminal and NO_COLOR is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// An error for the user: one line, naming what went wrong where.
#[derive(Debug)]
pub struct CliError {
    message: String,
    broken_pipe: bool,
}

impl CliError {
    fn new(message: impl Into<String>) -> Self {
        CliError {
            message: message.into(),
            broken_pipe: false,
        }
    }

    /// Whether the error is only the reader of our output going away (`slant … | head`).
    pub fn is_broken_pipe(&self) -> bool {
        self.broken_pipe
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError {
            broken_pipe: e.kind() == std::io::ErrorKind::BrokenPipe,
            message: io_reason(&e),
        }
    }
}

type Result<T> = std::result::Result<T, CliError>;

/// Runs the command line and returns the exit code.
pub fn run() -> Result<ExitCode> {
    let args = Args::parse();
    match args.command {
        Command::Analyze(a) => analyze(a),
        Command::Segment(s) => segment(s),
        Command::Eval(e) => eval(e),
        Command::Lexicons { command } => lexicons(command),
    }
}

fn load_lexicons(args: &LexiconArgs) -> Result<LexiconSet> {
    let base = if args.no_builtin_lexicons {
        LexiconSet::default()
    } else {
        LexiconSet::builtin()
    };
    let set = match &args.lexicons {
        Some(dir) => base.with_folder(dir).map_err(|errors| {
            let first = errors[0].to_string();
            let more = errors.len() - 1;
            CliError::new(if more > 0 {
                format!(
                    "{first} (and {more} more problem{}; run `slant lexicons check {}`)",
                    if more == 1 { "" } else { "s" },
                    dir.display()
                )
            } else {
                first
            })
        })?,
        None => base,
    };
    if args.no_builtin_lexicons && args.lexicons.is_none() {
        return Err(CliError::new(
            "--no-builtin-lexicons needs --lexicons DIR: there would be nothing to look for",
        ));
    }
    Ok(set)
}

fn read_input(path: &Path) -> Result<Vec<u8>> {
    let shown = path.display();
    let named = path.to_string_lossy();
    if ["http://", "https://", "www."]
        .iter()
        .any(|start| named.starts_with(start))
        && !path.exists()
    {
        return Err(CliError::new(format!(
            "{shown}: slant does not download pages: save the page (Ctrl+S) and give the file"
        )));
    }
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| CliError::new(format!("standard input: {}", io_reason(&e))))?;
        Ok(bytes)
    } else {
        std::fs::read(path).map_err(|e| CliError::new(format!("{shown}: {}", io_reason(&e))))
    }
}

fn decode_input<'b>(path: &str, bytes: &'b [u8]) -> Result<&'b str> {
    decode(bytes).map_err(|e| CliError::new(format!("{path}: {e}")))
}

fn display_path(path: &Path) -> String {
    path.display().to_string()
}

/// A document to analyse: where it came from, its id in batch mode, its text.
struct Document {
    path: String,
    id: Option<serde_json::Value>,
    text: String,
    /// Notes about reading it (`--lossy` repairs), added to its report.
    warnings: Vec<Warning>,
}

impl Document {
    /// How the document is named in tables and page titles: its path, and its id in a batch.
    fn label(&self) -> String {
        match &self.id {
            Some(id) => format!("{} #{}", self.path, id_label(id)),
            None => self.path.clone(),
        }
    }
}

/// An input that could not be read as a document; the others still run.
struct Failure {
    id: Option<serde_json::Value>,
    message: String,
}

#[derive(Deserialize)]
struct JsonlDocument {
    id: Option<serde_json::Value>,
    text: String,
}

/// Reads `bytes` as UTF-8 (taking them over, not copying them), or with `lossy` replaces
/// invalid sequences and says how many.
fn decode_document(path: &str, bytes: Vec<u8>, lossy: bool) -> Result<(String, Vec<Warning>)> {
    match decode(&bytes) {
        Ok(_) => Ok((String::from_utf8(bytes).unwrap_or_default(), Vec::new())),
        Err(InputError::InvalidUtf8 { .. }) if lossy => {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let replaced = bytes
                .utf8_chunks()
                .filter(|chunk| !chunk.invalid().is_empty())
                .count();
            let warning = Warning {
                kind: "lossy".to_string(),
                message: format!(
                    "the input was not valid UTF-8: {replaced} invalid byte sequence(s) were replaced with U+FFFD, so spans index the repaired text, not the file"
                ),
            };
            Ok((text, vec![warning]))
        }
        Err(e) => Err(CliError::new(format!("{path}: {e}"))),
    }
}

/// The text to analyse in a file given as text: its own text, or the article extracted
/// from a saved web page; a word-processor, PDF or RTF file is refused, saying how to get
/// plain text.
fn text_of_file(path: &str, bytes: Vec<u8>, lossy: bool) -> Result<(String, Vec<Warning>)> {
    match saved_page::kind_of(path, &bytes) {
        InputKind::PlainText => decode_document(path, bytes, lossy),
        InputKind::Document(format) => Err(CliError::new(format!("{path}: {}", format.advice()))),
        InputKind::WebPage => {
            let page_bytes = bytes.len();
            let (html, mut warnings) = decode_document(path, bytes, lossy)?;
            let article = saved_page::extract_article(&html)
                .map_err(|e| CliError::new(format!("{path}: {e}")))?;
            warnings.push(saved_page::extracted_warning(&article, page_bytes));
            Ok((article.text, warnings))
        }
    }
}

/// The inputs with each folder replaced by the `.txt` and `.md` files in it, sorted.
fn expand_folders(inputs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for input in inputs {
        let listing = input
            .is_dir()
            .then(|| std::fs::read_dir(input))
            .and_then(|r| r.ok());
        match listing {
            Some(entries) => {
                // The listing says which entries are files; only links need a look.
                let mut files: Vec<PathBuf> = entries
                    .filter_map(|e| e.ok())
                    .filter(|e| match e.file_type() {
                        Ok(t) if t.is_symlink() => e.path().is_file(),
                        Ok(t) => t.is_file(),
                        Err(_) => false,
                    })
                    .map(|e| e.path())
                    .filter(|p| {
                        p.extension()
                            .is_some_and(|x| ["txt", "md", "html", "htm"].iter().any(|e| x == *e))
                    })
                    .collect();
                files.sort();
                out.extend(files);
            }
            None => out.push(input.clone()),
        }
    }
    out
}

/// One line of a JSONL batch, or the failure it is: the message names the line, and the
/// id is kept when the line is JSON with one, for the error line that stands for it.
fn parse_jsonl_line(
    path: &str,
    line_number: usize,
    line: &str,
) -> std::result::Result<JsonlDocument, Failure> {
    serde_json::from_str(line).map_err(|e| Failure {
        id: serde_json::from_str::<serde_json::Value>(line)
            .ok()
            .and_then(|v| v.get("id").cloned()),
        message: format!("{path}:{line_number}: not a {{\"id\", \"text\"}} JSON object: {e}"),
    })
}

/// Every input, in order, as a document or as a failure that doesn't stop the others.
fn documents(args: &AnalyzeArgs) -> Vec<std::result::Result<Document, Failure>> {
    let mut docs = Vec::new();
    // Files are read and decoded on all cores (a class folder is many small files).
    let inputs = expand_folders(&args.inputs);
    let loaded: Vec<Result<(String, Vec<Warning>)>> = inputs
        .par_iter()
        .map(|input| {
            let path = display_path(input);
            read_input(input).and_then(|bytes| match args.input_format {
                InputFormat::Text => text_of_file(&path, bytes, args.lossy),
                InputFormat::Jsonl => decode_document(&path, bytes, args.lossy),
            })
        })
        .collect();
    for (input, loaded) in inputs.iter().zip(loaded) {
        let path = display_path(input);
        let (text, warnings) = match loaded {
            Ok(loaded) => loaded,
            Err(e) => {
                docs.push(Err(Failure {
                    id: None,
                    message: e.to_string(),
                }));
                continue;
            }
        };
        match args.input_format {
            InputFormat::Text => docs.push(Ok(Document {
                path,
                id: None,
                text,
                warnings,
            })),
            InputFormat::Jsonl => {
                for (n, line) in text.lines().enumerate() {
                    if line.trim().is_empty() {
                        continue;
                    }
                    docs.push(parse_jsonl_line(&path, n + 1, line).map(|doc| Document {
                        path: path.clone(),
                        id: doc.id,
                        text: doc.text,
                        warnings: warnings.clone(),
                    }));
                }
            }
        }
    }
    docs
}

fn analyze(args: AnalyzeArgs) -> Result<ExitCode> {
    // One pool of --jobs threads (default: one per core) for loading and analysing.
    rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.map_or(0, |n| n as usize))
        .build_global()
        .map_err(|e| CliError::new(format!("cannot start worker threads: {e}")))?;
    if let Some(out) = &args.output {
        refuse_to_overwrite_inputs(out, &args.inputs)?;
    }
    // The analyzer lives until the process exits: freeing its tables one by one would
    // cost a millisecond on every run, and the operating system reclaims them at once.
    let start = || -> Result<&'static Analyzer> {
        let set = load_lexicons(&args.lexicons)?;
        Ok(Box::leak(Box::new(Analyzer::new(&set))))
    };
    if args.input_format == InputFormat::Jsonl && args.format == Format::Jsonl && !args.save {
        return stream_jsonl(&args, start);
    }
    // The inputs are read while the worker threads load the lexicons.
    let (analyzer, inputs) = meanwhile(start, || documents(&args));
    let analyzer = analyzer?;
    // Where each failure stood among the inputs, so a JSONL stream keeps its order.
    let mut failures: Vec<(usize, Failure)> = Vec::new();
    let mut docs = Vec::new();
    for input in inputs {
        match input {
            Ok(doc) => docs.push(doc),
            Err(failure) => failures.push((docs.len(), failure)),
        }
    }
    let progress = Progress::new(docs.len());
    if args.format == Format::Jsonl && !args.save {
        // Each document analysed and turned into its line on one core, no copy kept; as
        // for a JSONL stream, the pool analyses one chunk while this thread writes the
        // lines of the chunk before.
        let line_of = |d: &Document| {
            let line = report_line(analyzer, &d.path, d.id.clone(), &d.text, &d.warnings);
            progress.tick();
            line
        };
        let mut scores = Vec::with_capacity(docs.len());
        write_output(args.output.as_deref(), |w| {
            let mut lines_out = JsonlWithFailures::new(&failures);
            let mut chunks = docs.chunks(chunk_size());
            pipeline(
                chunks.next(),
                || Ok(chunks.next()),
                |chunk| chunk.par_iter().map(line_of).collect::<Vec<_>>(),
                |lines| {
                    for (line, score) in lines {
                        lines_out.line(&line, w)?;
                        scores.push(score);
                    }
                    std::io::Result::Ok(())
                },
            )?;
            lines_out.finish(w)
        })?;
        progress.finish();
        return finish(&failures, docs.len(), &args, &scores);
    }
    let analyses: Vec<Analysis> = docs
        .par_iter()
        .map(|d| {
            let mut analysis = analyzer.analyze(&d.text);
            analysis.warnings.extend(d.warnings.iter().cloned());
            progress.tick();
            analysis
        })
        .collect();
    progress.finish();
    let scores: Vec<u32> = analyses.iter().map(|a| a.summary.score).collect();
    if args.format == Format::Json && !args.save {
        // The common case of one big text: reports take the analyses over (no copy) and
        // are written straight to the output, never held as one string.
        let reports: Vec<Report> = docs
            .iter()
            .zip(analyses)
            .map(|(d, a)| {
                let mut r = Report::new(a, &d.path, d.text.len());
                r.id = d.id.clone();
                r
            })
            .collect();
        write_output(args.output.as_deref(), |w| match reports.as_slice() {
            [one] => one.write_json_pretty(w),
            many => w.write_all(pretty_array(many).as_bytes()),
        })?;
        return finish(&failures, docs.len(), &args, &scores);
    }
    // Reports are built once, and only when something is written from them.
    let reports: Vec<Report> = if args.save || args.format != Format::Table {
        docs.par_iter()
            .zip(&analyses)
            .map(|(d, a)| {
                let mut r = Report::new(a.clone(), &d.path, d.text.len());
                r.id = d.id.clone();
                r
            })
            .collect()
    } else {
        Vec::new()
    };
    let rendered = match args.format {
        Format::Table => {
            let colors = match args.color {
                ColorChoice::Always => Colors::On,
                ColorChoice::Never => Colors::Off,
                ColorChoice::Auto => {
                    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
                    if to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) {
                        Colors::On
                    } else {
                        Colors::Off
                    }
                }
            };
            render_tables(&docs, &analyses, colors, args.detail)
        }
        Format::Html | Format::Markdown => {
            if docs.len() > 1 && !args.save {
                return Err(CliError::new(
                    "--format html and markdown make one page per text: give one input, or add --save to write each to reports/",
                ));
            }
            docs.iter()
                .zip(&analyses)
                .map(|(d, a)| page(args.format, d, a))
                .collect()
        }
        Format::Json => {
            if reports.len() == 1 {
                reports[0].to_json_pretty()
            } else {
                let mut s = serde_json::to_string_pretty(&reports).expect("reports serialize");
                s.push('\n');
                s
            }
        }
        Format::Jsonl => {
            let serialized: Vec<String> = reports.par_iter().map(Report::to_json_line).collect();
            let mut out = Vec::new();
            let mut lines = JsonlWithFailures::new(&failures);
            for line in &serialized {
                lines.line(line, &mut out).expect("writing to memory");
            }
            lines.finish(&mut out).expect("writing to memory");
            String::from_utf8(out).expect("JSON lines are UTF-8")
        }
    };
    if args.save {
        for ((doc, report), analysis) in docs.iter().zip(&reports).zip(&analyses) {
            let stem = Path::new(&doc.path)
                .file_stem()
                .and_then(|s| s.to_str())
                .filter(|s| *s != "-")
                .unwrap_or("stdin");
            let name = match &report.id {
                Some(id) => format!("{stem}-{}", id_label(id)),
                None => stem.to_string(),
            };
            let target = PathBuf::from("reports").join(format!("{name}.json"));
            refuse_to_overwrite_inputs(&target, &args.inputs)?;
            write_atomically(&target, &report.to_json_pretty())?;
            if matches!(args.format, Format::Html | Format::Markdown) {
                let ext = if args.format == Format::Html {
                    "html"
                } else {
                    "md"
                };
                let target = PathBuf::from("reports").join(format!("{name}.{ext}"));
                refuse_to_overwrite_inputs(&target, &args.inputs)?;
                write_atomically(&target, &page(args.format, doc, analysis))?;
            }
        }
    }
    if args.save && matches!(args.format, Format::Html | Format::Markdown) && args.output.is_none()
    {
        // The pages went to reports/; don't also pour them onto the terminal.
        return finish(&failures, docs.len(), &args, &scores);
    }
    write_output(args.output.as_deref(), |w| w.write_all(rendered.as_bytes()))?;
    finish(&failures, docs.len(), &args, &scores)
}

/// A progress bar on stderr for runs over many texts, only when stderr is a terminal.
struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    fn new(total: usize) -> Progress {
        let shown = total > 1 && std::io::stderr().is_terminal();
        Progress(shown.then(|| {
            let bar = indicatif::ProgressBar::new(total as u64);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:40} {pos}/{len} texts, {per_sec}, {eta} left",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        }))
    }

    fn tick(&self) {
        if let Some(bar) = &self.0 {
            bar.inc(1);
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

/// Bytes of output gathered before each write: a report line is several kilobytes, and a
/// write per line would keep the writing thread busy while the others wait.
const OUTPUT_BUFFER: usize = 1 << 20;

/// How much of a JSONL input is read at a time: fewer system calls for the thread that
/// also writes the reports.
const INPUT_BUFFER: usize = 256 << 10;

/// How many documents per worker thread a batch reads, analyses (in parallel) and writes
/// at a time: memory stays bounded however long the stream, and the last chunk, written
/// after everything else is done, stays short.
const CHUNK_PER_THREAD: usize = 64;

/// How many documents a batch takes at a time.
fn chunk_size() -> usize {
    CHUNK_PER_THREAD * rayon::current_num_threads()
}

/// Batch mode as a line-in, line-out filter: documents are read, analysed and written a
/// chunk at a time, in input order, so a stream of any length runs in constant memory.
fn stream_jsonl(
    args: &AnalyzeArgs,
    start: impl FnOnce() -> Result<&'static Analyzer> + Send,
) -> Result<ExitCode> {
    // With -o, lines go to a temporary file renamed into place at the end.
    let temp = args.output.as_deref().map(temp_beside).transpose()?;
    let mut sink: Box<dyn Write + '_> = match &temp {
        Some(t) => Box::new(std::io::BufWriter::with_capacity(
            OUTPUT_BUFFER,
            ReportFile::new(
                t.as_file(),
                args.output.as_deref().is_some_and(Path::exists),
            ),
        )),
        None => Box::new(std::io::BufWriter::with_capacity(
            OUTPUT_BUFFER,
            std::io::stdout().lock(),
        )),
    };
    // Inputs that cannot be read and documents that fail, in the order met.
    let failures = std::cell::RefCell::new(Vec::new());
    let mut lines = JsonlLines::new(&args.inputs);
    let mut next = || {
        let chunk = lines.chunk(&mut failures.borrow_mut())?;
        Ok((!chunk.is_empty()).then_some(chunk))
    };
    // The first chunk is read while the worker threads load the lexicons.
    let (analyzer, first) = meanwhile(start, &mut next);
    let analyzer = analyzer?;
    let mut tally = (0usize, false);
    pipeline(
        first?,
        next,
        |chunk| analyse_chunk(chunk, args, analyzer),
        |results| {
            write_results(
                results,
                args,
                &mut sink,
                &mut failures.borrow_mut(),
                &mut tally,
            )
        },
    )?;
    let failures = failures.into_inner();
    sink.flush()?;
    drop(sink);
    if let (Some(temp), Some(path)) = (temp, &args.output) {
        persist(temp, path)?;
    }
    if !failures.is_empty() {
        let messages: Vec<&str> = failures.iter().map(String::as_str).collect();
        return Err(failure_summary(&messages, tally.0 + messages.len()));
    }
    Ok(if tally.1 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Runs `work` on the worker threads while this thread runs `meantime`: both at once.
fn meanwhile<T: Send, R>(work: impl FnOnce() -> T + Send, meantime: impl FnOnce() -> R) -> (T, R) {
    let mut done = None;
    let other = rayon::in_place_scope(|scope| {
        scope.spawn(|_| done = Some(work()));
        meantime()
    });
    (done.expect("the scope waits for its work"), other)
}

/// Chunks, from `first` on, taken one after another through `analyse` (on the worker
/// threads) while this thread `write`s the results of the chunk before and takes the
/// next: the cores stay busy, and results are written in order.
fn pipeline<C: Send, R: Send, E>(
    first: Option<C>,
    mut next: impl FnMut() -> std::result::Result<Option<C>, E>,
    analyse: impl Fn(C) -> R + Sync,
    mut write: impl FnMut(R) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    let mut pending = None;
    let mut chunk = first;
    while let Some(c) = chunk {
        let (analysed, after) = meanwhile(
            || analyse(c),
            || {
                pending
                    .take()
                    .map_or(Ok(()), &mut write)
                    .and_then(|()| next())
            },
        );
        pending = Some(analysed);
        chunk = after?;
    }
    pending.map_or(Ok(()), write)
}

/// A document's JSONL line and score, or why it failed.
type ChunkResult = std::result::Result<(String, u32), Failure>;

/// The non-blank lines of JSONL inputs, in order, a chunk at a time.
struct JsonlLines<'a> {
    inputs: std::slice::Iter<'a, PathBuf>,
    /// The input being read.
    current: Option<OpenInput<'a>>,
}

/// A JSONL input being read: its path as shown, its lines, the last line number read.
struct OpenInput<'a> {
    path: String,
    lines: std::io::Split<Box<dyn std::io::BufRead + 'a>>,
    line_number: usize,
}

impl<'a> JsonlLines<'a> {
    fn new(inputs: &'a [PathBuf]) -> Self {
        JsonlLines {
            inputs: inputs.iter(),
            current: None,
        }
    }

    /// Up to `chunk_size()` lines as (path, line number, bytes); inputs that cannot be
    /// opened are added to `failures` and skipped.
    fn chunk(&mut self, failures: &mut Vec<String>) -> Result<Vec<(String, usize, Vec<u8>)>> {
        let size = chunk_size();
        let mut chunk = Vec::with_capacity(size);
        while chunk.len() < size {
            let Some(OpenInput {
                path,
                lines,
                line_number,
            }) = &mut self.current
            else {
                let Some(input) = self.inputs.next() else {
                    break;
                };
                let path = display_path(input);
                let reader: Box<dyn std::io::BufRead> = if input == Path::new("-") {
                    Box::new(std::io::BufReader::with_capacity(
                        INPUT_BUFFER,
                        std::io::stdin().lock(),
                    ))
                } else {
                    match std::fs::File::open(input) {
                        Ok(f) => Box::new(std::io::BufReader::with_capacity(INPUT_BUFFER, f)),
                        Err(e) => {
                            failures.push(format!("{path}: {}", io_reason(&e)));
                            continue;
                        }
                    }
                };
                self.current = Some(OpenInput {
                    path,
                    lines: reader.split(b'\n'),
                    line_number: 0,
                });
                continue;
            };
            match lines.next() {
                None => self.current = None,
                Some(line) => {
                    *line_number += 1;
                    let line =
                        line.map_err(|e| CliError::new(format!("{path}: {}", io_reason(&e))))?;
                    if !line.iter().all(u8::is_ascii_whitespace) {
                        chunk.push((path.clone(), *line_number, line));
                    }
                }
            }
        }
        Ok(chunk)
    }
}

/// Analyses one chunk of JSONL lines in parallel: each document's line, in order.
fn analyse_chunk(
    chunk: Vec<(String, usize, Vec<u8>)>,
    args: &AnalyzeArgs,
    analyzer: &Analyzer,
) -> Vec<ChunkResult> {
    chunk
        .into_par_iter()
        .map(|(path, line_number, bytes)| {
            let (text, warnings) =
                decode_document(&path, bytes, args.lossy).map_err(|e| Failure {
                    id: None,
                    message: format!("{path}:{line_number}: {e}"),
                })?;
            let doc = parse_jsonl_line(&path, line_number, &text)?;
            Ok(report_line(analyzer, &path, doc.id, &doc.text, &warnings))
        })
        .collect()
}

/// A document's report as one JSONL line, with its score; `warnings` say how it was read.
fn report_line(
    analyzer: &Analyzer,
    path: &str,
    id: Option<serde_json::Value>,
    text: &str,
    warnings: &[Warning],
) -> (String, u32) {
    let mut analysis = analyzer.analyze(text);
    analysis.warnings.extend_from_slice(warnings);
    let score = analysis.summary.score;
    let mut report = Report::new(analysis, path, text.len());
    report.id = id;
    (report.to_json_line(), score)
}

/// Writes a chunk's lines in order (a failed document's error line in its place) and
/// counts them in `tally` (documents analysed, whether one crossed --fail-above).
fn write_results(
    results: Vec<ChunkResult>,
    args: &AnalyzeArgs,
    sink: &mut Box<dyn Write + '_>,
    failures: &mut Vec<String>,
    tally: &mut (usize, bool),
) -> Result<()> {
    for result in results {
        match result {
            Ok((line, score)) => {
                sink.write_all(line.as_bytes())?;
                tally.0 += 1;
                tally.1 |= args.fail_above.is_some_and(|limit| score > limit);
            }
            Err(failure) => {
                sink.write_all(error_line(&failure).as_bytes())?;
                failures.push(failure.message);
            }
        }
    }
    Ok(())
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
            w.write_all(error_line(f).as_bytes())?;
        }
        self.written += 1;
        w.write_all(line.as_bytes())
    }

    /// Writes the failures after the last document.
    fn finish(mut self, w: &mut dyn Write) -> std::io::Result<()> {
        self.failed
            .try_for_each(|(_, f)| w.write_all(error_line(f).as_bytes()))
    }
}

/// The exit: 2 with a summary when inputs failed, 1 when a score is over --fail-above.
fn finish(
    failures: &[(usize, Failure)],
    analysed: usize,
    args: &AnalyzeArgs,
    scores: &[u32],
) -> Result<ExitCode> {
    if !failures.is_empty() {
        let messages: Vec<&str> = failures.iter().map(|(_, f)| f.message.as_str()).collect();
        return Err(failure_summary(&messages, analysed + failures.len()));
    }
    let over = args
        .fail_above
        .is_some_and(|limit| scores.iter().any(|&score| score > limit));
    Ok(if over {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Several reports as one pretty JSON array, each serialized on its own core: the same
/// bytes as `serde_json::to_string_pretty` of the array.
fn pretty_array(reports: &[Report]) -> String {
    let mut out = Vec::new();
    slant::report::write_pretty_array(reports, 0, &mut out).expect("writing to memory");
    out.push(b'\n');
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// Writes through `write` to FILE (atomically, via a temporary file) or to standard output.
fn write_output(
    output: Option<&Path>,
    write: impl FnOnce(&mut (dyn Write + Send)) -> std::io::Result<()>,
) -> Result<()> {
    match output {
        Some(path) => {
            let temp = temp_beside(path)?;
            let mut sink = std::io::BufWriter::with_capacity(
                OUTPUT_BUFFER,
                ReportFile::new(temp.as_file(), path.exists()),
            );
            write(&mut sink)
                .and_then(|()| sink.flush())
                .map_err(|e| CliError::new(format!("{}: {}", path.display(), io_reason(&e))))?;
            drop(sink);
            persist(temp, path)
        }
        None => {
            let mut stdout = std::io::BufWriter::with_capacity(OUTPUT_BUFFER, std::io::stdout());
            write(&mut stdout)?;
            stdout.flush()?;
            Ok(())
        }
    }
}

/// The HTML page or Markdown worksheet of one document.
fn page(format: Format, doc: &Document, analysis: &Analysis) -> String {
    let title = doc.label();
    match format {
        Format::Html => slant::report::html::render(&doc.text, analysis, &title),
        _ => slant::report::markdown::render(&doc.text, analysis, &title),
    }
}

/// A document id as people write it: strings without their JSON quotes.
/// The JSONL line standing for a document that could not be read.
fn error_line(f: &Failure) -> String {
    format!("{}\n", serde_json::json!({"id": f.id, "error": f.message}))
}

/// The error for inputs that failed: the one failure's own message, or a count followed by
/// one line per failure.
fn failure_summary(messages: &[&str], inputs: usize) -> CliError {
    if let [only] = messages {
        return CliError::new(*only);
    }
    let mut summary = format!("{} of {inputs} inputs failed:", messages.len());
    for m in messages {
        summary.push_str("\n  ");
        summary.push_str(m);
    }
    CliError::new(summary)
}

fn id_label(id: &serde_json::Value) -> String {
    id.as_str().map_or_else(|| id.to_string(), str::to_string)
}

fn render_tables(docs: &[Document], analyses: &[Analysis], colors: Colors, detail: bool) -> String {
    let mut out = String::new();
    if docs.len() > 1 {
        let rows: Vec<(String, &Analysis)> = docs
            .iter()
            .zip(analyses)
            .map(|(d, a)| (d.label(), a))
            .collect();
        out.push_str(&table::files_table(&rows));
    }
    for (d, a) in docs.iter().zip(analyses) {
        if docs.len() > 1 {
            out.push_str(&format!("\n== {} ==\n", d.path));
        }
        out.push_str(&table::summary_table(&d.text, a));
        if detail {
            out.push_str(&table::details(&d.text, a, colors));
        }
    }
    let flagged = analyses.iter().map(|a| a.findings.len()).sum::<usize>();
    if !detail && flagged > 0 {
        out.push_str(&format!(
            "\n{flagged} finding{}: add --detail to see each flagged sentence explained.\n",
            if flagged == 1 { "" } else { "s" }
        ));
    }
    out
}

/// Refuses to write a report over one of the inputs.
fn refuse_to_overwrite_inputs(target: &Path, inputs: &[PathBuf]) -> Result<()> {
    let Ok(target_real) = target.canonicalize() else {
        return Ok(()); // does not exist yet, so it is no input
    };
    for input in inputs {
        if input.canonicalize().is_ok_and(|p| p == target_real) {
            return Err(CliError::new(format!(
                "{}: refusing to overwrite an input file with a report",
                target.display()
            )));
        }
    }
    Ok(())
}

/// Writes `contents` to a temporary file beside `path` and renames it into place, so an
/// interrupted run leaves the old file intact. Creates missing parent folders.
fn write_atomically(path: &Path, contents: &str) -> Result<()> {
    write_output(Some(path), |w| w.write_all(contents.as_bytes()))
}

/// A temporary file in the folder of `path` (created if missing), to be renamed onto it.
fn temp_beside(path: &Path) -> Result<tempfile::NamedTempFile> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)
        .map_err(|e| CliError::new(format!("{}: {}", parent.display(), io_reason(&e))))?;
    tempfile::NamedTempFile::new_in(&parent)
        .map_err(|e| CliError::new(format!("{}: {}", path.display(), io_reason(&e))))
}

/// A report being written to its temporary file. When it will replace an old report it
/// is handed to the disk as it grows: ext4 writes the whole file out inside a rename over
/// an existing one, which then has little left to do. A new report is left to the
/// system to write out when it will.
struct ReportFile<'f> {
    file: &'f std::fs::File,
    replacing: bool,
    written: u64,
    /// How much of it the disk has been asked to write out.
    handed_to_disk: u64,
}

impl<'f> ReportFile<'f> {
    fn new(file: &'f std::fs::File, replacing: bool) -> Self {
        ReportFile {
            file,
            replacing,
            written: 0,
            handed_to_disk: 0,
        }
    }
}

impl Write for ReportFile<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = (&*self.file).write(buf)?;
        self.written += n as u64;
        if self.replacing && self.written - self.handed_to_disk >= OUTPUT_BUFFER as u64 {
            // Starts the write-back of what was written since (a hint: it does not wait,
            // and a failure costs nothing).
            #[cfg(target_os = "linux")]
            let _ = rustix::fs::fadvise(
                self.file,
                self.handed_to_disk,
                std::num::NonZeroU64::new(self.written - self.handed_to_disk),
                rustix::fs::Advice::DontNeed,
            );
            self.handed_to_disk = self.written;
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        (&*self.file).flush()
    }
}

/// Renames a finished temporary file onto `path`: readers see the old file or the new
/// one, never half of one.
fn persist(tmp: tempfile::NamedTempFile, path: &Path) -> Result<()> {
    tmp.persist(path)
        .map_err(|e| CliError::new(format!("{}: {}", path.display(), io_reason(&e.error))))?;
    Ok(())
}

fn eval(args: EvalArgs) -> Result<ExitCode> {
    let set = load_lexicons(&args.lexicons)?;
    let analyzer = Analyzer::new(&set);
    let mut sets = Vec::new();
    for input in &args.inputs {
        let path = display_path(input);
        let bytes = read_input(input)?;
        let text = decode_input(&path, &bytes)?;
        let sentences = parse_labelled(text).map_err(|e| CliError::new(format!("{path}:{e}")))?;
        if sentences.is_empty() {
            return Err(CliError::new(format!("{path}: no labelled sentences")));
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
            let mut s = table::evaluation_table(&sets);
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

fn segment(args: SegmentArgs) -> Result<ExitCode> {
    let path = display_path(&args.input);
    let bytes = read_input(&args.input)?;
    let text = decode_input(&path, &bytes)?;
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for span in sentence::split_text(text) {
        let s = span.slice(text);
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

fn lexicons(command: LexiconCommand) -> Result<ExitCode> {
    let mut stdout = std::io::stdout().lock();
    match command {
        LexiconCommand::List(args) => {
            let set = load_lexicons(&args)?;
            let mut t = comfy_table::Table::new();
            t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED)
                .set_header(vec![
                    "lexicon",
                    "category",
                    "entries",
                    "phrases and words",
                    "from",
                    "description",
                ]);
            for l in &set.lexicons {
                let from = match &l.origin {
                    Origin::Builtin => "built-in".to_string(),
                    Origin::File(p) => p.display().to_string(),
                };
                t.add_row(vec![
                    l.name.clone(),
                    l.category.to_string(),
                    l.entries.len().to_string(),
                    l.size().to_string(),
                    from,
                    l.description.clone(),
                ]);
            }
            writeln!(stdout, "{t}")?;
            Ok(ExitCode::SUCCESS)
        }
        LexiconCommand::Check { dir } => {
            let set = match LexiconSet::builtin().with_folder(&dir) {
                Ok(set) => set,
                Err(errors) => {
                    for e in &errors {
                        writeln!(stdout, "{e}")?;
                    }
                    return Err(CliError::new(format!(
                        "{}: {} problem{} found",
                        dir.display(),
                        errors.len(),
                        if errors.len() == 1 { "" } else { "s" }
                    )));
                }
            };
            let errors = check_examples(&set, |l| matches!(l.origin, Origin::File(_)));
            for e in &errors {
                writeln!(stdout, "{e}")?;
            }
            if !errors.is_empty() {
                return Err(CliError::new(format!(
                    "{}: {} example{} failed",
                    dir.display(),
                    errors.len(),
                    if errors.len() == 1 { "" } else { "s" }
                )));
            }
            let checked: Vec<_> = set
                .lexicons
                .iter()
                .filter(|l| matches!(l.origin, Origin::File(_)))
                .collect();
            let examples: usize = checked
                .iter()
                .map(|l| {
                    l.examples.len()
                        + l.counter_examples.len()
                        + l.entries
                            .iter()
                            .map(|e| e.examples.len() + e.counter_examples.len())
                            .sum::<usize>()
                })
                .sum();
            writeln!(
                stdout,
                "ok: {} lexicon file{} valid, {examples} examples hold",
                checked.len(),
                if checked.len() == 1 { "" } else { "s" }
            )?;
            Ok(ExitCode::SUCCESS)
        }
        LexiconCommand::Dump { dir } => {
            std::fs::create_dir_all(&dir)
                .map_err(|e| CliError::new(format!("{}: {}", dir.display(), io_reason(&e))))?;
            for (name, _) in BUILTIN {
                let path = dir.join(format!("{name}.toml"));
                if path.exists() {
                    return Err(CliError::new(format!(
                        "{}: already exists; not overwriting it",
                        path.display()
                    )));
                }
            }
            for (name, source) in BUILTIN {
                let path = dir.join(format!("{name}.toml"));
                write_atomically(&path, source)?;
            }
            writeln!(
                stdout,
                "wrote {} lexicons to {}",
                BUILTIN.len(),
                dir.display()
            )?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use slant::lexicon::LexiconSet;

    #[test]
    fn a_parallel_pretty_array_matches_serde_json() {
        let analyzer = Analyzer::new(&LexiconSet::builtin());
        let reports: Vec<Report> = ["Everyone knows \"it\".\n\nThe shameful plan.", "", "Fine."]
            .iter()
            .map(|text| Report::new(analyzer.analyze(text), "x.txt", text.len()))
            .collect();
        let mut expected = serde_json::to_string_pretty(&reports).unwrap();
        expected.push('\n');
        assert_eq!(pretty_array(&reports), expected);
        assert_eq!(pretty_array(&[]), "[]\n");
    }

    #[test]
    fn a_report_file_keeps_every_byte_written_across_write_backs() {
        let text: Vec<u8> = (0..3 * OUTPUT_BUFFER + 17)
            .map(|i| (i % 251) as u8)
            .collect();
        for replacing in [false, true] {
            let temp = tempfile::NamedTempFile::new().unwrap();
            let mut file =
                std::io::BufWriter::with_capacity(1000, ReportFile::new(temp.as_file(), replacing));
            for piece in text.chunks(4093) {
                file.write_all(piece).unwrap();
            }
            file.flush().unwrap();
            drop(file);
            assert_eq!(std::fs::read(temp.path()).unwrap(), text);
        }
    }

    #[test]
    fn meanwhile_runs_both_and_returns_both() {
        let (work, meantime) = meanwhile(|| (1..=100).sum::<u32>(), || "read");
        assert_eq!((work, meantime), (5050, "read"));
    }

    #[test]
    fn a_pipeline_writes_every_chunk_in_order() {
        let mut chunks = (1..10).map(|n| vec![n; n]);
        let mut written = Vec::new();
        let result: std::result::Result<(), ()> = pipeline(
            chunks.next(),
            || Ok(chunks.next()),
            |chunk| chunk.iter().map(|n| n * 10).collect::<Vec<_>>(),
            |analysed| {
                written.extend(analysed);
                Ok(())
            },
        );
        assert_eq!(result, Ok(()));
        let expected: Vec<usize> = (1..10).flat_map(|n| vec![n * 10; n]).collect();
        assert_eq!(written, expected);
    }

    #[test]
    fn a_pipeline_stops_at_the_first_error_after_writing_what_came_before() {
        let mut taken = 0;
        let mut written = Vec::new();
        let result = pipeline(
            Some(0),
            || {
                taken += 1;
                if taken == 3 {
                    Err("unreadable")
                } else {
                    Ok(Some(taken))
                }
            },
            |chunk| chunk,
            |analysed| {
                written.push(analysed);
                Ok(())
            },
        );
        assert_eq!(result, Err("unreadable"));
        assert_eq!(written, [0, 1]);
        let nothing: std::result::Result<(), ()> = pipeline(
            None::<u8>,
            || Ok(None),
            |c| c,
            |_| panic!("nothing to write"),
        );
        assert_eq!(nothing, Ok(()));
    }
}
