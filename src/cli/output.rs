//! Where reports go: standard output, or a file written whole or not at all (a temporary
//! file beside it, renamed into place) with the permissions a new file gets (or those of
//! the file it replaces), never over one of the inputs, never at a folder.

use super::error::{CliError, Result};
use super::own_output::replaceable_report;
use slant::report::table::wrap_to_width;
use slant::saved_page;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Bytes of output gathered before each write: a report line is several kilobytes, and a
/// write per line would keep the writing thread busy while the others wait.
const OUTPUT_BUFFER: usize = 1 << 20;

/// A report on its way to FILE (through a temporary file beside it) or to standard output.
pub struct Output<'p> {
    /// FILE and the temporary file that becomes it.
    file: Option<(&'p Path, tempfile::NamedTempFile)>,
}

impl<'p> Output<'p> {
    /// Starts writing to `path`, or to standard output.
    pub fn new(path: Option<&'p Path>) -> Result<Self> {
        let file = match path {
            Some(path) => Some((path, temp_beside(path)?)),
            None => None,
        };
        Ok(Output { file })
    }

    /// A buffered writer into the output.
    pub fn writer(&self) -> std::io::BufWriter<Box<dyn Write + '_>> {
        let sink: Box<dyn Write + '_> = match &self.file {
            Some((_, temp)) => Box::new(temp.as_file()),
            None => Box::new(std::io::stdout().lock()),
        };
        std::io::BufWriter::with_capacity(OUTPUT_BUFFER, sink)
    }

    /// Puts the finished file in place: readers see the old file or the new one, never
    /// half of one.
    pub fn keep(self) -> Result<()> {
        if let Some((path, temp)) = self.file {
            temp.persist(path)
                .map_err(|e| CliError::io(path.display(), &e.error))?;
        }
        Ok(())
    }

    /// The error for a failed write: located at FILE, or plain for standard output.
    fn write_error(&self, e: std::io::Error) -> CliError {
        match &self.file {
            Some((path, _)) => CliError::io(path.display(), &e),
            None => e.into(),
        }
    }
}

/// Writes through `write` to FILE (atomically, via a temporary file) or to standard output.
pub fn write_output(
    path: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let output = Output::new(path)?;
    let mut sink = output.writer();
    let written = write(&mut sink).and_then(|()| sink.flush());
    drop(sink);
    written.map_err(|e| output.write_error(e))?;
    output.keep()
}

/// The extension of the `-o` file, in lower case, which chooses the format when
/// `--format` is not given: `-o class.html` asks for a page, not a table in a .html file.
pub fn output_extension(output: Option<&Path>) -> Option<String> {
    Some(output?.extension()?.to_str()?.to_ascii_lowercase())
}

/// The format a file's extension names, as `slant analyze -o` reads it ("Markdown" for
/// `.md`), or `None` for a name that names none (`.txt`, no extension).
fn format_named_by(extension: &str) -> Option<&'static str> {
    match extension {
        "md" | "markdown" => Some("Markdown"),
        "json" => Some("JSON"),
        "jsonl" => Some("JSON Lines"),
        "html" | "htm" => Some("HTML"),
        _ => None,
    }
}

/// Refuses, when no `--format` was given (`format_given` false), an `-o` name whose
/// extension names a format `command` does not write (`written`: the extensions it takes
/// its formats from): `exercise check -o class.md` had written the terminal's table into
/// class.md. The line names the files it does write, after `-o`'s own name (`offer`: the
/// extensions, the page's first), and how to have the table under that name anyway.
pub fn refuse_a_format_not_written(
    command: &str,
    output: Option<&Path>,
    format_given: bool,
    written: &[&str],
    offer: &[(&str, &str)],
) -> Result<()> {
    let (Some(path), false) = (output, format_given) else {
        return Ok(());
    };
    let Some(extension) = output_extension(Some(path)) else {
        return Ok(());
    };
    let Some(format) = format_named_by(&extension) else {
        return Ok(());
    };
    if written.contains(&extension.as_str()) {
        return Ok(());
    }
    let names: Vec<String> = offer
        .iter()
        .map(|(x, what)| format!("{} ({what})", path.with_extension(x).display()))
        .collect();
    let last = names.last().cloned().unwrap_or_default();
    let names = match names.split_last() {
        Some((_, [])) | None => last,
        Some((_, first)) => format!("{} or {last}", first.join(", ")),
    };
    Err(CliError::at(
        path.display(),
        format!(
            "`slant {command}` writes no {format}: name the file {names}, or add \
             --format table to write the table under this name"
        ),
    ))
}

