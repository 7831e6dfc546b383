//! Named guard lists: a word list declared once under `[guards]` in any lexicon file and
//! named with `@name` in an entry's `not_before`, `not_after` or `not_near`, so a guard
//! several entries share ("a feeling described, not a charge": *I am appalled*, *they
//! felt appalled*) is written, and edited, in one place.
//!
//! Names are resolved when the lexicons are loaded, into the entries' own word lists: the
//! phrase matcher never sees a name. A name no lexicon in effect declares, or one declared
//! in two files, is a `path:line: message` problem like any other.

use super::{Lexicon, LexiconError, LexiconSet, Origin, find_offset, line_of, normalize};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

/// What an entry names a guard list with: `@feeling-described`.
pub const GUARD_MARK: char = '@';

/// A named guard list as declared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuardList {
    /// Its words, normalized.
    pub words: Vec<String>,
    /// The line it is declared on.
    pub line: usize,
}

/// Which of an entry's guards a use of a list is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum GuardField {
    /// `not_before`.
    Before,
    /// `not_after`.
    After,
    /// `not_near`.
    Near,
}

/// One entry's guard that names at least one list, as written: the entry's field is this
/// with every `@name` replaced by the list's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuardUse {
    /// The entry's index in its lexicon.
    pub entry: usize,
    /// The guard.
    pub field: GuardField,
    /// Its words and `@name`s in the order written, normalized.
    pub written: Vec<String>,
    /// For each `@name` in `written`, in order, the line it is written on.
    pub lines: Vec<usize>,
}

/// Whether `name` can name a guard list: lower-case letters, digits and inner hyphens.
fn is_guard_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('-')
        && !name.ends_with('-')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The `[guards]` of a file, checked: each word once, no list naming another.
pub(super) fn parse_guards(
    guards: BTreeMap<String, Vec<String>>,
    source: &str,
    err: &dyn Fn(Option<usize>, String) -> LexiconError,
    errors: &mut Vec<LexiconError>,
) -> BTreeMap<String, GuardList> {
    // Names are looked for after the section's header, not in a comment above it.
    let section = source
        .match_indices("[guards]")
        .map(|(i, _)| i)
        .find(|&i| i == 0 || source[..i].ends_with('\n'))
        .unwrap_or(0);
    let mut parsed = BTreeMap::new();
    for (name, words) in guards {
        let at = find_offset(&source[section..], &name, 0).map_or(section, |i| section + i);
        let line = line_of(source, at);
        if !is_guard_name(&name) {
            errors.push(err(
                Some(line),
                format!("guard list name `{name}` must be lower-case letters, digits and hyphens"),
            ));
            continue;
        }
        let mut seen = HashSet::new();
        let mut list = Vec::with_capacity(words.len());
        for word in &words {
            let normal = normalize(word);
            let quoted = format!("\"{word}\"");
            let word_line = |nth: usize| {
                source[at..]
                    .match_indices(&quoted)
                    .nth(nth)
                    .map_or(line, |(i, _)| line_of(source, at + i))
            };
            if normal.is_empty() {
                errors.push(err(
                    Some(line),
                    format!("empty word in guard list `{name}`"),
                ));
            } else if normal.starts_with(GUARD_MARK) {
                errors.push(err(
                    Some(word_line(0)),
                    format!(
                        "guard list `{name}` names `{normal}`: a guard list holds words, not other lists"
                    ),
                ));
            } else if !seen.insert(normal.clone()) {
                errors.push(err(
                    Some(word_line(1)),
                    format!("`{normal}` is listed twice in guard list `{name}`"),
                ));
            } else {
                list.push(normal);
            }
        }
        parsed.insert(name, GuardList { words: list, line });
    }
    parsed
}

/// One guard of an entry as written: its words, with each `@name` replaced by the words
/// of that list where this file declares it (the set resolves the others), and, where it
/// names a list, its use. `entry_text` is the entry's text and `line` its first line.
#[allow(clippy::too_many_arguments)]
pub(super) fn parse_guard(
    written: &[String],
    field: GuardField,
    entry: usize,
    entry_text: &str,
    line: usize,
    own: &BTreeMap<String, GuardList>,
    err: &dyn Fn(Option<usize>, String) -> LexiconError,
    errors: &mut Vec<LexiconError>,
    uses: &mut Vec<GuardUse>,
) -> Vec<String> {
    let words: Vec<String> = written.iter().map(|w| normalize(w)).collect();
    if !words.iter().any(|w| w.starts_with(GUARD_MARK)) {
        return words;
    }
    let mut lines = Vec::new();
    for (raw, word) in written.iter().zip(&words) {
        if !word.starts_with(GUARD_MARK) {
            continue;
        }
        let at = entry_text
            .find(&format!("\"{raw}\""))
            .map_or(line, |i| line + entry_text[..i].matches('\n').count());
        if !is_guard_name(&word[1..]) {
            errors.push(err(
                Some(at),
                format!(
                    "`{word}` does not name a guard list: write `@` and the list's name (lower-case letters, digits and hyphens)"
                ),
            ));
        }
        lines.push(at);
    }
    let using = GuardUse {
        entry,
        field,
        written: words,
        lines,
    };
    let resolved = expand(&using, |name| own.get(name).map(|l| l.words.as_slice()));
    uses.push(using);
    resolved
}

