//! The terminal view: a summary table per paragraph, then the flagged sentences explained.

use super::DUPLICATES;
use crate::analysis::{Analysis, Paragraph, ParagraphKind, Summary};
use crate::category::Category;
use crate::counting::{plural, thousands};
use crate::evaluation::CategoryResult;
use crate::lexicon::{LexiconSet, Origin};
use comfy_table::{
    Cell, CellAlignment, ColumnConstraint, ContentArrangement, LineStyle, Table, TableStyle,
};

/// Whether to colour the highlighted words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colors {
    /// ANSI colours and bold.
    On,
    /// Plain text: highlights shown as `[[brackets]]`.
    Off,
}

const RESET: &str = "\x1b[0m";

fn color_of(category: Category) -> &'static str {
    category.terminal_color()
}

/// Column headings: `before`, one letter per category (the key under the table names
/// them, as the HTML page's does), then score and level; "above wire" on two lines, so
/// that the table fits 80 columns.
fn headings<'a>(before: &[&'a str]) -> Vec<&'a str> {
    let mut all = before.to_vec();
    all.extend(Category::ALL.map(Category::letter));
    all.extend(["score", "above\nwire", "level"]);
    all
}

/// The key under a table: what its letters and "above wire" (compared with `compared`)
/// stand for.
fn key(compared: &str) -> String {
    let kinds: Vec<String> = Category::ALL
        .iter()
        .map(|c| format!("{} {}", c.letter(), c.label()))
        .collect();
    format!(
        "{}: findings per kind.\n\
         above wire: the share of {compared} scoring lower.\n",
        kinds.join(", ")
    )
}

/// `text`'s lines, each longer than `width` columns broken between words, the rest of a
/// line indented past its own indent by `hang` (the notes under a flagged sentence line up
/// after their dash): a terminal of that width would otherwise break words in two. Columns
/// are counted as a terminal shows them (`textwrap`'s display width: colour codes take
/// none, a Chinese character two). A word longer than a line stays whole, a hyphenated
/// word is not split, and each line takes as many words as fit (first fit).
pub fn wrap_to_width(text: &str, width: u16, hang: usize) -> String {
    use textwrap::{Options, WordSeparator, WordSplitter, WrapAlgorithm, core::display_width};
    let width = usize::from(width);
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for line in text.split_inclusive('\n') {
        let (line, newline) = match line.strip_suffix('\n') {
            Some(l) => (l, "\n"),
            None => (line, ""),
        };
        if display_width(line) <= width {
            out.push_str(line);
            out.push_str(newline);
            continue;
        }
        let body = line.trim_start_matches(' ');
        let indent = &line[..line.len() - body.len()];
        let more = " ".repeat(indent.len() + hang);
        let options = Options::new(width)
            .initial_indent(indent)
            .subsequent_indent(&more)
            .break_words(false)
            .word_separator(WordSeparator::AsciiSpace)
            .word_splitter(WordSplitter::NoHyphenation)
            .wrap_algorithm(WrapAlgorithm::FirstFit);
        out.push_str(&textwrap::fill(body, options));
        out.push_str(newline);
    }
    out
}

/// A rendered table without the blanks its padding leaves at the ends of lines.
fn trimmed(table: &Table) -> String {
    let mut out = String::new();
    for line in table.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The first `n` words of `text`, with an ellipsis when cut.
pub(crate) fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut s = words[..words.len().min(n)].join(" ");
    if words.len() > n {
        s.push('…');
    }
    s
}

/// A paragraph's reference percentile as a cell: "96%", or "—" when it is not scored.
pub(crate) fn percentile_cell(p: &Paragraph) -> String {
    p.percentile
        .map_or_else(|| "—".to_string(), |q| format!("{q}%"))
}

pub(crate) fn status(p: &Paragraph) -> (String, String) {
    if let Some(first) = p.duplicate_of {
        return ("—".to_string(), format!("repeat of ¶{}", first + 1));
    }
    match (p.kind, p.score, p.level) {
        (ParagraphKind::Prose, Some(score), Some(level)) => {
            (score.to_string(), level.name().to_string())
        }
        (ParagraphKind::Heading, ..) => ("—".to_string(), "heading".to_string()),
        _ => ("—".to_string(), "boilerplate".to_string()),
    }
}

