//! Two articles side by side, the classic exercise of two outlets covering one event:
//! score and level, findings per 1,000 words by category, the loaded words each uses
//! and the most charged paragraph of each.

use super::page::page_head;
use super::{PerCategory, one_line};
use crate::analysis::Analysis;
use crate::category::Category;
use crate::report::html::escape;
use crate::score::Level;
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width};
use std::fmt::Write;

/// One article's column.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparedArticle {
    /// The file name as given.
    pub title: String,
    /// The overall score, 0–100.
    pub score: u32,
    /// Its level; `None` for an article with no text.
    pub level: Option<Level>,
    /// The share (%) of wire news reports that score lower (the reference scale); None
    /// only for an article analysed without one.
    pub percentile: Option<u32>,
    /// Words in the whole text.
    pub words: usize,
    /// Findings per 1,000 words of the whole text.
    pub per_thousand_words: PerCategory<f64>,
    /// Each loaded word or phrase (lower case) with how often it is used, most used
    /// first; those only inside quotations are marked as quoted.
    pub loaded_words: Vec<LoadedWord>,
    /// The scored paragraph with the highest score (the first of equals), if any scores.
    pub most_charged: Option<ChargedParagraph>,
}

/// A loaded word or phrase and its uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadedWord {
    /// In lower case, on one line.
    pub text: String,
    /// How many times.
    pub uses: u32,
    /// Whether every use is someone else's words (inside a quotation or reported).
    pub quoted: bool,
    /// Whether every use is reported speech.
    pub reported: bool,
}

/// A paragraph with its score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChargedParagraph {
    /// 1-based paragraph number.
    pub number: u32,
    /// Its score.
    pub score: u32,
    /// Its text on one line.
    pub text: String,
}

impl ComparedArticle {
    /// The column of `analysis` of `text`, titled `title`.
    pub fn new(title: &str, text: &str, analysis: &Analysis) -> ComparedArticle {
        let words = analysis.summary.words;
        let per_thousand_words = PerCategory::from_fn(|c| {
            if words == 0 {
                0.0
            } else {
                f64::from(*analysis.summary.counts.get(c)) * 1000.0 / words as f64
            }
        });
        let mut loaded_words: Vec<LoadedWord> = Vec::new();
        for f in analysis
            .findings
            .iter()
            .filter(|f| f.category == Category::LoadedLanguage)
        {
            let text = one_line(&f.text.to_lowercase());
            match loaded_words.iter_mut().find(|w| w.text == text) {
                Some(w) => {
                    w.uses += 1;
                    w.quoted &= f.quoted;
                    w.reported &= f.reported;
                }
                None => loaded_words.push(LoadedWord {
                    text,
                    uses: 1,
                    quoted: f.quoted,
                    reported: f.reported,
                }),
            }
        }
        // Most used first; equals keep the order of first use.
        loaded_words.sort_by_key(|w| std::cmp::Reverse(w.uses));
        // The report's own pick (a paragraph with some charge), so the two agree.
        let most_charged = analysis
            .summary
            .most_charged_paragraph
            .and_then(|index| analysis.paragraphs.get(index as usize))
            .and_then(|p| {
                Some(ChargedParagraph {
                    number: p.index + 1,
                    score: p.score?,
                    text: one_line(p.span.slice(text)),
                })
            });
        ComparedArticle {
            title: title.to_string(),
            score: analysis.summary.score,
            level: analysis.summary.level,
            percentile: Some(analysis.summary.percentile),
            words,
            per_thousand_words,
            loaded_words,
            most_charged,
        }
    }

    fn score_text(&self) -> String {
        format!(
            "{}/100 ({})",
            self.score,
            crate::score::level_name(self.level)
        )
    }

