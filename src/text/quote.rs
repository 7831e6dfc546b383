//! Where direct quotations are, so findings in someone else's words can be marked as quoted.
//!
//! Curly quotes pair by direction; straight double quotes pair in order. A quotation left
//! open runs to the end of the paragraph, as multi-paragraph quotations do in print (each
//! paragraph of one reopens it); a first closing mark with none open ends one that began
//! in an earlier sentence or paragraph, so it runs from the paragraph start. Straight
//! single quotes count only as a pair that opens before a word and closes after one
//! ('a disgrace'), never as an apostrophe (don't, the teachers' union, '90s, 'em). A quoted
//! post (an embedded tweet: its text, then "— Name (@handle) date") is a quotation too.

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
    // Single straight quotes, where no other quotation already holds them.
    for q in single_quoted(body, paragraph.start) {
        if !out.iter().any(|o| o.overlaps(q)) {
            out.push(q);
        }
    }
    if let Some(post) = quoted_post(body, paragraph.start)
        && !out.iter().any(|o| o.contains(post))
    {
        out.retain(|o| !post.contains(*o));
        out.push(post);
    }
    out.sort_by_key(|q| q.start);
    out
}

/// Words that start with an apostrophe, not an opening quote: 'em, 'cause, 'til.
const ELISIONS: &[&str] = &[
    "em", "cause", "til", "tis", "twas", "n", "bout", "round", "s",
];

/// Pairs of straight single quotes in `body` (which starts at byte `offset` of the text):
/// one opening before a word (after a space, a bracket or a dash), closing after a word or
/// a stop and before a space or a stop. An unpaired one is an apostrophe.
fn single_quoted(body: &str, offset: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for i in memchr::memchr_iter(b'\'', body.as_bytes()) {
        let prev = body[..i].chars().next_back();
        let rest = &body[i + 1..];
        let next = rest.chars().next();
        match open {
            None => {
                let word = &rest[..rest
                    .find(|c: char| !c.is_alphabetic())
                    .unwrap_or(rest.len())];
                // The elisions are ASCII, and no other letter is one in lower case but the
                // Kelvin sign's k, which none holds: compared without a lower-case copy.
                let opens = prev.is_none_or(|p| p.is_whitespace() || "([{—–-\"“".contains(p))
                    && next.is_some_and(char::is_alphabetic)
                    && !ELISIONS.iter().any(|e| word.eq_ignore_ascii_case(e));
                if opens {
                    open = Some(i);
                }
            }
            Some(start) => {
                let closes = prev.is_some_and(|p| is_word_char(p) || ".,!?".contains(p))
                    && !next.is_some_and(is_word_char);
                if closes {
                    out.push(Span::new(offset + start, offset + i + 1));
                    open = None;
                }
            }
        }
    }
    out
}

/// An embedded post: the paragraph's text up to "— Name (@handle) date", the way pages
/// show a quoted tweet. The words before the dash are the poster's, not the author's.
fn quoted_post(body: &str, offset: usize) -> Option<Span> {
    // The first "(@": an `@` found by memchr, then the byte before it (a searcher for the
    // pair would be built anew for every paragraph).
    let bytes = body.as_bytes();
    let handle = memchr::memchr_iter(b'@', bytes).find(|&at| at > 0 && bytes[at - 1] == b'(')? - 1;
    let dash = body[..handle].rfind(['—', '–'])?;
    // The poster's name: a few words between the dash and the handle.
    let name = &body[dash..handle];
    if name.split_whitespace().count() > 7 || body[..dash].trim().is_empty() {
        return None;
    }
    let end = body[..dash].trim_end().len();
    Some(Span::new(offset, offset + end))
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
    fn straight_single_quotes_pair_around_words_and_apostrophes_do_not() {
        let cases: &[(&str, &[&str])] = &[
            (
                "He called it 'a total disgrace' on air.",
                &["'a total disgrace'"],
            ),
            (
                "The mayor said: 'Nobody wants this.' Then he left.",
                &["'Nobody wants this.'"],
            ),
            ("It's the teachers' union that can't agree.", &[]),
            ("Back in the '90s they rocked 'n' rolled.", &[]),
            ("Give 'em what they want, she said.", &[]),
            (
                "The word 'never' and the word 'always' came up.",
                &["'never'", "'always'"],
            ),
            (
                "He said \"she told me 'no' twice\" today.",
                &["\"she told me 'no' twice\""],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(quoted(text), *expected, "in: {text}");
        }
    }

    #[test]
    fn a_quotation_runs_across_sentences_and_paragraphs() {
        // Opened in one sentence, closed in a later one: one quotation.
        assert_eq!(
            quoted("He said: “Nobody trusts them. They always lie.” I disagree."),
            ["“Nobody trusts them. They always lie.”"]
        );
        // A paragraph that goes on with a quotation opened in an earlier one: in print it
        // reopens the quotation and only the last paragraph closes it; on the web the
        // opening mark is often missing and the paragraph starts inside it.
        let text = "“Everyone knew it.\n\n“Nobody said a word,” she added.";
        let second = Span::new(text.find("“Nobody").unwrap(), text.len());
        let quotes = quotations(text, second);
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].slice(text), "“Nobody said a word,”");
        let web = "Nobody said a word, ever,” she added.";
        assert_eq!(quoted(web), ["Nobody said a word, ever,”"]);
    }

    #[test]
    fn an_embedded_post_is_quoted_to_its_attribution() {
        let post = "Nobody has ever been treated so badly! — Pat Doe (@patdoe) May 1, 2019";
        assert_eq!(quoted(post), ["Nobody has ever been treated so badly!"]);
        let inner = "The “elites” always lose. — Pat Doe (@patdoe) May 1, 2019";
        assert_eq!(quoted(inner), ["The “elites” always lose."]);
        // A dash and a handle far apart are not an attribution.
        let prose = "The vote — which every member of the long-serving committee missed, says the clerk (@clerk) — failed.";
        assert_eq!(quoted(prose), Vec::<&str>::new());
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
