//! Tests of the terminal table: widths, wrapping, legends and narrow terminals.

use super::*;
use crate::{Analyzer, LexiconSet};

#[test]
fn table_has_a_row_per_paragraph_and_totals() {
    let text = "A headline\n\nThe thugs won. Everyone knows it.";
    let a = Analyzer::new(&LexiconSet::builtin()).analyze(text);
    let t = summary_table(text, &a, false, 80);
    assert!(t.contains("heading"), "{t}");
    assert!(t.contains("The thugs won. Everyone"), "{t}");
    assert!(t.contains(SCORED_TOTALS), "{t}");
    // Where each scored paragraph and the text stand among wire news.
    let scored = &a.paragraphs[1];
    assert!(scored.score.unwrap() > 0);
    let cell = format!("{}%", scored.percentile.unwrap());
    assert!(t.contains("above wire") && t.contains(&cell), "{t}");
    // The verdict's lines are wrapped to the width: read it as one line.
    let words = t.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("Most charged paragraph: ¶2")
            && words.contains("wire news reports score lower"),
        "{t}"
    );
}

/// The last newcomer trial: the table was about 131 columns wide. Now every line fits
/// the width asked for (a terminal's, or 80), long first words wrap instead of being
/// cut, and the totals row counts the scored paragraphs alone, the heading's finding
/// apart.
#[test]
fn table_fits_the_width_it_is_given_and_keeps_every_cell() {
    let text = "The Parking Scam Must End\n\nThe council's brazen, catastrophic parking plan is clearly \
                the worst idea anyone has ever had. Many experts say it will never work.\n\n\
                Residents met on Tuesday to discuss the plan.";
    let a = Analyzer::new(&LexiconSet::builtin()).analyze(text);
    for width in [60, 80, 100] {
        let t = summary_table(text, &a, false, width);
        for line in t.lines().take_while(|l| !l.starts_with("Overall")) {
            assert!(
                line.chars().count() <= width as usize,
                "{width}: {line}\n{t}"
            );
        }
        // Each of the six first words is there, whole, wrapped or not.
        let words: Vec<&str> = t.split_whitespace().collect();
        for word in ["council's", "brazen,", "catastrophic", "parking", "plan…"] {
            assert!(words.contains(&word), "{word}: {t}");
        }
        let files = files_table(
            &[("a/very/long/folder/name/of/the/class/essay.txt".into(), &a)],
            width,
        );
        assert!(
            files.lines().all(|l| l.chars().count() <= width as usize),
            "{files}"
        );
    }
    let t = summary_table(text, &a, false, 80);
    let totals = t.lines().find(|l| l.starts_with(" all ")).unwrap();
    let scored: u32 = a
        .paragraphs
        .iter()
        .filter(|p| p.is_scored())
        .map(|p| p.counts.loaded_language)
        .sum();
    assert!(
        a.summary.counts.loaded_language > scored,
        "the heading has a finding"
    );
    let loaded = totals.split_whitespace().nth(5).unwrap();
    assert_eq!(loaded, scored.to_string(), "{totals}");
}

/// At 80 columns "phones-in-class.txt" was cut into "phones-in-class.tx" and "t", and a
/// name such as "fatima.txt.txt" can be cut to read "fatima.txt": the columns that can go
/// make way when that keeps every name whole; when it cannot, they stay.
#[test]
fn the_files_table_keeps_names_whole_where_leaving_columns_out_allows() {
    let a = Analyzer::new(&LexiconSet::builtin()).analyze("The brazen plan failed.");
    let rows = |names: &[&str]| -> Vec<(String, &Analysis)> {
        names.iter().map(|n| (format!("reports/{n}"), &a)).collect()
    };
    let t = files_table(
        &rows(&[
            "library-hours.txt",
            "phones-in-class-debate-notes-week-2.txt",
        ]),
        80,
    );
    assert!(
        t.contains(" phones-in-class-debate-notes-week-2.txt "),
        "{t}"
    );
    assert!(t.contains("Left out, the terminal is too narrow"), "{t}");
    let t = files_table(&rows(&["a.txt", "b.txt"]), 80);
    assert!(t.contains("sentences"), "{t}");
    assert!(!t.contains("Left out"), "{t}");
    // The README's `slant analyze reports/` at 80 columns: two blanks between columns
    // left 18 for "phones-in-class.txt", and three columns went for want of one; one
    // blank between them keeps every column and every name whole.
    let t = files_table(
        &rows(&[
            "library-hours.txt",
            "parking-meters.txt",
            "phones-in-class.txt",
        ]),
        80,
    );
    assert!(t.contains(" phones-in-class.txt "), "{t}");
    assert!(t.contains("graphs") && t.contains("wire"), "{t}");
    assert!(!t.contains("Left out"), "{t}");
    assert!(t.lines().all(|l| l.chars().count() <= 80), "{t}");
    let long = "a-name-far-too-long-for-any-column-of-this-table-at-all.txt";
    let t = files_table(&rows(&[long, "b.txt"]), 80);
    assert!(t.contains("sentences"), "{t}");
}

