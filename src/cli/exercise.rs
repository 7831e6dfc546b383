//! `slant exercise new` and `slant exercise check`: the files of a class exercise, and
//! the class report from the students' filled-in worksheets. The work is in
//! `slant::exercise`; this reads and writes the files and maps problems to exit codes.

use super::args::LexiconArgs;
use super::error::{CliError, Result};
use super::input::{
    Exercises, OTHER_ENCODING, display_path, expand_folders, other_encoding, read_article,
    read_text, sheets_of_another_article,
};
use super::output::{
    output_extension, refuse_a_folder, refuse_a_format_not_written, refuse_page_on_terminal,
    refuse_to_overwrite_inputs, refuse_to_replace, say, say_saved, table_width, write_atomically,
    write_output,
};
use super::shell::quoted;
use clap::{Subcommand, ValueEnum};
use slant::Analyzer;
use slant::Category;
use slant::counting::{numbered_runs, plural};
use slant::exercise::PerCategory;
use slant::exercise::check::{ClassNote, NoteKind, Submission, class_report, read_sheet};
use slant::exercise::class_report::{error_text, render_html, render_table};
use slant::exercise::key::{self, Key};
use slant::exercise::worksheet::NOT_A_WORKSHEET;
use slant::exercise::worksheet::{self, SheetError};
use slant::lexicon::io_reason;
use slant::report::table::wrap_to_width;
use slant::saved_page::{self, InputKind};
use slant::text::input::{InputError, decode};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum ExerciseCommand {
    /// Write a class exercise for ARTICLE into DIR: worksheet.txt and worksheet.html for
    /// the students, key.json and key.html for the teacher.
    New(NewArgs),
    /// Compare students' filled-in worksheets with the key: per student, per sentence,
    /// with slant's explanation of every sentence a student missed.
    Check(CheckArgs),
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The article (a text file; `-` reads standard input).
    article: PathBuf,
    /// The folder to write the exercise into (created if missing).
    #[arg(short = 'o', long = "output", value_name = "DIR")]
    dir: PathBuf,
    /// Replace the files of an exercise already in DIR.
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    lexicons: LexiconArgs,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The exercise's key.json (or the folder `exercise new` wrote it into).
    key: PathBuf,
    /// The students' filled-in worksheets: files, or folders of .txt files (one per
    /// student; the student is the file name without its extension). None: the key's
    /// folder, where the answers may sit.
    #[arg(value_name = "ANSWER")]
    answers: Vec<PathBuf>,
    /// Output format [default: from the -o file's extension (.json, .html, .htm), else
    /// table; a .md or .jsonl name is refused, as no such format is written]
    #[arg(long, value_enum)]
    format: Option<CheckFormat>,
    /// Write the report to FILE instead of standard output; a line on standard error says so.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// With -o: replace FILE even if slant did not write it (a report slant wrote, or an
    /// empty file, is replaced without it).
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CheckFormat {
    /// Agreement per student, the class per sentence, each student's feedback.
    Table,
    /// The same as JSON (layout in docs/exercises.md).
    Json,
    /// The same as one self-contained page.
    Html,
}

/// The files of an exercise, in the order they are written.
const EXERCISE_FILES: [&str; 4] = ["worksheet.txt", "worksheet.html", "key.json", "key.html"];

/// Keeps the `key.json` (and `key.html`) of another article in `dir`, about to be replaced
/// by `new_key`'s, as `key-replaced.json` (`key-replaced-2.json`, … whichever is free):
/// the worksheets handed out for it can still be marked. Returns the kept key's path and
/// its article; none when there is no key or it is the same article's.
fn keep_replaced_key(dir: &Path, new_key: &Key) -> Result<Option<(PathBuf, String)>> {
    let old = dir.join("key.json");
    let Ok(json) = std::fs::read_to_string(&old) else {
        return Ok(None);
    };
    let Ok(old_key) = Key::from_json(&json) else {
        return Ok(None);
    };
    if old_key.article.hash == new_key.article.hash {
        return Ok(None);
    }
    let free = (1..)
        .map(|n| match n {
            1 => key::REPLACED_KEY_STEM.to_string(),
            n => format!("{}-{n}", key::REPLACED_KEY_STEM),
        })
        .find(|stem| {
            !dir.join(format!("{stem}.json")).exists() && !dir.join(format!("{stem}.html")).exists()
        })
        .expect("some numbered name is free");
    let kept = dir.join(format!("{free}.json"));
    std::fs::rename(&old, &kept).map_err(|e| CliError::at(old.display(), io_reason(&e)))?;
    let html = dir.join("key.html");
    if html.is_file() {
        let kept_html = dir.join(format!("{free}.html"));
        std::fs::rename(&html, &kept_html)
            .map_err(|e| CliError::at(html.display(), io_reason(&e)))?;
    }
    Ok(Some((kept, old_key.article.path)))
}

/// The folder a file is in, as an absolute path ("key.json" is in ".").
fn folder_of(file: &Path) -> Option<PathBuf> {
    let dir = file.parent().filter(|d| !d.as_os_str().is_empty());
    dir.unwrap_or(Path::new(".")).canonicalize().ok()
}

/// Runs `slant exercise …`.
pub fn run(command: ExerciseCommand) -> Result<ExitCode> {
    match command {
        ExerciseCommand::New(args) => new(args),
        ExerciseCommand::Check(args) => check(args),
    }
}

fn new(args: NewArgs) -> Result<ExitCode> {
    refuse_a_file_name_for_the_folder(&args.dir)?;
    // A saved web page gives a worksheet of its article, not of its markup.
    let (path, read) = read_article(&args.article)?;
    let (text, read_notes) = (read.text, read.warnings);
    let set = args.lexicons.load()?;
    let analysis = Analyzer::new(&set).analyze_with_headings(&text, &read.headings);
    let key = Key::new(&text, &analysis, &path);
    // An empty file (or one of headings only) made four files and "Next: give each
    // student a copy" of a worksheet with nothing on it.
    if key.sentences.is_empty() {
        return Err(CliError::at(
            &path,
            "no sentences to mark (the text is empty or only headings): nothing was written; \
             is it the right file?",
        ));
    }
    if args.dir.exists() && !args.dir.is_dir() {
        return Err(CliError::at(
            args.dir.display(),
            "is a file: -o names the folder to write the exercise into (created if missing)",
        ));
    }
    let targets = EXERCISE_FILES.map(|name| args.dir.join(name));
    for target in &targets {
        refuse_to_overwrite_inputs(target, std::slice::from_ref(&args.article))?;
        if target.exists() && !args.force {
            return Err(CliError::new(format!(
                "{}: already exists; write the exercise to another folder, or add --force to replace it (the key of another article is kept as key-replaced.json)",
                target.display()
            )));
        }
    }
    // The key of another article, replaced with --force, is kept beside the new one:
    // its students' sheets are marked with it.
    let kept = if args.force {
        keep_replaced_key(&args.dir, &key)?
    } else {
        None
    };
    let contents = [
        worksheet::render_text(&key),
        worksheet::render_html(&key),
        key.to_json(),
        key::render_html(&key),
    ];
    for (target, content) in targets.iter().zip(&contents) {
        write_atomically(target, content)?;
    }
    let marked = key
        .sentences
        .iter()
        .filter(|s| s.marked.iter().any(|(_, m)| *m))
        .count();
    // The folder as given, without the separators a user may have typed after it
    // (`ex/`, `ex//`), so the paths printed are joined once: `ex/`, `ex/key.json`.
    let dir: PathBuf = args.dir.components().collect();
    let mut said = format!(
        "wrote {}: worksheet.txt and worksheet.html ({}) for the students, \
         key.json and key.html ({} marked by slant) for you.\n\
         Next: give each student a copy of worksheet.txt named after them (or print \
         worksheet.html), collect the copies in one folder, then run:\n  \
         slant exercise check {} FOLDER\n",
        dir.join("").display(),
        plural(key.sentences.len(), "sentence", "sentences"),
        plural(marked, "sentence", "sentences"),
        quoted(&display_path(&dir.join("key.json"))),
    );
    if let Some((kept, article)) = kept {
        said.push_str(&format!(
            "note: the key of the earlier article ({article}) is kept as {}: mark its \
             worksheets with `slant exercise check {} FOLDER`\n",
            kept.display(),
            quoted(&display_path(&kept)),
        ));
    }
    for w in read_notes.iter().chain(&analysis.warnings) {
        said.push_str(&format!("note: {}\n", w.message));
    }
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(wrap_to_width(&said, table_width(true), 2).as_bytes())?;
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}

impl CheckArgs {
    /// The format asked for, else the one the -o file's extension names, else the table.
    fn format(&self) -> CheckFormat {
        let by_extension = || match output_extension(self.output.as_deref())?.as_str() {
            "json" => Some(CheckFormat::Json),
            "html" | "htm" => Some(CheckFormat::Html),
            _ => None,
        };
        self.format
            .or_else(by_extension)
            .unwrap_or(CheckFormat::Table)
    }
}

fn check(mut args: CheckArgs) -> Result<ExitCode> {
    if let Some(out) = &args.output {
        refuse_a_folder(out, "class.html", "")?;
    }
    refuse_a_format_not_written(
        "exercise check",
        args.output.as_deref(),
        args.format.is_some(),
        &["json", "html", "htm"],
        &[("html", "a page"), ("json", "JSON"), ("txt", "the table")],
    )?;
    refuse_page_on_terminal(
        args.format() == CheckFormat::Html && args.output.is_none(),
        std::io::stdout().is_terminal(),
        "class.html",
    )?;
    args.key = key_file(&args.key)?;
    let answers_named = !args.answers.is_empty();
    if !answers_named {
        // `slant exercise check bikes` with the sheets collected beside the key.
        let folder = args.key.parent().filter(|p| !p.as_os_str().is_empty());
        args.answers
            .push(folder.unwrap_or(Path::new(".")).to_path_buf());
    }
    let (key_path, key_text) = read_text(&args.key)?;
    let key = Key::from_json(&key_text).map_err(|e| match e {
        // Not JSON at all (a worksheet, the article): which file to give instead.
        key::KeyError::Layout(_) if !key_text.trim_start().starts_with('{') => CliError::at(
            &key_path,
            "not a slant exercise key: give the key.json that `slant exercise new` wrote, \
             then the answers",
        ),
        e => CliError::at(&key_path, e),
    })?;
    // The exercise's own files beside the key (the blank worksheet, the key, a class
    // report) are nobody's answers, even when the answers sit in the key's folder.
    let exercise_dir = folder_of(&args.key);
    let is_exercise_file = |f: &Path| {
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned());
        let own = name.is_some_and(|n| {
            EXERCISE_FILES.contains(&n.as_str()) || n.starts_with("class-report.")
        });
        own && exercise_dir.is_some() && folder_of(f) == exercise_dir
    };
    let files: Vec<PathBuf> = expand_folders(&args.answers, Exercises::Read)
        .into_iter()
        .collect::<Result<Vec<_>>>()?
        .into_iter()
        .filter(|f| !is_exercise_file(f))
        .collect();
    let files = read_once(files);
    if files.is_empty() && !answers_named {
        return Err(CliError::new(format!(
            "no answer sheets beside the key in {}: give the students' worksheet files, or \
             a folder of them, after the key",
            display_path(&args.answers[0])
        )));
    }
    if files.is_empty() {
        return Err(CliError::new(
            "no answer sheets: give the students' worksheet files, or a folder of them",
        ));
    }
    if let Some(out) = &args.output {
        // Nor the exercise's article and its files beside the key: `-o op-ed.txt` had
        // replaced the teacher's article with the class report.
        let key_dir = args.key.parent().unwrap_or(Path::new(""));
        let mut inputs = files.clone();
        inputs.push(args.key.clone());
        inputs.push(PathBuf::from(&key.article.path));
        inputs.extend(EXERCISE_FILES.map(|name| key_dir.join(name)));
        refuse_to_replace(out, &inputs, args.force)?;
    }
    let students = student_names(&files);
    let submissions: Vec<Submission> = files
        .iter()
        .zip(students)
        .map(|(f, student)| submission(&key, f, student))
        .collect();
    let mut notes: Vec<ClassNote> = submissions
        .iter()
        .flat_map(|s| {
            slips(s).into_iter().chain(
                [lines_lost(&key, s), nothing_ticked(s), few_ticked(&key, s)]
                    .into_iter()
                    .flatten(),
            )
        })
        .collect();
    let copies = one_student_s_copies(&files);
    notes.extend(naming_notes(&files, &copies));
    notes.extend(same_answers_notes(&submissions, &copies));
    // Each note names its files' students, as the report's `students` and `refused` do.
    for note in &mut notes {
        note.students = note
            .files
            .iter()
            .map(|file| {
                submissions
                    .iter()
                    .find(|s| s.file == *file)
                    .map_or_else(|| file_student(file), |s| s.student.clone())
            })
            .collect();
    }
    let mut report = class_report(&key, submissions);
    // The notes go into the saved report too (the terminal says them with "note: ").
    report.notes = notes;
    let problems: Vec<String> = report
        .refused
        .iter()
        .flat_map(|r| {
            r.errors
                .iter()
                .map(|e| error_text(&r.file, e.line, &e.message))
        })
        .collect();
    // Not one sheet read: a report of empty tables says nothing the errors don't. When
    // the sheets are all of another exercise (the key of last week's article), one line
    // says so and names their key, instead of the same reason for each sheet.
    if report.students.is_empty() {
        let answers: Vec<String> = args.answers.iter().map(|a| display_path(a)).collect();
        let quoted_answers: Vec<String> = answers.iter().map(|a| quoted(a).into_owned()).collect();
        if let Some(command) =
            sheets_of_another_article(&files, &key.article.hash, &quoted_answers.join(" "))
        {
            return Err(CliError::new(format!(
                "{}: {} of another article, not of {} (the key's): mark {} with {command}",
                answers.join(" "),
                match files.len() {
                    1 => "a worksheet".to_string(),
                    n => plural(n, "worksheet", "worksheets"),
                },
                key.article.path,
                if files.len() == 1 { "it" } else { "them" },
            )));
        }
    }
    if report.students.is_empty() {
        return Err(match problems.as_slice() {
            [only] => CliError::new(only.clone()),
            many => CliError::several(
                many.to_vec(),
                format!(
                    "none of the {} answer sheets could be read, each problem named above",
                    files.len()
                ),
            ),
        });
    }
    let format = args.format();
    let rendered = match format {
        CheckFormat::Table => render_table(&report, table_width(args.output.is_none())),
        CheckFormat::Json => report.to_json(),
        CheckFormat::Html => render_html(&report),
    };
    write_output(args.output.as_deref(), |w| w.write_all(rendered.as_bytes()))?;
    if let Some(out) = &args.output {
        let what = match format {
            CheckFormat::Table => "class report, table",
            CheckFormat::Json => "class report, JSON",
            CheckFormat::Html => "class report, HTML page",
        };
        say_saved(out, what);
    }
    // The table on the terminal lists the refused sheets and the sheets counted as they
    // are: the notes are not said twice, and the error only points to them.
    let on_screen =
        args.output.is_none() && format == CheckFormat::Table && std::io::stdout().is_terminal();
    if !on_screen {
        for note in &report.notes {
            say(&format!("note: {}", note.message));
        }
    }
    // Files that are no worksheet at all (an essay beside the sheets in a group's folder)
    // are not failed sheets: said so, with what to do. The exit code stays 2, as for any
    // input a command could not use: the report holds fewer files than were given.
    let not_sheets = report
        .refused
        .iter()
        .filter(|r| {
            r.errors
                .iter()
                .all(|e| e.message.starts_with(NOT_A_WORKSHEET))
        })
        .count();
    let bad_sheets = report.refused.len() - not_sheets;
    let summary = Refusals {
        not_sheets,
        bad_sheets,
        // Each non-sheet has one problem line.
        problems: problems.len() - not_sheets,
        given: files.len(),
        read: report.students.len(),
    };
    match problems.as_slice() {
        [] => Ok(ExitCode::SUCCESS),
        _ if on_screen => Err(CliError::new(summary.said(true))),
        [only] if not_sheets == 0 => Err(CliError::new(only.clone())),
        many => Err(CliError::several(many.to_vec(), summary.said(false))),
    }
}

