//! Words as UAX #29 defines them: for counting words and for checking match boundaries.
//!
//! Most English text is ASCII with a few curly quotes and dashes. For such text a byte
//! loop applies the UAX #29 word rules that can arise there (letters, digits and `_`
//! stay together; `.` `'` `’` `:` join letters; `.` `,` `;` `'` join digits) and gives the
//! same words as `unicode-segmentation` several times faster; any other character sends
//! the text to `unicode-segmentation` (a property test checks the two agree).

use super::span::Span;
use unicode_segmentation::UnicodeSegmentation;

/// A word of the text: its span and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'t> {
    /// Where the word is in the analyzed text.
    pub span: Span,
    /// The word as written.
    pub text: &'t str,
}

impl Word<'_> {
    /// Whether the word starts with an upper-case letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the word is made of digits (allowing `,` and `.` inside, as in 1,000 or 3.5).
    pub fn is_number(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_ascii_digit())
    }

    /// Case-insensitive comparison with a lower-case ASCII word, `’` read as `'` ("I’m"
    /// is "i'm", as the lexicons write it).
    pub fn is(&self, lower: &str) -> bool {
        self.text.eq_ignore_ascii_case(lower)
            || (self.text.len() > lower.len()
                // Without a `’` the mapped comparison is the one above: an ASCII word skips it.
                && !self.text.is_ascii()
                && self
                    .text
                    .chars()
                    .map(|c| {
                        if c == '’' {
                            '\''
                        } else {
                            c.to_ascii_lowercase()
                        }
                    })
                    .eq(lower.chars()))
    }
}

/// The words of `text[span]`, with spans into `text`.
pub fn words(text: &str, span: Span) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    words_into(text, span, &mut out);
    out
}

/// The same words put in `out` in place of what it held (its memory kept for the next
/// sentence).
pub fn words_into<'t>(text: &'t str, span: Span, out: &mut Vec<Word<'t>>) {
    let part = span.slice(text);
    out.clear();
    out.reserve(part.len() / 6 + 1);
    for_each_word(part, |start, end| {
        out.push(Word {
            span: Span::new(span.start + start, span.start + end),
            text: &part[start..end],
        })
    });
}

/// Number of words in `text`.
pub fn count(text: &str) -> usize {
    let mut n = 0;
    for_each_word(text, |_, _| n += 1);
    n
}

/// Calls `found(start, end)` for each word of `text` (a UAX #29 word segment holding a
/// letter or digit), in order.
fn for_each_word(text: &str, mut found: impl FnMut(usize, usize)) {
    if text.is_ascii() {
        ascii_words(text.as_bytes(), found);
    } else if text.chars().all(|c| class_of(c) != Class::Unknown) {
        simple_words(text, found);
    } else {
        for (i, w) in text.split_word_bound_indices() {
            if w.chars().any(char::is_alphanumeric) {
                found(i, i + w.len());
            }
        }
    }
}

/// The UAX #29 word-break classes of the characters the fast path knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    /// `_` (ExtendNumLet): joins anything word-like on either side.
    Underscore,
    /// `:` (MidLetter): joins two letters.
    MidLetter,
    /// `.` `'` `‘` `’` (MidNumLet): joins two letters or two digits.
    MidNumLet,
    /// `,` `;` (MidNum): joins two digits.
    MidNum,
    /// Breaks on both sides (spaces, other punctuation, quotes, dashes).
    Other,
    /// Anything else: handled by `unicode-segmentation`.
    Unknown,
}

fn class_of(c: char) -> Class {
    match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Digit,
        '_' => Class::Underscore,
        ':' => Class::MidLetter,
        '.' | '\'' | '‘' | '’' => Class::MidNumLet,
        ',' | ';' => Class::MidNum,
        // CR and LF break on both sides; the other ASCII controls (Format, Extend
        // in no case) and ASCII punctuation have no joining rule.
        '\0'..='\x7f' => Class::Other,
        '“' | '”' | '–' | '—' | '…' | '\u{a0}' => Class::Other,
        _ => Class::Unknown,
    }
}

/// The classes of the ASCII characters, looked up by byte.
static ASCII_CLASSES: [Class; 128] = {
    let mut table = [Class::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b'0'..=b'9' => Class::Digit,
            b'_' => Class::Underscore,
            b':' => Class::MidLetter,
            b'.' | b'\'' => Class::MidNumLet,
            b',' | b';' => Class::MidNum,
            _ => Class::Other,
        };
        b += 1;
    }
    table
};

/// The class and length of the character at byte `i`.
#[inline]
fn class_at(text: &str, i: usize) -> (Class, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (ASCII_CLASSES[usize::from(b)], 1)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (class_of(c), c.len_utf8())
    }
}

fn is_wordlike(c: Class) -> bool {
    matches!(c, Class::Letter | Class::Digit | Class::Underscore)
}

/// Whether each ASCII byte is a word character (a letter, a digit or `_`), by byte.
static ASCII_WORD_BYTES: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = matches!(
            ASCII_CLASSES[b],
            Class::Letter | Class::Digit | Class::Underscore
        );
        b += 1;
    }
    table
};

