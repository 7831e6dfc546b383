//! The report of one text in every format, and its one-line errors.

use super::*;

#[test]
fn table_is_compact_and_detail_explains_every_finding() {
    let dir = workdir();
    let o = slant(&["analyze", "op-ed.txt"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("heading"), "{out}");
    assert!(out.contains(" all  scored paragraphs "), "{out}");
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
    // Each flagged sentence names its line on a class worksheet (the title gets none).
    assert!(
        stdout(&o).contains("### 1. Paragraph 2, line 3, worksheet S1\n"),
        "{}",
        stdout(&o)
    );
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

/// `--all` reaches the page as it reaches the table: the byline the table lists is shown
/// unfolded on the page (it was folded away, and not printed, whatever `--all` said).
#[test]
fn all_shows_the_byline_on_the_page_as_in_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Bus Lanes Approved\n\nBy Ann Lee\n\nThe council approved the plan on Tuesday night after a long debate.\n";
    std::fs::write(dir.path().join("lanes.txt"), text).unwrap();
    // (--all given, the table lists the byline, the page's fold is open)
    for (all, listed, open) in [(false, false, false), (true, true, true)] {
        let mut args = vec!["analyze", "lanes.txt"];
        args.extend(all.then_some("--all"));
        let table = stdout(&slant(&args, None, dir.path()));
        assert_eq!(table.contains("By Ann Lee"), listed, "{table}");
        args.extend(["--format", "html", "-o", "lanes.html", "--force"]);
        let o = slant(&args, None, dir.path());
        assert!(o.status.success(), "{}", stderr(&o));
        let page = std::fs::read_to_string(dir.path().join("lanes.html")).unwrap();
        assert!(page.contains("<p>By Ann Lee</p>"), "{page}");
        assert_eq!(
            page.contains("<details class=\"aside\" open>"),
            open,
            "{page}"
        );
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
    assert!(out.contains("\n op-ed.txt "), "{out}");
    assert!(out.contains("\n calm.txt "), "{out}");
    assert!(out.contains("== calm.txt =="), "{out}");
}

#[test]
fn a_file_with_no_text_has_level_none_in_every_report() {
    let dir = workdir();
    std::fs::write(dir.path().join("blank.txt"), "  \n\n").unwrap();
    let o = slant(
        &["analyze", "blank.txt", "--format", "json"],
        None,
        dir.path(),
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(json["summary"]["level"], "none", "{json}");
    let o = slant(&["analyze", "blank.txt", "op-ed.txt"], None, dir.path());
    let files = stdout(&o);
    let row = files.lines().find(|l| l.contains("blank.txt")).unwrap();
    assert!(row.trim_end().ends_with("0%  none"), "{files}");
    let o = slant(&["compare", "blank.txt", "op-ed.txt"], None, dir.path());
    assert!(stdout(&o).contains("0/100 (none)"), "{}", stdout(&o));
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
fn output_dash_is_standard_output_not_a_file_named_dash() {
    let dir = workdir();
    let o = slant(
        &["analyze", "op-ed.txt", "--format", "json", "-o", "-"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_str::<Report>(&stdout(&o)).unwrap();
    assert!(!dir.path().join("-").exists());
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
    // 0x81: a byte Windows-1252 leaves unassigned (that encoding's text is read).
    std::fs::write(dir.path().join("bad.txt"), b"Hello \x81 world").unwrap();
    let o = slant(&["analyze", "bad.txt"], None, dir.path());
    assert_one_line_error(&o, "bad.txt: not valid UTF-8 at byte 6");
    // What to do about it (the newcomer4 trial: a student's Word "Plain Text" on Windows).
    let err = stderr(&o);
    assert!(err.contains("save it again as UTF-8"), "{err}");
    assert!(err.contains("slant analyze --lossy"), "{err}");
}

#[test]
fn missing_file_is_a_one_line_error() {
    let dir = workdir();
    let o = slant(&["analyze", "nope.txt"], None, dir.path());
    assert_one_line_error(&o, "nope.txt: no such file or folder");
}

/// The ux16 trial: an empty file or empty standard input exited 0 with a table of zeros.
/// Given by name it is bad input, one line and exit 2, beside the others' reports; in a
/// folder it stays a report with its note.
#[test]
fn empty_input_given_by_name_is_an_error_and_in_a_folder_a_note() {
    let dir = workdir();
    std::fs::write(dir.path().join("column.txt"), "").unwrap();
    std::fs::write(dir.path().join("bom.txt"), "\u{feff}").unwrap();
    type Case<'a> = (&'a [&'a str], Option<&'a [u8]>, &'a str);
    let cases: [Case; 4] = [
        (
            &["analyze", "column.txt"],
            None,
            "slant: error: column.txt is empty: nothing to analyze",
        ),
        (
            &["analyze", "bom.txt"],
            None,
            "slant: error: bom.txt is empty: nothing to analyze",
        ),
        (
            &["analyze", "-"],
            Some(b""),
            "slant: error: standard input is empty: nothing to analyze (was the text piped in?)",
        ),
        (
            &["exercise", "new", "column.txt", "-o", "ex"],
            None,
            "slant: error: column.txt is empty: nothing to analyze",
        ),
    ];
    for (args, stdin, said) in cases {
        let o = slant(args, stdin, dir.path());
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), format!("{said}\n"), "{args:?}");
        assert_eq!(stdout(&o), "", "{args:?}");
    }
    assert!(!dir.path().join("ex").exists());
    // Beside a text, the empty file fails alone and the text is reported.
    std::fs::write(dir.path().join("a.txt"), "The brazen plan failed.\n").unwrap();
    let o = slant(
        &["analyze", "a.txt", "column.txt", "--format", "json"],
        None,
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("column.txt is empty: nothing to analyze"),
        "{}",
        stderr(&o)
    );
    let report: Report = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report.source.path, "a.txt");
    // In a folder, an empty file is a report saying it has no text.
    std::fs::create_dir(dir.path().join("class")).unwrap();
    std::fs::write(dir.path().join("class/ella.txt"), "").unwrap();
    std::fs::write(
        dir.path().join("class/ben.txt"),
        "The brazen plan failed.\n",
    )
    .unwrap();
    let o = slant(&["analyze", "class", "--format", "json"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let reports: Vec<Report> = serde_json::from_str(&stdout(&o)).unwrap();
    let ella = reports
        .iter()
        .find(|r| r.source.path.ends_with("ella.txt"))
        .unwrap();
    assert_eq!(ella.warnings[0].kind, "empty");
}

/// The ux16 trial: `cat column.txt | slant analyze` said "required arguments were not
/// provided: <INPUTS>...". With no input, a text piped in is read as `-` is (as `wc` and
/// ripgrep read it); on a terminal, one line says how to give a text (exit 2).
#[test]
fn a_text_piped_in_without_a_dash_is_read() {
    let dir = workdir();
    let text = b"The brazen plan failed.\n";
    let piped = slant(&["analyze", "--format", "json"], Some(text), dir.path());
    assert!(piped.status.success(), "{}", stderr(&piped));
    let dashed = slant(
        &["analyze", "-", "--format", "json"],
        Some(text),
        dir.path(),
    );
    assert_eq!(stdout(&piped), stdout(&dashed));
    let report: Report = serde_json::from_str(&stdout(&piped)).unwrap();
    assert_eq!(report.source.path, "-");
    assert!(!report.findings.is_empty());
    if let Some((code, shown)) =
        crate::common::slant_on_a_terminal_typing(&["analyze"], b"", dir.path())
    {
        assert_eq!(code, Some(2), "{shown}");
        assert!(
            shown.contains("slant: error: no text given: name a file or a folder"),
            "{shown}"
        );
        assert!(shown.contains("(cat op-ed.txt | slant analyze)"), "{shown}");
    }
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
        let mut out = stdout(&o);
        if format == "table" {
            // Its lines wrap at 80 columns between words.
            out = out.replace('\n', " ");
        }
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

/// The newcomer4 trial: under the 80-column table, the verdict (263 columns), the web
/// page note and every explanation of `--detail` ran on in one line, which a terminal
/// breaks in the middle of words. Now each line fits, wrapped between words, none lost.
#[test]
fn the_table_s_verdict_notes_and_details_fit_80_columns() {
    let dir = workdir();
    let page = "<html><head><title>Bus plan</title></head><body><nav>Home News</nav><article>\
        <h1>Bus plan</h1><p>The council's brazen plan is clearly the worst idea anyone has ever \
        had, and many experts say it will never work for the families of the northern district.</p>\
        <p>Residents met on Tuesday to discuss the timetable, and the transport office said it \
        would publish the figures before the vote next month.</p></article></body></html>";
    std::fs::write(dir.path().join("bus.html"), page).unwrap();
    for args in [
        &["analyze", "op-ed.txt", "--detail"][..],
        &["analyze", "bus.html", "--detail"],
        &["analyze", "op-ed.txt", "bus.html"],
    ] {
        let o = slant(args, None, dir.path());
        assert!(o.status.success(), "{}", stderr(&o));
        let out = stdout(&o);
        for line in out.lines() {
            assert!(line.chars().count() <= 80, "{args:?}: {line}\n{out}");
        }
        let words = out.split_whitespace().collect::<Vec<_>>().join(" ");
        for whole in ["Most charged paragraph: ¶", "score lower."] {
            assert!(words.contains(whole), "{args:?}: {whole}\n{out}");
        }
        if args.contains(&"--detail") {
            let ask = "ask: What neutral word would state the same fact? What does this word want me to feel?";
            assert!(words.contains(ask), "{args:?}\n{out}");
        }
        if args[1] == "bus.html" {
            assert!(words.contains("Note: this is a web page: slant analysed the article it"));
        }
    }
}

/// The newcomer6 trial: at 20 to 45 columns the table's first words (and a folder's file
/// names) wrapped one letter per line, and `lexicons list` cut its counts one digit per
/// line. Now at 40 and 45 columns every line fits, no cell is cut into letters, and a
/// line says which columns were left out.
#[test]
fn tables_fit_a_40_column_terminal_without_cutting_words_into_letters() {
    let dir = workdir();
    std::fs::write(dir.path().join("letter.txt"), OP_ED).unwrap();
    let runs: [&[&str]; 3] = [
        &["analyze", "op-ed.txt"],
        &["analyze", "op-ed.txt", "letter.txt"],
        &["lexicons", "list"],
    ];
    for width in [40, 45] {
        for args in runs {
            let o = slant_with_env(args, &[("COLUMNS", &width.to_string())], dir.path());
            assert!(o.status.success(), "{}", stderr(&o));
            let out = stdout(&o);
            for line in out.lines() {
                assert!(
                    line.chars().count() <= width,
                    "{width} {args:?}: {line}\n{out}"
                );
                let cell = line.trim();
                assert!(
                    cell.chars().count() != 1 || cell == "¶",
                    "{width} {args:?}: a cell cut into letters\n{out}"
                );
            }
            let words = out.split_whitespace().collect::<Vec<_>>().join(" ");
            if args[0] == "analyze" {
                assert!(
                    words.contains("Left out, the terminal is too narrow for them:"),
                    "{width}\n{out}"
                );
            } else {
                assert!(
                    words.contains("loaded-adjectives-political (L):"),
                    "{width}\n{out}"
                );
            }
        }
    }
}

/// The newcomer5 trial: in a 60-column terminal the table gave its first words two
/// columns ("Wh / y / Ou / r …", one paragraph over 17 lines), and the notes on standard
/// error (a sheet saved twice, the refused sheets, "saved …") ran on in lines of 140
/// columns that the terminal cut in the middle of words. `COLUMNS` sets the width as in a
/// terminal that narrow: every line fits, words whole.
#[test]
fn tables_and_notes_fit_a_60_column_terminal() {
    let dir = workdir();
    std::fs::write(dir.path().join("letter.txt"), OP_ED).unwrap();
    let o = slant_with_env(
        &["analyze", "op-ed.txt", "letter.txt", "--detail"],
        &[("COLUMNS", "60")],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert_fits(&out, 60);
    let words: Vec<&str> = out.split_whitespace().collect();
    for whole in [
        "mayor's",
        "thugs",
        "interrupted",
        "Politicians",
        "promises.",
        "letter.txt",
    ] {
        assert!(words.contains(&whole), "{whole}\n{out}");
    }
    // Notes and errors on standard error: a sheet saved twice and one in Word.
    let made = slant(
        &["exercise", "new", "op-ed.txt", "-o", "ex"],
        None,
        dir.path(),
    );
    assert!(made.status.success(), "{}", stderr(&made));
    std::fs::create_dir(dir.path().join("answers")).unwrap();
    let sheet = std::fs::read_to_string(dir.path().join("ex/worksheet.txt")).unwrap();
    for name in ["amara.txt", "amara (2).txt"] {
        std::fs::write(dir.path().join("answers").join(name), &sheet).unwrap();
    }
    std::fs::write(dir.path().join("answers/ben.docx"), b"PK\x03\x04 word/").unwrap();
    let args = [
        "exercise",
        "check",
        "ex/key.json",
        "answers",
        "-o",
        "class.html",
    ];
    let o = slant_with_env(&args, &[("COLUMNS", "60")], dir.path());
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_fits(&err, 60);
    let said = err.split_whitespace().collect::<Vec<_>>().join(" ");
    for whole in [
        "saved class.html (class report, HTML page)",
        "look like one student's sheets",
        "slant: error: answers/ben.docx: this is a Word document",
    ] {
        assert!(said.contains(whole), "{whole}\n{err}");
    }
    // Without a terminal or COLUMNS, each note and the error stay one line, for a log
    // (saved, the two copies, each copy handed in with no box ticked, the error).
    let o = slant(&args, None, dir.path());
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 5, "{err}");
    let last = err.lines().last().unwrap();
    assert!(
        last.starts_with("slant: error: answers/ben.docx: this is a Word document")
            && last.ends_with("give that file"),
        "{err}"
    );
}

#[test]
fn an_html_page_is_refused_on_a_terminal_and_written_into_a_pipe() {
    let dir = workdir();
    std::fs::write(
        dir.path().join("second.txt"),
        "Everyone knows the plan failed.",
    )
    .unwrap();
    let pages: [&[&str]; 2] = [
        &["analyze", "op-ed.txt", "--format", "html"],
        &["compare", "op-ed.txt", "second.txt", "--format", "html"],
    ];
    // Into a pipe (or a file, `> page.html`), the page is written as before.
    for args in pages {
        let o = slant(args, None, dir.path());
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert!(stdout(&o).starts_with("<!DOCTYPE html>"), "{args:?}");
    }
    // On a terminal: one line saying to add -o, exit 2, no markup. A terminal that
    // reports no width (as `script` makes) keeps the line whole.
    for (args, file) in pages.into_iter().zip(["report.html", "comparison.html"]) {
        let Some((code, shown)) = common::slant_on_a_terminal(args, dir.path()) else {
            eprintln!("skipped: util-linux script not found");
            return;
        };
        assert_eq!(code, Some(2), "{args:?}: {shown}");
        assert_eq!(shown.lines().count(), 1, "{args:?}: {shown}");
        assert!(shown.contains(&format!("add -o {file}")), "{shown}");
        assert!(!shown.contains('<'), "{shown}");
    }
    // JSON reads well enough on a terminal: printed as ever.
    if let Some((code, shown)) =
        common::slant_on_a_terminal(&["analyze", "op-ed.txt", "--format", "json"], dir.path())
    {
        assert_eq!(code, Some(0), "{shown}");
        assert!(shown.trim_start().starts_with('{'), "{shown}");
    }
}

/// `slant analyze -` typed by itself waited for standard input without a word, and
/// seemed to hang. On a terminal a note now says to type or paste the text and end it
/// with Ctrl+D; the text typed is analysed as ever. From a pipe, no note.
#[test]
fn reading_from_the_keyboard_says_how_to_end_the_text() {
    let dir = workdir();
    let Some((code, shown)) = crate::common::slant_on_a_terminal_typing(
        &["analyze", "-", "--format", "jsonl"],
        b"The thugs won again.\n\x04",
        dir.path(),
    ) else {
        eprintln!("skipped: util-linux script not found");
        return;
    };
    assert_eq!(code, Some(0), "{shown}");
    assert!(
        shown.contains("reading the text from the keyboard (-)"),
        "{shown}"
    );
    assert!(shown.contains("press Ctrl+D"), "{shown}");
    assert!(shown.contains("\"loaded-language\""), "{shown}");
    let o = slant(&["analyze", "-"], Some(b"The thugs won again."), dir.path());
    assert!(o.status.success() && o.stderr.is_empty(), "{}", stderr(&o));
}

/// The trial7 class folder: a 5 MB transcript printed 57,040 table rows and the folder's
/// summary scrolled away. Among several texts a long one's table shows its 20 most charged
/// paragraphs, in the text's order, and a line counting the others with the command that
/// lists every one; the totals row still counts the whole text. Given alone, a text's table
/// lists every paragraph.
#[test]
fn a_long_text_among_others_shows_its_most_charged_paragraphs_and_alone_all() {
    let dir = workdir();
    let class = dir.path().join("Group B");
    std::fs::create_dir(&class).unwrap();
    let mut long: Vec<String> = (1..=30)
        .map(|n| format!("Item {n} on the agenda was the timetable of route {n}."))
        .collect();
    long[24] = "The brazen thugs slammed the catastrophic plan.".to_string();
    std::fs::write(class.join("long minutes.txt"), long.join("\n\n")).unwrap();
    std::fs::write(
        class.join("short.txt"),
        "The plan was read out.\n\nIt passed.",
    )
    .unwrap();
    let rows = |table: &str| {
        table
            .lines()
            .filter(|l| l.starts_with(' ') && l.trim_start().starts_with(char::is_numeric))
            .map(|l| l.split_whitespace().next().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    // (inputs, rows of the long text's table, the line counting those not shown)
    let cases: [(&[&str], usize, Option<&str>); 3] = [
        (
            &["analyze", "Group B"],
            20,
            Some(
                "… 10 paragraphs not shown, none more charged than those above (the 20 most \
                 charged of 30, the earlier first among equals): `slant analyze 'Group B/long \
                 minutes.txt'` lists every one",
            ),
        ),
        (
            &["analyze", "Group B/short.txt", "Group B/long minutes.txt"],
            20,
            Some("`slant analyze 'Group B/long minutes.txt'`"),
        ),
        (&["analyze", "Group B/long minutes.txt"], 30, None),
    ];
    for (args, shown, more) in cases {
        let o = slant(args, None, dir.path());
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let out = stdout(&o);
        let table = out
            .split("long minutes.txt ==")
            .last()
            .unwrap()
            .split("\n== ")
            .next()
            .unwrap();
        let numbers = rows(table);
        assert_eq!(numbers.len(), shown, "{args:?}: {table}");
        // The charged paragraph is among them, in the text's order.
        assert!(numbers.contains(&"25".to_string()), "{args:?}: {table}");
        let words = table.split_whitespace().collect::<Vec<_>>().join(" ");
        match more {
            Some(line) => assert!(words.contains(line), "{args:?}: {words}"),
            None => assert!(!words.contains("not shown"), "{args:?}: {words}"),
        }
        // The totals row counts all 30 paragraphs' sentences.
        assert!(
            words.contains("all scored paragraphs 30 "),
            "{args:?}: {words}"
        );
    }
}

/// The trial7 class folder: `.DS_Store`, an empty group folder and the `reports/` folder
/// `--save` had written passed without a word, and a file that could not be read was said
/// only on the last line, missing from the folder's summary. Each is now named: the
/// skipped in one note, slant's reports with slant's own files, the unread under the
/// files table (and still last, exit 2).
#[test]
fn a_folder_names_what_it_skips_and_what_it_could_not_read() {
    // (what the class folder holds besides two essays, notes said, lines under the table)
    type Case<'a> = (&'a [(&'a str, &'a [u8])], &'a [&'a str], &'a [&'a str]);
    let cases: [Case; 3] = [
        (
            &[(".DS_Store", b"\x00\x00\x00\x01Bud1"), ("Group C/", b"")],
            &["note: also skipped: 1 hidden file (./.DS_Store) and 1 empty folder (./Group C/)"],
            &[],
        ),
        (
            &[("marks.json", b"{}"), (".git/HEAD", b"ref")],
            &["note: also skipped: 1 hidden folder (./.git/) and 1 .json file"],
            &[],
        ),
        (
            &[("Group B/notes.txt", b"Calm \x81 words.")],
            &[],
            &[
                "Not read, so not in the table (1 input",
                "- ./Group B/notes.txt: not valid UTF-8",
            ],
        ),
    ];
    for (extra, notes, under) in cases {
        let dir = workdir();
        let class = dir.path().join("class");
        std::fs::create_dir_all(class.join("Group A")).unwrap();
        std::fs::write(class.join("Group A/ana.txt"), "The brazen plan failed.\n").unwrap();
        std::fs::write(class.join("Group A/ben.txt"), "The plan was read out.\n").unwrap();
        for (name, bytes) in extra {
            let path = class.join(name);
            match name.strip_suffix('/') {
                Some(_) => std::fs::create_dir_all(&path).unwrap(),
                None => {
                    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                    std::fs::write(&path, bytes).unwrap();
                }
            }
        }
        let o = slant(&["analyze", "."], None, &class);
        let (out, err) = (stdout(&o), stderr(&o));
        assert_eq!(
            o.status.code(),
            Some(if under.is_empty() { 0 } else { 2 }),
            "{err}"
        );
        for note in notes.iter() {
            assert!(err.lines().any(|l| l == *note), "{note}: {err}");
        }
        if notes.is_empty() {
            assert!(!err.contains("also skipped"), "{err}");
        }
        let summary = out.split("\n== ").next().unwrap();
        for line in under.iter() {
            assert!(summary.contains(line), "{line}: {summary}");
        }
    }
    // slant's reports/ folder, written by --save, is named with slant's own files.
    let dir = workdir();
    let class = dir.path().join("class");
    std::fs::create_dir_all(class.join("Group A")).unwrap();
    std::fs::write(class.join("Group A/ana.txt"), "The brazen plan failed.\n").unwrap();
    std::fs::write(class.join("Group A/ben.txt"), "The plan was read out.\n").unwrap();
    let saved = slant(&["analyze", ".", "--save"], None, &class);
    assert!(saved.status.success(), "{}", stderr(&saved));
    let o = slant(&["analyze", "."], None, &class);
    let err = stderr(&o);
    assert!(
        err.contains("note: passed over what slant wrote itself (reports and exercises, not articles): ./reports/ (reports saved with --save)"),
        "{err}"
    );
    assert!(!err.contains(".json file"), "{err}");
}
