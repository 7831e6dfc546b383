//! Turning an [`Analysis`] into what people and programs read: JSON reports and terminal tables.
//!
//! Reporters return strings; only the binary writes them anywhere.

pub mod html;
pub mod markdown;
pub mod table;

use crate::analysis::{Analysis, Finding, Paragraph, Sentence, Summary, Warning};
use crate::score::{self, Level, Reference};
use serde::{Deserialize, Serialize};
use std::io::Write;

/// The flagged sentences with their findings, in text order. Findings are kept in text
/// order, so those of one sentence are next to each other.
pub(crate) fn flagged_sentences(
    analysis: &Analysis,
) -> impl Iterator<Item = (&Sentence, &[Finding])> {
    analysis
        .findings
        .chunk_by(|a, b| a.sentence == b.sentence)
        .map(|found| (&analysis.sentences[found[0].sentence as usize], found))
}

/// `text[start..end]` on one line, each finding's words wrapped by `mark` and the text
/// between them passed through `plain`; a finding inside another is left to the outer one.
pub(crate) fn marked_passage(
    text: &str,
    (start, end): (usize, usize),
    findings: &[Finding],
    plain: impl Fn(&str) -> String,
    mark: impl Fn(&Finding, &str) -> String,
) -> String {
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by_key(|f| (f.span.start, std::cmp::Reverse(f.span.end)));
    let mut out = String::new();
    let mut at = start;
    for f in sorted {
        if f.span.start < at {
            continue; // inside a passage already marked
        }
        out.push_str(&plain(&text[at..f.span.start]));
        out.push_str(&mark(f, f.span.slice(text)));
        at = f.span.end;
    }
    out.push_str(&plain(&text[at..end]));
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The kind of the warning about repeated paragraphs: the reports fold those away and
/// say so in their own words, so they leave this warning out of their notes.
pub(crate) const DUPLICATES: &str = "duplicates";

/// What a reader must know about how the text was read (no text at all, not English,
/// taken out of a web page, not quite UTF-8): every warning but the repeats, one line each.
pub(crate) fn notes(analysis: &Analysis) -> impl Iterator<Item = &str> {
    analysis
        .warnings
        .iter()
        .filter(|w| w.kind != DUPLICATES)
        .map(|w| w.message.as_str())
}

/// Where a score stands among the reference texts, e.g. "98% of wire news paragraphs
/// score lower"; `of_what` names them ("of wire news paragraphs"). It is a comparison,
/// not the level: the level comes from fixed cut-offs.
pub(crate) fn standing(percentile: u32, of_what: &str) -> String {
    if percentile == 0 {
        format!("it is as calm as the calmest {of_what}")
    } else {
        format!("{percentile}% {of_what} score lower")
    }
}

/// The fixed cut-offs of the levels, e.g. "a whole text is moderate from 9, high from 21".
pub(crate) fn cut_offs(whole_text: bool) -> String {
    let r = Reference::builtin();
    let (what, moderate, high) = if whole_text {
        let cut = |level| r.article_cut(level);
        ("a whole text", cut(Level::Moderate), cut(Level::High))
    } else {
        let cut = |level| r.paragraph_cut(level);
        ("a paragraph", cut(Level::Moderate), cut(Level::High))
    };
    format!("{what} is moderate from {moderate}, high from {high}")
}

/// The level a report shows for the whole text: its level's name, or "none" for an input
/// with no text (a calm "low" would be a verdict on nothing).
pub(crate) fn overall_level(analysis: &Analysis) -> &'static str {
    crate::score::level_name(analysis.summary.level)
}

/// The overall verdict: level and score with the cut-offs that give the level, how the
/// score compares with the reference wire news, and the paragraph a reader should look at
/// first. The level and the comparison are told apart: a text can score higher than 99%
/// of wire news reports and still be moderate.
pub(crate) fn verdict(analysis: &Analysis) -> String {
    // An empty or blank input has no level to give: "low" would read as a calm text.
    let s = &analysis.summary;
    let Some(level) = s.level else {
        return "Overall: no verdict, as there is no text to score.".to_string();
    };
    let mut out = format!(
        "Overall: {} (score {}; {}). For comparison, {}.",
        level.name(),
        s.score,
        cut_offs(true),
        standing(
            s.percentile,
            &format!(
                "of {} wire news reports",
                Reference::builtin().article.count
            )
        ),
    );
    if let Some(p) = s
        .most_charged_paragraph
        .and_then(|i| analysis.paragraphs.get(i as usize))
    {
        out.push_str(&format!(
            " Most charged paragraph: ¶{}, {} (score {}; {}); {}.",
            p.index + 1,
            p.level.map_or("low", Level::name),
            p.score.unwrap_or(0),
            cut_offs(false),
            standing(p.percentile.unwrap_or(0), "of wire news paragraphs"),
        ));
    }
    out
}

