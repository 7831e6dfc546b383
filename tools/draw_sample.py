#!/usr/bin/env python3
"""Draw sentences at random from the developers' articles, for two readers to label.

Sentences are the prose sentences (five words or more, first copies of paragraphs only) that
slant's own segmentation finds in ../shared/data/calibration/articles_dev.jsonl. Sentences
already in an earlier labelled set are left out. Prints {"n", "id", "text"} per line; only the
ids and the settled labels are committed (tools/labels/), never the text:

    cargo build --release
    python3 tools/draw_sample.py --seed 20261202 --groups opinion,partisan --count 400 \
        --exclude tools/labels/articles_sample.jsonl > /tmp/sample.jsonl
"""
import argparse
import json
import random
import subprocess

ARTICLES = "../shared/data/calibration/articles_dev.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--groups", default="opinion,partisan")
    ap.add_argument("--count", type=int, default=400)
    ap.add_argument("--exclude", action="append", default=[])
    ap.add_argument("--articles", default=ARTICLES)
    args = ap.parse_args()

    taken = set()
    for path in args.exclude:
        with open(path, encoding="utf-8") as f:
            taken |= {json.loads(line)["id"] for line in f}
    groups = set(args.groups.split(","))
    with open(args.articles, encoding="utf-8") as f:
        articles = [a for a in map(json.loads, f) if a["group"] in groups]
    documents = "".join(json.dumps({"id": a["id"], "text": a["text"]}) + "\n" for a in articles)
    reports = subprocess.run(
        ["target/release/slant", "analyze", "--input-format", "jsonl", "--format", "jsonl", "-"],
        input=documents.encode(), capture_output=True, check=True,
    ).stdout.decode()
    text_of = {a["id"]: a["text"].encode() for a in articles}

    pool = []
    for line in reports.splitlines():
        report = json.loads(line)
        text = text_of[report["id"]]
        prose = {p["index"] for p in report["paragraphs"]
                 if p["kind"] == "prose" and p["duplicate_of"] is None}
        for sentence in report["sentences"]:
            if sentence["paragraph"] not in prose:
                continue
            start, end = sentence["span"]["start"], sentence["span"]["end"]
            words = text[start:end].decode().strip()
            unit = f'{report["id"]}@{start}-{end}'
            if len(words.split()) >= 5 and unit not in taken:
                pool.append((unit, words))

    random.seed(args.seed)
    for n, (unit, words) in enumerate(random.sample(pool, args.count), 1):
        print(json.dumps({"n": n, "id": unit, "text": words}))


if __name__ == "__main__":
    main()
