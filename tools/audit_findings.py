#!/usr/bin/env python3
"""Draw random findings of one category from articles nobody labelled, to judge by the guide.

Labelled sets are small and tuned on; the precision a reader meets is on articles slant never
saw. This script runs one build over a half of ../shared/data/calibration/articles_dev.jsonl
(every sentence of the committed labelled sets blanked, as tools/vet_rules.py does) and prints a
seeded random sample of one category's findings in the author's voice, each with its sentence,
rule, matched words, the article's group and an id (ARTICLE@START-END of the sentence). Judge
each by ../shared/GUIDE.md as right, wrong or unclear: right / (right + wrong) is the precision
on unseen text, and the wrong ones, grouped into general classes, say which guard to write.

Find classes on the tuning half; confirm a fix with a fresh sample (another --seed) of the
holdout half, which nobody reads for tuning.

    python3 tools/audit_findings.py target/release/slant --category unsourced-assertion --sample 60
    python3 tools/audit_findings.py target/release/slant --category absolute-claim --half holdout --seed 7

Options: --category (loaded-language | unsourced-assertion | absolute-claim), --sample N (50),
--seed S (1), --half tune|holdout (tune), --groups (opinion,partisan; add wire for news),
--rule PREFIX (only rules whose id starts so), --quoted (also findings inside quotations).
Standard library only; nothing is written.
"""
import argparse
import collections
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vet_rules import findings, labelled_spans, ARTICLES, HERE  # noqa: E402
from split import half_of  # noqa: E402

import glob  # noqa: E402
import json  # noqa: E402


def audit_articles(half, groups):
    """Articles of one half and the given groups, labelled sentences blanked (byte spans kept)."""
    blank = labelled_spans(sorted(glob.glob(os.path.join(HERE, "labels", "*.jsonl"))))
    kept = []
    with open(ARTICLES, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            article = json.loads(line)
            if half_of(article["id"]) != half or article.get("group") not in groups:
                continue
            text = bytearray(article["text"].encode())
            for start, end in blank.get(article["id"], []):
                text[start:end] = b" " * (end - start)
            kept.append({**article, "text": text.decode("utf-8", errors="replace")})
    return kept


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("slant", help="slant binary")
    ap.add_argument("--category", required=True)
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--half", choices=("tune", "holdout"), default="tune")
    ap.add_argument("--groups", default="opinion,partisan")
    ap.add_argument("--rule", default="")
    ap.add_argument("--quoted", action="store_true")
    args = ap.parse_args()

    articles = audit_articles(args.half, set(args.groups.split(",")))
    group = {a["id"]: a.get("group", "?") for a in articles}
    found, sentences = findings(args.slant, [], articles, args.category, keep_quoted=args.quoted)
    # One finding per sentence: the guide judges a sentence, and a sentence with many findings
    # would otherwise be drawn more often.
    by_sentence = collections.defaultdict(list)
    for key in found:
        if key[4].startswith(args.rule) or key[4].split("/", 1)[-1].startswith(args.rule):
            by_sentence[key[:3]].append(key)
    keys = sorted(by_sentence)
    print(f"== {len(keys)} sentences with a finding in {len(articles)} articles "
          f"({args.half} half, {args.groups}); {min(args.sample, len(keys))} drawn, seed {args.seed}")
    for n, sentence in enumerate(random.Random(args.seed).sample(keys, min(args.sample, len(keys))), 1):
        marks = "; ".join(f"{k[4]} «{k[5]}»" for k in sorted(by_sentence[sentence]))
        print(f"{n}. [{group[sentence[0]]}] {sentence[0]}@{sentence[1]}-{sentence[2]}  {marks}\n"
              f"    {sentences[sentence]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
