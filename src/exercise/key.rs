//! The answer key of an exercise: slant's findings per worksheet sentence, with their
//! explanations and questions, and the id of the article so that answers are never
//! checked against the wrong one. `key.json` is this struct; `key.html` is for the teacher.

use super::page::{css_class, page_head};
use super::{PerCategory, SCHEMA_VERSION, letter, one_line, text_hash};
use crate::analysis::{Analysis, Finding};
use crate::category::Category;
use crate::report::Tool;
use crate::report::html::escape;
use crate::text::span::Span;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// What `schema` says in a key file.
pub const KEY_SCHEMA: &str = "slant-exercise-key";

/// The name, before `.json` (and a number after the first: `key-replaced-2.json`), that
/// `exercise new --force` keeps the key of another article under, beside the new key.
pub const REPLACED_KEY_STEM: &str = "key-replaced";

/// The article an exercise is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// The file the teacher gave, as given.
    pub path: String,
    /// Its size in bytes.
    pub bytes: usize,
    /// Its id, [`super::text_hash`] of its text.
    pub hash: String,
    /// Its title: the heading it opens with, if any (shown on the worksheet for context;
    /// headings get no line to mark). Written only when there is one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub title: Option<String>,
}

/// One word or phrase slant flagged, explained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFinding {
    /// Which kind of rhetoric.
    pub category: Category,
    /// The flagged words, as in the article.
    pub text: String,
    /// Byte range of the words in the article.
    pub span: Span,
    /// Whether the words are someone else's: inside a quotation, or reported speech.
    pub quoted: bool,
    /// Whether the words are a named speaker's in reported speech, without quotation marks
    /// (written only when true).
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub reported: bool,
    /// Whether this finding marks the sentence for its category: quoted words count for
    /// loaded language only, as in `slant eval`.
    pub marks_sentence: bool,
    /// What the device is and why these words.
    pub explanation: String,
    /// The question a careful reader should ask.
    pub question: String,
    /// A neutral alternative, if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub alternative: Option<String>,
}

/// A sentence with a line on the worksheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeySentence {
    /// Its number on the worksheet (`S1` is 1).
    pub number: u32,
    /// 1-based number of its paragraph in the article.
    pub paragraph: u32,
    /// Byte range of the sentence in the article.
    pub span: Span,
    /// The sentence exactly as in the article.
    pub text: String,
    /// Whether slant marks the sentence for each category.
    pub marked: PerCategory<bool>,
    /// slant's findings in the sentence, in text order.
    pub findings: Vec<KeyFinding>,
}

impl KeySentence {
    /// The sentence on one line.
    pub fn one_line(&self) -> String {
        one_line(&self.text)
    }

    /// The findings of `category` that mark the sentence.
    pub fn marking(&self, category: Category) -> impl Iterator<Item = &KeyFinding> {
        self.findings
            .iter()
            .filter(move |f| f.category == category && f.marks_sentence)
    }
}

/// The answer key: `key.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Key {
    /// Always [`KEY_SCHEMA`].
    pub schema: String,
    /// Layout version, [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The program that made it.
    pub tool: Tool,
    /// The article.
    pub article: Article,
    /// Every sentence on the worksheet, in order, numbered from 1.
    pub sentences: Vec<KeySentence>,
}

/// Why a key file cannot be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KeyError {
    /// Not JSON of the key's layout.
    #[error("not a slant exercise key: {0}")]
    Layout(String),
    /// Another layout version.
    #[error("key of schema version {0}; this slant reads version {SCHEMA_VERSION}")]
    Version(u32),
    /// Sentences not numbered 1, 2, 3, … (a key edited by hand).
    #[error("sentence {found} stands where sentence {expected} should; the key was edited")]
    Numbering {
        /// The number that should stand there.
        expected: u32,
        /// The number found.
        found: u32,
    },
}

impl Key {
    /// The key of `analysis` of `text`, read from `path`: one sentence per sentence of a
    /// prose paragraph that repeats no earlier one (headings, page furniture and repeats
    /// get no line on the worksheet).
    pub fn new(text: &str, analysis: &Analysis, path: &str) -> Key {
        let mut sentences: Vec<KeySentence> = Vec::new();
        let mut findings = analysis.findings.iter().peekable();
        for s in &analysis.sentences {
            let mine: Vec<&Finding> =
                std::iter::from_fn(|| findings.next_if(|f| f.sentence <= s.index))
                    .filter(|f| f.sentence == s.index)
                    .collect();
            // Numbered by the analysis, so a JSON report's `worksheet_number` is the line here.
            let Some(number) = s.worksheet_number else {
                continue;
            };
            let findings: Vec<KeyFinding> = mine
                .into_iter()
                .map(|f| KeyFinding {
                    category: f.category,
                    text: f.text.to_string(),
                    span: f.span,
                    quoted: f.quoted,
                    reported: f.reported,
                    marks_sentence: crate::evaluation::counts_for_label(f),
                    explanation: f.rule.explanation.to_string(),
                    question: f.question().to_string(),
                    alternative: f.rule.alternative.as_deref().map(str::to_string),
                })
                .collect();
            let marked = PerCategory::from_fn(|c| {
                findings.iter().any(|f| f.category == c && f.marks_sentence)
            });
            sentences.push(KeySentence {
                number,
                paragraph: s.paragraph + 1,
                span: s.span,
                text: s.span.slice(text).to_string(),
                marked,
                findings,
            });
        }
        Key {
            schema: KEY_SCHEMA.to_string(),
            schema_version: SCHEMA_VERSION,
            tool: Tool {
                name: "slant".to_string(),
                version: env!("CARGO_PKG_VERSION").to_string(),
            },
            article: Article {
                path: path.to_string(),
                bytes: text.len(),
                hash: text_hash(text),
                title: opening_heading(text, analysis),
            },
            sentences,
        }
    }

