//! Throughput of slant's segmentation and whole analysis against plain UAX #29 sentence
//! splitting (`unicode_sentences()`), side by side on the same generated corpus.
//!
//! Run with `cargo bench --bench throughput`. Each measure is the median of several runs,
//! on one thread and on all cores (slant analyses the paragraphs of a long text in
//! parallel); the corpus is built from `benches/corpus/seed.txt` (see corpus/mod.rs).

mod corpus;

use slant::analysis::Analyzer;
use slant::lexicon::LexiconSet;
use slant::report::Report;
use std::hint::black_box;
use std::time::{Duration, Instant};
use unicode_segmentation::UnicodeSegmentation;

const CORPUS_BYTES: usize = 21 * 1024 * 1024;

fn median_time(runs: usize, mut work: impl FnMut() -> usize) -> (Duration, usize) {
    let mut times = Vec::with_capacity(runs);
    let mut result = 0;
    for _ in 0..runs {
        let start = Instant::now();
        result = black_box(work());
        times.push(start.elapsed());
    }
    times.sort();
    (times[runs / 2], result)
}

fn main() {
    // BENCH_CORPUS_OUT=FILE [BENCH_CORPUS_MB=N] writes the corpus (N MB, default 21) to
    // FILE and stops: the input of the memory and command-line measurements.
    if let Some(path) = std::env::var_os("BENCH_CORPUS_OUT") {
        let megabytes: usize = std::env::var("BENCH_CORPUS_MB")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(21);
        let text = corpus::build(megabytes * 1024 * 1024);
        std::fs::write(&path, &text).expect("corpus written");
        println!("wrote {} bytes", text.len());
        return;
    }
    let text = corpus::build(CORPUS_BYTES);
    let megabytes = text.len() as f64 / 1e6;
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    println!("corpus: {:.1} MB, {} runs each, median", megabytes, runs);
    println!("machine: {}", cpu_model());
    if let Ok(only) = std::env::var("BENCH_ONLY") {
        // For a profiler: run one measure only.
        let analyzer = Analyzer::new(&LexiconSet::builtin());
        let (time, count) = match only.as_str() {
            "segment" => median_time(runs, || slant::text::sentences(&text).len()),
            "paragraphs" => median_time(runs, || {
                slant::text::paragraph::split_paragraphs(&text).len()
            }),
            _ => median_time(runs, || analyzer.analyze(&text).findings.len()),
        };
        println!("{only}: {count} in {:.3} s", time.as_secs_f64());
        return;
    }

    // The machine may be shared: within a group, measures take turns run after run, so a
    // slow moment slows all of them; each keeps its median and is compared with the
    // unicode_sentences() of its own group.
    let analyzer = Analyzer::new(&LexiconSet::builtin());
    let one_thread = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a thread pool");
    let report_file = std::env::temp_dir().join("slant-bench-report.json");
    let uax = || text.unicode_sentences().count();
    let segment = || slant::text::sentences(&text).len();
    let analyze = || analyzer.analyze(&text).findings.len();
    // What `slant analyze FILE --format json -o REPORT` does after reading the file.
    let report = || {
        let analysis = analyzer.analyze(&text);
        let file = std::fs::File::create(&report_file).expect("report file");
        let mut out = std::io::BufWriter::new(file);
        Report::new(analysis, "corpus", text.len())
            .write_json_pretty(&mut out)
            .expect("report written");
        drop(out);
        std::fs::metadata(&report_file).map_or(0, |m| m.len() as usize)
    };
    let analyze_1 = || one_thread.install(analyze);
    let report_1 = || one_thread.install(report);
    println!();
    println!("| measure | sentences / findings / bytes | time | MB/s | × unicode_sentences() |");
    println!("|---|---|---|---|---|");
    let segmentation: [(&str, &dyn Fn() -> usize); 2] = [
        ("unicode_sentences()", &uax),
        ("slant segmentation (paragraphs + sentences)", &segment),
    ];
    let _ = run_group(&segmentation, runs, megabytes, &|| {});
    let analysis: [(&str, &dyn Fn() -> usize); 5] = [
        ("unicode_sentences()", &uax),
        ("slant analysis, one thread (findings)", &analyze_1),
        (
            "slant analysis + JSON report file, one thread (bytes)",
            &report_1,
        ),
        ("slant analysis, all cores (findings)", &analyze),
        (
            "slant analysis + JSON report file, all cores (bytes)",
            &report,
        ),
    ];
    // Each report is a new file, removed after its run (not timed): otherwise the system
    // would still be writing the 170 MB of the run before to disk during the next measure.
    let rounds = run_group(&analysis, runs, megabytes, &|| {
        let _ = std::fs::remove_file(&report_file);
    });
    // The host's speed drifts by tens of percent within a minute, so the two medians
    // above may come from faster and slower moments; one thread against all cores is
    // compared within each round (seconds apart), and the median of those ratios kept.
    let mut speed_ups: Vec<f64> = rounds[1]
        .iter()
        .zip(&rounds[3])
        .map(|(one, all)| one.as_secs_f64() / all.as_secs_f64())
        .collect();
    speed_ups.sort_by(f64::total_cmp);
    println!();
    println!(
        "analysis, all cores against one thread, round by round: median {:.2}× (from {:.2}× to {:.2}×)",
        speed_ups[runs / 2],
        speed_ups[0],
        speed_ups[runs - 1]
    );
}

/// Runs the measures of a group in turn, `runs` times, and prints a row for each after
/// the first (the unicode_sentences() baseline of the group); `clean_up` runs after each
/// measure, untimed. Returns each measure's times, round by round.
fn run_group(
    measures: &[(&str, &dyn Fn() -> usize)],
    runs: usize,
    megabytes: f64,
    clean_up: &dyn Fn(),
) -> Vec<Vec<Duration>> {
    let mut times = vec![Vec::new(); measures.len()];
    let mut counts = vec![0; measures.len()];
    for _ in 0..runs {
        for (k, (_, work)) in measures.iter().enumerate() {
            let start = Instant::now();
            counts[k] = black_box(work());
            times[k].push(start.elapsed());
            clean_up();
        }
    }
    let medians: Vec<Duration> = times
        .iter()
        .map(|t| {
            let mut sorted = t.clone();
            sorted.sort();
            sorted[sorted.len() / 2]
        })
        .collect();
    let rate = |d: Duration| megabytes / d.as_secs_f64();
    let base = rate(medians[0]);
    for (k, (name, _)) in measures.iter().enumerate() {
        let d = medians[k];
        println!(
            "| {name} | {} | {:.3} s | {:.1} | {:.2} |",
            counts[k],
            d.as_secs_f64(),
            rate(d),
            rate(d) / base
        );
    }
    times
}

fn cpu_model() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .map(|l| l.trim_start_matches([' ', '\t', ':']).to_string())
        .unwrap_or_else(|| "unknown CPU".to_string());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    format!("{model}, {cores} cores available")
}
