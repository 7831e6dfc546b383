//! Where texts come from: files, standard input, folders (read recursively) of `.txt`,
//! `.md` and saved `.html` pages, and JSONL batches, decoded as UTF-8 with every failure
//! named by its file (and line); a saved web page gives its article's text.

use super::batch::chunk_size;
use super::error::{CliError, Result};
use super::own_output::written_by_slant;
use super::shell::quoted;
use rayon::prelude::*;
use serde::Deserialize;
use slant::Span;
use slant::analysis::Warning;
use slant::counting::{listed, plural};
use slant::lexicon::io_reason;
use slant::saved_page::{self, InputKind};
use slant::text::input::{InputError, decode};
use std::io::{BufRead, IsTerminal, Read};
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
    let named = path.to_string_lossy();
    if ["http://", "https://", "www."]
        .iter()
        .any(|start| named.starts_with(start))
        && !path.exists()
    {
        return Err(CliError::at(
            path.display(),
            "slant does not download pages: save the page (Ctrl+S) and give the file",
        ));
    }
    if path == Path::new("-") {
        say_reading_from_the_keyboard();
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| CliError::io("standard input", &e))?;
        Ok(bytes)
    } else {
        std::fs::read(path).map_err(|e| {
            let meant = (e.kind() == std::io::ErrorKind::NotFound)
                .then(|| named_without_extension(path).or_else(|| near_name(path)))
                .flatten();
            match meant {
                Some(file) => CliError::at(
                    path.display(),
                    format!("no such file or folder; did you mean {}?", file.display()),
                ),
                None => CliError::io(path.display(), &e),
            }
        })
    }
}

/// Says, when standard input is a terminal, that `-` waits for the text to be typed or
/// pasted: `slant analyze -` typed by itself seemed to hang, without a word.
fn say_reading_from_the_keyboard() {
    if let Some(note) = keyboard_note(std::io::stdin().is_terminal()) {
        super::output::say(note);
    }
}

/// The note for `-` read from a terminal (`None` for a pipe or a file).
fn keyboard_note(stdin_is_terminal: bool) -> Option<&'static str> {
    stdin_is_terminal.then_some(
        "reading the text from the keyboard (-): type or paste it, then press Ctrl+D on a \
         new line (Ctrl+Z then Enter on Windows); Ctrl+C stops",
    )
}

/// The file a path names without its extension (`reports/phones-in-class` for
/// `reports/phones-in-class.txt`), when exactly one readable file is so named: the name
/// a file manager that hides extensions shows.
fn named_without_extension(path: &Path) -> Option<PathBuf> {
    if path.extension().is_some() {
        return None;
    }
    let mut found = READABLE.iter().map(|x| {
        let mut name = path.as_os_str().to_owned();
        name.push(".");
        name.push(x);
        PathBuf::from(name)
    });
    let mut existing = found.by_ref().filter(|p| p.is_file());
    let first = existing.next()?;
    existing.next().is_none().then_some(first)
}

/// The file or folder beside a path not found whose name is a near miss of the one typed
/// (`op-ed.tx`, `Op-ed.txt`, `op_ed.txt` for `op-ed.txt`): a typo had got only "no such
/// file or folder". Names are compared without regard to case, by Damerau–Levenshtein
/// distance (a swap of two letters is one edit); a near miss is at most one edit in four
/// characters (one at least) and fewer than half the name; two equally near names suggest
/// neither.
fn near_name(path: &Path) -> Option<PathBuf> {
    let typed = path.file_name()?.to_str()?.to_lowercase();
    let length = typed.chars().count();
    let limit = (length / 4).max(1);
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
    let mut best: Option<(usize, String)> = None;
    let mut tied = false;
    for entry in std::fs::read_dir(parent.unwrap_or(Path::new("."))).ok()? {
        let Ok(entry) = entry else { continue };
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        if name.starts_with('.') && !typed.starts_with('.') {
            continue;
        }
        let distance = strsim::damerau_levenshtein(&typed, &name.to_lowercase());
        if distance > limit || 2 * distance >= length {
            continue;
        }
        match &best {
            Some((nearest, _)) if distance > *nearest => {}
            Some((nearest, _)) if distance == *nearest => tied = true,
            _ => {
                best = Some((distance, name));
                tied = false;
            }
        }
    }
    let (_, name) = best.filter(|_| !tied)?;
    Some(parent.map_or_else(|| PathBuf::from(&name), |p| p.join(&name)))
}

/// The text of a file (or of standard input for `-`), which must be UTF-8.
pub fn read_text(path: &Path) -> Result<(String, String)> {
    let shown = display_path(path);
    let bytes = read_input(path)?;
    let (text, _) = decode_document(&shown, bytes, false)?;
    Ok((shown, text))
}

/// The text of an article given as one file (or `-`), read as `slant analyze` reads it:
/// a saved web page gives its article's text (with the note saying so), a Word, PDF or
/// RTF file is refused with how to get plain text.
pub fn read_article(path: &Path) -> Result<(String, FileText)> {
    let shown = display_path(path);
    let bytes = read_input(path)?;
    if holds_nothing(&bytes) {
        return Err(CliError::new(empty_input(&shown)));
    }
    let read = text_of_file(&shown, bytes, false)?;
    Ok((shown, read))
}

/// Whether an input holds no byte at all (but for a byte-order mark): given by name, it
/// is an error, not a report of zeros; in a folder, a note in its report.
fn holds_nothing(bytes: &[u8]) -> bool {
    bytes
        .strip_prefix(b"\xef\xbb\xbf")
        .unwrap_or(bytes)
        .is_empty()
}

/// The error for an empty input given by name: an empty file or empty standard input had
/// exited 0 with a table of zeros ("none").
pub fn empty_input(shown: &str) -> String {
    match shown {
        "-" => "standard input is empty: nothing to analyze (was the text piped in?)".to_string(),
        _ => format!("{shown} is empty: nothing to analyze"),
    }
}

