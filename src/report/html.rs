//! The HTML view: one self-contained page a student can open from disk, print or read
//! on a phone. It leads with the verdict (score, level, counts, how to read them), then
//! the article with every finding highlighted in place; the numbered notes, the table of
//! paragraphs and the score formula come after it.
//!
//! No scripts, fonts or network requests: inline CSS only. Every byte of the input is
//! HTML-escaped. Highlights differ by colour *and* by underline style and a category
//! letter, so they survive greyscale printing and colour blindness; hovering or focusing
//! a highlight shows its explanation, and numbered notes at the end give the same text
//! without a mouse. Repeated paragraphs and page furniture are folded away under one line.

use super::table::{Tally, first_words, percentile_cell, status};
use crate::analysis::{Analysis, Finding, Paragraph, ParagraphKind};
use crate::category::Category;
use crate::counting::{plural, thousands};
use crate::score::{Level, Reference};
use std::fmt::Write;

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A short class name and the letter shown beside each highlight.
fn mark_of(category: Category) -> (&'static str, &'static str) {
    (category.short_name(), category.letter())
}

/// Table cells, each in `<td>`.
fn cells(out: &mut String, cells: impl IntoIterator<Item = String>) {
    for cell in cells {
        out.push_str("<td>");
        out.push_str(&cell);
        out.push_str("</td>");
    }
}

/// The report's style sheet, its category colours from [`Category`].
fn style() -> String {
    format!(
        "\n:root {{ {} --ink: #1d1d1f; --muted: #5f5f5f; --line: #ddd; }}{STYLE}",
        Category::css_variables()
    )
}

