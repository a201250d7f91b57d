#!/usr/bin/env python3
"""Alignment quality on a generated article cluster, against the generator's ground truth.

Usage: cluster_quality.py CORPUS_NAME PARALLAX_JSON [--shared DIR] [--seed 1] [--json]
CORPUS_NAME names a cluster of ../shared/bench/gen_corpus.py (n20_s30, n50_s30, n200_s30...),
PARALLAX_JSON is the output of `parallax compare --json OUT /tmp/pb/corpora/NAME/*`. The script
regenerates the cluster in memory with the provenance of every sentence (which pool sentence,
kept verbatim, lightly or heavily edited, or filler / headline), checks that the bytes equal the
compared files, labels each Parallax sentence with the generated sentence it overlaps most and
reports: links that join two renderings of one pool sentence ("true"), of two different pool
sentences ("cross": seeds from different outlets report the same facts, so these may be genuine)
or touch filler / headlines ("false"); precision; recall over all pairs of renderings of one pool
sentence in different documents, by the kinds of their ends, with the relation Parallax gave them
against the expected one (verbatim or light on both ends -> shared, else paraphrased) and the share
that at least ends up in the same Parallax cluster. Captions in the pool have no final stop, so the
segmenter joins them to the next sentence: such renderings are counted and left out of recall.
Cross links count as "high overlap" when half the content words of the shorter pool sentence are
in the other. --json prints the figures as JSON instead.
"""
import argparse
import collections
import hashlib
import inspect
import itertools
import json
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# sha256 of the source of gen_corpus.build_cluster that record_cluster() copies.
BUILD_CLUSTER_SHA256 = "f921950095d4874a4b951157296feb9babfd43294a3c95c9402c52f8eee87a01"
KINDS = ("verbatim", "light", "heavy")
HEADLINE = (None, "headline")
FILLER = (None, "filler")
RELATIONS = ("shared", "paraphrased")
RANK = {"none": 0, "paraphrased": 1, "shared": 2}
HIGH_OVERLAP = 0.5  # content-word overlap coefficient from which two pool sentences tell one fact


def load_gen_corpus(shared):
    sys.path.insert(0, os.path.join(shared, "bench"))
    import gen_corpus
    sha = hashlib.sha256(inspect.getsource(gen_corpus.build_cluster).encode()).hexdigest()
    if sha != BUILD_CLUSTER_SHA256:
        sys.exit(f"{gen_corpus.__file__}: build_cluster() has changed (sha256 {sha}); "
                 "update record_cluster() and BUILD_CLUSTER_SHA256 in this script to match it")
    return gen_corpus


def record_cluster(g, rng, pool, proper, filler, n_docs, n_sent):
    """gen_corpus.build_cluster(), keeping each sentence's label (pool index, kind) or FILLER /
    HEADLINE: -> [(file name, text, [(sentence, label)] in text order)].
    A copy, because build_cluster() records no provenance; it must make the same calls on rng in
    the same order (BUILD_CLUSTER_SHA256 guards the source, main() compares the bytes)."""
    ed = g.Editor(rng, proper)
    weights = [(1.0 / (1 + rng.random() * 9)) * (1.5 - pos) for pos, _ in pool]
    docs = []
    for k in range(n_docs):
        style = rng.choice(["straight", "curly"])
        n_story = min(len(pool), max(1, round(n_sent * rng.uniform(0.55, 0.8))))
        keys = sorted(range(len(pool)), key=lambda i: rng.random() ** (1.0 / weights[i]), reverse=True)
        chosen = keys[:n_story]
        chosen.sort(key=lambda i: pool[i][0] + rng.gauss(0, 0.12))
        sents = []
        for i in chosen:
            s, kind = pool[i][1], "verbatim"
            u = rng.random()
            if u < 0.35:
                pass
            elif u < 0.65:
                s, kind = ed.light(s), "light"
            else:
                s, kind = ed.heavy(s), "heavy"
            sents.append((g.set_quote_style(s, style), (i, kind)))
        for _ in range(rng.randint(0, 3)):
            if len(sents) > 2:
                j = rng.randrange(len(sents) - 1)
                sents[j], sents[j + 1] = sents[j + 1], sents[j]
        if len(sents) > 4 and rng.random() < 0.5:
            sents.insert(rng.randrange(len(sents)), sents.pop(rng.randrange(len(sents))))
        for _ in range(n_sent - len(sents)):
            sents.insert(rng.randrange(len(sents) + 1),
                         (g.set_quote_style(filler.sentence(novel=0.12), style), FILLER))
        headline = filler.headline()
        text = headline + "\n\n" + "\n\n".join(g.paragraphs(rng, [s for s, _ in sents])) + "\n"
        docs.append((f"doc_{k:03d}.txt", text, [(headline, HEADLINE)] + sents))
    return docs