/// The files a check refused, for its last error line: files that are no answer sheet
/// (essays, letters) told apart from sheets with problems. "2 of 4 answer sheets
/// refused" had read as if two students' sheets had failed, when the two were essays
/// kept in the group's folder.
struct Refusals {
    not_sheets: usize,
    bad_sheets: usize,
    /// The problems of the bad sheets.
    problems: usize,
    given: usize,
    read: usize,
}

impl Refusals {
    /// The line; `on_screen` when the table above lists the refused files.
    fn said(&self, on_screen: bool) -> String {
        let mut said = Vec::new();
        if self.bad_sheets > 0 {
            said.push(match on_screen {
                true => format!(
                    "{} refused, each problem listed under \"Refused sheets\" above: fix and \
                     check again",
                    plural(self.bad_sheets, "answer sheet", "answer sheets"),
                ),
                false => format!(
                    "{} of {} answer sheets refused ({}, each named above)",
                    self.bad_sheets,
                    self.given,
                    plural(self.problems, "problem", "problems"),
                ),
            });
        }
        if self.not_sheets > 0 {
            let one = self.not_sheets == 1;
            said.push(format!(
                "{} not {} (no worksheet line in {}: an essay or another text?), {} {}: \
                 left out of the report; to check without {}, keep only the students' \
                 copies of worksheet.txt in the folder, or name the sheets one by one",
                plural(self.not_sheets, "file is", "files are"),
                if one {
                    "an answer sheet"
                } else {
                    "answer sheets"
                },
                if one { "it" } else { "them" },
                if one { "named" } else { "each named" },
                if on_screen {
                    "under \"Refused sheets\" above"
                } else {
                    "above"
                },
                if one { "it" } else { "them" },
            ));
        }
        format!(
            "{}; the {} read {} in the report",
            said.join("; "),
            plural(self.read, "sheet", "sheets"),
            if self.read == 1 { "is" } else { "are" },
        )
    }
}

