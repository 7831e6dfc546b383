//! The `slant` binary end to end: every command, every output format, every error path.

mod common;

use common::{assert_one_line_error, jsonl_batch, slant, stderr, stdout};
use slant::report::Report;
use std::path::Path;

const OP_ED: &str = "Why the Plan Fails\n\nThe mayor's thugs interrupted the meeting. Many experts say the plan will fail.\n\nPoliticians never keep their promises. Nearly 40% of voters agree.\n";

fn workdir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("op-ed.txt"), OP_ED).unwrap();
    dir
}

/// Writes `words.toml` with `source` into a `class/` folder of `dir`, as a teacher would.
fn class_folder(dir: &Path, source: &str) {
    std::fs::create_dir(dir.join("class")).unwrap();
    std::fs::write(dir.join("class/words.toml"), source).unwrap();
}

/// The exit code of `slant args` run in `dir`.
fn exit_code(args: &[&str], dir: &Path) -> Option<i32> {
    slant(args, None, dir).status.code()
}

#[test]
fn table_is_compact_and_detail_explains_every_finding() {
    let dir = workdir();
    let o = slant(&["analyze", "op-ed.txt"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("heading"), "{out}");
    assert!(out.contains("scored (word-weighted)"), "{out}");
    assert!(!out.contains("[[thugs]]"), "{out}");
    assert!(
        out.contains("add --detail to see each flagged sentence explained"),
        "{out}"
    );
    let o = slant(&["analyze", "op-ed.txt", "--detail"], None, dir.path());
    let out = stdout(&o);
    assert!(
        out.contains("The mayor's [[thugs]] interrupted the meeting."),
        "{out}"
    );
    assert!(out.contains("ask: Who exactly says so?"), "{out}");
    assert!(!out.contains('\x1b'), "no colour when piped");
}

#[test]
fn color_always_colours_and_never_does_not() {
    let dir = workdir();
    let o = slant(
        &["analyze", "op-ed.txt", "--detail", "--color", "always"],
        None,
        dir.path(),
    );
    assert!(stdout(&o).contains("\x1b[1;31mthugs\x1b[0m"));
    let o = slant(
        &["analyze", "op-ed.txt", "--detail", "--color", "never"],
        None,
        dir.path(),
    );
    assert!(!stdout(&o).contains('\x1b'));
}

#[test]
fn html_and_markdown_reports_for_one_text_or_saved_for_many() {
    let dir = workdir();
    std::fs::write(
        dir.path().join("second.txt"),
        "Everyone knows the plan failed.",
    )
    .unwrap();
    let o = slant(
        &[
            "analyze",
            "op-ed.txt",
            "--format",
            "html",
            "-o",
            "out/page.html",
        ],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let page = std::fs::read_to_string(dir.path().join("out/page.html")).unwrap();
    assert!(
        page.starts_with("<!DOCTYPE html>") && page.contains("class=\"verdict"),
        "{page}"
    );
    assert!(page.contains("<mark class=\"loaded\""));
    let o = slant(
        &["analyze", "op-ed.txt", "--format", "markdown"],
        None,
        dir.path(),
    );
    assert!(stdout(&o).contains("> The mayor's **thugs** interrupted the meeting."));
    // Several texts make several pages: only with --save, one per text in reports/.
    assert_one_line_error(
        &slant(
            &["analyze", "op-ed.txt", "second.txt", "--format", "html"],
            None,
            dir.path(),
        ),
        "give one input, or add --save",
    );
    let o = slant(
        &[
            "analyze",
            "op-ed.txt",
            "second.txt",
            "--format",
            "markdown",
            "--save",
        ],
        None,
        dir.path(),
    );
    assert!(o.status.success() && o.stdout.is_empty(), "{}", stderr(&o));
    for name in ["op-ed.md", "op-ed.json", "second.md", "second.json"] {
        assert!(dir.path().join("reports").join(name).exists(), "{name}");
    }
}

#[test]
fn json_report_follows_the_contract_and_spans_slice_the_input() {
    let dir = workdir();
    let o = slant(
        &["analyze", "op-ed.txt", "--format", "json"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let report: Report =
        serde_json::from_str(&stdout(&o)).expect("report has exactly the contract's fields");
    assert_eq!(report.schema_version, 2);
    assert_eq!(report.tool.name, "slant");
    assert_eq!(report.source.path, "op-ed.txt");
    assert_eq!(report.source.bytes, OP_ED.len());
    assert_eq!(report.paragraphs.len(), 3);
    assert!(report.findings.len() >= 4);
    for f in &report.findings {
        assert_eq!(&OP_ED[f.span.start..f.span.end], &*f.text);
    }
    let categories: Vec<String> = report
        .findings
        .iter()
        .map(|f| f.category.to_string())
        .collect();
    for c in ["loaded-language", "unsourced-assertion", "absolute-claim"] {
        assert!(
            categories.iter().any(|x| x == c),
            "{c} missing in {categories:?}"
        );
    }
}

#[test]
fn jsonl_batch_keeps_ids_and_order() {
    let dir = workdir();
    let input = b"{\"id\": \"b\", \"text\": \"The thugs won.\"}\n{\"id\": 7, \"text\": \"A calm sentence.\"}\n";
    let o = slant(&jsonl_batch("-"), Some(input), dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let reports: Vec<Report> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(reports.len(), 2);
    assert_eq!(reports[0].id, Some(serde_json::json!("b")));
    assert_eq!(reports[1].id, Some(serde_json::json!(7)));
    assert_eq!(&*reports[0].findings[0].text, "thugs");
    assert!(reports[1].findings.is_empty());
}

#[test]
fn a_bad_jsonl_line_names_its_line() {
    let dir = workdir();
    let o = slant(
        &["analyze", "--input-format", "jsonl", "-"],
        Some(b"{\"id\":1,\"text\":\"ok\"}\nnot json\n"),
        dir.path(),
    );
    assert_one_line_error(&o, "-:2: not a {\"id\", \"text\"} JSON object");
}

#[test]
fn several_files_get_one_row_each_then_details() {
    let dir = workdir();
    std::fs::write(dir.path().join("calm.txt"), "The library opens at nine.\n").unwrap();
    let o = slant(&["analyze", "op-ed.txt", "calm.txt"], None, dir.path());
    let out = stdout(&o);
    assert!(out.contains("│ op-ed.txt"), "{out}");
    assert!(out.contains("│ calm.txt"), "{out}");
    assert!(out.contains("== calm.txt =="), "{out}");
}

#[test]
fn output_file_and_save_write_reports_and_create_folders() {
    let dir = workdir();
    let o = slant(
        &[
            "analyze",
            "op-ed.txt",
            "--format",
            "json",
            "-o",
            "out/nested/r.json",
            "--save",
        ],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
    let written = std::fs::read_to_string(dir.path().join("out/nested/r.json")).unwrap();
    let saved = std::fs::read_to_string(dir.path().join("reports/op-ed.json")).unwrap();
    assert_eq!(written, saved);
    serde_json::from_str::<Report>(&saved).unwrap();
}

#[test]
fn refuses_to_overwrite_an_input_with_a_report() {
    let dir = workdir();
    let o = slant(
        &["analyze", "op-ed.txt", "-o", "op-ed.txt"],
        None,
        dir.path(),
    );
    assert_one_line_error(&o, "refusing to overwrite an input file");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("op-ed.txt")).unwrap(),
        OP_ED
    );
}

#[test]
fn fail_above_exits_1_only_when_the_score_is_higher() {
    let dir = workdir();
    assert_eq!(
        exit_code(&["analyze", "op-ed.txt", "--fail-above", "10"], dir.path()),
        Some(1)
    );
    assert_eq!(
        exit_code(&["analyze", "op-ed.txt", "--fail-above", "100"], dir.path()),
        Some(0)
    );
}

#[test]
fn bad_utf8_is_an_error_naming_file_and_offset() {
    let dir = workdir();
    std::fs::write(dir.path().join("bad.txt"), b"Hello \xff world").unwrap();
    let o = slant(&["analyze", "bad.txt"], None, dir.path());
    assert_one_line_error(&o, "bad.txt: not valid UTF-8 at byte 6");
}

#[test]
fn missing_file_is_a_one_line_error() {
    let dir = workdir();
    let o = slant(&["analyze", "nope.txt"], None, dir.path());
    assert_one_line_error(&o, "nope.txt: no such file or folder");
}

#[test]
fn empty_input_gives_an_empty_report_with_a_warning() {
    let dir = workdir();
    let o = slant(&["analyze", "--format", "json", "-"], Some(b""), dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let report: Report = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report.source.path, "-");
    assert!(report.paragraphs.is_empty());
    assert_eq!(report.warnings[0].kind, "empty");
}

#[test]
fn a_file_with_no_text_says_so_in_every_format_not_only_json() {
    let dir = workdir();
    std::fs::write(dir.path().join("blank.txt"), "  \n\n \t\n").unwrap();
    for format in ["table", "markdown", "html"] {
        let o = slant(
            &["analyze", "blank.txt", "--format", format],
            None,
            dir.path(),
        );
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        let out = stdout(&o);
        let said: Vec<&str> = out
            .lines()
            .filter(|l| l.contains("the input has no text to analyse"))
            .collect();
        assert_eq!(said.len(), 1, "{format}: {out}");
    }
    let o = slant(&["analyze", "blank.txt", "--detail"], None, dir.path());
    let out = stdout(&o);
    assert_eq!(out.matches("no text to analyse").count(), 1, "{out}");
}

/// A text with one charged sentence among plain ones: moderate as a whole, yet higher
/// than nearly every wire news report.
const ONE_CHARGED_PARAGRAPH: &str = "The council met on Tuesday to discuss the new bus timetable for the northern district. Officials presented figures on ridership from the past three years.\n\nCritics called the plan a reckless waste of money. The council will vote on the timetable next month after a period of public comment.\n\nThe transport office said it would publish the full timetable online before the vote, along with the expected cost of each new service.\n";

#[test]
fn the_verdict_gives_the_levels_cut_offs_apart_from_the_wire_news_comparison() {
    let dir = workdir();
    std::fs::write(dir.path().join("bus.txt"), ONE_CHARGED_PARAGRAPH).unwrap();
    let o = slant(
        &["analyze", "bus.txt", "--format", "json"],
        None,
        dir.path(),
    );
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let (score, level, percentile) = (
        &report["summary"]["score"],
        report["summary"]["level"].as_str().unwrap(),
        &report["summary"]["percentile"],
    );
    assert_eq!(level, "moderate", "{report}");
    for format in ["table", "markdown", "html"] {
        let o = slant(
            &["analyze", "bus.txt", "--format", format],
            None,
            dir.path(),
        );
        let out = stdout(&o);
        let verdict = out
            .lines()
            .find_map(|l| l.split("Overall: ").nth(1))
            .unwrap_or_else(|| panic!("{format}: no verdict in {out}"));
        let cut_offs = verdict
            .strip_prefix(&format!(
                "{level} (score {score}; a whole text is moderate from "
            ))
            .unwrap_or_else(|| panic!("{format}: {verdict}"));
        let (moderate, rest) = cut_offs.split_once(", high from ").unwrap();
        let high: u64 = rest.split(')').next().unwrap().parse().unwrap();
        let moderate: u64 = moderate.parse().unwrap();
        assert!(
            (moderate..high).contains(&score.as_u64().unwrap()),
            "{format}: {verdict}"
        );
        let comparison = verdict
            .split_once(&format!("). For comparison, {percentile}% of "))
            .unwrap_or_else(|| panic!("{format}: {verdict}"))
            .1;
        assert!(
            comparison.contains(" wire news reports score lower."),
            "{format}: {verdict}"
        );
    }
}

#[test]
fn bom_and_crlf_input_keeps_byte_spans() {
    let dir = workdir();
    let text = "\u{feff}Title\r\n\r\nThe thugs won.\r\n";
    let o = slant(
        &["analyze", "--format", "json", "-"],
        Some(text.as_bytes()),
        dir.path(),
    );
    let report: Report = serde_json::from_str(&stdout(&o)).unwrap();
    let f = &report.findings[0];
    assert_eq!(&text[f.span.start..f.span.end], "thugs");
    assert_eq!((f.line, f.column), (3, 5));
}

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
        out.contains("class/words.toml:4: weight 9 is out of range"),
        "{out}"
    );
    assert!(
        out.contains("class/words.toml:5: duplicate phrase `zorble`"),
        "{out}"
    );
    assert!(stderr(&o).contains("2 problems found"), "{}", stderr(&o));
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
            .any(|f| &*f.text == "zorbles" && &*f.rule == "words/zorble")
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

const LABELLED: &str = include_str!("texts/labelled.jsonl");

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
        table.contains("loaded-language") && table.contains("F1 flagging all"),
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

#[test]
fn folders_and_parallel_jobs_keep_input_order() {
    let dir = workdir();
    std::fs::create_dir(dir.path().join("class")).unwrap();
    for i in 0..12 {
        let text = format!("Essay {i}\n\nEveryone knows essay {i} is the only good one.");
        std::fs::write(dir.path().join(format!("class/e{i:02}.txt")), text).unwrap();
    }
    std::fs::write(dir.path().join("class/notes.pdf"), b"%PDF").unwrap();
    // A link to a text file elsewhere is read like a file; a folder named .txt is not.
    std::fs::write(dir.path().join("outside.txt"), "Linked essay.").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("../outside.txt", dir.path().join("class/e12.txt")).unwrap();
    std::fs::create_dir(dir.path().join("class/drafts.txt")).unwrap();
    let run = |jobs: &str| {
        let o = slant(
            &["analyze", "class", "--format", "jsonl", "--jobs", jobs],
            None,
            dir.path(),
        );
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
    };
    let one = run("1");
    assert_eq!(one, run("2"));
    let paths: Vec<String> = one
        .lines()
        .map(|l| serde_json::from_str::<Report>(l).unwrap().source.path)
        .collect();
    let linked = if cfg!(unix) { 13 } else { 12 };
    let expected: Vec<String> = (0..linked).map(|i| format!("class/e{i:02}.txt")).collect();
    assert_eq!(paths, expected, "sorted .txt files only");
}

#[test]
fn a_jsonl_stream_written_with_o_matches_standard_output() {
    let dir = workdir();
    let input: String = (0..1200)
        .map(|i| format!("{{\"id\": {i}, \"text\": \"Text {i}: critics say it never works.\"}}\n"))
        .collect();
    std::fs::write(dir.path().join("in.jsonl"), &input).unwrap();
    let args = [
        "analyze",
        "--input-format",
        "jsonl",
        "--format",
        "jsonl",
        "in.jsonl",
    ];
    let o = slant(&args, None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let ids: Vec<i64> = stdout(&o)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids, (0..1200).collect::<Vec<_>>());
    let mut with_file = args.to_vec();
    with_file.extend(["-o", "out/reports.jsonl"]);
    assert!(slant(&with_file, None, dir.path()).status.success());
    let written = std::fs::read_to_string(dir.path().join("out/reports.jsonl")).unwrap();
    assert_eq!(written, stdout(&o));
}

/// Each line of standard output as JSON.
fn json_lines(o: &std::process::Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn failed_files_among_many_keep_their_place_in_jsonl_output() {
    let dir = workdir();
    std::fs::create_dir(dir.path().join("class")).unwrap();
    for i in 0..700 {
        let path = dir.path().join(format!("class/e{i:03}.txt"));
        if i == 3 || i == 650 {
            std::fs::write(path, b"\x89PNG\r\n\x1a\n\0\0").unwrap();
        } else {
            std::fs::write(path, format!("Essay {i}: everyone knows it.")).unwrap();
        }
    }
    let o = slant(&["analyze", "class", "--format", "jsonl"], None, dir.path());
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 700);
    for (i, line) in lines.iter().enumerate() {
        if i == 3 || i == 650 {
            let error = line["error"].as_str().unwrap();
            assert!(
                error.contains(&format!("e{i:03}.txt: not a text file")),
                "{error}"
            );
        } else {
            assert_eq!(
                line["source"]["path"],
                format!("class/e{i:03}.txt"),
                "line {i}"
            );
        }
    }
}

#[test]
fn a_failed_line_deep_in_a_long_stream_keeps_its_place() {
    let dir = workdir();
    let input: String = (0..1500)
        .map(|i| match i {
            700 => "{\"id\": 700, \"text\": 5}\n".to_string(),
            _ => format!("{{\"id\": {i}, \"text\": \"Text {i}: it is the worst.\"}}\n"),
        })
        .collect();
    std::fs::write(dir.path().join("in.jsonl"), &input).unwrap();
    let o = slant(&jsonl_batch("in.jsonl"), None, dir.path());
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 1500);
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(line["id"].as_i64(), Some(i as i64));
        assert_eq!(line.get("error").is_some(), i == 700, "line {i}");
    }
    assert!(stderr(&o).contains("in.jsonl:701:"), "{}", stderr(&o));
}

/// Issue 17: the HTML page of a long scraped page leads with the article's headline and
/// the verdict, then the article; the paragraph table is folded at the end, and repeats
/// and page furniture are folded under one line each. The full input path never shows.
#[test]
fn html_page_of_a_scraped_page_leads_with_headline_verdict_and_article() {
    let dir = tempfile::tempdir().unwrap();
    let class = dir.path().join("class").join("week 3");
    std::fs::create_dir_all(&class).unwrap();
    let body: String = (1..=40)
        .map(|i| format!("Paragraph {i} says critics call the brazen bus plan a disaster.\n\n"))
        .collect();
    let text = format!(
        "Skip to main content\n\nBus Lanes Divide the Council\n\nBy Dana Reyes\n\nShare on Facebook\n\n\
         {body}Advertisement\n\n{body}{body}Sign up for our newsletter\n"
    );
    let input = class.join("bus-lanes.txt");
    std::fs::write(&input, text).unwrap();
    let o = slant(
        &["analyze", input.to_str().unwrap(), "--format", "html"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let page = stdout(&o);
    assert!(page.contains("<title>Bus Lanes Divide the Council · slant report</title>"));
    assert!(
        !page.contains(dir.path().to_str().unwrap()),
        "the full path shows"
    );
    assert!(!page.contains("week 3"), "a folder of the path shows");
    let at = |needle: &str| page.find(needle).unwrap_or_else(|| panic!("no {needle}"));
    // The verdict, then the article a short way down, then notes and the folded table.
    assert!(at("<h1") < at("class=\"verdict") && at("class=\"verdict") < at("<main>"));
    let before_article = at("<main>") - at("</style>");
    // The verdict, key and chart (a link per bar); the old page put 41 KB of table first.
    assert!(
        before_article < 12_000,
        "{before_article} bytes before the article"
    );
    assert!(at("<main>") < at("<details class=\"more\"><summary>Table of all 126 paragraphs"));
    assert!(page.contains("Not scored: 80 repeated paragraphs and 5 lines of page furniture"));
    assert!(
        page.contains("¶45–126: 80 repeated paragraphs and 2 lines of page furniture, not scored")
    );
    assert!(page.contains("in 40 scored paragraphs of"));
}

/// Issue 17: a page saved from a browser is read for its article, not its tags, and the
/// report says so; spans index the extracted text.
#[test]
fn a_saved_web_page_is_analysed_for_its_article_text_and_the_report_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let page = r#"<!DOCTYPE html><html><head><title>Meters Must Go | The Riverside Daily</title>
<script>var note = "Everyone knows the brazen thugs";</script></head><body>
<nav><a href="/">Home</a> | <a href="/opinion">Opinion</a></nav><button>Share on Facebook</button>
<article><h1>Meters Must Go</h1>
<p>The council's new parking meters went live on Monday along the whole of Main Street, and drivers now pay two dollars an hour.</p>
<p>Critics say the brazen scheme is daylight robbery, and shop owners on the street report fewer customers since the first week.</p>
<p>The council will review the meters in the spring, when it has a full season of figures from the parking office.</p>
</article><footer>Copyright 2026 The Riverside Daily</footer></body></html>"#;
    std::fs::write(dir.path().join("meters.html"), page).unwrap();
    let o = slant(
        &["analyze", "meters.html", "--format", "json"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report["source"]["extracted_from"], "html");
    assert!(
        report["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w["kind"] == "extracted-from-html"
                && w["message"].as_str().unwrap().contains("web page")),
        "{report}"
    );
    let findings = report["findings"].as_array().unwrap();
    let texts: Vec<&str> = findings
        .iter()
        .map(|f| f["text"].as_str().unwrap())
        .collect();
    assert!(texts.contains(&"brazen"), "{texts:?}");
    // Nothing from the script, and no markup analysed.
    assert!(
        !texts.contains(&"thugs") && !texts.contains(&"Everyone knows"),
        "{texts:?}"
    );
    // The extracted text starts with the title; spans index it (¶1 is the title line).
    let first = &report["paragraphs"][0];
    assert_eq!(first["kind"], "heading");
    assert_eq!(first["span"]["start"], 0);
    assert_eq!(first["span"]["end"], "Meters Must Go".len());
    let html = slant(
        &["analyze", "meters.html", "--format", "html"],
        None,
        dir.path(),
    );
    let html = stdout(&html);
    assert!(html.contains("<title>Meters Must Go · slant report</title>"));
    assert!(html.contains("this is a web page: slant analysed the article text"));
}

/// Issue 17: a URL, or a Word, PDF, OpenDocument or RTF file (named so, or only known by
/// its first bytes), gets one line saying what it is and what to do, exit code 2.
#[test]
fn urls_and_document_formats_are_refused_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    assert_one_line_error(
        &slant(
            &["analyze", "https://news.example.com/op-ed"],
            None,
            dir.path(),
        ),
        "slant does not download pages: save the page (Ctrl+S) and give the file",
    );
    let zip_word = b"PK\x03\x04\x14\0\x06\0[Content_Types].xml\0word/document.xml".to_vec();
    let zip_odt = b"PK\x03\x04\x14\0\0\0mimetypeapplication/vnd.oasis.opendocument.text".to_vec();
    let cases: [(&str, Vec<u8>, &str); 7] = [
        ("essay.docx", zip_word.clone(), "Word document"),
        ("essay.txt", zip_word, "Word document"),
        ("essay.pdf", b"%PDF-1.7\n%\xe2\xe3\0".to_vec(), "PDF"),
        ("scan", b"%PDF-1.4\n\0\0".to_vec(), "PDF"),
        ("essay.odt", zip_odt, "OpenDocument"),
        (
            "essay.rtf",
            b"{\\rtf1\\ansi Hello}".to_vec(),
            "Rich Text (RTF)",
        ),
        (
            "old.doc",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0".to_vec(),
            "Word document",
        ),
    ];
    for (name, bytes, format) in cases {
        std::fs::write(dir.path().join(name), bytes).unwrap();
        let o = slant(&["analyze", name], None, dir.path());
        assert_one_line_error(&o, format);
        let err = stderr(&o);
        assert!(err.contains(name) && err.contains(".txt"), "{err}");
        assert!(!err.contains("NUL byte"), "{err}");
    }
}

/// Issue 17: a class folder with one sub-folder per student is read recursively; an empty
/// folder, or one of Word files only, is an error (exit 2) that says what it found.
#[test]
fn folders_are_read_recursively_and_one_with_nothing_readable_says_what_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    let class = dir.path().join("class");
    for student in ["ana", "ben"] {
        std::fs::create_dir_all(class.join(student)).unwrap();
        std::fs::write(
            class.join(student).join("essay.txt"),
            format!("{student} thinks the brazen plan failed. Everyone knows it."),
        )
        .unwrap();
    }
    let o = slant(&["analyze", "class", "--color", "never"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("class/ana/essay.txt") && out.contains("class/ben/essay.txt"),
        "{out}"
    );
    std::fs::create_dir_all(dir.path().join("empty")).unwrap();
    assert_one_line_error(
        &slant(&["analyze", "empty"], None, dir.path()),
        "empty: no file slant can read in this folder or its sub-folders",
    );
    let word = dir.path().join("word");
    std::fs::create_dir_all(&word).unwrap();
    for name in ["a.docx", "b.docx", "c.pdf"] {
        std::fs::write(word.join(name), b"PK\x03\x04").unwrap();
    }
    let o = slant(&["analyze", "word"], None, dir.path());
    assert_one_line_error(&o, "it holds 2 .docx files and 1 .pdf file");
}

/// Issue 17: on a long scraped page the table leaves repeats and page furniture out in one
/// line, its totals count what was scored and say what was set aside; the same in Markdown.
#[test]
fn repeats_and_page_furniture_are_folded_in_the_table_and_the_worksheet() {
    let dir = tempfile::tempdir().unwrap();
    let body: String = (1..=30)
        .map(|i| format!("Paragraph {i} says critics call the brazen bus plan a disaster.\n\n"))
        .collect();
    let text = format!(
        "Bus Lanes Divide the Council\n\nBy Dana Reyes\n\nShare on Facebook\n\n{body}Advertisement\n\n{body}{body}Sign up for our newsletter\n"
    );
    std::fs::write(dir.path().join("page.txt"), text).unwrap();
    let o = slant(
        &["analyze", "page.txt", "--color", "never"],
        None,
        dir.path(),
    );
    let out = stdout(&o);
    let rows = out.lines().filter(|l| l.starts_with("│ ")).count();
    assert_eq!(
        rows,
        1 + 1 + 30 + 1,
        "header, heading, 30 scored, totals: {out}"
    );
    assert!(!out.contains("repeat of"), "{out}");
    assert!(
        out.contains(
            "60 repeated paragraphs and 4 lines of page furniture not shown; --all shows them"
        ),
        "{out}"
    );
    assert!(
        out.contains("Not scored: 1 heading, 60 repeated paragraphs and 4 lines of page furniture"),
        "{out}"
    );
    // The totals are the scored paragraphs' words (30 of 11 words), not the page's.
    assert!(out.contains("scored (word-weighted)"), "{out}");
    let totals = out
        .lines()
        .find(|l| l.contains("scored (word-weighted)"))
        .unwrap();
    assert!(totals.contains("┆   330 ┆"), "{totals}");
    let all = stdout(&slant(
        &["analyze", "page.txt", "--all", "--color", "never"],
        None,
        dir.path(),
    ));
    assert_eq!(
        all.lines().filter(|l| l.starts_with("│ ")).count(),
        97,
        "{all}"
    );
    assert!(
        all.contains("repeat of ¶5") && !all.contains("--all shows them"),
        "{all}"
    );
    let sheet = stdout(&slant(
        &["analyze", "page.txt", "--format", "markdown"],
        None,
        dir.path(),
    ));
    assert!(
        sheet.contains(
            "60 repeated paragraphs and 4 lines of page furniture not shown; --all shows them"
        ),
        "{sheet}"
    );
    assert!(!sheet.contains("repeat of"), "{sheet}");
    assert!(sheet.contains("| all | scored | 30 | 330 |"), "{sheet}");
}

/// Issue 17: JSON numbers paragraphs and sentences as the table does, from 1.
#[test]
fn json_numbers_paragraphs_and_sentences_from_1_as_the_table_does() {
    let dir = tempfile::tempdir().unwrap();
    let text = "A Plain Headline\n\nThe brazen plan failed. Critics say so.\n\nThe brazen plan failed. Critics say so.\n";
    let o = slant(
        &["analyze", "-", "--format", "json"],
        Some(text.as_bytes()),
        dir.path(),
    );
    let r: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let indices: Vec<u64> = r["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["index"].as_u64().unwrap())
        .collect();
    assert_eq!(indices, [1, 2, 3]);
    assert_eq!(r["paragraphs"][2]["duplicate_of"], 2);
    assert_eq!(r["sentences"][0]["index"], 1);
    assert_eq!(r["sentences"][1]["paragraph"], 2);
    assert_eq!(r["findings"][0]["paragraph"], 2);
    assert_eq!(r["findings"][0]["sentence"], 2);
    let table = stdout(&slant(
        &["analyze", "-", "--all", "--color", "never"],
        Some(text.as_bytes()),
        dir.path(),
    ));
    assert!(table.contains("repeat of ¶2"), "{table}");
}

/// Every file under `root`, as paths relative to it, sorted.
fn files_under(root: &Path) -> Vec<String> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
            } else {
                out.push(path.strip_prefix(root).unwrap().display().to_string());
            }
        }
    }
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out.sort();
    out
}