def generate(g, name, seed):
    m = re.fullmatch(r"n(\d+)_s(\d+)", name)
    if not m:
        sys.exit(f"{name}: not a cluster name of gen_corpus.py (nN_sS)")
    _, pool, proper = g.load_seeds()
    rng = g.random.Random(f"{seed}:{name}")  # as gen_corpus.main()
    filler = g.Filler(rng, [s for _, s in pool])
    return pool, record_cluster(g, rng, pool, proper, filler, int(m.group(1)), int(m.group(2)))


def spans(text, sentences):
    """[(start, end, label)] of the generated sentences, found in order (code points)."""
    out, pos = [], 0
    for s, label in sentences:
        at = text.find(s, pos)
        assert at >= 0, f"sentence not found in order: {s!r}"
        out.append((at, at + len(s), label))
        pos = at + len(s)
    return out


def nearest(start, end, gen):
    """Index of the generated span that overlaps [start, end) most, or None."""
    best, index = 0, None
    for i, (a, b, _) in enumerate(gen):
        common = min(end, b) - max(start, a)
        if common > best:
            best, index = common, i
    return index


def content_words(g, s):
    return {w.lower() for w in g.WORD.findall(s)} - g.STOP


def overlap(a, b):
    return len(a & b) / max(1, min(len(a), len(b)))


def share(part, whole):
    return round(part / whole, 4) if whole else 0.0


class Truth:
    """The generated cluster, the Parallax comparison and the mapping between them. A node is
    (document, generated sentence index); Parallax sentences map to nodes."""

    def __init__(self, g, pool, generated, comparison):
        canonical = {}
        for i, (_, s) in enumerate(pool):
            canonical.setdefault(s, i)  # a seed sentence that several outlets carry is one source
        self.pool_index = [canonical[s] for _, s in pool]
        self.words = [content_words(g, s) for _, s in pool]
        by_name = {name: (text, sents) for name, text, sents in generated}
        docs = comparison["documents"]
        if sorted(os.path.basename(d["path"]) for d in docs) != sorted(by_name):
            sys.exit("the comparison's documents are not the files of this cluster")
        self.labels = {}   # node -> (pool index or None, kind)
        self.node = {}     # (document, Parallax sentence) -> node
        self.mapped = set()  # nodes that some Parallax sentence maps to
        self.segmentation = collections.Counter()
        for doc in docs:
            text, sents = by_name[os.path.basename(doc["path"])]
            self.check_bytes(doc, text)
            gen = spans(text, sents)
            for i, (_, _, (source, kind)) in enumerate(gen):
                self.labels[(doc["id"], i)] = (None if source is None else self.pool_index[source], kind)
            self.map_sentences(doc, gen)
        self.cluster = collections.defaultdict(set)  # node -> Parallax clusters
        for doc in docs:
            for s in doc["sentences"]:
                node = self.node.get((doc["id"], s["index"]))
                if node is not None and s["cluster"] is not None:
                    self.cluster[node].add(s["cluster"])

    @staticmethod
    def check_bytes(doc, text):
        with open(doc["path"], encoding="utf-8", newline="") as f:
            on_disk = f.read()
        if on_disk != text or doc["text"] != text:
            where = "on disk" if on_disk != text else "in the JSON"
            sys.exit(f"{doc['path']}: the regenerated text differs from the one {where}: "
                     "gen_corpus.py, --seed or the corpus has changed")

    def map_sentences(self, doc, gen):
        hits = collections.Counter()
        for s in doc["sentences"]:
            i = nearest(s["start"], s["end"], gen)
            if i is None:
                self.segmentation["unmapped"] += 1
                continue
            self.node[(doc["id"], s["index"])] = (doc["id"], i)
            self.mapped.add((doc["id"], i))
            hits[i] += 1
            a, b, _ = gen[i]
            if s["start"] < a or s["end"] > b:
                self.segmentation["merged"] += 1  # reaches into a neighbour
        self.segmentation["split"] += sum(n - 1 for n in hits.values())
        self.segmentation["missed"] += len(gen) - len(hits)