/// Its first rule, `:root`, is made by [`style`] from [`Category::css_variables`].
const STYLE: &str = r#"
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { font: 18px/1.6 Georgia, "Times New Roman", serif; color: var(--ink); margin: 0 auto; max-width: 46rem; padding: 1rem 1.25rem 3rem; background: #fff; overflow-wrap: break-word; }
.sans, .tool, .verdict, .key, .chart-box, .label, .notes, .more, .warn, table { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
.tool { color: var(--muted); font-size: .8rem; margin: 0; letter-spacing: .02em; }
h1 { font-size: 2rem; line-height: 1.2; margin: .2rem 0 1rem; overflow-wrap: anywhere; }
h2 { font: 600 1.05rem/1.3 system-ui, sans-serif; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid var(--line); }
.verdict { display: flex; flex-wrap: wrap; gap: .6rem 1.2rem; align-items: flex-start; border: 1px solid #bbb; border-left-width: 6px; border-radius: 4px; padding: .8rem 1rem; font-size: .95rem; line-height: 1.45; }
.verdict.low { border-left-color: #9e9e9e; } .verdict.moderate { border-left-color: #616161; } .verdict.high { border-left-color: #111; }
.dial { display: flex; flex-direction: column; align-items: center; min-width: 5rem; }
.dial .num { font-size: 2.6rem; font-weight: 700; line-height: 1; }
.dial .out { font-size: .8rem; color: var(--muted); }
.dial .lvl { font-weight: 600; text-transform: uppercase; letter-spacing: .06em; font-size: .85rem; margin-top: .2rem; }
.facts { flex: 1 1 16rem; min-width: 0; }
.facts p { margin: 0 0 .4rem; }
.facts p:last-child { margin-bottom: 0; }
.warn { color: var(--muted); font-size: .9rem; margin: .5rem 0 0; }
.key { list-style: none; padding: 0; margin: 1rem 0 0; font-size: .9rem; line-height: 1.45; }
.key li { margin: .3rem 0; }
.key .n { font-weight: 700; display: inline-block; min-width: 2ch; text-align: right; margin-right: .3rem; }
.chart-box { margin: 1.2rem 0 0; font-size: .8rem; color: var(--muted); }
.chart-box p { margin: 0 0 .3rem; }
.chart { position: relative; display: flex; align-items: flex-end; height: 5.5rem; margin: 0 .2rem 1.5rem 2.2rem; border-left: 1px solid #888; border-bottom: 1px solid #888; }
.chart a { flex: 1 1 0; min-width: 0; min-height: 1px; background: #c4c4c4; }
.chart.spaced { justify-content: space-around; }
.chart.spaced a { margin: 0 1px; max-width: 2.5rem; }
.chart a.moderate { background: #7a7a7a; } .chart a.high { background: #222; }
.chart a:hover, .chart a:focus { background: var(--loaded); }
.chart .rule { position: absolute; left: 0; right: 0; border-top: 1px dashed #bbb; pointer-events: none; }
.chart .y { position: absolute; right: 100%; margin-right: .3rem; transform: translateY(-50%); }
.chart .x { position: absolute; top: 100%; margin-top: .15rem; transform: translateX(-50%); white-space: nowrap; }
.para { display: grid; grid-template-columns: 4.2rem minmax(0, 1fr); gap: .9rem; margin: 0 0 1.1rem; }
.label { font-size: .75rem; line-height: 1.3; color: var(--muted); text-align: right; padding-top: .35rem; }
.label a { color: inherit; text-decoration: none; }
.label b { display: block; font-size: 1.05rem; color: var(--ink); }
.label .bar { display: block; height: .35rem; margin: .15rem 0 .1rem auto; width: 100%; border: 1px solid #999; border-radius: 2px; background: linear-gradient(90deg, #444 var(--score), #fff var(--score)); }
.text p { margin: 0; }
.para.heading .text { font-weight: bold; font-size: 1.15rem; line-height: 1.35; }
.aside { margin: 0 0 1.1rem; border-left: 3px solid var(--line); padding-left: .6rem; }
.aside > summary { font: .85rem/1.4 system-ui, sans-serif; color: var(--muted); cursor: pointer; }
.aside .para { opacity: .7; margin-top: .6rem; }
.aside .text { font-style: italic; }
mark { background: none; color: inherit; position: relative; text-decoration-thickness: 2px; text-underline-offset: 3px; padding: 0 1px; border-radius: 2px; }
mark:focus { outline: 2px solid #000; }
mark.loaded { background: #fde4e4; text-decoration: underline solid var(--loaded); }
mark.unsourced { background: #fff1d6; text-decoration: underline dashed var(--unsourced); }
mark.absolute { background: #f1e4fa; text-decoration: underline double var(--absolute); }
mark.quoted { background: #f2f2f2; text-decoration-style: dotted; text-decoration-color: #888; }
mark sup { font: bold 10px/1 system-ui, sans-serif; margin-left: 1px; }
mark sup a { color: inherit; text-decoration: none; }
.tip { display: none; position: absolute; left: 0; top: 1.6em; z-index: 2; width: min(22rem, 80vw); background: #fff; color: var(--ink); border: 1px solid #888; box-shadow: 0 2px 8px rgba(0,0,0,.25); padding: .5rem .6rem; font: 13px/1.45 system-ui, sans-serif; font-style: normal; font-weight: normal; text-align: left; }
mark:hover > .tip, mark:focus > .tip, mark:focus-within > .tip { display: block; }
.notes { font-size: .9rem; line-height: 1.5; padding-left: 2.2rem; }
.notes li { margin: .4rem 0; }
.cat { font-weight: bold; }
.cat.loaded { color: var(--loaded); } .cat.unsourced { color: var(--unsourced); } .cat.absolute { color: var(--absolute); }
.more { margin: 1.2rem 0; font-size: .9rem; }
.more > summary { cursor: pointer; font-weight: 600; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: .8rem; line-height: 1.35; width: 100%; margin-top: .5rem; }
th, td { border-bottom: 1px solid #e3e3e3; padding: .2rem .3rem; text-align: right; vertical-align: top; }
th:nth-child(2), td:nth-child(2) { text-align: left; overflow-wrap: anywhere; }
tr.total td { font-weight: bold; border-top: 2px solid #999; }
@media (max-width: 40rem) {
  body { font-size: 17px; padding: .75rem .9rem 2rem; }
  h1 { font-size: 1.55rem; }
  .dial { flex-direction: row; align-items: baseline; gap: .4rem; }
  .dial .num { font-size: 2rem; }
  .para { display: block; }
  .label { text-align: left; padding: 0; margin-bottom: .1rem; }
  .label b { display: inline; font-size: .85rem; margin: 0 .2rem; }
  .label .bar { display: inline-block; width: 3rem; margin: 0 0 0 .3rem; vertical-align: middle; }
  .tip { position: fixed; left: .5rem; right: .5rem; top: auto; bottom: .5rem; width: auto; }
  table { font-size: .72rem; }
  th, td { padding: .15rem .2rem; }
  th:nth-child(3), td:nth-child(3) { display: none; }
}
@media print {
  @page { margin: 14mm 14mm 16mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; line-height: 1.42; }
  h1 { font-size: 17pt; margin-bottom: .6rem; }
  h2 { margin-top: 1.2rem; break-after: avoid; }
  .verdict, .key, .chart-box { break-inside: avoid; }
  .para { grid-template-columns: 3.4rem minmax(0, 1fr); gap: .6rem; margin-bottom: .55rem; orphans: 3; widows: 3; }
  .label { padding-top: .1rem; line-height: 1.25; }
  .label b { display: inline; font-size: .8rem; margin-left: .25rem; }
  .label .bar { display: none; }
  .aside:not([open]) { display: none; }
  .tip { display: none !important; }
  mark, .chart a, .label .bar, .verdict { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .notes { font-size: 8.5pt; line-height: 1.35; columns: 2; column-gap: 1.5rem; }
  .notes li { break-inside: avoid; margin: .15rem 0; }
  .more:not([open]) { display: none; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// The file name of a source path (`-` is standard input): a page never shows a full path.
fn file_name(source: &str) -> String {
    if source == "-" {
        return "standard input".to_string();
    }
    let name = source
        .rsplit(['/', '\\'])
        .find(|part| !part.is_empty())
        .unwrap_or(source);
    name.to_string()
}

/// The whole page for `analysis` of `text`, read from `source` (a path or `-`). The
/// title is the headline found in the text, else the file name. Repeats and page
/// furniture are folded away, or with `all` (as `--all` lists them in the tables) shown
/// unfolded, on paper too.
pub fn render(text: &str, analysis: &Analysis, source: &str, all: bool) -> String {
    let mut page = String::with_capacity(text.len() * 4 + 16 * 1024);
    let name = file_name(source);
    let head = analysis.headline();
    let title = head.map_or(name.clone(), |p| {
        p.span
            .slice(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    });
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"generator\" content=\"slant\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} · slant report</title>\n<style>{}</style>\n</head>\n<body>\n\
         <header>\n<p class=\"tool\">slant report on {}</p>\n",
        escape(&title),
        style(),
        escape(&name),
    );
    match head {
        Some(p) => {
            let _ = writeln!(
                page,
                "<h1 id=\"p{}\">{}</h1>",
                p.index + 1,
                highlighted(text, p.span.start, p.span.end, &findings_of(analysis, p)),
            );
        }
        None => {
            let _ = writeln!(page, "<h1>{}</h1>", escape(&name));
        }
    }
    page.push_str("</header>\n");
    page.push_str(&verdict(analysis, all));
    page.push_str(&chart(&analysis.paragraphs));
    page.push_str("<h2>The article, with its findings highlighted</h2>\n<main>\n");
    page.push_str(&article(text, analysis, head.map(|p| p.index), all));
    page.push_str("</main>\n");
    page.push_str(&notes(analysis));
    page.push_str(&summary_table(text, analysis));
    page.push_str(&formula());
    page.push_str("</body>\n</html>\n");
    page
}

/// The score, level and counts, what was scored and set aside (and where the page shows
/// it: folded away, or unfolded with `all`), and how to read them.
fn verdict(analysis: &Analysis, all: bool) -> String {
    let s = &analysis.summary;
    let tally = Tally::of(analysis);
    let level = super::overall_level(analysis);
    let mut out = format!(
        "<section class=\"verdict {level}\" aria-label=\"verdict\">\n\
         <div class=\"dial\"><span class=\"num\">{}</span><span class=\"out\">out of 100</span>\
         <span class=\"lvl\">{level}</span></div>\n<div class=\"facts\">\n",
        s.score
    );
    // The findings of the scored paragraphs, as the table's all row counts them (a
    // heading's are highlighted in the text, but not counted here).
    let findings = tally.scored_counts.iter().sum::<u32>() as usize;
    let (quoted, reported) = analysis
        .findings
        .iter()
        .filter(|f| f.quoted && analysis.paragraphs[f.paragraph as usize].is_scored())
        .fold(
            (0, 0),
            |(q, r), f| if f.reported { (q, r + 1) } else { (q + 1, r) },
        );
    let _ = write!(
        out,
        "<p><strong>{}</strong> in {} of {}",
        plural(findings, "finding", "findings"),
        plural(tally.scored, "scored paragraph", "scored paragraphs"),
        plural(tally.scored_words, "word", "words"),
    );
    // Highlighted outside the scored paragraphs, so the key's counts (every highlight)
    // add up to the figures here (a trial: "22 findings" above a key of 23).
    let (in_headings, in_furniture) = analysis
        .findings
        .iter()
        .filter(|f| !analysis.paragraphs[f.paragraph as usize].is_scored())
        .fold((0, 0), |(h, b), f| {
            match analysis.paragraphs[f.paragraph as usize].kind {
                ParagraphKind::Heading => (h + 1, b),
                _ => (h, b + 1),
            }
        });
    let others = [
        (quoted, "inside quotations"),
        (reported, "in reported speech"),
        (in_headings, "in headings"),
        (in_furniture, "in page furniture or repeats"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, place)| format!("{} {place}", thousands(*n)))
    .collect::<Vec<_>>();
    if !others.is_empty() {
        let _ = write!(out, " ({}, not counted)", crate::counting::listed(&others));
    }
    out.push_str(".</p>\n");
    // Each kind said where the page shows it: repeats and furniture are folded away, the
    // headline is the page's title, other headings stand in the text ("folded away" had
    // been said of a heading the page shows as its title).
    let mut aside = Vec::new();
    if let Some(set_aside) = tally.set_aside() {
        let shown = if all { "shown unfolded" } else { "folded away" };
        aside.push(format!("{set_aside}, {shown} in the text below"));
    }
    if tally.headings > 0 {
        let headings = plural(tally.headings, "heading", "headings");
        aside.push(match (analysis.headline().is_some(), tally.headings) {
            (true, 1) => format!("{headings}, shown as the title"),
            (true, n) => format!("{headings}: the title and {} shown in the text", n - 1),
            (false, _) => format!("{headings}, shown in the text"),
        });
    }
    if !aside.is_empty() {
        let _ = writeln!(
            out,
            "<p>Not scored: {} — {}.</p>",
            aside.join("; "),
            tally.unscored_figures(),
        );
    }
    let _ = writeln!(
        out,
        "<p>{}</p>\n<p><strong>How to read it:</strong> the score rises with how often the \
         author's own words carry a verdict or a claim of certainty; low means plain wire news \
         does as much, moderate and high go beyond it. It does not say whether the article is \
         true; each highlight is a question to ask.</p>",
        escape(&super::verdict(analysis)),
    );
    for note in super::notes(analysis) {
        let _ = writeln!(out, "<p class=\"warn\">Note: {}</p>", escape(note));
    }
    out.push_str("</div>\n</section>\n");
    out.push_str(&key(analysis));
    out
}

/// One line per kind of highlight: its mark, how many, what it is and what to ask.
fn key(analysis: &Analysis) -> String {
    let c = &analysis.summary.counts;
    let quoted = analysis
        .findings
        .iter()
        .filter(|f| f.quoted && !f.reported)
        .count();
    let reported = analysis.findings.iter().filter(|f| f.reported).count();
    let mut out = String::from("<ul class=\"key\" aria-label=\"what the highlights mean\">\n");
    for category in Category::ALL {
        let _ = writeln!(
            out,
            "<li><span class=\"n\">{}</span><mark class=\"{}\">{}<sup>{}</sup></mark>: {}</li>",
            c.get(category),
            category.short_name(),
            category.label(),
            category.letter(),
            category.key_text(),
        );
    }
    if quoted > 0 {
        // The key shows quoted words with loaded language's mark and letter, as before.
        let loaded = Category::LoadedLanguage;
        let _ = writeln!(
            out,
            "<li><span class=\"n\">{quoted}</span><mark class=\"{} quoted\">quoted<sup>{}</sup></mark>: \
             inside a quotation, someone else's words: shown, not scored.</li>",
            loaded.short_name(),
            loaded.letter(),
        );
    }
    if reported > 0 {
        let loaded = Category::LoadedLanguage;
        let _ = writeln!(
            out,
            "<li><span class=\"n\">{reported}</span><mark class=\"{} quoted\">reported<sup>{}</sup></mark>: \
             in what a named speaker is reported to have said, someone else's words: shown, not scored.</li>",
            loaded.short_name(),
            loaded.letter(),
        );
    }
    out.push_str(
        "<li>Hover over or tab to a highlight for its explanation; the numbers lead to the notes at the end.</li>\n\
         </ul>\n",
    );
    out
}

/// A bar per scored paragraph, in text order, as tall as its score: plain HTML boxes, so
/// the labels keep their size at any width and the bars share the width whether there
/// are 1 or 500 of them. Each bar links to its paragraph.
fn chart(paragraphs: &[Paragraph]) -> String {
    let scored: Vec<&Paragraph> = paragraphs.iter().filter(|p| p.is_scored()).collect();
    let n = scored.len();
    if n == 0 {
        return String::from(
            "<div class=\"chart-box\"><p>No paragraph was scored, so there is no chart.</p></div>\n",
        );
    }
    let reference = Reference::builtin();
    let (moderate, high) = (
        reference.paragraph_cut(Level::Moderate),
        reference.paragraph_cut(Level::High),
    );
    let (moderate_above, high_above) = (
        reference.paragraph.percentile_below(moderate),
        reference.paragraph.percentile_below(high),
    );
    let mut out = format!(
        "<div class=\"chart-box\">\n<p id=\"chart-title\">Score of each scored paragraph, in the \
         order of the text ({n}); the dashed lines are {moderate} and {high}, where moderate and high \
         begin (more charged than {moderate_above}% and {high_above}% of wire news paragraphs).</p>\n\
         <div class=\"chart{}\" role=\"img\" aria-labelledby=\"chart-title\">\
         <span class=\"rule\" style=\"bottom: {high}%\"></span><span class=\"rule\" style=\"bottom: {moderate}%\"></span>\
         <span class=\"y\" style=\"bottom: 100%; transform: translateY(50%)\">100</span>\
         <span class=\"y\" style=\"bottom: {high}%; transform: translateY(50%)\">{high}</span>\
         <span class=\"y\" style=\"bottom: {moderate}%; transform: translateY(50%)\">{moderate}</span>\
         <span class=\"y\" style=\"bottom: 0; transform: translateY(50%)\">0</span>\n",
        if n <= 80 { " spaced" } else { "" }
    );
    for p in &scored {
        let score = p.score.unwrap_or(0);
        let level = p.level.map_or("low", |l| l.name());
        let _ = write!(
            out,
            "<a href=\"#p{0}\" class=\"{level}\" style=\"height: {score}%\" title=\"¶{0}: {score}, {level}\" aria-label=\"paragraph {0}: {score}, {level}\"></a>",
            p.index + 1
        );
    }
    // About six labels under the axis, on round steps of bars.
    let step = [1usize, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
        .into_iter()
        .find(|step| n.div_ceil(*step) <= 7)
        .unwrap_or(n.div_ceil(6).max(1));
    out.push('\n');
    for k in (0..n).step_by(step) {
        let left = (k as f64 + 0.5) * 100.0 / n as f64;
        let _ = write!(
            out,
            "<span class=\"x\" style=\"left: {left:.2}%\">¶{}</span>",
            scored[k].index + 1
        );
    }
    out.push_str("\n</div>\n</div>\n");
    out
}

/// This paragraph's findings with their numbers in the whole text (from 0). Findings are
/// in text order, so a paragraph's are one run of them.
fn findings_of<'a>(analysis: &'a Analysis, p: &Paragraph) -> Vec<(usize, &'a Finding)> {
    let all = &analysis.findings;
    let from = all.partition_point(|f| f.paragraph < p.index);
    let to = all.partition_point(|f| f.paragraph <= p.index);
    (from..to).map(|k| (k, &all[k])).collect()
}

/// Whether a paragraph is folded away: a repeat or page furniture.
fn set_aside(p: &Paragraph) -> bool {
    p.duplicate_of.is_some() || p.kind == ParagraphKind::Boilerplate
}

/// The paragraphs in order (all but the headline shown as the title); each run of repeats
/// and page furniture under one line that says what it holds, folded unless `all`.
fn article(text: &str, analysis: &Analysis, headline: Option<u32>, all: bool) -> String {
    let mut out = String::new();
    let mut run: Vec<&Paragraph> = Vec::new();
    for p in &analysis.paragraphs {
        if Some(p.index) == headline {
            continue;
        }
        if set_aside(p) {
            run.push(p);
            continue;
        }
        out.push_str(&folded(text, analysis, &run, all));
        run.clear();
        out.push_str(&paragraph(text, analysis, p));
    }
    out.push_str(&folded(text, analysis, &run, all));
    out
}

/// A run of set-aside paragraphs under one line ("¶12–16: 4 repeated paragraphs and 1 line
/// of page furniture, not scored"), open when `all`.
fn folded(text: &str, analysis: &Analysis, run: &[&Paragraph], all: bool) -> String {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return String::new();
    };
    let repeats = run.iter().filter(|p| p.duplicate_of.is_some()).count();
    let furniture = run.len() - repeats;
    let mut what = Vec::new();
    if repeats > 0 {
        what.push(plural(repeats, "repeated paragraph", "repeated paragraphs"));
    }
    if furniture > 0 {
        what.push(plural(
            furniture,
            "line of page furniture",
            "lines of page furniture",
        ));
    }
    let range = if run.len() == 1 {
        format!("¶{}", first.index + 1)
    } else {
        format!("¶{}–{}", first.index + 1, last.index + 1)
    };
    let mut out = format!(
        "<details class=\"aside\"{}><summary>{range}: {}, not scored</summary>\n",
        if all { " open" } else { "" },
        crate::counting::listed(&what)
    );
    for p in run {
        out.push_str(&paragraph(text, analysis, p));
    }
    out.push_str("</details>\n");
    out
}

/// A paragraph with its number, score and level beside it (above it on a phone).
fn paragraph(text: &str, analysis: &Analysis, p: &Paragraph) -> String {
    let (score, level) = status(p);
    let class = match p.kind {
        ParagraphKind::Heading if p.duplicate_of.is_none() => "heading",
        _ if set_aside(p) => "set-aside",
        _ => "prose",
    };
    let n = p.index + 1;
    let label = match p.score {
        Some(value) => format!(
            "<a href=\"#p{n}\">¶{n}</a><b>{value}</b>{}<span class=\"bar\" style=\"--score: {value}%\"></span>",
            escape(&level)
        ),
        None => format!("<a href=\"#p{n}\">¶{n}</a> {}", escape(&level)),
    };
    format!(
        "<div class=\"para {class}\" id=\"p{n}\"><div class=\"label\" title=\"¶{n} score {}\">{label}</div>\
         <div class=\"text\"><p>{}</p></div></div>\n",
        escape(&score),
        highlighted(text, p.span.start, p.span.end, &findings_of(analysis, p)),
    )
}

fn summary_table(text: &str, analysis: &Analysis) -> String {
    // "Table of all 1 paragraph (the scores of each)" read oddly under a short text.
    let what = match analysis.paragraphs.len() {
        1 => "the paragraph (its score)".to_string(),
        n => format!(
            "all {} (the scores of each)",
            plural(n, "paragraph", "paragraphs")
        ),
    };
    let mut out = format!(
        "<details class=\"more\"><summary>Table of {what}</summary>\n\
         <div class=\"scroll\"><table>\n<tr>"
    );
    let headings = ["¶", "first words", "sentences", "words"]
        .into_iter()
        .chain(Category::ALL.map(Category::letter))
        .chain(["score", "above wire", "level"]);
    for heading in headings {
        let _ = write!(out, "<th>{heading}</th>");
    }
    out.push_str("</tr>\n");
    for p in &analysis.paragraphs {
        let (score, level) = status(p);
        let _ = write!(out, "<tr><td><a href=\"#p{0}\">{0}</a></td>", p.index + 1);
        let first = escape(&first_words(p.span.slice(text), 6));
        cells(
            &mut out,
            [first, p.sentences.to_string(), p.words.to_string()],
        );
        cells(&mut out, p.counts.per_category().map(|n| n.to_string()));
        cells(
            &mut out,
            [escape(&score), escape(&percentile_cell(p)), escape(&level)],
        );
        out.push_str("</tr>\n");
    }
    let s = &analysis.summary;
    let tally = Tally::of(analysis);
    out.push_str("<tr class=\"total\">");
    let all = ["all", super::table::SCORED_TOTALS].map(str::to_string);
    cells(
        &mut out,
        all.into_iter()
            .chain([tally.scored_sentences, tally.scored_words].map(|n| n.to_string())),
    );
    cells(&mut out, tally.scored_counts.map(|n| n.to_string()));
    cells(
        &mut out,
        [
            s.score.to_string(),
            format!("{}%", s.percentile),
            crate::score::level_name(s.level).to_string(),
        ],
    );
    let _ = writeln!(
        out,
        "</tr>\n</table></div>\n<p>{}. The overall score rests on the {} of the scored \
         paragraphs. <em>above wire</em>: {}</p>\n</details>",
        Category::ALL
            .map(|c| format!("{} {}", c.letter(), c.plural_label()))
            .join(", "),
        plural(tally.scored_words, "word", "words"),
        escape(super::ABOVE_WIRE),
    );
    out
}

/// The score formula and the cut-offs of the shipped reference scale, folded at the end.
fn formula() -> String {
    format!(
        "<details class=\"more\"><summary>How the score is computed</summary>\n<p>{} \
         Headings, page furniture and repeated paragraphs are not scored.</p>\n</details>\n",
        escape(&super::score_legend())
    )
}

/// `text[start..end]`, escaped, with each finding wrapped in a focusable highlight.
/// Findings inside another are nested; one that only partly overlaps is cut at the end of
/// the one it starts in.
fn highlighted(text: &str, start: usize, end: usize, findings: &[(usize, &Finding)]) -> String {
    let mut sorted: Vec<&(usize, &Finding)> = findings.iter().collect();
    sorted.sort_by_key(|(_, f)| (f.span.start, std::cmp::Reverse(f.span.end)));
    let mut out = String::new();
    let mut at = start;
    // Open highlights: where each ends, and its closing markup.
    let mut open: Vec<(usize, String)> = Vec::new();
    for (k, f) in sorted {
        let f_start = f.span.start.max(at);
        close_until(text, &mut out, &mut at, f_start, &mut open);
        let limit = open.last().map_or(end, |(stop, _)| *stop);
        let f_end = f.span.end.min(limit);
        if f_start >= f_end {
            continue;
        }
        out.push_str(&escape(&text[at..f_start]));
        at = f_start;
        let n = k + 1;
        let (class, letter) = mark_of(f.category);
        let quoted = if f.quoted { " quoted" } else { "" };
        let _ = write!(
            out,
            "<mark class=\"{class}{quoted}\" id=\"f{n}\" tabindex=\"0\" aria-describedby=\"t{n}\">"
        );
        let closing = format!(
            "<sup><a href=\"#n{n}\">{letter}{n}</a></sup><span class=\"tip\" role=\"tooltip\" id=\"t{n}\">{}</span></mark>",
            explanation(f)
        );
        open.push((f_end, closing));
    }
    close_until(text, &mut out, &mut at, end, &mut open);
    out.push_str(&escape(&text[at..end]));
    out
}

/// Closes the open highlights that end at or before `until`, writing the text up to each.
fn close_until(
    text: &str,
    out: &mut String,
    at: &mut usize,
    until: usize,
    open: &mut Vec<(usize, String)>,
) {
    while let Some((stop, closing)) = open.pop_if(|(stop, _)| *stop <= until) {
        let stop = stop.max(*at);
        out.push_str(&escape(&text[*at..stop]));
        *at = stop;
        out.push_str(&closing);
    }
}

/// What a finding is, why these words, what to ask, the rule and the alternative.
fn explanation(f: &Finding) -> String {
    let (class, _) = mark_of(f.category);
    let mut out = format!(
        "<span class=\"cat {class}\">{}</span>{} “{}” (weight {}): {}<br><strong>Ask:</strong> {}",
        escape(f.category.label()),
        match f.others_words() {
            Some("reported") => " in reported speech, someone else's words",
            Some(_) => " in a quotation, someone else's words",
            None => "",
        },
        escape(&f.text),
        f.weight,
        escape(&f.rule.explanation),
        escape(f.question()),
    );
    if let Some(alt) = &f.rule.alternative {
        let _ = write!(out, "<br><strong>Instead:</strong> {}", escape(alt));
    }
    let _ = write!(out, "<br><small>rule: {}</small>", escape(&f.rule.id));
    out
}

fn notes(analysis: &Analysis) -> String {
    if analysis.findings.is_empty() {
        return "<h2>Notes</h2>\n<p class=\"notes\">No findings.</p>\n".to_string();
    }
    let mut out = String::from("<h2>Notes: every finding explained</h2>\n<ol class=\"notes\">\n");
    for (k, f) in analysis.findings.iter().enumerate() {
        let n = k + 1;
        let _ = writeln!(
            out,
            "<li id=\"n{n}\">¶{} line {}: {} <a href=\"#f{n}\" aria-label=\"back to the text\">↩</a></li>",
            f.paragraph + 1,
            f.line,
            explanation(f)
        );
    }
    out.push_str("</ol>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Analyzer;
    use crate::lexicon::LexiconSet;

    #[test]
    fn everything_from_the_input_is_escaped() {
        let text = "The <script>alert('x')</script> & \"thugs\" </div> won.\n\nEveryone knows <b>this</b>.";
        let analysis = Analyzer::new(&LexiconSet::builtin()).analyze(text);
        let page = render(text, &analysis, "<evil>.txt", false);
        assert!(!page.contains("<script>alert"), "{page}");
        assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(page.contains("&lt;/div&gt;"));
        assert!(page.contains("&lt;evil&gt;.txt"));
        assert!(!page.contains("<b>this</b>"));
        // Balanced markup: as many highlights close as open.
        assert_eq!(
            page.matches("<mark").count(),
            page.matches("</mark>").count()
        );
        assert_eq!(page.matches("<div").count(), page.matches("</div>").count());
    }

    #[test]
    fn findings_are_highlighted_with_notes_and_nested_when_inside_another() {
        let text = "Everyone knows the shameful plan failed.";
        let analysis = Analyzer::new(&LexiconSet::builtin()).analyze(text);
        let page = render(text, &analysis, "t", false);
        assert!(
            page.contains("<mark class=\"unsourced\" id=\"f1\""),
            "{page}"
        );
        assert!(page.contains("<mark class=\"absolute\""), "{page}");
        assert!(page.contains("<mark class=\"loaded\""), "{page}");
        for n in 1..=analysis.findings.len() {
            assert!(page.contains(&format!("<li id=\"n{n}\">")));
            assert!(page.contains(&format!("href=\"#n{n}\"")));
        }
        assert_eq!(
            page.matches("<mark").count(),
            page.matches("</mark>").count()
        );
        // No external resources of any kind.
        assert!(!page.contains("src=") && !page.contains("<link") && !page.contains("<script"));
    }
    fn page_of(text: &str, source: &str) -> String {
        let analysis = Analyzer::new(&LexiconSet::builtin()).analyze(text);
        render(text, &analysis, source, false)
    }

    #[test]
    fn the_title_is_the_headline_else_the_file_name_never_the_path() {
        let article = "Skip to main content\n\nCouncil Votes on Bus Lanes\n\nThe council voted on Tuesday to add two bus lanes to the avenue.";
        let page = page_of(article, "/home/teacher/class/week 3/bus.txt");
        assert!(
            page.contains("<title>Council Votes on Bus Lanes · slant report</title>"),
            "{page}"
        );
        assert!(page.contains("<h1 id=\"p2\">Council Votes on Bus Lanes</h1>"));
        assert!(page.contains("slant report on bus.txt"));
        assert!(!page.contains("/home/teacher"), "{page}");
        // No heading before the first scored paragraph: the file name.
        let page = page_of(
            "The council voted on Tuesday to add two bus lanes.",
            "a/b/notes.txt",
        );
        assert!(page.contains("<h1>notes.txt</h1>"), "{page}");
        assert!(page.contains("<title>notes.txt · slant report</title>"));
        assert!(page_of("Text here.", "-").contains("<h1>standard input</h1>"));
    }

    #[test]
    fn the_verdict_comes_first_then_the_article_then_notes_and_the_folded_table() {
        let text = "Parking Plan\n\nEveryone knows the shameful plan failed. The vote was 7 to 2.";
        let page = page_of(text, "t.txt");
        let at = |needle: &str| {
            page.find(needle)
                .unwrap_or_else(|| panic!("{needle}: {page}"))
        };
        assert!(at("class=\"verdict") < at("<main>"));
        assert!(at("<main>") < at("<h2>Notes"));
        assert!(at("<h2>Notes") < at("<details class=\"more\"><summary>Table of all"));
        assert!(page.contains("How to read it:"));
        assert!(page.contains("<span class=\"lvl\">"));
    }

    #[test]
    fn the_folded_table_of_one_paragraph_says_so_in_the_singular() {
        let page = page_of("Everyone knows the shameful plan failed.", "t.txt");
        assert!(
            page.contains("<summary>Table of the paragraph (its score)</summary>"),
            "{page}"
        );
        let page = page_of("Plans\n\nEveryone knows the plan failed.", "t.txt");
        assert!(
            page.contains("<summary>Table of all 2 paragraphs (the scores of each)</summary>"),
            "{page}"
        );
    }

    #[test]
    fn repeats_and_page_furniture_are_folded_under_one_line_and_counted_apart() {
        let body = "The plan was approved by the council after a long debate on Tuesday night.";
        let text = format!("Share on Facebook\n\n{body}\n\nAdvertisement\n\n{body}\n\n{body}");
        let page = page_of(&text, "t.txt");
        assert!(
            page.contains("<summary>¶1: 1 line of page furniture, not scored</summary>"),
            "{page}"
        );
        assert!(
            page.contains("<summary>¶3–5: 2 repeated paragraphs and 1 line of page furniture, not scored</summary>"),
            "{page}"
        );
        assert!(
            page.contains("Not scored: 2 repeated paragraphs and 2 lines of page furniture, folded away in the text below — 4 sentences, 32 words, no finding.</p>"),
            "{page}"
        );
        assert!(page.contains("in 1 scored paragraph of 14 words"), "{page}");
    }

    /// The ux12 trial: `--all` listed the byline in the terminal table, but the page kept
    /// it folded away, and left it off the printed page. With `all` it is shown unfolded
    /// (on paper too) and the verdict says so; without, it stays folded and says that.
    #[test]
    fn with_all_the_byline_and_repeats_are_shown_unfolded_and_the_verdict_says_so() {
        let body = "The council approved the plan on Tuesday night after a long debate.";
        let text = format!("Bus Lanes Approved\n\nBy Ann Lee\n\n{body}\n\n{body}");
        let analysis = Analyzer::new(&LexiconSet::builtin()).analyze(&text);
        // (all, how the folds open, where the verdict says they are)
        let cases = [
            (
                false,
                "<details class=\"aside\"><summary>",
                "folded away in the text below",
            ),
            (
                true,
                "<details class=\"aside\" open><summary>",
                "shown unfolded in the text below",
            ),
        ];
        for (all, fold, said) in cases {
            let page = render(&text, &analysis, "t.txt", all);
            assert_eq!(page.matches(fold).count(), 2, "{all}: {page}");
            assert!(
                page.contains(&format!(
                    "1 repeated paragraph and 1 line of page furniture, {said}"
                )),
                "{all}: {page}"
            );
            assert!(page.contains("<p>By Ann Lee</p>"), "{page}");
            // On paper an open fold is printed, a closed one is not.
            assert!(
                page.contains(".aside:not([open]) { display: none; }"),
                "{page}"
            );
        }
    }

    /// A new-teacher trial: the verdict said a heading was "folded away in the text
    /// below" while the page showed it as its title. Each kind is said where it is shown.
    #[test]
    fn the_verdict_says_where_each_unscored_paragraph_is_shown() {
        let body = "The council approved the plan on Tuesday night after a long debate.";
        let cases = [
            (
                format!("Bus Lanes Approved\n\n{body}"),
                "Not scored: 1 heading, shown as the title — 1 sentence, 3 words, no finding.</p>",
            ),
            (
                format!("Bus Lanes Approved\n\n{body}\n\nWhat Comes Next\n\n{body} Again."),
                "Not scored: 2 headings: the title and 1 shown in the text — 2 sentences, 6 words, no finding.</p>",
            ),
            (
                format!("{body}\n\nWhat Comes Next\n\nThe work starts in May."),
                "Not scored: 1 heading, shown in the text — 1 sentence, 3 words, no finding.</p>",
            ),
            (
                format!("Bus Lanes Approved\n\nShare on Facebook\n\n{body}"),
                "Not scored: 1 line of page furniture, folded away in the text \
                 below; 1 heading, shown as the title — 2 sentences, 6 words, no finding.</p>",
            ),
        ];
        for (text, said) in &cases {
            let page = page_of(text, "t.txt");
            assert!(page.contains(said), "{text}: {page}");
        }
    }

    #[test]
    fn the_verdict_counts_the_findings_of_the_scored_paragraphs_only() {
        // The heading's "brazen" is highlighted but not among the scored paragraph's count.
        let text = "A brazen plan for the town\n\nThe council approved the brazen plan on Tuesday night after a debate.";
        let a = Analyzer::new(&LexiconSet::builtin()).analyze(text);
        assert_eq!(a.findings.len(), 2, "{:?}", a.findings);
        let page = page_of(text, "t.txt");
        assert!(
            page.contains("<strong>1 finding</strong> in 1 scored paragraph"),
            "{page}"
        );
        // The heading's own finding is said beside them, so the figures add up to the
        // key's (a trial read "22 findings" above a key of 23).
        assert!(
            page.contains("of 12 words (1 in headings, not counted)."),
            "{page}"
        );
    }

    #[test]
    fn the_chart_has_a_bar_per_scored_paragraph_and_a_few_labels_from_1_to_500() {
        for n in [1usize, 7, 120, 500] {
            let text: String = (0..n)
                .map(|i| format!("Paragraph {i} says the brazen plan failed on day {i}.\n\n"))
                .collect();
            let page = page_of(&text, "t.txt");
            let chart = &page
                [page.find("<div class=\"chart").unwrap()..page.find("<h2>The article").unwrap()];
            assert_eq!(chart.matches("<a href=").count(), n, "bars for {n}");
            let labels = chart.matches("class=\"x\"").count();
            assert!((1..=7).contains(&labels), "{labels} labels for {n}");
        }
        assert!(page_of("", "t.txt").contains("No paragraph was scored"));
    }
}