/// The width set in `COLUMNS`, as `ls` and `man` read it: for a terminal whose size
/// cannot be read, or a narrower layout on purpose (`COLUMNS=60 slant analyze …`).
fn columns_from_environment() -> Option<u16> {
    let columns: u16 = std::env::var("COLUMNS").ok()?.trim().parse().ok()?;
    usable_width(Some(columns))
}

/// How wide a table may be on standard output: `COLUMNS` when set, else the terminal's
/// width when it goes to one, else 80 columns (a file or a pipe is most often read in a
/// terminal or an editor of that width). A file written with `-o` is 80 columns wide.
pub fn table_width(to_stdout: bool) -> u16 {
    const COLUMNS: u16 = 80;
    if !to_stdout {
        return COLUMNS;
    }
    if let Some(columns) = columns_from_environment() {
        return columns;
    }
    if std::io::stdout().is_terminal() {
        // comfy-table asks the terminal for its size.
        usable_width(comfy_table::Table::new().width()).unwrap_or(COLUMNS)
    } else {
        COLUMNS
    }
}

/// A terminal's width when it is one to lay text out in: a terminal that reports 0
/// columns (one made by `script`, or `docker run -t` before its size is set) had every
/// word of an error on a line of its own.
fn usable_width(width: Option<u16>) -> Option<u16> {
    width.filter(|&columns| columns >= 20)
}

/// How wide a note on standard error may be: `COLUMNS` when set, else the terminal's
/// width when standard error is one; `None` (each note one line) for a log or a pipe.
fn notes_width() -> Option<u16> {
    columns_from_environment().or_else(|| {
        std::io::stderr()
            .is_terminal()
            .then(|| usable_width(comfy_table::Table::new().use_stderr().width()))
            .flatten()
    })
}

/// `message` as standard error shows it: on a terminal, its lines broken between words
/// to the terminal's width (the rest of a line indented two more), so a warning, a
/// "saved" line or an error is not cut in the middle of a word.
pub fn fit_notes(message: &str) -> String {
    match notes_width() {
        Some(width) => wrap_to_width(message, width, 2),
        None => message.to_string(),
    }
}

/// Writes `message` (one or more lines) on standard error, fitted to the terminal.
pub fn say(message: &str) {
    let mut fitted = fit_notes(message);
    if !fitted.ends_with('\n') {
        fitted.push('\n');
    }
    let _ = std::io::stderr().lock().write_all(fitted.as_bytes());
}

/// Says on standard error what was written where ("saved phones.html (HTML page)"), so
/// standard output stays the report alone for a pipe.
pub fn say_saved(path: &Path, what: &str) {
    say(&format!("saved {} ({what})", path.display()));
}

/// Writes `contents` to `path` atomically. Creates missing parent folders.
pub fn write_atomically(path: &Path, contents: &str) -> Result<()> {
    write_output(Some(path), |w| w.write_all(contents.as_bytes()))
}

/// A temporary file in the folder of `path` (created if missing), to be renamed onto it:
/// readable as any new file under the umask (tempfile's own default is owner-only), or
/// with the permissions of the file it will replace.
fn temp_beside(path: &Path) -> Result<tempfile::NamedTempFile> {
    refuse_a_folder(path, "report", "")?;
    refuse_a_document_name(path)?;
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(|e| CliError::io(parent.display(), &e))?;
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Asked for when the file is created, so the umask applies, as to any new file.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let temp = builder
        .tempfile_in(&parent)
        .map_err(|e| CliError::io(path.display(), &e))?;
    if let Ok(old) = std::fs::metadata(path)
        && old.is_file()
    {
        temp.as_file()
            .set_permissions(old.permissions())
            .map_err(|e| CliError::io(path.display(), &e))?;
    }
    Ok(temp)
}

