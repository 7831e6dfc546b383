//! The lexicons built into slant, parsed and checked when slant is built, so that start-up
//! loads them without reading TOML.
//!
//! `build.rs` reads every `lexicons/*.toml` with [`Lexicon::parse`] (the code that reads a
//! teacher's files: a mistake in a built-in lexicon fails the build with its `path:line`)
//! and stores the checked lexicons in a compact binary form (postcard), embedded here with
//! the TOML itself, which `slant lexicons dump` writes out.

use crate::lexicon::{Lexicon, LexiconSet};
use std::sync::Arc;

/// The built-in lexicons' TOML: (name, source), one per file in `lexicons/`, sorted by name.
pub const BUILTIN: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_lexicons.rs"));

/// The same lexicons parsed and checked at build time, in the order of [`BUILTIN`]: one
/// part per lexicon.
const PARSED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin_lexicons.postcard"));

impl LexiconSet {
    /// The lexicons shipped with slant.
    ///
    /// # Panics
    /// Never with the lexicons built in: they were checked when slant was built, and a test
    /// reads them back against the TOML.
    pub fn builtin() -> LexiconSet {
        use rayon::prelude::*;
        let read_back = "the lexicons stored at build time read back";
        let parts: Vec<&[u8]> = postcard::from_bytes(PARSED).expect(read_back);
        let lexicons = parts
            .par_iter()
            .map(|part| Arc::new(postcard::from_bytes::<Lexicon>(part).expect(read_back)))
            .collect();
        LexiconSet { lexicons }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Origin;

    #[test]
    fn the_lexicons_stored_at_build_time_are_the_toml_files_read_now() {
        let stored = LexiconSet::builtin();
        assert_eq!(stored.lexicons.len(), BUILTIN.len());
        let mut read = LexiconSet::default();
        for (name, source) in BUILTIN {
            let path = format!("lexicons/{name}.toml");
            read.insert(Lexicon::parse(name, source, &path, Origin::Builtin).unwrap());
        }
        assert!(read.resolve_guards(&Default::default()).is_empty());
        for stored in &stored.lexicons {
            let read = read.lexicons.iter().find(|l| l.name == stored.name);
            assert!(
                read == Some(stored),
                "{} differs from its stored form",
                stored.path()
            );
        }
    }
}
