//! How counts and lists are written for readers, in the reports and on the command line:
//! "1 sheet", "2,040 sheets", "1 heading, 2 repeated paragraphs and 1 line of furniture".

/// `n` (with thousands separated) and the singular or plural noun: "1 sheet", "2,040
/// sheets". The one helper for counted nouns, in the reports and on the command line.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

/// `items` as a reader's list: "a", "a and b", "a, b and c" (empty for none). The one
/// helper for lists in sentences, in the reports and on the command line.
pub fn listed<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [only] => only.as_ref().to_string(),
        [first @ .., last] => {
            let first: Vec<&str> = first.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", first.join(", "), last.as_ref())
        }
    }
}

/// Numbers written as runs, each with `prefix`: "S3, S7–S9, S23–S65" for 3, 7, 8, 9, 23 …
/// 65 (sorted and without repeats first; two in a row stay two: "S4, S5"). A sheet missing
/// 43 lines had been named with 43 numbers.
pub fn numbered_runs(numbers: &[usize], prefix: &str) -> String {
    let mut sorted = numbers.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for n in sorted {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == n => *end = n,
            _ => runs.push((n, n)),
        }
    }
    runs.iter()
        .flat_map(|&(start, end)| match end - start {
            0 => vec![format!("{prefix}{start}")],
            1 => vec![format!("{prefix}{start}"), format!("{prefix}{end}")],
            _ => vec![format!("{prefix}{start}–{prefix}{end}")],
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `12345` as `12,345`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_takes_the_noun_that_fits_it_and_separates_thousands() {
        assert_eq!(plural(1, "sheet", "sheets"), "1 sheet");
        assert_eq!(plural(0, "sheet", "sheets"), "0 sheets");
        assert_eq!(plural(2040, "sheet", "sheets"), "2,040 sheets");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(999), "999");
    }

    #[test]
    fn numbers_in_a_row_are_written_as_a_run() {
        let cases: &[(&[usize], &str)] = &[
            (&[], ""),
            (&[6], "S6"),
            (&[4, 5], "S4, S5"),
            (&[3, 7, 8, 9], "S3, S7–S9"),
            (&[12, 2, 11, 10, 10], "S2, S10–S12"),
            (
                &[1, 2, 3, 5, 6, 8, 40, 41, 42, 43],
                "S1–S3, S5, S6, S8, S40–S43",
            ),
        ];
        for (numbers, written) in cases {
            assert_eq!(numbered_runs(numbers, "S"), *written, "{numbers:?}");
        }
    }

    #[test]
    fn a_list_names_its_last_item_after_and() {
        let cases: &[(&[&str], &str)] = &[
            (&[], ""),
            (&["1 caption"], "1 caption"),
            (&["1 caption", "2 notes"], "1 caption and 2 notes"),
            (&["a", "b", "c", "d"], "a, b, c and d"),
        ];
        for (items, list) in cases {
            assert_eq!(listed(items), *list, "{items:?}");
        }
    }
}
