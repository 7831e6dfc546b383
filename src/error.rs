//! The library's one error type, [`Error`], and its [`Result`].

use crate::evaluation::LabelError;
use crate::exercise::key::KeyError;
use crate::exercise::worksheet::SheetError;
use crate::lexicon::LexiconError;
use crate::saved_page::ExtractionError;
use crate::text::input::InputError;

/// Any error of the library: which area failed, holding that area's own error. Its message
/// is the specific error's message (several lexicon or worksheet problems, one per line).
///
/// Every fallible entry point returns its area's specific error ([`InputError`],
/// [`LexiconError`], [`ExtractionError`], [`KeyError`], [`LabelError`], [`SheetError`]),
/// and `?` turns any of them into an [`Error`]: a program that does not care which area
/// failed returns [`Result`], one that does matches on the variant.
///
/// Messages share one style: lower case, no final period, what is wrong then why, then —
/// when there is one — what to do (`this file is UTF-16 (little-endian); save it as UTF-8
/// and try again`). A message names no file: the caller, who knows the file, puts it in
/// front (`opinion.txt: not valid UTF-8 at byte 12`); errors about a line of a file start
/// with that line (`3: …`), a lexicon's with its `path:line`.
///
/// ```
/// use slant::exercise::key::Key;
/// use slant::text::input::decode;
///
/// fn read_key(bytes: &[u8]) -> slant::Result<Key> {
///     let text = decode(bytes)?;
///     Ok(Key::from_json(text)?)
/// }
///
/// match read_key(b"\xFF\xFEk\0") {
///     Err(slant::Error::Input(e)) => {
///         assert_eq!(e.to_string(), "this file is UTF-16 (little-endian); save it as UTF-8 and try again")
///     }
///     other => panic!("expected an input error, got {other:?}"),
/// }
/// match read_key(b"{\"schema_version\": 99}") {
///     Err(slant::Error::Key(e)) => assert!(e.to_string().starts_with("key of schema version 99")),
///     other => panic!("expected a key error, got {other:?}"),
/// }
/// ```
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// Bytes that could not be read as text.
    #[error(transparent)]
    Input(#[from] InputError),
    /// Lexicon files with mistakes (from [`crate::Lexicon::parse`],
    /// [`crate::LexiconSet::with_folder`] and the lexicon checks).
    #[error("{}", lines(.0))]
    Lexicon(Vec<LexiconError>),
    /// A saved web page with no article in it.
    #[error(transparent)]
    SavedPage(#[from] ExtractionError),
    /// An exercise key that cannot be used.
    #[error(transparent)]
    Key(#[from] KeyError),
    /// A worksheet filled in by a student, with mistakes.
    #[error("{}", lines(.0))]
    Sheet(Vec<SheetError>),
    /// A file of labelled sentences (for `eval`) that cannot be read.
    #[error(transparent)]
    Label(#[from] LabelError),
}

/// A result whose error is the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

fn lines(errors: &[impl std::fmt::Display]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

impl From<LexiconError> for Error {
    fn from(e: LexiconError) -> Self {
        Error::Lexicon(vec![e])
    }
}

impl From<Vec<LexiconError>> for Error {
    fn from(errors: Vec<LexiconError>) -> Self {
        Error::Lexicon(errors)
    }
}

impl From<SheetError> for Error {
    fn from(e: SheetError) -> Self {
        Error::Sheet(vec![e])
    }
}

impl From<Vec<SheetError>> for Error {
    fn from(errors: Vec<SheetError>) -> Self {
        Error::Sheet(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A program embedding the library: one `?` for every area, one `match` on the area.
    fn load(lexicon: &str, labels: &str) -> Result<usize> {
        let lexicon = crate::Lexicon::parse(
            "mine",
            lexicon,
            "mine.toml",
            crate::lexicon::Origin::File("mine.toml".into()),
        )?;
        let labelled = crate::evaluation::parse_labelled(labels)?;
        Ok(lexicon.entries.len() + labelled.len())
    }

    #[test]
    fn a_program_matches_on_the_area_that_failed() {
        match load("not toml", "") {
            Err(Error::Lexicon(errors)) => {
                assert_eq!(errors.len(), 1);
                assert!(
                    errors[0].to_string().starts_with("mine.toml:"),
                    "{errors:?}"
                );
            }
            other => panic!("expected a lexicon error, got {other:?}"),
        }
        let sheet = Error::from(vec![
            SheetError::at(3, "no answer"),
            SheetError::file("empty"),
        ]);
        assert_eq!(sheet.to_string(), "3: no answer\nempty");
        let input = Error::from(InputError::Binary { offset: 2 });
        assert_eq!(
            input.to_string(),
            "not a text file: it looks like a binary file (a picture, a program, a Word \
             document…)"
        );
        assert!(matches!(
            input,
            Error::Input(InputError::Binary { offset: 2 })
        ));
    }
}
