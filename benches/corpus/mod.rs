//! The benchmark corpus: articles composed from `seed.txt`, the same bytes on every run.
//!
//! Sentences of the seed (written for this project) are drawn by a fixed pseudo-random
//! sequence into paragraphs of three to seven sentences, so paragraphs rarely repeat;
//! each article has a title, a byline and a date line, and a quarter of its paragraphs
//! are hard-wrapped at 72 columns, as e-mailed or plain-text articles are.

const SEED: &str = include_str!("seed.txt");

/// A small xorshift generator: enough to shuffle text reproducibly, no dependency.
struct Shuffle(u64);

impl Shuffle {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Articles until the text is at least `min_bytes` long.
pub fn build(min_bytes: usize) -> String {
    let sentences: Vec<&str> = SEED
        .lines()
        .filter(|l| l.ends_with(['.', '?', '!']))
        .collect();
    let mut shuffle = Shuffle(0x5EED_2026_1126);
    let mut out = String::with_capacity(min_bytes + 16 * 1024);
    let mut article = 0;
    while out.len() < min_bytes {
        article += 1;
        let title = sentences[shuffle.below(sentences.len())].trim_end_matches(['.', '?', '!']);
        out.push_str(&format!(
            "{title}\n\nBy Staff Writer {article}\n\nMarch {}, 2026\n\n",
            1 + article % 28
        ));
        for _ in 0..6 + shuffle.below(7) {
            let count = 3 + shuffle.below(5);
            let paragraph: Vec<&str> = (0..count)
                .map(|_| sentences[shuffle.below(sentences.len())])
                .collect();
            let paragraph = paragraph.join(" ");
            if shuffle.below(4) == 0 {
                out.push_str(&wrap(&paragraph, 72));
            } else {
                out.push_str(&paragraph);
            }
            out.push_str("\n\n");
        }
    }
    out
}

/// Greedy hard wrap at `width` characters, as `fmt` or a mail client does.
fn wrap(paragraph: &str, width: usize) -> String {
    let mut out = String::with_capacity(paragraph.len() + paragraph.len() / width + 1);
    let mut line_width = 0;
    for word in paragraph.split(' ') {
        let word_width = word.chars().count();
        if line_width > 0 && line_width + 1 + word_width > width {
            out.push('\n');
            line_width = 0;
        } else if line_width > 0 {
            out.push(' ');
            line_width += 1;
        }
        out.push_str(word);
        line_width += word_width;
    }
    out
}
