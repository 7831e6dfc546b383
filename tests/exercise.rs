//! `slant exercise` and `slant compare` end to end with the real binary, the check JSON
//! read back through its documented layout, the worked example in `reports/exercise/`
//! kept fresh, and answer sheets of any text read without a panic.
//!
//! Regenerate the worked example with `SNAPSHOTS=overwrite cargo test --test exercise`.

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
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("op-ed.txt"), ARTICLE).unwrap();
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

#[test]
fn new_writes_the_sheets_and_the_key_leaving_out_headings_furniture_and_repeats() {
    let dir = exercise();
    let sheet = read(dir.path(), "ex/worksheet.txt");
    let lines: Vec<&str> = sheet.lines().filter(|l| l.starts_with('S')).collect();
    assert_eq!(lines.len(), 4, "{sheet}");
    assert!(lines[0].starts_with("S1 [ ] L [ ] U [ ] A  The council's brazen plan"));
    assert!(lines[3].starts_with("S4 [ ] L [ ] U [ ] A  Everyone knows"));
    assert!(!sheet.contains("Parking Wars\n") && !sheet.contains("Ann Lee"));
    let page = read(dir.path(), "ex/worksheet.html");
    assert_eq!(page.matches("<li class=\"sentence\">").count(), 4);
    assert!(read(dir.path(), "ex/key.html").contains("<b class=\"loaded\">brazen"));
    // An exercise is not replaced by accident; --force replaces it.
    assert_one_line_error(
        &slant(
            &["exercise", "new", "op-ed.txt", "-o", "ex"],
            None,
            dir.path(),
        ),
        "already exists",
    );
    let o = slant(
        &["exercise", "new", "op-ed.txt", "-o", "ex", "--force"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn answers_beside_the_key_are_read_and_a_folder_analysis_passes_over_the_exercise() {
    let dir = exercise();
    std::fs::write(dir.path().join("ex/ana.txt"), perfect_sheet(dir.path())).unwrap();
    // The teacher's own files in the key's folder (worksheet, key, a class report) are
    // nobody's answers: only Ana's sheet is read.
    let (o, report) = check_json(dir.path(), &["ex"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(report.students.len(), 1, "{report:?}");
    assert!(report.refused.is_empty(), "{report:?}");
    // A folder analysis reads the article, not the exercise's sheets and pages.
    let o = slant(&["analyze", ".", "--format", "jsonl"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let sources: Vec<String> = stdout(&o)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["source"]["path"].to_string()
        })
        .collect();
    assert_eq!(sources, ["\"./op-ed.txt\""]);
    // The exercise folder itself: what to run instead.
    let o = slant(&["analyze", "ex"], None, dir.path());
    assert_one_line_error(&o, "slant exercise check");
}

#[test]
fn a_perfect_sheet_agrees_fully_and_an_empty_one_recalls_nothing() {
    let dir = exercise();
    std::fs::write(
        dir.path().join("answers/ana.txt"),
        perfect_sheet(dir.path()),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("answers/ben.txt"),
        read(dir.path(), "ex/worksheet.txt"),
    )
    .unwrap();
    let (o, report) = check_json(dir.path(), &["answers"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(report.schema, "slant-exercise-check");
    assert_eq!(report.schema_version, 1);
    let [ana, ben] = report.students.as_slice() else {
        panic!("{report:?}")
    };
    assert_eq!((ana.student.as_str(), ben.student.as_str()), ("ana", "ben"));
    assert_eq!(ana.overall.f1, 1.0);
    for category in CATEGORIES {
        assert_eq!(ana.categories[category].f1, 1.0, "{category}");
        assert!(ana.categories[category].both > 0, "{category}");
        assert_eq!(ben.categories[category].recall, Some(0.0), "{category}");
    }
    assert_eq!(ben.overall.recall, Some(0.0));
    let missed = &ben.categories["loaded-language"].missed_sentences[0];
    assert_eq!(missed.slant_words[0].text, "brazen");
    assert!(missed.slant_words[0].question.contains("neutral word"));
    assert_eq!(report.class.sheets, 2);
    assert_eq!(report.class.sentences.len(), 4);
    assert_eq!(report.class.sentences[0].students["loaded-language"], 1);
    // The table and the page say the same.
    let o = check_class(dir.path());
    let table = stdout(&o);
    assert!(
        table.contains("missed S1: The council's brazen plan will never work."),
        "{table}"
    );
    let o = slant(
        &[
            "exercise",
            "check",
            "ex/key.json",
            "answers",
            "--format",
            "html",
            "-o",
            "class.html",
        ],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(read(dir.path(), "class.html").contains("<h2 id=\"student-ben\">"));
}

#[test]
fn a_malformed_line_exits_2_naming_file_and_line_and_the_others_are_still_reported() {
    let dir = exercise();
    let blank = read(dir.path(), "ex/worksheet.txt");
    let bad = blank.replacen("S2 [ ] L", "S2 [maybe] L", 1);
    let bad_line = bad.lines().position(|l| l.starts_with("S2 ")).unwrap() + 1;
    std::fs::write(dir.path().join("answers/carl.txt"), &bad).unwrap();
    std::fs::write(
        dir.path().join("answers/dina.txt"),
        perfect_sheet(dir.path()),
    )
    .unwrap();
    std::fs::write(dir.path().join("answers/eve.txt"), &blank).unwrap();
    let before: Vec<Vec<u8>> = ["carl", "dina", "eve"]
        .map(|s| std::fs::read(dir.path().join(format!("answers/{s}.txt"))).unwrap())
        .to_vec();
    let o = slant(
        &[
            "exercise",
            "check",
            "ex/key.json",
            "answers",
            "--format",
            "json",
            "-o",
            "class.json",
        ],
        None,
        dir.path(),
    );
    // The report of the others is saved, and said so, before the one-line error.
    let err = stderr(&o);
    let (saved, rest) = err.split_once('\n').unwrap();
    assert_eq!(saved, "saved class.json (class report, JSON)");
    // eve handed the worksheet in unanswered: a note, then the error.
    let (note, error) = rest.split_once('\n').unwrap();
    assert!(
        note.starts_with("note: answers/eve.txt has no box ticked"),
        "{err}"
    );
    assert_one_line_error(
        &std::process::Output {
            stderr: error.as_bytes().to_vec(),
            ..o
        },
        &format!("answers/carl.txt:{bad_line}: S2: the L box holds `maybe`"),
    );
    let report: CheckJson = serde_json::from_str(&read(dir.path(), "class.json")).unwrap();
    let students: Vec<&str> = report.students.iter().map(|s| s.student.as_str()).collect();
    assert_eq!(students, ["dina", "eve"]);
    assert_eq!(report.refused[0].student, "carl");
    assert_eq!(report.refused[0].errors[0].line, Some(bad_line as u32));
    // Several problems: a count, then one line each.
    std::fs::write(
        dir.path().join("answers/fred.txt"),
        "Dear teacher,\nI forgot.\n",
    )
    .unwrap();
    let o = check_class(dir.path());
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("2 of 4 answer sheets refused"), "{err}");
    assert!(err.contains("answers/fred.txt: no article id"), "{err}");
    assert!(
        err.contains("answers/fred.txt:1: not a worksheet line"),
        "{err}"
    );
    assert!(stdout(&o).contains("== dina"));
    // No student's file was touched, and none can be written over by the report.
    let o = slant(
        &[
            "exercise",
            "check",
            "ex/key.json",
            "answers",
            "-o",
            "answers/eve.txt",
        ],
        None,
        dir.path(),
    );
    assert_one_line_error(&o, "refusing to overwrite an input file");
    let after: Vec<Vec<u8>> = ["carl", "dina", "eve"]
        .map(|s| std::fs::read(dir.path().join(format!("answers/{s}.txt"))).unwrap())
        .to_vec();
    assert_eq!(before, after);
}

#[test]
fn a_worksheet_of_another_article_or_with_unknown_sentences_is_refused() {
    let dir = exercise();
    std::fs::write(
        dir.path().join("other.txt"),
        "The thugs won. Everyone knows it.",
    )
    .unwrap();
    let o = slant(
        &["exercise", "new", "other.txt", "-o", "other"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::copy(
        dir.path().join("other/worksheet.txt"),
        dir.path().join("answers/gil.txt"),
    )
    .unwrap();
    let o = slant(
        &["exercise", "check", "ex/key.json", "answers/gil.txt"],
        None,
        dir.path(),
    );
    assert_one_line_error(
        &o,
        "answers/gil.txt:2: this worksheet is for another article",
    );
    let extra = read(dir.path(), "ex/worksheet.txt") + "S40 [x] L [ ] U [ ] A\n";
    std::fs::write(dir.path().join("answers/gil.txt"), extra).unwrap();
    let o = slant(
        &["exercise", "check", "ex/key.json", "answers/gil.txt"],
        None,
        dir.path(),
    );
    assert_one_line_error(&o, "S40 is not on this worksheet, which has S1 to S4");
    std::fs::write(dir.path().join("answers/gil.txt"), b"\xff\xfe\x00S").unwrap();
    let o = slant(
        &["exercise", "check", "ex/key.json", "answers/gil.txt"],
        None,
        dir.path(),
    );
    assert_one_line_error(&o, "answers/gil.txt: this file is UTF-16");
    let o = slant(
        &["exercise", "check", "op-ed.txt", "answers/gil.txt"],
        None,
        dir.path(),
    );
    assert_one_line_error(&o, "op-ed.txt: not a slant exercise key");
}

/// `slant compare` on two of the sample texts in `reports/`, which must succeed.
fn compare_two_samples() -> std::process::Output {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = slant(
        &[
            "compare",
            "reports/parking-meters.txt",
            "reports/phones-in-class.txt",
        ],
        None,
        root,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    o
}

#[test]
fn compare_shows_both_samples_side_by_side_as_a_table_and_a_page() {
    let o = compare_two_samples();
    let table = stdout(&o);
    // Long cells wrap to fit 80 columns (see compare_fits_an_80_column_terminal).
    // The folder both share is said once above the table, the columns named by file.
    assert!(table.starts_with("In reports/\n"), "{table}");
    for needle in [
        "parking-meters.txt",
        "phones-in-class.txt",
        "loaded language per",
        "most charged",
        "brazen",
    ] {
        assert!(table.contains(needle), "{needle}: {table}");
    }
    let header = table.lines().nth(2).unwrap();
    assert!(header.find("parking").unwrap() < header.find("phones").unwrap());
    let out = tempfile::tempdir().unwrap();
    let page = out.path().join("compare.html");
    let o = slant(
        &[
            "compare",
            "reports/parking-meters.txt",
            "reports/phones-in-class.txt",
            "--format",
            "html",
            "-o",
            page.to_str().unwrap(),
        ],
        None,
        Path::new(env!("CARGO_MANIFEST_DIR")),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.contains("<th>reports/parking-meters.txt</th><th>reports/phones-in-class.txt</th>")
    );
}

#[test]
fn exercise_new_prints_its_folder_and_key_without_a_double_slash() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("op-ed.txt"), ARTICLE).unwrap();
    for (given, folder, key) in [
        ("ex/", "wrote ex/:", "check ex/key.json FOLDER"),
        ("ex2", "wrote ex2/:", "check ex2/key.json FOLDER"),
        ("ex3//", "wrote ex3/:", "check ex3/key.json FOLDER"),
    ] {
        let o = slant(
            &["exercise", "new", "op-ed.txt", "-o", given],
            None,
            dir.path(),
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let out = stdout(&o);
        assert!(!out.contains("//"), "{out}");
        assert!(out.contains(folder), "{out}");
        assert!(out.contains(key), "{out}");
    }
}

/// The newcomer6 trial: `exercise new -o ex.pdf` made a folder named ex.pdf holding the
/// four files. A file's name is refused in one line (exit 2) saying -o names a folder,
/// and nothing is made; `ex.pdf/`, said to be a folder, is still one.
#[test]
fn exercise_new_refuses_a_file_name_for_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("op-ed.txt"), ARTICLE).unwrap();
    for given in ["ex.pdf", "worksheet.html", "key.json"] {
        let o = slant(
            &["exercise", "new", "op-ed.txt", "-o", given],
            None,
            dir.path(),
        );
        assert_one_line_error(&o, &format!("{given}: -o names the folder"));
        assert!(!dir.path().join(given).exists(), "{given}");
    }
    let o = slant(
        &["exercise", "new", "op-ed.txt", "-o", "ex.pdf/"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(dir.path().join("ex.pdf/key.json").exists());
}

/// The newcomer6 trial: `compare` headed its columns with the whole paths, which a
/// 60-column terminal showed as six lines of scraps each. Now every line fits, the
/// columns are headed by the file names (cut with "…" when long), and the shared folder
/// and each whole file name are said above the table.
#[test]
fn compare_names_long_paths_above_a_60_column_table() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("class-work/semester-one/week-three-op-eds");
    std::fs::create_dir_all(&folder).unwrap();
    let names = [
        "amara-four-day-week-final-draft.txt",
        "ben-school-lunches-second-version.txt",
    ];
    for name in names {
        std::fs::write(folder.join(name), ARTICLE).unwrap();
    }
    let paths = names.map(|n| format!("class-work/semester-one/week-three-op-eds/{n}"));
    let o = common::slant_with_env(
        &["compare", &paths[0], &paths[1]],
        &[("COLUMNS", "60")],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert_fits(&out, 60);
    let words: Vec<&str> = out.split_whitespace().collect();
    assert!(
        words.contains(&"class-work/semester-one/week-three-op-eds/"),
        "{out}"
    );
    for name in names {
        assert!(words.contains(&name), "{name}\n{out}");
    }
    assert!(out.contains("amara-four-day…"), "{out}");
}

/// The newcomer6 trial: a copy of the worksheet handed in unanswered counted as a student
/// who found nothing (agreement 0.00 in every column), and nothing said so. Now a note
/// names it; a sheet with a box ticked gets none.
#[test]
fn a_sheet_with_no_box_ticked_is_pointed_out() {
    let dir = exercise();
    std::fs::copy(
        dir.path().join("ex/worksheet.txt"),
        dir.path().join("answers/chen.txt"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("answers/amara.txt"),
        perfect_sheet(dir.path()),
    )
    .unwrap();
    let o = check_class(dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("note: answers/chen.txt has no box ticked"),
        "{err}"
    );
    assert!(!err.contains("amara"), "{err}");
}

#[test]
fn compare_fits_an_80_column_terminal() {
    let o = compare_two_samples();
    let table = stdout(&o);
    assert_fits(&table, 80);
    // Wrapped, not cut: the most charged paragraph is all there, word by word.
    let words: Vec<&str> = table
        .lines()
        .flat_map(|l| l.split(['│', '┆']).nth(2))
        .flat_map(str::split_whitespace)
        .collect();
    let joined = words.join(" ");
    assert!(
        joined.contains("Everyone knows the so-called \"modernization\" was never about traffic."),
        "{table}"
    );
}

/// The worked example: the exercise of `reports/exercise/article.txt`, two students'
/// sheets written by hand in `answers/`, and the class report in three formats.
#[test]
fn the_worked_example_is_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let example = root.join("reports/exercise");
    let overwrite = std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite");
    let fresh = tempfile::tempdir().unwrap();
    let fresh_dir = fresh.path().to_str().unwrap();
    let o = slant(
        &[
            "exercise",
            "new",
            "reports/exercise/article.txt",
            "-o",
            fresh_dir,
        ],
        None,
        root,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let fresh_key = fresh.path().join("key.json");
    for (format, name) in [
        ("table", "class-report.txt"),
        ("json", "class-report.json"),
        ("html", "class-report.html"),
    ] {
        let o = slant(
            &[
                "exercise",
                "check",
                fresh_key.to_str().unwrap(),
                "reports/exercise/answers",
                "--format",
                format,
                "-o",
                fresh.path().join(name).to_str().unwrap(),
            ],
            None,
            root,
        );
        assert!(
            o.status.success(),
            "the worked example's sheets are valid: {}",
            stderr(&o)
        );
    }
    let mut stale = Vec::new();
    for name in [
        "worksheet.txt",
        "worksheet.html",
        "key.json",
        "key.html",
        "class-report.txt",
        "class-report.json",
        "class-report.html",
    ] {
        let made = std::fs::read_to_string(fresh.path().join(name)).unwrap();
        let kept = example.join(name);
        if overwrite {
            std::fs::write(&kept, &made).unwrap();
        } else if std::fs::read_to_string(&kept).unwrap_or_default() != made {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "stale files in reports/exercise/: {stale:?}\nregenerate with: SNAPSHOTS=overwrite cargo test --test exercise"
    );
    // The hand-written sheets are two different students: one close to slant, one not.
    let report: CheckJson =
        serde_json::from_str(&std::fs::read_to_string(example.join("class-report.json")).unwrap())
            .unwrap();
    let f1: Vec<f64> = report.students.iter().map(|s| s.overall.f1).collect();
    assert_eq!(f1.len(), 2);
    assert!(f1[0] != f1[1], "{f1:?}");
}

/// Pieces of what students type: boxes, ticks, numbers, bars, notes, comments, ids,
/// line breaks and other scripts.
fn typed() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "S",
        "s",
        "1",
        "2",
        "3",
        "4",
        "0",
        "99999999999",
        "[",
        "]",
        "[ ]",
        "[x]",
        "[X]",
        "[*]",
        "[✓]",
        "[?]",
        " ",
        "  ",
        "\t",
        "L",
        "U",
        "A",
        "l",
        "Q",
        "|",
        ";",
        ",",
        ":",
        "=",
        "#",
        "\n",
        "\r\n",
        "\r",
        "# article ",
        "fnv1a64:",
        "brazen",
        "é",
        "字",
        "\u{feff}",
        "\u{200b}",
        "🙂",
        "S1 [ ] L [ ] U [ ] A",
        "S2 [x] L [ ] U [x] A | L: plan; A: never",
    ]);
    prop_oneof![
        prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat()),
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Any text as a student's sheet gives a report or errors with lines in the file,
    /// never a panic, and every view of the report renders.
    #[test]
    fn any_sheet_gives_a_report_or_clear_errors(typed in typed(), with_header in any::<bool>()) {
        use slant::exercise::{check, class_report, key::Key, worksheet};
        static KEY: std::sync::OnceLock<Key> = std::sync::OnceLock::new();
        let key = KEY.get_or_init(|| {
            let analyzer = slant::Analyzer::new(&slant::LexiconSet::builtin());
            Key::new(ARTICLE, &analyzer.analyze(ARTICLE), "op-ed.txt")
        });
        let text = if with_header {
            format!("# article {}\n{typed}", key.article.hash)
        } else {
            typed
        };
        let lines = text.lines().count() as u32;
        let sheet = check::read_sheet(key, &text);
        if let Err(errors) = &sheet {
            prop_assert!(!errors.is_empty());
            for e in errors {
                prop_assert!(!e.message.is_empty());
                prop_assert!(e.line.is_none_or(|l| l >= 1 && l <= lines));
            }
        }
        let report = check::class_report(key, vec![check::Submission {
            student: "s".to_string(),
            file: "s.txt".to_string(),
            sheet,
        }]);
        prop_assert_eq!(report.students.len() + report.refused.len(), 1);
        let json = report.to_json();
        prop_assert_eq!(serde_json::from_str::<check::ClassReport>(&json).unwrap(), report.clone());
        let _ = class_report::render_table(&report, 80);
        let _ = class_report::render_html(&report);
        let _ = worksheet::parse(&text);
    }
}

#[test]
fn check_and_compare_take_the_format_from_the_output_file_s_extension() {
    let dir = exercise();
    std::fs::write(
        dir.path().join("answers/ana.txt"),
        perfect_sheet(dir.path()),
    )
    .unwrap();
    // `-o class.html` without --format writes a page, as `slant analyze` does, not a
    // table in a file named .html (a teacher opened it and saw box-drawing soup).
    for (file, what, starts) in [
        ("class.html", "class report, HTML page", "<!DOCTYPE html>"),
        ("class.json", "class report, JSON", "{"),
        ("class.txt", "class report, table", "Class report: "),
    ] {
        let o = slant(
            &["exercise", "check", "ex/key.json", "answers", "-o", file],
            None,
            dir.path(),
        );
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(stderr(&o), format!("saved {file} ({what})\n"));
        let written = read(dir.path(), file);
        assert!(written.starts_with(starts), "{file}: {written}");
    }
    // A second article (a worksheet is refused as one: it is a student's answers).
    std::fs::write(
        dir.path().join("other.txt"),
        "The council met on Monday and voted to keep the meters.\n",
    )
    .unwrap();
    let o = slant(
        &["compare", "op-ed.txt", "other.txt", "-o", "both.html"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o), "saved both.html (comparison, HTML page)\n");
    assert!(read(dir.path(), "both.html").starts_with("<!DOCTYPE html>"));
}

/// A web page as a browser saves it: a script, a menu and markup around the article
/// (`ARTICLE`'s last paragraphs).
const SAVED_PAGE: &str = "<!DOCTYPE html><html><head><title>Meters | Town Post</title>\
<script>var track = 1;</script></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
<article><h1>Parking Wars</h1>\
<p>The council's brazen plan will never work. Many experts say shops will close. The vote is on Monday.</p>\
<p>Everyone knows the meters are a scam.</p></article></body></html>";

#[test]
fn compare_segment_and_exercise_new_read_a_saved_web_page_by_its_article() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("op-ed.txt"), ARTICLE).unwrap();
    std::fs::write(dir.path().join("page.html"), SAVED_PAGE).unwrap();
    // compare: the page's column holds the article, not its markup.
    let o = slant(&["compare", "op-ed.txt", "page.html"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let table = stdout(&o);
    assert!(table.contains("brazen"), "{table}");
    for markup in ["<p>", "<nav", "track", "href"] {
        assert!(!table.contains(markup), "{markup}: {table}");
    }
    // segment: the article's sentences.
    let o = slant(&["segment", "page.html"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let sentences = stdout(&o);
    assert!(
        sentences.contains("\nEveryone knows the meters are a scam.\n"),
        "{sentences}"
    );
    assert!(!sentences.contains('<'), "{sentences}");
    // exercise new: a worksheet of the article's sentences, and a note saying so.
    let o = slant(
        &["exercise", "new", "page.html", "-o", "ex"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("note: this is a web page"),
        "{}",
        stdout(&o)
    );
    let sheet = read(dir.path(), "ex/worksheet.txt");
    let lines: Vec<&str> = sheet.lines().filter(|l| l.starts_with('S')).collect();
    assert_eq!(lines.len(), 4, "{sheet}");
    assert!(!sheet.contains('<'), "{sheet}");
    // A Word file: how to get plain text, on one line.
    std::fs::write(dir.path().join("essay.docx"), b"PK\x03\x04\x14\x00\x06\x00").unwrap();
    for args in [
        &["compare", "op-ed.txt", "essay.docx"][..],
        &["exercise", "new", "essay.docx", "-o", "ex2"],
    ] {
        assert_one_line_error(
            &slant(args, None, dir.path()),
            "essay.docx: this is a Word document",
        );
    }
}

#[test]
fn a_class_folder_s_word_pdf_and_empty_sheets_are_refused_with_a_reason_not_passed_over() {
    let dir = exercise();
    let answers = dir.path().join("answers");
    std::fs::write(answers.join("ana.txt"), perfect_sheet(dir.path())).unwrap();
    // A Word file (a ZIP holding word/document.xml), a PDF, a file left empty.
    std::fs::write(
        answers.join("ben.docx"),
        b"PK\x03\x04\x14\x00[Content_Types].xml word/document.xml",
    )
    .unwrap();
    std::fs::write(answers.join("cleo.pdf"), b"%PDF-1.4\n%\xe2\xe3\n1 0 obj").unwrap();
    std::fs::write(answers.join("dan.txt"), "").unwrap();
    // What Windows and Word leave in a folder is nobody's sheet.
    std::fs::write(answers.join("Thumbs.db"), b"\x00\x01binary").unwrap();
    std::fs::write(answers.join("~$ben.docx"), b"\x00lock").unwrap();
    // Class reports saved in the folder by an earlier check are not sheets either.
    for file in [
        "answers/class.html",
        "answers/class.json",
        "answers/class.txt",
    ] {
        let o = slant(
            &["exercise", "check", "ex/key.json", "answers", "-o", file],
            None,
            dir.path(),
        );
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    }
    let o = check_class(dir.path());
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("3 of 4 answer sheets refused"), "{err}");
    assert!(
        err.contains("answers/ben.docx: this is a Word document, not plain text"),
        "{err}"
    );
    assert!(err.contains("answers/cleo.pdf: this is a PDF"), "{err}");
    assert!(err.contains("answers/dan.txt: the file is empty"), "{err}");
    assert!(!err.contains("Thumbs") && !err.contains("class."), "{err}");
    assert!(
        stdout(&o).contains("(1 sheet read, 3 refused"),
        "{}",
        stdout(&o)
    );
    // No sheet read at all: the reasons, without a report of empty tables.
    let o = slant(
        &["exercise", "check", "ex/key.json", "answers/ben.docx"],
        None,
        dir.path(),
    );
    assert_one_line_error(&o, "answers/ben.docx: this is a Word document");
    assert_eq!(stdout(&o), "");
    let o = slant(
        &["exercise", "check", "ex/key.json", "absent/"],
        None,
        dir.path(),
    );
    assert_one_line_error(&o, "absent/: no such file or folder");
    assert_eq!(stdout(&o), "");
    // A sheet saved in Windows' own encoding: what to do about it.
    let mut sheet = perfect_sheet(dir.path()).into_bytes();
    sheet.extend_from_slice(b"# the mayor\x92s plan\n");
    std::fs::write(dir.path().join("eli.txt"), sheet).unwrap();
    let o = slant(
        &["exercise", "check", "ex/key.json", "eli.txt"],
        None,
        dir.path(),
    );
    assert_one_line_error(&o, "eli.txt: not valid UTF-8 at byte");
    assert!(
        stderr(&o).contains("save it again as UTF-8"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_class_report_never_replaces_the_article_or_the_exercise_s_files() {
    let dir = exercise();
    std::fs::write(
        dir.path().join("answers/ana.txt"),
        perfect_sheet(dir.path()),
    )
    .unwrap();
    let before: Vec<Vec<u8>> = ["op-ed.txt", "ex/worksheet.txt", "ex/key.html"]
        .map(|f| std::fs::read(dir.path().join(f)).unwrap())
        .to_vec();
    for target in ["op-ed.txt", "ex/worksheet.txt", "ex/key.html"] {
        let o = slant(
            &["exercise", "check", "ex/key.json", "answers", "-o", target],
            None,
            dir.path(),
        );
        assert_one_line_error(&o, &format!("{target}: refusing to overwrite"));
    }
    let after: Vec<Vec<u8>> = ["op-ed.txt", "ex/worksheet.txt", "ex/key.html"]
        .map(|f| std::fs::read(dir.path().join(f)).unwrap())
        .to_vec();
    assert_eq!(before, after);
    // `exercise new -o` names a folder: a file there is one clear line, not "File exists".
    let o = slant(
        &["exercise", "new", "op-ed.txt", "-o", "answers/ana.txt"],
        None,
        dir.path(),
    );
    assert_one_line_error(&o, "answers/ana.txt: is a file: -o names the folder");
}

#[test]
fn a_student_s_second_copy_is_pointed_out_and_numbered_students_are_not() {
    let dir = exercise();
    let sheet = perfect_sheet(dir.path());
    std::fs::create_dir(dir.path().join("answers/late")).unwrap();
    for name in [
        "amara.txt",
        "amara (2).txt",
        "late/Amara - Copy.txt",
        "student1.txt",
        "student2.txt",
    ] {
        std::fs::write(dir.path().join("answers").join(name), &sheet).unwrap();
    }
    let o = check_class(dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "note: answers/amara (2).txt, answers/amara.txt and answers/late/Amara - Copy.txt \
         look like one student's sheets: each is counted in the class report; keep one and \
         check again\n"
    );
    // A copy of the worksheet handed in under its own name: who is "worksheet"?
    std::fs::write(dir.path().join("answers/worksheet (1).txt"), &sheet).unwrap();
    let o = slant(
        &[
            "exercise",
            "check",
            "ex/key.json",
            "answers/worksheet (1).txt",
        ],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "note: answers/worksheet (1).txt still has the worksheet's name, so the report calls \
         its student \"worksheet (1)\": rename it after the student\n"
    );
}

/// The newcomer5 trial: a student who deleted a sentence's line by mistake was counted
/// as not marking it, and nothing told the teacher; a note now names the lines a sheet
/// lacks. A sheet with every line says nothing.
#[test]
fn a_sheet_without_some_sentence_lines_is_pointed_out() {
    let dir = exercise();
    let sheet = perfect_sheet(dir.path());
    let without = |numbers: &[u32]| -> String {
        sheet
            .lines()
            .filter(|l| !numbers.iter().any(|n| l.starts_with(&format!("S{n} "))))
            .map(|l| format!("{l}\n"))
            .collect()
    };
    std::fs::write(dir.path().join("answers/amara.txt"), &sheet).unwrap();
    std::fs::write(dir.path().join("answers/ben.txt"), without(&[2])).unwrap();
    std::fs::write(dir.path().join("answers/chloe.txt"), without(&[1, 3])).unwrap();
    let o = check_class(dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "note: answers/ben.txt has no line for S2: it counts as not marked (deleted by \
         mistake? copy it back from worksheet.txt)\n\
         note: answers/chloe.txt has no lines for S1, S3: they count as not marked (deleted \
         by mistake? copy them back from worksheet.txt)\n"
    );
}

/// The newcomer4 trial: the class report's tables fit 80 columns, but its headings, key
/// and each student's feedback (slant's explanations) ran on to 150 columns.
#[test]
fn the_class_report_fits_an_80_column_terminal() {
    let dir = exercise();
    std::fs::write(
        dir.path().join("answers/ana.txt"),
        read(dir.path(), "ex/worksheet.txt"),
    )
    .unwrap();
    let o = check_class(dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("missed S"), "{out}");
    assert_fits(&out, 80);
    let words = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words
            .contains("Each student: \"missed\" is a sentence slant marks and the student did not"),
        "{out}"
    );
}
