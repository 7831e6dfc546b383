#!/usr/bin/env python3
"""How sure is a figure? Precision, recall and F1 with a 90% bootstrap interval.

A 200-sentence half with 9 positive sentences moves its F1 by .10 when one sentence changes,
so a figure alone says little. This script runs slant over labelled sets (JSON lines with
"id", "text" and "labels", as ../shared/eval/score.py reads them), counts as score.py does (a
sentence is flagged for a category when it has a finding of it; for unsourced and absolute,
quoted findings do not count), and resamples whole articles with replacement (sentences of one
article are not independent) to give the 5th and 95th percentile of each figure.

    python3 tools/interval.py /tmp/pooled.holdout.jsonl
    python3 tools/interval.py --runs 2000 --seed 7 SET.jsonl OTHER.jsonl

Options: --slant BINARY (target/release/slant), --runs N (1000), --seed S (1). Each file is
reported on its own. Standard library only.
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from audit_rules import counts, reports  # noqa: E402
from split import group_of  # noqa: E402

CATEGORIES = {"loaded": "loaded-language", "unsourced": "unsourced-assertion", "absolute": "absolute-claim"}


def predictions(slant, rows):
    """Sentence id -> the set of short category names slant flags in it."""
    return {
        unit: {
            short for short, long in CATEGORIES.items()
            if any(counts(f, long) for f in report.get("findings", []))
        }
        for unit, report in reports(slant, rows).items()
    }


def figures(counts):
    """(precision, recall, F1) from (true positives, false positives, false negatives)."""
    tp, fp, fn = counts
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--slant", default="target/release/slant")
    ap.add_argument("--runs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    print("file | category | positives | P [90%] | R [90%] | F1 [90%]")
    for path in args.files:
        rows = [json.loads(line) for line in open(path, encoding="utf-8")]
        flagged = predictions(args.slant, rows)
        for short in CATEGORIES:
            # Per article: (tp, fp, fn) of its sentences labelled for this category.
            per_article = {}
            for r in rows:
                label = r["labels"].get(short)
                if label is None:
                    continue
                pred = short in flagged.get(r["id"], set())
                c = per_article.setdefault(group_of(r["id"]), [0, 0, 0])
                c[0] += label and pred
                c[1] += pred and not label
                c[2] += label and not pred
            if not per_article:
                continue
            groups = list(per_article.values())
            total = [sum(c[i] for c in groups) for i in range(3)]
            rng = random.Random(args.seed)
            samples = []
            for _ in range(args.runs):
                pick = [rng.choice(groups) for _ in groups]
                samples.append(figures([sum(c[i] for c in pick) for i in range(3)]))
            cells = []
            for i, value in enumerate(figures(total)):
                xs = sorted(s[i] for s in samples)
                lo, hi = xs[int(0.05 * len(xs))], xs[int(0.95 * len(xs)) - 1]
                cells.append(f"{value:.2f} [{lo:.2f}–{hi:.2f}]")
            name = path.rsplit("/", 1)[-1]
            print(f"{name} | {short} | {total[0] + total[2]} | " + " | ".join(cells))


if __name__ == "__main__":
    main()
