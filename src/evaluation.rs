//! Measuring the detectors against sentences a person labelled, as `slant eval` reports it.
//!
//! The arithmetic is that of the project's yardstick (`score.py`): a sentence is flagged
//! for a category when it has at least one finding of it; for unsourced assertions and
//! absolute claims, findings inside quotations don't count (those labels are about the
//! author's own voice). Each sentence is analyzed as a document of its own.

use crate::analysis::{Analyzer, Finding};
use crate::category::Category;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use thiserror::Error;

/// One labelled sentence: `{"id", "text", "labels": {"loaded": bool|null, …}}`.
#[derive(Debug, Clone, Deserialize)]
pub struct LabelledSentence {
    /// Any JSON value; shown in error listings.
    #[serde(default)]
    pub id: serde_json::Value,
    /// The sentence (or short text) that was labelled.
    pub text: String,
    /// Per label name (`loaded`, `unsourced`, `absolute`): true, false, or null / absent
    /// when not labelled.
    pub labels: BTreeMap<String, Option<bool>>,
}

/// Why a labelled file could not be read.
#[derive(Debug, Error, PartialEq, Eq)]
#[error("{line}: {reason}")]
pub struct LabelError {
    /// 1-based line of the file.
    pub line: usize,
    /// What is wrong with it.
    pub reason: String,
}

/// Reads labelled sentences, one JSON object per line; blank lines are skipped.
pub fn parse_labelled(text: &str) -> Result<Vec<LabelledSentence>, LabelError> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let sentence: LabelledSentence = serde_json::from_str(line).map_err(|e| LabelError {
            line: n + 1,
            // `{…},` copied from a JSON array: say what to take away.
            reason: if line.trim_end().ends_with("},") {
                "a comma after the object: one {\"id\", \"text\", \"labels\"} object per \
                 line, with no comma between lines"
                    .to_string()
            } else {
                format!("not a {{\"id\", \"text\", \"labels\"}} JSON object: {e}")
            },
        })?;
        if let Some(unknown) = sentence.labels.keys().find(|k| label_category(k).is_none()) {
            return Err(LabelError {
                line: n + 1,
                reason: format!(
                    "unknown label {unknown:?}; labels are \"loaded\", \"unsourced\" and \"absolute\""
                ),
            });
        }
        out.push(sentence);
    }
    Ok(out)
}

/// The label name used in labelled files for a category.
pub fn label_name(category: Category) -> &'static str {
    category.short_name()
}

fn label_category(name: &str) -> Option<Category> {
    Category::ALL.into_iter().find(|&c| label_name(c) == name)
}

/// Counts of one category's decisions against the labels.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confusion {
    /// Flagged and labelled positive.
    pub true_positives: usize,
    /// Flagged but labelled negative.
    pub false_positives: usize,
    /// Labelled positive but not flagged.
    pub false_negatives: usize,
    /// Neither.
    pub true_negatives: usize,
}

impl Confusion {
    fn add(&mut self, flagged: bool, labelled: bool) {
        match (flagged, labelled) {
            (true, true) => self.true_positives += 1,
            (true, false) => self.false_positives += 1,
            (false, true) => self.false_negatives += 1,
            (false, false) => self.true_negatives += 1,
        }
    }

    /// Labelled sentences.
    pub fn total(&self) -> usize {
        self.true_positives + self.false_positives + self.false_negatives + self.true_negatives
    }

    /// Precision, recall, F1 and the rest, rounded to three places as `score.py` prints them.
    pub fn metrics(&self) -> Metrics {
        let (tp, fp, fn_, tn) = (
            self.true_positives as f64,
            self.false_positives as f64,
            self.false_negatives as f64,
            self.true_negatives as f64,
        );
        let ratio = |a: f64, b: f64| if b > 0.0 { a / b } else { 0.0 };
        let f1 = |p: f64, r: f64| {
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            }
        };
        let precision = ratio(tp, tp + fp);
        let recall = ratio(tp, tp + fn_);
        let f1_positive = f1(precision, recall);
        let f1_negative = f1(ratio(tn, tn + fn_), ratio(tn, tn + fp));
        let n = tp + fp + fn_ + tn;
        let positives = tp + fn_;
        Metrics {
            precision: round3(precision),
            recall: round3(recall),
            f1: round3(f1_positive),
            macro_f1: round3((f1_positive + f1_negative) / 2.0),
            flag_all_f1: round3(ratio(2.0 * positives, n + positives)),
            flag_rate: round3(ratio(tp + fp, n)),
            sentences: self.total(),
            positives: self.true_positives + self.false_negatives,
        }
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The figures of one category on one labelled set.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    /// Share of flagged sentences that are labelled positive.
    pub precision: f64,
    /// Share of positive sentences that are flagged.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
    /// Mean of the F1 of the positive and of the negative class.
    pub macro_f1: f64,
    /// The F1 of flagging every sentence: what a useless detector gets.
    pub flag_all_f1: f64,
    /// Share of sentences flagged.
    pub flag_rate: f64,
    /// Sentences labelled for this category.
    pub sentences: usize,
    /// Of which labelled positive.
    pub positives: usize,
}

