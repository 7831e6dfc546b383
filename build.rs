//! Builds the lexicons in `lexicons/*.toml` into the library, so a new lexicon file is built
//! in by adding it to the folder: no Rust to edit.
//!
//! Each file is embedded as written (for `slant lexicons dump`) and also parsed and checked
//! here, with the library's own lexicon code, and stored ready to load
//! (`src/builtin_lexicons.rs`): start-up then reads no TOML, and a mistake in a built-in
//! lexicon stops the build with its `path:line: message`.

#[allow(dead_code)]
#[path = "src/category.rs"]
mod category;
#[allow(dead_code)]
#[path = "src/inflect.rs"]
mod inflect;
#[allow(dead_code)]
#[path = "src/lexicon/mod.rs"]
mod lexicon;

use lexicon::{Lexicon, LexiconSet, Origin};
use std::{collections::HashMap, env, fs, path::Path, sync::Arc};

fn main() {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("set by cargo")).join("lexicons");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("the lexicons folder is part of the crate")
        .map(|entry| entry.expect("a readable lexicons folder").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut sources = String::from("&[\n");
    let mut lexicons = Vec::new();
    let mut errors = Vec::new();
    for path in &files {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("UTF-8 file names");
        sources.push_str(&format!(
            "    ({stem:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
        let source = fs::read_to_string(path).expect("lexicon files are UTF-8");
        let shown = format!("lexicons/{stem}.toml");
        match Lexicon::parse(stem, &source, &shown, Origin::Builtin) {
            Ok(lexicon) => lexicons.push(lexicon),
            Err(mut e) => errors.append(&mut e),
        }
    }
    sources.push(']');
    // Every `@name` in an entry's guards, replaced by the words of the list it names.
    let mut set = LexiconSet {
        lexicons: lexicons.into_iter().map(Arc::new).collect(),
    };
    errors.append(&mut set.resolve_guards(&HashMap::new()));
    if !errors.is_empty() {
        let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the built-in lexicons are invalid:\n{}", listed.join("\n"));
    }
    let out = Path::new(&env::var("OUT_DIR").expect("set by cargo")).to_path_buf();
    fs::write(out.join("builtin_lexicons.rs"), sources).expect("OUT_DIR is writable");
    // One part per lexicon, so that start-up reads them back on all cores.
    let parts: Vec<Vec<u8>> = set
        .lexicons
        .iter()
        .map(|lexicon| postcard::to_allocvec(&**lexicon).expect("lexicons serialise"))
        .collect();
    let stored = postcard::to_allocvec(&parts).expect("lexicons serialise");
    fs::write(out.join("builtin_lexicons.postcard"), stored).expect("OUT_DIR is writable");
}
