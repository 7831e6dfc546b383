//! Students' answers compared with the key, per student and category (the sentences
//! both marked, those slant marked and the student missed, those only the student
//! marked) and per sentence for the whole class. The result is the check JSON: a
//! stable layout documented in docs/exercises.md.

use super::key::{Article, Key, KeyFinding};
use super::worksheet::{AnswerSheet, SheetError, parse, sheet_sentence};
use super::{PerCategory, SCHEMA_VERSION};
use crate::category::Category;
use crate::report::Tool;
use serde::{Deserialize, Serialize};

/// What `schema` says in the check JSON.
pub const CHECK_SCHEMA: &str = "slant-exercise-check";

/// Reads a filled-in worksheet and checks it belongs to `key`: the same article, and
/// only sentence numbers the worksheet has.
pub fn read_sheet(key: &Key, text: &str) -> Result<AnswerSheet, Vec<SheetError>> {
    // Said as what it is: "no article id" sent a teacher looking for a missing line.
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(vec![SheetError::file(
            "the file is empty: nothing was written or saved in it",
        )]);
    }
    let sheet = parse(text)?;
    if sheet.article != key.article.hash {
        return Err(vec![SheetError::at(
            sheet.article_line,
            format!(
                "this worksheet is for another article ({}); the key is for {} ({})",
                match &sheet.article_name {
                    Some(name) => format!("{name}, {}", sheet.article),
                    None => sheet.article.clone(),
                },
                key.article.path,
                key.article.hash
            ),
        )]);
    }
    let count = key.sentences.len();
    let errors: Vec<SheetError> = sheet
        .answers
        .iter()
        .filter(|a| key.sentence(a.number).is_none())
        .map(|a| {
            SheetError::at(
                a.line,
                match count {
                    0 => format!(
                        "S{} is not on this worksheet, which has no sentences",
                        a.number
                    ),
                    1 => format!("S{} is not on this worksheet, which has only S1", a.number),
                    n => format!(
                        "S{} is not on this worksheet, which has S1 to S{n}",
                        a.number
                    ),
                },
            )
        })
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut sheet = sheet;
    for answer in &mut sheet.answers {
        if let Some(s) = key.sentence(answer.number)
            && let Some(slip) = sentence_slip(answer.number, &answer.sentence, answer.bar, &s.text)
        {
            answer.slips.push(slip);
        }
    }
    Ok(sheet)
}

/// What looks wrong with the sentence a student's line carries, beside the worksheet's
/// (`in_key`): the line stops partway through it, with no bar (cut off when copied or
/// saved: whatever followed is lost), or words follow it with no bar before them (they are
/// not read). Nothing for the whole sentence, for none (a sheet typed in from the printed
/// page), or for a sentence the student changed.
fn sentence_slip(number: u32, written: &str, bar: bool, in_key: &str) -> Option<String> {
    let full = sheet_sentence(in_key);
    if written.is_empty() || written == full {
        return None;
    }
    if let Some(after) = written.strip_prefix(full.as_str()) {
        let after = after.trim();
        return Some(format!(
            "S{number}: {} follows the sentence with no bar before it, so it is not read: \
             write it after a bar (| {after})",
            super::quoted(after)
        ));
    }
    if !bar && full.starts_with(written) {
        const SHOWN: usize = 40;
        let chars = written.chars().count();
        let tail: String = written.chars().skip(chars.saturating_sub(SHOWN)).collect();
        let cut = if chars > SHOWN { "…" } else { "" };
        return Some(format!(
            "S{number} stops partway through its sentence, at {}: was the line cut off? \
             Anything written after it is lost (its boxes count as they are)",
            super::quoted(&format!("{cut}{tail}"))
        ));
    }
    None
}

/// One student's file, read or refused.
#[derive(Debug, Clone)]
pub struct Submission {
    /// The student: the file name without its extension.
    pub student: String,
    /// The file as given.
    pub file: String,
    /// The answers, or every problem found in the file.
    pub sheet: Result<AnswerSheet, Vec<SheetError>>,
}

