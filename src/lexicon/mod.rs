//! Lexicons: the words and patterns each detector looks for, kept as TOML a teacher can edit.
//!
//! The built-in lexicons in `lexicons/` are parsed and checked with this module's code when
//! slant is built (`build.rs`) and loaded ready-made (`builtin_lexicons`). A folder given with
//! `--lexicons` overrides them file by file: a file with a built-in's name replaces it, a
//! new name adds a lexicon. Every mistake in a user's file is reported as
//! `path:line: message`, all of them at once, never as a panic.

use crate::category::Category;
use crate::inflect::{self, Inflect};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

// This module is a `mod.rs` because build.rs reads it too (through `#[path]`): so its
// submodules resolve to `src/lexicon/` from both the library and the build script.
mod guards;
mod lists;
pub use guards::{GuardField, GuardList, GuardUse};
pub use lists::list_names;

/// A problem in a lexicon file, located for the person who has to fix it: `path:line: message`,
/// or `path: message` when the problem has no line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}:{}{message}", line.map(|l| format!("{l}: ")).unwrap_or_else(|| " ".to_string()))]
pub struct LexiconError {
    /// The file (or `built-in:NAME`).
    pub path: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// What is wrong, written to the reader.
    pub message: String,
}

/// A lexicon file as written. Unknown keys are found by [`unknown_keys`] and missing ones
/// after reading, so that every problem of a file is reported, not the first serde meets.
#[derive(Debug, Deserialize)]
struct LexiconFile {
    #[serde(default)]
    category: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    lists: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    guards: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    entry: Vec<EntryFile>,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    counter_examples: Vec<String>,
}

/// The keys a lexicon file sets at its top.
const FILE_KEYS: [&str; 7] = [
    "category",
    "description",
    "lists",
    "guards",
    "entry",
    "examples",
    "counter_examples",
];

/// The keys an `[[entry]]` sets.
const ENTRY_KEYS: [&str; 14] = [
    "phrases",
    "inflect",
    "forms",
    "weight",
    "explanation",
    "alternative",
    "question",
    "examples",
    "counter_examples",
    "not_before",
    "not_after",
    "not_near",
    "derive",
    "intensifier",
];

/// One `[[entry]]` as written (its unknown keys found by [`unknown_keys`]).
#[derive(Debug, Deserialize)]
struct EntryFile {
    #[serde(default)]
    phrases: Option<Vec<String>>,
    #[serde(default)]
    inflect: Inflect,
    #[serde(default)]
    forms: Vec<String>,
    #[serde(default)]
    weight: Option<u8>,
    #[serde(default)]
    explanation: Option<String>,
    alternative: Option<String>,
    /// The question to ask, where the category's own does not fit this device.
    question: Option<String>,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    counter_examples: Vec<String>,
    #[serde(default)]
    not_before: Vec<String>,
    #[serde(default)]
    not_after: Vec<String>,
    #[serde(default)]
    not_near: Vec<String>,
    /// Whether the nouns derived from the phrases are matched too (careless →
    /// carelessness); `false` where the noun is a technical or literal term (negligence).
    #[serde(default = "matched_by_default")]
    derive: bool,
    /// Whether the phrases are intensifiers too ("utter", "painfully"): besides being
    /// flagged themselves, they strengthen a loaded word right after them.
    #[serde(default)]
    intensifier: bool,
}

fn matched_by_default() -> bool {
    true
}