    fn loaded_text(&self, limit: usize) -> String {
        if self.loaded_words.is_empty() {
            return "none".to_string();
        }
        let mut shown: Vec<String> = self
            .loaded_words
            .iter()
            .take(limit)
            .map(|w| {
                let mut s = if w.quoted {
                    let kind = if w.reported { "reported" } else { "quoted" };
                    format!("“{}” ({kind})", w.text)
                } else {
                    w.text.clone()
                };
                if w.uses > 1 {
                    let _ = write!(s, " ×{}", w.uses);
                }
                s
            })
            .collect();
        if self.loaded_words.len() > limit {
            shown.push(format!("… {} more", self.loaded_words.len() - limit));
        }
        shown.join(", ")
    }

    fn charged_text(&self) -> String {
        match &self.most_charged {
            Some(p) => format!("¶{} (score {}): {}", p.number, p.score, p.text),
            None => "none (no paragraph has any charge)".to_string(),
        }
    }
}

/// One row of both views: a short label for the terminal's column of labels, the page's
/// longer label, and each article's cell.
struct Row {
    short: String,
    long: String,
    cells: [String; 2],
}

/// The rows both views show.
fn rows(a: &ComparedArticle, b: &ComparedArticle, loaded_limit: usize) -> Vec<Row> {
    let both = |cell: &dyn Fn(&ComparedArticle) -> String| [cell(a), cell(b)];
    let row = |short: &str, long: String, cells| Row {
        short: short.to_string(),
        long,
        cells,
    };
    // The level from fixed cut-offs, the percentile a comparison: said apart, so that
    // "moderate" beside "99%" reads as it should.
    let mut rows = vec![row(
        "score",
        format!("score ({})", crate::report::cut_offs(true)),
        both(&|x| x.score_text()),
    )];
    if a.percentile.is_some() || b.percentile.is_some() {
        rows.push(row(
            "above wire",
            format!(
                "above wire (share of {} wire news reports scoring lower)",
                crate::score::Reference::builtin().article.count
            ),
            both(&|x| {
                x.percentile
                    .map_or_else(|| "—".to_string(), |p| format!("{p}%"))
            }),
        ));
    }
    rows.push(row(
        "words",
        "words".to_string(),
        both(&|x| x.words.to_string()),
    ));
    for c in Category::ALL {
        rows.push(row(
            &format!("{}{PER_THOUSAND}", c.letter()),
            format!("{}{PER_THOUSAND}", c.label()),
            both(&|x| format!("{:.1}", x.per_thousand_words.get(c))),
        ));
    }
    rows.push(row(
        "loaded words",
        "loaded words".to_string(),
        both(&|x| x.loaded_text(loaded_limit)),
    ));
    rows.push(row(
        "most charged ¶",
        "most charged paragraph".to_string(),
        both(&|x| x.charged_text()),
    ));
    rows
}

/// The end of a row label of findings per 1,000 words.
const PER_THOUSAND: &str = " per 1,000 words";

/// What the terminal table's short labels stand for, said under it: the labels had been
/// the page's long ones, wrapped onto three or four lines each in 80 columns.
fn table_key(rows: &[Row]) -> String {
    let mut key = format!(
        "score: 0 to 100, and its level ({}).\n",
        crate::report::cut_offs(true)
    );
    if rows.iter().any(|r| r.short == "above wire") {
        let _ = writeln!(
            key,
            "above wire: the share of {} wire news reports scoring lower (a comparison, not \
             the level).",
            crate::score::Reference::builtin().article.count
        );
    }
    let letters = Category::ALL.map(|c| format!("{} {}", c.letter(), c.label()));
    let _ = writeln!(
        key,
        "{}: findings{PER_THOUSAND}, so a long and a short article compare fairly.",
        letters.join(", ")
    );
    key.push_str("most charged ¶: the scored paragraph with the highest score.\n");
    key
}

