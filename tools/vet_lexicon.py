#!/usr/bin/env python3
"""Vet the phrases of loaded-language lexicon files against the development data.

For every phrase of the given lexicon files (all its inflected forms and derived nouns, as slant makes them,
matched on word boundaries, case-insensitive, with the entry's not_before / not_after
guards applied) it counts:

  uses     sentences of the labelled TUNE halves that contain it
           (ptc_train, babe_dev, opinion_dev, articles_sample, and any --extra tune file),
  loaded   how many of those sentences are labelled loaded,
  wire / opinion / partisan
           its rate per 1,000 words in the TUNE half of articles_dev, by group.

and marks the phrases a person must read before keeping them:

  WIRE     used in wire reports at least as often as in opinion and partisan pieces
           (and at least 3 times there): probably neutral or literal in news;
  LITERAL  5 uses or more in the labelled sets and under 35% of them labelled loaded.

The data is for vetting only: it says which words are common false friends, never which
words to add. Only the tune halves are read (the holdout halves stay untouched).

Usage:
  python3 tools/vet_lexicon.py lexicons/loaded-smears.toml [more.toml ...]
      [--splits /tmp/splits] [--only-marked] [--show PHRASE] [--uses N] [--tsv]
  python3 tools/vet_lexicon.py --flags admit [--articles FILE.jsonl]

  --show PHRASE   print up to --uses sentences (labelled sets) that use PHRASE, with label
  --extra FILE    one more labelled tune half to count (repeatable), e.g. /tmp/fresh/opinion_sample.tune.jsonl
  --flags WORD    run the built slant (target/release/slant, with --lexicons lexicons) over the
                  whole-article file (--articles; default: articles_dev's tuning half with
                  every labelled sentence blanked, as tools/vet_rules.py reads it) and print EVERY
                  sentence where it flags WORD (a matched text, or a rule id such as
                  loaded-verbs/admit), with the article's group: read them all before keeping,
                  guarding or dropping a word. A count by group ends the list.
  --only-marked   list only the phrases marked WIRE or LITERAL
  --tsv           tab-separated output (for sorting with other tools)

Python 3.11+ standard library only (tomllib).
"""

import argparse
import json
import re
import subprocess
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

LABELLED = ["ptc_train", "babe_dev", "opinion_dev", "articles_sample"]
GROUPS = ["wire", "opinion", "partisan"]
TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*-?|_", re.UNICODE)


def tokens(text):
    """Lower-case words; a hyphen joins words (as in slant's word boundaries)."""
    return TOKEN.findall(text.replace("\u2019", "'").lower())


# --- inflection, as src/inflect.rs makes it ---------------------------------------------


def is_vowel(c):
    return c in "aeiou"


def plural(word):
    if word.endswith("y") and len(word) > 1 and not is_vowel(word[-2]):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def may_double(word):
    return (
        len(word) >= 3
        and not is_vowel(word[-1])
        and word[-1] not in "wxy"
        and is_vowel(word[-2])
        and not is_vowel(word[-3])
    )


def verb_forms(verb):
    out = [plural(verb)]
    if verb.endswith("ie"):
        out += [verb + "d", verb[:-2] + "ying"]
    elif verb.endswith("e"):
        out += [verb + "d", verb[:-1] + "ing"]
        if verb.endswith("ee"):
            out.append(verb + "ing")
    elif verb.endswith("y") and len(verb) > 1 and not is_vowel(verb[-2]):
        out += [verb[:-1] + "ied", verb + "ing"]
    else:
        out += [verb + "ed", verb + "ing"]
        if may_double(verb):
            out += [verb + verb[-1] + "ed", verb + verb[-1] + "ing"]
        if verb.endswith("c"):
            out += [verb + "ked", verb + "king"]
    return out


def adverb(adj):
    if adj.endswith("le"):
        return adj[:-2] + "ly"
    if adj.endswith("y"):
        return adj[:-1] + "ily"
    if adj.endswith("ic"):
        return adj + "ally"
    if adj.endswith("ll"):
        return adj + "y"
    return adj + "ly"


def forms(phrase, rule):
    out = [phrase]
    if rule == "noun":
        head, _, last = phrase.rpartition(" ")
        out.append((head + " " if head else "") + plural(last))
    elif rule == "verb":
        first, sep, tail = phrase.partition(" ")
        out += [f + sep + tail for f in verb_forms(first)]
    elif rule == "adjective":
        head, _, last = phrase.rpartition(" ")
        out.append((head + " " if head else "") + adverb(last))
    return list(dict.fromkeys(out))


