//! The worked example in `reports/exercise/` kept fresh, and sheets of any typed text read without a panic.

use super::*;

/// The worked example: the exercise of `reports/exercise/article.txt`, two students'
/// sheets written by hand in `answers/`, and the class report in three formats.
#[test]
fn the_worked_example_is_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let example = root.join("reports/exercise");
    let overwrite = std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite");
    let fresh = tempfile::tempdir().unwrap();
    let fresh_dir = fresh.path().to_str().unwrap();
    let o = slant(
        &[
            "exercise",
            "new",
            "reports/exercise/article.txt",
            "-o",
            fresh_dir,
        ],
        None,
        root,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let fresh_key = fresh.path().join("key.json");
    for (format, name) in [
        ("table", "class-report.txt"),
        ("json", "class-report.json"),
        ("html", "class-report.html"),
    ] {
        let o = slant(
            &[
                "exercise",
                "check",
                fresh_key.to_str().unwrap(),
                "reports/exercise/answers",
                "--format",
                format,
                "-o",
                fresh.path().join(name).to_str().unwrap(),
            ],
            None,
            root,
        );
        assert!(
            o.status.success(),
            "the worked example's sheets are valid: {}",
            stderr(&o)
        );
    }
    let mut stale = Vec::new();
    for name in [
        "worksheet.txt",
        "worksheet.html",
        "key.json",
        "key.html",
        "class-report.txt",
        "class-report.json",
        "class-report.html",
    ] {
        let made = std::fs::read_to_string(fresh.path().join(name)).unwrap();
        let kept = example.join(name);
        if overwrite {
            std::fs::write(&kept, &made).unwrap();
        } else if std::fs::read_to_string(&kept).unwrap_or_default() != made {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "stale files in reports/exercise/: {stale:?}\nregenerate with: SNAPSHOTS=overwrite cargo test --test exercise"
    );
    // The hand-written sheets are two different students: one close to slant, one not.
    let report: CheckJson =
        serde_json::from_str(&std::fs::read_to_string(example.join("class-report.json")).unwrap())
            .unwrap();
    let f1: Vec<f64> = report.students.iter().map(|s| s.overall.f1).collect();
    assert_eq!(f1.len(), 2);
    assert!(f1[0] != f1[1], "{f1:?}");
}

/// Pieces of what students type: boxes, ticks, numbers, bars, notes, comments, ids,
/// line breaks and other scripts.
fn typed() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "S",
        "s",
        "1",
        "2",
        "3",
        "4",
        "0",
        "99999999999",
        "[",
        "]",
        "[ ]",
        "[x]",
        "[X]",
        "[*]",
        "[✓]",
        "[?]",
        " ",
        "  ",
        "\t",
        "L",
        "U",
        "A",
        "l",
        "Q",
        "|",
        ";",
        ",",
        ":",
        "=",
        "#",
        "\n",
        "\r\n",
        "\r",
        "# article ",
        "fnv1a64:",
        "brazen",
        "é",
        "字",
        "\u{feff}",
        "\u{200b}",
        "🙂",
        "S1 [ ] L [ ] U [ ] A",
        "S2 [x] L [ ] U [x] A | L: plan; A: never",
    ]);
    prop_oneof![
        prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat()),
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Any text as a student's sheet gives a report or errors with lines in the file,
    /// never a panic, and every view of the report renders.
    #[test]
    fn any_sheet_gives_a_report_or_clear_errors(typed in typed(), with_header in any::<bool>()) {
        use slant::exercise::{check, class_report, key::Key, worksheet};
        static KEY: std::sync::OnceLock<Key> = std::sync::OnceLock::new();
        let key = KEY.get_or_init(|| {
            let analyzer = slant::Analyzer::new(&slant::LexiconSet::builtin());
            Key::new(ARTICLE, &analyzer.analyze(ARTICLE), "op-ed.txt")
        });
        let text = if with_header {
            format!("# article {}\n{typed}", key.article.hash)
        } else {
            typed
        };
        let lines = text.lines().count() as u32;
        let sheet = check::read_sheet(key, &text);
        if let Err(errors) = &sheet {
            prop_assert!(!errors.is_empty());
            for e in errors {
                prop_assert!(!e.message.is_empty());
                prop_assert!(e.line.is_none_or(|l| l >= 1 && l <= lines));
            }
        }
        let report = check::class_report(key, vec![check::Submission {
            student: "s".to_string(),
            file: "s.txt".to_string(),
            sheet,
        }]);
        prop_assert_eq!(report.students.len() + report.refused.len(), 1);
        let json = report.to_json();
        prop_assert_eq!(serde_json::from_str::<check::ClassReport>(&json).unwrap(), report.clone());
        let _ = class_report::render_table(&report, 80);
        let _ = class_report::render_html(&report);
        let _ = worksheet::parse(&text);
    }
}