/// The text of a file as read: its own text, or a saved web page's article.
pub struct FileText {
    pub text: String,
    /// Notes about reading it (`--lossy` repairs, what was taken out of a web page).
    pub warnings: Vec<Warning>,
    /// The spans of the headings a web page marks as such, in order (none for plain
    /// text): for [`slant::Analyzer::analyze_with_headings`].
    pub headings: Vec<Span>,
}

impl FileText {
    /// Plain text with the notes about reading it.
    fn plain((text, warnings): (String, Vec<Warning>)) -> Self {
        FileText {
            text,
            warnings,
            headings: Vec::new(),
        }
    }
}

/// A document to analyze: where it came from, its id in batch mode, its text.
pub struct Document {
    pub path: String,
    pub id: Option<serde_json::Value>,
    pub text: String,
    /// Notes about reading it (`--lossy` repairs), added to its report.
    pub warnings: Vec<Warning>,
    /// The headings a web page marks as such (spans in `text`, in order).
    pub headings: Vec<Span>,
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

/// Reads `bytes` as UTF-8 (taking them over, not copying them); else as UTF-16 when they
/// start with its byte-order mark, or as Windows-1252 when they are that encoding's text
/// (Word's "Plain Text" on Windows: a curly quote as the byte 0x93), with a note naming
/// the file and the encoding; else, with `lossy`, replaces invalid sequences and says how
/// many. A Windows-1252 text is read as such with `lossy` too: its curly quotes had become
/// U+FFFD, and a quoted "everyone knows" had counted as the writer's own claim.
pub fn decode_document(path: &str, bytes: Vec<u8>, lossy: bool) -> Result<(String, Vec<Warning>)> {
    match decode(&bytes) {
        Ok(_) => Ok((String::from_utf8(bytes).unwrap_or_default(), Vec::new())),
        Err(InputError::Utf16(_)) | Err(InputError::InvalidUtf8 { .. })
            if let Some((text, encoding)) = other_encoding(&bytes) =>
        {
            let warning = Warning {
                kind: ENCODING_WARNING.to_string(),
                message: encoding_note(path, encoding),
            };
            Ok((text, vec![warning]))
        }
        Err(InputError::InvalidUtf8 { .. }) if lossy => {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let replaced = bytes
                .utf8_chunks()
                .filter(|chunk| !chunk.invalid().is_empty())
                .count();
            let warning = Warning {
                kind: "lossy".to_string(),
                message: format!(
                    "the input was not valid UTF-8: {} replaced with U+FFFD, so spans index the repaired text, not the file",
                    plural(
                        replaced,
                        "invalid byte sequence was",
                        "invalid byte sequences were"
                    )
                ),
            };
            Ok((text, vec![warning]))
        }
        Err(e @ InputError::InvalidUtf8 { .. }) => Err(CliError::at(
            path,
            format!("{e}: {OTHER_ENCODING}, or read it anyway with `slant analyze --lossy`"),
        )),
        // What slant reads and how to get it: "NUL byte at offset 8" had told a student
        // nothing.
        Err(e @ InputError::Binary { .. }) => Err(CliError::at(path, binary_advice(path, &e))),
        Err(e) => Err(CliError::at(path, e)),
    }
}

/// The kind of the report's warning that a text was read in another encoding than UTF-8.
pub const ENCODING_WARNING: &str = "encoding";

/// The note on a text read in another encoding: "Siobhán.txt is not UTF-8: read as
/// Windows-1252 …".
fn encoding_note(path: &str, encoding: &str) -> String {
    let file = match path {
        "-" => "standard input".to_string(),
        _ => path.to_string(),
    };
    format!(
        "{file} is not UTF-8: read as {encoding}, so spans index the text as read (in UTF-8), \
         not the file's bytes"
    )
}

/// The text of `bytes` (not UTF-8) in the other encoding they are cleanly written in, and
/// its name: UTF-16 when they start with its byte-order mark and decode without a broken
/// character; else Windows-1252 when none of its five unassigned bytes (0x81, 0x8D, 0x8F,
/// 0x90, 0x9D) and no control character but tab, line and page breaks is among them, and
/// no character is written in UTF-8 (a UTF-8 text with a stray byte is damaged: read as
/// Windows-1252, its accents and quotes would turn to "Ã©" and "â€œ").
/// A NUL byte or any other control character says the file is no text in that encoding.
pub fn other_encoding(bytes: &[u8]) -> Option<(String, &'static str)> {
    let (encoding, body) = match bytes {
        [0xFF, 0xFE, rest @ ..] => (encoding_rs::UTF_16LE, rest),
        [0xFE, 0xFF, rest @ ..] => (encoding_rs::UTF_16BE, rest),
        _ => (encoding_rs::WINDOWS_1252, bytes),
    };
    if encoding == encoding_rs::WINDOWS_1252
        && bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii())
    {
        return None;
    }
    // Windows-1252 as the WHATWG defines it maps every byte (its unassigned five to C1
    // controls), so the check for controls below is what refuses a file that is not it.
    let text = encoding.decode_without_bom_handling_and_without_replacement(body)?;
    let clean = text
        .chars()
        .all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r' | '\u{c}'));
    let name = match encoding.name() {
        "windows-1252" => "Windows-1252",
        "UTF-16LE" => "UTF-16 (little-endian)",
        _ => "UTF-16 (big-endian)",
    };
    clean.then(|| (text.into_owned(), name))
}

/// The error for a binary file, with what slant reads and how to save a document as text.
/// A picture, a sound or a video (by its extension) is no text to save as one.
pub fn binary_advice(path: &str, e: &InputError) -> String {
    match media_kind(Path::new(path)) {
        Some(kind) => format!(
            "not a text but {}: nothing to analyze; slant reads plain text (.txt, .md) \
             and saved web pages",
            kind.one()
        ),
        None => format!(
            "{e}: slant reads plain text (.txt, .md) and saved web pages; if this is a \
             document, open it and save it as Plain Text (.txt), and give that file"
        ),
    }
}