/// The check JSON: every student's agreement with slant, and the class table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassReport {
    /// Always [`CHECK_SCHEMA`].
    pub schema: String,
    /// Layout version, [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The program that made it.
    pub tool: Tool,
    /// The article, from the key.
    pub article: Article,
    /// Each student whose sheet was read, in the order given.
    pub students: Vec<StudentResult>,
    /// Per sentence, how many students marked each category, beside slant.
    pub class: ClassTable,
    /// The sheets that could not be read, with every problem found.
    pub refused: Vec<RefusedSheet>,
    /// What the teacher should know about sheets that were read and counted as they are
    /// ("ben.txt has no lines for S6, S8: they count as not marked"), so a saved report
    /// says why a student's score is low, not only the terminal. Shown in the table and the
    /// page, and written in the JSON (added without a `schema_version` bump: a report
    /// written before it reads back with no notes).
    #[serde(default)]
    pub notes: Vec<ClassNote>,
}

/// A note about sheets that were read and counted as they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassNote {
    /// What the note is about.
    pub kind: NoteKind,
    /// The note as the table and the page show it, naming its files.
    pub message: String,
    /// The files it is about, as given.
    pub files: Vec<String>,
    /// Their students, as in `students` (one per file; a file that could not be read is
    /// named by its file name without its extension).
    pub students: Vec<String>,
    /// The line of the sheet it is about (1-based), or null for the whole sheet.
    pub line: Option<u32>,
}

/// The kinds of [`ClassNote`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoteKind {
    /// A line that looks like a slip (`L so-called` without its colon, a line cut off
    /// partway through its sentence): counted as it reads.
    Slip,
    /// A line that is not a worksheet line, passed over.
    PassedOver,
    /// Worksheet lines missing: their sentences count as not marked.
    LinesMissing,
    /// No box ticked: counted as a student who found nothing.
    NothingTicked,
    /// Under a quarter of slant's ticks: the sheet looks unfinished.
    Unfinished,
    /// A copy still named `worksheet`.
    WorksheetName,
    /// Two or more files that look like one student's sheets.
    OneStudentsCopies,
    /// Sheets of different names holding the same answers.
    SameAnswers,
}

/// One student's answers against slant's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StudentResult {
    /// The file name without its extension.
    pub student: String,
    /// The file as given.
    pub file: String,
    /// Per category.
    pub categories: PerCategory<Agreement>,
    /// All categories together (each sentence and category counted once).
    pub overall: Tally,
}

/// Counts of agreement, and the figures they give.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tally {
    /// Marked by both.
    pub both: u32,
    /// Marked by slant, not by the student.
    pub missed: u32,
    /// Marked by the student, not by slant.
    pub extra: u32,
    /// both / (both + extra); null when the student marked nothing.
    pub precision: Option<f64>,
    /// both / (both + missed); null when slant marked nothing.
    pub recall: Option<f64>,
    /// Agreement: 2·both / (2·both + missed + extra), 1 when neither marked anything.
    pub f1: f64,
}

impl Tally {
    /// The figures of these counts, rounded to three decimals.
    pub fn new(both: u32, missed: u32, extra: u32) -> Tally {
        let ratio = |num: u32, den: u32| (den > 0).then(|| round3(f64::from(num) / f64::from(den)));
        Tally {
            both,
            missed,
            extra,
            precision: ratio(both, both + extra),
            recall: ratio(both, both + missed),
            f1: ratio(2 * both, 2 * both + missed + extra).unwrap_or(1.0),
        }
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// A student's agreement with slant in one category, with the sentences behind it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// Sentences marked by both.
    pub both: u32,
    /// Sentences slant marked and the student did not.
    pub missed: u32,
    /// Sentences the student marked and slant did not.
    pub extra: u32,
    /// both / (both + extra); null when the student marked nothing.
    pub precision: Option<f64>,
    /// both / (both + missed); null when slant marked nothing.
    pub recall: Option<f64>,
    /// Agreement with slant: 2·both / (2·both + missed + extra), 1 when neither marked any.
    pub f1: f64,
    /// The sentences marked by both, with the words each saw.
    pub both_sentences: Vec<SentenceFeedback>,
    /// The sentences missed, with slant's words, explanation and question: the feedback.
    pub missed_sentences: Vec<SentenceFeedback>,
    /// The sentences only the student marked: to discuss (slant may have missed it, or
    /// the sentence may not carry it).
    pub extra_sentences: Vec<SentenceFeedback>,
}

/// One sentence of a student's result in one category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentenceFeedback {
    /// The sentence number on the worksheet.
    pub number: u32,
    /// The words the student wrote for this category.
    pub student_words: Vec<String>,
    /// slant's words in this category, explained (empty for an extra sentence).
    pub slant_words: Vec<SlantWords>,
}

