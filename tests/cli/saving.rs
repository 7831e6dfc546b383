//! `--save` and `-o`: where reports go, what is never replaced, their permissions.

use super::*;

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
            "saved reports/a/essay.json (JSON report)",
            "saved reports/b/essay.json (JSON report)",
            "saved reports/outside.json (JSON report)",
            "saved reports/stdin.json (JSON report)",
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
            "saved reports/op-ed.json (JSON report)",
            "saved reports/op-ed.html (HTML page)",
            "saved reports/op-ed-2.json (JSON report)",
            "saved reports/op-ed-2.html (HTML page)",
        ]
    );
    let second = std::fs::read_to_string(dir.path().join("reports/op-ed-2.json")).unwrap();
    assert!(second.contains("\"path\": \"op-ed.md\""), "{second}");
    // A second run replaces slant's own reports.
    let again = slant(&["analyze", "op-ed.txt", "--save"], None, dir.path());
    assert!(again.status.success(), "{}", stderr(&again));
}

/// The last newcomer trial: `--save` on reports/x.txt wrote reports/reports/x.json. A text
/// already inside reports/ keeps its place there, as a file or in a folder given, and a
/// file of the user's where a page would go is still never replaced.
#[test]
fn save_of_a_text_inside_reports_writes_beside_it_not_in_a_second_reports() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("reports/class")).unwrap();
    std::fs::write(dir.path().join("reports/x.txt"), OP_ED).unwrap();
    std::fs::write(dir.path().join("reports/class/y.txt"), OP_ED).unwrap();
    let o = slant(&["analyze", "reports/x.txt", "--save"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o), "saved reports/x.json (JSON report)\n");
    let o = slant(&["analyze", "reports", "--save"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stderr(&o).lines().collect::<Vec<_>>(),
        [
            "saved reports/class/y.json (JSON report)",
            "saved reports/x.json (JSON report)",
        ]
    );
    assert_eq!(
        files_under(dir.path()),
        [
            "reports/class/y.json",
            "reports/class/y.txt",
            "reports/x.json",
            "reports/x.txt"
        ]
    );
    // An exercise kept under reports/: a folder walk passes over it, and its key is no
    // report of a text, so a run that would write over it stops before writing anything.
    let o = slant(
        &["exercise", "new", "reports/x.txt", "-o", "reports/ex"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let key = std::fs::read(dir.path().join("reports/ex/key.json")).unwrap();
    std::fs::write(dir.path().join("reports/ex/key.txt"), OP_ED).unwrap();
    let o = slant(&["analyze", "reports", "--save"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("saved reports/ex/"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("note: passed over what slant wrote itself (reports and exercises, not articles): reports/ex/ (an exercise)"),
        "{}",
        stderr(&o)
    );
    let o = slant(
        &["analyze", "reports/ex/key.txt", "--save"],
        None,
        dir.path(),
    );
    assert_one_line_error(
        &o,
        "reports/ex/key.json: exists and is not a report slant wrote",
    );
    assert_eq!(
        std::fs::read(dir.path().join("reports/ex/key.json")).unwrap(),
        key
    );
    std::fs::remove_dir_all(dir.path().join("reports/ex")).unwrap();
    let notes = "# my notes on x";
    std::fs::write(dir.path().join("reports/x.md"), notes).unwrap();
    let o = slant(
        &["analyze", "reports/x.txt", "--save", "--format", "markdown"],
        None,
        dir.path(),
    );
    assert_one_line_error(&o, "reports/x.md: exists and is not a report slant wrote");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("reports/x.md")).unwrap(),
        notes
    );
}

/// The last newcomer trial: `-o FILE` said nothing while `--save` said where it wrote.
/// Now one line on stderr names the file and what it holds; stdout stays empty.
#[test]
fn output_file_is_named_on_stderr_and_stdout_stays_clean() {
    let dir = workdir();
    for (args, line) in [
        (
            &["analyze", "op-ed.txt", "-o", "op-ed.html"][..],
            "saved op-ed.html (HTML page)\n",
        ),
        (
            &["analyze", "op-ed.txt", "-o", "table.txt"][..],
            "saved table.txt (table)\n",
        ),
        (
            &["analyze", "-", "--format", "jsonl", "-o", "all.jsonl"][..],
            "saved all.jsonl (JSONL, one report per line)\n",
        ),
        (
            &["compare", "op-ed.txt", "op-ed.txt", "-o", "both.txt"][..],
            "saved both.txt (comparison, table)\n",
        ),
    ] {
        let o = slant(args, Some(OP_ED.as_bytes()), dir.path());
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), line, "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?}: {}", stdout(&o));
    }
    assert!(dir.path().join("op-ed.html").is_file());
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

/// The newcomer trial: `-o essay.pdf` wrote a plain table into `essay.pdf` ("saved
/// essay.pdf (table)", exit 0), a file no PDF viewer opens. A document name is now a
/// one-line error that says which names work, and nothing is written.
#[test]
fn output_named_as_a_pdf_or_word_file_is_a_one_line_error() {
    let dir = workdir();
    for (command, target) in [
        (vec!["analyze", "op-ed.txt"], "essay.pdf"),
        (
            vec!["analyze", "op-ed.txt", "--format", "html"],
            "essay.PDF",
        ),
        (vec!["analyze", "op-ed.txt"], "essay.docx"),
        (vec!["compare", "op-ed.txt", "op-ed.txt"], "both.odt"),
    ] {
        let mut args = command.clone();
        args.extend(["-o", target]);
        let o = slant(&args, None, dir.path());
        assert_one_line_error(
            &o,
            &format!("{target}: slant does not write Word, PDF, OpenDocument or RTF files"),
        );
        assert!(stderr(&o).contains("name the file .html"), "{}", stderr(&o));
        assert!(!dir.path().join(target).exists(), "{target}");
    }
}

/// With --save, `-o essay.pdf` was refused only after every per-text report had been
/// written into reports/: the error came with half the work done. It is refused first.
#[test]
fn a_document_name_with_save_is_refused_before_any_report_is_written() {
    let dir = workdir();
    let o = slant(
        &["analyze", "op-ed.txt", "--save", "-o", "summary.pdf"],
        None,
        dir.path(),
    );
    assert_one_line_error(
        &o,
        "summary.pdf: slant does not write Word, PDF, OpenDocument or RTF files",
    );
    assert!(!dir.path().join("reports").exists(), "{}", stderr(&o));
}

/// A newcomer trial: `slant analyze draft.txt -o essay.md` replaced the student's own
/// essay.md with a worksheet. A file slant did not write is now refused, one line and
/// exit 2, and left as it was; slant's own report, an empty file, or any file with
/// `--force` is replaced.
#[test]
fn output_never_replaces_a_file_slant_did_not_write() {
    let dir = workdir();
    let essay = "My essay\n\nPhones in class help more than they hurt.\n";
    let keep = |name: &str| std::fs::write(dir.path().join(name), essay).unwrap();
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();
    for (args, target) in [
        (&["analyze", "op-ed.txt", "-o", "essay.md"][..], "essay.md"),
        (
            &["analyze", "op-ed.txt", "-o", "notes.txt"][..],
            "notes.txt",
        ),
        (
            &["analyze", "op-ed.txt", "-o", "page.html"][..],
            "page.html",
        ),
        (
            &["analyze", "op-ed.txt", "-o", "data.json"][..],
            "data.json",
        ),
        (
            &["analyze", "op-ed.txt", "-o", "lines.jsonl"][..],
            "lines.jsonl",
        ),
        (
            &["compare", "op-ed.txt", "op-ed.txt", "-o", "both.txt"][..],
            "both.txt",
        ),
        (
            &["compare", "op-ed.txt", "op-ed.txt", "-o", "both.html"][..],
            "both.html",
        ),
    ] {
        keep(target);
        let o = slant(args, None, dir.path());
        assert_one_line_error(
            &o,
            &format!(
                "{target}: exists and is not a report slant wrote: refusing to replace it \
                 (choose another name, delete it first, or add --force)"
            ),
        );
        assert_eq!(read(target), essay, "{args:?}");
        // With --force it is replaced; run again, slant replaces its own report.
        let forced = [args, &["--force"]].concat();
        let o = slant(&forced, None, dir.path());
        assert!(o.status.success(), "{forced:?}: {}", stderr(&o));
        let report = read(target);
        assert_ne!(report, essay, "{forced:?}");
        std::fs::write(dir.path().join(target), report.replace("op-ed", "op_ed")).unwrap();
        let o = slant(args, None, dir.path());
        assert!(
            o.status.success(),
            "{args:?} over its own report: {}",
            stderr(&o)
        );
        assert_eq!(read(target), report, "{args:?}");
        // An empty file (as `mktemp` makes) is replaced too.
        std::fs::write(dir.path().join(target), "").unwrap();
        let o = slant(args, None, dir.path());
        assert!(
            o.status.success(),
            "{args:?} over an empty file: {}",
            stderr(&o)
        );
        assert_eq!(read(target), report, "{args:?}");
    }
    // Several texts' table, a folder's, and a JSON array: each replaced by its re-run.
    std::fs::create_dir(dir.path().join("class")).unwrap();
    std::fs::write(dir.path().join("class/a.txt"), OP_ED).unwrap();
    std::fs::write(dir.path().join("class/b.txt"), "The vote is on Monday.").unwrap();
    for args in [
        &["analyze", "op-ed.txt", "class/b.txt", "-o", "all.txt"][..],
        &["analyze", "class", "-o", "class.txt"][..],
        &["analyze", "op-ed.txt", "class", "-o", "all.json"][..],
        &["analyze", "op-ed.txt", "--detail", "-o", "detail.txt"][..],
    ] {
        for run in ["first", "again"] {
            let o = slant(args, None, dir.path());
            assert!(o.status.success(), "{args:?} {run}: {}", stderr(&o));
        }
    }
    // An exercise's key is the teacher's, not a report to replace.
    let o = slant(
        &["exercise", "new", "op-ed.txt", "-o", "ex"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let key = read("ex/key.json");
    let o = slant(
        &["analyze", "op-ed.txt", "-o", "ex/key.json"],
        None,
        dir.path(),
    );
    assert_one_line_error(&o, "ex/key.json: exists and is not a report slant wrote");
    assert_eq!(read("ex/key.json"), key);
}
