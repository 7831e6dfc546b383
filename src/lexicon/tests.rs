//! Tests of lexicon parsing and checking: small TOML lexicons written for them.

use super::*;

fn parse(source: &str) -> Result<Lexicon, Vec<LexiconError>> {
    Lexicon::parse("test", source, "test.toml", Origin::Builtin)
}

const GOOD: &str = r#"
category = "loaded-language"
description = "test words"

[[entry]]
phrases = ["thug"]
inflect = "noun"
weight = 3
explanation = "A smear."
alternative = "attacker"
"#;

#[test]
fn parses_a_good_file_with_inflections() {
    let lex = parse(GOOD).unwrap();
    assert_eq!(lex.category, Category::LoadedLanguage);
    assert_eq!(lex.entries[0].forms, ["thug", "thugs"]);
    assert_eq!(lex.entries[0].line, 5);
}

/// Three built-in lexicons mention `[[entry]]` in their opening comment: every entry's
/// line was the one of the entry before (the first's, the comment's), so a teacher who
/// copied them out was sent to the wrong entry by `lexicons check`.
#[test]
fn an_entry_s_line_is_its_header_s_not_a_comment_s_mentioning_it() {
    let source = format!(
        "# Each [[entry]] below is one phrase.\n{GOOD}\n  [[ entry ]]\nphrases = [\"brute\"]\nweight = 9\nexplanation = \"x\"\n"
    );
    let errors = parse(&source).unwrap_err();
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        ["test.toml:15: weight 9 is out of range: use 1, 2 or 3"]
    );
    let lex = parse(&format!("# Each [[entry]] below is one phrase.\n{GOOD}")).unwrap();
    assert_eq!(lex.entries[0].line, 6);
}

#[test]
fn derived_nouns_come_last_and_can_be_switched_off() {
    let source = "category = \"loaded-language\"\ndescription = \"t\"\n[[entry]]\nphrases = [\"careless\"]\ninflect = \"adjective\"\nweight = 1\nexplanation = \"x\"\n";
    let lex = parse(source).unwrap();
    let entry = &lex.entries[0];
    assert_eq!(entry.forms, ["careless", "carelessly", "carelessness"]);
    assert_eq!(entry.derived_from, 2);
    let off = parse(&source.replace("weight = 1", "weight = 1\nderive = false")).unwrap();
    assert_eq!(off.entries[0].forms, ["careless", "carelessly"]);
    assert_eq!(off.entries[0].derived_from, 2);
}

#[test]
fn reports_unknown_keys_with_line() {
    let e = parse(&GOOD.replace("weight = 3", "weight = 3\ncolour = 1")).unwrap_err();
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].line, Some(9));
    assert!(e[0].message.contains("colour"), "{}", e[0]);
}

/// The ux16 trial: a misspelt key and a weight of 5 in one file reported the key alone
/// ("1 problem found"), and once the key was fixed, the weight at the `[[entry]]` line.
/// Every problem of a file that parses is reported, at the line of its key; a required
/// key misspelt is not said to be missing as well.
#[test]
fn every_problem_of_a_file_is_reported_at_its_key() {
    let cases: &[(&str, &[&str])] = &[
        (
            "explanation = \"A smear.\"",
            &["test.toml:8: weight 5 is out of range: use 1, 2 or 3"],
        ),
        (
            "explenation = \"A smear.\"",
            &[
                "test.toml:8: weight 5 is out of range: use 1, 2 or 3",
                "test.toml:9: unknown key `explenation`: did you mean `explanation`?",
            ],
        ),
        (
            "colour = \"red\"\nexplanation = \"\"",
            &[
                "test.toml:8: weight 5 is out of range: use 1, 2 or 3",
                "test.toml:9: unknown key `colour`; an entry's keys are phrases, inflect, \
                 forms, weight, explanation, alternative, question, examples, \
                 counter_examples, not_before, not_after, not_near, derive, intensifier",
                "test.toml:10: explanation is empty",
            ],
        ),
        (
            "alternative = \"attacker\"",
            &[
                "test.toml:5: missing key `explanation` in this entry",
                "test.toml:8: weight 5 is out of range: use 1, 2 or 3",
            ],
        ),
    ];
    for (explained, expected) in cases {
        let source = GOOD
            .replace("weight = 3", "weight = 5")
            .replace("explanation = \"A smear.\"", explained)
            .replace("alternative = \"attacker\"\n", "");
        let errors = parse(&source).unwrap_err();
        let said: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(said, *expected, "{source}");
    }
    let top = parse(&GOOD.replace("description", "descrption")).unwrap_err();
    assert_eq!(
        top[0].to_string(),
        "test.toml:3: unknown key `descrption`: did you mean `description`?"
    );
    assert_eq!(top.len(), 1, "{top:?}");
}

