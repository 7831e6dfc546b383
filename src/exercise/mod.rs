//! Classroom exercises: students mark the rhetoric of an article on a worksheet first,
//! then their answers are compared with slant's, sentence by sentence.
//!
//! [`key::Key`] is what slant found, numbered as on the worksheet; [`worksheet`] writes
//! the student's sheet and reads it back filled in; [`check`] compares sheets with the
//! key; [`class_report`] shows the comparison; [`compare`] sets two articles side by side.
//! Nothing here prints or touches files: the command line does.

pub mod check;
pub mod class_report;
pub mod compare;
pub mod key;
mod page;
pub mod worksheet;

use crate::category::Category;
pub use crate::category::PerCategory;

/// Version of the key and check JSON layouts; bumped whenever a field is removed or
/// changes meaning (docs/exercises.md describes both). A field added beside the others
/// (`reported`, the check's `notes`) is not a bump: a file written before it reads back
/// with its default.
pub const SCHEMA_VERSION: u32 = 1;

/// The id of an article's text: FNV-1a over its bytes, written `fnv1a64:` and 16 hex
/// digits. It tells one article from another (not a guard against forgery), so a sheet
/// is never checked against the key of another article.
pub fn text_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in text.as_bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{HASH_PREFIX}{hash:016x}")
}

/// How an article id starts.
pub const HASH_PREFIX: &str = "fnv1a64:";

/// The letter of a category's box on the worksheet.
pub fn letter(category: Category) -> char {
    category.letter_char()
}

/// The category of a box letter, in either case.
pub fn category_of_letter(c: char) -> Option<Category> {
    Category::ALL
        .into_iter()
        .find(|&category| letter(category) == c.to_ascii_uppercase())
}

/// `text` on one line: runs of white space become one space.
pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Double quotation marks, straight and curly.
const DOUBLE_QUOTES: &[char] = &['"', '“', '”', '„', '‟', '«', '»'];

/// Single quotation marks, straight and curly.
const SINGLE_QUOTES: &[char] = &['\'', '‘', '’', '‚', '‛'];

/// `text` in quotation marks for a note, in marks other than those it opens or closes
/// with, so a sentence that is itself a quotation does not read with two marks at its
/// ends (`"“We are done,” she said"`): `"…"`, else `‘…’`, else `«…»`. A `…` that marks
/// where a cut-off text begins or ends is looked past.
pub(crate) fn quoted(text: &str) -> String {
    let core = text.trim_matches('…');
    let at_edges = |marks: &[char]| core.starts_with(marks) || core.ends_with(marks);
    let (open, close) = if !at_edges(DOUBLE_QUOTES) {
        ('"', '"')
    } else if !at_edges(SINGLE_QUOTES) {
        ('‘', '’')
    } else {
        ('«', '»')
    };
    format!("{open}{text}{close}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A new-user trial: a slip note quoting a sentence that opens with a quotation mark
    /// read `at "“We are…`. The note's marks are never those at the text's ends.
    #[test]
    fn quoted_text_never_doubles_the_marks_at_its_ends() {
        for (text, shown) in [
            ("The plan will never work.", "\"The plan will never work.\""),
            ("“We are done,” she said.", "‘“We are done,” she said.’"),
            ("She said “never”", "‘She said “never”’"),
            ("\"We are done\"", "‘\"We are done\"’"),
            ("…“We are", "‘…“We are’"),
            ("the ‘plan’ is “late”", "‘the ‘plan’ is “late”’"),
            ("‘Never’ is the “plan”", "«‘Never’ is the “plan”»"),
            ("‘Never,’ he said.", "\"‘Never,’ he said.\""),
            ("It is “so-called” here", "\"It is “so-called” here\""),
        ] {
            assert_eq!(quoted(text), shown, "{text}");
        }
    }

    #[test]
    fn the_article_id_is_fnv1a_of_the_bytes() {
        // The published FNV-1a test vectors.
        assert_eq!(text_hash(""), "fnv1a64:cbf29ce484222325");
        assert_eq!(text_hash("a"), "fnv1a64:af63dc4c8601ec8c");
        assert_ne!(text_hash("The plan."), text_hash("The plan!"));
    }

    #[test]
    fn letters_and_categories_go_both_ways() {
        for c in Category::ALL {
            assert_eq!(category_of_letter(letter(c)), Some(c));
            assert_eq!(category_of_letter(letter(c).to_ascii_lowercase()), Some(c));
        }
        assert_eq!(category_of_letter('x'), None);
        assert_eq!(category_of_letter('é'), None);
    }
}
