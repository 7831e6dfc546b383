//! The HTML view: one self-contained page a student can open from disk, print or read
//! on a phone, with every finding highlighted in place and explained.
//!
//! No scripts, fonts or network requests: inline CSS and SVG only. Every byte of the
//! input is HTML-escaped. Highlights differ by colour *and* by underline style and a
//! category letter, so they survive greyscale printing and colour blindness; hovering or
//! focusing a highlight shows its explanation, and numbered notes at the end give the
//! same text without a mouse.

use super::table::{first_words, percentile_cell, status};
use crate::analysis::{Analysis, Finding, Paragraph, ParagraphKind};
use crate::category::Category;
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

const STYLE: &str = r#"
:root { --loaded: #c62828; --unsourced: #b26a00; --absolute: #6a1b9a; --ink: #1d1d1f; --muted: #666; }
* { box-sizing: border-box; }
body { font: 17px/1.6 Georgia, "Times New Roman", serif; color: var(--ink); margin: 0 auto; max-width: 52rem; padding: 1rem; background: #fff; }
h1 { font-size: 1.6rem; line-height: 1.2; margin: .5rem 0; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #ddd; }
.meta { color: var(--muted); font-size: .95rem; }
table { border-collapse: collapse; font: 14px/1.4 system-ui, sans-serif; width: 100%; }
th, td { border-bottom: 1px solid #e3e3e3; padding: .25rem .4rem; text-align: right; }
th:nth-child(2), td:nth-child(2) { text-align: left; }
tr.total td { font-weight: bold; border-top: 2px solid #999; }
.scroll { overflow-x: auto; }
.legend { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .5rem 1rem; font: 14px/1.45 system-ui, sans-serif; }
.legend p { margin: .2rem 0; }
.para { display: grid; grid-template-columns: 3.2rem 1fr; gap: .6rem; margin: 1rem 0; }
.heat { font: 12px/1.2 system-ui, sans-serif; text-align: center; color: var(--muted); }
.heat .bar { height: .5rem; border: 1px solid #999; border-radius: 2px; background: linear-gradient(90deg, #555 var(--score), #fff var(--score)); margin-bottom: .2rem; }
.para.set-aside { opacity: .55; }
.para.set-aside .text { font-style: italic; }
.para.heading .text { font-weight: bold; font-size: 1.15rem; }
.text p { margin: 0; }
mark { background: none; color: inherit; position: relative; text-decoration-thickness: 2px; text-underline-offset: 3px; padding: 0 1px; border-radius: 2px; }
mark:focus { outline: 2px solid #000; }
mark.loaded { background: #fde4e4; text-decoration: underline solid var(--loaded); }
mark.unsourced { background: #fff1d6; text-decoration: underline dashed var(--unsourced); }
mark.absolute { background: #f1e4fa; text-decoration: underline double var(--absolute); }
mark.quoted { background: #f4f4f4; text-decoration-style: dotted; text-decoration-color: #888; }
mark sup { font: bold 10px/1 system-ui, sans-serif; margin-left: 1px; }
mark sup a { color: inherit; text-decoration: none; }
.tip { display: none; position: absolute; left: 0; top: 1.6em; z-index: 2; width: min(22rem, 80vw); background: #fff; border: 1px solid #888; box-shadow: 0 2px 8px rgba(0,0,0,.25); padding: .5rem .6rem; font: 13px/1.45 system-ui, sans-serif; font-style: normal; font-weight: normal; }
mark:hover > .tip, mark:focus > .tip, mark:focus-within > .tip { display: block; }
.notes { font: 14px/1.5 system-ui, sans-serif; }
.notes li { margin: .4rem 0; }
.cat { font-weight: bold; }
.cat.loaded { color: var(--loaded); } .cat.unsourced { color: var(--unsourced); } .cat.absolute { color: var(--absolute); }
svg { max-width: 100%; height: auto; }
@media (max-width: 36rem) { body { font-size: 16px; } .para { grid-template-columns: 2.4rem 1fr; } }
@media print {
  body { max-width: none; font-size: 11pt; }
  .tip { display: none !important; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .para { break-inside: avoid; }
  a { color: inherit; }
}
"#;

/// The whole page for `analysis` of `text`, titled `title` (the file name).
pub fn render(text: &str, analysis: &Analysis, title: &str) -> String {
    let mut page = String::with_capacity(text.len() * 4 + 16 * 1024);
    let s = &analysis.summary;
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>slant: {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <h1>slant report: {}</h1>\n<p class=\"meta\">Overall score <strong>{}</strong>/100 \
         ({}) over {} paragraphs, {} sentences and {} words; {} findings.</p>\n\
         <p class=\"meta\">{}</p>\n",
        escape(title),
        escape(title),
        s.score,
        s.level.name(),
        s.paragraphs,
        s.sentences,
        s.words,
        analysis.findings.len(),
        escape(&super::verdict(analysis)),
    );
    for w in &analysis.warnings {
        let _ = writeln!(page, "<p class=\"meta\">Note: {}</p>", escape(&w.message));
    }
    page.push_str(&summary_table(text, analysis));
    page.push_str(&chart(&analysis.paragraphs));
    page.push_str(LEGEND);
    let _ = writeln!(
        page,
        "<div class=\"legend\"><p>{}</p></div>",
        escape(&super::score_legend())
    );
    page.push_str("<h2>The text</h2>\n<main>\n");
    for p in &analysis.paragraphs {
        page.push_str(&paragraph(text, analysis, p));
    }
    page.push_str("</main>\n");
    page.push_str(&notes(analysis));
    page.push_str("</body>\n</html>\n");
    page
}

fn summary_table(text: &str, analysis: &Analysis) -> String {
    let mut out = String::from("<h2>Summary</h2>\n<div class=\"scroll\"><table>\n<tr>");
    let headings = ["¶", "first words", "sentences", "words"]
        .into_iter()
        .chain(Category::ALL.map(Category::short_name))
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
    out.push_str("<tr class=\"total\">");
    let all = ["all", "overall (word-weighted)"].map(str::to_string);
    cells(
        &mut out,
        all.into_iter()
            .chain([s.sentences, s.words].map(|n| n.to_string())),
    );
    cells(&mut out, s.counts.per_category().map(|n| n.to_string()));
    cells(
        &mut out,
        [
            s.score.to_string(),
            format!("{}%", s.percentile),
            s.level.name().to_string(),
        ],
    );
    out.push_str("</tr>\n</table></div>\n");
    out
}

/// A bar per paragraph, its height the score; paragraphs not scored are a short grey tick.
fn chart(paragraphs: &[Paragraph]) -> String {
    let n = paragraphs.len().max(1);
    let bar = 24usize;
    let gap = 6usize;
    let width = n * (bar + gap) + 40;
    let mut out = String::from("<h2>Score per paragraph</h2>\n");
    let _ = write!(
        out,
        "<svg role=\"img\" aria-label=\"Score of each paragraph, 0 to 100\" viewBox=\"0 0 {width} 140\" \
         width=\"{width}\" height=\"140\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"sans-serif\" font-size=\"10\">\n\
         <line x1=\"30\" y1=\"110\" x2=\"{width}\" y2=\"110\" stroke=\"#999\"/>\
         <line x1=\"30\" y1=\"57.5\" x2=\"{width}\" y2=\"57.5\" stroke=\"#ddd\" stroke-dasharray=\"3 3\"/>\
         <text x=\"0\" y=\"113\">0</text><text x=\"0\" y=\"60\">50</text><text x=\"0\" y=\"14\">100</text>\n"
    );
    for (k, p) in paragraphs.iter().enumerate() {
        let x = 34 + k * (bar + gap);
        match p.score {
            Some(score) => {
                let h = score as usize * 105 / 100;
                let fill = match p.level.map(|l| l.name()) {
                    Some("high") => "#333",
                    Some("moderate") => "#777",
                    _ => "#bbb",
                };
                let _ = write!(
                    out,
                    "<rect x=\"{x}\" y=\"{}\" width=\"{bar}\" height=\"{h}\" fill=\"{fill}\"><title>¶{}: {score}</title></rect>",
                    110 - h,
                    p.index + 1
                );
            }
            None => {
                let _ = write!(
                    out,
                    "<rect x=\"{x}\" y=\"107\" width=\"{bar}\" height=\"3\" fill=\"#ccc\"><title>¶{}: not scored</title></rect>",
                    p.index + 1
                );
            }
        }
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"125\" text-anchor=\"middle\">{}</text>",
            x + bar / 2,
            p.index + 1
        );
    }
    out.push_str("</svg>\n");
    out
}

const LEGEND: &str = "<h2>How to read this page</h2>\n<div class=\"legend\">\n\
<p><mark class=\"loaded\">loaded language<sup>L</sup></mark>: words chosen for emotional charge or a built-in verdict. Ask: what neutral word would state the same fact?</p>\n\
<p><mark class=\"unsourced\">unsourced assertion<sup>U</sup></mark>: a claim resting on a source you cannot check. Ask: who exactly says so, and where could I check it?</p>\n\
<p><mark class=\"absolute\">absolute claim<sup>A</sup></mark>: all, never, only, certainly, about a matter open to doubt. Ask: what would one counter-example do to it?</p>\n\
<p><mark class=\"loaded quoted\">quoted<sup>L</sup></mark>: inside a quotation, someone else's words; shown, not scored.</p>\n\
<p>Headings, page furniture and repeated paragraphs are shown faded and not scored. <em>Above wire</em>: the share of wire news paragraphs (or reports) scoring lower.</p>\n\
<p>Hover over or tab to a highlight to read its explanation; the numbers lead to the same notes at the end.</p>\n\
</div>\n";

/// A paragraph with its score strip; findings are numbered in text order from 1.
fn paragraph(text: &str, analysis: &Analysis, p: &Paragraph) -> String {
    let (score, level) = status(p);
    let set_aside = p.duplicate_of.is_some() || p.kind == ParagraphKind::Boilerplate;
    let class = match p.kind {
        ParagraphKind::Heading => "heading",
        _ if set_aside => "set-aside",
        _ => "prose",
    };
    let width = p.score.unwrap_or(0);
    // Findings are in text order: this paragraph's are one run of them.
    let all = &analysis.findings;
    let from = all.partition_point(|f| f.paragraph < p.index);
    let to = all.partition_point(|f| f.paragraph <= p.index);
    let findings: Vec<(usize, &Finding)> = (from..to).map(|k| (k, &all[k])).collect();
    let label = match p.score {
        Some(_) => format!("{score}<br>{level}"),
        None => escape(&level),
    };
    format!(
        "<div class=\"para {class}\" id=\"p{}\"><div class=\"heat\" style=\"--score: {width}%\" \
         title=\"¶{} score {}\"><div class=\"bar\"></div>¶{}<br>{label}</div>\
         <div class=\"text\"><p>{}</p></div></div>\n",
        p.index + 1,
        p.index + 1,
        escape(&score),
        p.index + 1,
        highlighted(text, p.span.start, p.span.end, &findings),
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
        if f.quoted {
            " in a quotation, someone else's words"
        } else {
            ""
        },
        escape(&f.text),
        f.weight,
        escape(&f.explanation),
        escape(&f.question),
    );
    if let Some(alt) = &f.alternative {
        let _ = write!(out, "<br><strong>Instead:</strong> {}", escape(alt));
    }
    let _ = write!(out, "<br><small>rule: {}</small>", escape(&f.rule));
    out
}

fn notes(analysis: &Analysis) -> String {
    if analysis.findings.is_empty() {
        return "<h2>Notes</h2>\n<p class=\"notes\">No findings.</p>\n".to_string();
    }
    let mut out = String::from("<h2>Notes</h2>\n<ol class=\"notes\">\n");
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
        let page = render(text, &analysis, "<evil>.txt");
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
        let page = render(text, &analysis, "t");
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
}
