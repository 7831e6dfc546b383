//! Character classes every splitter shares: what counts as white space, a closing quote
//! or bracket, a list bullet, a word character.

/// The byte-order mark a UTF-8 file may start with.
pub const BOM: char = '\u{feff}';

/// White space as slant sees it: Unicode white space plus the byte-order mark and zero-width space.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == BOM || c == '\u{200b}'
}

/// Whether byte `b` is an ASCII character [`is_space`] holds for: space, tab, line feed,
/// vertical tab, form feed, carriage return.
#[inline]
pub fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// `s` without leading and trailing [`is_space`] characters, with the byte offset of what remains.
///
/// Runs for every sentence: ASCII white space is skipped a byte at a time, and characters
/// are decoded only from a non-ASCII byte on (a property test compares it with the plain
/// trim of characters).
pub fn trim_span(s: &str) -> (usize, &str) {
    let bytes = s.as_bytes();
    let mut lead = bytes
        .iter()
        .position(|&b| !is_ascii_space(b))
        .unwrap_or(bytes.len());
    if bytes.get(lead).is_some_and(|&b| !b.is_ascii()) {
        let rest = &s[lead..];
        lead += rest.len() - rest.trim_start_matches(is_space).len();
    }
    let rest = &s[lead..];
    let end = rest
        .as_bytes()
        .iter()
        .rposition(|&b| !is_ascii_space(b))
        .map_or(0, |last| last + 1);
    if end > 0 && !rest.as_bytes()[end - 1].is_ascii() {
        return (lead, rest[..end].trim_end_matches(is_space));
    }
    (lead, &rest[..end])
}

/// `s` without leading [`is_space`] characters: `s.trim_start_matches(is_space)`, with
/// ASCII white space skipped a byte at a time and characters decoded only from a
/// non-ASCII byte on (asked after every full stop; a property test compares the two).
pub fn trim_start_spaces(s: &str) -> &str {
    let lead = s
        .as_bytes()
        .iter()
        .position(|&b| !is_ascii_space(b))
        .unwrap_or(s.len());
    let rest = &s[lead..];
    if rest.as_bytes().first().is_some_and(|&b| !b.is_ascii()) {
        return rest.trim_start_matches(is_space);
    }
    rest
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

/// Where `pattern` (not empty) starts in `text`, match after match, each search starting
/// where the match before ended: the places `str::match_indices` gives, found byte by byte
/// (a short text and a few patterns cost less so than building a substring searcher for
/// each). A match of whole UTF-8 characters starts and ends on character boundaries.
pub fn match_starts<'a>(text: &'a str, pattern: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (text, pattern) = (text.as_bytes(), pattern.as_bytes());
    let mut from = 0;
    std::iter::from_fn(move || {
        if pattern.is_empty() || text.len() < pattern.len() {
            return None;
        }
        let at = (from..=text.len() - pattern.len()).find(|&at| text[at..].starts_with(pattern))?;
        from = at + pattern.len();
        Some(at)
    })
}

/// A random text for property tests: `count` of `pieces` drawn by a xorshift generator
/// from `seed` (which moves on, so each call gives the next text).
#[cfg(test)]
pub(crate) fn random_text(seed: &mut u64, pieces: &[&str], count: usize) -> String {
    (0..count)
        .map(|_| {
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            pieces[(*seed % pieces.len() as u64) as usize]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_start_where_match_indices_finds_them() {
        let pieces = ["a", "b", " ", "aa", "é", "’", "ab a", "\u{2003}"];
        let patterns = ["a", "aa", "a a", "ab", "b a", "é", "’", "aaa", "a’", " "];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..2000 {
            let text = random_text(&mut seed, &pieces, 10);
            for pattern in patterns {
                let expected: Vec<usize> = text.match_indices(pattern).map(|(at, _)| at).collect();
                let found: Vec<usize> = match_starts(&text, pattern).collect();
                assert_eq!(found, expected, "{pattern:?} in {text:?}");
            }
        }
    }

    #[test]
    fn leading_white_space_is_trimmed_as_by_characters() {
        let pieces = [
            " ", "\n", "\t", "\u{a0}", "\u{200b}", "\u{feff}", "a", "é", ".", "\u{2003}",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            let text = random_text(&mut seed, &pieces, 6);
            assert_eq!(
                trim_start_spaces(&text),
                text.trim_start_matches(is_space),
                "in {text:?}"
            );
        }
    }

    #[test]
    fn trims_bom_and_zero_width_space() {
        assert_eq!(trim_span("\u{feff} a b \u{200b}\n"), (4, "a b"));
    }

    #[test]
    fn the_byte_trim_agrees_with_the_trim_of_characters() {
        fn by_chars(s: &str) -> (usize, &str) {
            let trimmed_start = s.trim_start_matches(is_space);
            let lead = s.len() - trimmed_start.len();
            (lead, trimmed_start.trim_end_matches(is_space))
        }
        for b in 0u8..128 {
            assert_eq!(is_ascii_space(b), is_space(char::from(b)), "byte {b}");
        }
        let pieces = [
            " ", "\t", "\n", "\r", "\x0b", "\x0c", "\u{a0}", "\u{feff}", "\u{200b}", "\u{85}",
            "\u{2003}", "a", "é", "—", ".",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            let text = random_text(&mut seed, &pieces, 8);
            assert_eq!(trim_span(&text), by_chars(&text), "in {text:?}");
        }
    }

    #[test]
    fn quotes_brackets_and_bullets_are_told_apart_from_words() {
        assert!(is_closing('”') && is_closing(')') && !is_closing('('));
        assert!(is_bullet('•') && !is_bullet('-'));
        assert!(is_word_char('é') && is_word_char('_') && !is_word_char('-'));
    }
}
