#!/usr/bin/env python3
"""Vet a detector change on text nobody labelled or tuned on: the findings it adds and removes.

A rule tuned on labelled sentences can look better on them and still be wrong where it fires
elsewhere. This script runs two builds of slant (before and after a change) over whole articles,
compares their findings sentence by sentence (category, rule and matched text), and prints a
random sample of the findings added and removed, each with its sentence and the article's group
(wire, opinion, partisan). Read every sampled finding and judge it by ../shared/GUIDE.md: keep a
change only if about 70% or more of its added findings are right and of its removed findings were
wrong. A rule that fires mostly in wire news is suspect.

The articles are the tuning half of ../shared/data/calibration/articles_dev.jsonl (tools/split.py)
with every sentence of the committed labelled sets (tools/labels/*.jsonl) blanked out, so vetting
never reads a labelled sentence. Only the figures are printed; nothing is written.

    cp target/release/slant /tmp/slant-before       # build of main, before the change
    # ... change a rule or a lexicon, cargo build --release ...
    python3 tools/vet_rules.py /tmp/slant-before target/release/slant --category absolute-claim
    python3 tools/vet_rules.py /tmp/slant-before target/release/slant --lexicons my-lexicons/

Options: --category (loaded-language | unsourced-assertion | absolute-claim), --sample N (25),
--seed S (1), --articles FILE.jsonl (other articles, read as they are), --blank FILE.jsonl (one more
set of labelled ids to blank, repeatable), --lexicons DIR (passed to the second build).
"""
import argparse
import collections
import glob
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split import half_of  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "..", "..", "shared", "data", "calibration", "articles_dev.jsonl")


def labelled_spans(paths):
    """Article id -> byte spans of its labelled sentences (ids are ARTICLE@START-END)."""
    spans = collections.defaultdict(list)
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                article, span = json.loads(line)["id"].rsplit("@", 1)
                start, end = map(int, span.split("-"))
                spans[article].append((start, end))
    return spans


def vetting_articles(args):
    """The articles to run on: given as they are, or articles_dev's tuning half, labelled sentences blanked."""
    with open(args.articles or ARTICLES, encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    if args.articles:
        return articles
    blank = labelled_spans(sorted(glob.glob(os.path.join(HERE, "labels", "*.jsonl"))) + args.blank)
    kept = []
    for article in articles:
        if half_of(article["id"]) != "tune":
            continue
        text = bytearray(article["text"].encode())
        for start, end in blank.get(article["id"], []):
            text[start:end] = b" " * (end - start)  # same length: spans stay byte-true
        kept.append({**article, "text": text.decode("utf-8", errors="replace")})
    return kept


def findings(binary, extra, articles, category, keep_quoted=True):
    """Counter of (article, sentence start, end, category, rule, text), and the sentences' text.
    Without `keep_quoted`, unsourced and absolute findings inside quotations are left out, as
    ../shared/eval/score.py leaves them out (those labels are about the author's voice)."""
    by_id = {a["id"]: a for a in articles}
    lines = "".join(json.dumps({"id": a["id"], "text": a["text"]}) + "\n" for a in articles)
    out = subprocess.run(
        [binary, "analyze", "--input-format", "jsonl", "--format", "jsonl", *extra, "-"],
        input=lines.encode(), capture_output=True, check=True,
    ).stdout.decode()
    found, sentences = collections.Counter(), {}
    for line in out.splitlines():
        report = json.loads(line)
        text = by_id[report["id"]]["text"].encode()
        spans = {s["index"]: (s["span"]["start"], s["span"]["end"]) for s in report["sentences"]}
        for finding in report["findings"]:
            if category and finding["category"] != category:
                continue
            if not keep_quoted and finding.get("quoted") and finding["category"] != "loaded-language":
                continue
            start, end = spans[finding["sentence"]]
            found[(report["id"], start, end, finding["category"], finding["rule"], finding["text"])] += 1
            sentences[(report["id"], start, end)] = text[start:end].decode(errors="replace").strip()
    return found, sentences


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("before", help="slant binary before the change")
    ap.add_argument("after", help="slant binary after the change")
    ap.add_argument("--category")
    ap.add_argument("--sample", type=int, default=25)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--articles")
    ap.add_argument("--blank", action="append", default=[])
    ap.add_argument("--lexicons", help="pass --lexicons DIR to the second build")
    args = ap.parse_args()

    articles = vetting_articles(args)
    group = {a["id"]: a.get("group", "?") for a in articles}
    before, before_text = findings(args.before, [], articles, args.category)
    after, after_text = findings(
        args.after, ["--lexicons", args.lexicons] if args.lexicons else [], articles, args.category
    )
    sentences = {**before_text, **after_text}
    rng = random.Random(args.seed)
    for name, items in (("ADDED", list((after - before).elements())), ("REMOVED", list((before - after).elements()))):
        by_group = dict(collections.Counter(group[k[0]] for k in items))
        print(f"== {name}: {len(items)} findings in {len(articles)} articles; by group: {by_group}")
        for k in rng.sample(items, min(args.sample, len(items))):
            print(f"- [{group[k[0]]}] {k[3]} {k[4]} «{k[5]}»\n    {sentences[(k[0], k[1], k[2])]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