/// The two columns as a terminal table at most `width` characters wide (80 fits any
/// terminal): long cells wrap onto more lines, the short row labels never do, and a key
/// under the table says what they stand for.
/// A long path in a column's heading is shortened to fit it, and the two paths are named
/// whole above the table. A 60-column terminal had shown two paths of 70 characters as 6
/// lines of scraps ("class-work/semest / er-one/week-three …").
pub fn render_table(a: &ComparedArticle, b: &ComparedArticle, width: u16) -> String {
    let rows = rows(a, b, 20);
    // The label column: the longest short label and its two blanks of padding.
    let labels = rows
        .iter()
        .map(|r| r.short.chars().count())
        .max()
        .unwrap_or(0) as u16
        + 2;
    // Each article's column: what is left after the labels and the four borders, halved,
    // without its two blanks of padding.
    let room = usize::from(width.saturating_sub(labels + 4) / 2).saturating_sub(2);
    let (folder, [left, right]) = column_headings([&a.title, &b.title], room.max(8));
    let mut above = String::new();
    if left != a.title[folder.len()..] || right != b.title[folder.len()..] {
        // The folder and each file's name on lines of their own where they are long.
        let said = if folder.is_empty() {
            format!("Left: {}\nright: {}\n", a.title, b.title)
        } else {
            format!(
                "In {folder}\n  left: {}\n  right: {}\n",
                &a.title[folder.len()..],
                &b.title[folder.len()..]
            )
        };
        above = crate::report::table::wrap_to_width(&said, width, 2);
    } else if !folder.is_empty() {
        above = crate::report::table::wrap_to_width(&format!("In {folder}\n"), width, 2);
    }
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width)
        .set_header(vec!["", left.as_str(), right.as_str()]);
    for r in &rows {
        t.add_row(vec![
            r.short.clone(),
            r.cells[0].clone(),
            r.cells[1].clone(),
        ]);
    }
    // The labels keep their line; the articles' cells wrap.
    if let Some(column) = t.column_mut(0) {
        column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(labels)));
    }
    let key = crate::report::table::wrap_to_width(&table_key(&rows), width, 2);
    format!("{above}{t}\n{key}")
}

/// The folder the two paths share (ending in `/`, or ""), and the headings of the two
/// columns, each at most `room` characters: the paths without that folder, or else the
/// file's name, or else its first characters and "…".
fn column_headings(paths: [&str; 2], room: usize) -> (&str, [String; 2]) {
    let folder = crate::report::table::common_folder(paths.into_iter()).len();
    let headings = paths.map(|path| {
        let apart = &path[folder.min(path.len())..];
        let name = apart.rsplit('/').next().unwrap_or(apart);
        if apart.chars().count() <= room {
            apart.to_string()
        } else if name.chars().count() <= room {
            name.to_string()
        } else {
            let cut: String = name.chars().take(room.saturating_sub(1)).collect();
            format!("{cut}…")
        }
    });
    (&paths[0][..folder], headings)
}