/// What counted towards a text's score and what was set aside: repeated paragraphs and
/// page furniture (bylines, share prompts, menus) are shown apart; headings are analysed
/// but not scored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    /// Paragraphs with a score.
    pub scored: usize,
    /// Words in the scored paragraphs: the words the score rests on.
    pub scored_words: usize,
    /// Sentences in the scored paragraphs.
    pub scored_sentences: usize,
    /// Findings of each category in the scored paragraphs, in [`Category::ALL`] order.
    pub scored_counts: [u32; Category::ALL.len()],
    /// Paragraphs that repeat an earlier one.
    pub repeats: usize,
    /// Lines of page furniture (boilerplate) that are not repeats.
    pub furniture: usize,
    /// Headings that are not repeats.
    pub headings: usize,
    /// Words in the paragraphs not scored (repeats, furniture and headings).
    pub unscored_words: usize,
    /// Sentences in the paragraphs not scored.
    pub unscored_sentences: usize,
    /// Findings of each category in the paragraphs not scored (a heading's: repeats and
    /// furniture are not analysed), in [`Category::ALL`] order.
    pub unscored_counts: [u32; Category::ALL.len()],
}

impl Tally {
    /// Counts the paragraphs of `analysis`.
    pub fn of(analysis: &Analysis) -> Tally {
        let mut t = Tally::default();
        for p in &analysis.paragraphs {
            if p.is_scored() {
                t.scored += 1;
                t.scored_words += p.words as usize;
                t.scored_sentences += p.sentences as usize;
                for (total, n) in t.scored_counts.iter_mut().zip(p.counts.per_category()) {
                    *total += n;
                }
                continue;
            }
            t.unscored_words += p.words as usize;
            t.unscored_sentences += p.sentences as usize;
            for (total, n) in t.unscored_counts.iter_mut().zip(p.counts.per_category()) {
                *total += n;
            }
            if p.duplicate_of.is_some() {
                t.repeats += 1;
            } else if p.kind == ParagraphKind::Boilerplate {
                t.furniture += 1;
            } else {
                t.headings += 1;
            }
        }
        t
    }

    /// "65 repeated paragraphs and 10 lines of page furniture", or `None` when there are neither.
    pub fn set_aside(&self) -> Option<String> {
        let parts = self.set_aside_parts();
        (!parts.is_empty()).then(|| crate::counting::listed(&parts))
    }

    /// The counted parts of [`Self::set_aside`]: "65 repeated paragraphs", "10 lines of
    /// page furniture".
    fn set_aside_parts(&self) -> Vec<String> {
        let mut parts = Vec::new();
        if self.repeats > 0 {
            parts.push(plural(
                self.repeats,
                "repeated paragraph",
                "repeated paragraphs",
            ));
        }
        if self.furniture > 0 {
            parts.push(plural(
                self.furniture,
                "line of page furniture",
                "lines of page furniture",
            ));
        }
        parts
    }

    /// What the paragraphs not scored hold: "2 sentences, 6 words, 1 finding (L 1)", the
    /// figures that, added to the all row's, give the whole text's.
    pub fn unscored_figures(&self) -> String {
        let findings = self.unscored_counts.iter().sum::<u32>() as usize;
        let per_kind: Vec<String> = Category::ALL
            .iter()
            .zip(self.unscored_counts)
            .filter(|(_, n)| *n > 0)
            .map(|(c, n)| format!("{} {n}", c.letter()))
            .collect();
        let findings = match findings {
            0 => "no finding".to_string(),
            n => format!(
                "{} ({})",
                plural(n, "finding", "findings"),
                per_kind.join(", ")
            ),
        };
        format!(
            "{}, {}, {findings}",
            plural(self.unscored_sentences, "sentence", "sentences"),
            plural(self.unscored_words, "word", "words"),
        )
    }

