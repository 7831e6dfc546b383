//! `segment`, `lexicons` and `eval`: the commands besides `analyze`, and bad usage.

use super::*;

#[test]
fn segment_prints_one_sentence_per_line_or_exact_nul_separated() {
    let dir = workdir();
    let text = "Dr. Lee met the U.S. Senate today. It went\nbadly.\n\nNext paragraph here.";
    let o = slant(&["segment", "-"], Some(text.as_bytes()), dir.path());
    assert_eq!(
        stdout(&o),
        "Dr. Lee met the U.S. Senate today.\nIt went badly.\nNext paragraph here.\n"
    );
    let o = slant(&["segment", "-0", "-"], Some(text.as_bytes()), dir.path());
    assert_eq!(
        stdout(&o),
        "Dr. Lee met the U.S. Senate today.\0It went\nbadly.\0Next paragraph here.\0"
    );
}

#[test]
fn lexicons_list_shows_every_builtin() {
    let dir = workdir();
    let o = slant(&["lexicons", "list"], None, dir.path());
    let out = stdout(&o);
    for name in [
        "loaded-pejoratives",
        "unsourced-assertion",
        "absolute-claim",
    ] {
        assert!(out.contains(name), "{out}");
    }
}

/// The newcomer5 trial: `lexicons list` printed lines of up to 561 columns, which an
/// 80-column terminal folds into a tangle. Now it fits 80 columns (a file, a pipe, a
/// terminal that wide) with each description whole, and 60 without them.
#[test]
fn lexicons_list_fits_the_terminal_with_descriptions_when_they_fit() {
    let dir = workdir();
    let o = slant(&["lexicons", "list"], None, dir.path());
    let out = stdout(&o);
    assert_fits(&out, 80);
    let words = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("Loaded verbs of action"), "{out}");
    assert!(words.contains("kind: L loaded language"), "{out}");
    let o = slant_with_env(&["lexicons", "list"], &[("COLUMNS", "60")], dir.path());
    let out = stdout(&o);
    assert_fits(&out, 60);
    assert!(out.contains("loaded-adjectives-political"), "{out}");
    // A teacher's folder: where each lexicon comes from, in a column that fits.
    class_folder(
        dir.path(),
        "category = \"loaded-language\"\ndescription = \"class words\"\n\n[[entry]]\nphrases = [\"zorble\"]\nweight = 2\nexplanation = \"A made-up smear.\"\n",
    );
    let o = slant(
        &["lexicons", "list", "--lexicons", "class"],
        None,
        dir.path(),
    );
    let out = stdout(&o);
    assert_fits(&out, 80);
    let row = out
        .lines()
        .find(|l| l.trim_start().starts_with("words "))
        .unwrap();
    assert!(
        row.contains(" class/ ") && row.contains("class words"),
        "{out}"
    );
}

