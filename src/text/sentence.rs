//! Sentence boundaries: one fast pass over the terminal punctuation, deciding at each mark
//! whether it ends a sentence.
//!
//! Only `.`, `!`, `?`, `…` (and the CJK full stops) can end a sentence, so the scan jumps
//! from one of them to the next and looks at the words around it: abbreviations, initials,
//! numbers, ellipses, closing quotes and brackets, list markers and the case of the next
//! word. Line breaks inside a paragraph are not boundaries (the paragraph splitter has
//! already decided which line breaks end something). No text is altered: sentences are
//! byte spans into the input.

mod word_lists;

use super::chars::{is_ascii_space, is_bullet, is_closing, is_space, trim_span, trim_start_spaces};
use super::span::Span;
use word_lists::{Lists, WordList, is_starter};
pub use word_lists::{is_common_starter, is_final_abbreviation};

/// Splits `text[paragraph]` into sentence spans (trimmed, never empty).
pub fn split_sentences(text: &str, paragraph: Span) -> Vec<Span> {
    let body = paragraph.slice(text);
    let mut sentences = Sentences {
        text,
        offset: paragraph.start,
        start: 0,
        // Room for a sentence every 48 bytes (they average about 55 in prose): the list
        // is allocated once for most paragraphs instead of growing from 4 to 8 to 16.
        out: Vec::with_capacity(body.len() / 48 + 1),
    };
    let mut list = List::starting_at(body, 0);
    let mut at = 0;
    let mut marks = Marks::new(body);
    while let Some((pos, mark)) = marks.next_from(at) {
        while let Some(item) = list
            .as_ref()
            .and_then(|l| l.next_item)
            .filter(|&i| i <= pos)
        {
            sentences.cut(item);
            list = list.and_then(|l| l.advance(body));
        }
        let cut = match mark {
            Mark::Bullet(len) => {
                at = pos + len;
                body[..pos].ends_with(is_space).then_some(pos)
            }
            Mark::Stop => {
                let run = Run::at(body, pos);
                at = run.end;
                boundary(body, sentences.start, &run)
            }
            Mark::Clock => {
                at = pos + 1;
                if let Some(stamp) = Timestamp::around(body, pos) {
                    if stamp.after_name {
                        sentences.cut(stamp.start);
                    }
                    let more = !body[stamp.end..].trim_start_matches(is_space).is_empty();
                    more.then_some(stamp.end)
                } else {
                    None
                }
            }
        };
        if let Some(end) = cut {
            sentences.cut(end);
            at = at.max(end);
            if list.is_none() {
                list = List::starting_at(body, end);
            }
        }
    }
    while let Some(item) = list.as_ref().and_then(|l| l.next_item) {
        sentences.cut(item);
        list = list.and_then(|l| l.advance(body));
    }
    sentences.cut(body.len());
    sentences.out
}

/// The sentences found so far in one paragraph, and where the current one starts.
struct Sentences<'t> {
    text: &'t str,
    /// Where the paragraph starts in `text`.
    offset: usize,
    /// Where the current sentence starts, relative to the paragraph.
    start: usize,
    out: Vec<Span>,
}

impl Sentences<'_> {
    /// Ends the current sentence at `end` (relative to the paragraph), dropping white space.
    fn cut(&mut self, end: usize) {
        if end <= self.start {
            return;
        }
        let span = Span::new(self.offset + self.start, self.offset + end);
        let (lead, trimmed) = trim_span(span.slice(self.text));
        if !trimmed.is_empty() {
            let start = span.start + lead;
            self.out.push(Span::new(start, start + trimmed.len()));
        }
        self.start = end;
    }
}

/// A character the scan stops at.
enum Mark {
    /// `.`, `!`, `?`, `…` or a CJK full stop: maybe a sentence end.
    Stop,
    /// A list bullet of this many bytes: starts a new item when it follows white space.
    Bullet(usize),
    /// A colon after a digit: maybe the time of a date-time stamp.
    Clock,
}