    /// "Not scored: 1 heading and 10 lines of page furniture: 12 sentences, 70 words, 1
    /// finding (L 1). With the all row, the whole text has 40 sentences, 582 words, 9
    /// findings.", or `None` when every paragraph was scored. The whole text's figures are
    /// those of the JSON summary, the Markdown header and the findings hint: the sum is
    /// said, not left to a reader adding up by hand.
    pub fn not_scored(&self) -> Option<String> {
        let mut parts = Vec::new();
        if self.headings > 0 {
            parts.push(plural(self.headings, "heading", "headings"));
        }
        parts.extend(self.set_aside_parts());
        (!parts.is_empty()).then(|| {
            let findings = self
                .scored_counts
                .iter()
                .chain(&self.unscored_counts)
                .sum::<u32>();
            format!(
                "Not scored: {}: {}. With the all row, the whole text has {}, {}, {}.",
                crate::counting::listed(&parts),
                self.unscored_figures(),
                plural(
                    self.scored_sentences + self.unscored_sentences,
                    "sentence",
                    "sentences"
                ),
                plural(self.scored_words + self.unscored_words, "word", "words"),
                plural(findings as usize, "finding", "findings"),
            )
        })
    }

    /// "65 repeated paragraphs and 10 lines of page furniture not shown; --all shows them".
    pub fn not_shown(&self) -> Option<String> {
        self.set_aside()
            .map(|s| format!("{s} not shown; --all shows them"))
    }
}

/// Whether a paragraph's row is left out of a table unless all are asked for: a repeat
/// or page furniture.
pub(crate) fn set_aside(p: &Paragraph) -> bool {
    p.duplicate_of.is_some() || p.kind == ParagraphKind::Boilerplate
}

/// A double line under the header, nothing between the columns, no frame: 80 columns
/// cannot spare a blank column between every two (comfy-table's `UTF8_BORDERS_ONLY`
/// keeps one, as its top border has junctions; and a top border without junctions is
/// still drawn with a blank between columns).
const UNDERLINED_HEADER: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('═'));

/// A table at most `width` columns wide: column `wraps` (first words, a file name) wraps
/// onto more lines, the others keep their width; the counts after column `wraps + 1` are
/// right-aligned.
fn new_table(header: &[&str], wraps: usize, width: u16) -> Table {
    let mut table = Table::new();
    table
        .load_style(UNDERLINED_HEADER)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width)
        .set_header(header.to_vec());
    for (i, col) in table.column_iter_mut().enumerate() {
        if i != wraps {
            col.set_constraint(ColumnConstraint::ContentWidth);
        }
        if (wraps + 1..header.len() - 1).contains(&i) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    table
}

/// The fewest columns the wrapping column (first words, a file name) should get: fewer,
/// and comfy-table cuts its words into pieces of two or three letters.
const WRAPPING_COLUMN_MIN: u16 = 16;

/// Lays `table` (made by [`new_table`] with `header`) out for a narrow terminal when its
/// columns that keep their width leave column `wraps` fewer than [`WRAPPING_COLUMN_MIN`]
/// of `width`: columns one blank apart instead of two, and "sentences" on two lines. At 60
/// columns the first words then keep about 15 columns instead of 2. Returns the columns
/// left for column `wraps`.
fn fit_narrow(table: &mut Table, header: &[&str], wraps: usize, width: u16) -> u16 {
    fit_narrow_for(table, header, wraps, width, WRAPPING_COLUMN_MIN)
}

/// [`fit_narrow`], narrowing when column `wraps` would get fewer than `needed` columns.
fn fit_narrow_for(
    table: &mut Table,
    header: &[&str],
    wraps: usize,
    width: u16,
    needed: u16,
) -> u16 {
    let kept = |blanks: u16, widths: &[u16]| -> u16 {
        widths
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != wraps)
            .map(|(_, w)| w + blanks)
            .sum::<u16>()
            + blanks
    };
    let room = width.saturating_sub(kept(2, &table.column_max_content_widths()));
    if room >= needed {
        return room;
    }
    let shorter: Vec<&str> = header
        .iter()
        .map(|h| if *h == "sentences" { "sen-\ntences" } else { h })
        .collect();
    table.set_header(shorter);
    for col in table.column_iter_mut() {
        col.set_padding((0, 1));
    }
    width.saturating_sub(kept(1, &table.column_max_content_widths()))
}

/// The fewest columns the first words should get: fewer, and a terminal 45 columns wide
/// showed them one letter per line; the paragraph number names the row without them.
const FIRST_WORDS_MIN: u16 = 12;

/// The per-paragraph summary table of one text, at most `width` columns wide, with a
/// totals row of the scored paragraphs. Repeats and page furniture are left out (one line
/// says how many) unless `all`. In a terminal too narrow for them, the first words are
/// left out, then "above wire" (the verdict under the table still says it), and a line
/// says so.
pub fn summary_table(text: &str, analysis: &Analysis, all: bool, width: u16) -> String {
    summary_table_of_rows(text, analysis, all, width, None)
}