#[test]
fn reports_all_problems_at_once() {
    let src = GOOD.replace("weight = 3", "weight = 7")
        + "\n[[entry]]\nphrases = [\"thug\", \"\"]\nweight = 1\nexplanation = \"\"\n";
    let errors = parse(&src).unwrap_err();
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 4, "{messages:?}");
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("test.toml:8: weight 7"))
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("duplicate phrase `thug`"))
    );
    assert!(messages.iter().any(|m| m.contains("empty phrase")));
    assert!(messages.iter().any(|m| m.contains("explanation is empty")));
}

#[test]
fn refuses_phrases_that_do_not_start_with_a_word() {
    let source = "category = \"loaded-language\"\ndescription = \"t\"\n[[entry]]\nphrases = [\"#thug\", \"ok\"]\nforms = [\"-ok\"]\nweight = 1\nexplanation = \"x\"\n";
    let errors = Lexicon::parse("t", source, "t.toml", Origin::Builtin).unwrap_err();
    let messages: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("phrase `#thug` must start with a letter or digit")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("form `-ok` must start")),
        "{messages:?}"
    );
}

#[test]
fn reports_missing_fields_and_bad_toml() {
    let e = parse("category = \"loaded-language\"\n").unwrap_err();
    assert!(e[0].message.contains("description"), "{}", e[0]);
    let e = parse("category = \n").unwrap_err();
    assert_eq!(e[0].line, Some(1));
}

#[test]
fn rejects_unknown_categories_and_lists() {
    let e = parse("category = \"spin\"\ndescription = \"x\"\n").unwrap_err();
    assert!(e[0].message.contains("unknown category"));
    let e =
        parse("category = \"absolute-claim\"\ndescription = \"x\"\n[lists]\ncolours = [\"red\"]\n")
            .unwrap_err();
    assert_eq!(e[0].line, Some(4));
}

#[test]
fn builtin_lexicons_are_every_file_in_the_lexicons_folder() {
    let set = LexiconSet::builtin();
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/lexicons"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "toml")
        })
        .count();
    assert_eq!(set.lexicons.len(), files);
}

#[test]
fn builtin_loaded_language_has_at_least_1500_phrases() {
    let set = LexiconSet::builtin();
    let n: usize = set
        .of(Category::LoadedLanguage)
        .flat_map(|l| &l.entries)
        .map(|e| e.phrases.len())
        .sum();
    assert!(n >= 1500, "only {n} loaded-language phrases");
}

#[test]
fn an_entry_may_ask_its_own_question() {
    let with = GOOD.replace(
        "alternative = \"attacker\"",
        "alternative = \"attacker\"\nquestion = \"  Who was attacked?  \"",
    );
    assert_eq!(
        parse(&with).unwrap().entries[0].question.as_deref(),
        Some("Who was attacked?")
    );
    assert_eq!(parse(GOOD).unwrap().entries[0].question, None);
}

/// An explanation that opens by quoting its word must say what the word does, not call
/// the thing by the word again ("\"Crazy\" dismisses the idea as crazy" explains nothing).
#[test]
fn builtin_explanations_do_not_define_a_word_by_itself() {
    let set = LexiconSet::builtin();
    for lex in &set.lexicons {
        for e in &lex.entries {
            let explanation = e.explanation.to_lowercase();
            for phrase in &e.phrases {
                let Some(rest) = explanation.strip_prefix(&format!("\"{phrase}\"")) else {
                    continue;
                };
                let circular = ["as ", "as a ", "as an "].iter().any(|article| {
                    let again = format!(" {article}{phrase}");
                    rest.match_indices(&again).any(|(at, _)| {
                        !rest[at + again.len()..].starts_with(|c: char| c.is_alphanumeric())
                    })
                });
                assert!(
                    !circular,
                    "{}: the explanation of `{phrase}` defines it by itself: {}",
                    lex.name, e.explanation
                );
            }
        }
    }
}