/// A guard's words with each `@name` replaced by the words `list` gives for it (a name
/// it does not know is left out).
fn expand<'a>(using: &GuardUse, list: impl Fn(&str) -> Option<&'a [String]>) -> Vec<String> {
    let mut words = Vec::new();
    for word in &using.written {
        match word.strip_prefix(GUARD_MARK) {
            Some(name) => words.extend(list(name).into_iter().flatten().cloned()),
            None => words.push(word.clone()),
        }
    }
    words
}

impl LexiconSet {
    /// Resolves every `@name` in every entry's guards against the guard lists of all the
    /// lexicons in effect, into the entries' word lists. Returns a problem for each name no
    /// lexicon declares and each list declared in two files; `replaced` names, for a list
    /// a replaced built-in file declared, that file (the hint a teacher needs when a
    /// built-in entry loses the list).
    pub fn resolve_guards(&mut self, replaced: &HashMap<String, String>) -> Vec<LexiconError> {
        let mut errors = Vec::new();
        let mut declared: HashMap<&str, (&Lexicon, &GuardList)> = HashMap::new();
        for lexicon in &self.lexicons {
            for (name, list) in &lexicon.guards {
                if let Some((first, first_list)) = declared.insert(name, (lexicon, list)) {
                    // Reported in the user's file, which is the one to fix.
                    let (here, there) = match lexicon.origin {
                        Origin::Builtin => ((first, first_list), (&**lexicon, list)),
                        Origin::File(_) => ((&**lexicon, list), (first, first_list)),
                    };
                    errors.push(LexiconError {
                        path: here.0.path(),
                        line: Some(here.1.line),
                        message: format!(
                            "guard list `{name}` is declared twice (also at {}:{})",
                            there.0.path(),
                            there.1.line
                        ),
                    });
                }
            }
        }
        let lists: HashMap<String, Vec<String>> = declared
            .iter()
            .map(|(name, (_, list))| (name.to_string(), list.words.clone()))
            .collect();
        let mut known: Vec<&str> = declared.keys().copied().collect();
        known.sort_unstable();
        let known = known
            .iter()
            .map(|n| format!("{GUARD_MARK}{n}"))
            .collect::<Vec<_>>()
            .join(", ");
        for lexicon in &mut self.lexicons {
            if lexicon.guard_uses.is_empty() {
                continue;
            }
            for using in &lexicon.guard_uses {
                let names = using
                    .written
                    .iter()
                    .filter_map(|w| w.strip_prefix(GUARD_MARK));
                for (name, &line) in names.zip(&using.lines) {
                    if lists.contains_key(name) || !is_guard_name(name) {
                        continue;
                    }
                    let hint = match replaced.get(name) {
                        Some(file) => format!(
                            "; {file} declared it, and the file of that name in your folder does not"
                        ),
                        None if known.is_empty() => {
                            "; declare it under [guards] in a lexicon file".to_string()
                        }
                        None => format!("; known guard lists: {known}"),
                    };
                    errors.push(LexiconError {
                        path: lexicon.path(),
                        line: Some(line),
                        message: format!("unknown guard list `{GUARD_MARK}{name}`{hint}"),
                    });
                }
            }
            let resolved: Vec<(usize, GuardField, Vec<String>)> = lexicon
                .guard_uses
                .iter()
                .map(|u| {
                    let words = expand(u, |name| lists.get(name).map(Vec::as_slice));
                    (u.entry, u.field, words)
                })
                .collect();
            let unchanged = resolved
                .iter()
                .all(|(entry, field, words)| field_of(&lexicon.entries[*entry], *field) == words);
            if unchanged {
                continue;
            }
            let lexicon = Arc::make_mut(lexicon);
            for (entry, field, words) in resolved {
                let entry = &mut lexicon.entries[entry];
                *match field {
                    GuardField::Before => &mut entry.not_before,
                    GuardField::After => &mut entry.not_after,
                    GuardField::Near => &mut entry.not_near,
                } = words;
            }
        }
        errors
    }

    /// For each guard list the lexicons named `names` declare, the file that declares it:
    /// taken before a folder replaces them.
    pub(super) fn guards_declared_by(&self, names: &[String]) -> HashMap<String, String> {
        self.lexicons
            .iter()
            .filter(|l| names.contains(&l.name))
            .flat_map(|l| l.guards.keys().map(|g| (g.clone(), l.path())))
            .collect()
    }
}

fn field_of(entry: &super::Entry, field: GuardField) -> &Vec<String> {
    match field {
        GuardField::Before => &entry.not_before,
        GuardField::After => &entry.not_after,
        GuardField::Near => &entry.not_near,
    }
}
