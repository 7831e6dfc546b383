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
    ids: WordTable,
    roles: Vec<u64>,
    /// The verb forms that report a named speaker's words ("Lee *says*"), asked by every
    /// detector through the sentence.
    named_speaker_verbs: Role,
    /// The roles of the first words of phrase forms, of every phrase index together: a
    /// sentence's context lists the words whose stem has one of them, so each index reads
    /// those words alone.
    phrase_starts: u64,
}

impl Vocabulary {
    /// The number of `word` (lower case), if a detector knows it.
    #[inline]
    pub fn id(&self, word: &str) -> Option<WordId> {
        self.ids.get(word).map(|(id, _)| id)
    }

    /// The number of `word` (lower case), if a detector knows it, and its roles (read
    /// from the same place of the table as the number, for a short word).
    ///
    /// Always inlined: it runs once for every word of every sentence, and a call saves
    /// and restores more registers than the look-up of a short word takes.
    #[inline(always)]
    pub fn lookup(&self, word: &str) -> (Option<WordId>, u64) {
        match self.ids.get(word) {
            Some((id, Some(roles))) => (Some(id), roles),
            Some((id, None)) => (Some(id), self.roles[id as usize]),
            None => (None, 0),
        }
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

    /// The roles of the first words of phrase forms, of every phrase index, one bit each.
    pub fn phrase_starts(&self) -> u64 {
        self.phrase_starts
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

    /// A new role for the words numbered `ids`, the first words of a phrase index's forms:
    /// a sentence's context lists the words whose stem has such a role
    /// ([`Vocabulary::phrase_starts`]).
    ///
    /// # Panics
    /// As [`VocabularyBuilder::role`].
    pub fn phrase_start_role(&self, ids: &[WordId]) -> Role {
        let role = self.role_of(ids);
        self.lock().vocabulary.phrase_starts |= role.0;
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
        let mut vocabulary = b.vocabulary;
        vocabulary.ids.set_roles(&vocabulary.roles);
        vocabulary
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
        if let Some((id, _)) = v.ids.get(word) {
            return id;
        }
        let id = WordId::try_from(v.roles.len()).expect("fewer than 4 billion lexicon words");
        v.ids.insert(word, id);
        v.roles.push(0);
        id
    }
}

/// Words of up to [`SHORT`] bytes, kept in the table itself: a word of the text is looked
/// up without hashing it byte by byte or following a pointer to compare it.
const SHORT: usize = 12;

/// A short word's bytes, padded with zeros, as two numbers, and its length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ShortKey {
    head: u64,
    tail: u32,
    len: u32,
}

impl ShortKey {
    /// The key of a word of at most [`SHORT`] bytes: its bytes read as little-endian
    /// numbers, the places past its end zero (read with loads that may overlap, no copy).
    #[inline]
    fn of(word: &[u8]) -> Self {
        let n = word.len();
        debug_assert!(n <= SHORT);
        let u32_at =
            |at: usize| u32::from_le_bytes([word[at], word[at + 1], word[at + 2], word[at + 3]]);
        let (head, tail) = if n >= 8 {
            let head = u64::from_le_bytes(word[..8].try_into().expect("8 bytes"));
            // Bytes 8 to n, from the last four bytes.
            let tail = if n > 8 {
                u32_at(n - 4) >> (8 * (12 - n))
            } else {
                0
            };
            (head, tail)
        } else if n >= 4 {
            // Bytes 0 to 4 and n-4 to n: the bytes both hold are the same.
            (
                u64::from(u32_at(0)) | u64::from(u32_at(n - 4)) << (8 * (n - 4)),
                0,
            )
        } else if n > 0 {
            let (first, middle, last) = (word[0], word[n / 2], word[n - 1]);
            let head = u64::from(first)
                | u64::from(middle) << (8 * (n / 2))
                | u64::from(last) << (8 * (n - 1));
            (head, 0)
        } else {
            (0, 0)
        };
        ShortKey {
            head,
            tail,
            len: n as u32,
        }
    }

