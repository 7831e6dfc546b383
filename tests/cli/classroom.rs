//! What a student or teacher trips on in a class exercise: sheets whose names look alike,
//! answer sheets given to `slant analyze`, a lexicon alternative a student could not use.

use super::{OP_ED, workdir};
use crate::common::{assert_one_line_error, slant, stderr, stdout};
use std::path::Path;

/// An exercise of the op-ed in `ex/`, and copies of its worksheet in `answers/` under
/// `names` (folders made as needed); the worksheet with S1's L box ticked.
fn class(dir: &Path, names: &[&str]) {
    let made = slant(&["exercise", "new", "op-ed.txt", "-o", "ex"], None, dir);
    assert!(made.status.success(), "{}", stderr(&made));
    let sheet = std::fs::read_to_string(dir.join("ex/worksheet.txt"))
        .unwrap()
        .replacen("[ ] L", "[x] L", 1);
    for name in names {
        let path = dir.join("answers").join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &sheet).unwrap();
    }
}

/// `fatima.txt.txt` (Windows hides the second extension) was the student "fatima.txt" in
/// the class report, which a teacher reads as the file `fatima.txt`; two `amara.txt` in
/// two folders were both "amara". Each sheet now has a name no other file has.
/// `slant exercise check ex/key.json answers/ --format json` run in `dir`, which must
/// succeed: the class report as JSON.
fn class_report_json(dir: &Path) -> serde_json::Value {
    let out = slant(
        &[
            "exercise",
            "check",
            "ex/key.json",
            "answers/",
            "--format",
            "json",
        ],
        None,
        dir,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

#[test]
fn two_sheets_never_get_one_name_nor_another_file_s_name() {
    let dir = workdir();
    class(
        dir.path(),
        &[
            "fatima.txt",
            "fatima.txt.txt",
            "amara.txt",
            "late/amara.txt",
            "ben.md",
        ],
    );
    let report = class_report_json(dir.path());
    let students: Vec<&str> = report["students"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["student"].as_str().unwrap())
        .collect();
    assert_eq!(
        students,
        [
            "amara.txt",
            "ben",
            "fatima",
            "fatima.txt.txt",
            "late/amara.txt"
        ]
    );
    let table = slant(
        &["exercise", "check", "ex/key.json", "answers/"],
        None,
        dir.path(),
    );
    let table = stdout(&table);
    assert!(table.contains("│ fatima.txt.txt"), "{table}");
    assert!(!table.contains("│ fatima.txt "), "{table}");
}

/// `slant analyze answers/` on the students' filled-in worksheets analysed each as an
/// article (a report of its header and boxes). Now one line says they are worksheets and
/// gives the command that marks them, with the key found beside the folder.
#[test]
fn answer_sheets_given_to_analyze_point_at_exercise_check() {
    let dir = workdir();
    class(dir.path(), &["amara.txt", "jonas.txt"]);
    let folder = slant(&["analyze", "answers/"], None, dir.path());
    assert_one_line_error(
        &folder,
        "answers/: holds 2 worksheets of a slant exercise (students' answers), not articles: \
         mark them with `slant exercise check ex/key.json answers/`",
    );
    assert!(stdout(&folder).is_empty(), "{}", stdout(&folder));
    let file = slant(
        &["analyze", "answers/amara.txt", "--detail"],
        None,
        dir.path(),
    );
    assert_one_line_error(
        &file,
        "answers/amara.txt: this is a slant exercise's worksheet (a student's answers), not \
         an article: mark it with `slant exercise check ex/key.json answers/amara.txt`",
    );
    // A sheet saved by Windows' Notepad (a byte-order mark, CRLF lines) is one too.
    let sheet = std::fs::read_to_string(dir.path().join("answers/amara.txt")).unwrap();
    std::fs::write(
        dir.path().join("answers/amara.txt"),
        format!("\u{feff}{}", sheet.replace('\n', "\r\n")),
    )
    .unwrap();
    assert_one_line_error(
        &slant(&["analyze", "answers/"], None, dir.path()),
        "answers/: holds 2 worksheets",
    );
    // The exercise's own folder names its key.
    assert_one_line_error(
        &slant(&["analyze", "ex/"], None, dir.path()),
        "to mark the answers run `slant exercise check ex/key.json ANSWERS`",
    );
    // Without the key nearby, the command says what KEY is.
    std::fs::remove_dir_all(dir.path().join("ex")).unwrap();
    let lost = slant(&["analyze", "answers"], None, dir.path());
    assert_one_line_error(
        &lost,
        "mark them with `slant exercise check KEY answers` (KEY: the key.json `slant exercise new` wrote)",
    );
    // Among articles, the sheets are passed over with a note and the articles analysed.
    std::fs::write(dir.path().join("answers/op-ed.txt"), OP_ED).unwrap();
    let mixed = slant(&["analyze", "answers"], None, dir.path());
    assert!(mixed.status.success(), "{}", stderr(&mixed));
    assert!(stdout(&mixed).contains("thugs") || stdout(&mixed).contains("Why the Plan"));
    assert!(!stdout(&mixed).contains("amara"), "{}", stdout(&mixed));
    assert!(
        stderr(&mixed).contains("note: answers: holds 2 worksheets"),
        "{}",
        stderr(&mixed)
    );
}

/// A new-user trial: `slant analyze .` in a class folder (the article, the exercise, the
/// answers in `answers/` and a late sheet in `answers/late/`) said to mark the sheets with
/// `slant exercise check ./ex/key.json .`, which then read the article and the exercise's
/// own files as sheets. The command names the folder holding every sheet.
#[test]
fn the_command_for_sheets_found_in_a_class_folder_names_their_folder() {
    // (sheets under answers/, the folder the command names)
    let cases: &[(&[&str], &str)] = &[
        (&["amara.txt", "late/sam.txt"], "./answers`"),
        (&["amara.txt", "jonas.txt"], "./answers`"),
        (&["a/amara.txt", "b/jonas.txt"], "./answers`"),
        (&["late/sam.txt"], "./answers/late`"),
    ];
    for (sheets, folder) in cases {
        let dir = workdir();
        class(dir.path(), sheets);
        let o = slant(&["analyze", "."], None, dir.path());
        assert!(o.status.success(), "{sheets:?}: {}", stderr(&o));
        let said = format!("mark them with `slant exercise check ./ex/key.json {folder}");
        assert!(stderr(&o).contains(&said), "{sheets:?}: {}", stderr(&o));
    }
    // Run in the answers' own folder, the key is found beside it.
    let dir = workdir();
    class(dir.path(), &["amara.txt"]);
    let o = slant(&["analyze", "."], None, &dir.path().join("answers"));
    assert_one_line_error(&o, "mark them with `slant exercise check ../ex/key.json .`");
}

/// A new-user trial: `slant analyze answers/` with an empty `ella.txt` and a Word file
/// saved as `mia.txt` beside the sheets printed an empty table naming no file, then
/// failed (exit 2) on the Word file. The Word file is passed over and named, as a `.docx`
/// is, and a note names the one file read.
#[test]
fn the_one_file_read_among_sheets_is_named_and_a_word_file_named_txt_passed_over() {
    let dir = workdir();
    class(dir.path(), &["amara.txt", "jonas.txt"]);
    std::fs::write(dir.path().join("answers/ella.txt"), "").unwrap();
    std::fs::write(
        dir.path().join("answers/mia.txt"),
        b"PK\x03\x04\x14\0\0\0[Content_Types].xml word/document.xml",
    )
    .unwrap();
    let o = slant(&["analyze", "answers/"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    for said in [
        "note: read answers/ella.txt, the only file in answers/ slant reads",
        "note: passed over 1 document slant cannot read (Word, PDF, OpenDocument or RTF): answers/mia.txt;",
        "note: answers/: holds 2 worksheets",
    ] {
        assert!(err.contains(said), "{said}: {err}");
    }
    assert!(stdout(&o).contains("no text to analyse"), "{}", stdout(&o));
    // Named on the command line, the Word file is still refused with what to do.
    assert_one_line_error(
        &slant(&["analyze", "answers/mia.txt"], None, dir.path()),
        "answers/mia.txt: this is a Word document, not plain text",
    );
}

/// The "shameful" entry offered "criticized, disputed" in place of an adjective ("a
/// criticized and cowardly vote"). Its alternative is now a neutral adjective a student
/// can put in the sentence, and the sentence so changed is not flagged for it.
#[test]
fn the_shameful_entry_offers_a_neutral_word_a_student_can_use() {
    let dir = workdir();
    let out = slant(
        &["analyze", "-", "--detail"],
        Some(b"It was a shameful vote.\n"),
        dir.path(),
    );
    let detail = stdout(&out);
    assert!(
        detail
            .contains("instead: controversial, contested (and say what was done and who objects)"),
        "{detail}"
    );
    let plain = slant(
        &["analyze", "-", "--format", "json"],
        Some(b"It was a controversial vote. It was a contested vote.\n"),
        dir.path(),
    );
    let report: serde_json::Value = serde_json::from_str(&stdout(&plain)).unwrap();
    assert_eq!(report["findings"], serde_json::json!([]), "{report}");
}

/// A new-teacher trial: a typo in a file's name (`op-ed.tx`) got only "no such file or
/// folder". A file or folder beside it whose name is a near miss is suggested, in one line
/// (exit 2); a name near nothing, or equally near two, gets the plain line.
#[test]
fn a_mistyped_name_gets_the_near_file_beside_it() {
    let dir = workdir();
    std::fs::create_dir(dir.path().join("class")).unwrap();
    for file in ["class/essay1.txt", "class/essay2.txt", "class/amara.txt"] {
        std::fs::write(dir.path().join(file), OP_ED).unwrap();
    }
    let cases = [
        (
            "op-ed.tx",
            "op-ed.tx: no such file or folder; did you mean op-ed.txt?",
        ),
        (
            "Op-Ed.txt",
            "Op-Ed.txt: no such file or folder; did you mean op-ed.txt?",
        ),
        (
            "op_ed.txt",
            "op_ed.txt: no such file or folder; did you mean op-ed.txt?",
        ),
        (
            "class/amaar.txt",
            "class/amaar.txt: no such file or folder; did you mean class/amara.txt?",
        ),
        ("clas", "clas: no such file or folder; did you mean class?"),
        (
            "class/essay3.txt",
            "class/essay3.txt: no such file or folder",
        ),
        ("budget.txt", "budget.txt: no such file or folder"),
        (
            "nowhere/op-ed.tx",
            "nowhere/op-ed.tx: no such file or folder",
        ),
    ];
    for (typed, said) in cases {
        let o = slant(&["analyze", typed], None, dir.path());
        assert_eq!(o.status.code(), Some(2), "{typed}");
        assert_eq!(stderr(&o), format!("slant: error: {said}\n"), "{typed}");
    }
}

/// What a first hour with the README met: the British spelling of the command, a file
/// named as a file manager that hides extensions shows it, and the arguments of
/// `exercise check` given as folders, swapped, or with the worksheet for the key.
#[test]
fn first_hour_slips_get_what_was_meant_or_the_right_command() {
    let dir = workdir();
    class(dir.path(), &["amara.txt"]);
    let british = slant(&["analyse", "op-ed.txt"], None, dir.path());
    assert!(british.status.success(), "{}", stderr(&british));
    assert!(stdout(&british).contains("thugs") || stdout(&british).contains("¶"));
    assert_one_line_error(
        &slant(&["analyze", "op-ed"], None, dir.path()),
        "op-ed: no such file or folder; did you mean op-ed.txt?",
    );
    // The exercise's folder stands for its key.
    let folder = slant(&["exercise", "check", "ex/", "answers/"], None, dir.path());
    assert!(folder.status.success(), "{}", stderr(&folder));
    assert!(stdout(&folder).contains("amara"), "{}", stdout(&folder));
    assert_one_line_error(
        &slant(
            &["exercise", "check", "answers/", "ex/key.json"],
            None,
            dir.path(),
        ),
        "answers/: is a folder without a key.json: give the exercise's key first",
    );
    assert_one_line_error(
        &slant(
            &["exercise", "check", "ex/worksheet.txt", "answers/"],
            None,
            dir.path(),
        ),
        "ex/worksheet.txt: not a slant exercise key: give the key.json that `slant exercise new` wrote",
    );
}

/// A teacher who checks the lexicon file they just wrote, as the README's example names
/// it, got "cannot read lexicon folder: Not a directory" and "1 problem found": one
/// line now says to give its folder, and names it.
#[test]
fn a_lexicon_file_given_for_its_folder_names_the_folder() {
    let dir = workdir();
    std::fs::create_dir(dir.path().join("class-words")).unwrap();
    std::fs::write(
        dir.path().join("class-words/loaded-class.toml"),
        "category = \"loaded-language\"\ndescription = \"Our words\"\n\n[[entry]]\nphrases = [\"bully-boy\"]\nweight = 2\n\
         explanation = \"Name-calling.\"\n",
    )
    .unwrap();
    for args in [
        &["lexicons", "check", "class-words/loaded-class.toml"][..],
        &[
            "analyze",
            "op-ed.txt",
            "--lexicons",
            "class-words/loaded-class.toml",
        ],
    ] {
        let o = slant(args, None, dir.path());
        assert_one_line_error(
            &o,
            "class-words/loaded-class.toml: is a file: lexicons are read by folder; give the \
             folder that holds it (class-words)",
        );
        assert!(stdout(&o).is_empty(), "{}", stdout(&o));
    }
    let ok = slant(&["lexicons", "check", "class-words"], None, dir.path());
    assert!(ok.status.success(), "{}", stdout(&ok));
}

/// `slant eval op-ed.txt` (a text, not labelled sentences) said "not a {"id", "text",
/// "labels"} JSON object: expected value at line 1 column 1".
#[test]
fn a_text_given_to_eval_points_at_analyze() {
    let dir = workdir();
    assert_one_line_error(
        &slant(&["eval", "op-ed.txt"], None, dir.path()),
        "op-ed.txt: not labelled sentences (one {\"id\", \"text\", \"labels\"} JSON object per \
         line): to analyze a text, run `slant analyze FILE`",
    );
}

/// Labels written as a JSON array (or its lines copied with their commas) were sent to
/// `slant analyze`, or got serde's "trailing characters at line 1 column 54".
#[test]
fn labels_written_as_a_json_array_say_how_to_write_the_lines() {
    let dir = workdir();
    let object = r#"{"id": "s1", "text": "The thugs won.", "labels": {"loaded": true}}"#;
    std::fs::write(
        dir.path().join("array.json"),
        format!("[{object},\n{object}]\n"),
    )
    .unwrap();
    let o = slant(&["eval", "array.json"], None, dir.path());
    assert_one_line_error(
        &o,
        "array.json: a JSON array: write one {\"id\", \"text\", \"labels\"} object per line",
    );
    assert!(!stderr(&o).contains("slant analyze"), "{}", stderr(&o));
    std::fs::write(
        dir.path().join("commas.jsonl"),
        format!("{object},\n{object}\n"),
    )
    .unwrap();
    let o = slant(&["eval", "commas.jsonl"], None, dir.path());
    assert_one_line_error(&o, "commas.jsonl:1: a comma after the object");
}

/// A Mac types "√" with Option-V: a sheet ticked so was refused ("the L box holds `√`").
#[test]
fn a_box_ticked_with_a_mac_s_check_mark_counts() {
    let dir = workdir();
    class(dir.path(), &["amara.txt"]);
    let sheet = std::fs::read_to_string(dir.path().join("answers/amara.txt")).unwrap();
    std::fs::write(
        dir.path().join("answers/amara.txt"),
        sheet.replacen("[ ] U", "[√] U", 1),
    )
    .unwrap();
    let report = class_report_json(dir.path());
    let marked = &report["class"]["sentences"][0]["students"];
    assert_eq!(marked["loaded-language"], 1, "{marked}");
    assert_eq!(marked["unsourced-assertion"], 1, "{marked}");
}

#[test]
fn the_class_report_page_is_refused_on_a_terminal_and_written_into_a_pipe() {
    let dir = workdir();
    class(dir.path(), &["amara.txt"]);
    let args = [
        "exercise",
        "check",
        "ex/key.json",
        "answers/",
        "--format",
        "html",
    ];
    let o = slant(&args, None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("<!DOCTYPE html>"));
    if let Some((code, shown)) = crate::common::slant_on_a_terminal(&args, dir.path()) {
        assert_eq!(code, Some(2), "{shown}");
        assert_eq!(shown.lines().count(), 1, "{shown}");
        assert!(shown.contains("add -o class.html"), "{shown}");
    }
}

/// `-o answers/` for the class report or a comparison suggested `answers/report`, a name
/// with no extension that then wrote a table; now a page's name, as the README's examples.
#[test]
fn a_folder_given_to_o_suggests_a_page_s_name() {
    let dir = workdir();
    class(dir.path(), &["amara.txt"]);
    let o = slant(
        &["exercise", "check", "ex/key.json", "answers/", "-o", "ex/"],
        None,
        dir.path(),
    );
    assert_one_line_error(&o, "such as ex/class.html");
    std::fs::write(dir.path().join("b.txt"), "The plan failed.").unwrap();
    let o = slant(
        &["compare", "op-ed.txt", "b.txt", "-o", "answers/"],
        None,
        dir.path(),
    );
    assert_one_line_error(&o, "such as answers/comparison.html");
}

/// An exercise of an empty file (or of a title alone) wrote four files with no sentence
/// on the worksheet and said to hand it out; now nothing is written and one line says why.
#[test]
fn an_exercise_of_a_text_with_no_sentences_is_refused_and_writes_nothing() {
    let dir = workdir();
    for (name, text) in [("empty.txt", "\n"), ("title.txt", "Why the Plan Fails\n")] {
        std::fs::write(dir.path().join(name), text).unwrap();
        let o = slant(&["exercise", "new", name, "-o", "ex"], None, dir.path());
        assert_one_line_error(&o, &format!("{name}: no sentences to mark"));
        assert!(!dir.path().join("ex").exists(), "{name}");
    }
}

/// The answers checked against another exercise's key (last week's article) gave the same
/// reason once per sheet, with two article ids to compare; now one line says they are
/// another article's worksheets and names their key.
#[test]
fn answers_checked_against_another_article_s_key_name_their_own_key() {
    let dir = workdir();
    class(dir.path(), &["amara.txt", "ben.txt"]);
    std::fs::write(
        dir.path().join("other.txt"),
        "The brazen plan failed again.",
    )
    .unwrap();
    let made = slant(
        &["exercise", "new", "other.txt", "-o", "ex2"],
        None,
        dir.path(),
    );
    assert!(made.status.success(), "{}", stderr(&made));
    let o = slant(
        &["exercise", "check", "ex2/key.json", "answers/"],
        None,
        dir.path(),
    );
    assert_one_line_error(
        &o,
        "answers/: 2 worksheets of another article, not of other.txt (the key's): mark them \
         with `slant exercise check ex/key.json answers/`",
    );
}

/// An exercise of a one-sentence article said "(1 sentences)", "(1 sentences marked by
/// slant)", "1 worksheet sentences" and, checked, "1 sentences": each count now agrees
/// with its noun.
#[test]
fn counts_of_one_read_in_the_singular() {
    let dir = workdir();
    std::fs::write(dir.path().join("one.txt"), "The thugs lied again.\n").unwrap();
    let made = slant(
        &["exercise", "new", "one.txt", "-o", "ex"],
        None,
        dir.path(),
    );
    assert!(made.status.success(), "{}", stderr(&made));
    let said = stdout(&made);
    assert!(
        said.contains("worksheet.html (1 sentence) for the students")
            && said.contains("key.html (1 sentence marked by slant)"),
        "{said}"
    );
    let key = std::fs::read_to_string(dir.path().join("ex/key.html")).unwrap();
    assert!(
        key.contains("1 worksheet sentence, 1 marked by slant"),
        "{key}"
    );
    std::fs::create_dir(dir.path().join("answers")).unwrap();
    std::fs::copy(
        dir.path().join("ex/worksheet.txt"),
        dir.path().join("answers/ana.txt"),
    )
    .unwrap();
    let o = slant(
        &["exercise", "check", "ex/key.json", "answers/"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("(1 sheet read, 0 refused, 1 sentence)"),
        "{}",
        stdout(&o)
    );
}

/// The trial7 class folder: slant suggested `slant exercise check ./Exercise
/// op-ed/key.json ./Group A - Ørsted`, which a shell splits into five arguments. The
/// commands slant suggests quote a path for a POSIX shell when it needs it, and only then.
#[test]
fn suggested_commands_quote_paths_with_spaces_and_only_those() {
    // (the exercise's folder, the answers' folder, the commands suggested)
    let cases = [
        (
            "ex",
            "answers",
            [
                "slant exercise check ex/key.json FOLDER",
                "`slant exercise check ./ex/key.json ./answers`",
            ],
        ),
        (
            "Exercise op-ed",
            "Group A - Ørsted",
            [
                "slant exercise check 'Exercise op-ed/key.json' FOLDER",
                "`slant exercise check './Exercise op-ed/key.json' './Group A - Ørsted'`",
            ],
        ),
        (
            "Ørsted-ex",
            "Zoë's group",
            [
                "slant exercise check Ørsted-ex/key.json FOLDER",
                r"`slant exercise check ./Ørsted-ex/key.json './Zoë'\''s group'`",
            ],
        ),
    ];
    for (exercise, answers, [new, check]) in cases {
        let dir = workdir();
        let made = slant(
            &["exercise", "new", "op-ed.txt", "-o", exercise],
            None,
            dir.path(),
        );
        assert!(made.status.success(), "{}", stderr(&made));
        let said = format!("{}{}", stdout(&made), stderr(&made));
        assert!(said.contains(new), "{exercise}: {said}");
        let sheet = std::fs::read_to_string(dir.path().join(exercise).join("worksheet.txt"));
        std::fs::create_dir(dir.path().join(answers)).unwrap();
        std::fs::write(dir.path().join(answers).join("amara.txt"), sheet.unwrap()).unwrap();
        let o = slant(&["analyze", "."], None, dir.path());
        assert!(o.status.success(), "{answers}: {}", stderr(&o));
        assert!(stderr(&o).contains(check), "{answers}: {}", stderr(&o));
    }
}
