#!/usr/bin/env python3
"""Rebuild a labelled sentence set from its committed ids and the developers' articles.

The project commits only ids, byte offsets and labels (tools/labels/*.jsonl), never text.
An id is `ARTICLE@START-END`: the sentence is bytes START..END of that article's text in
../shared/data/calibration/articles_dev.jsonl, white space trimmed. This prints the set in
the form ../shared/eval/score.py reads ({"id", "text", "labels"} per line):

    python3 tools/labelled_set.py tools/labels/articles_sample.jsonl \
        ../shared/data/calibration/articles_dev.jsonl > /tmp/articles_sample.jsonl
"""
import json
import sys


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: labelled_set.py LABELS.jsonl ARTICLES.jsonl", file=sys.stderr)
        return 2
    with open(sys.argv[2], encoding="utf-8") as f:
        articles = {a["id"]: a["text"].encode() for a in map(json.loads, f)}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            unit = json.loads(line)
            article, offsets = unit["id"].rsplit("@", 1)
            start, end = map(int, offsets.split("-"))
            text = articles[article][start:end].decode().strip()
            print(json.dumps({"id": unit["id"], "text": text, "labels": unit["labels"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
