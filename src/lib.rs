//! slant: find loaded language, unsourced assertions and absolute claims in opinion writing.
//!
//! The library is a pure pipeline — text in, [`Analysis`] out — and never prints:
//! the `slant` binary and the reporters in [`report`] decide how results are shown.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod analysis;
pub mod category;
pub mod detector;
pub mod evaluation;
pub mod example_check;
pub mod inflect;
pub mod input;
pub mod lexicon;
pub mod paragraph;
pub mod quote;
pub mod report;
pub mod saved_page;
pub mod score;
pub mod sentence;
pub mod span;
pub mod word;

pub use analysis::{
    Analysis, Analyzer, Finding, Paragraph, ParagraphKind, Sentence, Summary, Warning,
};
pub use category::Category;
pub use lexicon::{Lexicon, LexiconError, LexiconSet};
pub use span::Span;