/// The key `exercise check` was given: a file as it is, or the exercise's folder
/// (`bikes/` for `bikes/key.json`, which had been refused as "a folder, not a file"); a
/// folder without a key, such as the answers given first, is refused saying the order.
fn key_file(given: &Path) -> Result<PathBuf> {
    if !given.is_dir() {
        return Ok(given.to_path_buf());
    }
    let key = given.join("key.json");
    if key.is_file() {
        return Ok(key);
    }
    Err(CliError::at(
        given.display(),
        "is a folder without a key.json: give the exercise's key first (the key.json that \
         `slant exercise new` wrote, or its folder), then the answers",
    ))
}

/// Refuses a file's name where `exercise new -o` takes a folder: `-o ex.pdf` (or
/// `ex.html`, `ex.txt`) had made a folder of that name holding four files, not the file
/// the teacher asked for. A folder or file that already exists under such a name is left
/// to the checks after (a file there is refused as one).
fn refuse_a_file_name_for_the_folder(dir: &Path) -> Result<()> {
    let extension = dir
        .extension()
        .map(|x| x.to_string_lossy().to_ascii_lowercase());
    // A document's name (.pdf, .docx, …) as the input reader knows them, or a report's.
    let document = slant::saved_page::document_named(&dir.to_string_lossy()).is_some();
    let file_like = document
        || matches!(
            extension.as_deref(),
            Some("html" | "htm" | "txt" | "md" | "json" | "jsonl")
        );
    let said_folder = dir.to_string_lossy().ends_with(['/', '\\']);
    if file_like && !said_folder && !dir.exists() {
        let stem = dir.with_extension("");
        return Err(CliError::at(
            dir.display(),
            format!(
                "-o names the folder the exercise is written into (worksheet.txt, \
                 worksheet.html, key.json, key.html), not a file: give a folder such as {}/ \
                 (print worksheet.html to PDF from the browser)",
                stem.display()
            ),
        ));
    }
    Ok(())
}