/// Files that hold no text to save as plain text, told by their extension: a folder of
/// pictures had been told to "save them as plain text (.txt)", advice for Word files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Media {
    Picture,
    Sound,
    Video,
    Archive,
}

impl Media {
    /// "a picture".
    fn one(self) -> &'static str {
        match self {
            Media::Picture => "a picture",
            Media::Sound => "a sound recording",
            Media::Video => "a video",
            Media::Archive => "an archive",
        }
    }

    /// "pictures".
    fn many(self) -> &'static str {
        match self {
            Media::Picture => "pictures",
            Media::Sound => "sound recordings",
            Media::Video => "videos",
            Media::Archive => "archives",
        }
    }
}

/// The kind of media a file is by its extension, or `None` (a document, text, a program).
pub fn media_kind(path: &Path) -> Option<Media> {
    let x = path.extension()?.to_str()?.to_ascii_lowercase();
    let kind = match x.as_str() {
        "png" | "jpg" | "jpeg" | "gif" | "bmp" | "webp" | "heic" | "heif" | "tif" | "tiff"
        | "ico" | "svg" | "avif" | "raw" | "cr2" | "nef" => Media::Picture,
        "mp3" | "wav" | "m4a" | "ogg" | "oga" | "flac" | "aac" | "wma" | "opus" | "aiff" => {
            Media::Sound
        }
        "mp4" | "mov" | "avi" | "mkv" | "webm" | "wmv" | "m4v" | "mpg" | "mpeg" | "3gp" => {
            Media::Video
        }
        "zip" | "7z" | "rar" | "tar" | "gz" | "tgz" | "bz2" | "xz" | "zst" => Media::Archive,
        _ => return None,
    };
    Some(kind)
}

/// What to do with a file that is neither UTF-8 nor Windows-1252 text (those are read):
/// another encoding, or a file damaged or cut.
pub const OTHER_ENCODING: &str = "it is not Windows-1252 text either (another encoding, or a damaged file); save it again as UTF-8 (Save As, encoding UTF-8)";

/// The text to analyze in a file given as text: its own text, or the article extracted
/// from a saved web page; a word-processor, PDF or RTF file is refused, saying how to get
/// plain text.
pub fn text_of_file(path: &str, bytes: Vec<u8>, lossy: bool) -> Result<FileText> {
    text_or_no_article(path, bytes, lossy)?.map_err(|e| CliError::at(path, e))
}

/// As [`text_of_file`], with a web page holding no article text told apart (the inner
/// error), for a folder walk to pass it over with a note instead of failing the run.
fn text_or_no_article(
    path: &str,
    bytes: Vec<u8>,
    lossy: bool,
) -> Result<std::result::Result<FileText, saved_page::ExtractionError>> {
    if let Some(what) = slant_json(&bytes) {
        return Err(CliError::at(path, what));
    }
    if let Some(hash) = worksheet_article(&FileHead::from_bytes(&bytes)) {
        let folder = Path::new(path).parent().unwrap_or(Path::new(""));
        return Err(CliError::at(
            path,
            format!(
                "this is a slant exercise's worksheet (a student's answers), not an article: \
                 mark it with {}",
                // Standard input is no file `exercise check` can read: the saved sheet is.
                check_command(
                    folder,
                    &hash,
                    &quoted(if path == "-" { "SHEET.txt" } else { path })
                )
            ),
        ));
    }
    match saved_page::kind_of(path, &bytes) {
        InputKind::PlainText => decode_document(path, bytes, lossy).map(|d| Ok(FileText::plain(d))),
        InputKind::Document(format) => Err(CliError::at(path, format.advice())),
        InputKind::WebPage => {
            let (html, mut warnings) = decode_document(path, bytes, lossy)?;
            Ok(saved_page::extract_article(&html).map(|article| {
                warnings.push(saved_page::extracted_warning(&article));
                FileText {
                    text: article.text,
                    warnings,
                    headings: article.headings,
                }
            }))
        }
    }
}

/// Why a JSON file slant wrote is no article, or `None` for any other file: a teacher who
/// ran `slant compare a.json b.json` on two reports got the JSON's own text analysed
/// (scores of 2 and 3, "low"), with no word that anything was wrong.
fn slant_json(bytes: &[u8]) -> Option<String> {
    let head = FileHead::from_bytes(bytes);
    if !head.starts_with(b"{") {
        return None;
    }
    if head.has(b"\"schema\": \"slant-exercise") {
        return Some(
            "this is an exercise's key or class report, not an article: \
             `slant exercise check KEY FOLDER` reads a key"
                .to_string(),
        );
    }
    if !(head.has(b"\"tool\": {") && head.has(b"\"name\": \"slant\"")) {
        return None;
    }
    let source = serde_json::from_slice::<serde_json::Value>(bytes)
        .ok()
        .and_then(|report| report["source"]["path"].as_str().map(str::to_string))
        .filter(|source| source != "-")
        .map_or_else(String::new, |source| format!(" ({source})"));
    Some(format!(
        "this is a report slant wrote, not an article: give the text it was made from{source}"
    ))
}

/// How a worksheet written by `slant exercise new` starts, blank or filled in.
const WORKSHEET_START: &[u8] = b"# slant worksheet: ";

/// The article id (`fnv1a64:…`) of a worksheet starting with `head`, or `None` when it is
/// no worksheet: a student's answers are no article, and analysing them as one gave a
/// report of its header and boxes.
fn worksheet_article(head: &FileHead) -> Option<String> {
    // Notepad on Windows saves UTF-8 with a byte-order mark.
    let bytes = &head.bytes[..head.len];
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if !bytes.starts_with(WORKSHEET_START) {
        return None;
    }
    let text = String::from_utf8_lossy(bytes);
    let id = text
        .lines()
        .find_map(|l| l.strip_prefix("# article "))
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_default();
    Some(id.to_string())
}