/// What the *above wire* column means, and that it is not the level.
pub(crate) const ABOVE_WIRE: &str = "the share of the wire news paragraphs (or, for a whole \
     text, reports) that score lower: a comparison; the level comes from the fixed cut-offs below.";

/// How scores and levels are computed, with the cut-offs of the shipped reference scale:
/// printed with every report so a score can be checked by hand.
pub fn score_legend() -> String {
    let r = Reference::builtin();
    let words = score::WORDS_PER_POINT;
    format!(
        "Score of a paragraph: add the weights (1 to 3) of its loaded-language and absolute-claim \
         findings outside quotations, each sentence counting once per category with its heaviest \
         finding: that is its charge C. Unsourced assertions are shown but not counted: plain news \
         uses them routinely. Score = 100 × C / (C + (words + {words}) / {words}), rounded; the \
         overall score is the mean of the paragraph scores weighted by their words. Levels use fixed \
         cut-offs set from {} (reference made {}): a paragraph is moderate from {} (reached by {} in 10 of \
         the wire news paragraphs with any charge; more charged than {}% of all wire news paragraphs) and \
         high from {} (more than {}%); a text is moderate from {} (more \
         charged than {}% of wire news reports) and high from {} (charged throughout: on average as \
         charged as a paragraph that stands out from wire news), so a text can score higher than 99% \
         of wire news reports and still be moderate.",
        r.source,
        r.made,
        r.paragraph_cut(Level::Moderate),
        (100 - score::CHARGED_PERCENTILE) / 10,
        r.paragraph
            .percentile_below(r.paragraph_cut(Level::Moderate)),
        r.paragraph_cut(Level::High),
        score::HIGH_PERCENTILE,
        r.article_cut(Level::Moderate),
        score::MODERATE_PERCENTILE,
        r.article_cut(Level::High),
    )
}

/// Version of the JSON report layout; bumped when a field changes meaning or disappears.
pub const SCHEMA_VERSION: u32 = 2;

/// The program that made a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tool {
    /// Always `slant`.
    pub name: String,
    /// The crate version.
    pub version: String,
}

/// What was analyzed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The file path as given, or `-` for standard input.
    pub path: String,
    /// Size of the text analysed in bytes.
    pub bytes: usize,
    /// Set when the text analysed was extracted from the input: `"html"` for a saved
    /// web page (spans then index the extracted text, not the file).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub extracted_from: Option<String>,
}

/// The JSON report: a contract other tools read, so names stay as they are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Layout version, see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// In batch (JSONL) mode, the `id` of the input document.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub id: Option<serde_json::Value>,
    /// The program.
    pub tool: Tool,
    /// The input.
    pub source: Source,
    /// Totals.
    pub summary: Summary,
    /// Paragraphs.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences.
    pub sentences: Vec<Sentence>,
    /// Findings.
    pub findings: Vec<Finding>,
    /// Notes about the analysis.
    pub warnings: Vec<Warning>,
}

impl Report {
    /// The report of `analysis` of the input at `path` (`-` for standard input).
    pub fn new(analysis: Analysis, path: &str, bytes: usize) -> Report {
        Report {
            schema_version: SCHEMA_VERSION,
            id: None,
            tool: Tool {
                name: "slant".to_string(),
                version: env!("CARGO_PKG_VERSION").to_string(),
            },
            source: Source {
                path: path.to_string(),
                bytes,
                extracted_from: analysis
                    .warnings
                    .iter()
                    .any(|w| w.kind == crate::saved_page::EXTRACTED_WARNING)
                    .then(|| "html".to_string()),
            },
            summary: analysis.summary,
            paragraphs: analysis.paragraphs,
            sentences: analysis.sentences,
            findings: analysis.findings,
            warnings: analysis.warnings,
        }
    }

