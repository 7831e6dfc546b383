//! Inflected forms of lexicon phrases, so a teacher writes "slam" and slant finds "slammed".
//!
//! The rules are deliberately generous: producing a form that is not an English word
//! costs nothing (it never matches), while missing a real form loses a finding.
//! Irregular forms are listed by hand in the lexicon's `forms`.
//!
//! Derived nouns go one step further, from a listed word to the noun a writer uses for the
//! same verdict: careless → carelessness, insolent → insolence, demonize → demonization.

use serde::{Deserialize, Serialize};

/// How to inflect the phrases of a lexicon entry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Inflect {
    /// Only the phrase as written (and the listed forms).
    #[default]
    None,
    /// Plural of the last word: thug → thugs, crony → cronies.
    Noun,
    /// Verb forms of the first word: slam → slams, slammed, slamming.
    Verb,
    /// Adverb of the last word: shameful → shamefully.
    Adjective,
}

/// All forms of `phrase` under `rule`, the phrase itself first.
pub fn forms(phrase: &str, rule: Inflect) -> Vec<String> {
    let mut out = vec![phrase.to_string()];
    match rule {
        Inflect::None => {}
        Inflect::Noun => {
            // "prophet of doom" → "prophets of doom": the noun before "of" is the head; in
            // any other phrase the last word is ("witch hunt" → "witch hunts"). A head that
            // is plural already ("weapons of war") has no other form; "out of" is no head.
            let (head, last) = split_last(phrase);
            match phrase.split_once(" of ") {
                Some((before, after)) if before != "out" && !before.ends_with(" out") => {
                    let (start, noun) = split_last(before);
                    if !noun.ends_with('s') || noun.ends_with("ss") {
                        out.push(format!("{start}{} of {after}", plural(noun)));
                    }
                }
                _ => out.push(format!("{head}{}", plural(last))),
            }
        }
        Inflect::Verb => {
            let (first, tail) = split_first(phrase);
            for form in verb_forms(first) {
                out.push(format!("{form}{tail}"));
            }
        }
        Inflect::Adjective => {
            let (head, last) = split_last(phrase);
            out.push(format!("{head}{}", adverb(last)));
        }
    }
    // A handful of forms: the first of equal ones stays, found without hashing.
    let mut unique: Vec<String> = Vec::with_capacity(out.len());
    for form in out {
        if !unique.contains(&form) {
            unique.push(form);
        }
    }
    unique
}

/// The nouns derived from `phrase` under `rule`, which say the same verdict as the listed
/// word: the quality of an adjective (sloppy → sloppiness, insolent → insolence,
/// arrogant → arrogance), the people an adjective names (purists), and the act of a verb (humiliate → humiliation, demonize →
/// demonization, vilify → vilification, each with its plural). Nouns and fixed phrases
/// have none.
pub fn derived(phrase: &str, rule: Inflect) -> Vec<String> {
    let mut out = Vec::new();
    match rule {
        Inflect::None | Inflect::Noun => {}
        Inflect::Adjective => {
            let (head, last) = split_last(phrase);
            for noun in quality_nouns(last) {
                out.push(format!("{head}{noun}"));
            }
        }
        Inflect::Verb => {
            let (first, tail) = split_first(phrase);
            if let Some(noun) = act_noun(first) {
                out.push(format!("{noun}{tail}"));
                out.push(format!("{}{tail}", plural(&noun)));
            }
        }
    }
    out
}

/// careless → carelessness, sloppy → sloppiness, insolent → insolence, arrogant → arrogance;
/// and the people it names, for adjectives that are nouns too: purist → purists,
/// authoritarian → authoritarians.
fn quality_nouns(adjective: &str) -> Vec<String> {
    let mut out = Vec::new();
    if adjective.ends_with("ist") || adjective.ends_with("ian") {
        out.push(format!("{adjective}s"));
    }
    match adjective.strip_suffix('y') {
        Some(stem) if stem.len() > 2 && !stem.ends_with(is_vowel) => {
            out.push(format!("{stem}iness"));
        }
        _ => out.push(format!("{adjective}ness")),
    }
    if let Some(stem) = adjective.strip_suffix("ent") {
        out.push(format!("{stem}ence"));
    } else if let Some(stem) = adjective.strip_suffix("ant") {
        out.push(format!("{stem}ance"));
    }
    out
}

/// humiliate → humiliation, demonize → demonization, demonise → demonisation,
/// vilify → vilification; other verbs have no regular noun of the act.
fn act_noun(verb: &str) -> Option<String> {
    if let Some(stem) = verb.strip_suffix("ate") {
        return Some(format!("{stem}ation"));
    }
    for (ending, noun) in [("ize", "ization"), ("ise", "isation"), ("ify", "ification")] {
        if let Some(stem) = verb.strip_suffix(ending)
            && stem.len() > 2
        {
            return Some(format!("{stem}{noun}"));
        }
    }
    None
}

fn split_last(phrase: &str) -> (&str, &str) {
    match phrase.rfind(' ') {
        Some(i) => (&phrase[..=i], &phrase[i + 1..]),
        None => ("", phrase),
    }
}