/// When every one of `files` is a worksheet of one article, not the article `key_hash`
/// of the key given: the command that marks them (with their own key's path when one is
/// nearby), for the error that says so in one line.
pub fn sheets_of_another_article(
    files: &[PathBuf],
    key_hash: &str,
    answers: &str,
) -> Option<String> {
    let hashes: Vec<String> = files
        .iter()
        .map(|f| worksheet_article(&FileHead::of(f)))
        .collect::<Option<_>>()?;
    let first = hashes.first()?;
    if first.is_empty() || first == key_hash || hashes.iter().any(|h| h != first) {
        return None;
    }
    let folder = files[0].parent().unwrap_or(Path::new(""));
    Some(check_command(folder, first, answers))
}

/// The command that marks the worksheets `answers` (as the user gave them) of the
/// article `hash`, with the path of its key when a `key.json` of that article is in
/// `folder`, above it or beside it (`bikes/key.json` for `answers/`), else `KEY` and what
/// it stands for; quoted in backticks. `answers` comes quoted for the shell as needed.
fn check_command(folder: &Path, hash: &str, answers: &str) -> String {
    let folder: PathBuf = folder.components().collect();
    // The answers' own folder given as `.`: the folders above it are `..` and `../..`.
    let here = folder.as_os_str().is_empty() || folder == Path::new(".");
    let parent = match here {
        true => PathBuf::from(".."),
        false => folder.parent().map(Path::to_path_buf).unwrap_or_default(),
    };
    let grandparent = match here {
        true => Some(PathBuf::from("../..")),
        false => parent.parent().map(Path::to_path_buf),
    };
    let mut dirs = vec![folder.clone(), parent.clone()];
    dirs.extend(grandparent.clone());
    // The folders beside the answers' folder, then beside its parent (`ex/` for
    // `answers/late/`).
    for above in std::iter::once(parent).chain(grandparent) {
        let listed = if above.as_os_str().is_empty() {
            Path::new(".")
        } else {
            &above
        };
        if let Ok(entries) = std::fs::read_dir(listed) {
            let mut siblings: Vec<PathBuf> = entries
                .filter_map(|e| e.ok())
                .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                .map(|e| above.join(e.file_name()))
                .collect();
            siblings.sort();
            dirs.extend(siblings);
        }
    }
    let marker = format!("\"hash\": \"{hash}\"");
    // The key, or a key kept when `exercise new --force` replaced it ("key-replaced.json").
    let keys_in = |d: &PathBuf| {
        let mut kept: Vec<PathBuf> = std::fs::read_dir(d)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| {
                p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                    n.starts_with(slant::exercise::key::REPLACED_KEY_STEM) && n.ends_with(".json")
                })
            })
            .collect();
        kept.sort();
        std::iter::once(d.join("key.json")).chain(kept)
    };
    let key = dirs.iter().flat_map(keys_in).find(|k| {
        let head = FileHead::of(k);
        !hash.is_empty()
            && head.has(b"\"schema\": \"slant-exercise-key\"")
            && head.has(marker.as_bytes())
    });
    match key {
        Some(key) => format!(
            "`slant exercise check {} {answers}`",
            quoted(&display_path(&key)),
        ),
        None => format!(
            "`slant exercise check KEY {answers}` (KEY: the key.json `slant exercise new` wrote)"
        ),
    }
}

/// The extensions of the files slant reads in a folder.
const READABLE: [&str; 4] = ["txt", "md", "html", "htm"];

/// What a folder walk does with a folder holding a slant exercise (a `key.json` written by
/// `slant exercise new`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Exercises {
    /// Read its files: they are the answer sheets being checked.
    Read,
    /// Pass it over: its worksheet, key, class report and answer sheets are not articles.
    PassOver,
}

