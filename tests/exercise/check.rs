//! `slant exercise check`: answer sheets marked against the key, and what a teacher is told about odd sheets.

use super::*;

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
    // … and the article the key was made from.
    assert_one_line_error(&o, "to analyze its article, run `slant analyze op-ed.txt`");
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
    assert_eq!(report.article.title.as_deref(), Some("Parking Wars"));
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
    // fred.txt is no sheet at all: said apart from carl's sheet with a bad line.
    assert!(err.contains("1 of 4 answer sheets refused"), "{err}");
    assert!(err.contains("1 file is not an answer sheet"), "{err}");
    // Each problem is an error line of its own; the count is the last line.
    let errors = err.lines().filter(|l| !l.starts_with("note: "));
    assert!(
        errors.clone().all(|l| l.starts_with("slant: error: ")),
        "{err}"
    );
    assert_eq!(errors.count(), 3, "{err}");
    assert!(
        err.lines()
            .last()
            .unwrap()
            .starts_with("slant: error: 1 of 4 answer sheets refused"),
        "{err}"
    );
    // Fred's letter is no worksheet: one problem, not one per line of it.
    assert!(err.contains("answers/fred.txt: not a worksheet: "), "{err}");
    assert!(!err.contains("answers/fred.txt:1:"), "{err}");
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
    // It names the worksheet's own key.
    assert_one_line_error(
        &o,
        "answers/gil.txt: a worksheet of another article, not of op-ed.txt (the key's): \
         mark it with `slant exercise check other/key.json answers/gil.txt`",
    );
    let extra = read(dir.path(), "ex/worksheet.txt") + "S40 [x] L [ ] U [ ] A\n";
    std::fs::write(dir.path().join("answers/gil.txt"), extra).unwrap();
    let o = slant(
        &["exercise", "check", "ex/key.json", "answers/gil.txt"],
        None,
        dir.path(),
    );
    assert_one_line_error(&o, "S40 is not on this worksheet, which has S1 to S4");
    // UTF-16 cut in a character (whole UTF-16 text is read).
    std::fs::write(dir.path().join("answers/gil.txt"), b"\xff\xfe\x00S\x00").unwrap();
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

