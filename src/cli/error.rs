//! The one error type of the command line: a line for the user, naming what went wrong where.
//!
//! The library returns typed errors (`thiserror`), each convertible into the one
//! [`slant::Error`]; the commands turn them into a [`CliError`] whose message reads
//! `what: why` (one `From` takes a `slant::Error` as it is), and `main` prints it as
//! `slant: error: …`.

use slant::lexicon::io_reason;
use std::fmt;

/// An error for the user: one line, naming what went wrong where; or, when several things
/// went wrong (inputs of a run, answer sheets), one line for each and a line counting them.
#[derive(Debug)]
pub struct CliError {
    message: String,
    /// The errors counted by `message`, each printed as its own error line before it.
    each: Vec<String>,
    broken_pipe: bool,
}

impl CliError {
    pub fn new(message: impl Into<String>) -> Self {
        CliError {
            message: message.into(),
            each: Vec::new(),
            broken_pipe: false,
        }
    }

    /// Several errors, each one line, and the line that counts them (`summary`).
    pub fn several(each: Vec<String>, summary: impl Into<String>) -> Self {
        CliError {
            each,
            ..CliError::new(summary)
        }
    }

    /// The lines to print, one error each: those counted, then the count (or the one error).
    pub fn lines(&self) -> impl Iterator<Item = &str> {
        self.each
            .iter()
            .map(String::as_str)
            .chain(std::iter::once(self.message.as_str()))
    }

    /// `what: why`, the style of every message about a file, a line or a folder.
    pub fn at(what: impl fmt::Display, why: impl fmt::Display) -> Self {
        CliError::new(format!("{what}: {why}"))
    }

    /// An input/output error on `what`, in plain words.
    pub fn io(what: impl fmt::Display, e: &std::io::Error) -> Self {
        CliError::at(what, io_reason(e))
    }

    /// Whether the error is only the reader of our output going away (`slant … | head`).
    pub fn is_broken_pipe(&self) -> bool {
        self.broken_pipe
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError {
            broken_pipe: e.kind() == std::io::ErrorKind::BrokenPipe,
            ..CliError::new(io_reason(&e))
        }
    }
}

/// A library error as it is, for the errors whose message needs no file in front.
impl From<slant::Error> for CliError {
    fn from(e: slant::Error) -> Self {
        CliError::new(e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, CliError>;

/// The error for inputs that failed: the one failure's own message, or each failure on its
/// own line and a line counting them.
pub fn failure_summary(messages: &[String], inputs: usize) -> CliError {
    if let [only] = messages {
        return CliError::new(only.as_str());
    }
    let summary = format!(
        "{} of {inputs} inputs failed, each named above",
        messages.len()
    );
    CliError::several(messages.to_vec(), summary)
}