/// The inputs with each folder replaced by the files slant reads in it and in its
/// sub-folders (hidden ones skipped, exercise folders as `exercises` says), sorted; a
/// folder with none is an error that says what it holds.
pub fn expand_folders(
    inputs: &[PathBuf],
    exercises: Exercises,
) -> Vec<std::result::Result<PathBuf, CliError>> {
    let mut out = Vec::new();
    for input in inputs {
        if input == Path::new("-") || !input.is_dir() {
            out.push(Ok(input.clone()));
            continue;
        }
        let mut files = Vec::new();
        let mut sheets = Vec::new();
        let mut others: std::collections::BTreeMap<String, usize> = Default::default();
        let mut documents = Vec::new();
        let mut bare = Vec::new();
        let mut own = Vec::new();
        let mut support = Vec::new();
        let mut skipped = Skipped::default();
        let mut found_files = Found {
            files: &mut files,
            sheets: &mut sheets,
            others: &mut others,
            documents: &mut documents,
            bare: &mut bare,
            own: &mut own,
            support: &mut support,
            skipped: &mut skipped,
        };
        walk(input, exercises, &mut found_files);
        // The folder given, empty, is the error below.
        skipped.empty_folders.retain(|f| f != input);
        if !support.is_empty() {
            support.sort();
            super::output::say(&support_passed_over(&support));
        }
        bare.sort();
        sheets.sort();
        if let Some((_, hash)) = sheets.first() {
            // Students' worksheets are no articles: say how they are marked, in one line
            // instead of a report per sheet.
            // The folder holding them all (`answers/` for `answers/` and `answers/late/`),
            // not the one given: `exercise check` reads every file under the folder it is
            // given, and the class folder holds the article and other exercises too.
            let folder = sheets
                .iter()
                .filter_map(|(s, _)| s.parent())
                .fold(None, |common: Option<PathBuf>, parent| match common {
                    None => Some(parent.to_path_buf()),
                    Some(common) => Some(
                        common
                            .components()
                            .zip(parent.components())
                            .take_while(|(a, b)| a == b)
                            .map(|(a, _)| a)
                            .collect(),
                    ),
                })
                // As the user wrote it (`answers/`) when it is the folder given.
                .filter(|common| {
                    common.starts_with(input) && !common.components().eq(input.components())
                })
                .unwrap_or_else(|| input.clone());
            let shown = display_path(&folder);
            let folder = folder.as_path();
            let said = format!(
                "{shown}: {} of a slant exercise (students' answers), not articles: mark them with {}",
                match sheets.len() {
                    1 => "holds a worksheet".to_string(),
                    n => format!("holds {}", plural(n, "worksheet", "worksheets")),
                },
                check_command(folder, hash, &quoted(&shown))
            );
            if files.is_empty() {
                out.push(Err(CliError::new(said)));
                continue;
            }
            super::output::say(&format!("note: {said}; they were passed over"));
        }
        if files.is_empty() && exercises == Exercises::PassOver && holds_exercise(input) {
            // The article the key was made from, as the teacher named it.
            let article = std::fs::read_to_string(input.join("key.json"))
                .ok()
                .and_then(|json| slant::exercise::key::Key::from_json(&json).ok())
                .map(|key| key.article.path);
            let analyze = match article {
                Some(path) => format!(
                    "to analyze its article, run `slant analyze {}`",
                    quoted(&path)
                ),
                None => "to analyze its article, name the article's file".to_string(),
            };
            out.push(Err(CliError::at(
                input.display(),
                format!(
                    "this folder holds a slant exercise (worksheet, key and answers), not \
                     articles: to mark the answers run `slant exercise check {} ANSWERS`; \
                     {analyze}",
                    quoted(&display_path(&input.join("key.json")))
                ),
            )));
            continue;
        }
        if files.is_empty() && !own.is_empty() && others.is_empty() {
            own.sort();
            out.push(Err(CliError::at(
                input.display(),
                format!(
                    "no article in this folder or its sub-folders, only {}",
                    own_files(&own)
                ),
            )));
            continue;
        }
        if files.is_empty() {
            out.push(Err(CliError::at(
                input.display(),
                format!(
                    "no file slant can read in this folder or its sub-folders (it reads .txt, .md, .html and .htm files); {}",
                    found(&others, &bare)
                ),
            )));
            continue;
        }
        if !documents.is_empty() {
            documents.sort();
            super::output::say(&documents_passed_over(&documents));
        }
        if !bare.is_empty() {
            super::output::say(&format!(
                "note: passed over {}; {}",
                plural(
                    bare.len(),
                    "text file without an extension",
                    "text files without an extension"
                ),
                read_bare(&bare)
            ));
        }
        if !own.is_empty() && exercises == Exercises::PassOver {
            own.sort();
            super::output::say(&format!("note: passed over {}", own_files(&own)));
        }
        // Whatever else was passed over, the table of the one file read names no file.
        let passed_over = !others.is_empty() || !sheets.is_empty() || !own.is_empty();
        let one_file_note =
            matches!(files.as_slice(), [_]) && exercises == Exercises::PassOver && passed_over;
        if one_file_note {
            // That note counts the other files by kind.
            skipped.kinds.clear();
        }
        if exercises == Exercises::PassOver
            && let Some(note) = skipped.note()
        {
            super::output::say(&note);
        }
        if let [only] = files.as_slice()
            && one_file_note
        {
            super::output::say(&one_file_read(input, only, &others));
        }
        files.sort();
        out.extend(files.into_iter().map(Ok));
    }
    out
}

/// The note for a folder in which slant reads one file and passes over others (images,
/// binaries): its report, a single text's table, had not said which file it was.
fn one_file_read(
    folder: &Path,
    file: &Path,
    others: &std::collections::BTreeMap<String, usize>,
) -> String {
    let read = format!(
        "note: read {}, the only file in {} slant reads",
        display_path(file),
        display_path(folder),
    );
    match others.is_empty() {
        true => read,
        false => format!("{read}; passed over {}", kinds_counted(others)),
    }
}

/// The note for the folders of pages saved "complete" by a browser (`page_files/` beside
/// `page.html`), which a folder walk passes over: an advert frame saved in one had stopped
/// the whole run with "no article text found".
fn support_passed_over(support: &[PathBuf]) -> String {
    let shown = named_paths(support, |p| format!("{}/", display_path(p)));
    format!(
        "note: passed over {shown}: {} a browser saved beside a web page (pictures, scripts, adverts), not articles",
        match support.len() {
            1 => "the files",
            _ => "files",
        }
    )
}

/// The files this many are named in a note; more are counted.
const DOCUMENTS_NAMED: usize = 3;

/// The first of `paths` as `show` writes them, then how many more: "a.docx, b.pdf, 2 more".
fn named_paths(paths: &[PathBuf], show: impl Fn(&PathBuf) -> String) -> String {
    let mut named: Vec<String> = paths.iter().take(DOCUMENTS_NAMED).map(show).collect();
    if paths.len() > DOCUMENTS_NAMED {
        named.push(format!("{} more", paths.len() - DOCUMENTS_NAMED));
    }
    named.join(", ")
}

/// The note for the Word, PDF, OpenDocument and RTF files a folder walk passed over
/// beside files it reads: a student's essay handed in as a .docx had been left out of
/// the class's reports without a word.
fn documents_passed_over(documents: &[PathBuf]) -> String {
    format!(
        "note: passed over {} slant cannot read (Word, PDF, OpenDocument or RTF): {}; {}",
        plural(documents.len(), "document", "documents"),
        named_paths(documents, |d| display_path(d)),
        match documents.len() {
            1 => "save it as plain text (.txt) to analyze it",
            _ => "save each as plain text (.txt) to analyze it",
        }
    )
}

/// The files slant wrote (its reports, an exercise's files) and the exercise folders that a
/// folder walk passed over beside the articles it reads, as its note names them: a report
/// saved into the class folder had been analysed as one more article at the next run.
fn own_files(own: &[PathBuf]) -> String {
    let names = named_paths(own, |p| {
        let shown = display_path(p);
        match p.is_dir() {
            true => {
                let what = match holds_exercise(p) {
                    true => "an exercise",
                    false => "reports saved with --save",
                };
                match shown.ends_with('/') {
                    true => format!("{shown} ({what})"),
                    false => format!("{shown}/ ({what})"),
                }
            }
            false => shown,
        }
    });
    format!("what slant wrote itself (reports and exercises, not articles): {names}")
}