/// At most how many paragraph rows a text's table shows among others (a folder's), and
/// where the others are to be seen: "`slant analyze essay.txt` lists every one".
#[derive(Debug, Clone, Copy)]
pub struct RowLimit<'a> {
    pub rows: usize,
    pub see_all: &'a str,
}

/// [`summary_table`] with at most `limit.rows` paragraph rows: when the text has more,
/// its most charged paragraphs (highest score first, then the earlier), shown in the
/// text's order, and a line under the table counting the others and saying where they
/// are listed (`limit.see_all`). A 5 MB transcript in a class folder had printed 57,040
/// rows and the folder's summary scrolled away. The totals row and the lines under the
/// table still count the whole text.
pub fn summary_table_of_rows(
    text: &str,
    analysis: &Analysis,
    all: bool,
    width: u16,
    limit: Option<RowLimit>,
) -> String {
    let listed: Vec<&Paragraph> = analysis
        .paragraphs
        .iter()
        .filter(|p| all || !set_aside(p))
        .collect();
    let cut = limit.filter(|l| listed.len() > l.rows);
    let mut shown = vec![true; analysis.paragraphs.len()];
    if let Some(limit) = cut {
        let mut ranked = listed.clone();
        ranked.sort_by_key(|p| (std::cmp::Reverse(p.score), p.index));
        shown.fill(false);
        for p in ranked.into_iter().take(limit.rows) {
            shown[p.index as usize] = true;
        }
    }
    let rows = Rows { all, shown: &shown };
    let (mut table, room) = paragraph_table(text, analysis, rows, width, [true, true]);
    let mut left_out = Vec::new();
    if room < FIRST_WORDS_MIN {
        left_out.push("first words");
        table = paragraph_table(text, analysis, rows, width, [false, true]).0;
        if widest_line(&table) > usize::from(width) {
            left_out.push("above wire");
            table = paragraph_table(text, analysis, rows, width, [false, false]).0;
        }
    }
    let tally = Tally::of(analysis);
    let mut under = String::new();
    if let Some(limit) = cut {
        let more = listed.len() - limit.rows;
        under.push_str(&format!(
            "… {} not shown, none more charged than those above (the {} most charged of \
             {}, the earlier first among equals): {}.\n",
            plural(more, "paragraph", "paragraphs"),
            thousands(limit.rows),
            thousands(listed.len()),
            limit.see_all
        ));
    }
    under.push_str(&narrowed_key(
        key("wire news paragraphs (row all: reports)"),
        &left_out,
    ));
    if !all && let Some(line) = tally.not_shown() {
        under.push_str(&line);
        under.push('\n');
    }
    if let Some(line) = tally.not_scored() {
        under.push_str(&line);
        under.push('\n');
    }
    for note in super::notes(analysis) {
        under.push_str(&format!("Note: {note}.\n"));
    }
    under.push_str(&super::verdict(analysis));
    under.push('\n');
    trimmed(&table) + &wrap_to_width(&under, width, 0)
}

/// The items of a row (or header) whose column `kept` says to draw.
fn kept_columns<T>(cells: Vec<T>, kept: impl Fn(usize) -> bool) -> Vec<T> {
    cells
        .into_iter()
        .enumerate()
        .filter(|(i, _)| kept(*i))
        .map(|(_, c)| c)
        .collect()
}

/// The key under a table whose narrow terminal left out the columns `left_out`: without
/// the "above wire" line when that column went, and with a line naming them.
fn narrowed_key(key: String, left_out: &[&str]) -> String {
    if left_out.is_empty() {
        return key;
    }
    let mut under: String = key
        .lines()
        .filter(|l| !(left_out.contains(&"above wire") && l.starts_with("above wire:")))
        .map(|l| format!("{l}\n"))
        .collect();
    under.push_str(&format!(
        "Left out, the terminal is too narrow for them: {}.\n",
        left_out.join(", ")
    ));
    under
}

/// The widest line of `table` as drawn, trailing blanks left out.
fn widest_line(table: &Table) -> usize {
    table
        .lines()
        .map(|l| textwrap::core::display_width(l.trim_end()))
        .max()
        .unwrap_or(0)
}

