//! Folders and JSONL streams: input order kept on all cores, failed inputs in their place.

use super::*;

#[test]
fn folders_and_parallel_jobs_keep_input_order() {
    let dir = workdir();
    std::fs::create_dir(dir.path().join("class")).unwrap();
    for i in 0..12 {
        let text = format!("Essay {i}\n\nEveryone knows essay {i} is the only good one.");
        std::fs::write(dir.path().join(format!("class/e{i:02}.txt")), text).unwrap();
    }
    std::fs::write(dir.path().join("class/notes.pdf"), b"%PDF-").unwrap();
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

/// A folder given to a JSONL batch was "is a folder, not a file" when streamed and, as a
/// table, an advice to save its .jsonl files as plain text: both are now one line that
/// says to name the files.
#[test]
fn a_folder_in_a_jsonl_batch_is_one_line_naming_its_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("batch")).unwrap();
    std::fs::write(
        dir.path().join("batch/a.jsonl"),
        "{\"id\": 1, \"text\": \"Everyone knows.\"}\n",
    )
    .unwrap();
    for format in ["jsonl", "table"] {
        let args = [
            "analyze",
            "--input-format",
            "jsonl",
            "--format",
            format,
            "batch",
        ];
        let o = slant(&args, None, dir.path());
        assert_one_line_error(
            &o,
            "batch: a folder: a JSONL batch reads the files named (give batch/*.jsonl)",
        );
    }
}