/// The notes for the lines of a sheet read that look like slips (`L so-called` without
/// its colon, a line cut off partway through its sentence): such a line had been counted
/// as it reads without a word, so a tick the student meant was lost unseen. One note a
/// slip, naming the file and line; the sheet is still counted.
fn slips(submission: &Submission) -> Vec<ClassNote> {
    let Ok(sheet) = &submission.sheet else {
        return Vec::new();
    };
    let file = &submission.file;
    let stray = sheet.stray_lines.iter().map(|&line| {
        note(
            NoteKind::PassedOver,
            vec![file.clone()],
            Some(line),
            format!(
                "{file} line {line}: not a worksheet line, passed over (a note of the \
                 student's? start it with # to keep it)"
            ),
        )
    });
    sheet
        .answers
        .iter()
        .flat_map(|a| {
            a.slips.iter().map(move |slip| {
                note(
                    NoteKind::Slip,
                    vec![file.clone()],
                    Some(a.line),
                    format!("{file} line {}: {slip}", a.line),
                )
            })
        })
        .chain(stray)
        .collect()
}

/// A note about `files` (its students are filled in once all notes are made).
fn note(kind: NoteKind, files: Vec<String>, line: Option<u32>, message: String) -> ClassNote {
    ClassNote {
        kind,
        message,
        files,
        students: Vec::new(),
        line,
    }
}