/// One phrase, or a small group of true synonyms, with the weight, explanation,
/// alternative and context rules that fit every one of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The phrases as the teacher wrote them (lower case).
    pub phrases: Vec<String>,
    /// Every form to match: the phrases, their inflections and the listed forms.
    pub forms: Vec<String>,
    /// For each form, the index in `phrases` of the phrase it is a form of.
    pub form_phrases: Vec<usize>,
    /// Where the derived nouns start in `forms` (they come last, after every inflection
    /// and listed form): a form another entry lists wins over a derived one.
    pub derived_from: usize,
    /// How strong the device is, 1 (mild) to 3 (strong).
    pub weight: u8,
    /// Why these words are flagged, in one short sentence (shared by every finding).
    #[serde(deserialize_with = "shared_str::one")]
    pub explanation: Arc<str>,
    /// A neutral word that would state the same fact, if there is one.
    #[serde(deserialize_with = "shared_str::optional")]
    pub alternative: Option<Arc<str>>,
    /// The question a careful reader should ask of these words, where the category's
    /// question does not fit the device (a certainty booster is not a universal word).
    #[serde(deserialize_with = "shared_str::optional")]
    pub question: Option<Arc<str>>,
    /// For each phrase, `lexicon/phrase` (kebab-case): the id shown as the rule of a
    /// finding of that phrase, so a report never names another word's rule.
    #[serde(deserialize_with = "shared_str::list")]
    pub rules: Vec<Arc<str>>,
    /// For each phrase, the line it is written on.
    pub phrase_lines: Vec<usize>,
    /// Sentences that must be flagged by this entry.
    pub examples: Vec<String>,
    /// Sentences that must not be flagged by this entry.
    pub counter_examples: Vec<String>,
    /// Words that make the match literal when they come right after it ("brutal *winter*"),
    /// with no comma, semicolon, colon, dash or bracket between.
    pub not_before: Vec<String>,
    /// Words that make the match literal when they come right before it, with no such
    /// mark between.
    pub not_after: Vec<String>,
    /// Words that make the match literal anywhere within a few words of it: the military
    /// or biological sense ("*troops* invaded", "the virus *attacks* cells").
    pub not_near: Vec<String>,
    /// Whether the phrases are intensifiers too (a loaded-language entry with
    /// `intensifier = true`): they strengthen a loaded word right after them, as the words
    /// of the `intensifiers` list do, besides being flagged themselves.
    pub intensifier: bool,
    /// Line of the entry in its file.
    pub line: usize,
}

/// Shared strings read from the stored lexicons (postcard lends them from its bytes): one
/// allocation each, where serde's own `Arc<str>` copies a new `String` into the `Arc`.
mod shared_str {
    use serde::de::{Deserialize, Deserializer, SeqAccess, Visitor};
    use std::fmt;
    use std::sync::Arc;

    pub fn one<'de, D: Deserializer<'de>>(d: D) -> Result<Arc<str>, D::Error> {
        <&str>::deserialize(d).map(Arc::from)
    }

    pub fn optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Arc<str>>, D::Error> {
        Option::<&str>::deserialize(d).map(|s| s.map(Arc::from))
    }

    /// Each string put in the list as it is read (no list of borrowed strings first).
    pub fn list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Arc<str>>, D::Error> {
        struct Strings;
        impl<'de> Visitor<'de> for Strings {
            type Value = Vec<Arc<str>>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list of strings")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                // An entry has a few phrases: the length read is not trusted beyond that.
                let mut list = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
                while let Some(s) = seq.next_element::<&str>()? {
                    list.push(Arc::from(s));
                }
                Ok(list)
            }
        }
        d.deserialize_seq(Strings)
    }
}

/// Where a lexicon came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Origin {
    /// Embedded in the binary.
    Builtin,
    /// Read from a user's folder.
    File(PathBuf),
}

/// One lexicon file, validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lexicon {
    /// File stem, e.g. `loaded-pejoratives`.
    pub name: String,
    /// Which detector uses it.
    pub category: Category,
    /// What the lexicon holds, in one line.
    pub description: String,
    /// Named word lists the category's patterns use (e.g. `qualifiers`).
    pub lists: BTreeMap<String, Vec<String>>,
    /// Named guard lists (`[guards]`), which an entry's `not_before`, `not_after` or
    /// `not_near` in any lexicon names with `@name`.
    pub guards: BTreeMap<String, GuardList>,
    /// The entries' guards that name a guard list, as written: the entries' own word lists
    /// hold them resolved ([`LexiconSet::resolve_guards`]).
    pub guard_uses: Vec<GuardUse>,
    /// Phrase entries.
    pub entries: Vec<Entry>,
    /// Sentences the category must flag with this lexicon in effect.
    pub examples: Vec<String>,
    /// Sentences the category must not flag.
    pub counter_examples: Vec<String>,
    /// Built-in or a user's file.
    pub origin: Origin,
}

impl Lexicon {
    /// The file the lexicon was read from, as shown in messages (`lexicons/NAME.toml` for
    /// a built-in one).
    pub fn path(&self) -> String {
        match &self.origin {
            Origin::Builtin => format!("lexicons/{}.toml", self.name),
            Origin::File(p) => p.display().to_string(),
        }
    }