#[test]
fn lexicons_dump_then_check_passes_and_never_overwrites() {
    let dir = workdir();
    let o = slant(&["lexicons", "dump", "mine"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let o = slant(&["lexicons", "check", "mine"], None, dir.path());
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    let files = std::fs::read_dir(dir.path().join("mine")).unwrap().count();
    assert!(
        stdout(&o).starts_with(&format!("ok: {files} lexicon files valid")),
        "{}",
        stdout(&o)
    );
    let o = slant(&["lexicons", "dump", "mine"], None, dir.path());
    assert_one_line_error(&o, "already exists; not overwriting it");
    // And says what to do instead.
    assert_one_line_error(&o, "dump into a new folder, or delete mine first");
}

#[test]
fn lexicons_check_lists_every_problem_with_path_and_line() {
    let dir = workdir();
    class_folder(
        dir.path(),
        "category = \"loaded-language\"\ndescription = \"class words\"\n\n[[entry]]\nphrases = [\"zorble\", \"zorble\"]\nweight = 9\nexplanation = \"A made-up smear.\"\n",
    );
    let o = slant(&["lexicons", "check", "class"], None, dir.path());
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    assert!(
        out.contains("class/words.toml:6: weight 9 is out of range"),
        "{out}"
    );
    assert!(
        out.contains("class/words.toml:5: duplicate phrase `zorble`"),
        "{out}"
    );
    assert!(stderr(&o).contains("2 problems found"), "{}", stderr(&o));
}

/// A guard list named with `@` that no lexicon declares: one line naming the file and the
/// line of the name, exit 2; `analyze` with the folder stops on the same line.
#[test]
fn lexicons_check_names_an_unknown_guard_list_with_its_line() {
    let dir = workdir();
    class_folder(
        dir.path(),
        "category = \"loaded-language\"\ndescription = \"class words\"\n\n[[entry]]\nphrases = [\"zorbled\"]\nweight = 2\nexplanation = \"A made-up smear.\"\nnot_after = [\"@feeling-describd\"]\n",
    );
    let o = slant(&["lexicons", "check", "class"], None, dir.path());
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.starts_with("class/words.toml:8: unknown guard list `@feeling-describd`; known guard lists: @feeling-described, @feeling-voiced"),
        "{out}"
    );
    let o = slant(
        &["analyze", "--lexicons", "class", "op-ed.txt"],
        None,
        dir.path(),
    );
    assert_one_line_error(
        &o,
        "class/words.toml:8: unknown guard list `@feeling-describd`",
    );
}

/// A teacher's copy of the built-in lexicons is the built-in lexicons: the guard lists
/// travel with the file that declares them, and every entry naming one reads them.
#[test]
fn dumped_lexicons_read_back_find_the_same_as_the_built_in_ones() {
    let dir = workdir();
    let o = slant(&["lexicons", "dump", "mine"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let text = format!(
        "{OP_ED}\nI was appalled by the vote, and they were disgusted. The appalled parents left.\n\nVoters expressed outrage; this is an outrage. His utter cynicism is painfully obvious, and he did not utter a word.\n"
    );
    let builtin = slant(
        &["analyze", "--format", "json", "-"],
        Some(text.as_bytes()),
        dir.path(),
    );
    let dumped = slant(
        &[
            "analyze",
            "--lexicons",
            "mine",
            "--no-builtin-lexicons",
            "--format",
            "json",
            "-",
        ],
        Some(text.as_bytes()),
        dir.path(),
    );
    assert!(dumped.status.success(), "{}", stderr(&dumped));
    let findings = |o: &std::process::Output| {
        let report: Report = serde_json::from_str(&stdout(o)).unwrap();
        serde_json::to_string(&report.findings).unwrap()
    };
    assert_eq!(findings(&builtin), findings(&dumped));
    assert!(findings(&builtin).contains("appalled"));
}

/// A mistyped or empty folder printed its one problem on standard output and "1 problem
/// found" as the error: two lines in two streams for one mistake. Now it is the error.
#[test]
fn lexicons_check_of_a_missing_or_empty_folder_is_one_line() {
    let dir = workdir();
    let o = slant(&["lexicons", "check", "clas-words"], None, dir.path());
    assert_one_line_error(&o, "clas-words: cannot read lexicon folder: no such file");
    assert!(o.stdout.is_empty(), "{}", stdout(&o));
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    let o = slant(&["lexicons", "check", "empty"], None, dir.path());
    assert_one_line_error(&o, "empty: no lexicon files (*.toml) in this folder");
    assert!(o.stdout.is_empty(), "{}", stdout(&o));
}

#[test]
fn a_teachers_lexicon_folder_adds_words_to_the_analysis() {
    let dir = workdir();
    class_folder(
        dir.path(),
        "category = \"loaded-language\"\ndescription = \"class words\"\n\n[[entry]]\nphrases = [\"zorble\"]\ninflect = \"noun\"\nweight = 3\nexplanation = \"A made-up smear.\"\nexamples = [\"They are zorbles.\"]\n",
    );
    let o = slant(
        &["analyze", "--lexicons", "class", "--format", "json", "-"],
        Some(b"Those zorbles lied."),
        dir.path(),
    );
    let report: Report = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(
        report
            .findings
            .iter()
            .any(|f| &*f.text == "zorbles" && &*f.rule.id == "words/zorble")
    );
    let o = slant(
        &[
            "analyze",
            "--lexicons",
            "class",
            "--no-builtin-lexicons",
            "--format",
            "json",
            "-",
        ],
        Some(b"The thugs lied."),
        dir.path(),
    );
    let report: Report = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(report.findings.is_empty(), "{:?}", report.findings);
}

#[test]
fn a_broken_lexicon_folder_stops_analysis_with_exit_2() {
    let dir = workdir();
    class_folder(dir.path(), "category = \n");
    let o = slant(
        &["analyze", "--lexicons", "class", "op-ed.txt"],
        None,
        dir.path(),
    );
    assert_one_line_error(&o, "class/words.toml:1:");
}

#[test]
fn bad_usage_exits_2() {
    let dir = workdir();
    assert_eq!(
        exit_code(&["analyze", "op-ed.txt", "--format", "pdf"], dir.path()),
        Some(2)
    );
    assert_eq!(exit_code(&["frobnicate"], dir.path()), Some(2));
}

#[test]
fn a_usage_error_is_one_line_with_the_help_to_try() {
    let dir = workdir();
    // (arguments, clap's message in the line, the help it points to)
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["analyze", "--bogus", "op-ed.txt"],
            "unexpected argument '--bogus' found",
            "(try 'slant analyze --help')",
        ),
        (
            &["analyze", "op-ed.txt", "--format"],
            "a value is required for '--format <FORMAT>' but none was supplied",
            "(try 'slant analyze --help')",
        ),
        (
            &["analyze", "op-ed.txt", "--format", "pdf"],
            "invalid value 'pdf' for '--format <FORMAT>' [possible values: table, json,",
            "(try 'slant analyze --help')",
        ),
        (
            &["analyze", "op-ed.txt", "--fail-above", "many"],
            "invalid value 'many' for '--fail-above <SCORE>': invalid digit",
            "(try 'slant analyze --help')",
        ),
        (
            &["exercise", "new", "op-ed.txt"],
            "the following required arguments were not provided: --output <DIR>",
            "(try 'slant exercise new --help')",
        ),
        (
            &["frobnicate"],
            "unrecognized subcommand 'frobnicate'",
            "(try 'slant --help')",
        ),
    ];
    for (args, message, hint) in cases {
        let o = slant(args, None, dir.path());
        assert_one_line_error(&o, message);
        let err = stderr(&o);
        assert!(err.starts_with("slant: error: "), "{args:?}: {err}");
        assert!(err.trim_end().ends_with(hint), "{args:?}: {err}");
        assert!(!err.contains("Usage:"), "{args:?}: {err}");
    }
}

#[test]
fn help_version_and_a_bare_command_print_as_before() {
    let dir = workdir();
    let help = slant(&["analyze", "--help"], None, dir.path());
    assert_eq!(help.status.code(), Some(0));
    assert!(
        stdout(&help).contains("Usage: slant analyze"),
        "{}",
        stdout(&help)
    );
    let version = slant(&["--version"], None, dir.path());
    assert_eq!(version.status.code(), Some(0));
    assert!(
        stdout(&version).starts_with("slant "),
        "{}",
        stdout(&version)
    );
    for bare in [&[][..], &["exercise"]] {
        let o = slant(bare, None, dir.path());
        assert_eq!(o.status.code(), Some(2), "{bare:?}");
        assert!(stderr(&o).contains("Commands:"), "{bare:?}: {}", stderr(&o));
    }
}

const LABELLED: &str = include_str!("../texts/labelled.jsonl");

/// The figures of one category recomputed the way the project's yardstick (score.py)
/// does, from `slant analyze` output: (tp, fp, fn, tn, precision, recall, F1, macro-F1,
/// flag-all F1, flag rate).
fn yardstick(category: &str, label: &str, dir: &Path) -> [f64; 10] {
    let units: Vec<serde_json::Value> = LABELLED
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let input: String = units
        .iter()
        .map(|u| {
            format!(
                "{}\n",
                serde_json::json!({"id": u["id"], "text": u["text"]})
            )
        })
        .collect();
    let o = slant(
        &[
            "analyze",
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
            "-",
        ],
        Some(input.as_bytes()),
        dir,
    );
    let reports: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let (mut tp, mut fp, mut fn_, mut tn) = (0.0, 0.0, 0.0, 0.0);
    for (unit, report) in units.iter().zip(&reports) {
        let Some(gold) = unit["labels"][label].as_bool() else {
            continue;
        };
        let flagged = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["category"] == category && !(label != "loaded" && f["quoted"] == true));
        match (flagged, gold) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fn_ += 1.0,
            (false, false) => tn += 1.0,
        }
    }
    let div = |a: f64, b: f64| if b > 0.0 { a / b } else { 0.0 };
    let f1 = |p: f64, r: f64| {
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    };
    let (p, r) = (div(tp, tp + fp), div(tp, tp + fn_));
    let negative = f1(div(tn, tn + fn_), div(tn, tn + fp));
    let n = tp + fp + fn_ + tn;
    let r3 = |x: f64| (x * 1000.0).round() / 1000.0;
    [
        tp,
        fp,
        fn_,
        tn,
        r3(p),
        r3(r),
        r3(f1(p, r)),
        r3((f1(p, r) + negative) / 2.0),
        r3(div(2.0 * (tp + fn_), n + tp + fn_)),
        r3(div(tp + fp, n)),
    ]
}