/// Which paragraphs a text's table has rows for: repeats and furniture too when `all`,
/// and those `shown` (by paragraph index).
#[derive(Clone, Copy)]
struct Rows<'a> {
    all: bool,
    shown: &'a [bool],
}

/// The rows of [`summary_table`], laid out for `width` columns, with the first words and
/// the "above wire" column when `shown` says so (in that order); and the columns left for
/// the first words.
fn paragraph_table(
    text: &str,
    analysis: &Analysis,
    rows: Rows,
    width: u16,
    shown: [bool; 2],
) -> (Table, u16) {
    let [first_words_shown, above_wire_shown] = shown;
    let full = headings(&["¶", "first words", "sentences", "words"]);
    // Which of the full table's columns are drawn.
    let kept = |i: usize| match full[i] {
        "first words" => first_words_shown,
        "above\nwire" => above_wire_shown,
        _ => true,
    };
    let pick = |cells: Vec<Cell>| kept_columns(cells, kept);
    let header = kept_columns(full.clone(), kept);
    let wraps = usize::from(first_words_shown);
    let mut table = new_table(&header, wraps, width);
    if !first_words_shown && let Some(number) = table.column_mut(0) {
        // Nothing wraps: "all" stays whole.
        number.set_constraint(ColumnConstraint::ContentWidth);
    }
    for p in &analysis.paragraphs {
        if (!rows.all && set_aside(p)) || !rows.shown[p.index as usize] {
            continue;
        }
        let (score, level) = status(p);
        let mut row = vec![
            Cell::new(p.index + 1),
            Cell::new(first_words(p.span.slice(text), 6)),
            Cell::new(p.sentences),
            Cell::new(p.words),
        ];
        row.extend(p.counts.per_category().map(Cell::new));
        row.extend([
            Cell::new(score),
            Cell::new(percentile_cell(p)),
            Cell::new(level),
        ]);
        table.add_row(pick(row));
    }
    let tally = Tally::of(analysis);
    let s = &analysis.summary;
    let mut totals = vec![
        Cell::new("all"),
        Cell::new(SCORED_TOTALS),
        Cell::new(tally.scored_sentences),
        Cell::new(tally.scored_words),
    ];
    totals.extend(tally.scored_counts.map(Cell::new));
    totals.extend([
        Cell::new(s.score),
        Cell::new(format!("{}%", s.percentile)),
        Cell::new(super::overall_level(analysis)),
    ]);
    table.add_row(pick(totals));
    let room = fit_narrow(&mut table, &header, wraps, width);
    (table, room)
}

/// What the totals row of a text's table counts: its scored paragraphs (the score is their
/// scores' mean, weighted by their words).
pub(crate) const SCORED_TOTALS: &str = "scored paragraphs";

/// Sentences, words, counts per category, score and level of a whole text.
fn summary_cells(s: &Summary) -> Vec<Cell> {
    let mut cells = vec![Cell::new(s.sentences), Cell::new(s.words)];
    cells.extend(s.counts.per_category().map(Cell::new));
    cells.extend([
        Cell::new(s.score),
        Cell::new(format!("{}%", s.percentile)),
        Cell::new(crate::score::level_name(s.level)),
    ]);
    cells
}