/// Finds the marks of a paragraph in order. Marks start with one of a few bytes, so it
/// keeps, for each group of such bytes, the next place memchr found one, and looks again
/// only once the scan has passed it.
struct Marks<'b> {
    body: &'b str,
    /// Next `.`, `!` or `?`; next lead byte of `…`, a bullet or a CJK stop; next `:`.
    next: [Option<usize>; 3],
}

impl<'b> Marks<'b> {
    fn new(body: &'b str) -> Self {
        let mut marks = Marks {
            body,
            next: [None; 3],
        };
        for group in 0..3 {
            marks.next[group] = marks.find(group, 0);
        }
        marks
    }

    fn find(&self, group: usize, from: usize) -> Option<usize> {
        let bytes = &self.body.as_bytes()[from..];
        let found = match group {
            0 => memchr::memchr3(b'.', b'!', b'?', bytes),
            1 => memchr::memchr3(0xE2, 0xE3, 0xEF, bytes),
            _ => memchr::memchr(b':', bytes),
        };
        found.map(|i| from + i)
    }

    /// The next mark at or after byte `from`.
    fn next_from(&mut self, mut from: usize) -> Option<(usize, Mark)> {
        loop {
            for group in 0..3 {
                if self.next[group].is_some_and(|at| at < from) {
                    self.next[group] = self.find(group, from);
                }
            }
            let (group, at) = (0..3)
                .filter_map(|g| self.next[g].map(|at| (g, at)))
                .min_by_key(|&(_, at)| at)?;
            match group {
                0 => return Some((at, Mark::Stop)),
                1 => {
                    let c = self.body[at..].chars().next().unwrap_or(' ');
                    if is_stop(c) {
                        return Some((at, Mark::Stop));
                    }
                    if is_bullet(c) {
                        return Some((at, Mark::Bullet(c.len_utf8())));
                    }
                    from = at + c.len_utf8();
                }
                _ => {
                    if self.body[..at].ends_with(|c: char| c.is_ascii_digit()) {
                        return Some((at, Mark::Clock));
                    }
                    from = at + 1;
                }
            }
        }
    }
}