#[test]
fn the_files_table_says_their_common_folder_once() {
    assert_eq!(
        common_folder(["reports/a.txt", "reports/b/c.txt"].into_iter()),
        "reports/"
    );
    assert_eq!(
        common_folder(["class/amara/x.txt", "class/ben/x.txt"].into_iter()),
        "class/"
    );
    assert_eq!(common_folder(["a.txt", "class/b.txt"].into_iter()), "");
    assert_eq!(common_folder(["ab/x.txt", "abc/y.txt"].into_iter()), "");
    assert_eq!(common_folder(["reports/a.txt"].into_iter()), "");
    let a = Analyzer::new(&LexiconSet::builtin()).analyze("The brazen plan failed.");
    let t = files_table(
        &[
            ("class/amara/essay.txt".into(), &a),
            ("class/ben/essay.txt".into(), &a),
        ],
        80,
    );
    assert!(t.starts_with("Files in class/\n"), "{t}");
    assert!(
        t.contains(" amara/essay.txt ") && t.contains(" ben/essay.txt "),
        "{t}"
    );
}

#[test]
fn the_legend_prints_the_formula_and_the_cut_offs_of_the_shipped_scale() {
    let legend = super::super::score_legend();
    let r = crate::score::Reference::builtin();
    assert!(
        legend.contains("100 × C / (C + (words + 20) / 20)"),
        "{legend}"
    );
    for cut in [
        r.paragraph_cut(crate::score::Level::Moderate),
        r.paragraph_cut(crate::score::Level::High),
        r.article_cut(crate::score::Level::Moderate),
        r.article_cut(crate::score::Level::High),
    ] {
        assert!(legend.contains(&format!("from {cut} (")), "{cut}: {legend}");
    }
}

#[test]
fn long_lines_wrap_between_words_with_a_hanging_indent_and_colour_takes_no_room() {
    let line = "  - loaded language \"thugs\" (weight 3): a label that condemns before it describes what anyone did\nshort\n";
    let wrapped = wrap_to_width(line, 40, 2);
    assert_eq!(
        wrapped,
        "  - loaded language \"thugs\" (weight 3):\n    a label that condemns before it\n    describes what anyone did\nshort\n"
    );
    let colored = "The \x1b[1;31mthugs\x1b[0m won the vote again";
    assert_eq!(wrap_to_width(colored, 28, 0), colored);
    assert_eq!(
        wrap_to_width(colored, 20, 0),
        "The \x1b[1;31mthugs\x1b[0m won the\nvote again"
    );
    // A word longer than the line is not cut, nor a hyphenated one split.
    assert_eq!(
        wrap_to_width("a https://example.org/long/path b", 10, 0),
        "a\nhttps://example.org/long/path\nb"
    );
    assert_eq!(
        wrap_to_width("a so-called plan that is long", 14, 0),
        "a so-called\nplan that is\nlong"
    );
    // A Chinese character takes two columns of a terminal: counted as one, this line
    // of 17 columns was left whole in 10.
    assert_eq!(
        wrap_to_width("漢字漢字 漢字漢字 end", 10, 0),
        "漢字漢字\n漢字漢字\nend"
    );
}

#[test]
fn details_highlight_plainly_without_colour() {
    let text = "The thugs won.";
    let a = Analyzer::new(&LexiconSet::builtin()).analyze(text);
    let d = details(text, &a, Colors::Off, 80);
    assert!(d.contains("The [[thugs]] won."), "{d}");
    assert!(d.contains("ask: What neutral word"), "{d}");
    assert!(!d.contains('\x1b'));
    let colored = details(text, &a, Colors::On, 80);
    assert!(colored.contains("\x1b[1;31mthugs\x1b[0m"));
}

