//! The student's worksheet: written as plain text (to fill in with any editor) and as a
//! printable page (to tick by hand), and read back filled in.
//!
//! A line per sentence: `S12 [ ] L [ ] U [ ] A  The city's brazen plan will never work.`
//! A box is ticked with `x`, `X`, `*`, `✓`, `✔` or `√` (a Mac types it with Option-V);
//! the words meant may follow a bar: `| L: brazen; A: never`. Lines starting with `#` are the header and are not read,
//! except for the article id, which ties the sheet to its key. Reading never panics:
//! anything else a student types is an error naming its line.

use super::key::Key;
use super::page::{css_class, page_head};
use super::{HASH_PREFIX, PerCategory, category_of_letter, letter};
use crate::category::Category;
use crate::report::html::escape;
use std::fmt::Write;

/// Ticks accepted in a box: the marks a student ticks with, a "yes", and any of them
/// written twice or more ("xx").
pub const TICKS: [&str; 14] = [
    "x", "X", "*", "✓", "✔", "√", "☑", "☒", "✗", "✘", "+", "y", "Y", "yes",
];

/// Whether `mark`, written in a box, ticks it: one of [`TICKS`] ("Yes" too), or one tick
/// mark repeated ("xx", "**").
fn is_tick(mark: &str) -> bool {
    let mut chars = mark.chars();
    let repeated = chars.next().is_some_and(|first| {
        let one = first.to_string();
        TICKS.contains(&one.as_str()) && chars.all(|c| c == first)
    });
    TICKS.contains(&mark) || mark.eq_ignore_ascii_case("yes") || repeated
}

/// The definitions and examples at the top of both forms of the sheet: letter, name,
/// what it is, an example sentence and the words in it.
const DEFINITIONS: [(Category, &str, &str, &str); 3] = [
    (
        Category::LoadedLanguage,
        "words chosen to make you feel something or to pass a verdict, where a neutral word would state the same fact (inside quotation marks too)",
        "The mayor's reckless plan wastes our money.",
        "reckless",
    ),
    (
        Category::UnsourcedAssertion,
        "a claim presented as settled, resting on a source you cannot check (in the writer's own words)",
        "Experts agree the bridge is unsafe.",
        "experts agree",
    ),
    (
        Category::AbsoluteClaim,
        "all, none, never, always, only, clearly: a claim made as certain or universal about something open to doubt (in the writer's own words)",
        "Nobody wants the new stadium.",
        "nobody",
    ),
];

/// The plain-text worksheet of `key`.
pub fn render_text(key: &Key) -> String {
    let mut out = format!(
        "# {NAME_LINE} {}\n# article {} (keep this line: it ties your answers to the article)\n#\n",
        key.article_name(),
        key.article.hash
    );
    if let Some(title) = &key.article.title {
        // The title is the article's, read for context: it gets no line to mark.
        for (k, line) in wrap(&format!("Title: {title}"), 76).iter().enumerate() {
            let _ = writeln!(out, "#{}{line}", if k == 0 { " " } else { "   " });
        }
        out.push_str("#\n");
    }
    out.push_str("# Read each sentence. Put an x in a box when the sentence has:\n");
    for (category, what, example, words) in DEFINITIONS {
        let definition = format!("{}: {what}.", category.label());
        for (k, line) in wrap(&definition, 76).iter().enumerate() {
            let lead = if k == 0 { letter(category) } else { ' ' };
            let _ = writeln!(out, "#   {lead}  {line}");
        }
        let _ = writeln!(
            out,
            "#      Example: \"{example}\"  ({}: {words})",
            letter(category),
        );
    }
    out.push_str(
        "# A sentence can have several kinds, or none. After the sentence you may write the\n\
         # words you mean, after a bar:   | L: reckless; A: nobody\n\
         # Lines starting with # are not read. Save the file under your name.\n#\n",
    );
    let width = key.sentences.len().to_string().len();
    for s in &key.sentences {
        let _ = writeln!(
            out,
            "S{:<width$} [ ] L [ ] U [ ] A  {}",
            s.number,
            sheet_sentence(&s.text)
        );
    }
    if key.sentences.is_empty() {
        out.push_str("# This article has no sentences to mark.\n");
    }
    out
}