#[test]
fn builtin_phrases_are_unique_across_a_category() {
    let set = LexiconSet::builtin();
    for category in Category::ALL {
        let mut seen = HashSet::new();
        for lex in set.of(category) {
            for phrase in lex.entries.iter().flat_map(|e| &e.phrases) {
                assert!(
                    seen.insert(phrase.clone()),
                    "{}: `{phrase}` appears twice in {category}",
                    lex.name
                );
            }
        }
    }
}

#[test]
fn folder_replaces_and_adds_lexicons() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("loaded-verbs.toml"),
        GOOD.replace("thug", "zorble"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("class-words.toml"),
        GOOD.replace("thug", "blarg"),
    )
    .unwrap();
    let builtin = LexiconSet::builtin().lexicons.len();
    let set = LexiconSet::builtin().with_folder(dir.path()).unwrap();
    assert_eq!(set.lexicons.len(), builtin + 1);
    let verbs = set
        .lexicons
        .iter()
        .find(|l| l.name == "loaded-verbs")
        .unwrap();
    assert_eq!(verbs.entries.len(), 1);
}

#[test]
fn a_phrase_defined_twice_across_files_is_reported_in_the_users_file() {
    let dir = tempfile::tempdir().unwrap();
    let twice = GOOD.replace("[\"thug\"]", "[\"zorble\"]")
        + "\n[[entry]]\nphrases = [\"blarg\",\n  \"thug\"]\nweight = 1\nexplanation = \"x\"\n";
    std::fs::write(dir.path().join("class-words.toml"), twice).unwrap();
    std::fs::write(
        dir.path().join("more-words.toml"),
        GOOD.replace("thug", "zorble"),
    )
    .unwrap();
    let errors = LexiconSet::builtin().with_folder(dir.path()).unwrap_err();
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let path = dir.path().join("class-words.toml").display().to_string();
    assert!(
        messages.iter().any(|m| m.starts_with(&format!(
            "{path}:14: phrase `thug` is defined twice (also at lexicons/loaded-labels.toml:"
        ))),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("more-words.toml:6: phrase `zorble` is defined twice (also at")),
        "{messages:?}"
    );
}

#[test]
fn a_word_listed_twice_in_one_list_is_reported_where_it_repeats() {
    let source = "category = \"loaded-language\"\ndescription = \"t\"\n[lists]\nintensifiers = [\n  \"utterly\", \"deeply\",\n  \"utterly\",\n]\n";
    let errors = parse(source).unwrap_err();
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        ["test.toml:6: `utterly` is listed twice in list `intensifiers`"]
    );
}

#[test]
fn each_phrase_has_its_own_kebab_case_rule_and_forms_point_to_their_phrase() {
    let source = "category = \"loaded-language\"\ndescription = \"t\"\n[[entry]]\nphrases = [\"lay into\", \"witch hunt\", \"won't budge\"]\ninflect = \"verb\"\nforms = [\"laid into\"]\nweight = 1\nexplanation = \"x\"\n";
    let lex = parse(source).unwrap();
    let entry = &lex.entries[0];
    let rules: Vec<&str> = entry.rules.iter().map(|r| &**r).collect();
    assert_eq!(
        rules,
        ["test/lay-into", "test/witch-hunt", "test/wont-budge"]
    );
    let phrase_of = |form: &str| {
        let k = entry.forms.iter().position(|f| f == form).expect(form);
        entry.phrases[entry.form_phrases[k]].as_str()
    };
    assert_eq!(phrase_of("laid into"), "lay into");
    assert_eq!(phrase_of("lays into"), "lay into");
    assert_eq!(phrase_of("witch hunt"), "witch hunt");
    assert_eq!(phrase_of("won't budge"), "won't budge");
    for (phrase, id) in [
        ("so-called", "so-called"),
        ("quasi-", "quasi"),
        ("élite", "élite"),
    ] {
        assert_eq!(rule_id(phrase), id);
    }
}

