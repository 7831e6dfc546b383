//! Scores and levels: how charged a paragraph and a text are, measured against plain news.
//!
//! The formula is meant to be recomputed by hand (README, "How the score is computed"):
//!
//! ```text
//! charge  = the weights of the author's own loaded-language and absolute-claim findings
//!           (quoted ones excluded), each sentence counting once per category with its
//!           heaviest finding
//! length  = (words + 20) / 20
//! score   = round(100 × charge / (charge + length))
//! overall = round(Σ score × words / Σ words) over scored paragraphs
//! ```
//!
//! A paragraph scores 50 when it carries one point of charge per 20 words (plus one). The
//! 20 words added to every paragraph keep a one-line paragraph with one mild word from
//! outscoring a long paragraph full of verdicts.
//!
//! Unsourced assertions are reported and explained but do not add to the charge: plain
//! news attributes to unnamed officials and prints figures as a matter of routine (the
//! wire reports of the reference hold 3.5 per 1,000 words, opinion pieces 2.0), so they
//! don't tell charged writing from plain news.
//!
//! The levels are read off a reference scale, the scores of wire news reports and their
//! paragraphs ([`Reference`], made by `tools/calibrate.py`). `low` is within what 90% of
//! wire news does. Most wire paragraphs (about 91%) carry no charge at all, so a paragraph
//! is `moderate` from the score that 9 in 10 of the wire paragraphs with any charge reach
//! (percentile 10 of the charged ones): a line taken from how charged wire paragraphs are,
//! which does not swing when a detector change moves the share of uncharged ones across 90%.
//! A paragraph is `high` when more charged than 99% of wire news paragraphs. A text is
//! `moderate` when more charged than 90% of wire reports, and `high` when charged
//! throughout: its overall score reaches the paragraph `moderate` line, so the text reads,
//! on average, like a paragraph that stands out from plain news. (The top 1% of wire
//! reports is only a few points above the 90%, too close to tell a charged text from a
//! calm one with two pointed sentences.)

use crate::category::Category;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// Words per point of charge at which a paragraph scores 50; also the words added to
/// every paragraph's length.
pub const WORDS_PER_POINT: u32 = 20;

/// Reference percentile from which a text is `moderate`: more charged than 90% of wire
/// news reports.
pub const MODERATE_PERCENTILE: u32 = 90;

/// Percentile of the charged wire paragraphs (those scoring above 0) from which a
/// paragraph is `moderate`: the score that 9 in 10 of them reach.
pub const CHARGED_PERCENTILE: u32 = 10;

/// Reference percentile from which a paragraph is `high`: more charged than 99% of wire
/// news paragraphs.
pub const HIGH_PERCENTILE: u32 = 99;

/// How strongly a paragraph or a text leans on rhetoric, compared with wire news.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Within what 90% of wire news paragraphs (or reports) do.
    Low,
    /// A paragraph charged like the wire news paragraphs with any charge (a score 9 in 10
    /// of them reach); a text more charged than 90% of wire news reports.
    Moderate,
    /// A paragraph more charged than 99% of wire news paragraphs; a text whose overall
    /// score reaches the paragraph `moderate` line.
    High,
}

impl Level {
    /// Every level, from the calmest.
    pub const ALL: [Level; 3] = [Level::Low, Level::Moderate, Level::High];

    /// The level's name as shown in reports.
    pub fn name(self) -> &'static str {
        match self {
            Level::Low => "low",
            Level::Moderate => "moderate",
            Level::High => "high",
        }
    }
}

/// A text's level as reports name it: "none" for an input with no text (no level: a calm
/// "low" would be a verdict on nothing).
pub fn level_name(level: Option<Level>) -> &'static str {
    level.map_or("none", Level::name)
}

/// Whether findings of `category` add to a paragraph's charge (see the module's notes).
pub fn adds_to_charge(category: Category) -> bool {
    match category {
        Category::LoadedLanguage | Category::AbsoluteClaim => true,
        Category::UnsourcedAssertion => false,
    }
}

/// The charge of a paragraph from its author's own findings, given as (sentence,
/// category, weight): per sentence and category, only the heaviest finding counts, so
/// one passage caught twice (or one sentence piling up words of one kind) adds once.
pub fn charge(findings: impl IntoIterator<Item = (u32, Category, u8)>) -> u32 {
    let mut heaviest: Vec<(u32, Category, u8)> = Vec::new();
    for (sentence, category, weight) in findings {
        if !adds_to_charge(category) {
            continue;
        }
        match heaviest
            .iter_mut()
            .find(|(s, c, _)| *s == sentence && *c == category)
        {
            Some(kept) => kept.2 = kept.2.max(weight),
            None => heaviest.push((sentence, category, weight)),
        }
    }
    heaviest.iter().map(|&(_, _, w)| u32::from(w)).sum()
}