/// One row per file, for runs over several files, at most `width` columns wide: each
/// whole text, the paragraphs not scored included. In a terminal too narrow for the file
/// names (or for every name whole, when leaving them out makes room for it), the
/// paragraphs, sentences and "above wire" columns are left out, and a line says so.
pub fn files_table(rows: &[(String, &Analysis)], width: u16) -> String {
    // The folder all the files share is said once above the table, so a narrow file
    // column shows what tells them apart ("essay.txt", not "reports/class/amara/es…").
    let folder = common_folder(rows.iter().map(|(path, _)| path.as_str()));
    let (full, room) = file_rows(rows, folder, width, true, WRAPPING_COLUMN_MIN);
    // A name cut into pieces can read as another file's ("fatima.txt" over ".txt"), and
    // at 80 columns `slant analyze reports/` showed "phones-in-class.tx" over "t": the
    // columns one blank apart, then leaving out the columns that can go, make way for
    // the names when that keeps every name whole. (At 80 columns the README's own
    // `slant analyze reports/` had left out three columns for want of one.)
    let longest = rows
        .iter()
        .map(|(path, _)| textwrap::core::display_width(&path[folder.len()..]))
        .max()
        .unwrap_or(0);
    let needed = u16::try_from(longest).unwrap_or(u16::MAX);
    let (table, narrow) = if room < FIRST_WORDS_MIN {
        (
            file_rows(rows, folder, width, false, WRAPPING_COLUMN_MIN).0,
            true,
        )
    } else if room < needed {
        let (tight, tight_room) = file_rows(rows, folder, width, true, needed);
        let (fewer, fewer_room) = file_rows(rows, folder, width, false, WRAPPING_COLUMN_MIN);
        if tight_room >= needed {
            (tight, false)
        } else if fewer_room >= needed {
            (fewer, true)
        } else {
            (full, false)
        }
    } else {
        (full, false)
    };
    let heading = if folder.is_empty() {
        String::new()
    } else {
        format!("Files in {folder}\n")
    };
    let left_out: &[&str] = if narrow {
        &["paragraphs", "sentences", "above wire"]
    } else {
        &[]
    };
    let mut under = narrowed_key(key("wire news reports"), left_out);
    under.push_str(
        "Each row counts a whole text; each file's table below, its scored paragraphs.\n",
    );
    format!(
        "{heading}{}{}",
        trimmed(&table),
        wrap_to_width(&under, width, 0)
    )
}

/// The rows of [`files_table`] (paths without `folder`) laid out for `width` columns, with
/// the paragraphs, sentences and "above wire" columns when `all_columns`, one blank apart
/// when two would leave the file names fewer than `needed` columns; and the columns left
/// for the file names.
fn file_rows(
    rows: &[(String, &Analysis)],
    folder: &str,
    width: u16,
    all_columns: bool,
    needed: u16,
) -> (Table, u16) {
    let full = headings(&["file", "para-\ngraphs", "sentences", "words"]);
    let kept =
        |i: usize| all_columns || !matches!(full[i], "para-\ngraphs" | "sentences" | "above\nwire");
    let header = kept_columns(full.clone(), kept);
    let mut table = new_table(&header, 0, width);
    for (path, a) in rows {
        let mut row = vec![
            Cell::new(&path[folder.len()..]),
            Cell::new(a.summary.paragraphs),
        ];
        row.extend(summary_cells(&a.summary));
        table.add_row(kept_columns(row, kept));
    }
    let room = fit_narrow_for(&mut table, &header, 0, width, needed);
    (table, room)
}

/// The longest folder (ending in `/`) that every path starts with and none is left empty
/// by; "" when there are fewer than two paths or they share none.
pub fn common_folder<'a>(mut paths: impl Iterator<Item = &'a str>) -> &'a str {
    let Some(first) = paths.next() else {
        return "";
    };
    let mut common = first.rfind('/').map_or("", |i| &first[..=i]);
    let mut count = 1;
    for path in paths {
        count += 1;
        while !path.starts_with(common) {
            common = common[..common.len() - 1]
                .rfind('/')
                .map_or("", |i| &common[..=i]);
        }
    }
    if count < 2 { "" } else { common }
}

/// Every flagged sentence with its highlighted words, each finding explained, in lines of
/// at most `width` columns.
pub fn details(text: &str, analysis: &Analysis, colors: Colors, width: u16) -> String {
    let mut out = String::new();
    for (sentence, findings) in super::flagged_sentences(analysis) {
        let highlighted = super::marked_passage(
            text,
            (sentence.span.start, sentence.span.end),
            findings,
            str::to_string,
            |f, word| match colors {
                Colors::On => format!("{}{word}{RESET}", color_of(f.category)),
                Colors::Off => format!("[[{word}]]"),
            },
        );
        out.push_str(&format!(
            "\n¶{} line {}: {highlighted}\n",
            sentence.paragraph + 1,
            findings[0].line,
        ));
        for f in findings {
            let quoted = match f.others_words() {
                Some(kind) => format!(", {kind}: someone else's words"),
                None => String::new(),
            };
            out.push_str(&format!(
                "  - {} \"{}\" (weight {}{quoted}): {}\n",
                f.category.label(),
                f.text,
                f.weight,
                f.rule.explanation
            ));
            if let Some(alt) = &f.rule.alternative {
                out.push_str(&format!("    instead: {alt}\n"));
            }
            out.push_str(&format!("    ask: {}\n", f.question()));
        }
    }
    // The other warnings are under the summary table.
    for w in analysis.warnings.iter().filter(|w| w.kind == DUPLICATES) {
        out.push_str(&format!("\nnote: {}\n", w.message));
    }
    out.push_str(&format!(
        "\nabove wire: {} {}\n",
        super::ABOVE_WIRE,
        super::score_legend()
    ));
    wrap_to_width(&out, width, 2)
}

