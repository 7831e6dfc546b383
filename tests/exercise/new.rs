//! `slant exercise new`: the sheets and key it writes, and the folder names it takes or refuses.

use super::*;

#[test]
fn new_writes_the_sheets_and_the_key_leaving_out_headings_furniture_and_repeats() {
    let dir = exercise();
    let sheet = read(dir.path(), "ex/worksheet.txt");
    let lines: Vec<&str> = sheet.lines().filter(|l| l.starts_with('S')).collect();
    assert_eq!(lines.len(), 4, "{sheet}");
    assert!(lines[0].starts_with("S1 [ ] L [ ] U [ ] A  The council's brazen plan"));
    assert!(lines[3].starts_with("S4 [ ] L [ ] U [ ] A  Everyone knows"));
    // The title is shown for context on a line that is not read; the byline not at all.
    assert!(sheet.contains("\n# Title: Parking Wars\n"), "{sheet}");
    assert!(!lines.iter().any(|l| l.contains("Parking Wars")) && !sheet.contains("Ann Lee"));
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
    // The same article again: no key to keep.
    assert!(!dir.path().join("ex/key-replaced.json").exists());
}

#[test]
fn a_key_replaced_by_another_articles_is_kept_for_the_sheets_handed_out() {
    let dir = exercise();
    let old_key = read(dir.path(), "ex/key.json");
    std::fs::copy(
        dir.path().join("ex/worksheet.txt"),
        dir.path().join("answers/ana.txt"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("other.txt"),
        "The tax is a scam. Studies show it never works.\n",
    )
    .unwrap();
    let o = slant(
        &["exercise", "new", "other.txt", "-o", "ex", "--force"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("(op-ed.txt) is kept as")
            && stdout(&o).contains("ex/key-replaced.json"),
        "{}",
        stdout(&o)
    );
    assert_eq!(read(dir.path(), "ex/key-replaced.json"), old_key);
    assert!(dir.path().join("ex/key-replaced.html").exists());
    // The sheets of the earlier article are pointed to the kept key, which marks them.
    let o = slant(&["exercise", "check", "ex", "answers"], None, dir.path());
    assert_one_line_error(&o, "`slant exercise check ex/key-replaced.json answers`");
    let o = slant(
        &["exercise", "check", "ex/key-replaced.json", "answers"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
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

#[test]
fn the_json_report_gives_each_sentence_and_finding_its_worksheet_line() {
    // The JSON's `sentence` counts the title, the byline and the repeat; a teacher matching
    // a finding to the sheet reads `worksheet_number` instead: the S-number of its line.
    let dir = exercise();
    let o = slant(
        &["analyze", "op-ed.txt", "--format", "json"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let sheet = read(dir.path(), "ex/worksheet.txt");
    let line = |n: u64| {
        let prefix = format!("S{n} ");
        sheet
            .lines()
            .find(|l| l.starts_with(&prefix))
            .map(str::to_string)
    };
    let text_of = |span: &serde_json::Value| {
        let (start, end) = (
            span["start"].as_u64().unwrap(),
            span["end"].as_u64().unwrap(),
        );
        ARTICLE[start as usize..end as usize].to_string()
    };
    // (sentence in the JSON, its worksheet line: None for the title, byline and repeat)
    let expected: [(u64, Option<u64>); 9] = [
        (1, None),
        (2, None),
        (3, Some(1)),
        (4, Some(2)),
        (5, Some(3)),
        (6, None),
        (7, None),
        (8, None),
        (9, Some(4)),
    ];
    let sentences = report["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), expected.len(), "{report}");
    for (s, (index, number)) in sentences.iter().zip(expected) {
        assert_eq!(s["index"], index);
        assert_eq!(s["worksheet_number"].as_u64(), number, "sentence {index}");
        if let Some(n) = number {
            let line = line(n).unwrap();
            assert!(line.ends_with(&text_of(&s["span"])), "{line}");
        }
    }
    let findings = report["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        let sentence = &sentences[f["sentence"].as_u64().unwrap() as usize - 1];
        assert_eq!(f["worksheet_number"], sentence["worksheet_number"], "{f}");
        if let Some(n) = f["worksheet_number"].as_u64() {
            let line = line(n).unwrap();
            assert!(line.contains(f["text"].as_str().unwrap()), "{line}");
        }
    }
}