/// A sentence the detector got wrong.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mistake {
    /// The sentence's id.
    pub id: serde_json::Value,
    /// The sentence.
    pub text: String,
    /// For a wrongly flagged sentence, the words that fired and their rules; empty for a
    /// missed one.
    pub flagged: Vec<FlaggedWords>,
}

/// Words a finding flagged, as shown in an error listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlaggedWords {
    /// The words.
    pub text: String,
    /// The lexicon entry or pattern.
    pub rule: String,
}

/// One category's result on one labelled set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryResult {
    /// The category.
    pub category: Category,
    /// The counts.
    pub confusion: Confusion,
    /// The figures.
    pub metrics: Metrics,
    /// Labelled positive, not flagged.
    pub missed: Vec<Mistake>,
    /// Flagged, labelled negative.
    pub wrongly_flagged: Vec<Mistake>,
}

/// Runs the analyzer on every sentence and compares with the labels, per category
/// (categories nobody labelled are left out).
pub fn evaluate(analyzer: &Analyzer, sentences: &[LabelledSentence]) -> Vec<CategoryResult> {
    let findings: Vec<Vec<Finding>> = sentences
        .iter()
        .map(|s| analyzer.analyze(&s.text).findings)
        .collect();
    let mut results = Vec::new();
    for category in Category::ALL {
        let mut confusion = Confusion::default();
        let (mut missed, mut wrongly_flagged) = (Vec::new(), Vec::new());
        for (sentence, found) in sentences.iter().zip(&findings) {
            let Some(Some(labelled)) = sentence.labels.get(label_name(category)) else {
                continue;
            };
            let counted: Vec<&Finding> = found
                .iter()
                .filter(|f| f.category == category && counts_for_label(f))
                .collect();
            let flagged = !counted.is_empty();
            confusion.add(flagged, *labelled);
            if flagged != *labelled {
                let mistake = Mistake {
                    id: sentence.id.clone(),
                    text: sentence.text.clone(),
                    flagged: counted
                        .iter()
                        .map(|f| FlaggedWords {
                            text: f.text.to_string(),
                            rule: f.rule.id.to_string(),
                        })
                        .collect(),
                };
                if flagged {
                    wrongly_flagged.push(mistake);
                } else {
                    missed.push(mistake);
                }
            }
        }
        if confusion.total() > 0 {
            results.push(CategoryResult {
                category,
                confusion,
                metrics: confusion.metrics(),
                missed,
                wrongly_flagged,
            });
        }
    }
    results
}

/// Quoted words are someone else's: they count for loaded language (the words are on the
/// page) but not for unsourced or absolute claims, which are about the author's voice.
pub(crate) fn counts_for_label(finding: &Finding) -> bool {
    finding.category == Category::LoadedLanguage || !finding.quoted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LexiconSet;

    #[test]
    fn metrics_follow_the_yardstick_arithmetic() {
        let c = Confusion {
            true_positives: 3,
            false_positives: 1,
            false_negatives: 2,
            true_negatives: 4,
        };
        let m = c.metrics();
        assert_eq!((m.precision, m.recall, m.f1), (0.75, 0.6, 0.667));
        // negative class: P 4/6, R 4/5, F1 0.727; macro (0.667 + 0.727) / 2
        assert_eq!(m.macro_f1, 0.697);
        // flagging all: precision 5/10, recall 1 → 2·5 / (10 + 5)
        assert_eq!((m.flag_all_f1, m.flag_rate), (0.667, 0.4));
        assert_eq!((m.sentences, m.positives), (10, 5));
        let empty = Confusion::default().metrics();
        assert_eq!(
            (empty.precision, empty.f1, empty.flag_rate),
            (0.0, 0.0, 0.0)
        );
    }

    #[test]
    fn labelled_lines_are_checked() {
        let ok = parse_labelled(
            "{\"id\": 1, \"text\": \"A.\", \"labels\": {\"loaded\": true, \"absolute\": null}}\n\n",
        )
        .unwrap();
        assert_eq!(ok.len(), 1);
        assert_eq!(ok[0].labels["absolute"], None);
        let bad =
            parse_labelled("{\"id\": 1, \"text\": \"A.\", \"labels\": {}}\n{oops").unwrap_err();
        assert_eq!(bad.line, 2);
        let unknown =
            parse_labelled("{\"text\": \"A.\", \"labels\": {\"spin\": true}}").unwrap_err();
        assert!(unknown.reason.contains("unknown label \"spin\""));
    }

    #[test]
    fn quoted_findings_count_only_for_loaded_language() {
        let analyzer = Analyzer::new(&LexiconSet::builtin());
        let line = |text: &str| LabelledSentence {
            id: serde_json::Value::Null,
            text: text.to_string(),
            labels: [("absolute", Some(false)), ("loaded", Some(true))]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        };
        let results = evaluate(
            &analyzer,
            &[line(
                "The mayor said: \"Everyone knows this is a disgraceful scheme.\"",
            )],
        );
        let absolute = results
            .iter()
            .find(|r| r.category == Category::AbsoluteClaim)
            .unwrap();
        assert_eq!(absolute.confusion.false_positives, 0);
        let loaded = results
            .iter()
            .find(|r| r.category == Category::LoadedLanguage)
            .unwrap();
        assert_eq!(loaded.confusion.true_positives, 1);
        assert!(
            !results
                .iter()
                .any(|r| r.category == Category::UnsourcedAssertion)
        );
    }
}
