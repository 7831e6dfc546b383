//! The pipeline in one pure function: text → paragraphs → sentences → findings → scores.

use crate::category::{Category, PerCategory};
use crate::counting::plural;
pub use crate::detector::RuleText;
use crate::detector::{ContextMemory, Detection, Detectors, SentenceContext};
use crate::lexicon::LexiconSet;
use crate::score::{self, Level, Reference};
use crate::text::paragraph::PARALLEL_FROM_BYTES;
pub use crate::text::paragraph::ParagraphKind;
use crate::text::span::Span;
use crate::text::{paragraph, quote, sentence, word};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Number of findings per category, keyed by category id in JSON: the same
/// [`PerCategory`] the exercise reports use, so its fields are defined once.
pub type Counts = PerCategory<u32>;

impl PerCategory<u32> {
    /// Adds one finding of `category`.
    pub fn add(&mut self, category: Category) {
        *self.get_mut(category) += 1;
    }

    /// The counts in [`Category::ALL`] order.
    pub fn per_category(&self) -> [u32; Category::ALL.len()] {
        Category::ALL.map(|c| *self.get(c))
    }

    /// Sum of all categories.
    pub fn total(&self) -> u32 {
        self.iter().map(|(_, n)| n).sum()
    }
}

/// Positions count from 0 in the program and from 1 in reports, as the table numbers
/// them (¶1 is the first paragraph, `"index": 1` in the JSON).
mod one_based {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(n: &u32, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u64(u64::from(*n) + 1)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
        u32::deserialize(d)?
            .checked_sub(1)
            .ok_or_else(|| D::Error::custom("positions count from 1"))
    }

    /// The same for a position that may be absent.
    pub mod optional {
        use serde::{Deserialize, Deserializer, Serializer, de::Error};

        pub fn serialize<S: Serializer>(n: &Option<u32>, s: S) -> Result<S::Ok, S::Error> {
            match n {
                Some(n) => s.serialize_some(&(u64::from(*n) + 1)),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
            Option::<u32>::deserialize(d)?
                .map(|n| {
                    n.checked_sub(1)
                        .ok_or_else(|| D::Error::custom("positions count from 1"))
                })
                .transpose()
        }
    }
}

/// A text's level in reports: its name, or `"none"` for an input with no text.
mod level_or_none {
    use crate::score::Level;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(level: &Option<Level>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(crate::score::level_name(*level))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Level>, D::Error> {
        let name = String::deserialize(d)?;
        if name == "none" {
            return Ok(None);
        }
        Level::ALL
            .into_iter()
            .find(|level| level.name() == name)
            .map(Some)
            .ok_or_else(|| D::Error::custom(format!("unknown level {name:?}")))
    }
}

/// A paragraph with its counts and score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    /// Position among paragraphs; 1-based in reports, as the table numbers them.
    #[serde(with = "one_based")]
    pub index: u32,
    /// The paragraph's text, without surrounding white space.
    pub span: Span,
    /// Prose, heading or boilerplate.
    pub kind: ParagraphKind,
    /// The earlier paragraph this one repeats, if any.
    #[serde(with = "one_based::optional")]
    pub duplicate_of: Option<u32>,
    /// Number of sentences.
    pub sentences: u32,
    /// Number of words (UAX #29 words).
    pub words: u32,
    /// Sum of the weights of the author's own findings (quoted ones excluded).
    pub weighted_findings: u32,
    /// What the score counts: the weights of the author's own loaded-language and
    /// absolute-claim findings, each sentence once per category with its heaviest.
    pub charge: u32,
    /// 0–100, or null when the paragraph is not scored (heading, boilerplate, repeat).
    pub score: Option<u32>,
    /// Level of the score, or null when not scored.
    pub level: Option<Level>,
    /// Share (%) of wire news paragraphs scoring lower, or null when not scored.
    pub percentile: Option<u32>,
    /// Findings per category.
    pub counts: Counts,
}

impl Paragraph {
    /// Whether this paragraph counts towards the overall score.
    pub fn is_scored(&self) -> bool {
        self.score.is_some()
    }
}

/// A sentence of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sentence {
    /// Position among all sentences; 1-based in reports.
    #[serde(with = "one_based")]
    pub index: u32,
    /// Index of the paragraph holding it.
    #[serde(with = "one_based")]
    pub paragraph: u32,
    /// The sentence's text.
    pub span: Span,
    /// Its line on the exercise worksheet (`S3` is 3): the sentences of the scored
    /// paragraphs (prose, not a repeat) numbered from 1 in text order; `None` for a
    /// heading's, page furniture's or a repeat's, which get no line. `index` counts every
    /// sentence, so a titled article's sentence 4 is its worksheet's S3. Reports written
    /// before this field read back without it.
    #[serde(default)]
    pub worksheet_number: Option<u32>,
}