/// `slant eval` printed one row per set and category about 130 columns wide (the set's
/// path in every row, "F1 flagging all"): at 80 or 100 columns every line wrapped. Now
/// the path heads its set's rows and the table is 76 columns wide, about 60 in a narrower
/// terminal, every figure still there and none cut in two.
#[test]
fn the_eval_table_fits_80_and_60_columns_and_keeps_every_figure() {
    use crate::evaluation::{evaluate, parse_labelled};
    let labelled = [
        r#"{"id": 1, "text": "The thugs won again.", "labels": {"loaded": true, "unsourced": false, "absolute": false}}"#,
        r#"{"id": 2, "text": "Many experts say the plan will fail.", "labels": {"loaded": false, "unsourced": true, "absolute": null}}"#,
        r#"{"id": 3, "text": "Politicians never keep their promises.", "labels": {"loaded": false, "unsourced": false, "absolute": true}}"#,
        r#"{"id": 4, "text": "The meeting ended at noon.", "labels": {"loaded": true, "unsourced": false, "absolute": false}}"#,
    ]
    .join("\n");
    let analyzer = Analyzer::new(&LexiconSet::builtin());
    let results = evaluate(&analyzer, &parse_labelled(&labelled).unwrap());
    let path = "class/labels-from-the-second-week-of-term.jsonl".to_string();
    let sets = vec![
        (path.clone(), results.clone()),
        (path.clone(), results.clone()),
    ];
    for (width, widest) in [(100, 80), (80, 80), (60, 60)] {
        let t = evaluation_table(&sets, width);
        for line in t.lines() {
            assert!(line.chars().count() <= widest, "{width}: {line}\n{t}");
        }
        assert_eq!(t.matches(&format!("{path}\n")).count(), 2, "{t}");
        for r in &results {
            let m = r.metrics;
            let row = t
                .lines()
                .find(|l| l.trim_start().starts_with(r.category.short_name()))
                .unwrap_or_else(|| panic!("{t}"));
            let cells: Vec<&str> = row.split_whitespace().collect();
            let figures = [m.precision, m.recall, m.f1, m.macro_f1, m.flag_all_f1];
            let mut expected = vec![
                r.category.short_name().to_string(),
                m.sentences.to_string(),
                m.positives.to_string(),
            ];
            expected.extend(figures.iter().map(|f| format!("{f:.3}")));
            expected.push(format!("{:.0}%", m.flag_rate * 100.0));
            assert_eq!(cells, expected, "{width}\n{t}");
        }
        let key = t.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            key.contains("F1 if all: the F1 of flagging every sentence"),
            "{t}"
        );
    }
    // One sentence labelled null for absolute claims is left out of its count.
    assert_eq!(results[2].metrics.sentences, 3);
}

/// The ux12 trial: the Markdown header and the findings hint count the whole text (the
/// title's sentence, words and findings too), the all row only the scored paragraphs, and
/// a student adding the rows by hand could not make them agree. The line under the table
/// says what the unscored paragraphs hold and the whole text's figures, which are the
/// summary's; added to the all row, the unscored figures give them per kind.
#[test]
fn the_line_under_the_table_reconciles_the_all_row_with_the_whole_text() {
    let body = "The mayor's brazen plan will never work. Many experts say so.";
    let cases = [
        // (text, what the line says the unscored paragraphs hold)
        (
            format!("Outrageous Parking Wars\n\nBy Ann Lee\n\n{body}\n\n{body}"),
            "1 heading, 1 repeated paragraph and 1 line of page furniture: 4 sentences, \
             17 words, 1 finding (L 1).",
        ),
        (
            format!("Parking Plans\n\n{body}"),
            "1 heading: 1 sentence, 2 words, no finding.",
        ),
        // Two parts are joined by "and", as three are: it was "1 heading, 1 line of ...".
        (
            format!("Parking Plans\n\nBy Ann Lee\n\n{body}"),
            "1 heading and 1 line of page furniture: 2 sentences, 5 words, no finding.",
        ),
        (
            format!("{body}\n\nNever Again, Always Brazen\n\nThe vote is on Monday."),
            "1 heading: 1 sentence, 4 words, 1 finding (L 1).",
        ),
    ];
    let analyzer = Analyzer::new(&LexiconSet::builtin());
    for (text, holds) in &cases {
        let a = analyzer.analyze(text);
        let s = &a.summary;
        let t = Tally::of(&a);
        for ((scored, unscored), whole) in t
            .scored_counts
            .iter()
            .zip(t.unscored_counts)
            .zip(s.counts.per_category())
        {
            assert_eq!(scored + unscored, whole, "{text}");
        }
        let whole = format!(
            "With the all row, the whole text has {} sentences, {} words, {} findings.",
            s.sentences,
            s.words,
            a.findings.len()
        );
        let table = summary_table(text, &a, false, 200);
        let said = table.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            said.contains(&format!("Not scored: {holds} {whole}")),
            "{table}"
        );
        let sheet = crate::report::markdown::render(text, &a, "t.md", false);
        assert!(sheet.contains(&whole), "{sheet}");
    }
}
