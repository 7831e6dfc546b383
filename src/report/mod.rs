//! Turning an [`Analysis`] into what people and programs read: JSON reports and terminal tables.
//!
//! Reporters return strings; only the binary writes them anywhere.

pub mod html;
mod json;
pub mod markdown;
pub mod table;

pub use json::{PrettyElement, write_pretty_array};

use crate::analysis::{Analysis, Finding, Paragraph, Sentence, Summary, Warning};
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

/// A slice written as a pretty JSON array (object-safe, so the three arrays of a report
/// can be handled in one loop).
trait PrettyArray {
    /// Writes the array as `serde_json`'s pretty printer does at nesting `depth`.
    fn write(&self, depth: usize, w: &mut (dyn Write + Send)) -> std::io::Result<()>;
}

impl<T: PrettyElement> PrettyArray for Vec<T> {
    fn write(&self, depth: usize, w: &mut (dyn Write + Send)) -> std::io::Result<()> {
        write_pretty_array(self, depth, w)
    }
}

/// Version of the JSON report layout; bumped when a field changes meaning or disappears.
pub const SCHEMA_VERSION: u32 = 1;

/// The program that made a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tool {
    /// Always `slant`.
    pub name: String,
    /// The crate version.
    pub version: String,
}

/// What was analysed.
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
        let mut out = Vec::new();
        self.write_json_pretty(&mut out).expect("writing to memory");
        String::from_utf8(out).expect("JSON is UTF-8")
    }

    /// Writes the pretty JSON of the report with a final newline: the same bytes as
    /// `serde_json::to_writer_pretty`, but the paragraphs, sentences and findings are
    /// rendered a few thousand at a time on all threads of the current rayon pool, and
    /// never all held in memory at once.
    pub fn write_json_pretty(&self, w: &mut (dyn Write + Send)) -> std::io::Result<()> {
        // The report without its long arrays, which print as `[]` under their keys.
        let shell = Report {
            schema_version: self.schema_version,
            id: self.id.clone(),
            tool: self.tool.clone(),
            source: self.source.clone(),
            summary: self.summary.clone(),
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            findings: Vec::new(),
            warnings: self.warnings.clone(),
        };
        let shell = serde_json::to_string_pretty(&shell).expect("reports serialize");
        let mut rest = shell.as_str();
        // A raw line break followed by two spaces starts a top-level key: line breaks in
        // strings are escaped, and nested keys are indented further.
        for (key, array) in [
            ("\n  \"paragraphs\": ", &self.paragraphs as &dyn PrettyArray),
            ("\n  \"sentences\": ", &self.sentences),
            ("\n  \"findings\": ", &self.findings),
        ] {
            let at = rest
                .find(&format!("{key}[]"))
                .expect("the shell has every key")
                + key.len();
            w.write_all(&rest.as_bytes()[..at])?;
            array.write(1, w)?;
            rest = &rest[at + 2..];
        }
        w.write_all(rest.as_bytes())?;
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
    fn parallel_pretty_json_is_serde_json_pretty() {
        let long =
            "Everyone knows the corrupt mayor never listens. Critics say so.\n\n".repeat(3000);
        for text in ["", "One word", long.as_str()] {
            let mut r = report(text);
            // An id holding the report's own keys must not confuse the splice.
            r.id = Some(serde_json::json!({"paragraphs": [], "findings": [1, 2]}));
            let expected = serde_json::to_string_pretty(&r).unwrap() + "\n";
            assert_eq!(
                r.to_json_pretty(),
                expected,
                "for a text of {} bytes",
                text.len()
            );
        }
    }

    #[test]
    fn inside_a_pool_a_long_report_is_rendered_and_written_in_turn_to_the_same_bytes() {
        let long: String = (0..5000)
            .map(|i| format!("Critics say plan {i} is a disaster. It failed.\n\n"))
            .collect();
        let r = report(&long);
        assert!(r.sentences.len() > 4096 * 2);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let inside = pool.install(|| r.to_json_pretty());
        assert_eq!(inside, serde_json::to_string_pretty(&r).unwrap() + "\n");
    }

    #[test]
    fn a_pretty_array_at_any_depth_is_serde_json_pretty() {
        let items: Vec<serde_json::Value> = (0..2000)
            .map(|i| serde_json::json!({"n": i, "text": "line\nbreak", "list": [i, {"a": []}]}))
            .collect();
        let mut out = Vec::new();
        write_pretty_array(&items, 0, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            serde_json::to_string_pretty(&items).unwrap()
        );
        let mut out = Vec::new();
        write_pretty_array::<serde_json::Value>(&[], 0, &mut out).unwrap();
        assert_eq!(out, b"[]");
        let nested = serde_json::json!({"a": {"b": items.clone()}});
        let mut inner = Vec::new();
        write_pretty_array(&items, 2, &mut inner).unwrap();
        let expected = serde_json::to_string_pretty(&nested).unwrap();
        assert!(expected.contains(std::str::from_utf8(&inner).unwrap()));
    }
}
