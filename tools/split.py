#!/usr/bin/env python3
"""Split a labelled set once, for good: a tuning half and an untouched half.

Every labelled set is split by a hash of the unit's id (for PTC lines and whole articles,
of the article, so one article never lands in both halves). The split never changes, so
figures of the untouched half stay honest: tune detectors on `tune`, report `holdout`
beside it, and drop any change that helps the one and hurts the other.

    python3 tools/split.py ../shared/data/rhetoric/opinion_dev.jsonl tune > /tmp/opinion_tune.jsonl
    python3 tools/split.py ../shared/data/rhetoric/opinion_dev.jsonl holdout > /tmp/opinion_holdout.jsonl

Only the rule is committed here, never the data.
"""
import hashlib
import json
import re
import sys

SALT = "slant-split-2026-12"


def group_of(unit_id: str) -> str:
    """The unit that must stay whole: a PTC article, else the id itself."""
    m = re.match(r"ptc-train-(\d+)-L\d+$", unit_id)
    if m:
        return m.group(1)
    # A sentence of a whole article (tools/labels/*.jsonl): ARTICLE@START-END.
    return unit_id.split("@", 1)[0]


def half_of(unit_id: str) -> str:
    digest = hashlib.sha256(f"{SALT}:{group_of(unit_id)}".encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "holdout"


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[2] not in ("tune", "holdout"):
        print("usage: split.py SET.jsonl tune|holdout", file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            if line.strip() and half_of(json.loads(line)["id"]) == sys.argv[2]:
                sys.stdout.write(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