fn is_stop(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

/// A run of terminal punctuation ("." "?!" "..." ". . ." "…") and the closing quotes or
/// brackets after it.
struct Run {
    start: usize,
    /// End of the punctuation, before any closing marks.
    stops_end: usize,
    /// End of the closing marks.
    end: usize,
    /// Periods in the run, an ellipsis character counting as three.
    dots: usize,
    /// Whether the dots are spaced (". . .").
    spaced: bool,
    /// Whether the run holds `!` or `?`.
    exclaims: bool,
    /// Whether the run holds a CJK full stop, which needs no space after it.
    cjk: bool,
}

impl Run {
    fn at(body: &str, start: usize) -> Run {
        let mut run = Run {
            start,
            stops_end: start,
            end: start,
            dots: 0,
            spaced: false,
            exclaims: false,
            cjk: false,
        };
        let mut j = start;
        loop {
            let rest = &body[j..];
            match rest.chars().next() {
                Some('.') => run.dots += 1,
                Some('…') => run.dots += 3,
                Some('!' | '?') => run.exclaims = true,
                Some('。' | '！' | '？' | '．') => run.cjk = true,
                // ". . .", "! ! !", "Happy! . . ."
                Some(' ') if rest[1..].starts_with(is_stop) => run.spaced = true,
                _ => break,
            }
            j += rest.chars().next().map_or(1, char::len_utf8);
        }
        run.stops_end = j;
        while let Some(c) = body[j..].chars().next().filter(|&c| is_closing(c)) {
            j += c.len_utf8();
        }
        j += footnote_marks_len(body, start, j);
        j += emoticon_len(&body[j..]);
        run.end = j;
        run
    }

    fn closed(&self) -> bool {
        self.end > self.stops_end
    }
}

/// Footnote marks after a sentence's final punctuation belong to it: `martyr.[1]`,
/// `gas. [1][2]`, "consultation.11 12" (digits right after a word's period).
fn footnote_marks_len(body: &str, run_start: usize, from: usize) -> usize {
    let rest = &body[from..];
    let mut len = 0;
    loop {
        let tail = &rest[len..];
        let bracket = tail.strip_prefix(' ').unwrap_or(tail);
        let digits = bracket.strip_prefix('[').map_or(0, |inner| {
            let n = inner.find(|c: char| !c.is_ascii_digit()).unwrap_or(0);
            if (1..=3).contains(&n) && inner[n..].starts_with(']') {
                n
            } else {
                0
            }
        });
        if digits == 0 {
            break;
        }
        len += tail.len() - bracket.len() + digits + 2;
    }
    // (The text before the run is read only for a lone period.)
    if len == 0
        && from == run_start + 1
        && body[..run_start].ends_with(|c: char| c.is_lowercase() || c == ')')
    {
        let mut tail = rest;
        while let Some(n) = tail
            .find(|c: char| !c.is_ascii_digit())
            .filter(|n| (1..=3).contains(n))
        {
            if !tail[n..].starts_with(' ') {
                break;
            }
            len += n;
            tail = &tail[n..];
            let next = tail.trim_start_matches(' ');
            if !next.starts_with(|c: char| c.is_ascii_digit()) {
                break;
            }
            len += tail.len() - next.len();
            tail = next;
        }
        // Marks only when a capital follows (nothing to check when none were found).
        if len > 0
            && !body[from + len..]
                .trim_start()
                .starts_with(char::is_uppercase)
        {
            len = 0;
        }
    }
    len
}

/// A date-time stamp such as "06/02/2001 10:53 AM", which ends the header line of a
/// forwarded e-mail: "Ann Lee 06/02/2001 10:53 AM Please see…".
struct Timestamp {
    start: usize,
    end: usize,
    /// Whether a name rather than a word like "on" comes before it (then it starts a sentence).
    after_name: bool,
}

impl Timestamp {
    /// The stamp whose time has its (first) colon at `colon`.
    fn around(body: &str, colon: usize) -> Option<Timestamp> {
        let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
        let head = &body[..colon];
        let hour = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let date_text = body[..colon - hour].strip_suffix(' ')?;
        let date_start = date_text.len() - last_token_len(date_text);
        let date = &date_text[date_start..];
        let parts: Vec<&str> = date.split('/').collect();
        let is_date = parts.len() == 3
            && parts
                .iter()
                .all(|p| (1..=4).contains(&p.len()) && digits(p) == p.len());
        if !(1..=2).contains(&hour) || !is_date {
            return None;
        }
        let mut end = colon + 1;
        for _ in 0..2 {
            if digits(&body[end..]) != 2 {
                return None;
            }
            end += 2;
            if !body[end..].starts_with(':') {
                break;
            }
            end += 1;
        }
        let meridiem = body[end..].trim_start_matches(' ');
        if ["AM", "PM", "am", "pm"]
            .iter()
            .any(|m| meridiem.starts_with(m))
        {
            end = body.len() - meridiem.len() + 2;
        }
        let previous = date_text
            .trim_end_matches(is_space)
            .rsplit(is_space)
            .next()
            .unwrap_or("");
        Some(Timestamp {
            start: date_start,
            end,
            after_name: previous.starts_with(char::is_uppercase),
        })
    }
}

/// A smiley after a sentence's final punctuation belongs to it: "so far! :)".
fn emoticon_len(rest: &str) -> usize {
    const EMOTICONS: &[&str] = &[
        ":)", ":-)", ":(", ":-(", ":D", ":-D", ":P", ":p", ";)", ";-)", ":/", "=)", "^^", "XD",
    ];
    let Some(tail) = rest.strip_prefix(' ') else {
        return 0;
    };
    if !tail.starts_with([':', ';', '=', '^', 'X']) {
        return 0;
    }
    EMOTICONS
        .iter()
        .find(|e| {
            tail.strip_prefix(**e)
                .is_some_and(|after| after.is_empty() || after.starts_with(is_space))
        })
        .map_or(0, |e| 1 + e.len())
}

/// A web or e-mail address around byte `pos` ends a sentence when a capitalised word
/// follows it: "visit www.example.org Then…", "write to ann@example.com Thanks".
fn address_end(body: &str, pos: usize) -> Option<usize> {
    let start = pos - last_token_len(&body[..pos]);
    let end = body[pos..].find(is_space).map_or(body.len(), |i| pos + i);
    let token = &body[start..end];
    let address = token.starts_with("www.") || token.contains("://") || token.contains('@');
    let following = body[end..].trim_start_matches(is_space);
    (address && following.starts_with(char::is_uppercase) && end < body.len()).then_some(end)
}

/// Where the sentence ends if `run` ends it (usually `run.end`), given that the current
/// sentence started at `start`.
fn boundary(body: &str, start: usize, run: &Run) -> Option<usize> {
    let after = &body[run.end..];
    let next = after.chars().next()?;
    if run.cjk {
        return Some(run.end);
    }
    let before = &body[start..run.start];
    if !is_space(next) {
        let single_period = run.dots == 1 && !run.exclaims && !run.closed();
        if single_period && run_together(before, after) {
            return Some(run.end);
        }
        return address_end(body, run.start);
    }
    let following = trim_start_spaces(after);
    if following.is_empty() {
        return None;
    }
    let next_word = first_token(following);
    let lower = starts_lowercase(following);
    if lower && run.dots >= 2 {
        // "what I mean... see", "Happy!... no one had"
        return None;
    }
    if run.exclaims {
        // "'Stop!' she said", "Yahoo! in the accounting department", "and -- voila! -- you"
        let inside_name = !run.closed()
            && run.stops_end == run.start + 1
            && !before.ends_with(is_space)
            && last_token(before).starts_with(char::is_uppercase);
        let aside = following.starts_with(['-', '–', '—']);
        return (!lower || !(run.closed() || inside_name || aside)).then_some(run.end);
    }
    if run.dots >= 2 {
        return ellipsis_boundary(body, run, lower, next_word);
    }
    period_ends_sentence(before, run, lower, next_word).then_some(run.end)
}

/// An ellipsis ends a sentence before a capital when it has four dots (the sentence's
/// own period included) or the next word usually starts sentences. "[...]" never does.
fn ellipsis_boundary(body: &str, run: &Run, lower: bool, next_word: &str) -> Option<usize> {
    let prev = body[..run.start].chars().last();
    if lower || matches!(prev, Some('[' | '(')) {
        return None;
    }
    if run.dots >= 4 {
        // "compounds. . . . The practice": the period ends the sentence and the spaced
        // ellipsis opens the next one.
        let attached = prev.is_some_and(|c| !is_space(c)) && body[run.start..].starts_with(". ");
        return Some(if run.spaced && attached {
            run.start + 1
        } else {
            run.end
        });
    }
    // "terminal... I go" ends a sentence; a spaced ellipsis marks words left out of a
    // quotation, which goes on: "the thing is . . . I didn't mean it."
    let pronoun_goes_on = next_word == "I" && run.spaced;
    (is_starter(next_word) && !pronoun_goes_on).then_some(run.end)
}

/// Whether a single period followed by white space ends the sentence `before` it.
fn period_ends_sentence(before: &str, run: &Run, lower: bool, next_word: &str) -> bool {
    let token = last_token(before);
    if is_list_marker(before) || is_roman(token) {
        // "1. The first item", "ii. Second" (lower-case Roman numerals mark items)
        return false;
    }
    let bare = token.trim_end_matches('.');
    let word = bare;
    let lists = Lists::of(word);
    if is_initial(bare) {
        // "John F. Kennedy" — but "you and I. Did you…" ends a sentence.
        return !lower && bare == "I" && is_starter(next_word);
    }
    let before_number = next_word.starts_with(|c: char| c.is_ascii_digit() || c == '#');
    if lists.has(WordList::NeverFinal) && (!word.eq_ignore_ascii_case("no") || before_number) {
        // "No. 5", but "I said no. Then…"
        return false;
    }
    if before_number {
        // "Rs. 3520", "approx. 20": sentences seldom start with a figure.
        return false;
    }
    if lower {
        let abbreviation = lists.has(WordList::MayBeFinal)
            || lists.has(WordList::BeforeLowercase)
            || bare.contains('.')
            || word.eq_ignore_ascii_case("in") && previous_is_number(before, token);
        return !(abbreviation || run.closed() || inside_brackets(before));
    }
    if lists.has(WordList::MayBeFinal) || is_dotted_acronym(bare) {
        if is_starter(next_word) {
            return true;
        }
        // "He left at 6 P.M. Mr. Smith then went…", "founded in 753 B.C. Augustus…", but
        // "At 5 a.m. Mr. Smith went…", where the time opens the sentence.
        let time = lists.has(WordList::TimesAndEras);
        let zone = matches!(
            next_word.trim_end_matches(|c: char| !c.is_alphanumeric()),
            "ET" | "EST"
                | "EDT"
                | "CT"
                | "CST"
                | "CDT"
                | "MT"
                | "PT"
                | "PST"
                | "PDT"
                | "GMT"
                | "UTC"
                | "BST"
                | "CET"
                | "CEST"
        );
        return time && !zone && !opens_with_preposition(before);
    }
    true
}

/// Whether the word before `token` (the last one of `before`) is a number: "6 in.".
fn previous_is_number(before: &str, token: &str) -> bool {
    let head = before[..before.len() - token.len()].trim_end_matches(is_space);
    head.rsplit(is_space)
        .next()
        .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == '.'))
}