/// Issue 17: `--save` on a/essay.txt and b/essay.txt left one reports/essay.json and never
/// said where it wrote. Now each text keeps its path under reports/, paths from outside
/// the folder, standard input and ids with `/` or `..` stay inside reports/, and each path
/// written is printed on stderr while stdout still carries the report.
#[test]
fn save_keeps_each_texts_path_under_reports_and_says_where_it_wrote() {
    let root = tempfile::tempdir().unwrap();
    let class = root.path().join("class");
    for folder in ["a", "b"] {
        std::fs::create_dir_all(class.join(folder)).unwrap();
    }
    std::fs::write(class.join("a/essay.txt"), OP_ED).unwrap();
    std::fs::write(class.join("b/essay.txt"), "Everyone knows the plan failed.").unwrap();
    std::fs::write(root.path().join("outside.txt"), OP_ED).unwrap();
    let o = slant(
        &[
            "analyze",
            "a/essay.txt",
            "b/essay.txt",
            "../outside.txt",
            "-",
            "--save",
            "--format",
            "json",
        ],
        Some(b"Clearly the plan failed."),
        &class,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    // Standard output is still the report, for a pipe.
    let reports: Vec<Report> = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(reports.len(), 4);
    assert_eq!(
        stderr(&o).lines().collect::<Vec<_>>(),
        [
            "saved reports/a/essay.json",
            "saved reports/b/essay.json",
            "saved reports/outside.json",
            "saved reports/stdin.json",
        ]
    );
    let a: Report =
        serde_json::from_str(&std::fs::read_to_string(class.join("reports/a/essay.json")).unwrap())
            .unwrap();
    let b: Report =
        serde_json::from_str(&std::fs::read_to_string(class.join("reports/b/essay.json")).unwrap())
            .unwrap();
    assert_eq!(
        (a.source.path.as_str(), b.source.path.as_str()),
        ("a/essay.txt", "b/essay.txt")
    );
    // JSONL ids that look like paths make plain file names inside reports/.
    let batch = concat!(
        r#"{"id": "../../escape", "text": "Clearly wrong."}"#,
        "\n",
        r#"{"id": "/etc/passwd", "text": "Clearly wrong."}"#,
        "\n",
        r#"{"id": "x/y", "text": "Clearly wrong."}"#,
        "\n"
    );
    std::fs::write(class.join("batch.jsonl"), batch).unwrap();
    let o = slant(
        &[
            "analyze",
            "--input-format",
            "jsonl",
            "batch.jsonl",
            "--save",
            "--format",
            "jsonl",
        ],
        None,
        &class,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 3);
    let mut expected = vec![
        "class/a/essay.txt",
        "class/b/essay.txt",
        "class/batch.jsonl",
        "class/reports/a/essay.json",
        "class/reports/b/essay.json",
        "class/reports/batch-.._.._escape.json",
        "class/reports/batch-_etc_passwd.json",
        "class/reports/batch-x_y.json",
        "class/reports/outside.json",
        "class/reports/stdin.json",
        "outside.txt",
    ];
    expected.sort();
    assert_eq!(files_under(root.path()), expected);
}

/// Two texts that would share a report name get distinct ones, and HTML pages go beside
/// their JSON reports.
#[test]
fn save_never_gives_two_texts_one_report() {
    let dir = workdir();
    std::fs::create_dir(dir.path().join("other")).unwrap();
    std::fs::write(dir.path().join("op-ed.md"), "Everyone knows it.").unwrap();
    let o = slant(
        &[
            "analyze",
            "op-ed.txt",
            "op-ed.md",
            "--save",
            "--format",
            "html",
        ],
        None,
        dir.path(),
    );
    assert!(o.status.success() && o.stdout.is_empty(), "{}", stderr(&o));
    assert_eq!(
        stderr(&o).lines().collect::<Vec<_>>(),
        [
            "saved reports/op-ed.json",
            "saved reports/op-ed.html",
            "saved reports/op-ed-2.json",
            "saved reports/op-ed-2.html",
        ]
    );
    let second = std::fs::read_to_string(dir.path().join("reports/op-ed-2.json")).unwrap();
    assert!(second.contains("\"path\": \"op-ed.md\""), "{second}");
    // A second run replaces slant's own reports.
    let again = slant(&["analyze", "op-ed.txt", "--save"], None, dir.path());
    assert!(again.status.success(), "{}", stderr(&again));
}

/// Nothing the user had is lost: a file slant did not write where a report would go, or
/// a `reports` that is a file, stops the run before any report is written.
#[test]
fn save_refuses_to_replace_a_file_it_did_not_write() {
    let dir = workdir();
    std::fs::write(dir.path().join("calm.txt"), "The council met on Tuesday.").unwrap();
    std::fs::create_dir(dir.path().join("reports")).unwrap();
    let notes = "my own notes, not a report";
    std::fs::write(dir.path().join("reports/op-ed.json"), notes).unwrap();
    let o = slant(
        &["analyze", "calm.txt", "op-ed.txt", "--save"],
        None,
        dir.path(),
    );
    assert_one_line_error(
        &o,
        "reports/op-ed.json: exists and is not a report slant wrote",
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("reports/op-ed.json")).unwrap(),
        notes
    );
    assert!(
        !dir.path().join("reports/calm.json").exists(),
        "a report was written"
    );
    // A file where a report's folder would go.
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("sub/essay.txt"), OP_ED).unwrap();
    std::fs::write(dir.path().join("reports/sub"), notes).unwrap();
    assert_one_line_error(
        &slant(&["analyze", "sub/essay.txt", "--save"], None, dir.path()),
        "reports/sub: is a file, where slant would make a folder for reports/sub/essay.json",
    );
    let other = workdir();
    std::fs::write(other.path().join("reports"), notes).unwrap();
    assert_one_line_error(
        &slant(&["analyze", "op-ed.txt", "--save"], None, other.path()),
        "reports: is a file, not a folder",
    );
    assert_eq!(
        std::fs::read_to_string(other.path().join("reports")).unwrap(),
        notes
    );
}

