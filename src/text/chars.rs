//! Character classes every splitter shares: what counts as white space, a closing quote
//! or bracket, a list bullet, a word character.

/// The byte-order mark a UTF-8 file may start with.
pub const BOM: char = '\u{feff}';

/// White space as slant sees it: Unicode white space plus the byte-order mark and zero-width space.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == BOM || c == '\u{200b}'
}

/// `s` without leading and trailing [`is_space`] characters, with the byte offset of what remains.
pub fn trim_span(s: &str) -> (usize, &str) {
    let trimmed_start = s.trim_start_matches(is_space);
    let lead = s.len() - trimmed_start.len();
    (lead, trimmed_start.trim_end_matches(is_space))
}

/// Closing quotation marks and brackets.
pub fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}')
}

/// List bullets that mark an item wherever they stand.
pub fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '◦' | '‣' | '⁃' | '▪')
}

/// Whether `c` continues a word (so a match ending or starting next to it is inside a word).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_bom_and_zero_width_space() {
        assert_eq!(trim_span("\u{feff} a b \u{200b}\n"), (4, "a b"));
    }

    #[test]
    fn quotes_brackets_and_bullets_are_told_apart_from_words() {
        assert!(is_closing('”') && is_closing(')') && !is_closing('('));
        assert!(is_bullet('•') && !is_bullet('-'));
        assert!(is_word_char('é') && is_word_char('_') && !is_word_char('-'));
    }
}
