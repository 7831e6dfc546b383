#!/usr/bin/env python3
"""Make slant's reference scale: where wire news reports and their paragraphs score.

The levels and percentiles of every report are read off this table (src/score/reference.toml,
embedded in the program when it is built). It holds only numbers: the scores of the wire
reports at percentiles 1 to 99, never their text. Re-run it whenever the detectors or the
score formula change, then rebuild:

    cargo build --release
    python3 tools/calibrate.py
    cargo build --release && SNAPSHOTS=overwrite cargo test --test samples

It runs the built binary over ../shared/data/calibration/articles_dev.jsonl (whole articles,
`group` wire, opinion or partisan), takes the scores of the `wire` group (every scored
paragraph, and each report's overall score), writes the table with the command and the date
in its header, and prints what the new scale says about each group (levels, AUC). Levels are
computed here from the new table, exactly as the program does, so the figures hold before
the rebuild.

    --articles FILE   the articles the wire scale is taken from (default: articles_dev.jsonl)
    --check FILE ...  also print the figures for these article files (e.g. a held-out half)
    --out PATH        where to write the table (default: src/score/reference.toml; - for none)
    --binary PATH     the slant binary (default: target/release/slant)
"""
import argparse
import datetime
import json
import math
import os
import subprocess
import sys

MODERATE, HIGH = 90, 99  # reference percentiles of the levels (src/score.rs)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def reports(binary, path):
    """(group, report) for each article of `path`, analysed by the binary."""
    groups = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            groups[json.dumps(d["id"])] = d.get("group") or str(d["id"]).split(":")[0]
    out = subprocess.run(
        [binary, "analyze", "--input-format", "jsonl", "--format", "jsonl", path],
        check=False, capture_output=True, text=True,
    )
    for line in out.stdout.splitlines():
        r = json.loads(line)
        if "summary" in r:
            yield groups.get(json.dumps(r.get("id")), "?"), r


def quantiles(scores):
    """Scores at percentiles 1..99, nearest rank: at least p% of the scores are at or below."""
    xs = sorted(scores)
    return [xs[math.ceil(p * len(xs) / 100) - 1] for p in range(1, 100)]


def percentile_below(table, score):
    return sum(1 for q in table if q < score)


def moderate_line(table):
    """Above percentile 90; when that is 0, the first percentile above 90 that is not 0
    (Quantiles::lowest_score_at in src/score.rs)."""
    if table[MODERATE - 1] > 0:
        line = table[MODERATE - 1] + 1
    else:
        line = next((q for q in table[MODERATE:] if q > 0), 1)
    return min(line, table[HIGH - 1] + 1)


def article_level(article_table, para_table, score):
    """A text: moderate above 90% of wire reports, high from the paragraph moderate line."""
    moderate = moderate_line(article_table)
    high = max(moderate, moderate_line(para_table))
    return "high" if score >= high else "moderate" if score >= moderate else "low"


def auc(pos, neg):
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def figures(name, by_group, article_table, para_table):
    print(f"{name}:")
    for grp in ("wire", "opinion", "partisan"):
        xs = by_group.get(grp, [])
        if not xs:
            continue
        levels = [article_level(article_table, para_table, x) for x in xs]
        share = {lv: 100 * levels.count(lv) / len(xs) for lv in ("low", "moderate", "high")}
        print(f"  {grp:9} n={len(xs):4} median {sorted(xs)[len(xs) // 2]:3}  "
              f"low {share['low']:3.0f}%  moderate {share['moderate']:3.0f}%  high {share['high']:3.0f}%  "
              f"moderate or high {share['moderate'] + share['high']:3.0f}%")
    if by_group.get("wire"):
        aucs = [f"{g} > wire {auc(by_group[g], by_group['wire']):.3f}"
                for g in ("opinion", "partisan") if by_group.get(g)]
        print("  AUC " + ", ".join(aucs))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", default=os.path.join(ROOT, "..", "shared", "data", "calibration", "articles_dev.jsonl"))
    ap.add_argument("--check", nargs="*", default=[])
    ap.add_argument("--out", default=os.path.join(ROOT, "src", "score", "reference.toml"))
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "slant"))
    args = ap.parse_args()

    paragraphs, articles, by_group = [], [], {}
    for grp, r in reports(args.binary, args.articles):
        by_group.setdefault(grp, []).append(r["summary"]["score"])
        if grp == "wire":
            articles.append(r["summary"]["score"])
            paragraphs.extend(p["score"] for p in r["paragraphs"] if p["score"] is not None)
    if not articles:
        sys.exit(f"no wire reports in {args.articles}")
    para_table, article_table = quantiles(paragraphs), quantiles(articles)

    version = subprocess.run([args.binary, "--version"], capture_output=True, text=True).stdout.strip()
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    today = datetime.date.today().isoformat()
    command = "python3 tools/calibrate.py" + ("" if args.articles == ap.get_default("articles")
                                              else f" --articles {os.path.basename(args.articles)}")
    table = f"""# slant's reference scale: scores of wire news, the yardstick of every level and percentile.
# Made by `{command}` on {today} with {version} (commit {commit}),
# from {len(articles)} wire reports ({len(paragraphs)} scored paragraphs) of {os.path.basename(args.articles)}.
# Only numbers are kept: `percentiles[p - 1]` is the score at percentile p (nearest rank).
# Levels (src/score.rs): moderate above percentile {MODERATE}; a paragraph is high above percentile {HIGH},
# a text from the paragraph moderate line.

source = "{len(articles)} wire news reports (Reuters)"
command = "{command}"
made = "{today}"

[paragraph]
count = {len(paragraphs)}
percentiles = {json.dumps(para_table)}

[article]
count = {len(articles)}
percentiles = {json.dumps(article_table)}
"""
    if args.out != "-":
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(table)
        print(f"wrote {args.out}")
    for name, tbl in (("paragraph", para_table), ("article", article_table)):
        print(f"{name}s of wire news at percentiles 50/90/95/99: {tbl[49]}/{tbl[89]}/{tbl[94]}/{tbl[98]}")
    moderate = moderate_line(article_table)
    print(f"levels: a paragraph is moderate from {moderate_line(para_table)}, high from {para_table[HIGH - 1] + 1}; "
          f"a text moderate from {moderate}, high from {max(moderate, moderate_line(para_table))}")
    figures(os.path.basename(args.articles), by_group, article_table, para_table)
    for path in args.check:
        checked = {}
        for grp, r in reports(args.binary, path):
            checked.setdefault(grp, []).append(r["summary"]["score"])
        figures(os.path.basename(path), checked, article_table, para_table)


if __name__ == "__main__":
    main()