/// How to have plain-text files without an extension read, which a folder walk passes
/// over: "give it by name (slant analyze class/essay) or add .txt to its name".
fn read_bare(bare: &[PathBuf]) -> String {
    let example = bare
        .first()
        .map(|p| quoted(&display_path(p)).into_owned())
        .unwrap_or_default();
    match bare.len() {
        1 => format!("give it by name (slant analyze {example}) or add .txt to its name"),
        _ => format!(
            "give each by name ({}) or add .txt to their names",
            named_paths(bare, |p| display_path(p))
        ),
    }
}

/// What a folder walk finds: the files it reads, students' worksheets, the other files
/// counted by kind, and the documents (Word, PDF…) and plain-text files without an
/// extension among them.
struct Found<'a> {
    files: &'a mut Vec<PathBuf>,
    sheets: &'a mut Vec<(PathBuf, String)>,
    others: &'a mut std::collections::BTreeMap<String, usize>,
    documents: &'a mut Vec<PathBuf>,
    /// Plain-text files without an extension: read when named, passed over in a folder.
    bare: &'a mut Vec<PathBuf>,
    /// Files slant wrote, and exercise folders passed over (`Exercises::PassOver`).
    own: &'a mut Vec<PathBuf>,
    /// The folders of a browser's "Web page, complete" save (`page_files/` beside
    /// `page.html`): its pictures, scripts and advert frames, not articles.
    support: &'a mut Vec<PathBuf>,
    /// What a walk skips that no other note names: hidden files and folders (`.DS_Store`,
    /// `.git/`), empty folders, and files of other kinds ("2 .json files").
    skipped: &'a mut Skipped,
}

/// What a folder walk skipped that no other note names, for one line: a class folder's
/// `.DS_Store`, an empty group folder and slant's own reports had passed without a word.
#[derive(Default)]
pub struct Skipped {
    hidden_files: Vec<PathBuf>,
    hidden_folders: Vec<PathBuf>,
    empty_folders: Vec<PathBuf>,
    /// Other files by kind (".json file"), when the walk read some files: with none, the
    /// error for the folder names them.
    kinds: std::collections::BTreeMap<String, usize>,
}

impl Skipped {
    /// "note: also skipped: 1 hidden file (./.DS_Store), 1 empty folder (./Group C/) and 2
    /// .json files", or `None` when nothing was.
    fn note(&self) -> Option<String> {
        let mut parts = Vec::new();
        let named = |paths: &[PathBuf], one: &str, many: &str, slash: &str| {
            let mut sorted = paths.to_vec();
            sorted.sort();
            format!(
                "{} ({})",
                plural(paths.len(), one, many),
                named_paths(&sorted, |p| format!("{}{slash}", display_path(p)))
            )
        };
        if !self.hidden_files.is_empty() {
            parts.push(named(&self.hidden_files, "hidden file", "hidden files", ""));
        }
        if !self.hidden_folders.is_empty() {
            parts.push(named(
                &self.hidden_folders,
                "hidden folder",
                "hidden folders",
                "/",
            ));
        }
        if !self.empty_folders.is_empty() {
            parts.push(named(
                &self.empty_folders,
                "empty folder",
                "empty folders",
                "/",
            ));
        }
        if !self.kinds.is_empty() {
            parts.push(kinds_counted(&self.kinds));
        }
        (!parts.is_empty()).then(|| format!("note: also skipped: {}", listed(&parts)))
    }
}

/// Whether `folder` is a `reports/` folder holding only what slant wrote (`--save` writes
/// its reports there): passed over and named with slant's own files, not read, not
/// counted file by file.
fn is_saved_reports(folder: &Path) -> bool {
    if folder.file_name().is_none_or(|n| n != "reports") {
        return false;
    }
    fn only_slant_files(folder: &Path, found: &mut usize) -> bool {
        let Ok(entries) = std::fs::read_dir(folder) else {
            return false;
        };
        entries.filter_map(|e| e.ok()).all(|entry| {
            let path = entry.path();
            match entry.file_type() {
                Ok(t) if t.is_dir() => only_slant_files(&path, found),
                Ok(t) if t.is_file() => {
                    *found += 1;
                    written_by_slant(&path)
                }
                _ => false,
            }
        })
    }
    let mut found = 0;
    only_slant_files(folder, &mut found) && found > 0
}

/// Whether `folder` is where a browser saving a page "complete" put its pictures, scripts
/// and frames: named after a saved page beside it, `page_files/` for `page.html`.
fn is_saved_page_support(folder: &Path) -> bool {
    let Some(name) = folder.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let Some(stem) = name.strip_suffix("_files") else {
        return false;
    };
    !stem.is_empty()
        && ["html", "htm", "xhtml"]
            .iter()
            .any(|x| folder.with_file_name(format!("{stem}.{x}")).is_file())
}

