//! Everything that splits text, in the order a text goes through it: bytes decoded
//! ([`input`]), paragraphs ([`paragraph`]), sentences ([`sentence`]), words ([`word`]) and
//! quotations ([`quote`]), all as byte [`span`]s into the original text.
//!
//! The modules depend only on [`chars`] and [`span`] and on nothing above them; none
//! calls another splitter, so the order of the passes is decided here and in `analysis`.

pub mod chars;
pub mod input;
pub mod paragraph;
pub mod quote;
pub mod sentence;
pub mod span;
pub mod word;

use span::Span;

/// All sentences of `text`, paragraph by paragraph (what `slant segment` prints).
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for block in paragraph::split_paragraphs(text) {
        out.extend(sentence::split_sentences(text, block.span));
    }
    out
}
