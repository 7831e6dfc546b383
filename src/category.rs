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

    /// The letter as a `char`: the boxes of the exercise worksheet.
    pub fn letter_char(self) -> char {
        match self {
            Category::LoadedLanguage => 'L',
            Category::UnsourcedAssertion => 'U',
            Category::AbsoluteClaim => 'A',
        }
    }

    /// The name in a list of kinds: "L loaded language, U unsourced assertions, ...".
    pub fn plural_label(self) -> &'static str {
        match self {
            Category::LoadedLanguage => "loaded language",
            Category::UnsourcedAssertion => "unsourced assertions",
            Category::AbsoluteClaim => "absolute claims",
        }
    }

    /// The HTML report's key: what the highlight marks, then what to ask about it.
    pub fn key_text(self) -> &'static str {
        match self {
            Category::LoadedLanguage => {
                "words chosen for emotional charge or a built-in verdict. Ask: what neutral word would state the same fact?"
            }
            Category::UnsourcedAssertion => {
                "a claim resting on a source you cannot check. Ask: who exactly says so, and where could I check it?"
            }
            Category::AbsoluteClaim => {
                "all, never, only, certainly, about a matter open to doubt. Ask: what would one counter-example do to it?"
            }
        }
    }

    /// The colour (CSS) of its highlights in every HTML page; dark enough for 4.5:1 on white.
    pub fn css_color(self) -> &'static str {
        match self {
            Category::LoadedLanguage => "#c62828",
            Category::UnsourcedAssertion => "#a35f00",
            Category::AbsoluteClaim => "#6a1b9a",
        }
    }

    /// The CSS custom properties of every category's colour, `--loaded: #c62828; ...`,
    /// for the `:root` rule of each HTML page's style sheet.
    pub fn css_variables() -> String {
        Category::ALL
            .map(|c| format!("--{}: {};", c.short_name(), c.css_color()))
            .join(" ")
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

/// One value per category, keyed by category id in JSON.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerCategory<T> {
    /// For loaded language.
    #[serde(rename = "loaded-language")]
    pub loaded_language: T,
    /// For unsourced assertions.
    #[serde(rename = "unsourced-assertion")]
    pub unsourced_assertion: T,
    /// For absolute claims.
    #[serde(rename = "absolute-claim")]
    pub absolute_claim: T,
}

impl<T> PerCategory<T> {
    /// Each category's value made by `value`.
    pub fn from_fn(mut value: impl FnMut(Category) -> T) -> Self {
        PerCategory {
            loaded_language: value(Category::LoadedLanguage),
            unsourced_assertion: value(Category::UnsourcedAssertion),
            absolute_claim: value(Category::AbsoluteClaim),
        }
    }

    /// The value of `category`.
    pub fn get(&self, category: Category) -> &T {
        match category {
            Category::LoadedLanguage => &self.loaded_language,
            Category::UnsourcedAssertion => &self.unsourced_assertion,
            Category::AbsoluteClaim => &self.absolute_claim,
        }
    }

    /// The value of `category`, to change.
    pub fn get_mut(&mut self, category: Category) -> &mut T {
        match category {
            Category::LoadedLanguage => &mut self.loaded_language,
            Category::UnsourcedAssertion => &mut self.unsourced_assertion,
            Category::AbsoluteClaim => &mut self.absolute_claim,
        }
    }

    /// Each category with its value, in report order.
    pub fn iter(&self) -> impl Iterator<Item = (Category, &T)> {
        Category::ALL.into_iter().map(move |c| (c, self.get(c)))
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
