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
paragraph, the paragraphs among them with any charge, and each report's overall score),
writes the table with the command and the date in its header, and prints what the new scale
says about each group (levels, AUC). Levels are computed here from the new table, exactly as
the program does (src/score.rs), so the figures hold before the rebuild. It also prints the
lines and level shares of the table it replaces, and says when a line moved.

The levels: a paragraph is moderate from the score that 9 in 10 of the charged wire paragraphs
reach (their percentile 10; about 91% of wire paragraphs carry no charge, and a line read among
all paragraphs next to that share would jump when a detector change moves it across 90%), high
above percentile 99 of all wire paragraphs; a text is moderate above percentile 90 of the wire
reports, high from the paragraph moderate line.

    --articles FILE   the articles the wire scale is taken from (default: articles_dev.jsonl)
    --check FILE ...  also print the figures for these article files (e.g. a held-out half)
    --out PATH        where to write the table (default: src/score/reference.toml; - for none)
    --binary PATH     the slant binary (default: target/release/slant)
    --self-check      write nothing; check that this script's levels are the program's: every
                      paragraph and text level the binary prints, against the levels computed
                      here from the table it was built with (src/score/reference.toml)
"""
import argparse
import datetime
import json
import math
import os
import subprocess
import sys
import tomllib

MODERATE, HIGH, CHARGED = 90, 99, 10  # reference percentiles of the levels (src/score.rs)
MOVED = 2  # a line moving more than this many points from the committed table is reported
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


def paragraph_lines(para_table, charged_table):
    """(moderate, high) of a paragraph: moderate from percentile 10 of the charged wire
    paragraphs, never above high; high above percentile 99 of all (Reference::paragraph_cut)."""
    high = para_table[HIGH - 1] + 1
    return min(charged_table[CHARGED - 1], high), high


def text_lines(article_table, para_table, charged_table):
    """(moderate, high) of a text: moderate above percentile 90 of the wire reports, high from
    the paragraph moderate line, never below moderate (Reference::article_cut)."""
    moderate = article_table[MODERATE - 1] + 1
    return moderate, max(moderate, paragraph_lines(para_table, charged_table)[0])


def level(lines, score):
    moderate, high = lines
    return "high" if score >= high else "moderate" if score >= moderate else "low"


def auc(pos, neg):
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def shares(by_group, lines):
    """Per group: the share (%) of texts at each level, and their number."""
    out = {}
    for grp in ("wire", "opinion", "partisan"):
        xs = by_group.get(grp, [])
        if xs:
            levels = [level(lines, x) for x in xs]
            out[grp] = {lv: 100 * levels.count(lv) / len(xs) for lv in ("low", "moderate", "high")}
    return out


def figures(name, by_group, lines):
    print(f"{name}:")
    for grp, share in shares(by_group, lines).items():
        xs = by_group[grp]
        print(f"  {grp:9} n={len(xs):4} median {sorted(xs)[len(xs) // 2]:3}  "
              f"low {share['low']:3.0f}%  moderate {share['moderate']:3.0f}%  high {share['high']:3.0f}%  "
              f"moderate or high {share['moderate'] + share['high']:3.0f}%")
    if by_group.get("wire"):
        aucs = [f"{g} > wire {auc(by_group[g], by_group['wire']):.3f}"
                for g in ("opinion", "partisan") if by_group.get(g)]
        print("  AUC " + ", ".join(aucs))


def committed_lines(path):
    """(paragraph lines, text lines, made) of the table at `path`, or None when there is none
    or it predates the charged-paragraph rule."""
    try:
        with open(path, "rb") as f:
            t = tomllib.load(f)
        para, charged, article = (t[k]["percentiles"] for k in ("paragraph", "charged_paragraph", "article"))
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return None
    return paragraph_lines(para, charged), text_lines(article, para, charged), t.get("made", "?")


def compare(old, new, by_group):
    """Print how far the new lines are from the committed table's, and what that does to the
    level shares; say plainly whether they moved."""
    (old_para, old_text, made), (new_para, new_text) = old, new
    print(f"against the committed table (made {made}):")
    moved = []
    for what, o, n in (("paragraph moderate", old_para[0], new_para[0]), ("paragraph high", old_para[1], new_para[1]),
                       ("text moderate", old_text[0], new_text[0]), ("text high", old_text[1], new_text[1])):
        print(f"  {what:18} {o:3} -> {n:3}" + (f"  MOVED by {n - o:+d}" if abs(n - o) > MOVED else ""))
        if abs(n - o) > MOVED:
            moved.append(what)
    before, after = shares(by_group, old_text), shares(by_group, new_text)
    for grp in after:
        b, a = before[grp], after[grp]
        print(f"  {grp:9} high {b['high']:3.0f}% -> {a['high']:3.0f}%   moderate or high "
              f"{b['moderate'] + b['high']:3.0f}% -> {a['moderate'] + a['high']:3.0f}%")
    if moved:
        print(f"  The {', '.join(moved)} line moved by more than {MOVED} points: look at why (docs/scores.md, "
              "'How steady the lines are') before committing the table.")
    else:
        print(f"  No line moved by more than {MOVED} points.")


def self_check(binary, articles, table_path):
    """Count the paragraphs and texts whose level printed by the binary differs from the level
    computed here from `table_path`; exit 1 when any does."""
    with open(table_path, "rb") as f:
        t = tomllib.load(f)
    para, charged, article = (t[k]["percentiles"] for k in ("paragraph", "charged_paragraph", "article"))
    p_lines, t_lines = paragraph_lines(para, charged), text_lines(article, para, charged)
    checked, wrong = 0, []
    for _, r in reports(binary, articles):
        s = r["summary"]
        if s["paragraphs"] == 0:
            # An input with no text has no level: the program says "none", not "low".
            checked += 1
            if s["level"] != "none":
                wrong.append(f"{r.get('id')} (text): no text, the program says {s['level']}, this script none")
            pairs = []
        else:
            pairs = [(s["score"], s["level"], t_lines, f"{r.get('id')} (text)")]
        pairs += [(p["score"], p["level"], p_lines, f"{r.get('id')} paragraph {i + 1}")
                  for i, p in enumerate(r["paragraphs"]) if p["score"] is not None]
        for score, printed, lines, where in pairs:
            checked += 1
            if level(lines, score) != printed:
                wrong.append(f"{where}: score {score}, the program says {printed}, this script {level(lines, score)}")
    print(f"self-check: paragraph lines {p_lines}, text lines {t_lines}; {checked} levels compared, "
          f"{len(wrong)} differ")
    for w in wrong[:10]:
        print("  " + w)
    if wrong or checked == 0:
        sys.exit(1)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", default=os.path.join(ROOT, "..", "shared", "data", "calibration", "articles_dev.jsonl"))
    ap.add_argument("--check", nargs="*", default=[])
    ap.add_argument("--out", default=os.path.join(ROOT, "src", "score", "reference.toml"))
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "slant"))
    ap.add_argument("--self-check", action="store_true")
    args = ap.parse_args()
    committed = os.path.join(ROOT, "src", "score", "reference.toml")
    if args.self_check:
        self_check(args.binary, args.articles, committed)
        return

    paragraphs, articles, by_group = [], [], {}
    for grp, r in reports(args.binary, args.articles):
        by_group.setdefault(grp, []).append(r["summary"]["score"])
        if grp == "wire":
            articles.append(r["summary"]["score"])
            paragraphs.extend(p["score"] for p in r["paragraphs"] if p["score"] is not None)
    if not articles:
        sys.exit(f"no wire reports in {args.articles}")
    charged = [p for p in paragraphs if p > 0]
    if not charged:
        sys.exit(f"no wire paragraph of {args.articles} carries any charge: no scale to read the moderate line from")
    para_table, charged_table, article_table = quantiles(paragraphs), quantiles(charged), quantiles(articles)
    p_lines, t_lines = paragraph_lines(para_table, charged_table), text_lines(article_table, para_table, charged_table)
    old = committed_lines(committed)

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
# Levels (src/score.rs): a paragraph is moderate from percentile {CHARGED} of the charged paragraphs (the
# {len(charged)} scoring above 0), high above percentile {HIGH} of all; a text is moderate above percentile
# {MODERATE} of the reports, high from the paragraph moderate line. Here: a paragraph is moderate from
# {p_lines[0]}, high from {p_lines[1]}; a text moderate from {t_lines[0]}, high from {t_lines[1]}.

source = "{len(articles)} wire news reports (Reuters)"
command = "{command}"
made = "{today}"

[paragraph]
count = {len(paragraphs)}
percentiles = {json.dumps(para_table)}

[charged_paragraph]
count = {len(charged)}
percentiles = {json.dumps(charged_table)}

[article]
count = {len(articles)}
percentiles = {json.dumps(article_table)}
"""
    if args.out != "-":
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(table)
        print(f"wrote {args.out}")
    for name, tbl in (("paragraph", para_table), ("charged paragraph", charged_table), ("article", article_table)):
        print(f"{name}s of wire news at percentiles 10/50/90/95/99: {tbl[9]}/{tbl[49]}/{tbl[89]}/{tbl[94]}/{tbl[98]}")
    print(f"{len(charged)} of {len(paragraphs)} wire paragraphs ({100 * len(charged) / len(paragraphs):.1f}%) carry charge")
    print(f"levels: a paragraph is moderate from {p_lines[0]}, high from {p_lines[1]}; "
          f"a text moderate from {t_lines[0]}, high from {t_lines[1]}")
    figures(os.path.basename(args.articles), by_group, t_lines)
    for path in args.check:
        checked = {}
        for grp, r in reports(args.binary, path):
            checked.setdefault(grp, []).append(r["summary"]["score"])
        figures(os.path.basename(path), checked, t_lines)
    if old:
        compare(old, (p_lines, t_lines), by_group)
    else:
        print("the committed table has no charged_paragraph scale (made before that rule): no comparison")


if __name__ == "__main__":
    main()
