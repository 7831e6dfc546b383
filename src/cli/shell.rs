//! Paths in the commands slant suggests ("run `slant exercise check …`"), quoted for a
//! POSIX shell when they need it, so that a suggestion can be copied and run as it is.

use std::borrow::Cow;

/// `word` as a POSIX shell reads it back: as it is when every character is a letter or a
/// digit (any script: "Ørsted") or one of `_ - . / , : + = @ %`, else in single quotes,
/// a `'` inside written `'\''` ("./Group A - Ørsted" → "'./Group A - Ørsted'"). An empty
/// word is `''`.
pub fn quoted(word: &str) -> Cow<'_, str> {
    let plain = |c: char| c.is_alphanumeric() || "_-./,:+=@%".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(format!("'{}'", word.replace('\'', r"'\''")))
    }
}

#[cfg(test)]
mod tests {
    use super::quoted;

    #[test]
    fn paths_are_quoted_only_when_a_shell_would_split_or_expand_them() {
        let cases = [
            ("op-ed.txt", "op-ed.txt"),
            ("./class/essay_2.txt", "./class/essay_2.txt"),
            ("Group-Ørsted/Zoë.txt", "Group-Ørsted/Zoë.txt"),
            ("./Exercise op-ed/key.json", "'./Exercise op-ed/key.json'"),
            ("./Group A - Ørsted", "'./Group A - Ørsted'"),
            ("essay (final).txt", "'essay (final).txt'"),
            ("Liam's essay.txt", r"'Liam'\''s essay.txt'"),
            ("$HOME/a*.txt", "'$HOME/a*.txt'"),
            ("~/essay.txt", "'~/essay.txt'"),
            ("", "''"),
        ];
        for (path, shown) in cases {
            assert_eq!(quoted(path), shown, "{path}");
        }
    }
}