#[test]
fn eval_figures_agree_with_the_yardstick_arithmetic() {
    let dir = workdir();
    std::fs::write(dir.path().join("labelled.jsonl"), LABELLED).unwrap();
    let o = slant(
        &["eval", "labelled.jsonl", "--format", "json"],
        None,
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let files: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let categories = files[0]["categories"].as_array().unwrap();
    assert_eq!(categories.len(), 3);
    for (category, label) in [
        ("loaded-language", "loaded"),
        ("unsourced-assertion", "unsourced"),
        ("absolute-claim", "absolute"),
    ] {
        let result = categories
            .iter()
            .find(|c| c["category"] == category)
            .unwrap();
        let (c, m) = (&result["confusion"], &result["metrics"]);
        let got = [
            c["true_positives"].as_f64().unwrap(),
            c["false_positives"].as_f64().unwrap(),
            c["false_negatives"].as_f64().unwrap(),
            c["true_negatives"].as_f64().unwrap(),
            m["precision"].as_f64().unwrap(),
            m["recall"].as_f64().unwrap(),
            m["f1"].as_f64().unwrap(),
            m["macro_f1"].as_f64().unwrap(),
            m["flag_all_f1"].as_f64().unwrap(),
            m["flag_rate"].as_f64().unwrap(),
        ];
        assert_eq!(got, yardstick(category, label, dir.path()), "{category}");
    }
    // Sentences labelled null are left out: s5 (unsourced), s7 (absolute).
    assert_eq!(categories[1]["metrics"]["sentences"], 9);
    assert_eq!(categories[2]["metrics"]["sentences"], 9);
    // Without --show errors, no sentences are listed.
    assert!(categories[0]["missed"].as_array().unwrap().is_empty());
}

#[test]
fn eval_table_and_errors_use_the_lexicons_in_effect() {
    let dir = workdir();
    std::fs::write(dir.path().join("labelled.jsonl"), LABELLED).unwrap();
    let o = slant(&["eval", "labelled.jsonl"], None, dir.path());
    let table = stdout(&o);
    assert!(
        table.contains("\n loaded ")
            && table.contains("F1 if")
            && table.contains("labelled.jsonl\n"),
        "{table}"
    );
    assert!(!table.contains("wrongly flagged"), "{table}");
    // A class lexicon that calls "worried" loaded makes s10 a wrongly flagged sentence,
    // listed with its words and rule.
    class_folder(
        dir.path(),
        "category = \"loaded-language\"\ndescription = \"class words\"\n\n[[entry]]\nphrases = [\"worried\"]\nweight = 1\nexplanation = \"A feeling word.\"\n",
    );
    let o = slant(
        &[
            "eval",
            "labelled.jsonl",
            "--show",
            "errors",
            "--lexicons",
            "class",
        ],
        None,
        dir.path(),
    );
    let out = stdout(&o);
    let wrongly = out
        .split("loaded-language: wrongly flagged")
        .nth(1)
        .unwrap()
        .split("\n\n")
        .next()
        .unwrap();
    assert!(
        wrongly.contains("s10  Some of the shop owners were clearly worried."),
        "{out}"
    );
    assert!(wrongly.contains("[[worried]] words/worried"), "{out}");
}

#[test]
fn eval_rejects_bad_labelled_files_in_one_line() {
    let dir = workdir();
    std::fs::write(
        dir.path().join("bad.jsonl"),
        "{\"text\": \"A.\", \"labels\": {}}\nnot json\n",
    )
    .unwrap();
    assert_one_line_error(
        &slant(&["eval", "bad.jsonl"], None, dir.path()),
        "bad.jsonl:2: not a",
    );
    std::fs::write(dir.path().join("empty.jsonl"), "\n").unwrap();
    assert_one_line_error(
        &slant(&["eval", "empty.jsonl"], None, dir.path()),
        "empty.jsonl: no labelled sentences",
    );
}

/// The newcomer6 trial: a teacher compared two students' JSON reports with `slant compare
/// a.json b.json` and got the JSON's own text analysed (scores 3 and 2, "low") without a
/// word. A report slant wrote, or an exercise key, given as an article is refused in one
/// line (exit 2) that names the text it was made from.
#[test]
fn a_report_slant_wrote_is_refused_as_an_article() {
    let dir = workdir();
    let o = slant(
        &["analyze", "op-ed.txt", "-o", "op-ed.json"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::copy(dir.path().join("op-ed.json"), dir.path().join("other.json")).unwrap();
    let runs: [&[&str]; 3] = [
        &["compare", "op-ed.json", "other.json"],
        &["analyze", "op-ed.json"],
        &["exercise", "new", "op-ed.json", "-o", "ex"],
    ];
    for args in runs {
        assert_one_line_error(
            &slant(args, None, dir.path()),
            "op-ed.json: this is a report slant wrote, not an article: give the text it was made from (op-ed.txt)",
        );
    }
    assert!(!dir.path().join("ex").exists());
    let o = slant(
        &["exercise", "new", "op-ed.txt", "-o", "ex"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_one_line_error(
        &slant(&["compare", "ex/key.json", "op-ed.txt"], None, dir.path()),
        "ex/key.json: this is an exercise's key or class report, not an article",
    );
}

/// One lexicon with one example said "1 lexicons" and "1 examples hold".
#[test]
fn one_lexicon_and_one_example_read_in_the_singular() {
    let dir = workdir();
    class_folder(
        dir.path(),
        "category = \"loaded-language\"\ndescription = \"class words\"\n\n[[entry]]\nphrases = [\"zorble\"]\nweight = 2\nexplanation = \"A made-up smear.\"\nexamples = [\"A zorble spoke.\"]\n",
    );
    let o = slant(&["lexicons", "check", "class"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("1 example holds"), "{}", stdout(&o));
    let o = slant(
        &[
            "lexicons",
            "list",
            "--no-builtin-lexicons",
            "--lexicons",
            "class",
        ],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("1 lexicon; kind:"), "{}", stdout(&o));
}
