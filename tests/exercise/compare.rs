//! `slant compare`, and the formats and inputs it shares with `exercise check` and `exercise new`.

use super::*;

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
        "L per 1,000 words",
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
    assert!(out.contains("amara-four-day-…"), "{out}");
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

/// A new-teacher trial: `exercise check -o class.md` wrote the terminal's table into
/// class.md (no Markdown is written), and `compare -o both.json` the table into a .json
/// file. A name that asks for a format the command does not write is refused in one line
/// naming the files it does write, before anything is written; `--format table` writes
/// the table under that name, and a file of the teacher's is still never replaced.
#[test]
fn an_output_name_asking_for_a_format_not_written_is_refused() {
    let dir = exercise();
    std::fs::write(
        dir.path().join("answers/ana.txt"),
        perfect_sheet(dir.path()),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("other.txt"),
        "The council met on Monday and voted to keep the meters.\n",
    )
    .unwrap();
    fn check(file: &str) -> Vec<&str> {
        vec!["exercise", "check", "ex/key.json", "answers", "-o", file]
    }
    fn compare(file: &str) -> Vec<&str> {
        vec!["compare", "op-ed.txt", "other.txt", "-o", file]
    }
    let cases: [(Vec<&str>, &str); 5] = [
        (
            check("class.md"),
            "class.md: `slant exercise check` writes no Markdown: name the file class.html \
             (a page), class.json (JSON) or class.txt (the table), or add --format table to \
             write the table under this name",
        ),
        (check("class.jsonl"), "writes no JSON Lines"),
        (check("class.markdown"), "writes no Markdown"),
        (
            compare("both.json"),
            "both.json: `slant compare` writes no JSON: name the file both.html (a page) or \
             both.txt (the table)",
        ),
        (compare("both.md"), "writes no Markdown"),
    ];
    for (args, needle) in &cases {
        let o = slant(args, None, dir.path());
        assert_one_line_error(&o, needle);
        assert!(!dir.path().join(args[args.len() - 1]).exists(), "{args:?}");
    }
    // Asked for by name, the table goes under it.
    let mut args = check("class.md");
    args.extend(["--format", "table"]);
    let o = slant(&args, None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(read(dir.path(), "class.md").starts_with("Class report: "));
    // A teacher's own notes under that name stay as they are.
    let notes = "# Monday\n\nTalk about loaded words.\n";
    std::fs::write(dir.path().join("notes.md"), notes).unwrap();
    let mut args = compare("notes.md");
    args.extend(["--format", "table"]);
    let o = slant(&args, None, dir.path());
    assert_one_line_error(&o, "notes.md: exists and is not a report slant wrote");
    assert_eq!(read(dir.path(), "notes.md"), notes);
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

/// What a command run through `script` showed, or `None` when `script` could not be
/// started (the test is then skipped). A run that started but failed (slant failing, or a
/// `script` without util-linux's options) fails the test: it is no reason to skip.
fn terminal_output(run: std::io::Result<std::process::Output>) -> Option<String> {
    let o = run.ok()?;
    assert!(
        o.status.success(),
        "script or slant failed ({}): {}{}",
        o.status,
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    Some(String::from_utf8_lossy(&o.stdout).replace("\r\n", "\n"))
}

/// Only a `script` that cannot be started skips the terminal test: a run that fails, as
/// when slant exits 2, was skipped too and hid the failure.
#[cfg(unix)]
#[test]
fn the_terminal_test_is_skipped_only_when_script_cannot_start() {
    use std::os::unix::process::ExitStatusExt;
    let not_found = std::io::Error::from(std::io::ErrorKind::NotFound);
    assert_eq!(terminal_output(Err(not_found)), None);
    let output = |code: i32| std::process::Output {
        status: std::process::ExitStatus::from_raw(code << 8),
        stdout: b"score\r\n".to_vec(),
        stderr: b"error: no such file\n".to_vec(),
    };
    assert_eq!(terminal_output(Ok(output(0))), Some("score\n".to_string()));
    let failed = std::panic::catch_unwind(|| terminal_output(Ok(output(2))));
    assert!(failed.is_err(), "a failed run was skipped");
}

/// The ux12 trial: in a real 80-column terminal (not `COLUMNS`), the row labels of
/// `compare` wrapped onto three or four lines each. Run through util-linux's `script` in a
/// terminal set to 80 columns, each label keeps one line and every line fits.
#[test]
fn compare_row_labels_keep_one_line_in_a_real_80_column_terminal() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let command = format!(
        "stty cols 80 rows 40; '{}' compare reports/parking-meters.txt reports/phones-in-class.txt",
        env!("CARGO_BIN_EXE_slant")
    );
    let run = std::process::Command::new("script")
        .args(["--quiet", "--return", "--command", &command, "/dev/null"])
        .current_dir(root)
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .output();
    let Some(shown) = terminal_output(run) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "util-linux script not found"
        );
        eprintln!("skipped: util-linux script not found");
        return;
    };
    assert_fits(&shown, 80);
    let labels: Vec<&str> = shown
        .lines()
        .filter_map(|l| l.strip_prefix('│')?.split('┆').next())
        .map(str::trim)
        .filter(|cell| !cell.is_empty())
        .collect();
    assert_eq!(
        labels,
        [
            "score",
            "above wire",
            "words",
            "L per 1,000 words",
            "U per 1,000 words",
            "A per 1,000 words",
            "loaded words",
            "most charged ¶"
        ],
        "{shown}"
    );
    // The table took the terminal's 80 columns, not a width of its own.
    assert!(shown.lines().any(|l| l.chars().count() == 80), "{shown}");
}