/// A sentence as the text worksheet writes it: on one line, a bar in it written `¦` (a bar
/// would read as the start of the student's words).
pub fn sheet_sentence(text: &str) -> String {
    super::one_line(text).replace('|', "¦")
}

/// `text` in lines of at most `width` columns, broken at spaces, as many words to a line
/// as fit (a longer word stands alone, a hyphenated word is not split).
fn wrap(text: &str, width: usize) -> Vec<String> {
    use textwrap::{Options, WordSeparator, WordSplitter, WrapAlgorithm};
    let options = Options::new(width)
        .break_words(false)
        .word_separator(WordSeparator::AsciiSpace)
        .word_splitter(WordSplitter::NoHyphenation)
        .wrap_algorithm(WrapAlgorithm::FirstFit);
    textwrap::wrap(text, options)
        .into_iter()
        .map(|line| line.into_owned())
        .collect()
}

/// The printable worksheet of `key`: one column, boxes to tick by hand, room for words.
pub fn render_html(key: &Key) -> String {
    let title = format!("Worksheet: {}", key.article_name());
    let mut page = page_head(&title);
    page.push_str(WORKSHEET_STYLE);
    let _ = writeln!(
        page,
        "<h1>{}</h1>\n<p class=\"name\">Name: <span class=\"blank\"></span> Date: <span class=\"blank short\"></span></p>",
        escape(&title)
    );
    if let Some(title) = &key.article.title {
        let _ = writeln!(
            page,
            "<p class=\"title\">The article’s title: <b>{}</b></p>",
            escape(title)
        );
    }
    page.push_str("<p>Read each sentence. Tick a box when the sentence has:</p>\n<dl class=\"definitions\">\n");
    for (category, what, example, words) in DEFINITIONS {
        let _ = writeln!(
            page,
            "<dt><span class=\"box\"></span> <span class=\"cat {}\">{}</span> {}</dt><dd>{}. Example: “{}” ({}).</dd>",
            css_class(category),
            letter(category),
            escape(category.label()),
            escape(what),
            escape(example),
            escape(words)
        );
    }
    page.push_str(
        "</dl>\n<p class=\"hint\">A sentence can have several kinds, or none. On the line under \
         a sentence, write the words you mean, with their letter (L: reckless; A: nobody).</p>\n\
         <ol class=\"sheet\">\n",
    );
    for s in &key.sentences {
        let _ = write!(
            page,
            "<li class=\"sentence\"><span class=\"number\">S{}</span><span class=\"boxes\">",
            s.number
        );
        for category in Category::ALL {
            let _ = write!(
                page,
                "<span class=\"tick\" aria-label=\"{}\"><span class=\"box\"></span>{}</span>",
                escape(category.label()),
                letter(category)
            );
        }
        let _ = writeln!(
            page,
            "</span><span class=\"text\">{}</span><span class=\"words\" aria-hidden=\"true\"></span></li>",
            escape(&s.one_line())
        );
    }
    if key.sentences.is_empty() {
        page.push_str("<li>This article has no sentences to mark.</li>\n");
    }
    let _ = writeln!(
        page,
        "</ol>\n<p class=\"meta\">Article {} ({})</p>\n</body>\n</html>",
        escape(&key.article.path),
        escape(&key.article.hash)
    );
    page
}