/// One device found in the text, explained.
///
/// In JSON the rule's texts stand among the finding's own fields, as `rule`,
/// `explanation`, `question` and `alternative` (absent when there is none).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "FindingRecord")]
pub struct Finding {
    /// Which kind of rhetoric.
    pub category: Category,
    /// The flagged words.
    pub span: Span,
    /// 1-based line of the span's start.
    pub line: u32,
    /// 1-based column (in characters) of the span's start.
    pub column: u32,
    /// Exactly the input text of `span`.
    pub text: Box<str>,
    /// Index of the sentence.
    pub sentence: u32,
    /// The sentence's line on the exercise worksheet, as [`Sentence::worksheet_number`].
    pub worksheet_number: Option<u32>,
    /// Index of the paragraph.
    pub paragraph: u32,
    /// Strength, 1 to 3.
    pub weight: u8,
    /// Whether the words are someone else's: inside a direct quotation, or reported speech
    /// (`reported`). Such findings are shown but not scored.
    pub quoted: bool,
    /// Whether the words are a named or titled speaker's in reported speech, without
    /// quotation marks ("Okafor called the audit a witch hunt"); `quoted` is then true too.
    pub reported: bool,
    /// The rule that fired: its id, explanation and alternative.
    pub rule: Arc<RuleText>,
}

impl Finding {
    /// Whose words these are when not the author's, as a report names it: `"quoted"`
    /// (inside quotation marks) or `"reported"` (reported speech); `None` for the author's.
    pub fn others_words(&self) -> Option<&'static str> {
        if self.reported {
            Some("reported")
        } else if self.quoted {
            Some("quoted")
        } else {
            None
        }
    }

    /// The question a careful reader should ask: the rule's own where the category's
    /// does not fit the device, else the category's.
    pub fn question(&self) -> &str {
        self.rule
            .question
            .as_deref()
            .unwrap_or_else(|| self.category.question())
    }
}

impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let rule = &*self.rule;
        let fields = if rule.alternative.is_some() { 16 } else { 15 };
        let mut out = s.serialize_struct("Finding", fields)?;
        out.serialize_field("category", &self.category)?;
        out.serialize_field("span", &self.span)?;
        out.serialize_field("line", &self.line)?;
        out.serialize_field("column", &self.column)?;
        out.serialize_field("text", &self.text)?;
        out.serialize_field("sentence", &(u64::from(self.sentence) + 1))?;
        out.serialize_field("worksheet_number", &self.worksheet_number)?;
        out.serialize_field("paragraph", &(u64::from(self.paragraph) + 1))?;
        out.serialize_field("weight", &self.weight)?;
        out.serialize_field("quoted", &self.quoted)?;
        out.serialize_field("reported", &self.reported)?;
        out.serialize_field("rule", &*rule.id)?;
        out.serialize_field("explanation", &*rule.explanation)?;
        out.serialize_field("question", self.question())?;
        match &rule.alternative {
            Some(alternative) => out.serialize_field("alternative", &**alternative)?,
            None => out.skip_field("alternative")?,
        }
        out.end()
    }
}

/// A finding as a report writes it, read back (a question other than its category's is
/// the rule's own).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FindingRecord {
    category: Category,
    span: Span,
    line: u32,
    column: u32,
    text: Box<str>,
    #[serde(with = "one_based")]
    sentence: u32,
    /// Absent in reports written before worksheet numbers were given.
    #[serde(default)]
    worksheet_number: Option<u32>,
    #[serde(with = "one_based")]
    paragraph: u32,
    weight: u8,
    quoted: bool,
    /// Absent in reports written before reported speech was marked.
    #[serde(default)]
    reported: bool,
    rule: Arc<str>,
    explanation: Arc<str>,
    question: Arc<str>,
    #[serde(default)]
    alternative: Option<Arc<str>>,
}

