//! Running many documents on all cores: one helper that analyzes a chunk while the chunk
//! before is written, in input order, and a progress bar for long runs.

use std::io::IsTerminal;

/// How many documents per worker thread a batch reads, analyzes (in parallel) and writes
/// at a time: memory stays bounded however long the stream, and the last chunk, written
/// after everything else is done, stays short.
const CHUNK_PER_THREAD: usize = 64;

/// How many documents a batch takes at a time.
pub fn chunk_size() -> usize {
    CHUNK_PER_THREAD * rayon::current_num_threads()
}

/// Runs `work` on the worker threads while this thread runs `meantime`: both at once.
pub fn meanwhile<T: Send, R>(
    work: impl FnOnce() -> T + Send,
    meantime: impl FnOnce() -> R,
) -> (T, R) {
    let mut done = None;
    let other = rayon::in_place_scope(|scope| {
        scope.spawn(|_| done = Some(work()));
        meantime()
    });
    (done.expect("the scope waits for its work"), other)
}

/// Chunks, from `first` on, taken one after another through `analyze` (on the worker
/// threads) while this thread `write`s the results of the chunk before and takes the
/// next: the cores stay busy, and results are written in order.
pub fn pipeline<C: Send, R: Send, E>(
    first: Option<C>,
    mut next: impl FnMut() -> Result<Option<C>, E>,
    analyze: impl Fn(C) -> R + Sync,
    mut write: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E> {
    let mut pending = None;
    let mut chunk = first;
    while let Some(c) = chunk {
        let (analyzed, after) = meanwhile(
            || analyze(c),
            || {
                pending
                    .take()
                    .map_or(Ok(()), &mut write)
                    .and_then(|()| next())
            },
        );
        pending = Some(analyzed);
        chunk = after?;
    }
    pending.map_or(Ok(()), write)
}

/// How fast texts are analysed, as a student reads it: "120 texts a second", "2.5 texts
/// a second", or "a text every 4 seconds" when slower than one a second.
fn rate_in_words(per_second: f64) -> String {
    if !per_second.is_finite() || per_second <= 0.0 {
        "starting".to_string()
    } else if per_second >= 10.0 {
        format!("{:.0} texts a second", per_second)
    } else if per_second >= 1.0 {
        format!("{:.1} texts a second", per_second)
    } else {
        match (1.0 / per_second).round() {
            seconds if seconds <= 1.0 => "about a text a second".to_string(),
            seconds => format!("a text every {seconds:.0} seconds"),
        }
    }
}

/// A progress bar on stderr for runs over many texts, only when stderr is a terminal.
pub struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    pub fn new(total: usize) -> Progress {
        let shown = total > 1 && std::io::stderr().is_terminal();
        Progress(shown.then(|| {
            let bar = indicatif::ProgressBar::new(total as u64);
            // The bar takes what the terminal's width leaves; the rate is in words
            // ("120 texts a second"), not indicatif's "119.8734/s".
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{wide_bar} {pos}/{len} texts, {rate}, {eta} left",
                )
                .map(|style| {
                    style.with_key(
                        "rate",
                        |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                            let _ = w.write_str(&rate_in_words(state.per_sec()));
                        },
                    )
                })
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        }))
    }

    pub fn tick(&self) {
        if let Some(bar) = &self.0 {
            bar.inc(1);
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The newcomer6 trial: the bar said "1327.9183/s", which a student cannot read.
    #[test]
    fn the_rate_is_said_in_words_with_few_digits() {
        assert_eq!(rate_in_words(1_327.918_3), "1328 texts a second");
        assert_eq!(rate_in_words(2.54), "2.5 texts a second");
        assert_eq!(rate_in_words(0.25), "a text every 4 seconds");
        assert_eq!(rate_in_words(0.8), "about a text a second");
        assert_eq!(rate_in_words(0.0), "starting");
    }

    #[test]
    fn meanwhile_runs_both_and_returns_both() {
        let (work, meantime) = meanwhile(|| (1..=100).sum::<u32>(), || "read");
        assert_eq!((work, meantime), (5050, "read"));
    }

    #[test]
    fn a_pipeline_writes_every_chunk_in_order() {
        let mut chunks = (1..10).map(|n| vec![n; n]);
        let mut written = Vec::new();
        let result: Result<(), ()> = pipeline(
            chunks.next(),
            || Ok(chunks.next()),
            |chunk| chunk.iter().map(|n| n * 10).collect::<Vec<_>>(),
            |analyzed| {
                written.extend(analyzed);
                Ok(())
            },
        );
        assert_eq!(result, Ok(()));
        let expected: Vec<usize> = (1..10).flat_map(|n| vec![n * 10; n]).collect();
        assert_eq!(written, expected);
    }

    #[test]
    fn a_pipeline_stops_at_the_first_error_after_writing_what_came_before() {
        let mut taken = 0;
        let mut written = Vec::new();
        let result = pipeline(
            Some(0),
            || {
                taken += 1;
                if taken == 3 {
                    Err("unreadable")
                } else {
                    Ok(Some(taken))
                }
            },
            |chunk| chunk,
            |analyzed| {
                written.push(analyzed);
                Ok(())
            },
        );
        assert_eq!(result, Err("unreadable"));
        assert_eq!(written, [0, 1]);
        let nothing: Result<(), ()> = pipeline(
            None::<u8>,
            || Ok(None),
            |c| c,
            |_| panic!("nothing to write"),
        );
        assert_eq!(nothing, Ok(()));
    }
}
