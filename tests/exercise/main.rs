//! `slant exercise` and `slant compare` end to end with the real binary, the check JSON
//! read back through its documented layout, the worked example in `reports/exercise/`
//! kept fresh, and answer sheets of any text read without a panic.
//!
//! Regenerate the worked example with `SNAPSHOTS=overwrite cargo test --test exercise`.

#[path = "../common/mod.rs"]
mod common;

use common::{assert_fits, assert_one_line_error, slant, stderr, stdout};
use proptest::prelude::*;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

const ARTICLE: &str = "Parking Wars\n\nBy Ann Lee\n\nThe council's brazen plan will never work. Many experts say shops will close. The vote is on Monday.\n\nThe council's brazen plan will never work. Many experts say shops will close. The vote is on Monday.\n\nEveryone knows the meters are a scam.\n";

// The check JSON as docs/exercises.md describes it: a renamed or added field fails here.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // read by Debug and the assertions that need them
struct CheckJson {
    schema: String,
    schema_version: u32,
    tool: ToolJson,
    article: ArticleJson,
    students: Vec<StudentJson>,
    class: ClassJson,
    refused: Vec<RefusedJson>,
    notes: Vec<NoteJson>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct NoteJson {
    kind: String,
    message: String,
    files: Vec<String>,
    students: Vec<String>,
    line: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ToolJson {
    name: String,
    version: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ArticleJson {
    path: String,
    bytes: usize,
    hash: String,
    title: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct StudentJson {
    student: String,
    file: String,
    categories: BTreeMap<String, AgreementJson>,
    overall: TallyJson,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct TallyJson {
    both: u32,
    missed: u32,
    extra: u32,
    precision: Option<f64>,
    recall: Option<f64>,
    f1: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct AgreementJson {
    both: u32,
    missed: u32,
    extra: u32,
    precision: Option<f64>,
    recall: Option<f64>,
    f1: f64,
    both_sentences: Vec<FeedbackJson>,
    missed_sentences: Vec<FeedbackJson>,
    extra_sentences: Vec<FeedbackJson>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct FeedbackJson {
    number: u32,
    student_words: Vec<String>,
    slant_words: Vec<SlantWordsJson>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct SlantWordsJson {
    text: String,
    quoted: bool,
    explanation: String,
    question: String,
    alternative: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ClassJson {
    sheets: u32,
    sentences: Vec<ClassSentenceJson>,
    missed_by_most: Vec<PointJson>,
    marked_by_most_not_slant: Vec<PointJson>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ClassSentenceJson {
    number: u32,
    paragraph: u32,
    text: String,
    slant: BTreeMap<String, bool>,
    students: BTreeMap<String, u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct PointJson {
    number: u32,
    category: String,
    marked: u32,
    of: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct RefusedJson {
    student: String,
    file: String,
    errors: Vec<ErrorJson>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ErrorJson {
    line: Option<u32>,
    message: String,
}

const CATEGORIES: [&str; 3] = ["loaded-language", "unsourced-assertion", "absolute-claim"];

/// A folder with the article and its exercise in `ex/`.
fn exercise() -> tempfile::TempDir {
    exercise_of(ARTICLE)
}

/// An exercise made from `article` (as `op-ed.txt`) into `ex/`, with an empty `answers/`.
fn exercise_of(article: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("op-ed.txt"), article).unwrap();
    let o = slant(
        &["exercise", "new", "op-ed.txt", "-o", "ex"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::create_dir(dir.path().join("answers")).unwrap();
    dir
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap()
}

/// The blank worksheet with every box slant ticks ticked, read off the key.
fn perfect_sheet(dir: &Path) -> String {
    let key: serde_json::Value = serde_json::from_str(&read(dir, "ex/key.json")).unwrap();
    let mut sheet = read(dir, "ex/worksheet.txt");
    for s in key["sentences"].as_array().unwrap() {
        let number = s["number"].as_u64().unwrap();
        for (category, letter) in CATEGORIES.iter().zip(["L", "U", "A"]) {
            if s["marked"][category] == true {
                let prefix = format!("S{number} ");
                let line = sheet.lines().find(|l| l.starts_with(&prefix)).unwrap();
                let ticked = line.replacen(&format!("[ ] {letter}"), &format!("[x] {letter}"), 1);
                sheet = sheet.replacen(line, &ticked, 1);
            }
        }
    }
    sheet
}

/// `slant exercise check ex/key.json answers` run in `dir`: the class folder checked
/// against the exercise's key, as a teacher types it.
fn check_class(dir: &Path) -> std::process::Output {
    slant(&["exercise", "check", "ex/key.json", "answers"], None, dir)
}

fn check_json(dir: &Path, answers: &[&str]) -> (std::process::Output, CheckJson) {
    let mut args = vec!["exercise", "check", "ex/key.json"];
    args.extend_from_slice(answers);
    args.extend_from_slice(&["--format", "json"]);
    let o = slant(&args, None, dir);
    let json: CheckJson = serde_json::from_str(&stdout(&o))
        .unwrap_or_else(|e| panic!("{e}: {}{}", stdout(&o), stderr(&o)));
    (o, json)
}

mod check;
mod compare;
mod example;
mod new;
