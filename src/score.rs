//! Paragraph scores: weighted findings per 100 words, squeezed onto 0–100.
//!
//! The formula is meant to be recomputed by hand (README, "How the score is computed"):
//!
//! ```text
//! density = 100 × (sum of finding weights, quoted findings excluded) / words
//! score   = round(100 × density / (density + 10))
//! level   = low below 25, moderate below 50, high from 50
//! overall = round(Σ score × words / Σ words) over scored paragraphs
//! ```
//!
//! A density of 10 (one weight-2 finding every 20 words) scores 50. The curve never
//! reaches 100, so a paragraph of slurs scores higher than one mild word but neither
//! breaks the scale.

use serde::{Deserialize, Serialize};

/// The density at which the score is 50.
pub const HALF_SCORE_DENSITY: f64 = 10.0;

/// How strongly a paragraph leans on rhetoric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Score below 25.
    Low,
    /// Score 25 to 49.
    Moderate,
    /// Score 50 or more.
    High,
}

impl Level {
    /// The level of a 0–100 score.
    pub fn of(score: u32) -> Level {
        match score {
            0..25 => Level::Low,
            25..50 => Level::Moderate,
            _ => Level::High,
        }
    }

    /// The level's name as shown in reports.
    pub fn name(self) -> &'static str {
        match self {
            Level::Low => "low",
            Level::Moderate => "moderate",
            Level::High => "high",
        }
    }
}

/// Weighted findings per 100 words.
pub fn density(weight: u32, words: usize) -> f64 {
    if words == 0 {
        0.0
    } else {
        100.0 * f64::from(weight) / words as f64
    }
}

/// The 0–100 score of a paragraph with `weight` weighted findings in `words` words.
pub fn paragraph_score(weight: u32, words: usize) -> u32 {
    let d = density(weight, words);
    (100.0 * d / (d + HALF_SCORE_DENSITY)).round() as u32
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worked_example_from_the_readme() {
        // 3 findings of weights 2, 2 and 1 in a 50-word paragraph: density 10, score 50.
        assert_eq!(paragraph_score(5, 50), 50);
        assert_eq!(Level::of(50), Level::High);
        // One mild word in 60 words: density 1.67, score 14.
        assert_eq!(paragraph_score(1, 60), 14);
        assert_eq!(Level::of(14), Level::Low);
    }

    #[test]
    fn slurs_score_higher_than_one_mild_word() {
        assert!(paragraph_score(12, 50) > paragraph_score(1, 50) + 40);
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