const WORKSHEET_STYLE: &str = r#"<style>
.name { font: 15px/2 system-ui, sans-serif; }
.blank { display: inline-block; width: 16rem; border-bottom: 1px solid #333; margin-right: 1.5rem; }
.blank.short { width: 8rem; }
dl.definitions dt { font-weight: bold; margin-top: .4rem; }
dl.definitions dd { margin: 0 0 0 2.2rem; }
.box { display: inline-block; width: 1.05em; height: 1.05em; border: 1.5px solid #222; vertical-align: -0.15em; background: #fff; }
ol.sheet { list-style: none; padding: 0; }
li.sentence { display: grid; grid-template-columns: 3rem 8.5rem 1fr; gap: .3rem .6rem; padding: .45rem 0; border-bottom: 1px solid #ddd; }
.number { font: bold 14px/1.6 system-ui, sans-serif; }
.boxes { font: 14px/1.6 system-ui, sans-serif; white-space: nowrap; }
.tick { margin-right: .45rem; } .tick .box { margin-right: .15rem; }
.words { grid-column: 2 / 4; border-bottom: 1px dotted #777; height: 1.5rem; }
@media (max-width: 36rem) { li.sentence { grid-template-columns: 2.6rem 1fr; } .text { grid-column: 1 / 3; } .words { grid-column: 1 / 3; } }
@media print { .words { height: 1.7rem; } .box { border-color: #000; } }
</style>
"#;

/// One sentence as a student answered it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The sentence number (`S12` is 12).
    pub number: u32,
    /// 1-based line of the answer in the sheet.
    pub line: u32,
    /// The boxes ticked (writing words for a category after the bar ticks it too).
    pub marked: PerCategory<bool>,
    /// The words the student wrote for each category.
    pub words: PerCategory<Vec<String>>,
    /// Anything written after the bar without a category letter.
    pub comment: String,
    /// The sentence as written between the boxes and the bar, on one line (not read for
    /// the marks: compared with the key's, it tells a line cut off or words without a bar).
    pub sentence: String,
    /// Whether the line has a bar (the student's words start after it).
    pub bar: bool,
    /// What looks like a slip on this line but does not stop the sheet being read (`L
    /// so-called` without its colon): one message each, starting with the sentence number.
    pub slips: Vec<String>,
}

/// How the worksheet's first line names its article: `# slant worksheet: op-ed.txt`.
const NAME_LINE: &str = "slant worksheet:";

/// How the refusal of a file that is no worksheet at all (an essay, a letter) starts.
pub const NOT_A_WORKSHEET: &str = "not a worksheet";

/// A filled-in worksheet, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerSheet {
    /// The article id in the header.
    pub article: String,
    /// The article's file name in the header's first line, when the line is there: named
    /// to the teacher when the sheet is for another article than the key's.
    pub article_name: Option<String>,
    /// 1-based line of the article id.
    pub article_line: u32,
    /// The answers in the order written.
    pub answers: Vec<Answer>,
    /// The 1-based lines that are no worksheet line in a sheet that is otherwise one (a
    /// note the student added, "betrayal is loaded i think"): passed over, each pointed out.
    pub stray_lines: Vec<u32>,
}

/// A problem in a student's file, with its line when it has one: `line: message`, or the
/// message alone when the problem is the whole file (the caller puts the file in front).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, thiserror::Error)]
#[serde(deny_unknown_fields)]
#[error("{}{message}", line.map(|l| format!("{l}: ")).unwrap_or_default())]
pub struct SheetError {
    /// 1-based line, or null when the problem is the whole file.
    pub line: Option<u32>,
    /// What is wrong, written to the teacher.
    pub message: String,
}

impl SheetError {
    pub(crate) fn at(line: u32, message: impl Into<String>) -> Self {
        SheetError {
            line: Some(line),
            message: message.into(),
        }
    }

    pub(crate) fn file(message: impl Into<String>) -> Self {
        SheetError {
            line: None,
            message: message.into(),
        }
    }
}

/// How the problem of a line that is no worksheet line starts.
const NOT_A_SHEET_LINE: &str = "not a worksheet line";

/// Reads a filled-in worksheet: every answer, or every problem found (one, when it is no
/// worksheet at all).
pub fn parse(text: &str) -> Result<AnswerSheet, Vec<SheetError>> {
    let mut errors = Vec::new();
    let mut article: Option<(String, u32)> = None;
    let mut article_name: Option<String> = None;
    let mut answers: Vec<Answer> = Vec::new();
    let mut first_line_of: std::collections::HashMap<u32, u32> = Default::default();
    for (k, raw) in text.lines().enumerate() {
        let line = u32::try_from(k + 1).unwrap_or(u32::MAX);
        let trimmed = raw.trim_matches(|c: char| c.is_whitespace() || c == crate::text::chars::BOM);
        if trimmed.is_empty() {
            continue;
        }
        if let Some(comment) = trimmed.strip_prefix('#') {
            if let Some(name) = comment.trim_start().strip_prefix(NAME_LINE)
                && article_name.is_none()
                && !name.trim().is_empty()
            {
                article_name = Some(name.trim().to_string());
            }
            let id = comment
                .split_whitespace()
                .find(|w| w.starts_with(HASH_PREFIX))
                .map(|w| w.trim_end_matches(|c: char| !c.is_ascii_alphanumeric()));
            match (id, &article) {
                (Some(id), None) => article = Some((id.to_string(), line)),
                (Some(id), Some((first, at))) if id != first => errors.push(SheetError::at(
                    line,
                    format!("a second article id ({id}; line {at} has {first}): is this two worksheets in one file?"),
                )),
                _ => {}
            }
            continue;
        }
        match parse_answer(trimmed, line) {
            Ok(answer) => {
                if let Some(first) = first_line_of.insert(answer.number, line) {
                    errors.push(SheetError::at(
                        line,
                        format!(
                            "S{} is answered twice (also on line {first})",
                            answer.number
                        ),
                    ));
                } else {
                    answers.push(answer);
                }
            }
            Err(message) => errors.push(SheetError::at(line, message)),
        }
    }
    let no_sheet_line = errors
        .iter()
        .all(|e| e.message.starts_with(NOT_A_SHEET_LINE));
    if article.is_none() && answers.is_empty() && no_sheet_line {
        // Not a worksheet at all (an essay, a letter): one line, not one per line of it.
        return Err(vec![SheetError::file(format!(
            "{NOT_A_WORKSHEET}: no line of it is a worksheet line (`S3 [x] L [ ] U [ ] A …`) and \
             it has no `# article` line; give the student's copy of worksheet.txt"
        ))]);
    }
    if article.is_none() {
        errors.insert(
            0,
            SheetError::file(
                "no article id: the line `# article fnv1a64:…` of the worksheet is missing; copy it back from worksheet.txt",
            ),
        );
    }
    // In a worksheet with its article id and answers, a line that is no worksheet line is
    // a note the student added: passed over and pointed out, not a reason to refuse the
    // sheet (the other problems still are).
    let (stray, errors): (Vec<SheetError>, Vec<SheetError>) =
        if article.is_some() && !answers.is_empty() {
            errors
                .into_iter()
                .partition(|e| e.message.starts_with(NOT_A_SHEET_LINE))
        } else {
            (Vec::new(), errors)
        };
    let stray_lines = stray.iter().filter_map(|e| e.line).collect();
    match article {
        Some((article, article_line)) if errors.is_empty() => Ok(AnswerSheet {
            article,
            article_name,
            article_line,
            answers,
            stray_lines,
        }),
        _ => Err(errors),
    }
}

/// One answer line, or why it is not one.
fn parse_answer(line_text: &str, line: u32) -> Result<Answer, String> {
    const SHAPE: &str = "a worksheet line starts with S and the sentence number, then three boxes: `S3 [x] L [ ] U [ ] A …` (lines starting with # are comments)";
    let rest = line_text
        .strip_prefix(['S', 's'])
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        .ok_or_else(|| format!("{NOT_A_SHEET_LINE}: {SHAPE}"))?;
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    // "S8b [x] L …": a line the student added under S8, no worksheet line (passed over with
    // a note, as other added lines are), not S8 written wrong.
    if rest[digits..].starts_with(|c: char| c.is_alphabetic()) {
        return Err(format!("{NOT_A_SHEET_LINE}: {SHAPE}"));
    }
    let number: u32 = rest[..digits]
        .parse()
        .ok()
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("S{} is not a sentence number", &rest[..digits]))?;
    let (boxes_and_sentence, notes) = match rest[digits..].split_once('|') {
        Some((before, after)) => (before, Some(after)),
        None => (&rest[digits..], None),
    };
    let (mut marked, sentence) = read_boxes(boxes_and_sentence, number)?;
    let mut words: PerCategory<Vec<String>> = PerCategory::default();
    let mut comment = Vec::new();
    // Pieces that look like a category's words written without the colon: the piece, its
    // letter's category, the words, and what the piece was read as instead.
    let mut unlabelled_pieces = Vec::new();
    if let Some(notes) = notes {
        let mut current: Option<Category> = None;
        for piece in note_pieces(notes) {
            let piece = piece.trim();
            let (category, said) = match labelled(piece) {
                Some((category, said)) => (Some(category), said),
                None => (current, piece),
            };
            if let Some((meant, meant_words)) = letter_without_colon(piece)
                && category != Some(meant)
            {
                unlabelled_pieces.push((piece, meant, meant_words, category));
            }
            current = category;
            if said.is_empty() {
                continue;
            }
            match category {
                Some(c) => words.get_mut(c).push(said.to_string()),
                None => comment.push(said),
            }
        }
    }
    for category in Category::ALL {
        if !words.get(category).is_empty() {
            *marked.get_mut(category) = true;
        }
    }
    let slips = unlabelled_pieces
        .into_iter()
        .map(|(piece, meant, meant_words, read_as)| {
            let l = letter(meant);
            let read_as = match read_as {
                Some(other) => format!("as words for {}", letter(other)),
                None => "as a comment".to_string(),
            };
            let unticked = if *marked.get(meant) {
                String::new()
            } else {
                format!(" and the {l} box is not ticked")
            };
            format!(
                "S{number}: {} after the bar has no colon after {l}, so it is read \
                 {read_as}{unticked}; for {l} words write {}",
                super::quoted(piece),
                super::quoted(&format!("{l}: {meant_words}"))
            )
        })
        .collect();
    Ok(Answer {
        number,
        line,
        marked,
        words,
        comment: comment.join("; "),
        sentence: super::one_line(sentence),
        bar: notes.is_some(),
        slips,
    })
}

/// A piece of a student's notes that reads as a category's words written without the
/// colon (`L so-called`, `A - never`): the category and the words. Only a capital letter
/// counts (`a so-called plan` is English), followed by a space, or by `-`, `–` or `.` and
/// a space (`U.S. figures` is not one).
fn letter_without_colon(piece: &str) -> Option<(Category, &str)> {
    let mut chars = piece.chars();
    let category = chars.next().and_then(capital_label)?;
    let after = chars.as_str();
    let rest = after.strip_prefix(['-', '–', '.', ';']).unwrap_or(after);
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let words = rest.trim_start();
    let words = words.strip_prefix(['-', '–']).unwrap_or(words).trim();
    words
        .starts_with(|c: char| c.is_alphanumeric() || "\"'“‘$".contains(c))
        .then_some((category, words))
}

/// The category a capital letter labels (`L`, `U`, `A`); a lower-case letter is English
/// ("a so-called plan"), not a label.
fn capital_label(c: char) -> Option<Category> {
    Some(c)
        .filter(char::is_ascii_uppercase)
        .and_then(category_of_letter)
}

/// Whether `piece` is one capital letter of a category and nothing else ("A", " U ").
fn is_lone_label(piece: &str) -> bool {
    let mut chars = piece.trim().chars();
    chars.next().and_then(capital_label).is_some() && chars.next().is_none()
}

/// The pieces of a student's notes: split at `;`, `|` and at commas, except a comma
/// between digits (`$400,000` is one piece) and a `;` right after a category's capital
/// letter alone (`A; never` is one piece).
fn note_pieces(notes: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut from = 0;
    let mut previous = None;
    let mut chars = notes.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let splits = match c {
            // "A; never": a capital letter of a category alone before it is the label
            // written with the wrong mark, kept with its words (and pointed out as a slip).
            ';' if is_lone_label(&notes[from..at]) => false,
            ';' | '|' => true,
            ',' => {
                !(previous.is_some_and(|p: char| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit()))
            }
            _ => false,
        };
        if splits {
            pieces.push(&notes[from..at]);
            from = at + c.len_utf8();
        }
        previous = Some(c);
    }
    pieces.push(&notes[from..]);
    pieces
}

/// `L: brazen` as (loaded language, "brazen"); `L:` alone gives empty words.
fn labelled(piece: &str) -> Option<(Category, &str)> {
    let mut chars = piece.chars();
    let category = category_of_letter(chars.next()?)?;
    let after = chars.as_str().trim_start();
    let said = after.strip_prefix([':', '='])?;
    Some((category, said.trim()))
}

/// The three boxes at the start of `s`: which are ticked, and what follows them.
fn read_boxes(s: &str, number: u32) -> Result<(PerCategory<bool>, &str), String> {
    let mut marked = PerCategory::default();
    let mut seen: PerCategory<bool> = PerCategory::default();
    let mut rest = s;
    for _ in 0..3 {
        rest = rest.trim_start();
        let inner = rest.strip_prefix('[').ok_or_else(|| {
            format!("S{number} needs its three boxes `[ ] L [ ] U [ ] A` before the sentence")
        })?;
        let close = inner
            .find(['[', ']'])
            .filter(|&at| inner[at..].starts_with(']'))
            .ok_or_else(|| format!("S{number}: a box is opened with [ and not closed with ]"))?;
        let tick = inner[..close].trim();
        let after = inner[close + 1..].trim_start();
        let mut chars = after.chars();
        let category = chars
            .next()
            .and_then(category_of_letter)
            .filter(|_| !chars.as_str().starts_with(char::is_alphanumeric))
            .ok_or_else(|| {
                format!(
                    "S{number}: each box is followed by its letter, L, U or A: `[ ] L [ ] U [ ] A`"
                )
            })?;
        if std::mem::replace(seen.get_mut(category), true) {
            return Err(format!(
                "S{number} has two boxes for {} ({})",
                letter(category),
                category.label()
            ));
        }
        *marked.get_mut(category) = match tick {
            "" => false,
            t if is_tick(t) => true,
            other => {
                return Err(format!(
                    "S{number}: the {} box holds `{other}`; tick it with x (or any of {}) or leave it empty",
                    letter(category),
                    TICKS[1..].join(" ")
                ));
            }
        };
        rest = chars.as_str();
    }
    Ok((marked, rest))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::key::Key;
    use crate::{Analyzer, LexiconSet};

    const ARTICLE: &str = "Parking Wars\n\nThe brazen plan will never work. Experts agree | it fails.\n\nThe vote is on Monday.";

    fn key() -> Key {
        Key::new(
            ARTICLE,
            &Analyzer::new(&LexiconSet::builtin()).analyze(ARTICLE),
            "class/parking.txt",
        )
    }

    #[test]
    fn the_text_sheet_has_a_header_and_a_line_per_sentence_that_parses_back_empty() {
        let key = key();
        let sheet = render_text(&key);
        assert!(
            sheet.starts_with("# slant worksheet: parking.txt\n"),
            "{sheet}"
        );
        assert!(sheet.contains(&format!("# article {} (", key.article.hash)));
        assert!(
            sheet.contains("S1 [ ] L [ ] U [ ] A  The brazen plan will never work.\n"),
            "{sheet}"
        );
        assert!(sheet.contains("S2 [ ] L [ ] U [ ] A  Experts agree ¦ it fails.\n"));
        // The title is shown on a line that is not read; headings get no line to mark.
        assert!(sheet.contains("\n# Title: Parking Wars\n"), "{sheet}");
        assert!(
            !sheet
                .lines()
                .any(|l| l.starts_with('S') && l.contains("Parking Wars")),
            "headings get no line"
        );
        let read = parse(&sheet).unwrap();
        assert_eq!(read.article, key.article.hash);
        assert_eq!(read.answers.len(), 3);
        assert!(
            read.answers
                .iter()
                .all(|a| a.marked == PerCategory::default())
        );
    }

    #[test]
    fn every_tick_counts_and_words_after_the_bar_tick_their_box() {
        let sheet = "# article fnv1a64:00000000000000aa\n\
                     S1 [x] L [ ] U [X] A  The brazen plan | L: brazen; A: never\n\
                     s2 [*]L[✓]U[ ]A\n\
                     S3  [ ] l [ ] u [ ] a  text | U: experts agree, A: all; I am not sure\n\
                     \u{feff}S4 [ ✔ ] L [] U [] A";
        let read = parse(sheet).unwrap();
        assert_eq!(read.article, "fnv1a64:00000000000000aa");
        let [s1, s2, s3, s4] = read.answers.as_slice() else {
            panic!("{read:?}")
        };
        assert!(s1.marked.loaded_language && s1.marked.absolute_claim);
        assert!(!s1.marked.unsourced_assertion);
        assert_eq!(s1.words.loaded_language, ["brazen"]);
        assert_eq!(s1.words.absolute_claim, ["never"]);
        assert!(s2.marked.loaded_language && s2.marked.unsourced_assertion);
        assert!(s3.marked.unsourced_assertion && s3.marked.absolute_claim);
        assert_eq!(s3.words.absolute_claim, ["all", "I am not sure"]);
        assert!(s4.marked.loaded_language && s4.line == 5);
        let more = parse(
            "# fnv1a64:0000000000000001\nS1 [ ] L [x] U [ ] A | U: $400,000, many say | L: fight",
        )
        .unwrap();
        let s1 = &more.answers[0];
        assert_eq!(s1.words.unsourced_assertion, ["$400,000", "many say"]);
        assert_eq!(s1.words.loaded_language, ["fight"]);
        // "y", "Yes", a doubled x and a ticked-box sign tick it too; "maybe" and "?" do not.
        let ticked = |mark: &str| {
            parse(&format!(
                "# fnv1a64:0000000000000001\nS1 [{mark}] L [ ] U [ ] A"
            ))
            .map(|read| read.answers[0].marked.loaded_language)
        };
        for mark in ["y", "Yes", "xx", "☑", "+"] {
            assert_eq!(ticked(mark), Ok(true), "{mark}");
        }
        for mark in ["maybe", "?", "no", "xy"] {
            assert!(ticked(mark).is_err(), "{mark}");
        }
    }

    /// A new-teacher trial: a note the student added ("betrayal is loaded i think") had the
    /// whole sheet refused. In a sheet that is otherwise a worksheet it is passed over and
    /// pointed out; a file with no worksheet line at all is still no worksheet.
    #[test]
    fn a_line_the_student_added_is_passed_over_and_pointed_out() {
        let sheet = "# article fnv1a64:00000000000000aa\nbetrayal is loaded i think\nS1 [x] L [ ] U [ ] A\n";
        let read = parse(sheet).unwrap();
        assert_eq!(read.answers.len(), 1);
        assert_eq!(read.stray_lines, [2]);
        assert!(parse("Dear teacher,\nI did not do it.\n").is_err());
        // A line added under S1 and numbered after it (trial 5: "S8b" was read as S8 with
        // no boxes, and the whole sheet refused).
        let sheet =
            "# article fnv1a64:00000000000000aa\nS1 [x] L [ ] U [ ] A\nS1b [x] L [ ] U [ ] A\n";
        let read = parse(sheet).unwrap();
        assert_eq!(read.answers.len(), 1);
        assert_eq!(read.stray_lines, [3]);
    }

    #[test]
    fn each_kind_of_mistake_names_its_line() {
        let cases = [
            ("S2 L U A", 2, "needs its three boxes"),
            ("S2 [x L [ ] U [ ] A", 2, "not closed"),
            ("S2 [v] L [ ] U [ ] A", 2, "holds `v`"),
            // Every tick read is named, as the README lists them (trial 5: three lists).
            (
                "S2 [v] L [ ] U [ ] A",
                2,
                "any of X * ✓ ✔ √ ☑ ☒ ✗ ✘ + y Y yes)",
            ),
            ("S2 [?] L [ ] U [ ] A", 2, "holds `?`"),
            ("S2 [ ] L [ ] L [ ] A", 2, "two boxes for L"),
            ("S2 [ ] Q [ ] U [ ] A", 2, "followed by its letter"),
            ("S0 [ ] L [ ] U [ ] A", 2, "S0 is not a sentence number"),
            ("S99999999999 [ ] L [ ] U [ ] A", 2, "not a sentence number"),
            ("S1 [ ] L [ ] U [ ] A", 3, "answered twice (also on line 2)"),
            (
                "# article fnv1a64:00000000000000bb",
                2,
                "a second article id",
            ),
        ];
        for (bad, line, needle) in cases {
            let sheet =
                format!("# article fnv1a64:00000000000000aa\n{bad}\nS1 [ ] L [ ] U [ ] A\n");
            let errors = parse(&sheet).unwrap_err();
            let e = errors
                .iter()
                .find(|e| e.message.contains(needle))
                .unwrap_or_else(|| panic!("{bad}: {errors:?}"));
            assert_eq!(e.line, Some(line), "{bad}");
        }
        let errors = parse("S1 [ ] L [ ] U [ ] A").unwrap_err();
        assert_eq!(errors[0].line, None);
        assert!(errors[0].message.contains("no article id"));
    }

    /// A new-teacher trial: `| L so-called` (the colon forgotten) was read as a comment
    /// without a word, so the L the student meant was not counted. The sheet is still
    /// read; the line gets a slip naming what was read instead.
    #[test]
    fn a_letter_without_its_colon_is_a_slip_on_its_line() {
        let cases: [(&str, &[&str]); 10] = [
            (
                "| L so-called",
                &[
                    "\"L so-called\" after the bar has no colon after L, so it is read as a comment and the L box is not ticked; for L words write \"L: so-called\"",
                ],
            ),
            ("| A - never", &["for A words write \"A: never\""]),
            ("| A; never", &["for A words write \"A: never\""]),
            ("| L. cronies", &["for L words write \"L: cronies\""]),
            (
                "| U: many say; A always",
                &["read as words for U and the A box is not ticked"],
            ),
            ("| L: brazen, L slammed", &[]),
            ("| L: brazen; U: experts say", &[]),
            ("| a so-called plan, U.S. figures", &[]),
            ("| Looks fine to me", &[]),
            ("sentence L so-called", &[]),
        ];
        for (after, slips) in cases {
            let sheet =
                format!("# article fnv1a64:00000000000000aa\nS1 [ ] L [ ] U [ ] A  {after}\n");
            let read = parse(&sheet).unwrap_or_else(|e| panic!("{after}: {e:?}"));
            let got = &read.answers[0].slips;
            assert_eq!(got.len(), slips.len(), "{after}: {got:?}");
            for (slip, needle) in got.iter().zip(slips) {
                assert!(slip.starts_with("S1: "), "{slip}");
                assert!(slip.contains(needle), "{after}: {slip}");
            }
        }
        // Ticked by the box, the letter's words are still said to be read elsewhere.
        let read = parse("# fnv1a64:00000000000000aa\nS2 [x] L [ ] U [ ] A | L so-called").unwrap();
        let [slip] = read.answers[0].slips.as_slice() else {
            panic!("{read:?}")
        };
        assert!(slip.contains("read as a comment; for L words"), "{slip}");
        assert_eq!(read.answers[0].sentence, "");
        assert!(read.answers[0].bar);
    }

    /// An essay or a letter handed in instead of the worksheet had one problem per line
    /// of it (a screenful for an essay): it is one problem, naming what to give instead.
    #[test]
    fn a_file_that_is_no_worksheet_is_one_problem() {
        for text in [
            "Dear teacher,\nI forgot my sheet.\n",
            "Phones in class\n\nEveryone knows phones distract.\n\nSo ban them.\n",
        ] {
            let errors = parse(text).unwrap_err();
            let [only] = errors.as_slice() else {
                panic!("{text}: {errors:?}")
            };
            assert_eq!(only.line, None, "{text}");
            assert!(only.message.starts_with("not a worksheet: "), "{only:?}");
        }
        // A sheet that lost its id but kept answer lines is still told line by line.
        let errors = parse("Hello\nS1 [x] L [ ] U [ ] A\n").unwrap_err();
        assert!(
            errors.iter().any(|e| e.message.contains("no article id")),
            "{errors:?}"
        );
        assert!(errors.iter().any(|e| e.line == Some(1)), "{errors:?}");
    }

    #[test]
    fn the_printable_sheet_has_boxes_for_each_sentence_and_escapes_the_text() {
        let text = "The <i>brazen</i> plan & more.";
        let key = Key::new(
            text,
            &Analyzer::new(&LexiconSet::builtin()).analyze(text),
            "a.txt",
        );
        let page = render_html(&key);
        assert_eq!(page.matches("<li class=\"sentence\">").count(), 1);
        assert_eq!(page.matches("class=\"tick\"").count(), 3);
        assert!(page.contains("The &lt;i&gt;brazen&lt;/i&gt; plan &amp; more."));
        assert!(page.contains("@media print"));
    }
}