def link_figures(truth, links):
    kinds = collections.Counter()
    by_relation = {r: collections.Counter() for r in RELATIONS}
    best = {}  # unordered node pair -> strongest relation
    for link in links:
        na, nb = truth.node.get(tuple(link["a"])), truth.node.get(tuple(link["b"]))
        (sa, ka), (sb, kb) = truth.labels.get(na, FILLER), truth.labels.get(nb, FILLER)
        if sa is None or sb is None:
            kind = "false_headline" if "headline" in (ka, kb) else "false_filler"
        elif sa == sb:
            kind = "true"
        else:
            high = overlap(truth.words[sa], truth.words[sb]) >= HIGH_OVERLAP
            kind = "cross_high_overlap" if high else "cross_low_overlap"
        kinds[kind] += 1
        by_relation[link["relation"]][kind] += 1
        if kind == "true" and na[0] != nb[0]:
            key = (min(na, nb), max(na, nb))
            if RANK[link["relation"]] > RANK[best.get(key, "none")]:
                best[key] = link["relation"]
    n = len(links)
    cross = kinds["cross_high_overlap"] + kinds["cross_low_overlap"]
    false = kinds["false_filler"] + kinds["false_headline"]
    return {
        "links": n, "true": kinds["true"], "cross": cross,
        "cross_high_overlap": kinds["cross_high_overlap"], "false": false,
        "false_filler": kinds["false_filler"], "false_headline": kinds["false_headline"],
        "by_relation": {r: dict(c) for r, c in by_relation.items()},
        "precision": share(kinds["true"], n),
        "precision_without_cross": share(kinds["true"], n - cross),
        "precision_high_overlap_cross_true": share(kinds["true"] + kinds["cross_high_overlap"], n),
    }, best


def combo(ka, kb):
    a, b = sorted((ka, kb), key=KINDS.index)
    return f"{a}-{b}"


def recall_figures(truth, best):
    """One true pair per pool sentence and pair of documents that both render it (a document may
    render it twice where the seeds repeat a sentence: the best-linked pair of renderings counts).
    Renderings that the segmentation merged into a neighbouring sentence are left out."""
    renderings = collections.defaultdict(lambda: collections.defaultdict(list))  # source -> doc -> nodes
    for node, (source, _) in truth.labels.items():
        if source is not None:
            renderings[source][node[0]].append(node)
    rows = {combo(a, b): collections.Counter() for a, b in itertools.combinations_with_replacement(KINDS, 2)}
    confusion = {e: collections.Counter() for e in RELATIONS}
    unmapped = 0
    for by_doc in renderings.values():
        for da, db in itertools.combinations(sorted(by_doc), 2):
            pairs = [(a, b) for a in by_doc[da] for b in by_doc[db] if a in truth.mapped and b in truth.mapped]
            if not pairs:
                unmapped += 1
                continue
            na, nb = max(pairs, key=lambda p: RANK[best.get(p, "none")])
            ka, kb = truth.labels[na][1], truth.labels[nb][1]
            expected = "paraphrased" if "heavy" in (ka, kb) else "shared"
            got = best.get((na, nb), "none")
            row = rows[combo(ka, kb)]
            row["pairs"] += 1
            row["linked"] += got != "none"
            row["expected_relation"] += got == expected
            row["same_cluster"] += bool(truth.cluster[na] & truth.cluster[nb])
            confusion[expected][got] += 1
    total = sum(rows.values(), collections.Counter())
    out = {"total": dict(total), "by_kinds": {k: dict(c) for k, c in rows.items()},
           "confusion": {e: {g: c[g] for g in RELATIONS + ("none",)} for e, c in confusion.items()},
           "pairs_left_out_unsegmented": unmapped}
    for row in [out["total"], *out["by_kinds"].values()]:
        for key in ("pairs", "linked", "expected_relation", "same_cluster"):
            row.setdefault(key, 0)
        for key in ("linked", "expected_relation", "same_cluster"):
            row[key + "_share"] = share(row[key], row["pairs"])
    return out