/// The `slant lexicons list` table, at most `width` columns wide: each lexicon's name,
/// kind (L, U, A as in the report's tables), entries, phrases, the file it comes from
/// when any comes from a folder of the user's, and its description, which wraps. It was
/// one line of up to 561 columns per lexicon.
pub fn lexicon_table(set: &LexiconSet, width: u16) -> String {
    let from_files = set
        .lexicons
        .iter()
        .any(|l| matches!(l.origin, Origin::File(_)));
    let build = |described: bool| {
        let mut header = vec!["lexicon", "kind", "entries", "phrases"];
        if from_files {
            header.push("from");
        }
        if described {
            header.push("description");
        }
        let wraps = header.len() - 1;
        let mut table = new_table(&header, wraps, width);
        for i in [2, 3] {
            if let Some(col) = table.column_mut(i) {
                col.set_cell_alignment(CellAlignment::Right);
            }
        }
        for l in &set.lexicons {
            let mut row = vec![
                Cell::new(&l.name),
                Cell::new(l.category.letter()),
                Cell::new(thousands(l.entries.len())),
                Cell::new(thousands(l.size())),
            ];
            if from_files {
                // The folder: the file is the lexicon's name with .toml.
                row.push(Cell::new(match &l.origin {
                    Origin::Builtin => "built-in".to_string(),
                    Origin::File(p) => match p.parent() {
                        Some(folder) if !folder.as_os_str().is_empty() => {
                            format!("{}/", folder.display())
                        }
                        _ => "./".to_string(),
                    },
                }));
            }
            if described {
                row.push(Cell::new(&l.description));
            }
            table.add_row(row);
        }
        let room = fit_narrow(&mut table, &header, wraps, width);
        (table, room)
    };
    let (mut table, room) = build(true);
    let described = room > "description".len() as u16;
    if !described {
        // Descriptions cut into scraps of a word are worse than none.
        table = build(false).0;
    }
    // Narrower still, a table would cut its numbers one digit per line (a row on more
    // than one line, or lines too wide): one lexicon a line instead.
    let header_and_rule = 2;
    let listed = if !described
        && (widest_line(&table) > usize::from(width)
            || table.lines().count() > set.lexicons.len() + header_and_rule)
    {
        let lines: String = set
            .lexicons
            .iter()
            .map(|l| {
                let from = match &l.origin {
                    Origin::Builtin => String::new(),
                    Origin::File(p) => format!(", from {}", p.display()),
                };
                format!(
                    "{} ({}): {}, {}{from}\n",
                    l.name,
                    l.category.letter(),
                    plural(l.entries.len(), "entry", "entries"),
                    plural(l.size(), "phrase", "phrases"),
                )
            })
            .collect();
        wrap_to_width(&lines, width, 2)
    } else {
        trimmed(&table)
    };
    let kinds: Vec<String> = Category::ALL
        .iter()
        .map(|c| format!("{} {}", c.letter(), c.label()))
        .collect();
    let mut under = format!(
        "{}; kind: {}.\n",
        crate::counting::plural(set.lexicons.len(), "lexicon", "lexicons"),
        kinds.join(", ")
    );
    if !from_files {
        under.push_str("All are built in; --lexicons DIR adds or replaces some from a folder.\n");
    }
    if !described {
        under.push_str("Descriptions left out: the terminal is too narrow for them.\n");
    }
    listed + &wrap_to_width(&under, width, 0)
}

/// Column headings of the `slant eval` table, two of them on two lines so that it fits
/// 80 columns; [`EVALUATION_KEY`] says what each holds. A terminal narrower than the
/// table gets [`EVALUATION_HEADER_NARROW`] and one blank between columns: about 60
/// columns wide.
const EVALUATION_HEADER: [&str; 9] = [
    "category",
    "sentences",
    "positive",
    "P",
    "R",
    "F1",
    "macro\nF1",
    "F1 if\nall",
    "flagged",
];