/// Words slant flagged, with what they are and what to ask.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlantWords {
    /// The words, on one line.
    pub text: String,
    /// Whether they are someone else's: inside a quotation, or reported speech.
    pub quoted: bool,
    /// Whether they are a named speaker's in reported speech (written only when true).
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub reported: bool,
    /// What the device is and why these words.
    pub explanation: String,
    /// The question to ask.
    pub question: String,
    /// A neutral alternative, if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub alternative: Option<String>,
}

/// How slant's words are marked when they are someone else's: " (quoted)", " (reported)".
pub(crate) fn others_words(w: &SlantWords) -> &'static str {
    match (w.quoted, w.reported) {
        (true, true) => " (reported)",
        (true, false) => " (quoted)",
        _ => "",
    }
}

impl From<&KeyFinding> for SlantWords {
    fn from(f: &KeyFinding) -> Self {
        SlantWords {
            text: super::one_line(&f.text),
            quoted: f.quoted,
            reported: f.reported,
            explanation: f.explanation.clone(),
            question: f.question.clone(),
            alternative: f.alternative.clone(),
        }
    }
}

/// The class's marks per sentence beside slant's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassTable {
    /// How many sheets were read (the refused ones are not counted).
    pub sheets: u32,
    /// Every worksheet sentence.
    pub sentences: Vec<ClassSentence>,
    /// Sentences and categories slant marked and most of the class (more than half) did not.
    pub missed_by_most: Vec<ClassPoint>,
    /// Sentences and categories most of the class marked and slant did not: candidates
    /// for the class lexicon.
    pub marked_by_most_not_slant: Vec<ClassPoint>,
}

/// One worksheet sentence: slant's marks and the class's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassSentence {
    /// The sentence number on the worksheet.
    pub number: u32,
    /// 1-based paragraph in the article.
    pub paragraph: u32,
    /// The sentence on one line.
    pub text: String,
    /// Whether slant marks it, per category.
    pub slant: PerCategory<bool>,
    /// How many students marked it, per category.
    pub students: PerCategory<u32>,
}

/// A sentence and category where most of the class and slant disagree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassPoint {
    /// The sentence number.
    pub number: u32,
    /// The category.
    pub category: Category,
    /// How many students marked it.
    pub marked: u32,
    /// Out of how many sheets.
    pub of: u32,
}

/// A student's file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RefusedSheet {
    /// The file name without its extension.
    pub student: String,
    /// The file as given.
    pub file: String,
    /// Every problem found.
    pub errors: Vec<SheetError>,
}

/// Compares every submission with `key`.
pub fn class_report(key: &Key, submissions: Vec<Submission>) -> ClassReport {
    let mut students = Vec::new();
    let mut refused = Vec::new();
    let mut sentences: Vec<ClassSentence> = key
        .sentences
        .iter()
        .map(|s| ClassSentence {
            number: s.number,
            paragraph: s.paragraph,
            text: s.one_line(),
            slant: s.marked,
            students: PerCategory::default(),
        })
        .collect();
    for Submission {
        student,
        file,
        sheet,
    } in submissions
    {
        match sheet {
            Ok(sheet) => {
                for answer in &sheet.answers {
                    if let Some(row) = sentences.get_mut(answer.number as usize - 1) {
                        for (c, &m) in answer.marked.iter() {
                            *row.students.get_mut(c) += u32::from(m);
                        }
                    }
                }
                students.push(student_result(key, student, file, &sheet));
            }
            Err(errors) => refused.push(RefusedSheet {
                student,
                file,
                errors,
            }),
        }
    }
    let of = students.len() as u32;
    let mut missed_by_most = Vec::new();
    let mut marked_by_most_not_slant = Vec::new();
    for s in &sentences {
        for category in Category::ALL {
            let marked = *s.students.get(category);
            let point = ClassPoint {
                number: s.number,
                category,
                marked,
                of,
            };
            if *s.slant.get(category) && 2 * (of - marked) > of {
                missed_by_most.push(point);
            } else if !*s.slant.get(category) && 2 * marked > of {
                marked_by_most_not_slant.push(point);
            }
        }
    }
    ClassReport {
        schema: CHECK_SCHEMA.to_string(),
        schema_version: SCHEMA_VERSION,
        tool: key.tool.clone(),
        article: key.article.clone(),
        students,
        class: ClassTable {
            sheets: of,
            sentences,
            missed_by_most,
            marked_by_most_not_slant,
        },
        refused,
        notes: Vec::new(),
    }
}