#[cfg(unix)]
#[test]
fn save_refuses_a_symlinked_folder_inside_reports() {
    let dir = workdir();
    let outside = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("class/amara")).unwrap();
    std::fs::write(dir.path().join("class/amara/essay.txt"), OP_ED).unwrap();
    std::fs::create_dir(dir.path().join("reports")).unwrap();
    std::os::unix::fs::symlink(outside.path(), dir.path().join("reports/class")).unwrap();
    let o = slant(
        &["analyze", "class/amara/essay.txt", "--save"],
        None,
        dir.path(),
    );
    assert_one_line_error(&o, "reports/class: is a symbolic link");
    assert_eq!(files_under(outside.path()), Vec::<String>::new());
    // A link in place of a report is refused too.
    std::fs::write(outside.path().join("notes.json"), "mine").unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("notes.json"),
        dir.path().join("reports/op-ed.json"),
    )
    .unwrap();
    let o = slant(&["analyze", "op-ed.txt", "--save"], None, dir.path());
    assert_one_line_error(&o, "reports/op-ed.json: is a symbolic link");
    assert_eq!(
        std::fs::read_to_string(outside.path().join("notes.json")).unwrap(),
        "mine"
    );
}

/// `slant args` run in `dir` under `umask`.
fn slant_with_umask(umask: &str, args: &[&str], dir: &Path) -> std::process::Output {
    std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_slant"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

/// Issue 17: reports were created 0600 whatever the umask, so a class folder or a school
/// web server could not serve them. Now they get the umask's permissions like any new
/// file, and a replaced file keeps its own.
#[cfg(unix)]
#[test]
fn report_files_get_the_permissions_of_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let dir = workdir();
    for (umask, expected) in [("022", 0o644), ("027", 0o640)] {
        let out = format!("page-{umask}.html");
        let o = slant_with_umask(
            umask,
            &[
                "analyze",
                "op-ed.txt",
                "--format",
                "html",
                "-o",
                &out,
                "--save",
            ],
            dir.path(),
        );
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(
            mode(&dir.path().join(&out)),
            expected,
            "-o under umask {umask}"
        );
        let saved = dir.path().join("reports/op-ed.json");
        assert_eq!(mode(&saved), expected, "--save under umask {umask}");
        std::fs::remove_file(saved).unwrap();
    }
    // A file the user made private stays private when a new report replaces it.
    let private = dir.path().join("page-022.html");
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).unwrap();
    let o = slant_with_umask(
        "022",
        &[
            "analyze",
            "op-ed.txt",
            "--format",
            "html",
            "-o",
            "page-022.html",
        ],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(mode(&private), 0o600);
}

