#!/usr/bin/env python3
"""List words and two-word phrases that tend to be loaded, for a person to read.

It reads the TUNE half of articles_dev (whole articles, each in a group: wire, opinion,
partisan) and lists the words and two-word phrases that

  (a) no loaded-language lexicon matches yet (no phrase, inflection, listed or derived
      form of lexicons/loaded-*.toml is the word, or a word of the two-word phrase),
  (b) are used clearly more often per 1,000 words in opinion and partisan pieces than in
      wire reports (a smoothed ratio: (uses + 1) per word in each register),
  (c) are used in several different opinion or partisan articles (--min-articles),

and shows a few of their uses. The ratio says only that a word belongs to the register of
argument rather than report: whether it carries a verdict or an emotional charge is
decided by reading its uses against GUIDE.md, and an entry that keeps it is written by
hand (its own explanation, alternative and guards) and vetted as every other word is
(docs/lexicon-vetting.md). Words mostly written with a capital (names) and numbers are
left out. Only the tune half is read; the holdout half stays untouched.

Usage:
  python3 tools/mine_candidates.py [--splits /tmp/splits] [--top 300] [--uses 3]
      [--min-articles 3] [--min-ratio 3] [--bigrams | --unigrams] [--tsv]

Python 3.11+ standard library only.
"""

import argparse
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from vet_lexicon import TOKEN, load_entries, read_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# Function words: a two-word phrase made of two of them says nothing about register.
STOP = set(
    """a an the and or but nor so yet of to in on at by for from with without into onto upon
    over under about above below after before since until than as that this these those
    it its it's he him his she her hers they them their theirs we us our ours you your i me
    my mine who whom whose which what when where why how is are was were be been being am
    do does did done have has had having will would shall should can could may might must
    not no n't there here then if else also just only very too more most much many such
    own same other some any each all both either neither one ones up down out off again
    further once 's 're 've 'd 'll""".split()
)


def words_of(text):
    """(lower-case word, starts with a capital) for each word, as slant splits words."""
    out = []
    for m in TOKEN.finditer(text.replace("\u2019", "'")):
        w = m.group(0)
        out.append((w.lower(), w[:1].isupper()))
    return out


def known_forms(paths):
    """Every form the loaded lexicons match: one-word forms, and longer forms as tuples."""
    single, multi = set(), set()
    for _, _, forms, _, _ in load_entries(paths):
        for f in forms:
            toks = tuple(f.split())
            if len(toks) == 1:
                single.add(toks[0])
            elif len(toks) == 2:
                multi.add(toks)
    return single, multi


def sentence_around(text, start, end):
    """The sentence holding text[start:end], roughly (for showing uses)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    s = " ".join(text[left + 1 : right + 1].split())
    return s if len(s) <= 300 else s[:297] + "..."


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--splits", default="/tmp/splits")
    ap.add_argument("--lexicons", default=str(ROOT / "lexicons"))
    ap.add_argument("--top", type=int, default=300)
    ap.add_argument("--uses", type=int, default=3, help="uses shown per candidate")
    ap.add_argument("--min-articles", type=int, default=3)
    ap.add_argument("--min-ratio", type=float, default=3.0)
    ap.add_argument("--max-capital", type=float, default=0.5, help="leave out words capitalised in more of their uses")
    kind = ap.add_mutually_exclusive_group()
    kind.add_argument("--unigrams", action="store_true")
    kind.add_argument("--bigrams", action="store_true")
    ap.add_argument("--tsv", action="store_true")
    args = ap.parse_args()

    single, multi = known_forms(sorted(Path(args.lexicons).glob("loaded-*.toml")))
    source = Path(args.splits) / "articles_dev.tune.jsonl"
    if not source.is_file():
        sys.exit(f"mine_candidates.py: {source} not found: make the tune half of articles_dev first "
                 "(docs/lexicon-vetting.md, \"Finding candidates\"), or give its folder with --splits")
    articles = read_jsonl(source)

    size = Counter()  # words per register: wire / argued (opinion + partisan)
    uses = {"wire": Counter(), "argued": Counter()}
    docs = defaultdict(set)  # term -> argued articles using it
    caps = Counter()  # term -> uses starting with a capital (sentence starts included)
    for i, a in enumerate(articles):
        reg = "wire" if a["group"] == "wire" else "argued"
        ws = words_of(a["text"])
        size[reg] += len(ws)
        for j, (w, cap) in enumerate(ws):
            terms = []
            if not args.bigrams:
                terms.append((w,))
            if not args.unigrams and j + 1 < len(ws):
                terms.append((w, ws[j + 1][0]))
            for t in terms:
                uses[reg][t] += 1
                if reg == "argued":
                    docs[t].add(i)
                if cap:
                    caps[t] += 1

    rows = []
    for t, n in uses["argued"].items():
        if len(docs[t]) < args.min_articles:
            continue
        if any(x in single or any(ch.isdigit() for ch in x) or len(x) < 3 and x not in STOP for x in t):
            continue
        if len(t) == 1 and t[0] in STOP:
            continue
        if len(t) == 2 and (t in multi or (t[0] in STOP and t[1] in STOP)):
            continue
        total = n + uses["wire"][t]
        if caps[t] / total > args.max_capital:
            continue
        argued_rate = (n + 1) / size["argued"]
        wire_rate = (uses["wire"][t] + 1) / size["wire"]
        ratio = argued_rate / wire_rate
        if ratio < args.min_ratio:
            continue
        # rank: register ratio, weighted by how widely the term is used
        rows.append((ratio * math.log2(1 + len(docs[t])), t, n, uses["wire"][t], len(docs[t]), ratio))
    rows.sort(reverse=True)
    rows = rows[: args.top]

    if args.tsv:
        print("term\targued_uses\twire_uses\targued_articles\tratio")
        for _, t, n, wn, d, ratio in rows:
            print(f"{' '.join(t)}\t{n}\t{wn}\t{d}\t{ratio:.1f}")
        return
    print(f"# {len(rows)} candidates; words: argued {size['argued']}, wire {size['wire']}")
    for _, t, n, wn, d, ratio in rows:
        term = " ".join(t)
        print(f"\n{term}  (argued {n} in {d} articles, wire {wn}, ratio {ratio:.1f})")
        if args.uses <= 0:
            continue
        pat = re.compile(r"(?<![\w-])" + r"\W+".join(map(re.escape, t)) + r"(?![\w-])", re.IGNORECASE)
        shown = 0
        for i in sorted(docs[t]):
            if shown >= args.uses:
                break
            text = articles[i]["text"].replace("\u2019", "'")
            m = pat.search(text)
            if m:
                shown += 1
                print(f"  [{articles[i]['group']}] {sentence_around(text, m.start(), m.end())}")


if __name__ == "__main__":
    main()