    #[inline]
    fn hash(self) -> u64 {
        (self.head ^ (u64::from(self.tail) << 32 | u64::from(self.len)).rotate_left(17))
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }
}

/// One place of the short words' table: the key's bytes, its number and length (`EMPTY`
/// when the place is free), and its roles once the vocabulary is finished.
#[derive(Debug, Clone, Copy)]
struct Slot {
    head: u64,
    tail: u32,
    /// The word's number times 16 plus its length.
    id_len: u32,
    roles: u64,
}

const EMPTY: u32 = u32::MAX;

/// The numbers of words: short ones in an open-addressing table of their bytes (linear
/// probing, at most half full), longer ones in a hash map.
#[derive(Debug)]
struct WordTable {
    slots: Box<[Slot]>,
    /// How far the hash is shifted to give a place: 64 minus log2 of the table's size.
    shift: u32,
    short: usize,
    long: FxHashMap<Box<str>, WordId>,
    /// Whether the short words' places hold their roles.
    with_roles: bool,
}

impl Default for WordTable {
    fn default() -> Self {
        WordTable::with_places(1 << 10)
    }
}

impl WordTable {
    fn with_places(places: usize) -> Self {
        let free = Slot {
            head: 0,
            tail: 0,
            id_len: EMPTY,
            roles: 0,
        };
        WordTable {
            slots: vec![free; places].into_boxed_slice(),
            shift: 64 - places.trailing_zeros(),
            short: 0,
            long: FxHashMap::default(),
            with_roles: false,
        }
    }

    /// Copies each short word's roles into its place.
    fn set_roles(&mut self, roles: &[u64]) {
        for slot in self.slots.iter_mut().filter(|s| s.id_len != EMPTY) {
            slot.roles = roles[(slot.id_len >> 4) as usize];
        }
        self.with_roles = true;
    }

    /// The number of `word`, with its roles when its place holds them.
    ///
    /// Always inlined: every word of every sentence is looked up, and the call itself
    /// (arguments, an `Option` of a pair returned through memory) cost about as much as
    /// the look-up of a short word.
    #[inline(always)]
    fn get(&self, word: &str) -> Option<(WordId, Option<u64>)> {
        if word.len() > SHORT {
            return self.long.get(word).map(|&id| (id, None));
        }
        let key = ShortKey::of(word.as_bytes());
        let mask = self.slots.len() - 1;
        let mut at = (key.hash() >> self.shift) as usize;
        loop {
            let slot = self.slots[at];
            if slot.id_len == EMPTY {
                return None;
            }
            if slot.head == key.head && slot.tail == key.tail && slot.id_len & 15 == key.len {
                return Some((slot.id_len >> 4, self.with_roles.then_some(slot.roles)));
            }
            at = (at + 1) & mask;
        }
    }

    /// Files `word` (not yet in the table) under `id`.
    fn insert(&mut self, word: &str, id: WordId) {
        if word.len() > SHORT {
            self.long.insert(word.into(), id);
            return;
        }
        if (self.short + 1) * 2 > self.slots.len() {
            let old = std::mem::replace(self, WordTable::with_places(self.slots.len() * 2));
            self.long = old.long;
            for slot in old.slots.iter().filter(|s| s.id_len != EMPTY) {
                self.place(*slot);
            }
        }
        let key = ShortKey::of(word.as_bytes());
        assert!(id < 1 << 28, "fewer than 2^28 lexicon words");
        self.place(Slot {
            head: key.head,
            tail: key.tail,
            id_len: id << 4 | key.len,
            roles: 0,
        });
    }