impl From<FindingRecord> for Finding {
    fn from(r: FindingRecord) -> Self {
        Finding {
            category: r.category,
            span: r.span,
            line: r.line,
            column: r.column,
            text: r.text,
            sentence: r.sentence,
            worksheet_number: r.worksheet_number,
            paragraph: r.paragraph,
            weight: r.weight,
            quoted: r.quoted,
            reported: r.reported,
            rule: Arc::new(RuleText {
                id: r.rule,
                explanation: r.explanation,
                alternative: r.alternative,
                question: (*r.question != *r.category.question()).then_some(r.question),
            }),
        }
    }
}

/// Something the reader of a report should know about the analysis itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Warning {
    /// A stable id: `duplicates`, `comments`, `empty`, `not-english`, `lossy`.
    pub kind: String,
    /// Written to the reader.
    pub message: String,
}

/// Totals over the whole text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    /// Number of paragraphs (all kinds).
    pub paragraphs: usize,
    /// Number of sentences.
    pub sentences: usize,
    /// Number of words.
    pub words: usize,
    /// Word-weighted mean score of the scored paragraphs.
    pub score: u32,
    /// Level of that score (a text is rated on its own cut-offs, see `score`); `None`
    /// (`"none"` in JSON) for an input with no text, where "low" would be a verdict on nothing.
    #[serde(with = "level_or_none")]
    pub level: Option<Level>,
    /// Share (%) of wire news reports with a lower overall score.
    pub percentile: u32,
    /// Index of the paragraph with the highest score (the most charge on a tie, then
    /// the first), or null when no paragraph scores above 0.
    #[serde(with = "one_based::optional")]
    pub most_charged_paragraph: Option<u32>,
    /// Findings per category.
    pub counts: Counts,
}

/// Everything slant found in one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// Totals.
    pub summary: Summary,
    /// Paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Findings in text order.
    pub findings: Vec<Finding>,
    /// Notes about the analysis.
    pub warnings: Vec<Warning>,
}

impl Analysis {
    /// The paragraph whose text is the article's headline: the first heading, if it comes
    /// before any scored paragraph (past a byline or a date).
    pub fn headline(&self) -> Option<&Paragraph> {
        self.paragraphs
            .iter()
            .take_while(|p| !p.is_scored())
            .find(|p| p.kind == ParagraphKind::Heading && p.duplicate_of.is_none())
    }
}

/// Compiled detectors, ready to analyse many texts.
#[derive(Debug)]
pub struct Analyzer {
    detectors: Detectors,
}

impl Analyzer {
    /// Compiles the detectors for `lexicons`.
    pub fn new(lexicons: &LexiconSet) -> Self {
        Analyzer {
            detectors: Detectors::new(lexicons),
        }
    }

    /// Analyses `text` (under 4 GiB). Pure: the same text always gives the same analysis.
    ///
    /// Paragraphs are analysed independently, on all threads of the current rayon pool
    /// when the text is long enough to be worth it; the findings are then numbered and
    /// placed in text order, so the result does not depend on the number of threads.
    pub fn analyze(&self, text: &str) -> Analysis {
        self.analyze_with_headings(text, &[])
    }