/// The ux12 trial: a sheet with 1 box ticked of 21 was counted with no note, though it
/// looked handed in before the end. Under a quarter of slant's ticks, a note says so, in
/// the terminal and in the saved class report; a sheet with a quarter or more gets none.
#[test]
fn a_sheet_ticking_under_a_quarter_of_slant_s_boxes_is_said_to_look_unfinished() {
    let article = "The mayor's brazen plan will never work. Everyone knows the meters are a scam. \
                   Critics say the thugs at city hall always lie. The vote is on Monday.\n\n\
                   Many experts say the cronies clearly won. The council meets again in May.\n";
    let dir = exercise_of(article);
    let key: serde_json::Value = serde_json::from_str(&read(dir.path(), "ex/key.json")).unwrap();
    // Slant's ticks in sheet order: (sentence, box letter).
    let mut by_slant = Vec::new();
    for s in key["sentences"].as_array().unwrap() {
        for (category, letter) in CATEGORIES.iter().zip(["L", "U", "A"]) {
            if s["marked"][category] == true {
                by_slant.push((s["number"].as_u64().unwrap(), letter));
            }
        }
    }
    let slant_ticks = by_slant.len();
    assert!(slant_ticks >= 8, "{key}");
    let boxes = 3 * key["sentences"].as_array().unwrap().len();
    let blank = read(dir.path(), "ex/worksheet.txt");
    let sheet_with = |ticks: usize| {
        let mut sheet = blank.clone();
        for (number, letter) in &by_slant[..ticks] {
            let prefix = format!("S{number} ");
            let line = sheet
                .lines()
                .find(|l| l.starts_with(&prefix))
                .unwrap()
                .to_string();
            let ticked = line.replacen(&format!("[ ] {letter}"), &format!("[x] {letter}"), 1);
            sheet = sheet.replacen(&line, &ticked, 1);
        }
        sheet
    };
    // (ticks, looks unfinished): under a quarter of slant's ticks, and not none (that has
    // its own note).
    let quarter = slant_ticks.div_ceil(4);
    let cases = [
        (1, true),
        (quarter - 1, quarter - 1 > 0),
        (quarter, false),
        (slant_ticks, false),
    ];
    for (ticks, unfinished) in cases {
        std::fs::write(dir.path().join("answers/ben.txt"), sheet_with(ticks)).unwrap();
        let o = slant(
            &[
                "exercise",
                "check",
                "ex/key.json",
                "answers",
                "-o",
                "class.txt",
                "--force",
            ],
            None,
            dir.path(),
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let err = stderr(&o);
        let note = format!(
            "answers/ben.txt has {ticks} {} ticked of {boxes}, where slant ticks {slant_ticks}: \
             it looks unfinished",
            if ticks == 1 { "box" } else { "boxes" },
        );
        let said = err.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(said.contains(&note), unfinished, "{ticks} ticks: {err}");
        let saved = read(dir.path(), "class.txt");
        let saved = saved.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(
            saved.contains("looks unfinished"),
            unfinished,
            "{ticks} ticks: {saved}"
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
    // A sheet saved in Windows' own encoding (Word's "Plain Text") is read as such.
    let mut sheet = perfect_sheet(dir.path()).into_bytes();
    sheet.extend_from_slice(b"# the mayor\x92s plan\n");
    std::fs::write(dir.path().join("eli.txt"), &sheet).unwrap();
    let o = slant(
        &["exercise", "check", "ex/key.json", "eli.txt"],
        None,
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // A sheet in neither UTF-8 nor Windows-1252 (0x81 is unassigned there): what to do.
    sheet.extend_from_slice(b"# \x81\n");
    std::fs::write(dir.path().join("eli.txt"), &sheet).unwrap();
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
    for name in ["amara.txt", "amara (2).txt", "late/Amara - Copy.txt"] {
        std::fs::write(dir.path().join("answers").join(name), &sheet).unwrap();
    }
    // Two students of their own, with answers of their own (the same answers are a note
    // of another kind).
    for (name, untick) in [("student1.txt", 1), ("student2.txt", 2)] {
        let theirs = sheet.replacen("[x]", "[ ]", untick);
        std::fs::write(dir.path().join("answers").join(name), theirs).unwrap();
    }
    let o = check_class(dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "note: answers/amara (2).txt, answers/amara.txt and answers/late/Amara - Copy.txt \
         look like one student's sheets: each is counted in the class report; keep one and \
         check again\n"
    );
    // The saved report says it too (trial 4: only the terminal had), in the table and the page.
    for out in ["class.txt", "class.html"] {
        let o = slant(
            &["exercise", "check", "ex/key.json", "answers", "-o", out],
            None,
            dir.path(),
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let saved = std::fs::read_to_string(dir.path().join(out)).unwrap();
        assert!(
            saved.contains("look like one student") && saved.contains("amara (2).txt"),
            "{out}: {saved}"
        );
    }
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

/// Trial 5: a copy saved under another name ("amara-final-copy.txt") was counted as a second
/// student and tipped the class lists, with no note. Sheets of different names with the
/// same answers are pointed out; sheets that merely agree on a tick or two are not.
#[test]
fn sheets_of_different_names_with_the_same_answers_are_pointed_out() {
    let dir = exercise();
    let sheet = perfect_sheet(dir.path());
    assert!(sheet.matches("[x]").count() >= 3, "{sheet}");
    for name in ["amara.txt", "dan.txt", "lee.txt"] {
        std::fs::write(dir.path().join("answers").join(name), &sheet).unwrap();
    }
    // One box less: not the same answers.
    let other = sheet.replacen("[x]", "[ ]", 1);
    std::fs::write(dir.path().join("answers/zoe.txt"), other).unwrap();
    let o = check_class(dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "note: answers/amara.txt, answers/dan.txt and answers/lee.txt hold the same answers, \
         box for box and word for word: is one a copy? Each is counted in the class report; \
         keep one and check again\n"
    );
    // Two sheets agreeing on a single tick say nothing.
    let dir = exercise();
    let blank = std::fs::read_to_string(dir.path().join("ex/worksheet.txt")).unwrap();
    let one = blank.replacen("[ ]", "[x]", 1);
    for name in ["ana.txt", "ben.txt"] {
        std::fs::write(dir.path().join("answers").join(name), &one).unwrap();
    }
    let o = check_class(dir.path());
    assert!(!stderr(&o).contains("same answers"), "{}", stderr(&o));
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
    // The saved report says so too, not only the terminal (a new-teacher trial: the page
    // printed for the class did not say why a student's score was low).
    let chloe = "answers/chloe.txt has no lines for S1, S3";
    assert!(
        stdout(&o).contains("Sheets counted as they are"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains(chloe), "{}", stdout(&o));
    let o = slant(
        &[
            "exercise",
            "check",
            "ex/key.json",
            "answers",
            "-o",
            "class.html",
        ],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(read(dir.path(), "class.html").contains(chloe));
}

/// The ux16 trial: a sheet missing 43 lines in a row was named with 43 numbers ("S23, S24,
/// S25 … S65"), and given by name beside its folder (`answers answers/dana.txt`) it was
/// counted twice, each note said twice in the table and twice on the terminal. Lines in a
/// row are one run ("S1–S3"), and a sheet given twice is read once.
#[test]
fn lost_lines_in_a_row_are_one_run_and_a_sheet_given_twice_is_read_once() {
    let dir = exercise();
    let sheet = perfect_sheet(dir.path());
    let without: String = sheet
        .lines()
        .filter(|l| !["S1 ", "S2 ", "S3 "].iter().any(|n| l.starts_with(n)))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(dir.path().join("answers/dana.txt"), without).unwrap();
    let note = "answers/dana.txt has no lines for S1–S3: they count as not marked (deleted by \
                mistake? copy them back from worksheet.txt)";
    for answers in [
        &["answers"][..],
        &["answers", "answers/dana.txt"],
        &["answers/dana.txt", "answers/./dana.txt"],
    ] {
        let mut args = vec!["exercise", "check", "ex/key.json"];
        args.extend_from_slice(answers);
        let o = slant(&args, None, dir.path());
        assert!(o.status.success(), "{answers:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), format!("note: {note}\n"), "{answers:?}");
        let out = stdout(&o);
        assert_eq!(
            out.matches("has no lines for").count(),
            1,
            "{answers:?}: {out}"
        );
        assert_eq!(out.matches("== dana").count(), 1, "{answers:?}: {out}");
    }
}

/// A new-teacher trial: a tick written `| L scam` (no colon) and a line cut off partway
/// through its sentence were read without a word, so a student's L was lost unseen. Each
/// such line gets a note naming the file and line, the sheet is still counted, and the
/// run does not fail.
#[test]
fn slips_on_a_sheet_are_noted_by_file_and_line_and_the_sheet_still_counts() {
    let dir = exercise();
    let blank = read(dir.path(), "ex/worksheet.txt");
    let (mut cut_line, mut scam_line) = (0, 0);
    let sheet: String = blank
        .lines()
        .enumerate()
        .map(|(k, l)| {
            if l.starts_with("S1 ") {
                cut_line = k + 1;
                // Cut off after "The council's brazen".
                let at = l.find("brazen").unwrap() + "brazen".len();
                format!("{}\n", &l[..at])
            } else if l.contains("Everyone knows") {
                scam_line = k + 1;
                format!("{l} | L scam\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    std::fs::write(dir.path().join("answers/dana.txt"), &sheet).unwrap();
    std::fs::write(
        dir.path().join("answers/eli.txt"),
        perfect_sheet(dir.path()),
    )
    .unwrap();
    let o = check_class(dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    let notes: Vec<&str> = err.lines().collect();
    assert_eq!(notes.len(), 3, "{notes:?}");
    assert!(
        notes[0].starts_with(&format!(
            "note: answers/dana.txt line {cut_line}: S1 stops partway through its sentence, at \
             \"The council's brazen\": was the line cut off?"
        )),
        "{notes:?}"
    );
    assert!(
        notes[1].starts_with(&format!("note: answers/dana.txt line {scam_line}: S")),
        "{notes:?}"
    );
    assert!(
        notes[1].ends_with(
            "\"L scam\" after the bar has no colon after L, so it is read as a comment and \
             the L box is not ticked; for L words write \"L: scam\""
        ),
        "{notes:?}"
    );
    assert!(
        notes[2].contains("answers/dana.txt has no box ticked"),
        "{notes:?}"
    );
    // Both sheets are counted, and the saved report lists the slips too.
    assert!(
        stdout(&o).contains("== dana (answers/dana.txt)"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains("== eli (answers/eli.txt)"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("S1 stops partway"), "{}", stdout(&o));
}

/// A new-user trial: the saved JSON class report had none of the notes the table and the
/// page print (a sheet with no box ticked, one student's copies, sheets with the same
/// answers, lines passed over). Each is in `notes`, with its kind, the files and
/// students it is about and the line of a line's note; its message is the terminal's.
#[test]
fn the_json_class_report_carries_the_notes_the_table_prints() {
    let dir = exercise();
    let sheet = perfect_sheet(dir.path());
    assert!(sheet.matches("[x]").count() >= 3, "{sheet}");
    let with_a_note = format!("{sheet}betrayal is loaded i think\n");
    let stray_line = with_a_note.lines().count() as u32;
    for (name, text) in [
        ("amara.txt", sheet.as_str()),
        ("amara (2).txt", sheet.as_str()),
        ("dan.txt", sheet.as_str()),
        ("eli.txt", &with_a_note),
        ("fay.txt", &read(dir.path(), "ex/worksheet.txt")),
    ] {
        std::fs::write(dir.path().join("answers").join(name), text).unwrap();
    }
    let (o, report) = check_json(dir.path(), &["answers"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Each note as "kind: files (students) line".
    let found: Vec<String> = report
        .notes
        .iter()
        .map(|n| {
            format!(
                "{}: {} ({}) {:?}",
                n.kind,
                n.files.join(" + "),
                n.students.join(" + "),
                n.line
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            format!("passed-over: answers/eli.txt (eli) Some({stray_line})"),
            "nothing-ticked: answers/fay.txt (fay) None".to_string(),
            "one-students-copies: answers/amara (2).txt + answers/amara.txt (amara (2) + amara) None"
                .to_string(),
            "same-answers: answers/amara (2).txt + answers/dan.txt + answers/eli.txt (amara (2) + dan + eli) None"
                .to_string(),
        ]
    );
    // The messages are the notes the terminal says, and the students those of `students`.
    let said: Vec<String> = report
        .notes
        .iter()
        .map(|n| format!("note: {}\n", n.message))
        .collect();
    assert_eq!(stderr(&o), said.concat());
    for note in &report.notes {
        for (file, student) in note.files.iter().zip(&note.students) {
            assert!(
                report
                    .students
                    .iter()
                    .any(|s| s.file == *file && s.student == *student),
                "{note:?}"
            );
        }
    }
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

/// `exercise check -o` never replaces a file slant did not write (a teacher's notes named
/// like the report), but does replace its own class report when the class is checked
/// again, an empty file, or, with --force, any file.
#[test]
fn the_class_report_replaces_only_its_own_report_an_empty_file_or_with_force() {
    let dir = exercise();
    std::fs::write(
        dir.path().join("answers/ana.txt"),
        perfect_sheet(dir.path()),
    )
    .unwrap();
    let notes = "Notes for Monday: talk about loaded words.\n";
    for target in ["class.txt", "class.html", "class.json"] {
        let path = dir.path().join(target);
        std::fs::write(&path, notes).unwrap();
        let args = ["exercise", "check", "ex/key.json", "answers", "-o", target];
        let o = slant(&args, None, dir.path());
        assert_one_line_error(
            &o,
            &format!("{target}: exists and is not a report slant wrote: refusing to replace it"),
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), notes);
        let o = slant(&[&args[..], &["--force"]].concat(), None, dir.path());
        assert!(o.status.success(), "{}", stderr(&o));
        let report = std::fs::read_to_string(&path).unwrap();
        assert_ne!(report, notes);
        // The class checked again: its own report is replaced.
        let o = slant(&args, None, dir.path());
        assert!(o.status.success(), "{target} again: {}", stderr(&o));
        std::fs::write(&path, "").unwrap();
        let o = slant(&args, None, dir.path());
        assert!(o.status.success(), "{target} empty: {}", stderr(&o));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), report);
    }
}

/// A teacher who saved the article's analysis into the answers folder (`slant analyze
/// op-ed.txt -o answers/op-ed-report.txt`, a text table) had it refused as a sheet, one
/// problem per line of the table (exit 2). slant's own files are nobody's answers.
#[test]
fn an_analysis_table_in_the_answers_folder_is_not_a_sheet() {
    let dir = exercise();
    std::fs::write(
        dir.path().join("answers/ana.txt"),
        perfect_sheet(dir.path()),
    )
    .unwrap();
    for (format, file) in [("table", "report.txt"), ("markdown", "sheet.md")] {
        let out = format!("answers/{file}");
        let args = ["analyze", "op-ed.txt", "--format", format, "-o", &out];
        let o = slant(&args, None, dir.path());
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let (o, report) = check_json(dir.path(), &["answers"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(report.students.len(), 1, "{report:?}");
    assert!(report.refused.is_empty(), "{report:?}");
}

/// `slant exercise check ex` with the sheets collected beside the key (as the README
/// allows) stopped on a six-line usage error: with no answers named, the key's folder is
/// read; an exercise folder with no sheet in it says so in one line.
#[test]
fn with_no_answers_named_the_key_s_folder_is_read() {
    let dir = exercise();
    let o = slant(&["exercise", "check", "ex"], None, dir.path());
    assert_one_line_error(&o, "no answer sheets beside the key in ex: give");
    std::fs::write(dir.path().join("ex/ana.txt"), perfect_sheet(dir.path())).unwrap();
    for key in ["ex", "ex/key.json"] {
        let o = slant(
            &["exercise", "check", key, "--format", "json"],
            None,
            dir.path(),
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let report: CheckJson = serde_json::from_str(&stdout(&o)).unwrap();
        assert_eq!(report.students.len(), 1, "{report:?}");
        assert_eq!(report.students[0].student, "ana");
    }
}

#[test]
fn on_a_terminal_the_table_lists_a_refused_sheet_and_the_error_only_points_to_it() {
    let dir = exercise();
    let sheet = read(dir.path(), "ex/worksheet.txt");
    let bad = sheet.replacen("S2 [ ] L", "S2 [maybe] L", 1);
    assert_ne!(bad, sheet);
    std::fs::write(dir.path().join("answers/carl.txt"), bad).unwrap();
    std::fs::write(dir.path().join("answers/eve.txt"), &sheet).unwrap();
    let args = ["exercise", "check", "ex/key.json", "answers"];
    let Some((code, shown)) = common::slant_on_a_terminal(&args, dir.path()) else {
        return;
    };
    assert_eq!(code, Some(2), "{shown}");
    // Each problem and each note once: in the table, not again under it.
    assert_eq!(
        shown.matches("the L box holds `maybe`").count(),
        1,
        "{shown}"
    );
    assert_eq!(shown.matches("has no box ticked").count(), 1, "{shown}");
    assert!(
        shown.contains("1 answer sheet refused, each problem listed under \"Refused sheets\""),
        "{shown}"
    );
}

#[test]
fn a_note_the_student_added_is_passed_over_and_the_sheet_counted() {
    let dir = exercise();
    let sheet = read(dir.path(), "ex/worksheet.txt");
    let with_note = format!("{sheet}brazen is loaded i think\n");
    let note_line = with_note.lines().count();
    std::fs::write(dir.path().join("answers/jonas.txt"), with_note).unwrap();
    let o = slant(
        &["exercise", "check", "ex/key.json", "answers"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!(
            "note: answers/jonas.txt line {note_line}: not a worksheet line, passed over"
        )),
        "{}",
        stderr(&o)
    );
}

/// The trial7 class folder: two essays kept beside two sheets in a group's folder gave
/// "2 of 4 answer sheets refused", which read as two students' sheets failing. Files that
/// are no worksheet at all are said to be no answer sheets, with what to do; sheets with a
/// problem are still "refused". The exit code stays 2: files given were not used.
#[test]
fn essays_beside_the_sheets_are_said_to_be_no_answer_sheets() {
    // (files written beside ana's sheet: name and text, the words of the last error line,
    // words it must not hold)
    let essay = "Is the charge fair?\n\nI think the charge is fair because the air is bad.\n";
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str], &'a [&'a str]);
    let cases: [Case; 3] = [
        (
            &[("essay 1.txt", essay), ("essay 2.txt", essay)],
            &[
                "2 files are not answer sheets",
                "keep only the students' copies of worksheet.txt",
                "the 1 sheet read is in the report",
            ],
            &["refused"],
        ),
        (
            &[("essay.txt", essay)],
            &["1 file is not an answer sheet", "the 1 sheet read is in"],
            &["refused"],
        ),
        (
            &[("essay.txt", essay), ("bo.txt", "S1 [?] L [ ] U [ ] A\n")],
            &[
                "1 of 3 answer sheets refused",
                "1 file is not an answer sheet",
            ],
            &[],
        ),
    ];
    for (files, said, unsaid) in cases {
        let dir = exercise();
        let answers = dir.path().join("answers");
        std::fs::write(answers.join("ana.txt"), perfect_sheet(dir.path())).unwrap();
        for (name, text) in files {
            std::fs::write(answers.join(name), text).unwrap();
        }
        let o = check_class(dir.path());
        assert_eq!(o.status.code(), Some(2), "{files:?}");
        let err = stderr(&o);
        let last = err.lines().last().unwrap();
        for words in said {
            assert!(last.contains(words), "{words}: {last}");
        }
        for words in unsaid {
            assert!(!last.contains(words), "{words}: {last}");
        }
    }
}