/// The student of a file no submission names: its name without its extension.
fn file_student(file: &str) -> String {
    Path::new(file)
        .file_stem()
        .map_or_else(|| file.to_string(), |s| s.to_string_lossy().into_owned())
}

/// The sheets, each once: a sheet given by name and in its folder too (`answers
/// answers/isla.txt`) had been counted twice, and each of its notes said twice in the
/// table and twice more on the terminal. Files are the same when their canonical paths
/// are; the first naming is kept.
fn read_once(files: Vec<PathBuf>) -> Vec<PathBuf> {
    let mut seen = std::collections::HashSet::new();
    files
        .into_iter()
        .filter(|f| seen.insert(std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())))
        .collect()
}

/// The note for a sheet read with no box ticked: a copy of the worksheet handed in
/// unanswered counted as a student who found nothing (agreement 0.00), pulling the class's
/// counts down, and the teacher was not told.
fn nothing_ticked(submission: &Submission) -> Option<ClassNote> {
    let sheet = submission.sheet.as_ref().ok()?;
    let ticked = sheet
        .answers
        .iter()
        .any(|a| a.marked.iter().any(|(_, m)| *m));
    (!ticked).then(|| {
        note(
            NoteKind::NothingTicked,
            vec![submission.file.clone()],
            None,
            format!(
                "{} has no box ticked: it counts as a student who found nothing (handed in \
                 unanswered?)",
                submission.file
            ),
        )
    })
}