/// Whether a bracket opened in `before` is still open: "(see. section 4.2)".
fn inside_brackets(before: &str) -> bool {
    let open = before.rfind(['(', '[', '{', '（']);
    let close = before.rfind([')', ']', '}', '）']);
    open.is_some_and(|o| close.is_none_or(|c| c < o))
}

/// Whether the sentence opens with a preposition ("At 5 a.m. …", "In 49 B.C. …").
fn opens_with_preposition(before: &str) -> bool {
    let first = before.split(is_space).find(|w| !w.is_empty()).unwrap_or("");
    matches!(
        first.to_ascii_lowercase().as_str(),
        "on" | "in"
            | "at"
            | "by"
            | "after"
            | "before"
            | "during"
            | "since"
            | "until"
            | "from"
            | "around"
            | "about"
            | "near"
            | "early"
            | "late"
            | "till"
            | "between"
    )
}

/// "Hello world.Today is…", "bought 1,000.That is…": a period between a word and a
/// capitalised word with no space, when neither side looks like a name, number or address.
fn run_together(before: &str, after: &str) -> bool {
    let token = last_token(before);
    let plain_word = token.chars().all(char::is_alphabetic);
    let plain_number = token.chars().all(|c| c.is_ascii_digit() || c == ',');
    if token.chars().count() < 2 || !(plain_word || plain_number) {
        return false;
    }
    let lists = Lists::of(token);
    if lists.has(WordList::NeverFinal) || lists.has(WordList::MayBeFinal) {
        return false;
    }
    let word_len = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    let word = &after[..word_len];
    let mut chars = word.chars();
    let capitalised = chars.next().is_some_and(|c| c.is_uppercase())
        && chars.clone().next().is_some()
        && chars.all(char::is_lowercase);
    let rest = &after[word_len..];
    let ends_word = rest.is_empty()
        || rest.starts_with(|c: char| is_space(c) || matches!(c, ',' | ';' | ':' | '!' | '?'))
        || rest.starts_with('.') && WordList::Titles.has(word);
    // "Newsfeeds.Com": a domain, not two sentences.
    let domain = matches!(word, "Com" | "Net" | "Org" | "Edu" | "Gov");
    capitalised && ends_word && !domain
}