/// The 0–100 score of a paragraph of `words` words carrying `charge` points.
pub fn paragraph_score(charge: u32, words: usize) -> u32 {
    let charge = f64::from(charge);
    let length = (words as f64 + f64::from(WORDS_PER_POINT)) / f64::from(WORDS_PER_POINT);
    (100.0 * charge / (charge + length)).round() as u32
}

/// Word-weighted mean of `(score, words)` pairs; 0 when there are no words.
pub fn overall_score(paragraphs: impl IntoIterator<Item = (u32, usize)>) -> u32 {
    let (sum, words) = paragraphs
        .into_iter()
        .fold((0u64, 0u64), |(s, w), (score, words)| {
            (s + u64::from(score) * words as u64, w + words as u64)
        });
    if words == 0 {
        0
    } else {
        ((sum as f64) / (words as f64)).round() as u32
    }
}

/// The scores of wire news at percentiles 1 to 99, for paragraphs or whole reports.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quantiles {
    /// How many scores the quantiles were taken from.
    pub count: u32,
    /// `percentiles[p - 1]` is the score at percentile `p` (nearest rank): at least `p`%
    /// of the reference scores are at or below it.
    pub percentiles: Vec<u32>,
}

impl Quantiles {
    /// The share (in %) of the reference known to score below `score`: the highest
    /// percentile whose score is lower, 0 when none is.
    pub fn percentile_below(&self, score: u32) -> u32 {
        // The percentiles rise, so those below `score` are a prefix.
        self.percentiles.partition_point(|&q| q < score) as u32
    }

    /// The score at `percentile` (1 to 99): at least that share of the reference scores
    /// at or below it.
    pub fn score_at(&self, percentile: u32) -> u32 {
        self.percentiles[percentile as usize - 1]
    }

    /// The lowest score above `percentile`: more than that share of the reference scores lower.
    pub fn above(&self, percentile: u32) -> u32 {
        self.score_at(percentile) + 1
    }

    fn check(&self, name: &str) -> Result<(), String> {
        if self.percentiles.len() != 99 {
            return Err(format!(
                "{name}: {} percentiles, expected 99",
                self.percentiles.len()
            ));
        }
        if self.percentiles.windows(2).any(|w| w[0] > w[1]) {
            return Err(format!("{name}: the percentiles do not rise"));
        }
        if self.percentiles.iter().any(|&q| q > 100) || self.count == 0 {
            return Err(format!("{name}: scores are 0–100 from at least one text"));
        }
        Ok(())
    }
}

/// The reference scale: where wire news reports and their paragraphs score.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// What the scores were taken from, for the reader.
    pub source: String,
    /// The command that made the table.
    pub command: String,
    /// The day it was made (YYYY-MM-DD).
    pub made: String,
    /// Scores of the scored paragraphs of the wire reports.
    pub paragraph: Quantiles,
    /// Scores of the wire paragraphs that carry any charge (score above 0), where the
    /// paragraph `moderate` line is read.
    pub charged_paragraph: Quantiles,
    /// Overall scores of the wire reports.
    pub article: Quantiles,
}

/// The table shipped in the program, made by `tools/calibrate.py`.
const BUILTIN_REFERENCE: &str = include_str!("score/reference.toml");

impl Reference {
    /// Reads a reference table, checking it is a scale (99 rising scores per part).
    pub fn parse(text: &str) -> Result<Reference, String> {
        let reference: Reference = toml::from_str(text).map_err(|e| e.to_string())?;
        reference.paragraph.check("paragraph")?;
        reference.charged_paragraph.check("charged_paragraph")?;
        reference.article.check("article")?;
        if reference.charged_paragraph.score_at(1) == 0 {
            return Err("charged_paragraph: its scores are above 0".into());
        }
        Ok(reference)
    }

    /// The lowest score of a paragraph at `level`: `moderate` from the score that 9 in 10
    /// of the charged wire paragraphs reach (never above the `high` line), `high` above
    /// 99% of wire paragraphs.
    pub fn paragraph_cut(&self, level: Level) -> u32 {
        let high = self.paragraph.above(HIGH_PERCENTILE);
        match level {
            Level::Low => 0,
            Level::Moderate => self
                .charged_paragraph
                .score_at(CHARGED_PERCENTILE)
                .min(high),
            Level::High => high,
        }
    }

    /// The level of a paragraph's score.
    pub fn paragraph_level(&self, score: u32) -> Level {
        if score >= self.paragraph_cut(Level::High) {
            Level::High
        } else if score >= self.paragraph_cut(Level::Moderate) {
            Level::Moderate
        } else {
            Level::Low
        }
    }