/// One student's result: a sentence missing from the sheet counts as not marked.
fn student_result(key: &Key, student: String, file: String, sheet: &AnswerSheet) -> StudentResult {
    let mut answers = vec![None; key.sentences.len()];
    for a in &sheet.answers {
        if let Some(slot) = answers.get_mut(a.number as usize - 1) {
            *slot = Some(a);
        }
    }
    let categories = PerCategory::from_fn(|category| {
        let mut both_sentences = Vec::new();
        let mut missed_sentences = Vec::new();
        let mut extra_sentences = Vec::new();
        for (s, answer) in key.sentences.iter().zip(&answers) {
            let by_student = answer.is_some_and(|a| *a.marked.get(category));
            let by_slant = *s.marked.get(category);
            let feedback = SentenceFeedback {
                number: s.number,
                student_words: answer.map_or_else(Vec::new, |a| a.words.get(category).clone()),
                slant_words: s.marking(category).map(SlantWords::from).collect(),
            };
            match (by_slant, by_student) {
                (true, true) => both_sentences.push(feedback),
                (true, false) => missed_sentences.push(feedback),
                (false, true) => extra_sentences.push(feedback),
                (false, false) => {}
            }
        }
        let tally = Tally::new(
            both_sentences.len() as u32,
            missed_sentences.len() as u32,
            extra_sentences.len() as u32,
        );
        Agreement {
            both: tally.both,
            missed: tally.missed,
            extra: tally.extra,
            precision: tally.precision,
            recall: tally.recall,
            f1: tally.f1,
            both_sentences,
            missed_sentences,
            extra_sentences,
        }
    });
    let sum = |count: fn(&Agreement) -> u32| categories.iter().map(|(_, a)| count(a)).sum();
    let overall = Tally::new(sum(|a| a.both), sum(|a| a.missed), sum(|a| a.extra));
    StudentResult {
        student,
        file,
        categories,
        overall,
    }
}

impl ClassReport {
    /// Pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("class reports serialize");
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::worksheet::render_text;
    use crate::{Analyzer, LexiconSet};

    const ARTICLE: &str =
        "The brazen plan will never work. Many experts say it will fail. The vote is on Monday.";

    fn key() -> Key {
        Key::new(
            ARTICLE,
            &Analyzer::new(&LexiconSet::builtin()).analyze(ARTICLE),
            "plan.txt",
        )
    }

    /// The blank sheet with the boxes of `ticks` (sentence number, letter) ticked.
    fn filled(key: &Key, ticks: &[(u32, &str)]) -> String {
        render_text(key)
            .lines()
            .map(|line| {
                let mut line = line.to_string();
                for (n, l) in ticks {
                    if line.starts_with(&format!("S{n} ")) {
                        line = line.replacen(&format!("[ ] {l}"), &format!("[x] {l}"), 1);
                    }
                }
                line + "\n"
            })
            .collect()
    }

    fn submit(key: &Key, student: &str, text: &str) -> Submission {
        Submission {
            student: student.to_string(),
            file: format!("{student}.txt"),
            sheet: read_sheet(key, text),
        }
    }

