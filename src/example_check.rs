//! Runs the examples written in lexicon files: each must be flagged, each counter-example not.
//!
//! This is how a teacher's edit is tested without Rust: `slant lexicons check DIR` runs it
//! on the teacher's files, and the test suite runs it on every built-in lexicon.

use crate::analysis::Analyzer;
use crate::lexicon::{Lexicon, LexiconError, LexiconSet};

/// Checks the examples of the lexicons in `set` that `selected` picks, with all of `set` in effect.
pub fn check_examples(set: &LexiconSet, selected: impl Fn(&Lexicon) -> bool) -> Vec<LexiconError> {
    let analyzer = Analyzer::new(set);
    let mut errors = Vec::new();
    for lexicon in set.lexicons.iter().filter(|l| selected(l)) {
        let path = lexicon.path();
        let error = |line: Option<usize>, message: String| LexiconError {
            path: path.clone(),
            line,
            message,
        };
        for entry in &lexicon.entries {
            // A finding of any phrase of the entry: each has its own rule id.
            let fires = |text: &str| {
                analyzer
                    .analyze(text)
                    .findings
                    .iter()
                    .any(|f| entry.rules.iter().any(|r| **r == *f.rule.id))
            };
            for example in &entry.examples {
                if !fires(example) {
                    errors.push(error(
                        Some(entry.line),
                        format!("example is not flagged by this entry: \"{example}\""),
                    ));
                }
            }
            for counter in &entry.counter_examples {
                if fires(counter) {
                    errors.push(error(
                        Some(entry.line),
                        format!("counter-example is flagged by this entry: \"{counter}\""),
                    ));
                }
            }
        }
        let category_fires = |text: &str| {
            analyzer
                .analyze(text)
                .findings
                .iter()
                .any(|f| f.category == lexicon.category)
        };
        for example in &lexicon.examples {
            if !category_fires(example) {
                errors.push(error(
                    None,
                    format!(
                        "example is not flagged as {}: \"{example}\"",
                        lexicon.category
                    ),
                ));
            }
        }
        for counter in &lexicon.counter_examples {
            if category_fires(counter) {
                errors.push(error(
                    None,
                    format!(
                        "counter-example is flagged as {}: \"{counter}\"",
                        lexicon.category
                    ),
                ));
            }
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Origin;

    #[test]
    fn every_builtin_example_and_counter_example_holds() {
        let errors = check_examples(&LexiconSet::builtin(), |_| true);
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(messages.is_empty(), "{}", messages.join("\n"));
    }

    #[test]
    fn a_failing_example_is_reported_with_its_line() {
        let source = "category = \"loaded-language\"\ndescription = \"t\"\n[[entry]]\nphrases = [\"zorble\"]\nweight = 1\nexplanation = \"x\"\nexamples = [\"Nothing here.\"]\ncounter_examples = [\"A zorble.\"]\n";
        let lexicon = Lexicon::parse(
            "class",
            source,
            "class.toml",
            Origin::File("class.toml".into()),
        )
        .unwrap();
        let mut set = LexiconSet::default();
        set.insert(lexicon);
        let errors = check_examples(&set, |_| true);
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "class.toml:3: example is not flagged by this entry: \"Nothing here.\"",
                "class.toml:3: counter-example is flagged by this entry: \"A zorble.\""
            ]
        );
    }
}