    /// Reads a key from its JSON, refusing other layouts and versions.
    pub fn from_json(json: &str) -> Result<Key, KeyError> {
        // The version first, so an older or newer key says so rather than "unknown field".
        #[derive(Deserialize)]
        struct Versioned {
            schema_version: Option<u32>,
        }
        if let Ok(Versioned {
            schema_version: Some(v),
        }) = serde_json::from_str(json)
            && v != SCHEMA_VERSION
        {
            return Err(KeyError::Version(v));
        }
        let key: Key = serde_json::from_str(json).map_err(|e| KeyError::Layout(e.to_string()))?;
        if key.schema != KEY_SCHEMA {
            return Err(KeyError::Layout(format!(
                "schema is `{}`, not `{KEY_SCHEMA}`",
                key.schema
            )));
        }
        for (k, s) in key.sentences.iter().enumerate() {
            let expected = k as u32 + 1;
            if s.number != expected {
                return Err(KeyError::Numbering {
                    expected,
                    found: s.number,
                });
            }
        }
        Ok(key)
    }

    /// Pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("keys serialize");
        s.push('\n');
        s
    }

    /// The sentence numbered `number` on the worksheet.
    pub fn sentence(&self, number: u32) -> Option<&KeySentence> {
        let index = usize::try_from(number.checked_sub(1)?).ok()?;
        self.sentences.get(index)
    }

    /// The article's file name, for titles.
    pub fn article_name(&self) -> &str {
        self.article
            .path
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(&self.article.path)
    }
}

