//! The README's own commands, run as a newcomer would.

use super::*;

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
    assert!(read("table.txt").contains(" first words "));
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
