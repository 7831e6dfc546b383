//! Embeds every `lexicons/*.toml` file in the library, so a new lexicon file is built in
//! by adding it to the folder: no Rust to edit.

use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("set by cargo")).join("lexicons");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("the lexicons folder is part of the crate")
        .map(|entry| entry.expect("a readable lexicons folder").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut out = String::from("&[\n");
    for path in &files {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("UTF-8 file names");
        out.push_str(&format!(
            "    ({stem:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push(']');
    let target = Path::new(&env::var("OUT_DIR").expect("set by cargo")).join("builtin_lexicons.rs");
    fs::write(target, out).expect("OUT_DIR is writable");
}