/// Issue 17: `-o` pointed at a folder gave "Not a directory". Now an existing folder or a
/// name ending in `/` is a one-line error that says what -o takes, and nothing is written.
#[test]
fn output_at_a_folder_is_a_one_line_error() {
    let dir = workdir();
    std::fs::create_dir(dir.path().join("out")).unwrap();
    for (target, format, example) in [
        ("out", "table", "out/report.txt"),
        ("out/", "html", "out/report.html"),
        ("new/", "json", "new/report.json"),
        (".", "markdown", "./worksheet.md"),
    ] {
        let o = slant(
            &["analyze", "op-ed.txt", "--format", format, "-o", target],
            None,
            dir.path(),
        );
        assert_one_line_error(
            &o,
            &format!(
                "{target}: is a folder: -o takes the name of the file to write, such as {example}"
            ),
        );
    }
    assert!(!dir.path().join("new").exists());
    assert_eq!(
        std::fs::read_dir(dir.path().join("out")).unwrap().count(),
        0
    );
    // compare and exercise check write one file with -o too.
    assert_one_line_error(
        &slant(
            &["compare", "op-ed.txt", "op-ed.txt", "-o", "out"],
            None,
            dir.path(),
        ),
        "out: is a folder",
    );
}

/// Issue 17: after the README's commands there was no `slant` command, though every
/// example says `slant …`, and the first build's minutes came without a warning. Now the
/// README installs `slant` before its first use and says the first build takes minutes;
/// `slant --version` answers, and every example of "Analysing texts" runs as written
/// (with the installed binary first on the PATH, on a copy of the sample texts).
#[test]
fn readme_installs_slant_before_using_it_and_its_examples_run() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let install = readme
        .find("    cargo install --path . --locked")
        .expect("install line");
    let first_use = readme.find("\n    slant ").expect("an example");
    assert!(
        install < first_use,
        "the README uses slant before installing it"
    );
    assert!(readme.contains("The first build downloads and compiles"));
    let dir = tempfile::tempdir().unwrap();
    let o = slant(&["--version"], None, dir.path());
    assert_eq!(stdout(&o), format!("slant {}\n", env!("CARGO_PKG_VERSION")));
    std::fs::create_dir(dir.path().join("reports")).unwrap();
    for sample in ["phones-in-class", "library-hours", "parking-meters"] {
        let name = format!("reports/{sample}.txt");
        std::fs::copy(root.join(&name), dir.path().join(&name)).unwrap();
    }
    let section = readme
        .split("## Analysing texts")
        .nth(1)
        .and_then(|s| s.split("\n- ").next())
        .unwrap();
    let examples: Vec<&str> = section
        .lines()
        .filter_map(|l| l.strip_prefix("    "))
        .collect();
    assert!(examples.len() >= 7, "{examples:?}");
    let bin = Path::new(env!("CARGO_BIN_EXE_slant")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for example in examples {
        let o = std::process::Command::new("sh")
            .args(["-c", example])
            .current_dir(dir.path())
            .env("PATH", &path)
            .output()
            .unwrap();
        assert!(o.status.success(), "{example}: {}", stderr(&o));
    }
    for written in ["phones.html", "worksheet.md", "phones.json"] {
        assert!(dir.path().join(written).exists(), "{written}");
    }
}