def report(name, truth, comparison):
    kinds = collections.Counter(kind for _, kind in truth.labels.values())
    figures, best = link_figures(truth, comparison["links"])
    return {
        "corpus": name,
        "documents": len(comparison["documents"]),
        "settings": comparison.get("settings", {}),
        "generated_sentences": dict(kinds),
        "parallax_sentences": sum(len(d["sentences"]) for d in comparison["documents"]),
        "segmentation": dict(truth.segmentation),
        "links": figures,
        "recall": recall_figures(truth, best),
    }


def pct(row, key):
    return f"{row[key]:7d} {row[key + '_share']:6.1%}"


def print_text(r):
    gen, seg, lk, rc = r["generated_sentences"], r["segmentation"], r["links"], r["recall"]
    print(f"{r['corpus']}: {r['documents']} documents, generated sentences: "
          + ", ".join(f"{k} {gen.get(k, 0)}" for k in KINDS + ("filler", "headline")))
    print("Parallax settings: " + ", ".join(f"{k} {v}" for k, v in r["settings"].items()))
    print(f"Parallax sentences {r['parallax_sentences']}; against the generated ones: "
          + ", ".join(f"{k} {seg.get(k, 0)}" for k in ("merged", "split", "missed", "unmapped")))
    n = lk["links"]
    print(f"links {n}: true {lk['true']} ({share(lk['true'], n):.1%}), cross {lk['cross']} "
          f"({share(lk['cross'], n):.1%}; high word overlap {lk['cross_high_overlap']}), "
          f"false {lk['false']} ({share(lk['false'], n):.1%}; filler {lk['false_filler']}, "
          f"headline {lk['false_headline']})")
    for rel, c in lk["by_relation"].items():
        print(f"  {rel:12s} true {c.get('true', 0)}, cross {c.get('cross_high_overlap', 0)} high + "
              f"{c.get('cross_low_overlap', 0)} low overlap, false {c.get('false_filler', 0)} filler + "
              f"{c.get('false_headline', 0)} headline")
    print(f"precision {lk['precision']:.4f}, without cross links {lk['precision_without_cross']:.4f}, "
          f"counting high-overlap cross links as true {lk['precision_high_overlap_cross_true']:.4f}")
    print("recall over true pairs (renderings of one pool sentence in two documents; "
          f"{rc['pairs_left_out_unsegmented']} left out: an end merged into its neighbour):")
    print(f"  {'ends':18s} {'pairs':>7s} {'linked':>14s} {'expected rel.':>14s} {'same cluster':>14s}")
    for label, row in [("all", rc["total"]), *rc["by_kinds"].items()]:
        print(f"  {label:18s} {row['pairs']:7d} {pct(row, 'linked')} "
              f"{pct(row, 'expected_relation')} {pct(row, 'same_cluster')}")
    print("relation given (columns) vs expected (rows):")
    print(f"  {'':12s} {'shared':>8s} {'paraphr.':>8s} {'none':>8s}")
    for expected, c in rc["confusion"].items():
        print(f"  {expected:12s} " + " ".join(f"{c[g]:8d}" for g in RELATIONS + ("none",)))


def summary_line(r):
    """One line for tests/bench/run.sh's table."""
    lk, total = r["links"], r["recall"]["total"]
    return (f"links={lk['links']} precision={lk['precision']:.3f} (without cross links "
            f"{lk['precision_without_cross']:.3f}) recall={total['linked_share']:.1%} "
            f"(expected relation {total['expected_relation_share']:.1%})")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", help="cluster name, e.g. n50_s30")
    ap.add_argument("comparison", help="parallax compare --json output for that cluster")
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"),
                    help="folder holding bench/gen_corpus.py (default: the repository's ../shared)")
    ap.add_argument("--seed", type=int, default=1, help="gen_corpus.py --seed of the corpus")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--summary", action="store_true", help="print one line: links, precision, recall")
    args = ap.parse_args()
    g = load_gen_corpus(args.shared)
    pool, generated = generate(g, args.corpus, args.seed)
    with open(args.comparison, encoding="utf-8") as f:
        comparison = json.load(f)
    if comparison.get("offsets") != "codepoint":
        sys.exit("expected a comparison with code point offsets")
    r = report(args.corpus, Truth(g, pool, generated, comparison), comparison)
    if args.json:
        json.dump(r, sys.stdout, indent=1)
        print()
    elif args.summary:
        print(summary_line(r))
    else:
        print_text(r)


if __name__ == "__main__":
    main()