#[test]
fn normalizing_lower_cases_and_single_spaces_phrases() {
    for (phrase, normal) in [
        ("witch hunt", "witch hunt"),
        ("Witch  Hunt", "witch hunt"),
        (" witch hunt ", "witch hunt"),
        ("witch\thunt\n", "witch hunt"),
        ("won’t budge", "won't budge"),
        ("ÉLITE", "élite"),
        ("well-known", "well-known"),
        ("", ""),
    ] {
        assert_eq!(normalize(phrase), normal, "{phrase:?}");
    }
}

#[test]
fn missing_folder_is_an_error() {
    let e = LexiconSet::default()
        .with_folder(Path::new("/no/such/dir"))
        .unwrap_err();
    assert_eq!(
        e[0].to_string(),
        "/no/such/dir: cannot read lexicon folder: no such file or folder"
    );
}

/// The letters of `text` in lower case, without spaces, hyphens or apostrophes.
fn letters(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Whether `phrase` is a spelling or a form of `named`: they share a word's first four
/// letters ("greased the palms", "palm-greasing"), or most of their letters in order
/// ("haemorrhage", "hemorrhage").
fn names_the_phrase(named: &str, phrase: &str) -> bool {
    let stems = |text: &str| -> HashSet<String> {
        text.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 4)
            .map(|w| w[..4].to_ascii_lowercase())
            .collect()
    };
    if !stems(named).is_disjoint(&stems(phrase)) {
        return true;
    }
    let (a, b) = (letters(named), letters(phrase));
    let (a, b) = (a.as_bytes(), b.as_bytes());
    // The longest common subsequence of their letters.
    let mut row = vec![0usize; b.len() + 1];
    for &x in a {
        let mut diagonal = 0;
        for (j, &y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    4 * row[b.len()] >= 3 * (a.len() + b.len()) / 2
}

#[test]
fn an_explanation_that_names_its_word_names_every_phrase_it_explains() {
    // "\"Sensibly\" gives the author's approval…" shown for "admirably" tells a student
    // about a word that is not in their text.
    let set = LexiconSet::builtin();
    let mut wrong = Vec::new();
    for lex in &set.lexicons {
        for entry in &lex.entries {
            if !entry.explanation.starts_with('"') {
                continue;
            }
            let named: Vec<&str> = entry.explanation.split('"').skip(1).step_by(2).collect();
            for phrase in &entry.phrases {
                if !named.iter().any(|n| names_the_phrase(n, phrase)) {
                    wrong.push(format!("{}: `{phrase}` under {:?}", lex.name, named[0]));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "explanations naming another word:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn names_the_phrase_accepts_spellings_and_forms_only() {
    assert!(names_the_phrase("Hemorrhage", "haemorrhage"));
    assert!(names_the_phrase("Palm-greasing", "greased the palms"));
    assert!(names_the_phrase("Wackjob", "whackjob"));
    assert!(!names_the_phrase("Sensibly", "admirably"));
    assert!(!names_the_phrase("Flyover country", "bernie bros"));
}

/// A lexicon of one entry guarded by `not_after`, written as given.
fn guarded(not_after: &str) -> String {
    format!(
        "category = \"loaded-language\"\ndescription = \"t\"\n\n[[entry]]\nphrases = [\"zorbled\"]\nweight = 2\nexplanation = \"x\"\nnot_after = {not_after}\n"
    )
}

const FEELINGS: &str = "category = \"loaded-language\"\ndescription = \"t\"\n\n[guards]\nfeelings = [\"felt\", \"am\"]\n\n[[entry]]\nphrases = [\"blarged\"]\nweight = 2\nexplanation = \"x\"\nnot_before = [\"@feelings\", \"by\"]\n";

fn set_of(files: &[(&str, &str)]) -> (LexiconSet, Vec<String>) {
    let mut set = LexiconSet::default();
    for (name, source) in files {
        let path = format!("{name}.toml");
        set.insert(Lexicon::parse(name, source, &path, Origin::File(path.clone().into())).unwrap());
    }
    let errors = set.resolve_guards(&HashMap::new());
    (set, errors.iter().map(ToString::to_string).collect())
}

fn entry<'a>(set: &'a LexiconSet, name: &str) -> &'a Entry {
    &set.lexicons
        .iter()
        .find(|l| l.name == name)
        .unwrap()
        .entries[0]
}

#[test]
fn a_guard_list_is_declared_once_and_named_with_at_in_any_file() {
    let own = parse(FEELINGS).unwrap();
    // Resolved in its own file as soon as it is read, in the place it is named.
    assert_eq!(own.entries[0].not_before, ["felt", "am", "by"]);
    let other = guarded("[\"who\", \"@Feelings\"]");
    // Another file's list is resolved with the set: read alone, only its own words.
    assert_eq!(parse(&other).unwrap().entries[0].not_after, ["who"]);
    let (set, errors) = set_of(&[("feelings", FEELINGS), ("other", &other)]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(entry(&set, "other").not_after, ["who", "felt", "am"]);
    assert_eq!(entry(&set, "feelings").not_before, ["felt", "am", "by"]);
    // Resolving again changes nothing: the guard is rebuilt from what was written.
    let mut again = set.clone();
    assert!(again.resolve_guards(&HashMap::new()).is_empty());
    assert_eq!(entry(&again, "other").not_after, ["who", "felt", "am"]);
}

#[test]
fn an_unknown_guard_list_is_a_problem_at_the_line_naming_it() {
    let other = guarded("[\n  \"who\",\n  \"@feelins\",\n]");
    let (_, errors) = set_of(&[("feelings", FEELINGS), ("other", &other)]);
    assert_eq!(
        errors,
        ["other.toml:10: unknown guard list `@feelins`; known guard lists: @feelings"]
    );
    let (_, errors) = set_of(&[("other", &other)]);
    assert_eq!(
        errors,
        [
            "other.toml:10: unknown guard list `@feelins`; declare it under [guards] in a lexicon file"
        ]
    );
}

#[test]
fn guard_lists_and_their_names_are_checked_where_written() {
    let bad = "category = \"loaded-language\"\ndescription = \"t\"\n[guards]\n\"Feelings Felt\" = [\"felt\"]\nfeelings = [\"felt\", \"@more\",\n  \"felt\"]\n\n[[entry]]\nphrases = [\"zorbled\"]\nweight = 2\nexplanation = \"x\"\nnot_near = [\"@\"]\n";
    let errors = parse(bad).unwrap_err();
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "test.toml:4: guard list name `Feelings Felt` must be lower-case letters, digits and hyphens",
            "test.toml:5: guard list `feelings` names `@more`: a guard list holds words, not other lists",
            "test.toml:6: `felt` is listed twice in guard list `feelings`",
            "test.toml:12: `@` does not name a guard list: write `@` and the list's name (lower-case letters, digits and hyphens)",
        ]
    );
}

#[test]
fn a_guard_list_declared_in_two_files_is_reported_in_the_users_file() {
    let dir = tempfile::tempdir().unwrap();
    let twice = FEELINGS.replace("feelings", "feeling-described");
    std::fs::write(dir.path().join("class-words.toml"), twice).unwrap();
    let errors = LexiconSet::builtin().with_folder(dir.path()).unwrap_err();
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let path = dir.path().join("class-words.toml").display().to_string();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].starts_with(&format!(
            "{path}:5: guard list `feeling-described` is declared twice (also at lexicons/loaded-reaction.toml:"
        )),
        "{messages:?}"
    );
}

/// A folder's file of a built-in's name replaces its guard lists too: the built-in entries
/// that name them read the folder's words, and lose them (with a problem saying where they
/// were) when the folder's file no longer declares them.
#[test]
fn a_folder_overrides_a_guard_list_with_the_file_declaring_it() {
    let builtin = LexiconSet::builtin();
    let disgusted = |set: &LexiconSet| {
        set.of(Category::LoadedLanguage)
            .flat_map(|l| &l.entries)
            .find(|e| e.phrases.contains(&"disgusted".to_string()))
            .unwrap()
            .not_after
            .clone()
    };
    assert!(disgusted(&builtin).contains(&"i'm".to_string()));
    let dir = tempfile::tempdir().unwrap();
    let reaction = "category = \"loaded-language\"\ndescription = \"t\"\n[guards]\nfeeling-described = [\"sensed\"]\nfeeling-voiced = [\"felt\"]\n";
    std::fs::write(dir.path().join("loaded-reaction.toml"), reaction).unwrap();
    let set = LexiconSet::builtin().with_folder(dir.path()).unwrap();
    assert_eq!(disgusted(&set), ["sensed"]);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("loaded-reaction.toml"),
        "category = \"loaded-language\"\ndescription = \"t\"\n",
    )
    .unwrap();
    let errors = LexiconSet::builtin().with_folder(dir.path()).unwrap_err();
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        messages.iter().any(|m| m.starts_with("lexicons/loaded-force-and-figures.toml:")
            && m.ends_with(": unknown guard list `@feeling-described`; lexicons/loaded-reaction.toml declared it, and the file of that name in your folder does not")),
        "{messages:?}"
    );
}