#[test]
fn without_format_the_output_files_extension_chooses_it() {
    let dir = workdir();
    let run = |args: &[&str]| {
        let o = slant(args, None, dir.path());
        assert!(
            o.status.success(),
            "{:?}: {}",
            args,
            String::from_utf8_lossy(&o.stderr)
        );
    };
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();
    run(&["analyze", "op-ed.txt", "-o", "page.html"]);
    assert!(read("page.html").starts_with("<!DOCTYPE html>"));
    run(&["analyze", "op-ed.txt", "-o", "Page.HTM"]);
    assert!(read("Page.HTM").starts_with("<!DOCTYPE html>"));
    run(&["analyze", "op-ed.txt", "-o", "report.json"]);
    let report: serde_json::Value = serde_json::from_str(&read("report.json")).unwrap();
    assert!(report["findings"].is_array());
    run(&["analyze", "op-ed.txt", "-o", "reports.jsonl"]);
    assert_eq!(read("reports.jsonl").lines().count(), 1);
    run(&["analyze", "op-ed.txt", "-o", "sheet.md"]);
    assert!(read("sheet.md").starts_with("# Rhetoric worksheet: "));
    // Any other extension, or --format given, keeps the table or what was asked.
    run(&["analyze", "op-ed.txt", "-o", "table.txt"]);
    assert!(read("table.txt").contains("┆"));
    run(&[
        "analyze",
        "op-ed.txt",
        "--format",
        "json",
        "-o",
        "asked.html",
    ]);
    assert!(read("asked.html").trim_start().starts_with('{'));
}