/// Adds the readable files under `folder` to `files`, and counts the others by extension.
/// Links to files are followed, links to folders are not (no loops).
fn walk(folder: &Path, exercises: Exercises, found: &mut Found) {
    if exercises == Exercises::PassOver && holds_exercise(folder) {
        found.own.push(folder.to_path_buf());
        return;
    }
    if exercises == Exercises::PassOver && is_saved_reports(folder) {
        found.own.push(folder.to_path_buf());
        return;
    }
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let mut seen = 0;
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            match entry.file_type() {
                Ok(t) if t.is_dir() => found.skipped.hidden_folders.push(path),
                _ => found.skipped.hidden_files.push(path),
            }
            continue;
        }
        seen += 1;
        match entry.file_type() {
            Ok(t)
                if t.is_dir()
                    && exercises == Exercises::PassOver
                    && is_saved_page_support(&path) =>
            {
                found.support.push(path);
            }
            Ok(t) if t.is_dir() => walk(&path, exercises, found),
            Ok(t) if t.is_file() || (t.is_symlink() && path.is_file()) => {
                let extension = path
                    .extension()
                    .map(|x| x.to_string_lossy().to_ascii_lowercase());
                let name = path.to_string_lossy();
                // A file named as a document is read by what it holds, as when it is
                // named on the command line: plain text is read, a document passed over.
                // So is a file named as text that holds a document (a Word file saved
                // as `mia.txt`): passed over and named, as a `.docx` is, when articles
                // are read; a sheet being checked is refused with its reason.
                let named_readable = extension.as_deref().is_some_and(|x| READABLE.contains(&x));
                let format = match saved_page::kind_of(&name, FileHead::of(&path).head()) {
                    InputKind::Document(format)
                        if saved_page::document_named(&name).is_some()
                            || (named_readable && exercises == Exercises::PassOver) =>
                    {
                        Some(format)
                    }
                    _ => None,
                };
                let document = format.is_some();
                let readable =
                    !document && (named_readable || saved_page::document_named(&name).is_some());
                // Answers are read whatever their kind, so that a sheet handed in as a
                // Word file or a PDF is refused with a reason, not passed over unseen.
                let wanted = readable
                    || (exercises == Exercises::Read && !is_system_file(&entry.file_name()));
                match extension {
                    // slant's own reports (tables too), pages, keys and class reports are
                    // neither articles to analyze nor anyone's answers.
                    _ if wanted && written_by_slant(&path) => found.own.push(path),
                    // A student's worksheet is no article (and is one of the answers
                    // being read when they are checked).
                    _ if wanted
                        && exercises == Exercises::PassOver
                        && let Some(hash) = worksheet_article(&FileHead::of(&path)) =>
                    {
                        found.sheets.push((path, hash));
                    }
                    _ if wanted => found.files.push(path),
                    Some(x) => {
                        // Counted by what it holds when its name says text ("mia.txt").
                        let kind = match format {
                            Some(format) if named_readable => document_kind(format).to_string(),
                            _ => format!(".{x} file"),
                        };
                        if document {
                            found.documents.push(path);
                        } else if !(x == "json" && written_by_slant(&path)) {
                            // slant's own JSON reports beside the texts: no one's file
                            // to name.
                            *found.skipped.kinds.entry(kind.clone()).or_default() += 1;
                        }
                        *found.others.entry(kind).or_default() += 1;
                    }
                    None => {
                        let kind = "file without an extension".to_string();
                        if FileHead::of(&path).is_text() {
                            found.bare.push(path);
                        } else {
                            *found.skipped.kinds.entry(kind.clone()).or_default() += 1;
                        }
                        *found.others.entry(kind).or_default() += 1;
                    }
                }
            }
            _ => {}
        }
    }
    if seen == 0 {
        found.skipped.empty_folders.push(folder.to_path_buf());
    }
}

/// What a document named as text is counted as in a folder ("1 Word document").
fn document_kind(format: saved_page::DocumentFormat) -> &'static str {
    use saved_page::DocumentFormat::*;
    match format {
        Docx | Doc => "Word document",
        Odt => "OpenDocument file",
        Pdf => "PDF document",
        Rtf => "RTF document",
        Zip => "ZIP archive",
    }
}

/// Whether `folder` holds an exercise made by `slant exercise new`: a `key.json` of the
/// exercise-key schema (read from its first bytes).
fn holds_exercise(folder: &Path) -> bool {
    FileHead::of(&folder.join("key.json")).has(b"\"schema\": \"slant-exercise-key\"")
}

/// The first bytes of a file (none when it cannot be read): enough to tell slant's own
/// files by the markers it writes at their top.
struct FileHead {
    bytes: [u8; 512],
    len: usize,
}

impl FileHead {
    fn of(path: &Path) -> FileHead {
        let mut bytes = [0u8; 512];
        let len = std::fs::File::open(path)
            .and_then(|mut f| f.read(&mut bytes))
            .unwrap_or(0);
        FileHead { bytes, len }
    }

    fn from_bytes(bytes: &[u8]) -> FileHead {
        let mut head = [0u8; 512];
        let len = bytes.len().min(head.len());
        head[..len].copy_from_slice(&bytes[..len]);
        FileHead { bytes: head, len }
    }

    /// The bytes read.
    fn head(&self) -> &[u8] {
        &self.bytes[..self.len]
    }

    /// Whether the bytes read are UTF-8 text (but perhaps for a character cut at their
    /// end), with no NUL byte: a plain-text file, not an empty one.
    fn is_text(&self) -> bool {
        let head = self.head();
        !head.is_empty()
            && !head.contains(&0)
            && std::str::from_utf8(head).map_or_else(|e| e.error_len().is_none(), |_| true)
    }

    fn has(&self, marker: &[u8]) -> bool {
        self.bytes[..self.len]
            .windows(marker.len())
            .any(|w| w == marker)
    }

    fn starts_with(&self, marker: &[u8]) -> bool {
        self.bytes[..self.len].starts_with(marker)
    }
}

/// Files an operating system or an office program leaves in folders: Windows' thumbnail
/// cache and folder settings, and the `~$` lock file of an open Word document.
fn is_system_file(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.eq_ignore_ascii_case("thumbs.db")
        || name.eq_ignore_ascii_case("desktop.ini")
        || name.starts_with("~$")
}

/// The files passed over, counted by kind: "3 .docx files, 1 .pdf file and 1 file without
/// an extension".
fn kinds_counted(others: &std::collections::BTreeMap<String, usize>) -> String {
    let kinds: Vec<String> = others
        .iter()
        .map(|(kind, n)| match kind.strip_prefix("file ") {
            // "file without an extension"
            Some(rest) => plural(*n, kind, &format!("files {rest}")),
            None => plural(*n, kind, &format!("{kind}s")),
        })
        .collect();
    listed(&kinds)
}