fn split_first(phrase: &str) -> (&str, &str) {
    match phrase.find(' ') {
        Some(i) => (&phrase[..i], &phrase[i..]),
        None => (phrase, ""),
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// thug → thugs, crony → cronies, mess → messes.
pub fn plural(word: &str) -> String {
    if let Some(stem) = word.strip_suffix('y')
        && !stem.ends_with(is_vowel)
        && !stem.is_empty()
    {
        return format!("{stem}ies");
    }
    if word.ends_with(['s', 'x', 'z']) || word.ends_with("ch") || word.ends_with("sh") {
        return format!("{word}es");
    }
    format!("{word}s")
}

/// Whether the word ends consonant–vowel–consonant, so its final consonant may double.
fn may_double(word: &str) -> bool {
    let c: Vec<char> = word.chars().collect();
    let n = c.len();
    n >= 3
        && !is_vowel(c[n - 1])
        && !matches!(c[n - 1], 'w' | 'x' | 'y')
        && is_vowel(c[n - 2])
        && !is_vowel(c[n - 3])
}

/// slam → slams, slammed, slamming (and slamed, slaming, which never match).
pub fn verb_forms(verb: &str) -> Vec<String> {
    let mut out = vec![plural(verb)];
    if let Some(stem) = verb.strip_suffix("ie") {
        out.push(format!("{verb}d"));
        out.push(format!("{stem}ying"));
    } else if let Some(stem) = verb.strip_suffix('e') {
        out.push(format!("{verb}d"));
        out.push(format!("{stem}ing"));
        if verb.ends_with("ee") {
            out.push(format!("{verb}ing"));
        }
    } else if let Some(stem) = verb.strip_suffix('y')
        && !stem.ends_with(is_vowel)
    {
        out.push(format!("{stem}ied"));
        out.push(format!("{verb}ing"));
    } else {
        out.push(format!("{verb}ed"));
        out.push(format!("{verb}ing"));
        if may_double(verb) {
            let last = verb.chars().last().unwrap_or_default();
            out.push(format!("{verb}{last}ed"));
            out.push(format!("{verb}{last}ing"));
        }
        if verb.ends_with('c') {
            out.push(format!("{verb}ked"));
            out.push(format!("{verb}king"));
        }
    }
    out
}

/// shameful → shamefully, angry → angrily, horrible → horribly, tragic → tragically.
pub fn adverb(adjective: &str) -> String {
    if let Some(stem) = adjective.strip_suffix("le") {
        return format!("{stem}ly");
    }
    if let Some(stem) = adjective.strip_suffix('y') {
        return format!("{stem}ily");
    }
    if adjective.ends_with("ic") {
        return format!("{adjective}ally");
    }
    if adjective.ends_with("ll") {
        return format!("{adjective}y");
    }
    format!("{adjective}ly")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn has(phrase: &str, rule: Inflect, expected: &[&str]) {
        let got = forms(phrase, rule);
        for e in expected {
            assert!(
                got.iter().any(|f| f == e),
                "{phrase}: {e} missing in {got:?}"
            );
        }
    }

    #[test]
    fn inflects_nouns() {
        has("thug", Inflect::Noun, &["thug", "thugs"]);
        has("crony", Inflect::Noun, &["cronies"]);
        has("witch hunt", Inflect::Noun, &["witch hunts"]);
        has("prophet of doom", Inflect::Noun, &["prophets of doom"]);
        has("merchant of death", Inflect::Noun, &["merchants of death"]);
        assert_eq!(forms("weapons of war", Inflect::Noun), ["weapons of war"]);
        assert_eq!(
            forms("class of crooks", Inflect::Noun),
            ["class of crooks", "classes of crooks"]
        );
        has("mess", Inflect::Noun, &["messes"]);
        has("day", Inflect::Noun, &["days"]);
    }

    #[test]
    fn inflects_verbs() {
        has("slam", Inflect::Verb, &["slams", "slammed", "slamming"]);
        has(
            "cave in",
            Inflect::Verb,
            &["caved in", "caving in", "caves in"],
        );
        has("bully", Inflect::Verb, &["bullied", "bullies", "bullying"]);
        has("admit", Inflect::Verb, &["admitted", "admits"]);
        has("rant", Inflect::Verb, &["ranted", "ranting"]);
        has("lie", Inflect::Verb, &["lied", "lying"]);
        has("panic", Inflect::Verb, &["panicked"]);
    }

    #[test]
    fn inflects_adjectives_to_adverbs() {
        has("shameful", Inflect::Adjective, &["shamefully"]);
        has("horrible", Inflect::Adjective, &["horribly"]);
        has("angry", Inflect::Adjective, &["angrily"]);
        has("tragic", Inflect::Adjective, &["tragically"]);
    }

    #[test]
    fn derives_nouns_of_quality_and_of_act() {
        let table: &[(&str, Inflect, &[&str])] = &[
            ("careless", Inflect::Adjective, &["carelessness"]),
            ("sloppy", Inflect::Adjective, &["sloppiness"]),
            (
                "insolent",
                Inflect::Adjective,
                &["insolentness", "insolence"],
            ),
            (
                "arrogant",
                Inflect::Adjective,
                &["arrogantness", "arrogance"],
            ),
            ("purist", Inflect::Adjective, &["purists", "puristness"]),
            (
                "authoritarian",
                Inflect::Adjective,
                &["authoritarians", "authoritarianness"],
            ),
            (
                "deeply cynical",
                Inflect::Adjective,
                &["deeply cynicalness"],
            ),
            ("humiliate", Inflect::Verb, &["humiliation", "humiliations"]),
            (
                "demonize",
                Inflect::Verb,
                &["demonization", "demonizations"],
            ),
            (
                "demonise",
                Inflect::Verb,
                &["demonisation", "demonisations"],
            ),
            ("vilify", Inflect::Verb, &["vilification", "vilifications"]),
            ("prey on", Inflect::Verb, &[]),
            ("slam", Inflect::Verb, &[]),
            ("thug", Inflect::Noun, &[]),
            ("of course", Inflect::None, &[]),
        ];
        for (phrase, rule, expected) in table {
            assert_eq!(derived(phrase, *rule), *expected, "{phrase}");
        }
    }

    #[test]
    fn none_keeps_only_the_phrase() {
        assert_eq!(forms("of course", Inflect::None), ["of course"]);
    }
}