def quality_nouns(adj):
    """careless -> carelessness, sloppy -> sloppiness, insolent -> insolence, purist -> purists (as inflect.rs)."""
    out = [adj + "s"] if adj.endswith(("ist", "ian")) else []
    if adj.endswith("y") and len(adj) > 3 and not is_vowel(adj[-2]):
        out.append(adj[:-1] + "iness")
    else:
        out.append(adj + "ness")
    if adj.endswith("ent"):
        out.append(adj[:-3] + "ence")
    elif adj.endswith("ant"):
        out.append(adj[:-3] + "ance")
    return out


def act_noun(verb):
    """humiliate -> humiliation, demonize -> demonization, vilify -> vilification."""
    if verb.endswith("ate"):
        return verb[:-3] + "ation"
    for ending, noun in (("ize", "ization"), ("ise", "isation"), ("ify", "ification")):
        if verb.endswith(ending) and len(verb) - len(ending) > 2:
            return verb[: -len(ending)] + noun
    return None


def derived(phrase, rule):
    """The derived nouns slant matches for an entry with `derive` left on."""
    if rule == "adjective":
        head, _, last = phrase.rpartition(" ")
        return [(head + " " if head else "") + n for n in quality_nouns(last)]
    if rule == "verb":
        first, sep, tail = phrase.partition(" ")
        noun = act_noun(first)
        if noun:
            return [noun + sep + tail, plural(noun) + sep + tail]
    return []


# --- data ------------------------------------------------------------------------------


class Corpus:
    """Tokenised texts with an index from word to the texts that hold it."""

    def __init__(self, texts):
        self.texts = [tokens(t) for t in texts]
        self.index = defaultdict(set)
        for i, toks in enumerate(self.texts):
            for t in toks:
                self.index[t].add(i)

    def find(self, form_tokens, not_before, not_after):
        """Texts holding the form (guards applied) and the number of its uses in each."""
        if not form_tokens:
            return {}
        cands = set.intersection(*(self.index.get(t, set()) for t in form_tokens))
        hits = {}
        n = len(form_tokens)
        for i in cands:
            toks = self.texts[i]
            count = 0
            for j in range(len(toks) - n + 1):
                if toks[j : j + n] != form_tokens:
                    continue
                nxt = toks[j + n] if j + n < len(toks) else None
                prev = toks[j - 1] if j > 0 else None
                if nxt in not_before or prev in not_after:
                    continue
                count += 1
            if count:
                hits[i] = count
        return hits


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_data(splits, extra=()):
    labelled_rows = []
    files = [(name, Path(splits) / f"{name}.tune.jsonl") for name in LABELLED]
    files += [(Path(f).name.split(".")[0], Path(f)) for f in extra]
    for name, path in files:
        for r in read_jsonl(path):
            labelled_rows.append((name, r["text"], bool(r["labels"].get("loaded"))))
    articles = read_jsonl(Path(splits) / "articles_dev.tune.jsonl")
    return labelled_rows, articles


def load_entries(paths):
    for path in paths:
        with open(path, "rb") as f:
            lexicon = tomllib.load(f)
        for entry in lexicon.get("entry", []):
            rule = entry.get("inflect", "none")
            nb = {w.lower() for w in entry.get("not_before", [])}
            na = {w.lower() for w in entry.get("not_after", [])}
            for phrase in entry["phrases"]:
                fs = forms(" ".join(phrase.lower().split()), rule)
                # an entry's listed forms belong to all its phrases (one phrase or true synonyms)
                fs += [" ".join(f.lower().split()) for f in entry.get("forms", [])]
                if entry.get("derive", True):
                    fs += derived(" ".join(phrase.lower().split()), rule)
                yield Path(path).stem, phrase, list(dict.fromkeys(fs)), nb, na


