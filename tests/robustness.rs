//! Whatever students feed slant: broken encodings, binary files, huge and odd texts,
//! mixed scripts, unbalanced quotes, failing inputs in a batch, closed pipes.

mod common;

use common::{assert_one_line_error, jsonl_batch, slant, stderr, stdout};
use slant::report::Report;
use std::path::Path;
use std::process::{Command, Stdio};

fn dir_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    dir
}

/// The JSON report of `text`, checking that every span slices to what the report says.
fn report_of(text: &str) -> Report {
    let dir = dir_with(&[("in.txt", text.as_bytes())]);
    let o = slant(&["analyze", "in.txt", "--format", "json"], None, dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report: Report = serde_json::from_str(&stdout(&o)).unwrap();
    for f in &report.findings {
        assert_eq!(&text[f.span.start..f.span.end], &*f.text);
        let sentence = report.sentences[f.sentence as usize].span;
        assert!(sentence.start <= f.span.start && f.span.end <= sentence.end);
    }
    for s in &report.sentences {
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
    }
    report
}

fn warning_kinds(report: &Report) -> Vec<&str> {
    report.warnings.iter().map(|w| w.kind.as_str()).collect()
}

#[test]
fn invalid_utf8_is_an_error_unless_lossy() {
    // 0x81 and 0x9D: bytes Windows-1252 leaves unassigned, so the file is neither encoding.
    let dir = dir_with(&[("bad.txt", b"Fine words \x81\x9d here. Everyone knows it.")]);
    assert_one_line_error(
        &slant(&["analyze", "bad.txt"], None, dir.path()),
        "bad.txt: not valid UTF-8 at byte 11",
    );
    let o = slant(
        &["analyze", "bad.txt", "--lossy", "--format", "json"],
        None,
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report: Report = serde_json::from_str(&stdout(&o)).unwrap();
    let lossy = report.warnings.iter().find(|w| w.kind == "lossy").unwrap();
    assert!(
        lossy
            .message
            .contains("2 invalid byte sequences were replaced"),
        "{}",
        lossy.message
    );
    assert!(report.findings.iter().any(|f| &*f.text == "Everyone knows"));
    // One bad byte is said in the singular (it was "1 invalid byte sequence(s) were").
    std::fs::write(dir.path().join("one.txt"), b"Fine words \x8f here.").unwrap();
    let o = slant(
        &["analyze", "one.txt", "--lossy", "--format", "json"],
        None,
        dir.path(),
    );
    let report: Report = serde_json::from_str(&stdout(&o)).unwrap();
    let lossy = report.warnings.iter().find(|w| w.kind == "lossy").unwrap();
    assert!(
        lossy
            .message
            .contains("1 invalid byte sequence was replaced"),
        "{}",
        lossy.message
    );
}

/// The trial7 class folder: a student's notes saved by Word as "Plain Text" on Windows
/// (curly quotes as the single bytes 0x93 and 0x94) had been an error at the end of 57,000
/// lines, and with `--lossy` the quotes became U+FFFD, so a quoted "everyone knows" counted
/// as the student's own claim. Windows-1252 text and UTF-16 with its byte-order mark are
/// read, with a note naming the file and the encoding; a file that is neither UTF-8 nor
/// Windows-1252 text stays an error (a control character, an unassigned byte, a broken
/// UTF-16 character).
#[test]
fn windows_1252_and_utf16_texts_are_read_with_a_note() {
    let quoted = "He writes that \u{201c}everyone knows\u{201d} the bus will be late.";
    let windows: Vec<u8> = quoted
        .chars()
        .map(|c| match c {
            '\u{201c}' => 0x93,
            '\u{201d}' => 0x94,
            c => c as u8,
        })
        .collect();
    let utf16 = |big: bool| {
        let mut bytes = if big {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        bytes.extend(quoted.encode_utf16().flat_map(|u| match big {
            true => u.to_be_bytes(),
            false => u.to_le_bytes(),
        }));
        bytes
    };
    let (little, big) = (utf16(false), utf16(true));
    let dir = dir_with(&[
        ("word.txt", &windows),
        ("le.txt", &little),
        ("be.txt", &big),
    ]);
    // (file, --lossy, the encoding named)
    let cases = [
        ("word.txt", false, "Windows-1252"),
        ("word.txt", true, "Windows-1252"),
        ("le.txt", false, "UTF-16 (little-endian)"),
        ("be.txt", false, "UTF-16 (big-endian)"),
    ];
    for (file, lossy, encoding) in cases {
        let mut args = vec!["analyze", file, "--format", "json"];
        if lossy {
            args.push("--lossy");
        }
        let o = slant(&args, None, dir.path());
        assert_eq!(o.status.code(), Some(0), "{file}: {}", stderr(&o));
        let report: Report = serde_json::from_str(&stdout(&o)).unwrap();
        let note = report.warnings.iter().find(|w| w.kind == "encoding");
        let note = note.unwrap_or_else(|| panic!("{file}: {:?}", report.warnings));
        assert!(note.message.contains(file), "{}", note.message);
        assert!(note.message.contains(encoding), "{}", note.message);
        assert!(
            warning_kinds(&report).iter().all(|k| *k != "lossy"),
            "{file}"
        );
        // The curly quotes are read: the words inside them are someone else's.
        let known = report
            .findings
            .iter()
            .find(|f| &*f.text == "everyone knows");
        assert!(
            known.is_some_and(|f| f.quoted),
            "{file}: {:?}",
            report.findings
        );
        assert_eq!(report.summary.score, 0, "{file}");
    }
    // The table says it under the text's table, naming the file.
    let o = slant(&["analyze", "word.txt"], None, dir.path());
    let table = stdout(&o).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        table.contains("Note: word.txt is not UTF-8: read as Windows-1252"),
        "{table}"
    );
    // Neither UTF-8 nor Windows-1252 text, or a UTF-16 file cut in a character: errors.
    let cut = &little[..little.len() - 1];
    let mixed = [
        "Fine \u{201c}words\u{201d}, the mayor".as_bytes(),
        b"\x92s.",
    ]
    .concat();
    let dir = dir_with(&[
        ("control.txt", b"Fine \x93words\x94 \x01 here."),
        ("unassigned.txt", b"Fine \x93words\x94 \x8d here."),
        ("cut.txt", cut),
        ("mixed.txt", &mixed),
    ]);
    for (file, error) in [
        ("control.txt", "control.txt: not valid UTF-8 at byte 5"),
        (
            "unassigned.txt",
            "unassigned.txt: not valid UTF-8 at byte 5",
        ),
        ("cut.txt", "cut.txt: this file is UTF-16 (little-endian)"),
        // UTF-8 with a stray Windows-1252 byte: damaged, not Windows-1252.
        ("mixed.txt", "mixed.txt: not valid UTF-8 at byte 27"),
    ] {
        assert_one_line_error(&slant(&["analyze", file], None, dir.path()), error);
    }
}

#[test]
fn in_a_batch_failing_inputs_are_listed_and_the_others_still_run() {
    let dir = dir_with(&[
        ("a.txt", b"Everyone knows the plan failed."),
        ("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        ("b.txt", b"The council met on Tuesday."),
    ]);
    let o = slant(
        &[
            "analyze",
            "a.txt",
            "image.png",
            "missing.txt",
            "b.txt",
            "--format",
            "json",
        ],
        None,
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    let reports: Vec<Report> = serde_json::from_str(&stdout(&o)).unwrap();
    let paths: Vec<&str> = reports.iter().map(|r| r.source.path.as_str()).collect();
    assert_eq!(paths, ["a.txt", "b.txt"]);
    let err = stderr(&o);
    assert_eq!(
        err.lines().collect::<Vec<_>>(),
        [
            "slant: error: image.png: not a text but a picture: nothing to analyze; slant reads \
             plain text (.txt, .md) and saved web pages",
            "slant: error: missing.txt: no such file or folder",
            "slant: error: 2 of 4 inputs failed, each named above",
        ],
        "{err}"
    );
}

#[test]
fn a_jsonl_stream_answers_every_line_in_order_even_failed_ones() {
    let input = "{\"id\": 1, \"text\": \"Fine.\"}\nnot json\n{\"id\": 3, \"text\": 5}\n{\"id\": 4, \"text\": \"Everyone knows.\"}\n";
    let o = slant(&jsonl_batch("-"), Some(input.as_bytes()), Path::new("."));
    assert_eq!(o.status.code(), Some(2));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&serde_json::Value> = lines.iter().map(|l| &l["id"]).collect();
    assert_eq!(
        ids,
        [
            &serde_json::json!(1),
            &serde_json::Value::Null,
            &serde_json::json!(3),
            &serde_json::json!(4)
        ]
    );
    assert!(
        lines[1]["error"]
            .as_str()
            .unwrap()
            .starts_with("-:2: not a")
    );
    assert!(
        lines[2]["error"]
            .as_str()
            .unwrap()
            .starts_with("-:3: not a")
    );
    let err = stderr(&o);
    assert!(
        err.ends_with("slant: error: 2 of 4 inputs failed, each named above\n"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 3, "{err}");
    assert!(
        err.lines()
            .all(|l| l.starts_with("slant: error: -:") || l.starts_with("slant: error: 2 of 4")),
        "{err}"
    );
}

#[test]
fn empty_blank_and_one_word_inputs() {
    // An empty file given by name is an error (tests/cli/reports.rs); a blank one is read.
    for text in ["   \n\t\n  \r\n", "\n"] {
        let report = report_of(text);
        assert!(report.paragraphs.is_empty() && report.findings.is_empty());
        assert_eq!(warning_kinds(&report), ["empty"]);
    }
    let report = report_of("Disgraceful");
    assert_eq!((report.paragraphs.len(), report.sentences.len()), (1, 1));
}

#[test]
fn huge_inputs_finish() {
    // One line of 2 MB with no line break and no sentence end.
    let words = [
        "the", "council", "plan", "is", "a", "disgrace", "and", "everyone", "knows",
    ];
    let mut line = String::new();
    let mut k = 0;
    while line.len() < 2_000_000 {
        line.push_str(words[k % words.len()]);
        line.push(' ');
        k += 1;
    }
    let report = report_of(&line);
    assert_eq!(report.sentences.len(), 1);
    assert!(report.findings.len() > 100_000);
    // One sentence of 300 KB where every loaded word has a verb of saying and a comma
    // after it: the search for an attribution after each word is bounded (it was cubic:
    // 5 s at 40 KB).
    let clause = "critics said the brutal plan was a disaster, ";
    let line = clause.repeat(300_000 / clause.len());
    let started = std::time::Instant::now();
    let report = report_of(&line);
    assert_eq!(report.sentences.len(), 1);
    assert!(report.findings.len() > 10_000);
    assert!(started.elapsed() < std::time::Duration::from_secs(60));
    // 100,000 one-word lines: each its own paragraph (a list, not a wrapped sentence).
    let items = ["apples", "pears", "plums", "grapes", "cherries"];
    let lines: Vec<&str> = (0..100_000).map(|i| items[i % items.len()]).collect();
    let report = report_of(&lines.join("\n"));
    assert_eq!(report.paragraphs.len(), 100_000);
    // A paragraph of 10,000 sentences.
    let sentences: Vec<String> = (0..10_000)
        .map(|i| format!("The plan is number {i} on the list."))
        .collect();
    let report = report_of(&sentences.join(" "));
    assert_eq!(
        (report.paragraphs.len(), report.sentences.len()),
        (1, 10_000)
    );
}

#[test]
fn line_endings_spaces_and_scripts_keep_spans_on_character_boundaries() {
    let text = "Everyone knows\r\nthe plan\u{a0}is a\u{200b} disgrace.\rCafe\u{301} owners \u{1F621} never agree.\tThe \u{202E}shameful\u{202C} vote.\n";
    let report = report_of(text);
    assert!(report.findings.iter().any(|f| &*f.text == "never"));
    assert!(report.findings.iter().any(|f| &*f.text == "shameful"));
    // Right-to-left and CJK text is analyzed without crashing and the report says why
    // nothing was found.
    let report =
        report_of("هذا نص عربي طويل بما يكفي للتحليل. 这是一个很长的中文句子，用来测试分析。");
    assert!(
        warning_kinds(&report).contains(&"not-english"),
        "{:?}",
        report.warnings
    );
}

#[test]
fn unbalanced_nested_and_all_quoted_text() {
    let report = report_of(
        "He said \"she said 'they said \"it is a disgraceful scheme\" and' so\" (really [truly)] \"never",
    );
    assert!(!report.sentences.is_empty());
    let report = report_of("\"Everyone knows the regime is corrupt. It always lies.\"");
    assert!(!report.findings.is_empty());
    assert!(
        report.findings.iter().all(|f| f.quoted),
        "{:?}",
        report.findings
    );
    assert_eq!(report.summary.score, 0);
}

#[test]
fn a_lexicon_folder_that_does_not_exist_is_a_one_line_error() {
    let dir = dir_with(&[("a.txt", b"Fine.")]);
    assert_one_line_error(
        &slant(
            &["analyze", "a.txt", "--lexicons", "nowhere"],
            None,
            dir.path(),
        ),
        "nowhere: cannot read lexicon folder: no such file or folder",
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let text = "The shameful plan failed. ".repeat(200_000);
    let dir = dir_with(&[("big.txt", text.as_bytes())]);
    let mut child = Command::new(env!("CARGO_BIN_EXE_slant"))
        .args(["analyze", "big.txt", "--format", "json"])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read a little, then close our end as `| head` does.
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read_exact(&mut out, &mut first).unwrap();
    drop(out);
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}