/// "it holds 3 .docx files and 1 .pdf file: save them as plain text (.txt) to analyze
/// them", "it holds 2 .png files: pictures, no texts to analyze", or "it holds no files";
/// plain-text files without an extension (`bare`) are told how to be read: they need no
/// saving as plain text, only a name.
fn found(others: &std::collections::BTreeMap<String, usize>, bare: &[PathBuf]) -> String {
    if others.is_empty() {
        return "it holds no files".to_string();
    }
    let list = kinds_counted(others);
    // Pictures, sound, video and archives hold no text to save as plain text.
    let mut media: Vec<Media> = Vec::new();
    let mut media_files = 0;
    for (kind, n) in others {
        let extension = kind.strip_prefix('.').and_then(|k| k.strip_suffix(" file"));
        if let Some(m) = extension.and_then(|x| media_kind(Path::new(&format!("f.{x}")))) {
            media.push(m);
            media_files += n;
        }
    }
    media.sort();
    media.dedup();
    let no_text = format!(
        "{}, no texts to analyze",
        listed(&media.iter().map(|m| m.many()).collect::<Vec<_>>())
    );
    let total: usize = others.values().sum();
    let to_save = total - media_files - bare.len();
    let mut said = Vec::new();
    match (to_save, media_files) {
        (0, 0) => {}
        (0, _) => said.push(no_text),
        (_, 0) => said.push("save them as plain text (.txt) to analyze them".to_string()),
        (_, _) => said.push(format!(
            "{no_text}; save the others as plain text (.txt) to analyze them"
        )),
    }
    if !bare.is_empty() {
        let reading = read_bare(bare);
        said.push(match said.is_empty() {
            true => reading,
            false => format!(
                "the {}: {reading}",
                match bare.len() {
                    1 => "text file without an extension",
                    _ => "text files without an extension",
                }
            ),
        });
    }
    format!("it holds {list}: {}", said.join("; "))
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
    let mut files = Vec::new();
    let expanded = match format {
        InputFormat::Text => expand_folders(inputs, Exercises::PassOver),
        InputFormat::Jsonl => inputs
            .iter()
            .map(|input| match input.is_dir() {
                true => Err(CliError::new(jsonl_folder(input))),
                false => Ok(input.clone()),
            })
            .collect(),
    };
    for input in expanded {
        match input {
            Ok(path) => files.push(path),
            Err(e) => docs.push(Err(Failure {
                id: None,
                message: e.to_string(),
            })),
        }
    }
    type Loaded = std::result::Result<FileText, saved_page::ExtractionError>;
    let loaded: Vec<Result<Loaded>> = files
        .par_iter()
        .map(|input| {
            let path = display_path(input);
            read_input(input).and_then(|bytes| match format {
                InputFormat::Text => text_or_no_article(&path, bytes, lossy),
                InputFormat::Jsonl => {
                    decode_document(&path, bytes, lossy).map(|d| Ok(FileText::plain(d)))
                }
            })
        })
        .collect();
    // Web pages found in a folder that hold no article (a saved advert frame, a site's
    // index page): passed over with a note, as documents are; named on the command line,
    // such a page is an error.
    let mut no_article: Vec<(PathBuf, String)> = Vec::new();
    for (input, loaded) in files.iter().zip(loaded) {
        let path = display_path(input);
        let FileText {
            text,
            warnings,
            headings,
        } = match loaded {
            // An empty file given by name (or empty standard input) is bad input; one in a
            // folder is a report with its note, named among the others.
            Ok(Ok(loaded))
                if format == InputFormat::Text
                    && holds_nothing(loaded.text.as_bytes())
                    && inputs.contains(input) =>
            {
                docs.push(Err(Failure {
                    id: None,
                    message: empty_input(&path),
                }));
                continue;
            }
            Ok(Ok(loaded)) => loaded,
            Ok(Err(e)) if !inputs.contains(input) => {
                no_article.push((input.clone(), CliError::at(&path, e).to_string()));
                continue;
            }
            Ok(Err(e)) => {
                docs.push(Err(Failure {
                    id: None,
                    message: CliError::at(&path, e).to_string(),
                }));
                continue;
            }
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
                headings,
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
                        headings: Vec::new(),
                    }));
                }
            }
        }
    }
    if !no_article.is_empty() {
        if docs.iter().any(|d| d.is_ok()) {
            super::output::say(&pages_without_article(&no_article));
        } else {
            // Nothing else to report: the run fails, naming each page.
            docs.extend(
                no_article
                    .into_iter()
                    .map(|(_, message)| Err(Failure { id: None, message })),
            );
        }
    }
    docs
}

/// The note for web pages a folder walk found that hold no article text, passed over
/// beside the texts it reads: "note: passed over 1 web page with no article text: …".
fn pages_without_article(pages: &[(PathBuf, String)]) -> String {
    let paths: Vec<PathBuf> = pages.iter().map(|(p, _)| p.clone()).collect();
    format!(
        "note: passed over {} with no article text: {}; to analyze {}, open it in a browser, copy the article into a .txt file and give that file",
        plural(pages.len(), "web page", "web pages"),
        named_paths(&paths, |p| display_path(p)),
        match pages.len() {
            1 => "it",
            _ => "one",
        }
    )
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

/// The failure for a folder given to a JSONL batch, which reads files of JSON lines: it had
/// been told to save the folder's .jsonl files as plain text, or that it is no file.
fn jsonl_folder(folder: &Path) -> String {
    format!(
        "{}: a folder: a JSONL batch reads the files named (give {}), not folders",
        display_path(folder),
        folder.join("*.jsonl").display()
    )
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
                    say_reading_from_the_keyboard();
                    Box::new(std::io::BufReader::with_capacity(
                        INPUT_BUFFER,
                        std::io::stdin().lock(),
                    ))
                } else if input.is_dir() {
                    failures.push(jsonl_folder(input));
                    continue;
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
