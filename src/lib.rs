//! slant: find loaded language, unsourced assertions and absolute claims in opinion writing.
//!
//! The library is a pure pipeline — text in, [`Analysis`] out — and never prints: the
//! `slant` binary and the reporters in [`report`] decide how results are shown. A text
//! flows one way: [`text`] splits it into paragraphs, sentences and words (byte [`Span`]s
//! into the original), the detectors look for each [`Category`] with the words of a
//! [`LexiconSet`], every [`Finding`] is explained, paragraphs and the whole text are
//! scored, and a [`Report`] carries it all to JSON, tables, HTML or Markdown.
//!
//! ```
//! use slant::{Analyzer, Category, LexiconSet, Report};
//!
//! let analyzer = Analyzer::new(&LexiconSet::builtin());
//! let text = "Everyone knows the plan is a disgrace. The council meets on Monday.";
//! let analysis = analyzer.analyze(text);
//!
//! assert_eq!(analysis.sentences.len(), 2);
//! for finding in &analysis.findings {
//!     // Spans are byte ranges into the text as given.
//!     assert_eq!(finding.span.slice(text), &*finding.text);
//!     println!("{}: {:?} — {}", finding.category, finding.text, finding.rule.explanation);
//! }
//! assert!(analysis.findings.iter().any(|f| f.category == Category::LoadedLanguage));
//!
//! // The JSON report other programs read.
//! let report = Report::new(analysis, "example.txt", text.len());
//! assert!(report.to_json_pretty().contains("\"schema_version\": 2"));
//! ```
//!
//! Without its default `cli` feature the crate builds the library alone, without the
//! command line's dependencies: `slant = { version = "0.1", default-features = false }`.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod analysis;
// The binary's `lexicons` command reads these two (the built-in files' text, the examples'
// check); they are not part of the library's API.
#[doc(hidden)]
pub mod builtin_lexicons;
mod category;
pub mod counting;
mod detector;
mod error;
pub mod evaluation;
#[doc(hidden)]
pub mod example_check;
pub mod exercise;
mod inflect;
pub mod lexicon;
pub mod report;
pub mod saved_page;
mod score;
pub mod text;

pub use analysis::{
    Analysis, Analyzer, Counts, Finding, Paragraph, ParagraphKind, Sentence, Summary, Warning,
};
pub use category::Category;
pub use error::{Error, Result};
pub use lexicon::{Lexicon, LexiconError, LexiconSet};
pub use report::Report;
pub use score::Level;
pub use text::span::Span;