    #[test]
    fn a_perfect_sheet_agrees_fully_and_an_empty_one_recalls_nothing() {
        let key = key();
        let ticks: Vec<(u32, &str)> = key
            .sentences
            .iter()
            .flat_map(|s| {
                s.marked
                    .iter()
                    .filter(|(_, m)| **m)
                    .map(|(c, _)| (s.number, ["L", "U", "A"][c.index()]))
                    .collect::<Vec<_>>()
            })
            .collect();
        assert!(ticks.len() >= 3, "{key:?}");
        let perfect = filled(&key, &ticks);
        let empty = render_text(&key);
        let report = class_report(
            &key,
            vec![submit(&key, "ana", &perfect), submit(&key, "ben", &empty)],
        );
        let [ana, ben] = report.students.as_slice() else {
            panic!("{report:?}")
        };
        for (_, a) in ana.categories.iter() {
            assert_eq!((a.f1, a.missed, a.extra), (1.0, 0, 0));
        }
        assert_eq!(ana.overall.f1, 1.0);
        assert_eq!(ben.overall.recall, Some(0.0));
        assert_eq!(ben.overall.precision, None);
        assert_eq!(ben.overall.f1, 0.0);
        let loaded = &ben.categories.loaded_language;
        assert_eq!(loaded.missed_sentences[0].slant_words[0].text, "brazen");
        assert!(
            !loaded.missed_sentences[0].slant_words[0]
                .question
                .is_empty()
        );
        // One of two students is not "most of the class".
        assert!(report.class.missed_by_most.is_empty());
        assert_eq!(report.class.sheets, 2);
        assert_eq!(report.class.sentences[0].students.loaded_language, 1);
    }

    #[test]
    fn extras_are_listed_for_discussion_and_the_class_table_finds_disagreements() {
        let key = key();
        let monday = key.sentences.len() as u32;
        let a = filled(&key, &[(monday, "A")]);
        let b = filled(&key, &[(monday, "A"), (1, "L")]);
        let report = class_report(&key, vec![submit(&key, "a", &a), submit(&key, "b", &b)]);
        let absolute = &report.students[0].categories.absolute_claim;
        assert_eq!(absolute.extra, 1);
        assert_eq!(absolute.extra_sentences[0].number, monday);
        assert!(absolute.extra_sentences[0].slant_words.is_empty());
        assert!(report.class.marked_by_most_not_slant.contains(&ClassPoint {
            number: monday,
            category: Category::AbsoluteClaim,
            marked: 2,
            of: 2
        }));
        assert!(report.class.missed_by_most.iter().any(|p| p.number == 2));
        assert!(
            !report
                .class
                .missed_by_most
                .iter()
                .any(|p| p.number == 1 && p.category == Category::LoadedLanguage)
        );
    }

    #[test]
    fn sheets_of_another_article_or_unknown_sentences_are_refused_and_the_rest_reported() {
        let key = key();
        let other = render_text(&key)
            .replace(&key.article.hash, "fnv1a64:0000000000000001")
            .replacen(key.article_name(), "uniforms.txt", 1);
        let errors = read_sheet(&key, &other).unwrap_err();
        assert_eq!(errors[0].line, Some(2));
        // The sheet's own article is named, as its first line names it.
        assert!(
            errors[0]
                .message
                .contains("another article (uniforms.txt, fnv1a64:0000000000000001)"),
            "{errors:?}"
        );
        let beyond = format!("{}S9 [x] L [ ] U [ ] A\n", render_text(&key));
        let errors = read_sheet(&key, &beyond).unwrap_err();
        assert!(
            errors[0]
                .message
                .contains("S9 is not on this worksheet, which has S1 to S3")
        );
        let report = class_report(
            &key,
            vec![
                submit(&key, "bad", &beyond),
                submit(&key, "good", &render_text(&key)),
            ],
        );
        assert_eq!(report.students.len(), 1);
        assert_eq!(report.refused[0].student, "bad");
        assert_eq!(report.class.sheets, 1);
    }