/// Whether the text after a boundary candidate goes on in lower case: its first letter or
/// digit, after any quotes, brackets or dashes, is a lower-case letter.
fn starts_lowercase(following: &str) -> bool {
    following
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
}

/// Whether the sentence so far is only a list marker: "1", "a", "• 9", "⁃10", "(iv".
///
/// Read from the end: the marker (up to three digits, or one lower-case letter) ends the
/// text but for white space, bullets and brackets, and only those stand before it. Most
/// sentences are turned away by their last two characters, not trimmed from both ends.
fn is_list_marker(before: &str) -> bool {
    let around = |c: char| is_space(c) || is_bullet(c) || c == '(';
    let core_end = before.trim_end_matches(around);
    let bytes = core_end.as_bytes();
    let digits = bytes
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let marker = match digits {
        0 if bytes.last().is_some_and(u8::is_ascii_lowercase) => 1,
        1..=3 => digits,
        _ => return false,
    };
    core_end[..core_end.len() - marker]
        .trim_end_matches(around)
        .is_empty()
}

/// An inline list being read: "1. The first item 2. The second item", "a) … b) …".
/// It starts where a sentence starts with a marker and goes on while the next marker in
/// sequence follows after white space.
struct List {
    /// The number or letter of the item that starts at `next_item`.
    ordinal: Ordinal,
    /// What follows the number or letter: ". ", ") " or ".) ".
    style: &'static str,
    /// Where the next item starts (at its bullet, if it has one).
    next_item: Option<usize>,
    /// Where to look for the item after that.
    search_from: usize,
}

