//! Where texts come from: files, standard input, folders of `.txt`/`.md` files and JSONL
//! batches, decoded as UTF-8 with every failure named by its file (and line).

use super::batch::chunk_size;
use super::error::{CliError, Result};
use rayon::prelude::*;
use serde::Deserialize;
use slant::analysis::Warning;
use slant::lexicon::io_reason;
use slant::text::input::{InputError, decode};
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

/// How much of a JSONL input is read at a time: fewer system calls for the thread that
/// also writes the reports.
const INPUT_BUFFER: usize = 256 << 10;

/// A path as shown in messages and reports.
pub fn display_path(path: &Path) -> String {
    path.display().to_string()
}

/// The bytes of a file, or of standard input for `-`.
pub fn read_input(path: &Path) -> Result<Vec<u8>> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| CliError::io("standard input", &e))?;
        Ok(bytes)
    } else {
        std::fs::read(path).map_err(|e| CliError::io(path.display(), &e))
    }
}

/// The text of a file (or of standard input for `-`), which must be UTF-8.
pub fn read_text(path: &Path) -> Result<(String, String)> {
    let shown = display_path(path);
    let bytes = read_input(path)?;
    let (text, _) = decode_document(&shown, bytes, false)?;
    Ok((shown, text))
}

/// A document to analyze: where it came from, its id in batch mode, its text.
pub struct Document {
    pub path: String,
    pub id: Option<serde_json::Value>,
    pub text: String,
    /// Notes about reading it (`--lossy` repairs), added to its report.
    pub warnings: Vec<Warning>,
}

impl Document {
    /// How the document is named in tables and page titles: its path, and its id in a batch.
    pub fn label(&self) -> String {
        match &self.id {
            Some(id) => format!("{} #{}", self.path, id_label(id)),
            None => self.path.clone(),
        }
    }
}

/// A document id as people write it: strings without their JSON quotes.
pub fn id_label(id: &serde_json::Value) -> String {
    id.as_str().map_or_else(|| id.to_string(), str::to_string)
}

/// An input that could not be read as a document; the others still run.
pub struct Failure {
    pub id: Option<serde_json::Value>,
    pub message: String,
}

impl Failure {
    /// The JSONL line standing for the document that could not be read.
    pub fn error_line(&self) -> String {
        format!(
            "{}\n",
            serde_json::json!({"id": self.id, "error": self.message})
        )
    }
}

/// One line of a JSONL batch.
#[derive(Deserialize)]
pub struct JsonlDocument {
    pub id: Option<serde_json::Value>,
    pub text: String,
}

/// How inputs are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// Each input is one text.
    Text,
    /// Each line of each input is a JSON object {"id", "text"}.
    Jsonl,
}

/// Reads `bytes` as UTF-8 (taking them over, not copying them), or with `lossy` replaces
/// invalid sequences and says how many.
pub fn decode_document(path: &str, bytes: Vec<u8>, lossy: bool) -> Result<(String, Vec<Warning>)> {
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
        Err(e) => Err(CliError::at(path, e)),
    }
}

/// The inputs with each folder replaced by the `.txt` and `.md` files in it, sorted.
pub fn expand_folders(inputs: &[PathBuf]) -> Vec<PathBuf> {
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
                    .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
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
pub fn parse_jsonl_line(
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
pub fn read_documents(
    inputs: &[PathBuf],
    format: InputFormat,
    lossy: bool,
) -> Vec<std::result::Result<Document, Failure>> {
    let mut docs = Vec::new();
    // Files are read and decoded on all cores (a class folder is many small files).
    let inputs = expand_folders(inputs);
    let loaded: Vec<Result<(String, Vec<Warning>)>> = inputs
        .par_iter()
        .map(|input| {
            let path = display_path(input);
            read_input(input).and_then(|bytes| decode_document(&path, bytes, lossy))
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
        match format {
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

/// A line of a JSONL input as read: its input's path, its line number, its bytes.
pub struct RawLine {
    pub path: String,
    pub number: usize,
    pub bytes: Vec<u8>,
}

/// The non-blank lines of JSONL inputs, in order, a chunk at a time.
pub struct JsonlLines<'a> {
    inputs: std::slice::Iter<'a, PathBuf>,
    /// The input being read.
    current: Option<OpenInput<'a>>,
}

/// A JSONL input being read: its path as shown, its lines, the last line number read.
struct OpenInput<'a> {
    path: String,
    lines: std::io::Split<Box<dyn BufRead + 'a>>,
    line_number: usize,
}

impl<'a> JsonlLines<'a> {
    pub fn new(inputs: &'a [PathBuf]) -> Self {
        JsonlLines {
            inputs: inputs.iter(),
            current: None,
        }
    }

    /// Up to `chunk_size()` lines; inputs that cannot be opened are added to `failures`
    /// and skipped.
    pub fn chunk(&mut self, failures: &mut Vec<String>) -> Result<Vec<RawLine>> {
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
                let reader: Box<dyn BufRead> = if input == Path::new("-") {
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
                    let line = line.map_err(|e| CliError::io(&*path, &e))?;
                    if !line.iter().all(u8::is_ascii_whitespace) {
                        chunk.push(RawLine {
                            path: path.clone(),
                            number: *line_number,
                            bytes: line,
                        });
                    }
                }
            }
        }
        Ok(chunk)
    }
}