    /// Analyses `text` as [`analyze`](Self::analyze) does, the paragraphs spanning exactly
    /// one of `headings` (in text order) being headings whatever their punctuation: the
    /// headings a web page marks as such (`<h2>Who uses the branch?</h2>`), which plain
    /// text cannot tell from a one-line question. Page furniture stays furniture.
    pub fn analyze_with_headings(&self, text: &str, headings: &[Span]) -> Analysis {
        let kind_of = |block: &paragraph::Block| match block.kind {
            ParagraphKind::Prose if headings.binary_search(&block.span).is_ok() => {
                ParagraphKind::Heading
            }
            kind => kind,
        };
        // The paragraphs' records, filled in as they are analysed (the blocks are not kept
        // beside them: a long text's memory is mostly these records).
        let mut paragraphs: Vec<Paragraph> = paragraph::split_paragraphs(text)
            .into_iter()
            .enumerate()
            .map(|(index, block)| Paragraph {
                index: small(index),
                span: block.span,
                kind: kind_of(&block),
                duplicate_of: block.duplicate_of.map(small),
                sentences: 0,
                words: 0,
                weighted_findings: 0,
                charge: 0,
                score: None,
                level: None,
                percentile: None,
                counts: Counts::default(),
            })
            .collect();
        let mut placed = Placed {
            lines: LineCursor::new(),
            sentences: Vec::new(),
            findings: Vec::new(),
            worksheet_lines: 0,
        };
        if text.len() < PARALLEL_FROM_BYTES {
            let mut memory = ContextMemory::default();
            for window in paragraphs.chunks_mut(PARAGRAPH_WINDOW) {
                let analysed = window
                    .iter()
                    .map(|p| self.analyze_paragraph(text, p, &mut memory))
                    .collect();
                self.place(text, window, analysed, &mut placed);
            }
        } else {
            // A window of paragraphs at a time, so their sentences and detections are held
            // only until they are placed; the pool analyses one window while the window
            // before is numbered and placed.
            let mut pending: Option<(&mut [Paragraph], Vec<ParagraphFindings>)> = None;
            for window in paragraphs.chunks_mut(PARAGRAPH_WINDOW) {
                let (analysed, ()) = rayon::join(
                    || {
                        window
                            .par_iter()
                            .with_min_len(16)
                            .map_init(ContextMemory::default, |memory, p| {
                                self.analyze_paragraph(text, p, memory)
                            })
                            .collect()
                    },
                    || {
                        if let Some((before, found)) = pending.take() {
                            self.place(text, before, found, &mut placed);
                        }
                    },
                );
                pending = Some((window, analysed));
            }
            if let Some((before, found)) = pending {
                self.place(text, before, found, &mut placed);
            }
        }
        let Placed {
            sentences,
            findings,
            ..
        } = placed;
        let overall = score::overall_score(
            paragraphs
                .iter()
                .filter_map(|p| p.score.map(|s| (s, p.words as usize))),
        );
        let mut counts = Counts::default();
        for f in &findings {
            counts.add(f.category);
        }
        let reference = Reference::builtin();
        let summary = Summary {
            paragraphs: paragraphs.len(),
            sentences: sentences.len(),
            words: paragraphs.iter().map(|p| p.words as usize).sum(),
            score: overall,
            level: (!paragraphs.is_empty()).then(|| reference.article_level(overall)),
            percentile: reference.article.percentile_below(overall),
            most_charged_paragraph: most_charged(&paragraphs),
            counts,
        };
        let warnings = warnings(text, &paragraphs);
        Analysis {
            summary,
            paragraphs,
            sentences,
            findings,
            warnings,
        }
    }
}

/// The paragraph a reader would point at: the highest score, then the most charge, then
/// the first; none when nothing scores above 0.
fn most_charged(paragraphs: &[Paragraph]) -> Option<u32> {
    paragraphs
        .iter()
        .filter_map(|p| Some((p.score?, p.charge, std::cmp::Reverse(p.index))))
        .filter(|&(score, ..)| score > 0)
        .max()
        .map(|(.., std::cmp::Reverse(index))| index)
}

fn warnings(text: &str, paragraphs: &[Paragraph]) -> Vec<Warning> {
    let mut out = Vec::new();
    let repeats = paragraphs
        .iter()
        .filter(|p| p.duplicate_of.is_some())
        .count();
    if repeats > 0 {
        out.push(Warning {
            kind: "duplicates".to_string(),
            message: format!(
                "{} not scored again",
                plural(
                    repeats,
                    "paragraph repeats an earlier one and was",
                    "paragraphs repeat an earlier one and were"
                ),
            ),
        });
    }
    // The reader comments of a copied page, which the paragraph splitter set aside: a
    // comments header in the furniture that ends the text (an earlier "Comments" label
    // kept with the article is not their start).
    let tail = paragraphs
        .iter()
        .rposition(|p| p.kind != ParagraphKind::Boilerplate)
        .map_or(0, |last| last + 1);
    let comments = paragraphs[tail..]
        .iter()
        .position(|p| paragraph::is_comments_header(p.span.slice(text)))
        .map(|k| tail + k);
    if let Some(start) = comments
        && paragraphs[..start]
            .iter()
            .any(|p| p.kind == ParagraphKind::Prose)
        && paragraphs[start..]
            .iter()
            .all(|p| p.kind == ParagraphKind::Boilerplate)
    {
        out.push(Warning {
            kind: "comments".to_string(),
            message: format!(
                "the readers' comments from ¶{} on ({}) are not the article: set aside as page furniture, not analysed or scored",
                start + 1,
                plural(paragraphs.len() - start, "paragraph", "paragraphs")
            ),
        });
    }
    if paragraphs.is_empty() {
        out.push(Warning {
            kind: "empty".to_string(),
            message: "the input has no text to analyse".to_string(),
        });
    }
    let letters = text.chars().filter(|c| c.is_alphabetic()).take(20_000);
    let (ascii, all) = letters.fold((0usize, 0usize), |(a, n), c| {
        (a + usize::from(c.is_ascii()), n + 1)
    });
    if all >= 20 && ascii * 2 < all {
        out.push(Warning {
            kind: "not-english".to_string(),
            message: "most of this text is not in English; slant's lexicons are English, so few findings are expected".to_string(),
        });
    }
    out
}