/// A sheet ticking fewer boxes than slant's ticks divided by this looks unfinished: a
/// quarter. A student who read the whole sheet ticks about as many boxes as slant does
/// (careful readers mark a little more than slant finds: its recall is under its
/// precision), a weak one fewer; under a quarter of slant's is a sheet saved partway.
const UNFINISHED_BELOW: usize = 4;

/// The note for a sheet with some box ticked but fewer than a quarter of the boxes slant
/// ticks ([`UNFINISHED_BELOW`]), when slant ticks at least that many (below, one tick is
/// already a quarter): 1 box ticked of 21 had been counted as a student who found little,
/// and the teacher was not told the sheet looked unfinished.
fn few_ticked(key: &Key, submission: &Submission) -> Option<ClassNote> {
    let sheet = submission.sheet.as_ref().ok()?;
    let count = |marks: &PerCategory<bool>| marks.iter().filter(|(_, m)| **m).count();
    let ticked: usize = sheet.answers.iter().map(|a| count(&a.marked)).sum();
    let by_slant: usize = key.sentences.iter().map(|s| count(&s.marked)).sum();
    let boxes = key.sentences.len() * Category::ALL.len();
    (ticked > 0 && by_slant >= UNFINISHED_BELOW && ticked * UNFINISHED_BELOW < by_slant).then(
        || {
            note(
                NoteKind::Unfinished,
                vec![submission.file.clone()],
                None,
                format!(
                    "{} has {} ticked of {boxes}, where slant ticks {by_slant}: it looks \
                     unfinished (under a quarter of slant's ticks; saved before the end?) and \
                     counts as it reads",
                    submission.file,
                    plural(ticked, "box", "boxes"),
                ),
            )
        },
    )
}

/// The note for a sheet read without some of the worksheet's sentence lines (deleted by
/// a slip, or cut off when copying): those sentences count as not marked, and the
/// teacher was not told, so a student's misses could be a lost line.
fn lines_lost(key: &Key, submission: &Submission) -> Option<ClassNote> {
    let sheet = submission.sheet.as_ref().ok()?;
    let lost: Vec<usize> = (1..=key.sentences.len())
        .filter(|n| !sheet.answers.iter().any(|a| a.number as usize == *n))
        .collect();
    if lost.is_empty() {
        return None;
    }
    // No count to say (the sentences are named): the noun and its pronouns agree.
    let (lines, these, them) = if lost.len() == 1 {
        ("line", "it counts", "it")
    } else {
        ("lines", "they count", "them")
    };
    Some(note(
        NoteKind::LinesMissing,
        vec![submission.file.clone()],
        None,
        format!(
            "{} has no {lines} for {}: {these} as not marked (deleted by mistake? copy {them} \
             back from worksheet.txt)",
            submission.file,
            numbered_runs(&lost, "S"),
        ),
    ))
}

/// Ticks a sheet needs before its answers, the same box for box as another sheet's, look
/// copied: two students who tick the same one or two boxes of a sheet may well agree.
const SAME_ANSWERS_FROM: usize = 3;

/// The notes on sheets of different names holding the same answers, box for box and word
/// for word (a student's copy saved under another name, or one sheet handed in twice): each
/// is counted, and a copy counted twice tips the class lists. One student's copies by name
/// (`named_copies`, noted already) stand for one sheet: the first of them.
fn same_answers_notes(submissions: &[Submission], named_copies: &[Vec<String>]) -> Vec<ClassNote> {
    type Marks<'a> = Vec<(
        u32,
        &'a PerCategory<bool>,
        &'a PerCategory<Vec<String>>,
        &'a str,
    )>;
    let noted = |file: &str| {
        named_copies
            .iter()
            .any(|copies| copies.iter().skip(1).any(|c| c == file))
    };
    let mut groups: Vec<(Marks<'_>, Vec<&str>)> = Vec::new();
    for submission in submissions {
        let Ok(sheet) = &submission.sheet else {
            continue;
        };
        if noted(&submission.file) {
            continue;
        }
        let ticks: usize = sheet
            .answers
            .iter()
            .map(|a| a.marked.iter().filter(|(_, m)| **m).count())
            .sum();
        if ticks < SAME_ANSWERS_FROM {
            continue;
        }
        let mut marks: Marks<'_> = sheet
            .answers
            .iter()
            .map(|a| (a.number, &a.marked, &a.words, a.comment.as_str()))
            .collect();
        marks.sort_by_key(|m| m.0);
        match groups.iter_mut().find(|(m, _)| *m == marks) {
            Some((_, files)) => files.push(&submission.file),
            None => groups.push((marks, vec![&submission.file])),
        }
    }
    groups
        .into_iter()
        .map(|(_, files)| files)
        .filter(|files| files.len() > 1)
        .map(|files| {
            let (last, others) = files.split_last().unwrap_or((&"", &[]));
            let message = format!(
                "{} and {last} hold the same answers, box for box and word for word: is one a \
                 copy? Each is counted in the class report; keep one and check again",
                others.join(", ")
            );
            let files = files.iter().map(|f| f.to_string()).collect();
            note(NoteKind::SameAnswers, files, None, message)
        })
        .collect()
}