    /// The lowest overall score of a text at `level`: `moderate` above 90% of wire
    /// reports, `high` from the paragraph `moderate` line (and never below `moderate`).
    pub fn article_cut(&self, level: Level) -> u32 {
        let moderate = self.article.above(MODERATE_PERCENTILE);
        match level {
            Level::Low => 0,
            Level::Moderate => moderate,
            Level::High => moderate.max(self.paragraph_cut(Level::Moderate)),
        }
    }

    /// The level of a text's overall score.
    pub fn article_level(&self, score: u32) -> Level {
        if score >= self.article_cut(Level::High) {
            Level::High
        } else if score >= self.article_cut(Level::Moderate) {
            Level::Moderate
        } else {
            Level::Low
        }
    }

    /// The reference scale shipped in the program.
    pub fn builtin() -> &'static Reference {
        static BUILTIN: OnceLock<Reference> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Reference::parse(BUILTIN_REFERENCE).expect("the shipped reference table is valid")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Category::*;

    #[test]
    fn the_shipped_table_loads_and_rises() {
        let r = Reference::builtin();
        for q in [&r.paragraph, &r.charged_paragraph, &r.article] {
            assert_eq!(q.percentiles.len(), 99);
            assert!(q.percentiles.windows(2).all(|w| w[0] <= w[1]));
        }
        assert!(r.paragraph_cut(Level::Moderate) <= r.paragraph_cut(Level::High));
        // Plain news is mostly calm: its median paragraph carries nothing.
        assert_eq!(r.paragraph.score_at(50), 0);
        assert!(r.paragraph.count > 1000 && r.article.count > 100);
        // The charged paragraphs are the paragraphs above 0 of the same wire reports.
        let above_0 = r.paragraph.count * (100 - r.paragraph.percentile_below(1)) / 100;
        assert!(r.charged_paragraph.count.abs_diff(above_0) <= r.paragraph.count / 100);
        assert!(r.command.contains("tools/calibrate.py"));
    }

    #[test]
    fn a_broken_table_is_refused() {
        let good = BUILTIN_REFERENCE;
        assert!(Reference::parse(good).is_ok());
        let falling = good.replacen("percentiles = [0,", "percentiles = [7,", 1);
        assert!(Reference::parse(&falling).unwrap_err().contains("rise"));
        let short = good.replacen("percentiles = [0, ", "percentiles = [", 1);
        assert!(
            Reference::parse(&short)
                .unwrap_err()
                .contains("98 percentiles")
        );
        let section = good.find("[charged_paragraph]").unwrap();
        let (head, charged) = good.split_at(section);
        let first = charged.find("percentiles = [").unwrap() + "percentiles = [".len();
        let comma = first + charged[first..].find(',').unwrap();
        let with_0 = format!("{head}{}0{}", &charged[..first], &charged[comma..]);
        assert!(Reference::parse(&with_0).unwrap_err().contains("above 0"));
        let missing = format!("{head}{}", &charged[charged.find("[article]").unwrap()..]);
        assert!(
            Reference::parse(&missing)
                .unwrap_err()
                .contains("charged_paragraph")
        );
    }

    /// A scale of 1000 paragraphs: `zeros` of the 99 percentiles at 0, then `tail`.
    fn scale(zeros: usize, tail: &[u32]) -> Quantiles {
        let mut percentiles = vec![0; zeros];
        percentiles.extend_from_slice(tail);
        Quantiles {
            count: 1000,
            percentiles,
        }
    }

    fn reference(
        paragraph: Quantiles,
        charged_paragraph: Quantiles,
        article: Quantiles,
    ) -> Reference {
        Reference {
            source: "test".into(),
            command: "python3 tools/calibrate.py".into(),
            made: "2026-12-02".into(),
            paragraph,
            charged_paragraph,
            article,
        }
    }

    /// Charged wire paragraphs: 17 at percentiles 1–9, 23 from 10 to 29, then rising to 60.
    fn charged() -> Quantiles {
        Quantiles {
            count: 100,
            percentiles: (1..=99u32)
                .map(|p| match p {
                    ..10 => 17,
                    10..30 => 23,
                    _ => 23 + (p - 29) / 2,
                })
                .collect(),
        }
    }

    #[test]
    fn percentiles_count_the_reference_scoring_lower() {
        let q = scale(80, &(1..=19).map(|k| k * 5).collect::<Vec<_>>()); // 5, 10, …, 95 at 81–99
        assert_eq!(q.percentile_below(0), 0);
        assert_eq!(q.percentile_below(1), 80);
        assert_eq!(q.percentile_below(50), 89);
        assert_eq!(q.percentile_below(51), 90);
        assert_eq!(q.percentile_below(100), 99);
        assert_eq!(q.score_at(90), 50);
        assert_eq!(q.above(99), 96);
    }