def show_flags(word, articles_path):
    """Every sentence of the articles where slant flags `word` (matched text or rule id).

    Without --articles: the tuning half of articles_dev with every labelled sentence blanked
    (as tools/vet_rules.py reads it), so no sentence of an untouched half is ever printed."""
    root = Path(__file__).resolve().parent.parent
    cmd = [str(root / "target/release/slant"), "analyze", "--input-format", "jsonl", "--format", "jsonl"]
    cmd += ["--lexicons", str(root / "lexicons"), "-"]
    if articles_path is None:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import vet_rules

        articles = vet_rules.vetting_articles(argparse.Namespace(articles=None, blank=[]))
    else:
        articles = list(read_jsonl(articles_path))
    lines = "".join(json.dumps({"id": a["id"], "text": a["text"]}) + "\n" for a in articles)
    run = subprocess.run(cmd, input=lines, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(run.stderr)
    reports = run.stdout
    texts = {a["id"]: a for a in articles}
    want = word.lower()
    counts = defaultdict(int)
    for line in reports.splitlines():
        report = json.loads(line)
        article = texts[report["id"]]
        text = article["text"].encode("utf-8")
        sentences = report["sentences"]
        for f in report["findings"]:
            if f["category"] != "loaded-language":
                continue
            if want not in (f["text"].lower(), f["rule"].lower(), f["rule"].split("/")[-1].lower()):
                continue
            span = sentences[f["sentence"] - 1]["span"]
            sentence = text[span["start"] : span["end"]].decode("utf-8", "replace")
            group = article.get("group", "?")
            counts[group] += 1
            quoted = " (quoted)" if f["quoted"] else ""
            print(f"[{group}] {f['text']!r} {f['rule']}{quoted}\n    {' '.join(sentence.split())}")
    print(f"\n{word}: " + ", ".join(f"{g} {counts[g]}" for g in GROUPS), file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("lexicons", nargs="*")
    ap.add_argument("--splits", default="/tmp/splits")
    ap.add_argument("--only-marked", action="store_true")
    ap.add_argument("--show")
    ap.add_argument("--uses", type=int, default=15)
    ap.add_argument("--tsv", action="store_true")
    ap.add_argument("--extra", action="append", default=[])
    ap.add_argument("--flags")
    ap.add_argument("--articles", default=None)
    args = ap.parse_args()
    if args.flags:
        show_flags(args.flags, args.articles)
        return
    if not args.lexicons:
        ap.error("name the lexicon files to vet")

    labelled_rows, articles = load_data(args.splits, args.extra)
    sentences = Corpus([t for _, t, _ in labelled_rows])
    docs = Corpus([a["text"] for a in articles])
    words = defaultdict(int)
    for a, toks in zip(articles, docs.texts):
        words[a["group"]] += len(toks)

    rows = []
    for stem, phrase, fs, nb, na in load_entries(args.lexicons):
        sent_hits = {}
        doc_uses = defaultdict(int)
        for f in fs:
            ft = tokens(f)
            for i, c in sentences.find(ft, nb, na).items():
                sent_hits[i] = sent_hits.get(i, 0) + c
            for i, c in docs.find(ft, nb, na).items():
                doc_uses[articles[i]["group"]] += c
        uses = len(sent_hits)
        loaded = sum(1 for i in sent_hits if labelled_rows[i][2])
        rate = {g: 1000 * doc_uses[g] / max(words[g], 1) for g in GROUPS}
        marks = []
        if doc_uses["wire"] >= 3 and rate["wire"] >= min(rate["opinion"], rate["partisan"]):
            marks.append("WIRE")
        if uses >= 5 and loaded / uses < 0.35:
            marks.append("LITERAL")
        rows.append((stem, phrase, uses, loaded, rate, doc_uses, marks))
        if args.show and phrase.lower() == args.show.lower():
            for i in list(sent_hits)[: args.uses]:
                name, text, lab = labelled_rows[i]
                print(f"[{'LOADED' if lab else 'plain '}] {name}: {text}")
            return

    if args.show:
        sys.exit(f"no phrase {args.show!r} in the given lexicons")
    if args.only_marked:
        rows = [r for r in rows if r[6]]
    if args.tsv:
        print("lexicon\tphrase\tuses\tloaded\twire\topinion\tpartisan\tmarks")
        for stem, phrase, uses, loaded, rate, _, marks in rows:
            print(f"{stem}\t{phrase}\t{uses}\t{loaded}\t" + "\t".join(f"{rate[g]:.3f}" for g in GROUPS) + "\t" + ",".join(marks))
        return
    print(f"{'phrase':32} {'uses':>5} {'loaded':>6} {'share':>5}   per 1,000 words: {'wire':>6} {'opinion':>7} {'partisan':>8}  marks")
    for stem, phrase, uses, loaded, rate, _, marks in rows:
        share = f"{loaded / uses:.2f}" if uses else "-"
        print(
            f"{phrase[:32]:32} {uses:5} {loaded:6} {share:>5}   {'':16}{rate['wire']:6.3f} {rate['opinion']:7.3f} {rate['partisan']:8.3f}  {' '.join(marks)}"
        )
    total = len(rows)
    used = sum(1 for r in rows if r[2])
    marked = sum(1 for r in rows if r[6])
    print(f"\n{total} phrases, {used} used in the labelled tune sets, {marked} marked for reading", file=sys.stderr)


if __name__ == "__main__":
    main()
