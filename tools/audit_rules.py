#!/usr/bin/env python3
"""Audit a detector's precision rule by rule on labelled sentences: how often each rule is right.

A set's precision hides which rules earn their place. This script runs slant over one or more
labelled sets (JSON lines with "id", "text" and "labels"; the TUNE halves only, never a holdout),
pools them and counts, for each rule id of one category, the sentences it flags whose label is
true (right) and false (wrong), and the same by the matched word or phrase. A rule or word right
less than about half of the time needs a guard or should go: read its wrong flags with --show.

    python3 tools/audit_rules.py --category absolute-claim /tmp/splits/opinion_dev.tune.jsonl ...
    python3 tools/audit_rules.py --category absolute-claim --show absolute-claim/always FILES...
    python3 tools/audit_rules.py --category absolute-claim --show never FILES...   # a matched word

Options: --slant BINARY (target/release/slant), --category (loaded-language |
unsourced-assertion | absolute-claim), --show RULE-OR-WORD (print its flagged sentences with their
label), --min N (list only rules and words with N flags or more; 1). Standard library only.
"""
import argparse
import collections
import json
import subprocess

LABEL = {"loaded-language": "loaded", "unsourced-assertion": "unsourced", "absolute-claim": "absolute"}


def reports(slant, rows):
    """Sentence id -> slant's JSON report of it, each sentence sent as one document."""
    text = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows)
    out = subprocess.run(
        [slant, "analyze", "--input-format", "jsonl", "--format", "jsonl", "-"],
        input=text, capture_output=True, text=True, check=True,
    ).stdout
    return {report["id"]: report for report in map(json.loads, out.splitlines())}


def counts(finding, category):
    """Whether `finding` counts for `category` as ../shared/eval/score.py counts it: quoted
    words are someone else's, and the unsourced and absolute labels are about the author's
    voice, so their quoted findings do not count."""
    return finding["category"] == category and not (finding.get("quoted") and category != "loaded-language")


def flags(slant, rows, category):
    """Sentence id -> the findings of `category` slant makes in it."""
    return {
        unit: [f for f in report.get("findings", []) if counts(f, category)]
        for unit, report in reports(slant, rows).items()
    }


def table(title, counts, minimum):
    print(f"\n{title:<52} {'right':>5} {'wrong':>5} {'prec':>5}")
    for key, (right, wrong) in sorted(counts.items(), key=lambda kv: -(kv[1][0] + kv[1][1])):
        if right + wrong >= minimum:
            mark = "  <-- under half right" if wrong > right else ""
            print(f"{key[:52]:<52} {right:>5} {wrong:>5} {right / (right + wrong):>5.2f}{mark}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", help="labelled TUNE halves (JSON lines)")
    ap.add_argument("--slant", default="target/release/slant")
    ap.add_argument("--category", default="absolute-claim", choices=sorted(LABEL))
    ap.add_argument("--show", help="a rule id or a matched word: print its flagged sentences")
    ap.add_argument("--min", type=int, default=1)
    args = ap.parse_args()
    by_rule = collections.defaultdict(lambda: [0, 0])
    by_word = collections.defaultdict(lambda: [0, 0])
    shown = []
    sentences = [0, 0]
    for path in args.sets:
        with open(path, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        found = flags(args.slant, rows, args.category)
        for r in rows:
            label = r["labels"][LABEL[args.category]]
            fs = found.get(r["id"], [])
            if fs:
                sentences[0 if label else 1] += 1
            # A sentence counts once for each rule (and word) that flags it.
            for key, counts in (("rule", by_rule), ("text", by_word)):
                for k in {f[key] if key == "rule" else f[key].lower() for f in fs}:
                    counts[k][0 if label else 1] += 1
            if args.show and any(f["rule"] == args.show or f["text"].lower() == args.show.lower() for f in fs):
                shown.append((label, r["text"], [f["text"] for f in fs]))
    if args.show:
        for label, text, words in shown:
            print(f"{'RIGHT' if label else 'WRONG'} | {text} | {words}")
        right = sum(1 for s in shown if s[0])
        print(f"\n{args.show}: {right} right, {len(shown) - right} wrong")
        return
    right, wrong = sentences
    print(f"sentences flagged: {right} right, {wrong} wrong ({right / max(1, right + wrong):.2f})")
    table("rule", by_rule, args.min)
    table("matched text", by_word, args.min)


if __name__ == "__main__":
    main()
