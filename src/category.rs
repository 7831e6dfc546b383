//! The three kinds of rhetoric slant reports, with the ids users see and the question each asks.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A kind of rhetoric, as defined in the guide the detectors are measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Words chosen for emotional charge or a built-in verdict.
    LoadedLanguage,
    /// A claim presented as established, resting on a source the reader cannot check.
    UnsourcedAssertion,
    /// A claim made as universal, certain or exclusive about a matter open to doubt.
    AbsoluteClaim,
}

impl Category {
    /// Every category, in report order.
    pub const ALL: [Category; 3] = [
        Category::LoadedLanguage,
        Category::UnsourcedAssertion,
        Category::AbsoluteClaim,
    ];

    /// The id used in reports and lexicon files.
    pub fn id(self) -> &'static str {
        match self {
            Category::LoadedLanguage => "loaded-language",
            Category::UnsourcedAssertion => "unsourced-assertion",
            Category::AbsoluteClaim => "absolute-claim",
        }
    }

    /// A short human name.
    pub fn label(self) -> &'static str {
        match self {
            Category::LoadedLanguage => "loaded language",
            Category::UnsourcedAssertion => "unsourced assertion",
            Category::AbsoluteClaim => "absolute claim",
        }
    }

    /// The one-word name: column headings, HTML classes, keys of labelled files.
    pub fn short_name(self) -> &'static str {
        match self {
            Category::LoadedLanguage => "loaded",
            Category::UnsourcedAssertion => "unsourced",
            Category::AbsoluteClaim => "absolute",
        }
    }

    /// The letter shown beside each highlight.
    pub fn letter(self) -> &'static str {
        match self {
            Category::LoadedLanguage => "L",
            Category::UnsourcedAssertion => "U",
            Category::AbsoluteClaim => "A",
        }
    }

    /// The terminal colour (an ANSI escape) of its highlighted words.
    pub fn terminal_color(self) -> &'static str {
        match self {
            Category::LoadedLanguage => "\x1b[1;31m",
            Category::UnsourcedAssertion => "\x1b[1;33m",
            Category::AbsoluteClaim => "\x1b[1;35m",
        }
    }

    /// The question a careful reader should ask about this kind of finding.
    pub fn question(self) -> &'static str {
        match self {
            Category::LoadedLanguage => {
                "What neutral word would state the same fact? What does this word want me to feel?"
            }
            Category::UnsourcedAssertion => "Who exactly says so? Where could I check it?",
            Category::AbsoluteClaim => {
                "Is it really all, never, only? What would one counter-example do to this claim?"
            }
        }
    }

    /// Position in [`Category::ALL`], for per-category counters.
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Category {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Category::ALL
            .into_iter()
            .find(|c| c.id() == s)
            .ok_or_else(|| {
                format!(
                    "unknown category `{s}` (expected one of: loaded-language, unsourced-assertion, absolute-claim)"
                )
            })
    }
}