/// Refuses to pour an HTML page onto a terminal, where it is screenfuls of markup: when
/// `page` (the run writes a page to standard output) and `stdout_is_terminal`, the error
/// asks for `-o example`. Into a pipe or a file (`> page.html`) the page is written as
/// before: scripts rely on it. JSON, JSONL, tables and Markdown read well enough on a
/// terminal and are not refused.
pub fn refuse_page_on_terminal(page: bool, stdout_is_terminal: bool, example: &str) -> Result<()> {
    if page && stdout_is_terminal {
        return Err(CliError::new(format!(
            "--format html makes a page for a browser, not the terminal: add -o {example} \
             to write it to a file (or redirect: > {example})"
        )));
    }
    Ok(())
}

/// Refuses to write a report into a file named as a Word, PDF, OpenDocument or RTF
/// document: `-o essay.pdf` had written a plain table that no PDF viewer opens. Called
/// again before any work that writes files (`--save`), so nothing is half done.
pub fn refuse_a_document_name(path: &Path) -> Result<()> {
    match saved_page::document_named(&path.to_string_lossy()) {
        Some(_) => Err(CliError::at(
            path.display(),
            "slant does not write Word, PDF, OpenDocument or RTF files: name the file .html \
             (a page to open, print or save as PDF from the browser), .md, .json or .txt",
        )),
        None => Ok(()),
    }
}

/// Refuses a folder (one that exists, or a name ending in `/`) where a file is to be
/// written, suggesting `example` as a file name inside it, and then `hint`.
pub fn refuse_a_folder(path: &Path, example: &str, hint: &str) -> Result<()> {
    let named = path.to_string_lossy();
    if path.is_dir() || named.ends_with('/') {
        let inside = Path::new(named.trim_end_matches('/')).join(example);
        return Err(CliError::at(
            path.display(),
            format!(
                "is a folder: -o takes the name of the file to write, such as {}{hint}",
                inside.display()
            ),
        ));
    }
    Ok(())
}

/// What `-o FILE` says to do instead of replacing a file slant did not write.
pub const OUTPUT_HINT: &str = "choose another name, delete it first, or add --force";

/// Refuses, before anything is written, to write a report over one of the inputs, or over
/// a file that slant did not write (see [`refuse_a_file_slant_did_not_write`]) unless
/// `force`: `-o essay.md` had replaced a student's essay with a worksheet.
pub fn refuse_to_replace(target: &Path, inputs: &[PathBuf], force: bool) -> Result<()> {
    refuse_to_overwrite_inputs(target, inputs)?;
    if force {
        return Ok(());
    }
    refuse_a_file_slant_did_not_write(target, OUTPUT_HINT)
}

/// Refuses to replace an existing file that holds something and is not a report slant
/// wrote; `hint` says what to do instead. Nothing there yet, an empty file (made by
/// `mktemp` or `touch`) and slant's own report (re-running a command over its output)
/// are fine.
pub fn refuse_a_file_slant_did_not_write(target: &Path, hint: &str) -> Result<()> {
    let Ok(meta) = std::fs::metadata(target) else {
        return Ok(()); // not there yet
    };
    if !meta.is_file() || meta.len() == 0 || replaceable_report(target) {
        return Ok(());
    }
    Err(CliError::at(
        target.display(),
        format!("exists and is not a report slant wrote: refusing to replace it ({hint})"),
    ))
}

/// Refuses to write a report over one of the inputs.
pub fn refuse_to_overwrite_inputs(target: &Path, inputs: &[PathBuf]) -> Result<()> {
    let Ok(target_real) = target.canonicalize() else {
        return Ok(()); // does not exist yet, so it is no input
    };
    for input in inputs {
        if input.canonicalize().is_ok_and(|p| p == target_real) {
            return Err(CliError::at(
                target.display(),
                "refusing to overwrite an input file with a report",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::usable_width;

    #[test]
    fn a_terminal_of_no_width_is_no_width_to_lay_out_to() {
        for (reported, used) in [
            (Some(0), None),
            (Some(19), None),
            (Some(20), Some(20)),
            (Some(120), Some(120)),
            (None, None),
        ] {
            assert_eq!(usable_width(reported), used, "{reported:?}");
        }
    }
}
