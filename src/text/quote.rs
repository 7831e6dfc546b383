//! Where direct quotations are, so findings in someone else's words can be marked as quoted.
//!
//! Curly quotes pair by direction; straight double quotes pair in order. Single straight
//! quotes are ignored: they are far more often apostrophes. A quotation left open runs to
//! the end of the paragraph, as multi-paragraph quotations do in print; a first closing
//! mark with none open ends one that began earlier, so it runs from the paragraph start.

use super::chars::is_word_char;
use super::span::Span;

/// The quotations inside `text[paragraph]`, including their quote marks, in order.
pub fn quotations(text: &str, paragraph: Span) -> Vec<Span> {
    let body = paragraph.slice(text);
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    // Only quote marks change anything, so the scan jumps from one to the next: `"`, and
    // the lead bytes of “ ” ‘ ’ (E2) and « » (C2).
    for i in memchr::memchr3_iter(b'"', 0xE2, 0xC2, body.as_bytes()) {
        let Some(c) = body[i..].chars().next() else {
            continue;
        };
        if !matches!(c, '"' | '“' | '”' | '‘' | '’' | '«' | '»') {
            continue;
        }
        let prev = body[..i].chars().next_back();
        let next = body[i + c.len_utf8()..].chars().next();
        let at = paragraph.start + i;
        // A closing mark with nothing open closes a quotation begun before the paragraph
        // (or sentence) we were given: "…anyone,” said the Rev." quotes all before it.
        let closes_unopened = match c {
            '”' | '»' => true,
            '"' => {
                prev.is_some_and(|p| matches!(p, ',' | '.' | '!' | '?'))
                    && next.is_none_or(char::is_whitespace)
            }
            _ => false,
        };
        match (open, c) {
            (None, _) if closes_unopened && out.is_empty() => {
                out.push(Span::new(paragraph.start, at + c.len_utf8()));
            }
            (None, '“' | '«' | '"') => open = Some((at, c)),
            (None, '‘') if !prev.is_some_and(is_word_char) => open = Some((at, c)),
            (Some((start, '“')), '”') | (Some((start, '«')), '»') | (Some((start, '"')), '"') =>
            {
                out.push(Span::new(start, at + c.len_utf8()));
                open = None;
            }
            (Some((start, '‘')), '’') if !next.is_some_and(is_word_char) => {
                out.push(Span::new(start, at + c.len_utf8()));
                open = None;
            }
            _ => {}
        }
    }
    if let Some((start, _)) = open {
        out.push(Span::new(start, paragraph.end));
    }
    out
}

/// Whether `span` lies inside the words of one of `quotes`. A span that starts on the
/// opening mark is the quotation itself (a scare quote, the author's own device), not a
/// word quoted from someone else.
pub fn is_quoted(quotes: &[Span], span: Span) -> bool {
    quotes
        .iter()
        .any(|q| q.start < span.start && span.end <= q.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        quotations(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn finds_curly_and_straight_quotations() {
        assert_eq!(
            quoted("He said “no way” and \"never\" today."),
            ["“no way”", "\"never\""]
        );
    }

    #[test]
    fn a_closing_mark_with_none_open_ends_a_quotation_begun_earlier() {
        assert_eq!(
            quoted("I have never seen it,” said the Rev. Lee."),
            ["I have never seen it,”"]
        );
        assert_eq!(
            quoted("It always fails,\" she said, \"every time.\""),
            ["It always fails,\"", "\"every time.\""]
        );
        assert_eq!(quoted("He said \"never\" twice."), ["\"never\""]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            quoted("It’s the mayor’s plan, isn't it?"),
            Vec::<&str>::new()
        );
        assert_eq!(
            quoted("She called it ‘a disgrace’ twice."),
            ["‘a disgrace’"]
        );
    }

    #[test]
    fn the_quotation_itself_is_not_quoted_words() {
        let text = "the \"reform\" plan";
        let quotes = quotations(text, Span::new(0, text.len()));
        assert!(is_quoted(&quotes, Span::new(5, 11)));
        assert!(!is_quoted(&quotes, Span::new(4, 12)));
    }

    #[test]
    fn an_open_quotation_runs_to_the_end() {
        assert_eq!(
            quoted("He said: “this is a scandal."),
            ["“this is a scandal."]
        );
    }
}
