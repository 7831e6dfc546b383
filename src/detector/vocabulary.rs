//! Every word the detectors look up, numbered once, so each word of a sentence is looked up once.
//!
//! The detectors ask many questions of each word: is it a hedge, a source noun, a reporting
//! verb, the first word of a loaded phrase? Asking each list in turn costs a dozen hash
//! lookups per word of the text. Instead every listed word gets a number ([`WordId`]) and a
//! set of roles (one bit per list), and a sentence's words are looked up once when its
//! [`SentenceContext`](super::SentenceContext) is made: after that, "is word 7 a hedge?" is
//! a bit test.
//!
//! The lists are made while the detectors compile (on several threads, so the builder
//! takes `&self`); [`VocabularyBuilder::finish`] freezes them.

use rustc_hash::FxHashMap;
use std::sync::Mutex;

/// The number of a word the detectors know.
pub type WordId = u32;

/// One list's bit among a word's roles (the default, no bit, is a role no word has).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Role(u64);

impl Role {
    /// The role's bit.
    pub fn bits(self) -> u64 {
        self.0
    }
}

/// The words the detectors know, with their roles.
#[derive(Debug, Default)]
pub struct Vocabulary {
    ids: FxHashMap<Box<str>, WordId>,
    roles: Vec<u64>,
    /// The verb forms that report a named speaker's words ("Lee *says*"), asked by every
    /// detector through the sentence.
    named_speaker_verbs: Role,
}

impl Vocabulary {
    /// The number of `word` (lower case), if a detector knows it.
    pub fn id(&self, word: &str) -> Option<WordId> {
        self.ids.get(word).copied()
    }

    /// Whether the word numbered `id` has `role`.
    pub fn has(&self, id: Option<WordId>, role: Role) -> bool {
        self.roles(id) & role.0 != 0
    }

    /// The roles of the word numbered `id`, one bit each (none for an unknown word).
    pub fn roles(&self, id: Option<WordId>) -> u64 {
        id.map_or(0, |id| self.roles[id as usize])
    }

    /// The role of the verb forms that report a named speaker's words ("Lee *says*").
    pub fn named_speaker_verbs(&self) -> Role {
        self.named_speaker_verbs
    }
}

/// Collects the detectors' words and roles while they compile.
#[derive(Debug, Default)]
pub struct VocabularyBuilder(Mutex<Building>);

#[derive(Debug, Default)]
struct Building {
    vocabulary: Vocabulary,
    roles_made: u32,
}

impl VocabularyBuilder {
    /// A new role: the given words (lower case) have it.
    ///
    /// # Panics
    /// When more than 64 roles are asked for: the detectors' lists are fixed in the code
    /// (a lexicon names lists, it cannot add them), and there are far fewer.
    pub fn role(&self, words: impl IntoIterator<Item = impl AsRef<str>>) -> Role {
        let mut b = self.lock();
        let role = b.new_role();
        for word in words {
            let id = b.intern(word.as_ref());
            b.vocabulary.roles[id as usize] |= role.0;
        }
        role
    }

    /// A new role: the words numbered `ids` have it.
    ///
    /// # Panics
    /// As [`VocabularyBuilder::role`].
    pub fn role_of(&self, ids: &[WordId]) -> Role {
        let mut b = self.lock();
        let role = b.new_role();
        for &id in ids {
            b.vocabulary.roles[id as usize] |= role.0;
        }
        role
    }

    /// The numbers of `words` (lower case), in order, made if new: one lock for them all.
    pub fn intern_all<'w>(&self, words: impl IntoIterator<Item = &'w str>) -> Vec<WordId> {
        let mut b = self.lock();
        words.into_iter().map(|word| b.intern(word)).collect()
    }

    /// The vocabulary, ready to look words up.
    pub fn finish(self) -> Vocabulary {
        let b = self.0.into_inner().unwrap_or_else(|e| e.into_inner());
        b.vocabulary
    }

    /// Makes the role of the verb forms that report a named speaker's words ("Lee *says*",
    /// "Lee *wrote*"): shared by the detectors, so the vocabulary keeps it.
    pub fn named_speaker_verbs(&self, words: impl IntoIterator<Item = impl AsRef<str>>) {
        let role = self.role(words);
        self.lock().vocabulary.named_speaker_verbs = role;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Building> {
        // A panic while holding the lock leaves the lists as they were: still usable.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Building {
    fn new_role(&mut self) -> Role {
        assert!(self.roles_made < u64::BITS, "more word roles than bits");
        let role = Role(1 << self.roles_made);
        self.roles_made += 1;
        role
    }

    fn intern(&mut self, word: &str) -> WordId {
        let v = &mut self.vocabulary;
        if let Some(&id) = v.ids.get(word) {
            return id;
        }
        let id = WordId::try_from(v.roles.len()).expect("fewer than 4 billion lexicon words");
        v.ids.insert(word.into(), id);
        v.roles.push(0);
        id
    }
}

/// A detector's word list: a role in the vocabulary.
#[derive(Debug)]
pub struct WordSet {
    role: Role,
}

impl WordSet {
    /// The list of `words` (lower case).
    pub fn new(
        words: impl IntoIterator<Item = impl AsRef<str>>,
        vocabulary: &VocabularyBuilder,
    ) -> Self {
        WordSet {
            role: vocabulary.role(words),
        }
    }

    /// Whether word `i` of the sentence (lower case) is in the list.
    pub fn has(&self, s: &super::SentenceContext<'_>, i: usize) -> bool {
        s.has_role(i, self.role)
    }

    /// Whether `text` (lower case, not one word of the sentence: "no one") is in the list.
    pub fn contains(&self, s: &super::SentenceContext<'_>, text: &str) -> bool {
        s.vocabulary.has(s.vocabulary.id(text), self.role)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_list_gets_its_own_role_and_a_word_may_have_several() {
        let builder = VocabularyBuilder::default();
        let hedges = builder.role(["almost", "nearly"]);
        let numbers = builder.role(["three", "nearly"]);
        let empty = builder.role([""; 0]);
        let later = builder.role(["x"]);
        assert!(hedges != numbers && numbers != empty && empty != later);
        let v = builder.finish();
        let id = |w| v.id(w);
        assert!(v.has(id("almost"), hedges) && !v.has(id("almost"), numbers));
        assert!(v.has(id("nearly"), hedges) && v.has(id("nearly"), numbers));
        assert!(v.has(id("three"), numbers) && !v.has(id("three"), hedges));
        assert!(!v.has(id("x"), empty) && v.has(id("x"), later));
        assert_eq!(id("unknown"), None);
        assert!(!v.has(None, hedges));
    }

    #[test]
    fn a_word_keeps_its_number() {
        let builder = VocabularyBuilder::default();
        let a = builder.intern_all(["witch"])[0];
        builder.role(["hunt", "witch"]);
        assert_eq!(builder.intern_all(["hunt", "witch"])[1], a);
        let v = builder.finish();
        assert_eq!(v.id("witch"), Some(a));
        assert_ne!(v.id("hunt"), Some(a));
    }
}