    fn place(&mut self, slot: Slot) {
        let key = ShortKey {
            head: slot.head,
            tail: slot.tail,
            len: slot.id_len & 15,
        };
        let mask = self.slots.len() - 1;
        let mut at = (key.hash() >> self.shift) as usize;
        while self.slots[at].id_len != EMPTY {
            at = (at + 1) & mask;
        }
        self.slots[at] = slot;
        self.short += 1;
    }
}

/// A detector's word list: a role in the vocabulary.
#[derive(Debug)]
pub struct WordSet {
    pub(super) role: Role,
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

    /// The words of this list and of `other`, as one list (no role of its own: a word
    /// is in it when it has either role).
    pub fn or(&self, other: &WordSet) -> WordSet {
        WordSet {
            role: Role(self.role.0 | other.role.0),
        }
    }
}

/// A word list consulted by the words' numbers, without a role of its own (roles are
/// few): still one bit test per word of the sentence, no hashing of its text.
#[derive(Debug, Default)]
pub struct NumberedWords {
    /// Bit `id` is set for each word of the list.
    pub(super) bits: Box<[u64]>,
}

impl NumberedWords {
    /// The list of `words` (lower case; a word with a space never matches one word).
    pub fn new<'w>(
        words: impl IntoIterator<Item = &'w str>,
        vocabulary: &VocabularyBuilder,
    ) -> Self {
        let ids = vocabulary.intern_all(words);
        let size = ids.iter().max().map_or(0, |&id| id as usize / 64 + 1);
        let mut bits = vec![0u64; size];
        for id in ids {
            bits[id as usize / 64] |= 1 << (id % 64);
        }
        NumberedWords {
            bits: bits.into_boxed_slice(),
        }
    }
}

/// The leading letters, digits and `_` of `word`: the key forms are filed under.
pub fn first_word(word: &str) -> &str {
    let bytes = word.as_bytes();
    match bytes
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_'))
    {
        None => word,
        Some(end) if bytes[end] < 0x80 => &word[..end],
        Some(_) => {
            let end = word
                .char_indices()
                .find(|&(_, c)| !crate::text::chars::is_word_char(c))
                .map_or(word.len(), |(i, _)| i);
            &word[..end]
        }
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
        for w in ["almost", "nearly", "three", "x", "unknown"] {
            assert_eq!(v.lookup(w), (id(w), v.roles(id(w))), "{w}");
        }
    }

    #[test]
    fn a_short_key_holds_the_bytes_of_its_word() {
        for n in 0..=SHORT {
            let word: Vec<u8> = (1..=n as u8).map(|b| b * 17).collect();
            let mut bytes = [0u8; 16];
            bytes[..n].copy_from_slice(&word);
            let key = ShortKey::of(&word);
            assert_eq!(key.head.to_le_bytes(), bytes[..8], "{n} bytes");
            assert_eq!(key.tail.to_le_bytes(), bytes[8..12], "{n} bytes");
            assert_eq!(key.len as usize, n);
        }
    }

    #[test]
    fn the_word_table_finds_what_was_filed_and_nothing_else() {
        let mut table = WordTable::default();
        let mut filed = std::collections::HashMap::new();
        let mut seed: u64 = 11;
        let mut next = |below: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % below
        };
        // Words of 0 to 20 bytes (short and long ones), some with zero bytes ("a" and
        // "a\0" differ), filed past several growths of the table.
        for id in 0..5000 {
            let len = next(21) as usize;
            let word: String = (0..len)
                .map(|_| [b'a', b'b', b'\0', b'\'', b'z'][next(5) as usize] as char)
                .collect();
            if table.get(&word).is_none() {
                table.insert(&word, id);
                filed.insert(word, id);
            }
        }
        for (word, &id) in &filed {
            assert_eq!(table.get(word), Some((id, None)), "{word:?}");
        }
        for len in 0..21 {
            for _ in 0..200 {
                let word: String = (0..len)
                    .map(|_| [b'a', b'b', b'\0', b'c', b'z'][next(5) as usize] as char)
                    .collect();
                let id = table.get(&word).map(|(id, _)| id);
                assert_eq!(id, filed.get(&word).copied(), "{word:?}");
            }
        }
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