/// The article's headline ([`Analysis::headline`]) on one line.
fn opening_heading(text: &str, analysis: &Analysis) -> Option<String> {
    analysis
        .headline()
        .map(|p| {
            p.span
                .slice(text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|title| !title.is_empty())
}

/// `sentence` escaped for HTML, each finding that marks it in bold with its letter.
pub(crate) fn highlighted_html(sentence: &KeySentence) -> String {
    let mut marks: Vec<&KeyFinding> = sentence.findings.iter().collect();
    marks.sort_by_key(|f| (f.span.start, std::cmp::Reverse(f.span.end)));
    let start = sentence.span.start;
    let text = &sentence.text;
    let mut out = String::new();
    let mut at = 0;
    for f in marks {
        // Findings of a key read from disk are checked to lie in the sentence, on
        // character boundaries, before they are used; others are shown below the sentence.
        let (Some(from), Some(to)) = (
            f.span.start.checked_sub(start),
            f.span.end.checked_sub(start),
        ) else {
            continue;
        };
        if from < at
            || from > to
            || to > text.len()
            || !text.is_char_boundary(from)
            || !text.is_char_boundary(to)
        {
            continue;
        }
        out.push_str(&escape(&text[at..from]));
        let _ = write!(
            out,
            "<b class=\"{}\">{}<sup>{}</sup></b>",
            css_class(f.category),
            escape(&text[from..to]),
            letter(f.category)
        );
        at = to;
    }
    out.push_str(&escape(&text[at..]));
    one_line(&out)
}

/// The teacher's page: every worksheet sentence with slant's marks, the words flagged,
/// what they are and the question to ask.
pub fn render_html(key: &Key) -> String {
    let title = format!("Answer key: {}", key.article_name());
    let mut page = page_head(&title);
    let marked = key
        .sentences
        .iter()
        .filter(|s| s.marked.iter().any(|(_, m)| *m))
        .count();
    let _ = writeln!(
        page,
        "<h1>{}</h1>\n<p class=\"meta\">For the teacher. Article {} ({}), {}, \
         {marked} marked by slant. slant {}.</p>",
        escape(&title),
        escape(&key.article.path),
        escape(&key.article.hash),
        crate::counting::plural(
            key.sentences.len(),
            "worksheet sentence",
            "worksheet sentences"
        ),
        escape(&key.tool.version),
    );
    page.push_str(
        "<p class=\"hint\">A box is ticked when slant flags words of that kind in the sentence; \
         quoted words count for loaded language only (they are someone else's words). \
         slant can be wrong both ways: discuss the sentences where the class disagrees.</p>\n",
    );
    page.push_str("<div class=\"scroll\"><table>\n<tr><th class=\"n\">S</th><th>L</th><th>U</th><th>A</th><th>sentence and slant's reasons</th></tr>\n");
    for s in &key.sentences {
        let _ = write!(
            page,
            "<tr class=\"sentence\"><td class=\"n\">S{}</td>",
            s.number
        );
        for (_, m) in s.marked.iter() {
            page.push_str(if *m { "<td>☒</td>" } else { "<td>☐</td>" });
        }
        let _ = write!(page, "<td>{}", highlighted_html(s));
        if !s.findings.is_empty() {
            page.push_str("<ul class=\"feedback\">");
            for f in &s.findings {
                page.push_str(&finding_html(f));
            }
            page.push_str("</ul>");
        }
        page.push_str("</td></tr>\n");
    }
    page.push_str("</table></div>\n</body>\n</html>\n");
    page
}

/// A finding as a list item: category, words, explanation, question, alternative.
pub(crate) fn finding_html(f: &KeyFinding) -> String {
    let mut out = format!(
        "<li><span class=\"cat {}\">{}</span> “{}”{}: {} <em>Ask: {}</em>",
        css_class(f.category),
        escape(f.category.label()),
        escape(&one_line(&f.text)),
        match (f.quoted, f.reported, f.marks_sentence) {
            (true, false, true) => " (quoted)",
            (true, true, true) => " (reported)",
            (true, false, false) => " (quoted, someone else's claim: does not count)",
            (true, true, false) => " (reported, someone else's claim: does not count)",
            _ => "",
        },
        escape(&f.explanation),
        escape(&f.question),
    );
    if let Some(alt) = &f.alternative {
        let _ = write!(out, " <em>Instead: {}</em>", escape(alt));
    }
    out.push_str("</li>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Analyzer;
    use crate::lexicon::LexiconSet;

    pub(crate) fn key_of(text: &str) -> Key {
        let analysis = Analyzer::new(&LexiconSet::builtin()).analyze(text);
        Key::new(text, &analysis, "op-ed.txt")
    }

    #[test]
    fn headings_furniture_and_repeats_get_no_sentence() {
        let text = "Why the Plan Fails\n\nBy Ann Lee\n\nThe thugs won again. The vote was close.\n\nThe thugs won again. The vote was close.\n\nEveryone knows the plan failed.";
        let key = key_of(text);
        let texts: Vec<String> = key.sentences.iter().map(KeySentence::one_line).collect();
        assert_eq!(
            texts,
            [
                "The thugs won again.",
                "The vote was close.",
                "Everyone knows the plan failed."
            ]
        );
        assert_eq!(
            key.sentences.iter().map(|s| s.number).collect::<Vec<_>>(),
            [1, 2, 3]
        );
        assert!(key.sentences[0].marked.loaded_language);
        assert!(!key.sentences[1].marked.loaded_language);
        assert!(key.sentences[2].marked.unsourced_assertion);
        assert_eq!(key.sentences[2].paragraph, 5);
        assert_eq!(key.article.hash, text_hash(text));
    }

    #[test]
    fn quoted_claims_are_listed_but_mark_only_loaded_language() {
        let key = key_of("He said: “Everyone knows they are thugs.”");
        let s = &key.sentences[0];
        assert!(s.findings.iter().all(|f| f.quoted));
        assert!(s.marked.loaded_language);
        assert!(!s.marked.unsourced_assertion);
        assert!(s.findings.iter().any(|f| !f.marks_sentence));
    }

    #[test]
    fn a_key_reads_back_and_refuses_other_versions_and_edits() {
        let key = key_of("The thugs won. Everyone knows it.");
        assert_eq!(Key::from_json(&key.to_json()), Ok(key.clone()));
        let newer = key
            .to_json()
            .replace("\"schema_version\": 1", "\"schema_version\": 9");
        assert_eq!(Key::from_json(&newer), Err(KeyError::Version(9)));
        let renumbered = key.to_json().replace("\"number\": 2", "\"number\": 5");
        assert!(matches!(
            Key::from_json(&renumbered),
            Err(KeyError::Numbering {
                expected: 2,
                found: 5
            })
        ));
        assert!(matches!(Key::from_json("[]"), Err(KeyError::Layout(_))));
        assert!(matches!(
            Key::from_json(&key.to_json().replace("\"tool\"", "\"tools\"")),
            Err(KeyError::Layout(_))
        ));
    }

    #[test]
    fn the_key_page_marks_words_and_escapes_the_article() {
        let key = key_of("The <b>thugs</b> won & everyone knows it.");
        let page = render_html(&key);
        assert!(
            page.contains("<b class=\"loaded\">thugs<sup>L</sup></b>"),
            "{page}"
        );
        assert!(page.contains("&lt;b&gt;"));
        assert!(!page.contains("<script") && !page.contains("src="));
    }

    #[test]
    fn a_hand_edited_key_with_impossible_spans_still_renders() {
        let mut key = key_of("The thugs won. Everyone knows it.");
        let s = &mut key.sentences[0];
        let first = s.findings[0].clone();
        let inside = s.span.start + 1;
        for (start, end) in [(5, 2), (0, 99), (1000, 1001), (inside, inside + 2)] {
            let mut f = first.clone();
            f.span = Span { start, end };
            s.findings.push(f);
        }
        assert!(render_html(&key).contains("thugs"));
    }
}