    /// Pretty JSON with a final newline.
    pub fn to_json_pretty(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("reports serialize");
        s.push('\n');
        s
    }

    /// Writes the pretty JSON of the report with a final newline.
    pub fn write_json_pretty(&self, w: &mut dyn Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(&mut *w, self)?;
        w.write_all(b"\n")
    }

    /// Writes several reports as one pretty JSON array with a final newline.
    pub fn write_json_pretty_array(reports: &[Report], w: &mut dyn Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(&mut *w, reports)?;
        w.write_all(b"\n")
    }

    /// One line of JSON with a final newline (for JSONL streams).
    pub fn to_json_line(&self) -> String {
        let mut s = serde_json::to_string(self).expect("reports serialize");
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Analyzer;
    use crate::lexicon::LexiconSet;

    fn report(text: &str) -> Report {
        let analysis = Analyzer::new(&LexiconSet::builtin()).analyze(text);
        Report::new(analysis, "a \"quoted\"\npath", text.len())
    }

    #[test]
    fn a_report_reads_back_from_its_json_as_it_was() {
        let text = "Everyone knows the corrupt mayor never listens.\n\nCritics say so.";
        let mut r = report(text);
        r.id = Some(serde_json::json!("doc-1"));
        let pretty = r.to_json_pretty();
        let mut written = Vec::new();
        r.write_json_pretty(&mut written).unwrap();
        assert_eq!(String::from_utf8(written).unwrap(), pretty);
        assert_eq!(serde_json::from_str::<Report>(&pretty).unwrap(), r);
        assert_eq!(
            serde_json::from_str::<Report>(&r.to_json_line()).unwrap(),
            r
        );
        assert!(!r.findings.is_empty());
    }

    #[test]
    fn reported_words_say_so_in_every_view() {
        let text = "Okafor called the merger a disgrace.";
        let analysis = Analyzer::new(&LexiconSet::builtin()).analyze(text);
        let details = table::details(text, &analysis, table::Colors::Off, 100);
        assert!(
            details.contains("reported: someone else's words"),
            "{details}"
        );
        let sheet = markdown::render(text, &analysis, "t.txt", false);
        assert!(
            sheet.contains("(reported speech: someone else's words)"),
            "{sheet}"
        );
        let page = html::render(text, &analysis, "t.txt", false);
        assert!(
            page.contains("in reported speech, someone else's words"),
            "{page}"
        );
        assert!(page.contains(">reported<sup>"), "{page}");
        let json = report(text).to_json_pretty();
        assert!(json.contains("\"reported\": true"), "{json}");
    }

    #[test]
    fn an_input_without_text_gets_no_verdict_and_a_text_gets_its_level() {
        let analyzer = Analyzer::new(&LexiconSet::builtin());
        for blank in ["", "  \n\n\t\n"] {
            let said = verdict(&analyzer.analyze(blank));
            assert_eq!(said, "Overall: no verdict, as there is no text to score.");
            let analysis = analyzer.analyze(blank);
            assert_eq!(overall_level(&analysis), "none");
            let sheet = markdown::render(blank, &analysis, "empty.txt", false);
            assert!(sheet.contains("(none): 0 paragraphs"), "{sheet}");
            assert!(sheet.contains("| 0% | none |"), "{sheet}");
            let page = html::render(blank, &analysis, "empty.txt", false);
            assert!(!page.contains("<td>low</td>"), "{page}");
            let report = Report::new(analysis, "empty.txt", blank.len());
            let json: serde_json::Value = serde_json::from_str(&report.to_json_line()).unwrap();
            assert_eq!(json["summary"]["level"], "none", "{json}");
            assert_eq!(
                serde_json::from_str::<Report>(&report.to_json_line()).unwrap(),
                report
            );
        }
        let calm = Report::new(analyzer.analyze("The council met."), "calm.txt", 16);
        let json: serde_json::Value = serde_json::from_str(&calm.to_json_line()).unwrap();
        assert_eq!(json["summary"]["level"], "low", "{json}");
        let said = verdict(&analyzer.analyze("The council met on Tuesday."));
        assert!(said.starts_with("Overall: low (score 0;"), "{said}");
    }
}
