#!/usr/bin/env python3
"""Alignment quality on a verse-aligned pair (KJV vs ASV): for each sentence
with at least one link, is its best-scored partner in the same verse?

Usage: bible_quality.py COMPARISON.json [--min 0.98]
The two compared files must hold one verse per line, in the same verse order
(as ../shared/data/bible/*.txt and the corpora gen_corpus.py builds from them).
A sentence covers the lines from its first to its last character; a match is
"same verse" when the two line ranges overlap. Verses repeat phrases ("Verily
I say unto you", "Amen."), so equal best scores are ties: the sentence counts
as aligned when any of its best-scored partners is in its verse.
Exit status 1 below --min.
"""
import argparse
import bisect
import json
import sys


def line_starts(text):
    starts = [0]
    for i, c in enumerate(text):
        if c == "\n":
            starts.append(i + 1)
    return starts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("json")
    ap.add_argument("--min", type=float, default=0.98)
    args = ap.parse_args()
    with open(args.json, encoding="utf-8") as f:
        comparison = json.load(f)
    docs = comparison["documents"]
    if len(docs) != 2:
        sys.exit("expected a comparison of two documents")
    ranges = []  # per document: sentence index -> (first line, last line)
    for doc in docs:
        starts = line_starts(doc["text"])
        lines = {}
        for s in doc["sentences"]:
            first = bisect.bisect_right(starts, s["start"]) - 1
            last = bisect.bisect_right(starts, max(s["start"], s["end"] - 1)) - 1
            lines[s["index"]] = (first, last)
        ranges.append(lines)
    best = {}  # (doc, sentence) -> (best score, [partners (doc, sentence) with it])
    for link in comparison["links"]:
        a, b, score = tuple(link["a"]), tuple(link["b"]), link["score"]
        for own, other in ((a, b), (b, a)):
            if own not in best or score > best[own][0]:
                best[own] = (score, [other])
            elif score == best[own][0]:
                best[own][1].append(other)
    same = 0
    for own, (_, partners) in best.items():
        x = ranges[own[0]][own[1]]
        for other in partners:
            y = ranges[other[0]][other[1]]
            if x[0] <= y[1] and y[0] <= x[1]:
                same += 1
                break
    total = sum(len(doc["sentences"]) for doc in docs)
    share = same / len(best) if best else 0.0
    print(f"sentences={total} matched={len(best)} ({len(best) / max(total, 1):.1%}) "
          f"best match in the same verse={same} ({share:.2%})")
    return 0 if share >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())