/// [`EVALUATION_HEADER`] for a narrow terminal.
const EVALUATION_HEADER_NARROW: [&str; 9] = [
    "category",
    "sen-\ntences",
    "posi-\ntive",
    "P",
    "R",
    "F1",
    "macro\nF1",
    "F1 if\nall",
    "flag-\nged",
];

/// What the columns of the `slant eval` table hold, printed under it.
const EVALUATION_KEY: &str = "sentences: labelled for the category (null labels left \
     out); positive: labelled true; P precision: share of the flagged sentences labelled \
     true; R recall: share of those labelled true that slant flagged; F1: both combined; \
     macro F1: mean of the F1 of true and of false; F1 if all: the F1 of flagging every \
     sentence, what a detector that knows nothing gets; flagged: share of sentences slant \
     flagged.\n";

/// One labelled set's rows of the `slant eval` table under `header`, its columns
/// `blanks` (1 or 2) apart; no cell is ever broken (a figure cut in two reads as two).
fn evaluation_rows(results: &[CategoryResult], header: &[&str], blanks: u16) -> Table {
    let mut table = Table::new();
    table
        .load_style(UNDERLINED_HEADER)
        .set_header(header.to_vec());
    for (i, col) in table.column_iter_mut().enumerate() {
        col.set_padding((blanks - 1, 1));
        if i > 0 {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    for r in results {
        let m = r.metrics;
        table.add_row(vec![
            Cell::new(r.category.short_name()),
            Cell::new(m.sentences),
            Cell::new(m.positives),
            Cell::new(format!("{:.3}", m.precision)),
            Cell::new(format!("{:.3}", m.recall)),
            Cell::new(format!("{:.3}", m.f1)),
            Cell::new(format!("{:.3}", m.macro_f1)),
            Cell::new(format!("{:.3}", m.flag_all_f1)),
            Cell::new(format!("{:.0}%", m.flag_rate * 100.0)),
        ]);
    }
    table
}

/// The `slant eval` table: for each labelled set, its path on a line, then one row per
/// category (76 columns wide, about 60 in a narrower terminal), and the key to the
/// columns wrapped to `width` (80 at most).
pub fn evaluation_table(sets: &[(String, Vec<CategoryResult>)], width: u16) -> String {
    let mut out = String::new();
    for (path, results) in sets {
        let mut table = evaluation_rows(results, &EVALUATION_HEADER, 2);
        if widest_line(&table) > usize::from(width) {
            table = evaluation_rows(results, &EVALUATION_HEADER_NARROW, 1);
        }
        out.push_str(&wrap_to_width(&format!("{path}\n"), width, 2));
        out.push_str(&trimmed(&table));
        out.push('\n');
    }
    // As wide as the table, not a long line under it on a wide terminal.
    out.push_str(&wrap_to_width(EVALUATION_KEY, width.min(80), 0));
    out
}

/// The sentences `slant eval --show errors` lists: missed ones, then wrongly flagged ones
/// with the words that fired and their rules.
pub fn evaluation_errors(sets: &[(String, Vec<CategoryResult>)]) -> String {
    let mut out = String::new();
    for (path, results) in sets {
        for r in results {
            let name = r.category.id();
            out.push_str(&format!(
                "\n{path}: {name}: missed {} (labelled true, not flagged)\n",
                r.missed.len()
            ));
            for m in &r.missed {
                out.push_str(&format!("  {}  {}\n", id_text(&m.id), m.text));
            }
            out.push_str(&format!(
                "\n{path}: {name}: wrongly flagged {} (flagged, labelled false)\n",
                r.wrongly_flagged.len()
            ));
            for m in &r.wrongly_flagged {
                let words: Vec<String> = m
                    .flagged
                    .iter()
                    .map(|f| format!("[[{}]] {}", f.text, f.rule))
                    .collect();
                out.push_str(&format!(
                    "  {}  {}\n      ← {}\n",
                    id_text(&m.id),
                    m.text,
                    words.join("; ")
                ));
            }
        }
    }
    out
}

fn id_text(id: &serde_json::Value) -> String {
    match id {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => "-".to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests;