    /// Number of phrases (not counting inflected forms) and list words.
    pub fn size(&self) -> usize {
        self.entries.iter().map(|e| e.phrases.len()).sum::<usize>()
            + self.lists.values().map(Vec::len).sum::<usize>()
    }

    /// Parses and validates one lexicon file; `path` is used in error messages.
    pub fn parse(
        name: &str,
        source: &str,
        path: &str,
        origin: Origin,
    ) -> Result<Lexicon, Vec<LexiconError>> {
        let err = |line: Option<usize>, message: String| LexiconError {
            path: path.to_string(),
            line,
            message,
        };
        let file: LexiconFile = toml::from_str(source).map_err(|e| {
            let line = e.span().map(|s| line_of(source, s.start));
            vec![err(line, e.message().trim().replace('\n', " "))]
        })?;
        // Where every `[[entry]]` starts, found in one pass over the file.
        let entry_starts = entry_headers(source);
        let (mut errors, misspelt) = unknown_keys(source, &entry_starts, &err);
        for (key, set) in [
            ("category", file.category.is_some()),
            ("description", file.description.is_some()),
        ] {
            if !set && !misspelt.contains(&(None, key)) {
                errors.push(err(None, format!("missing key `{key}`")));
            }
        }
        let category = match file.category.as_deref().map(str::parse::<Category>) {
            Some(Ok(c)) => Some(c),
            Some(Err(message)) => {
                errors.push(err(find_line(source, "category", 0), message));
                None
            }
            None => None,
        };
        if let Some(category) = category {
            let allowed = list_names(category);
            for list in file.lists.keys() {
                if !allowed.contains(&list.as_str()) {
                    errors.push(err(
                        find_line(source, list, 0),
                        format!(
                            "unknown list `{list}` for {category} (known lists: {})",
                            if allowed.is_empty() {
                                "none".to_string()
                            } else {
                                allowed.join(", ")
                            }
                        ),
                    ));
                }
            }
        }
        for (list, words) in &file.lists {
            // The list's words are written after its name: a repeated word is reported at
            // its second occurrence there.
            let list_at = find_offset(source, &format!("{list} ="), 0).unwrap_or(0);
            let mut listed = HashSet::new();
            for word in words {
                if word.trim().is_empty() {
                    errors.push(err(
                        find_line(source, list, 0),
                        format!("empty word in list `{list}`"),
                    ));
                } else if !listed.insert(normalize(word)) {
                    let quoted = format!("\"{word}\"");
                    let line = source[list_at..]
                        .match_indices(&quoted)
                        .nth(1)
                        .map(|(i, _)| line_of(source, list_at + i));
                    errors.push(err(
                        line.or(find_line(source, list, 0)),
                        format!("`{}` is listed twice in list `{list}`", normalize(word)),
                    ));
                }
            }
        }
        let guards = guards::parse_guards(file.guards, source, &err, &mut errors);
        let mut guard_uses = Vec::new();
        let mut seen = HashSet::new();
        let mut entries = Vec::new();
        for (k, e) in file.entry.into_iter().enumerate() {
            let (line, offset) = entry_starts.get(k).copied().unwrap_or((1, 0));
            // The entry's text: its phrases are looked for there, not in the whole file.
            let entry_end = entry_starts.get(k + 1).map_or(source.len(), |&(_, o)| o);
            let entry_text = &source[offset..entry_end];
            // A problem of a key is reported at the key's line, else at the entry's.
            let at_key = |key: &str| key_line(entry_text, key).map_or(line, |k| line + k);
            for (key, set) in [
                ("phrases", e.phrases.is_some()),
                ("weight", e.weight.is_some()),
                ("explanation", e.explanation.is_some()),
            ] {
                if !set && !misspelt.contains(&(Some(k), key)) {
                    errors.push(err(
                        Some(line),
                        format!("missing key `{key}` in this entry"),
                    ));
                }
            }
            if let Some(weight) = e.weight
                && !(1..=3).contains(&weight)
            {
                errors.push(err(
                    Some(at_key("weight")),
                    format!("weight {weight} is out of range: use 1, 2 or 3"),
                ));
            }
            if e.explanation.as_ref().is_some_and(|x| x.trim().is_empty()) {
                errors.push(err(
                    Some(at_key("explanation")),
                    "explanation is empty".to_string(),
                ));
            }
            if e.phrases.as_ref().is_some_and(Vec::is_empty) {
                errors.push(err(
                    Some(at_key("phrases")),
                    "entry has no phrases".to_string(),
                ));
            }
            let mut forms = Vec::new();
            let mut form_phrases = Vec::new();
            let mut derived = Vec::new();
            let mut phrases = Vec::new();
            let mut phrase_lines = Vec::new();
            for phrase in e.phrases.iter().flatten() {
                let normal = normalize(phrase);
                let at = entry_text
                    .find(&format!("\"{phrase}\""))
                    .map_or(line, |i| line + entry_text[..i].matches('\n').count());
                if normal.is_empty() {
                    errors.push(err(Some(at), "empty phrase".to_string()));
                    continue;
                }
                if !starts_with_word(&normal) {
                    errors.push(err(
                        Some(at),
                        format!("phrase `{normal}` must start with a letter or digit"),
                    ));
                    continue;
                }
                if !seen.insert(normal.clone()) {
                    // The second writing of the phrase, when it is in the same entry.
                    let at = entry_text
                        .match_indices(&format!("\"{phrase}\""))
                        .nth(1)
                        .map_or(at, |(i, _)| line + entry_text[..i].matches('\n').count());
                    errors.push(err(Some(at), format!("duplicate phrase `{normal}`")));
                    continue;
                }
                for form in inflect::forms(&normal, e.inflect) {
                    forms.push(form);
                    form_phrases.push(phrases.len());
                }
                if e.derive {
                    for noun in inflect::derived(&normal, e.inflect) {
                        derived.push((noun, phrases.len()));
                    }
                }
                phrases.push(normal);
                phrase_lines.push(at);
            }
            for form in e
                .forms
                .iter()
                .map(|f| normalize(f))
                .filter(|f| !f.is_empty())
            {
                if !starts_with_word(&form) {
                    errors.push(err(
                        Some(line),
                        format!("form `{form}` must start with a letter or digit"),
                    ));
                } else if !phrases.is_empty() {
                    form_phrases.push(closest_phrase(&form, &phrases));
                    forms.push(form);
                }
            }
            let mut unique = HashSet::new();
            let mut kept = 0;
            for k in 0..forms.len() {
                if unique.insert(forms[k].clone()) {
                    forms.swap(kept, k);
                    form_phrases.swap(kept, k);
                    kept += 1;
                }
            }
            forms.truncate(kept);
            form_phrases.truncate(kept);
            let derived_from = forms.len();
            for (noun, phrase) in derived {
                if unique.insert(noun.clone()) {
                    forms.push(noun);
                    form_phrases.push(phrase);
                }
            }
            if e.intensifier && category != Some(Category::LoadedLanguage) {
                errors.push(err(
                    key_line(entry_text, "intensifier").map(|k| line + k),
                    "only a loaded-language entry can be an intensifier".to_string(),
                ));
            }
            if e.intensifier
                && let Some(phrase) = phrases.iter().find(|p| p.contains(' '))
            {
                errors.push(err(
                    Some(line),
                    format!("an intensifier is one word: `{phrase}` is several"),
                ));
            }
            let entry_index = entries.len();
            let mut guard = |written: &[String], field| {
                guards::parse_guard(
                    written,
                    field,
                    entry_index,
                    entry_text,
                    line,
                    &guards,
                    &err,
                    &mut errors,
                    &mut guard_uses,
                )
            };
            let rules = phrases
                .iter()
                .map(|p| Arc::from(format!("{name}/{}", rule_id(p))))
                .collect();
            entries.push(Entry {
                phrases,
                forms,
                form_phrases,
                derived_from,
                weight: e.weight.unwrap_or(1),
                explanation: Arc::from(e.explanation.as_deref().unwrap_or("").trim()),
                alternative: e
                    .alternative
                    .filter(|a| !a.trim().is_empty())
                    .map(|a| Arc::from(a.as_str())),
                question: e
                    .question
                    .filter(|q| !q.trim().is_empty())
                    .map(|q| Arc::from(q.trim())),
                rules,
                phrase_lines,
                examples: e.examples,
                counter_examples: e.counter_examples,
                not_before: guard(&e.not_before, GuardField::Before),
                not_after: guard(&e.not_after, GuardField::After),
                not_near: guard(&e.not_near, GuardField::Near),
                intensifier: e.intensifier,
                line,
            });
        }
        match (category, errors.is_empty()) {
            (Some(category), true) => Ok(Lexicon {
                name: name.to_string(),
                category,
                description: file.description.unwrap_or_default(),
                lists: file
                    .lists
                    .into_iter()
                    .map(|(k, v)| (k, v.iter().map(|w| normalize(w)).collect()))
                    .collect(),
                guards,
                guard_uses,
                entries,
                examples: file.examples,
                counter_examples: file.counter_examples,
                origin,
            }),
            _ => {
                // In the order of the file (a problem of the whole file first).
                errors.sort_by_key(|e| e.line);
                Err(errors)
            }
        }
    }
}