    #[test]
    fn a_paragraph_is_moderate_from_percentile_10_of_the_charged_wire_paragraphs() {
        let r = reference(
            scale(91, &[17, 23, 25, 27, 32, 38, 40, 49]),
            charged(),
            scale(20, &[4; 79]),
        );
        assert_eq!(r.paragraph_cut(Level::Moderate), 23);
        assert_eq!(r.paragraph_cut(Level::High), 50);
        assert_eq!(r.paragraph_level(0), Level::Low);
        assert_eq!(r.paragraph_level(17), Level::Low);
        assert_eq!(r.paragraph_level(22), Level::Low);
        assert_eq!(r.paragraph_level(23), Level::Moderate);
        assert_eq!(r.paragraph_level(49), Level::Moderate);
        assert_eq!(r.paragraph_level(50), Level::High);
    }

    #[test]
    fn the_paragraph_moderate_line_does_not_follow_the_share_of_uncharged_paragraphs() {
        // The same charged paragraphs among 91% or 90% uncharged ones: percentile 91 of
        // all paragraphs moves from 0 to 17, the moderate line stays.
        let tail = [17, 23, 25, 27, 32, 38, 40, 43, 49];
        let at_91 = reference(scale(91, &tail[1..]), charged(), scale(20, &[4; 79]));
        let at_90 = reference(scale(90, &tail), charged(), scale(20, &[4; 79]));
        assert_eq!(at_91.paragraph.score_at(91), 0);
        assert_eq!(at_90.paragraph.score_at(91), 17);
        assert_eq!(at_91.paragraph_cut(Level::Moderate), 23);
        assert_eq!(at_90.paragraph_cut(Level::Moderate), 23);
        assert_eq!(at_90.article_cut(Level::High), 23);
    }

    #[test]
    fn the_moderate_line_never_rises_above_the_high_line() {
        let r = reference(scale(98, &[10]), charged(), scale(20, &[4; 79]));
        assert_eq!(r.paragraph_cut(Level::High), 11);
        assert_eq!(r.paragraph_cut(Level::Moderate), 11);
        assert_eq!(r.paragraph_level(11), Level::High);
    }

    #[test]
    fn a_text_is_high_from_the_paragraph_moderate_line() {
        let article = Quantiles {
            count: 500,
            percentiles: (1..=99).map(|p| if p < 99 { p / 11 } else { 16 }).collect(),
        };
        let r = reference(
            scale(91, &[23, 25, 27, 32, 38, 40, 43, 49]),
            charged(),
            article,
        );
        assert_eq!(r.article_cut(Level::Moderate), 9);
        assert_eq!(r.article_cut(Level::High), 23);
        assert_eq!(r.article_level(8), Level::Low);
        assert_eq!(r.article_level(9), Level::Moderate);
        // Above 99% of wire reports, but not yet charged throughout.
        assert_eq!(r.article_level(20), Level::Moderate);
        assert_eq!(r.article_level(23), Level::High);
        assert_eq!(r.paragraph_level(23), Level::Moderate);
    }

    #[test]
    fn score_formula_by_hand() {
        // 45 words, charge 6: length (45 + 20) / 20 = 3.25, 100 × 6 / 9.25 = 64.9.
        assert_eq!(paragraph_score(6, 45), 65);
        // One point per 20 words, plus one: 50.
        assert_eq!(paragraph_score(3, 40), 50);
        // One mild word in 60 words: length 4, score 20.
        assert_eq!(paragraph_score(1, 60), 20);
    }

    #[test]
    fn one_sentence_counts_once_per_category_with_its_heaviest_finding() {
        let c = charge([
            (0, LoadedLanguage, 1),
            (0, LoadedLanguage, 3),
            (0, AbsoluteClaim, 2),
            (1, LoadedLanguage, 2),
            (1, UnsourcedAssertion, 2),
        ]);
        assert_eq!(c, 3 + 2 + 2);
    }

    #[test]
    fn a_short_paragraph_with_one_word_scores_below_a_long_heated_one() {
        let short = paragraph_score(charge([(0, LoadedLanguage, 2)]), 12);
        let long = paragraph_score(charge((0..5).map(|s| (s, LoadedLanguage, 2))), 110);
        assert!(long > short, "{long} vs {short}");
    }

    #[test]
    fn empty_paragraphs_score_zero() {
        assert_eq!(paragraph_score(0, 0), 0);
        assert_eq!(overall_score([]), 0);
    }

    #[test]
    fn overall_is_word_weighted() {
        assert_eq!(overall_score([(50, 50), (14, 150)]), 23);
    }
}