/// The two columns as one self-contained page.
pub fn render_html(a: &ComparedArticle, b: &ComparedArticle) -> String {
    let title = format!("{} and {} compared", a.title, b.title);
    let mut page = page_head(&title);
    page.push_str(
        "<style>td { width: 40%; } td:first-child { width: 20%; font-weight: bold; }</style>\n",
    );
    let _ = writeln!(
        page,
        "<h1>{}</h1>\n<p class=\"hint\">Findings are counted per 1,000 words so that a long and a short article compare fairly. \
         The score of a paragraph grows with the charge of its findings per word; the level uses fixed cut-offs, and \
         <em>above wire</em> compares with wire news (see the README, “How the score is computed”).</p>\n\
         <div class=\"scroll\"><table>\n<tr><th></th><th>{}</th><th>{}</th></tr>",
        escape(&title),
        escape(&a.title),
        escape(&b.title)
    );
    for Row { long, cells, .. } in rows(a, b, usize::MAX) {
        let _ = write!(page, "<tr><td>{}</td>", escape(&long));
        for cell in cells {
            let _ = write!(page, "<td>{}</td>", escape(&cell));
        }
        page.push_str("</tr>\n");
    }
    page.push_str(
        "</table></div>\n<p class=\"hint\">Ask of each article the same questions: what neutral word \
         would state the same fact? Who exactly says so? Is it really all, never, only?</p>\n</body>\n</html>\n",
    );
    page
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Analyzer, LexiconSet};

    fn column(title: &str, text: &str) -> ComparedArticle {
        ComparedArticle::new(
            title,
            text,
            &Analyzer::new(&LexiconSet::builtin()).analyze(text),
        )
    }

    #[test]
    fn a_column_counts_per_thousand_words_and_finds_the_most_charged_paragraph() {
        let text = "Budget Day\n\nThe council met on Monday. The vote was close.\n\nThe brazen, brazen thugs wrecked it. Everyone knows it.";
        let c = column("a.txt", text);
        assert_eq!(c.words, analysis_words(text));
        assert!(c.per_thousand_words.loaded_language > 0.0);
        assert_eq!(c.loaded_words[0].text, "brazen");
        assert_eq!(c.loaded_words[0].uses, 2);
        let p = c.most_charged.unwrap();
        assert_eq!(p.number, 3);
        assert!(p.text.starts_with("The brazen"));
        // No paragraph with any charge: none is most charged, as the report says.
        let calm = column("b.txt", "The council met on Monday.\n\nThe vote was close.");
        assert!(calm.most_charged.is_none());
        assert!(calm.charged_text().starts_with("none"));
    }

    fn analysis_words(text: &str) -> usize {
        Analyzer::new(&LexiconSet::builtin())
            .analyze(text)
            .summary
            .words
    }

    /// The ux12 trial: in 80 columns each row label ("score (a whole text is moderate
    /// from 7, high from 23)") wrapped onto three or four lines. Each label now takes one
    /// line of its column, at every width a terminal may have, and the key says the rest.
    #[test]
    fn row_labels_keep_one_line_and_the_key_says_what_they_stand_for() {
        let a = column(
            "class/week-one/left.txt",
            "The brazen council slammed the plan. Everyone knows it never works.",
        );
        let b = column("class/week-one/right.txt", "The council voted on Monday.");
        for width in [60u16, 72, 80, 100, 120] {
            let t = render_table(&a, &b, width);
            let labels: Vec<String> = t
                .lines()
                .filter_map(|l| l.strip_prefix('│')?.split('┆').next())
                .map(|cell| cell.trim().to_string())
                .filter(|cell| !cell.is_empty())
                .collect();
            let expected: Vec<String> = rows(&a, &b, 20).into_iter().map(|r| r.short).collect();
            assert_eq!(labels, expected, "{width}: {t}");
            for line in t.lines() {
                assert!(line.chars().count() <= usize::from(width), "{width}: {t}");
            }
            let said = t.split_whitespace().collect::<Vec<_>>().join(" ");
            for meant in [
                "score: 0 to 100, and its level (a whole text is moderate from",
                "above wire: the share of",
                "L loaded language, U unsourced assertion, A absolute claim: findings per 1,000 words",
                "most charged ¶: the scored paragraph with the highest score.",
            ] {
                assert!(said.contains(meant), "{width}: {meant}: {t}");
            }
        }
    }

    #[test]
    fn both_columns_show_and_the_percentile_row_appears_once_known() {
        let a = column("left.txt", "The thugs won.");
        let mut b = column("right.txt", "The council voted.");
        let t = render_table(&a, &b, 80);
        assert!(t.contains("left.txt") && t.contains("right.txt"), "{t}");
        assert!(t.contains("thugs") && t.contains("none"), "{t}");
        assert!(t.contains("above wire"), "{t}");
        b.percentile = None;
        let t = render_table(&a, &b, 80);
        assert!(t.contains("above wire") && t.contains("—"), "{t}");
        let page = render_html(&a, &b);
        assert!(
            page.contains("<th>left.txt</th><th>right.txt</th>"),
            "{page}"
        );
    }
}