/// The notes on how the sheets are named: a copy handed out without renaming (the report's
/// student is "worksheet"), and two files that look like one student's sheets. They go
/// into the saved report with the other notes, as the class table counts those sheets.
/// `copies` are the groups of [`one_student_s_copies`].
fn naming_notes(files: &[PathBuf], copies: &[Vec<String>]) -> Vec<ClassNote> {
    let mut notes: Vec<ClassNote> = files
        .iter()
        .filter(|f| {
            f.file_stem()
                .is_some_and(|s| student_of_copy(&s.to_string_lossy()) == "worksheet")
        })
        .map(|file| {
            note(
                NoteKind::WorksheetName,
                vec![display_path(file)],
                None,
                format!(
                    "{} still has the worksheet's name, so the report calls its student \
                     \"{}\": rename it after the student",
                    display_path(file),
                    file.file_stem().unwrap_or_default().to_string_lossy()
                ),
            )
        })
        .collect();
    for group in copies {
        let Some((last, others)) = group.split_last() else {
            continue;
        };
        notes.push(note(
            NoteKind::OneStudentsCopies,
            group.clone(),
            None,
            format!(
                "{} and {last} look like one student's sheets: each is counted in the class \
                 report; keep one and check again",
                others.join(", ")
            ),
        ));
    }
    notes
}

/// The sheets that look like copies of one student's file ("amara.txt", "amara (2).txt",
/// "late/Amara - Copy.txt"), as groups of two or more paths, in the order given: a student
/// who saved twice is otherwise two students in the class's counts.
fn one_student_s_copies(files: &[PathBuf]) -> Vec<Vec<String>> {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for file in files {
        let Some(stem) = file.file_stem() else {
            continue;
        };
        // `fatima.txt.txt` is a copy of `fatima.txt` saved with a second extension.
        let mut stem = stem.to_string_lossy().into_owned();
        while let Some((name, x)) = stem.rsplit_once('.')
            && FILE_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str())
        {
            stem.truncate(name.len());
        }
        let student = student_of_copy(&stem);
        match groups.iter_mut().find(|(name, _)| *name == student) {
            Some((_, paths)) => paths.push(display_path(file)),
            None => groups.push((student, vec![display_path(file)])),
        }
    }
    groups
        .into_iter()
        .filter(|(_, paths)| paths.len() > 1)
        .map(|(_, paths)| paths)
        .collect()
}

/// A file name without what copying a file adds to it: a number in brackets ("amara
/// (2)"), "copy" ("amara - Copy", "amara copy 2"), in any case. A bare number is kept:
/// "student1" and "student2" are two students.
fn student_of_copy(name: &str) -> String {
    let mut name = name.trim().to_lowercase();
    loop {
        let before = name.len();
        if let Some(inside) = name.strip_suffix(')').and_then(|n| n.rsplit_once('('))
            && !inside.1.is_empty()
            && inside.1.bytes().all(|b| b.is_ascii_digit())
        {
            name.truncate(inside.0.len());
        }
        let without_number = name.trim_end_matches(|c: char| c.is_ascii_digit());
        if let Some(rest) = without_number.trim_end().strip_suffix("copy")
            && rest.ends_with([' ', '-', '_'])
        {
            name.truncate(rest.len());
        }
        name.truncate(name.trim_end_matches([' ', '-', '_']).len());
        if name.len() == before {
            return name;
        }
    }
}

/// Extensions that, left inside a name by a second extension Windows hides
/// (`fatima.txt.txt`), make the name look like another file's.
const FILE_EXTENSIONS: [&str; 11] = [
    "txt", "text", "md", "html", "htm", "json", "doc", "docx", "odt", "rtf", "pdf",
];