impl List {
    fn starting_at(body: &str, start: usize) -> Option<List> {
        // White space then bullets trimmed: ASCII white space a byte at a time, characters
        // decoded only when a non-ASCII one follows it (bullets are not ASCII, so an ASCII
        // byte after the white space is where the trimming stops).
        let rest = &body[start..];
        let spaces = (rest.as_bytes().iter())
            .position(|&b| !is_ascii_space(b))
            .unwrap_or(rest.len());
        let lead = match rest.as_bytes().get(spaces) {
            Some(b) if !b.is_ascii() => {
                rest[spaces..].trim_start_matches(|c: char| is_space(c) || is_bullet(c))
            }
            _ => &rest[spaces..],
        };
        let first = *lead.as_bytes().first()?;
        if !(first.is_ascii_digit() || first.is_ascii_lowercase() || first == b'A') {
            return None; // most sentences start with a capitalised word
        }
        let marker_len = lead.find(|c: char| !c.is_alphanumeric())?;
        let rest = &lead[marker_len..];
        if marker_len > 4 || !rest.starts_with(['.', ')']) {
            return None; // most sentences start with a word, not a marker
        }
        let style = [".) ", ") ", ". "]
            .into_iter()
            .find(|s| rest.starts_with(s))?;
        let ordinal = Ordinal::parse(&lead[..marker_len])?;
        let mut list = List {
            ordinal,
            style,
            next_item: None,
            search_from: body.len() - rest.len(),
        };
        list.find_next(body);
        list.next_item.is_some().then_some(list)
    }

    /// Moves past the item at `next_item`; `None` when the list has ended.
    fn advance(mut self, body: &str) -> Option<List> {
        self.find_next(body);
        self.next_item.is_some().then_some(self)
    }

    fn find_next(&mut self, body: &str) {
        self.next_item = None;
        let Some(next) = self.ordinal.next() else {
            return;
        };
        let marker = format!("{next}{}", self.style);
        let found = body[self.search_from..]
            .match_indices(marker.as_str())
            .map(|(i, _)| self.search_from + i)
            .find(|&i| body[..i].ends_with(|c: char| is_space(c) || is_bullet(c)));
        if let Some(at) = found {
            // "• 10." starts at its bullet.
            self.next_item = Some(
                body[..at]
                    .trim_end_matches(|c: char| is_bullet(c) || c == ' ')
                    .len(),
            );
            self.search_from = at + marker.len();
            self.ordinal = next;
        }
    }
}