/// The rule id of a phrase: its words in kebab case ("witch hunt" → `witch-hunt`,
/// "won't budge" → `wont-budge`), so an id is one token in any report or configuration.
pub fn rule_id(phrase: &str) -> String {
    let mut id = String::with_capacity(phrase.len());
    for c in phrase.chars() {
        if c.is_alphanumeric() {
            id.extend(c.to_lowercase());
        } else if c != '\'' && c != '’' && !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    while id.ends_with('-') {
        id.pop();
    }
    id
}

/// The phrase a listed irregular form belongs to: the one it shares the most letters with
/// at its start and end ("laid into" → "lay into", "spun out of control" → "spin out of
/// control"); of equal ones the first.
fn closest_phrase(form: &str, phrases: &[String]) -> usize {
    let shared = |phrase: &str| {
        let (f, p) = (form.as_bytes(), phrase.as_bytes());
        let prefix = f.iter().zip(p).take_while(|(a, b)| a == b).count();
        let suffix = f
            .iter()
            .rev()
            .zip(p.iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        (prefix + suffix).min(f.len().min(p.len()))
    };
    let mut best = 0;
    for (k, phrase) in phrases.iter().enumerate() {
        if shared(phrase) > shared(&phrases[best]) {
            best = k;
        }
    }
    best
}

/// Whether a phrase starts with a letter or digit, where a word can start: phrases are
/// looked up by their first word.
fn starts_with_word(phrase: &str) -> bool {
    phrase.chars().next().is_some_and(char::is_alphanumeric)
}

/// Lower case, single spaces, straight apostrophes: the form phrases are matched in.
pub fn normalize(phrase: &str) -> String {
    normalized(phrase).into_owned()
}

/// [`normalize`], borrowing `phrase` when it is written normalized already (most are).
pub fn normalized(phrase: &str) -> Cow<'_, str> {
    // Most phrases are written normalized already: lower-case ASCII, single spaces.
    let bytes = phrase.as_bytes();
    let normal = bytes.iter().all(|&b| {
        b.is_ascii() && !b.is_ascii_uppercase() && (b == b' ' || !b.is_ascii_whitespace())
    }) && !phrase.starts_with(' ')
        && !phrase.ends_with(' ')
        && !bytes.windows(2).any(|w| w == b"  ");
    if normal {
        return Cow::Borrowed(phrase);
    }
    Cow::Owned(
        phrase
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace('’', "'")
            .to_lowercase(),
    )
}

fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

/// The 1-based line and byte offset of every `[[entry]]` header (TOML allows blanks
/// around and inside the brackets): only at the start of a line, so that a comment
/// mentioning `[[entry]]` above the first entry does not shift every entry's line, as it
/// did in three built-in lexicons a teacher copies out.
fn entry_headers(source: &str) -> Vec<(usize, usize)> {
    let mut starts = Vec::new();
    let mut offset = 0;
    for (k, line) in source.split_inclusive('\n').enumerate() {
        let header = line
            .trim_start()
            .strip_prefix("[[")
            .map(str::trim_start)
            .and_then(|rest| rest.strip_prefix("entry"))
            .map(str::trim_start)
            .is_some_and(|rest| rest.starts_with("]]"));
        if header {
            starts.push((k + 1, offset + (line.len() - line.trim_start().len())));
        }
        offset += line.len();
    }
    starts
}

/// The keys of a lexicon file that are none of its keys (`explenation`), each at its line:
/// serde stopped at the first, so a file with a misspelt key and a weight of 5 reported the
/// key alone. With them, the required keys each misspells, by entry (`None`: the file's
/// top), which are then not reported missing as well.
#[allow(clippy::type_complexity)]
fn unknown_keys(
    source: &str,
    entry_starts: &[(usize, usize)],
    err: &dyn Fn(Option<usize>, String) -> LexiconError,
) -> (Vec<LexiconError>, Vec<(Option<usize>, &'static str)>) {
    let mut errors = Vec::new();
    let mut misspelt = Vec::new();
    let Ok(table) = source.parse::<toml::Table>() else {
        return (errors, misspelt);
    };
    let mut check = |keys: Vec<&String>,
                     known: &[&'static str],
                     entry: Option<usize>,
                     text: &str,
                     first_line: usize| {
        for key in keys.into_iter().filter(|k| !known.contains(&k.as_str())) {
            let line = key_line(text, key)
                .or_else(|| {
                    text.lines()
                        .position(|l| l.trim_start().starts_with(&format!("[{key}")))
                })
                .map(|k| first_line + k);
            let near = known.iter().find(|k| near_miss(key, k));
            let message = match near {
                Some(meant) => {
                    misspelt.push((entry, *meant));
                    format!("unknown key `{key}`: did you mean `{meant}`?")
                }
                None => format!(
                    "unknown key `{key}`; {} keys are {}",
                    if entry.is_some() {
                        "an entry's"
                    } else {
                        "a lexicon file's"
                    },
                    known.join(", ")
                ),
            };
            errors.push(err(line, message));
        }
    };
    check(table.keys().collect(), &FILE_KEYS, None, source, 1);
    let entries = table.get("entry").and_then(toml::Value::as_array);
    for (k, entry) in entries.into_iter().flatten().enumerate() {
        let (Some(entry), Some(&(line, offset))) = (entry.as_table(), entry_starts.get(k)) else {
            continue;
        };
        let end = entry_starts.get(k + 1).map_or(source.len(), |&(_, o)| o);
        check(
            entry.keys().collect(),
            &ENTRY_KEYS,
            Some(k),
            &source[offset..end],
            line,
        );
    }
    (errors, misspelt)
}

/// Whether `typed` is a slip for the key `key`: at most two edits apart (a letter
/// changed, added, dropped, or two swapped count one each) in a key of five letters or
/// more, one in a shorter key.
fn near_miss(typed: &str, key: &str) -> bool {
    let limit = if key.chars().count() >= 5 { 2 } else { 1 };
    strsim::osa_distance(typed, key) <= limit
}

/// Byte offset of the `nth` occurrence of `needle` in `source`.
fn find_offset(source: &str, needle: &str, nth: usize) -> Option<usize> {
    source.match_indices(needle).nth(nth).map(|(i, _)| i)
}

/// How many lines into `text` the line that sets `key` stands (`key = …` at the line's
/// start, not the word in a comment or an explanation).
fn key_line(text: &str, key: &str) -> Option<usize> {
    text.lines().position(|l| {
        l.trim_start()
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    })
}

/// Line of the `nth` occurrence of `needle` in `source`.
fn find_line(source: &str, needle: &str, nth: usize) -> Option<usize> {
    source
        .match_indices(needle)
        .nth(nth)
        .map(|(i, _)| line_of(source, i))
}

/// The lexicons in effect for an analysis.
#[derive(Debug, Clone, Default)]
pub struct LexiconSet {
    /// All lexicons, sorted by name (shared: the detectors keep the ones they use).
    pub lexicons: Vec<Arc<Lexicon>>,
}

impl LexiconSet {
    /// Reads every `*.toml` in `dir` on top of `self`: same name replaces, new name adds.
    /// Returns every problem found in every file.
    pub fn with_folder(mut self, dir: &Path) -> Result<LexiconSet, Vec<LexiconError>> {
        let dir_err = |message: String| {
            vec![LexiconError {
                path: dir.display().to_string(),
                line: None,
                message,
            }]
        };
        let read = std::fs::read_dir(dir)
            .map_err(|e| dir_err(format!("cannot read lexicon folder: {}", io_reason(&e))))?;
        let mut paths: Vec<PathBuf> = read
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        paths.sort();
        if paths.is_empty() {
            return Err(dir_err(
                "no lexicon files (*.toml) in this folder".to_string(),
            ));
        }
        // The guard lists the built-in files this folder replaces declare: an entry that
        // still names one is told which file it came from.
        let names: Vec<String> = paths
            .iter()
            .filter_map(|p| p.file_stem().and_then(|s| s.to_str()).map(String::from))
            .collect();
        let replaced = self.guards_declared_by(&names);
        let mut errors = Vec::new();
        for path in paths {
            let shown = path.display().to_string();
            let name = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("")
                .to_string();
            let source = match std::fs::read(&path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(s) => s,
                    Err(e) => {
                        errors.push(LexiconError {
                            path: shown,
                            line: None,
                            message: format!(
                                "not valid UTF-8 at byte {}",
                                e.utf8_error().valid_up_to()
                            ),
                        });
                        continue;
                    }
                },
                Err(e) => {
                    errors.push(LexiconError {
                        path: shown,
                        line: None,
                        message: io_reason(&e),
                    });
                    continue;
                }
            };
            match Lexicon::parse(&name, &source, &shown, Origin::File(path.clone())) {
                Ok(lexicon) => self.insert(lexicon),
                Err(mut e) => errors.append(&mut e),
            }
        }
        if errors.is_empty() {
            errors = self.defined_twice();
            errors.append(&mut self.resolve_guards(&replaced));
        }
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(errors)
        }
    }

    /// Every phrase defined twice among the lexicons of one category (which entry would
    /// explain it?) and every word listed twice under one list name, each reported where it
    /// is written the second time.
    pub fn defined_twice(&self) -> Vec<LexiconError> {
        let mut errors = Vec::new();
        for category in Category::ALL {
            let mut phrases: HashMap<&str, (&Lexicon, usize)> = HashMap::new();
            let mut listed: HashMap<(&str, &str), &Lexicon> = HashMap::new();
            for lexicon in self.of(category) {
                for entry in &lexicon.entries {
                    for (phrase, &line) in entry.phrases.iter().zip(&entry.phrase_lines) {
                        if let Some(first) = phrases.insert(phrase, (&**lexicon, line)) {
                            // Reported in the user's file, which is the one to fix.
                            let (here, there) = match lexicon.origin {
                                Origin::Builtin => (first, (&**lexicon, line)),
                                Origin::File(_) => ((&**lexicon, line), first),
                            };
                            errors.push(LexiconError {
                                path: here.0.path(),
                                line: Some(here.1),
                                message: format!(
                                    "phrase `{phrase}` is defined twice (also at {}:{})",
                                    there.0.path(),
                                    there.1
                                ),
                            });
                        }
                    }
                }
                for (list, words) in &lexicon.lists {
                    for word in words {
                        if let Some(first) = listed.insert((list, word), lexicon)
                            && first.name != lexicon.name
                        {
                            errors.push(LexiconError {
                                path: lexicon.path(),
                                line: None,
                                message: format!(
                                    "`{word}` in list `{list}` is listed in {} too",
                                    first.path()
                                ),
                            });
                        }
                    }
                }
            }
        }
        errors
    }

    /// Adds `lexicon`, replacing one of the same name.
    pub fn insert(&mut self, lexicon: Lexicon) {
        self.lexicons.retain(|l| l.name != lexicon.name);
        self.lexicons.push(Arc::new(lexicon));
        self.lexicons.sort_by(|a, b| a.name.cmp(&b.name));
    }

    /// The lexicons one detector uses.
    pub fn of(&self, category: Category) -> impl Iterator<Item = &Arc<Lexicon>> {
        self.lexicons.iter().filter(move |l| l.category == category)
    }

    /// All words of the named list across the category's lexicons.
    pub fn list(&self, category: Category, name: &str) -> Vec<String> {
        self.of(category)
            .filter_map(|l| l.lists.get(name))
            .flatten()
            .cloned()
            .collect()
    }
}

/// An I/O error as a short reason, without Rust's "(os error 2)" noise.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        std::io::ErrorKind::IsADirectory => "is a folder, not a file".to_string(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}

#[cfg(test)]
mod tests;