    /// A new-teacher trial: a line cut off partway through its sentence, or words written
    /// after the sentence without a bar, were read without a word. Each is a slip on its
    /// line; a whole sentence, none, or one the student reworded is not.
    #[test]
    fn a_line_cut_off_or_words_without_a_bar_are_slips() {
        let key = key();
        let first = "The brazen plan will never work.";
        assert_eq!(key.sentences[0].text, first);
        let cases: [(&str, Option<&str>); 8] = [
            (first, None),
            ("", None),
            ("The brazen plan will never work. | L: brazen", None),
            ("The plan, in my words", None),
            ("The brazen plan will | A: never", None),
            (
                "The brazen plan will",
                Some(
                    "S1 stops partway through its sentence, at \"The brazen plan will\": was the line cut off?",
                ),
            ),
            (
                "The brazen plan will never work. L: brazen",
                Some(
                    "S1: \"L: brazen\" follows the sentence with no bar before it, so it is not read: write it after a bar (| L: brazen)",
                ),
            ),
            (
                "The brazen plan will never work. L: brazen | A: never",
                Some("\"L: brazen\" follows the sentence"),
            ),
        ];
        for (written, slip) in cases {
            let sheet = render_text(&key).replace(
                &format!("S1 [ ] L [ ] U [ ] A  {first}"),
                &format!("S1 [ ] L [ ] U [ ] A  {written}"),
            );
            let read = read_sheet(&key, &sheet).unwrap_or_else(|e| panic!("{written}: {e:?}"));
            let got = &read.answers[0].slips;
            match slip {
                None => assert!(got.is_empty(), "{written}: {got:?}"),
                Some(needle) => {
                    assert_eq!(got.len(), 1, "{written}: {got:?}");
                    assert!(got[0].contains(needle), "{written}: {got:?}");
                }
            }
        }
    }

    /// A new-user trial: a slip on a sentence that is itself a quotation read `at "“We
    /// are…`, two marks at once. The note quotes it in other marks, straight or curly.
    #[test]
    fn a_slip_on_a_quoted_sentence_does_not_double_its_quotation_marks() {
        for (article, written, shown) in [
            (
                "“We are done with the plan,” the mayor said. The vote is on Monday.",
                "“We are done",
                "at ‘“We are done’:",
            ),
            (
                "\"We are done with the plan,\" the mayor said. The vote is on Monday.",
                "\"We are done",
                "at ‘\"We are done’:",
            ),
            (
                "The mayor said the plan was “done.” The vote is on Monday.",
                "The mayor said the plan was “done.” L: done",
                "S1: \"L: done\" follows",
            ),
            (
                "The mayor said the plan was “done.” The vote is on Monday.",
                "The mayor said the plan was",
                "at \"The mayor said the plan was\":",
            ),
        ] {
            let key = Key::new(
                article,
                &Analyzer::new(&LexiconSet::builtin()).analyze(article),
                "plan.txt",
            );
            let first = key.sentences[0].text.clone();
            let sheet = render_text(&key).replace(
                &format!("S1 [ ] L [ ] U [ ] A  {first}"),
                &format!("S1 [ ] L [ ] U [ ] A  {written}"),
            );
            assert_ne!(sheet, render_text(&key), "{article}");
            let read = read_sheet(&key, &sheet).unwrap_or_else(|e| panic!("{written}: {e:?}"));
            let got = &read.answers[0].slips;
            assert_eq!(got.len(), 1, "{written}: {got:?}");
            assert!(got[0].contains(shown), "{written}: {got:?}");
        }
    }

    /// The notes were added to the JSON without a `schema_version` bump: a report written
    /// with them reads back whole, and one written before them reads back with none.
    #[test]
    fn notes_are_written_and_a_report_without_them_reads_back_with_none() {
        let key = key();
        let mut report = class_report(&key, vec![submit(&key, "ann", &render_text(&key))]);
        report.notes.push(ClassNote {
            kind: NoteKind::NothingTicked,
            message: "ann.txt has no box ticked".to_string(),
            files: vec!["ann.txt".to_string()],
            students: vec!["ann".to_string()],
            line: None,
        });
        let json = report.to_json();
        assert!(json.contains("\"kind\": \"nothing-ticked\""), "{json}");
        assert_eq!(serde_json::from_str::<ClassReport>(&json).unwrap(), report);
        let mut older: serde_json::Value = serde_json::from_str(&json).unwrap();
        older.as_object_mut().unwrap().remove("notes");
        let read: ClassReport = serde_json::from_value(older).unwrap();
        assert!(read.notes.is_empty());
        assert_eq!(read.students, report.students);
    }

    #[test]
    fn figures_follow_the_counts() {
        let t = Tally::new(2, 1, 1);
        assert_eq!(
            (t.precision, t.recall, t.f1),
            (Some(0.667), Some(0.667), 0.667)
        );
        assert_eq!(Tally::new(0, 0, 0).f1, 1.0);
        assert_eq!(Tally::new(0, 0, 3).recall, None);
    }
}