/// The number or letter of a list item.
#[derive(Clone, Copy)]
enum Ordinal {
    Number(u32),
    Letter(u8),
    Roman(usize),
}

/// Lower-case Roman numerals as list markers, from one.
const ROMAN: &[&str] = &[
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
];

impl Ordinal {
    /// "12", "ii", "c" or "A": a list may start at any number, Roman numeral or lower-case
    /// letter, but at an upper-case letter only at A ("i", "v" and "x" read as Roman).
    fn parse(marker: &str) -> Option<Ordinal> {
        if marker.len() <= 3 && marker.bytes().all(|b| b.is_ascii_digit()) {
            return marker.parse().ok().map(Ordinal::Number);
        }
        if let Some(i) = ROMAN.iter().position(|r| *r == marker) {
            return Some(Ordinal::Roman(i));
        }
        match marker.as_bytes() {
            [b @ b'a'..=b'z'] | [b @ b'A'] => Some(Ordinal::Letter(*b)),
            _ => None,
        }
    }

    fn next(self) -> Option<Ordinal> {
        match self {
            Ordinal::Number(n) => Some(Ordinal::Number(n + 1)),
            Ordinal::Letter(b'z' | b'Z') => None,
            Ordinal::Letter(b) => Some(Ordinal::Letter(b + 1)),
            Ordinal::Roman(i) => (i + 1 < ROMAN.len()).then_some(Ordinal::Roman(i + 1)),
        }
    }
}

impl std::fmt::Display for Ordinal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ordinal::Number(n) => write!(f, "{n}"),
            Ordinal::Letter(b) => write!(f, "{}", char::from(*b)),
            Ordinal::Roman(i) => f.write_str(ROMAN[*i]),
        }
    }
}

/// The length in bytes of the run of non-space characters at the end of `s`.
///
/// Asked at every period: the run is read back a byte at a time while it is ASCII, and
/// character by character only when it holds a non-ASCII one (a property test compares
/// the two).
fn last_token_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    match bytes
        .iter()
        .rposition(|&b| !b.is_ascii() || is_ascii_space(b))
    {
        None => s.len(),
        Some(space) if bytes[space].is_ascii() => s.len() - space - 1,
        Some(_) => s.len() - s.trim_end_matches(|c: char| !is_space(c)).len(),
    }
}

/// The run of non-space characters at the start of `s`: `s.split(is_space).next()`, read
/// a byte at a time while it is ASCII (asked after every full stop; a property test
/// compares the two).
fn first_token(s: &str) -> &str {
    let bytes = s.as_bytes();
    match bytes
        .iter()
        .position(|&b| !b.is_ascii() || is_ascii_space(b))
    {
        None => s,
        Some(end) if bytes[end].is_ascii() => &s[..end],
        Some(from) => {
            let rest = &s[from..];
            &s[..from + rest.find(is_space).unwrap_or(rest.len())]
        }
    }
}

/// Whether `token` is one of the [`ROMAN`] numerals: those are made of `i`, `v` and `x`
/// only, so a token holding any other byte (most words before a period) is turned away
/// without comparing it with each.
fn is_roman(token: &str) -> bool {
    token.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')) && ROMAN.contains(&token)
}

/// The run of non-space characters at the end of `s`, without opening brackets or quotes.
fn last_token(s: &str) -> &str {
    s[s.len() - last_token_len(s)..].trim_start_matches(['(', '[', '"', '“', '\'', '‘'])
}

fn is_initial(bare: &str) -> bool {
    let mut chars = bare.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
}

/// "U.S.A", "E.U", "N.Y": single letters joined by periods.
fn is_dotted_acronym(bare: &str) -> bool {
    // (Byte by byte: most words before a full stop are short and hold no period.)
    bare.bytes().any(|b| b == b'.')
        && bare
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests;