/// A count or index as stored in the analysis: all are at most the text's length, and
/// texts are under 4 GiB (the command line refuses longer ones).
fn small(n: usize) -> u32 {
    u32::try_from(n).expect("texts are under 4 GiB")
}

/// Paragraphs analysed before their findings are placed: bounds the memory held besides
/// the analysis itself.
const PARAGRAPH_WINDOW: usize = 4096;

/// One paragraph's sentences and detections, before they are numbered and placed.
struct ParagraphFindings {
    sentences: Vec<Span>,
    /// (sentence within the paragraph, detection, inside a quotation), in text order.
    detections: Vec<(usize, Detection, bool)>,
    words: usize,
}

/// The sentences and findings placed so far, and where the last finding was.
struct Placed {
    lines: LineCursor,
    sentences: Vec<Sentence>,
    findings: Vec<Finding>,
    /// The sentences given a worksheet line so far (see [`Sentence::worksheet_number`]).
    worksheet_lines: u32,
}

impl Analyzer {
    /// Numbers and places the sentences and detections of a window of paragraphs, in
    /// text order, and fills in the paragraphs' counts and scores.
    fn place(
        &self,
        text: &str,
        window: &mut [Paragraph],
        analysed: Vec<ParagraphFindings>,
        placed: &mut Placed,
    ) {
        let Placed {
            lines,
            sentences,
            findings,
            worksheet_lines,
        } = placed;
        sentences.reserve(analysed.iter().map(|p| p.sentences.len()).sum());
        findings.reserve(analysed.iter().map(|p| p.detections.len()).sum());
        for (paragraph, found) in window.iter_mut().zip(analysed) {
            let index = paragraph.index;
            let first_sentence = sentences.len();
            // The paragraphs scored are the ones whose sentences get a worksheet line.
            let scored = paragraph.kind == ParagraphKind::Prose && paragraph.duplicate_of.is_none();
            let first_line = *worksheet_lines + 1;
            let line_of = |k: usize| scored.then(|| first_line + small(k));
            if scored {
                *worksheet_lines += small(found.sentences.len());
            }
            sentences.extend(
                found
                    .sentences
                    .iter()
                    .enumerate()
                    .map(|(k, span)| Sentence {
                        index: small(first_sentence + k),
                        paragraph: index,
                        span: *span,
                        worksheet_number: line_of(k),
                    }),
            );
            let mut counts = Counts::default();
            let mut weight = 0u32;
            let mut own = Vec::new();
            for (k, d, quoted) in found.detections {
                counts.add(d.category);
                if !quoted {
                    weight += u32::from(d.weight);
                    own.push((small(k), d.category, d.weight));
                }
                let (line, column) = lines.locate(text, d.span.start);
                findings.push(Finding {
                    category: d.category,
                    span: d.span,
                    line: small(line),
                    column: small(column),
                    text: d.span.slice(text).into(),
                    sentence: small(first_sentence + k),
                    worksheet_number: line_of(k),
                    paragraph: index,
                    weight: d.weight,
                    quoted,
                    reported: d.reported,
                    rule: d.rule,
                });
            }
            let charge = score::charge(own);
            let score = scored.then(|| score::paragraph_score(charge, found.words));
            let reference = Reference::builtin();
            paragraph.sentences = small(found.sentences.len());
            paragraph.words = small(found.words);
            paragraph.weighted_findings = weight;
            paragraph.charge = charge;
            paragraph.score = score;
            paragraph.level = score.map(|s| reference.paragraph_level(s));
            paragraph.percentile = score.map(|s| reference.paragraph.percentile_below(s));
            paragraph.counts = counts;
        }
    }