/// The same as [`simple_words`] for an ASCII text, a byte at a time (most sentences).
///
/// Written for few instructions per byte: a word's run of letters, digits and `_` is
/// crossed by one table read per byte, and the UAX #29 joining rules are asked only at
/// the byte that ends a run (the class before a joiner is the class of that run's last
/// byte, as every joiner needs a letter or digit after it).
fn ascii_words(text: &[u8], mut found: impl FnMut(usize, usize)) {
    let n = text.len();
    let is_word_byte = |i: usize| ASCII_WORD_BYTES[usize::from(text[i] & 0x7f)];
    let class = |i: usize| ASCII_CLASSES[usize::from(text[i] & 0x7f)];
    let mut i = 0;
    while i < n {
        if !is_word_byte(i) {
            i += 1;
            continue;
        }
        let start = i;
        loop {
            i += 1;
            while i < n && is_word_byte(i) {
                i += 1;
            }
            // `text[i]` ends the run: a joiner with a letter or digit after it goes on
            // (most runs end at a space, told by the class of `text[i]` alone).
            if i + 1 < n && is_joiner(class(i)) && joins(class(i - 1), class(i), class(i + 1)) {
                i += 1;
                continue;
            }
            break;
        }
        // A joiner stands between letters or digits, so only a word made of `_` alone
        // (never joined) holds no letter or digit.
        if text[start] != b'_' || text[start..i].iter().any(|&b| b != b'_') {
            found(start, i);
        }
    }
}

/// Whether a character of class `c` may join the characters on its sides.
#[inline]
fn is_joiner(c: Class) -> bool {
    matches!(c, Class::MidLetter | Class::MidNumLet | Class::MidNum)
}

/// Whether the character of class `mid`, between classes `prev` and `next`, keeps them in
/// one word (UAX #29 WB6/7, WB11/12): "don't", "3.5", "1,000", "e.g".
fn joins(prev: Class, mid: Class, next: Class) -> bool {
    match mid {
        Class::MidLetter => prev == Class::Letter && next == Class::Letter,
        Class::MidNumLet => prev == next && matches!(prev, Class::Letter | Class::Digit),
        Class::MidNum => prev == Class::Digit && next == Class::Digit,
        _ => false,
    }
}

/// UAX #29 words of a text made only of characters with a known class.
fn simple_words(text: &str, mut found: impl FnMut(usize, usize)) {
    let n = text.len();
    let mut i = 0;
    while i < n {
        let (first, len) = class_at(text, i);
        if !is_wordlike(first) {
            i += len;
            continue;
        }
        let start = i;
        let mut prev = first;
        let mut has_alphanumeric = first != Class::Underscore;
        i += len;
        while i < n {
            let (c, len) = class_at(text, i);
            if is_wordlike(c) {
                has_alphanumeric |= c != Class::Underscore;
                prev = c;
                i += len;
                continue;
            }
            if i + len >= n {
                break;
            }
            let (next, next_len) = class_at(text, i + len);
            if !joins(prev, c, next) {
                break;
            }
            prev = next;
            i += len + next_len;
        }
        if has_alphanumeric {
            found(start, i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_with_spans() {
        let text = "It’s 3.5 times, isn't it?";
        let ws = words(text, Span::new(0, text.len()));
        let got: Vec<&str> = ws.iter().map(|w| w.span.slice(text)).collect();
        assert_eq!(got, ["It’s", "3.5", "times", "isn't", "it"]);
        assert!(ws[1].is_number());
        assert!(ws[0].is_capitalized());
    }

    #[test]
    fn counts_words() {
        assert_eq!(count("One two, three-four."), 4);
        assert_eq!(count(""), 0);
        assert_eq!(count("Café au lait, s’il vous plaît."), 6);
    }

    fn uax29(text: &str) -> Vec<(usize, &str)> {
        text.split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .collect()
    }

    #[test]
    fn the_ascii_table_matches_the_classes() {
        for b in 0u8..128 {
            assert_eq!(
                ASCII_CLASSES[usize::from(b)],
                class_of(b as char),
                "byte {b}"
            );
        }
    }

    fn fast(text: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        simple_words(text, |s, e| out.push((s, &text[s..e])));
        out
    }

    #[test]
    fn the_fast_path_agrees_with_unicode_segmentation() {
        let cases = [
            "U.S. e.g. a.b.c 3.5.1 1,000,000 1;2 1'2 a'b a:b 1:2 a.1 1.a",
            "isn’t ‘quoted’ “double” — dash – en … dots a__b _ __x 9_a",
            "end. Next:start a..b 1..2 a,b a;b 1,a x.", // joins only between letters/digits
            "tab\tnew\nline\r\nCR\x0c\x00nul",
        ];
        for text in cases {
            assert_eq!(fast(text), uax29(text), "in {text:?}");
        }
    }

    /// 20,000 texts of 12 pieces of `alphabet`, drawn by a xorshift generator from `seed`.
    fn random_texts<'a>(
        alphabet: &'a [&'a str],
        mut seed: u64,
    ) -> impl Iterator<Item = String> + 'a {
        (0..20_000).map(move |_| crate::text::chars::random_text(&mut seed, alphabet, 12))
    }

    #[test]
    fn the_ascii_path_agrees_with_the_fast_path() {
        let alphabet = [
            "a", "Z", "7", "_", ".", "'", ":", ",", ";", " ", "-", "\n", "!", "\"", "ab", "12",
        ];
        for text in random_texts(&alphabet, 0x2545_f491_4f6c_dd1d) {
            let mut ascii = Vec::new();
            ascii_words(text.as_bytes(), |s, e| ascii.push((s, &text[s..e])));
            assert_eq!(ascii, fast(&text), "in {text:?}");
        }
    }

    #[test]
    fn the_fast_path_agrees_on_random_text() {
        // A small deterministic generator over the characters whose rules differ.
        let alphabet = [
            "a", "Z", "7", "_", ".", "'", "’", "‘", ":", ",", ";", " ", "-", "\n", "“", "”", "—",
            "…", "\u{a0}", "!", "\"", "ab", "12",
        ];
        for text in random_texts(&alphabet, 0x9e37_79b9_7f4a_7c15) {
            assert_eq!(fast(&text), uax29(&text), "in {text:?}");
        }
    }
}