/// The point of a guard list: its words are written once, not pasted into entries.
#[test]
fn no_builtin_entry_pastes_a_guard_list_s_words() {
    let set = LexiconSet::builtin();
    let lists: Vec<(&String, &GuardList)> = set.lexicons.iter().flat_map(|l| &l.guards).collect();
    assert!(lists.len() >= 2);
    for lex in &set.lexicons {
        for (k, e) in lex.entries.iter().enumerate() {
            for (field, words) in [
                (GuardField::Before, &e.not_before),
                (GuardField::After, &e.not_after),
                (GuardField::Near, &e.not_near),
            ] {
                // The words written in the entry itself, names left out.
                let written: Vec<&String> = match lex
                    .guard_uses
                    .iter()
                    .find(|u| u.entry == k && u.field == field)
                {
                    Some(u) => u.written.iter().filter(|w| !w.starts_with('@')).collect(),
                    None => words.iter().collect(),
                };
                for (name, list) in &lists {
                    assert!(
                        !list.words.iter().all(|w| written.contains(&w)),
                        "{}:{}: write @{name} instead of its words",
                        lex.path(),
                        e.line
                    );
                }
            }
        }
    }
}

#[test]
fn an_intensifier_entry_is_one_loaded_language_word() {
    let two = GOOD
        .replace("weight = 3", "weight = 3\nintensifier = true")
        .replace("[\"thug\"]", "[\"utter thug\"]");
    let messages: Vec<String> = parse(&two)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        messages,
        ["test.toml:5: an intensifier is one word: `utter thug` is several"]
    );
    let absolute = GOOD
        .replace("loaded-language", "absolute-claim")
        .replace("weight = 3", "weight = 3\nintensifier = true");
    let messages: Vec<String> = parse(&absolute)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        messages,
        ["test.toml:9: only a loaded-language entry can be an intensifier"]
    );
    // The word in a comment above the key is not the key: the error names the key's line.
    let commented = GOOD.replace("loaded-language", "absolute-claim").replace(
        "weight = 3",
        "weight = 3\n# an intensifier of verdicts\nintensifier = true",
    );
    let messages: Vec<String> = parse(&commented)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        messages,
        ["test.toml:10: only a loaded-language entry can be an intensifier"]
    );
    assert!(
        parse(&GOOD.replace("weight = 3", "weight = 3\nintensifier = true"))
            .unwrap()
            .entries[0]
            .intensifier
    );
}

/// A word is an intensifier in one place: the `intensifiers` list or an entry marked
/// `intensifier = true`, not both.
#[test]
fn builtin_intensifier_entries_are_not_listed_again() {
    let set = LexiconSet::builtin();
    let listed = set.list(Category::LoadedLanguage, "intensifiers");
    let entries: Vec<&String> = set
        .of(Category::LoadedLanguage)
        .flat_map(|l| &l.entries)
        .filter(|e| e.intensifier)
        .flat_map(|e| &e.phrases)
        .collect();
    assert!(entries.iter().any(|p| *p == "utter"), "{entries:?}");
    for phrase in entries {
        assert!(
            !listed.contains(phrase),
            "`{phrase}` is an intensifier entry and in the list"
        );
    }
}