/// The student each file stands for in the report, in the order of `files`: its name
/// without the extension (`amara.txt` → `amara`), unless that could be taken for another
/// file's: `fatima.txt.txt` stays whole (its student is not `fatima.txt`, which a teacher
/// reads as the file `fatima.txt`), and sheets that would share a name (`a/amara.txt`
/// and `b/amara.txt`, `amara.txt` and `amara.md`) keep their whole name, with their path
/// below the folder they share when the name alone is not enough. No two files get one
/// name.
fn student_names(files: &[PathBuf]) -> Vec<String> {
    let shown: Vec<String> = files.iter().map(|f| display_path(f)).collect();
    let folder = slant::report::table::common_folder(shown.iter().map(String::as_str));
    let names: Vec<String> = files
        .iter()
        .map(|f| {
            f.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_lowercase()
        })
        .collect();
    // The file's whole name, or its path below the shared folder when another sheet in
    // another folder has the same name.
    let whole = |i: usize| {
        if (0..files.len()).any(|j| j != i && names[j] == names[i]) {
            shown[i][folder.len()..].to_string()
        } else {
            files[i]
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        }
    };
    let short: Vec<String> = files
        .iter()
        .enumerate()
        .map(|(i, file)| {
            let Some(stem) = file.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
                return shown[i].clone();
            };
            let inner = Path::new(&stem)
                .extension()
                .map(|x| x.to_string_lossy().to_ascii_lowercase());
            if inner.is_some_and(|x| FILE_EXTENSIONS.contains(&x.as_str())) {
                whole(i)
            } else {
                stem
            }
        })
        .collect();
    (0..files.len())
        .map(|i| {
            let shared = (0..files.len())
                .any(|j| j != i && short[j].to_lowercase() == short[i].to_lowercase());
            if shared { whole(i) } else { short[i].clone() }
        })
        .collect()
}

/// A student's file, read and checked against `key`; a file that cannot be read as text
/// is refused like a sheet with a bad line.
fn submission(key: &Key, file: &Path, student: String) -> Submission {
    let shown = display_path(file);
    let refused = |message: String| {
        Err(vec![SheetError {
            line: None,
            message,
        }])
    };
    let sheet = match std::fs::read(file) {
        Err(e) => refused(io_reason(&e)),
        // A sheet handed in as a Word file or a PDF: how to get the text out.
        Ok(bytes) => match saved_page::kind_of(&shown, &bytes) {
            InputKind::Document(format) => refused(format.advice().to_string()),
            _ => match decode(&bytes) {
                Err(InputError::Binary { .. }) => refused(
                    "not a text file: an answer sheet is the worksheet.txt file, filled in and \
                     saved as plain text"
                        .to_string(),
                ),
                Ok(text) => read_sheet(key, text),
                // A sheet saved in Windows-1252 (Word's "Plain Text") or UTF-16 with its
                // byte-order mark is read as `slant analyze` reads it.
                Err(InputError::InvalidUtf8 { .. } | InputError::Utf16(_))
                    if let Some((text, _)) = other_encoding(&bytes) =>
                {
                    read_sheet(key, &text)
                }
                Err(e @ InputError::InvalidUtf8 { .. }) => {
                    refused(format!("{e}: {OTHER_ENCODING}"))
                }
                Err(e) => refused(e.to_string()),
            },
        },
    };
    Submission {
        student,
        file: shown,
        sheet,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_s_name_is_its_student_s_and_numbered_students_stay_apart() {
        for (name, student) in [
            ("amara", "amara"),
            ("Amara (2)", "amara"),
            ("amara(3)", "amara"),
            ("amara - Copy", "amara"),
            ("amara copy 2", "amara"),
            ("amara_copy", "amara"),
            ("amara - Copy (2)", "amara"),
            ("student1", "student1"),
            ("student2", "student2"),
            ("copy", "copy"),
            ("jo (b)", "jo (b)"),
        ] {
            assert_eq!(student_of_copy(name), student, "{name}");
        }
        let files: Vec<PathBuf> = [
            "a/amara.txt",
            "a/ben.txt",
            "a/late/Amara (2).txt",
            "a/s1.txt",
            "a/s2.txt",
            "a/s2.txt.txt",
        ]
        .map(PathBuf::from)
        .to_vec();
        assert_eq!(
            one_student_s_copies(&files),
            [
                ["a/amara.txt", "a/late/Amara (2).txt"],
                ["a/s2.txt", "a/s2.txt.txt"]
            ]
        );
    }

    #[test]
    fn no_two_sheets_get_one_student_name() {
        let names =
            |files: &[&str]| student_names(&files.iter().map(PathBuf::from).collect::<Vec<_>>());
        assert_eq!(
            names(&["c/fatima.txt", "c/fatima.txt.txt", "c/j.smith.txt"]),
            ["fatima", "fatima.txt.txt", "j.smith"]
        );
        assert_eq!(
            names(&["c/amara.txt", "c/late/amara.txt", "c/Amara.md", "c/ben.txt"]),
            ["amara.txt", "late/amara.txt", "Amara.md", "ben"]
        );
        assert_eq!(names(&["answers/ana.docx.txt"]), ["ana.docx.txt"]);
        assert_eq!(names(&["ana.txt"]), ["ana"]);
    }
}