    /// The sentences and detections of one paragraph; `memory` holds the sentence
    /// context's lists from one paragraph to the next.
    fn analyze_paragraph(
        &self,
        text: &str,
        block: &Paragraph,
        memory: &mut ContextMemory,
    ) -> ParagraphFindings {
        let sentences = sentence::split_sentences(text, block.span);
        let mut detections = Vec::new();
        let mut words_in_sentences = None;
        // Repeats and boilerplate are kept (and counted as sentences) but not analysed.
        if block.duplicate_of.is_none() && block.kind != ParagraphKind::Boilerplate {
            let quotes = quote::quotations(text, block.span);
            // The paragraph in ASCII lower case, once: the sentences' capitalised words
            // borrow their lower-case forms from it (no copy of each).
            let mut lowered = std::mem::take(&mut memory.lowered);
            lowered.clear();
            lowered.push_str(block.span.slice(text));
            lowered.make_ascii_lowercase();
            let mut words = 0;
            let mut ctx = SentenceContext::for_paragraph(
                text,
                block.span,
                &lowered,
                &quotes,
                self.detectors.vocabulary(),
                memory,
            );
            ctx.heading = block.kind == ParagraphKind::Heading;
            for (k, span) in sentences.iter().enumerate() {
                ctx.move_to(*span);
                words += ctx.words.len();
                let found = self.detectors.detect(&ctx);
                // Most sentences have no finding: nothing to move or free.
                if !found.is_empty() {
                    detections.extend(found.into_iter().map(|mut d| {
                        // Words inside quotation marks are quoted, not reported.
                        let inside = quote::is_quoted(&quotes, d.span);
                        d.reported &= !inside;
                        let quoted = inside || d.reported;
                        (k, d, quoted)
                    }));
                }
            }
            ctx.keep_memory(memory);
            memory.lowered = lowered;
            words_in_sentences = Some(words);
        }
        // The sentences' words are the paragraph's when only white space lies between
        // them (a word boundary on both sides of it); otherwise they are counted again.
        let words = match words_in_sentences {
            Some(words) if only_space_between(text, block.span, &sentences) => words,
            _ => word::count(block.span.slice(text)),
        };
        ParagraphFindings {
            sentences,
            detections,
            words,
        }
    }
}

/// Whether `sentences` cover `paragraph` but for white space, with some between each two.
fn only_space_between(text: &str, paragraph: Span, sentences: &[Span]) -> bool {
    let is_space = |from: usize, to: usize| text[from..to].chars().all(char::is_whitespace);
    let (Some(first), Some(last)) = (sentences.first(), sentences.last()) else {
        return is_space(paragraph.start, paragraph.end);
    };
    is_space(paragraph.start, first.start)
        && is_space(last.end, paragraph.end)
        && sentences
            .windows(2)
            .all(|pair| pair[0].end < pair[1].start && is_space(pair[0].end, pair[1].start))
}

/// Turns byte offsets into line and column, walking forward through the text: findings
/// come in text order, so each is located from the one before (no table of line starts,
/// no recount from the start of a long line).
struct LineCursor {
    /// 1-based line, its first byte, the last byte offset located and its column.
    line: usize,
    line_start: usize,
    offset: usize,
    column: usize,
}

impl LineCursor {
    fn new() -> Self {
        LineCursor {
            line: 1,
            line_start: 0,
            offset: 0,
            column: 1,
        }
    }

    /// 1-based line and character column of byte `offset` (a line ends at LF, CR LF or a
    /// lone CR).
    fn locate(&mut self, text: &str, offset: usize) -> (usize, usize) {
        if offset < self.offset {
            *self = LineCursor::new();
        }
        let bytes = text.as_bytes();
        let mut line_start = self.line_start;
        for i in memchr::memchr2_iter(b'\n', b'\r', &bytes[self.offset..offset]) {
            let at = self.offset + i;
            if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                continue; // the LF of CR LF ends the line
            }
            self.line += 1;
            line_start = at + 1;
        }
        let (from, column) = if line_start == self.line_start {
            (self.offset, self.column)
        } else {
            (line_start, 1)
        };
        self.column = column + text[from..offset].chars().count();
        self.line_start = line_start;
        self.offset = offset;
        (self.line, self.column)
    }
}

#[cfg(test)]
mod tests;
