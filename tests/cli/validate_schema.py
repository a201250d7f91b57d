#!/usr/bin/env python3
"""Validates Parallax's JSON output against resources/schema/parallax-comparison-1.0.schema.json.

1. The schema itself is a valid draft 2020-12 schema.
2. The hand-written example of the format (tests/data/export/example-1.0.json) is accepted,
   and so is the example with unknown extra keys (readers must ignore them).
3. Broken variants of the example are rejected (a missing required field, a wrong type, a
   bad enum value...), so the schema is known to be strict.
4. The output of `parallax compare` on real inputs (and with a missing input, so that
   "errors" is filled) is accepted, and its cross-references hold (offsets select the
   sentence text by code points, matches point to links joining the right sentences...).

Exit codes: 0 pass, 1 fail, 77 skip (jsonschema not installed, or an input is absent).
"""

import argparse
import copy
import json
import os
import subprocess
import sys

SKIP = 77

try:
    import jsonschema
except ImportError:
    print("SKIP: the Python module jsonschema is not installed (Debian: python3-jsonschema)")
    sys.exit(SKIP)


def broken_variants(example):
    """(description, mutate) pairs; each mutation must make the document invalid."""
    def doc(d):
        return d["documents"][0]

    def sentence(d):
        return doc(d)["sentences"][0]

    def link(d):
        return d["links"][0]

    return [
        ("no version", lambda d: d.pop("version")),
        ("version is a number", lambda d: d.update(version=1.0)),
        ("wrong format name", lambda d: d.update(format="something-else")),
        ("offsets not codepoint", lambda d: d.update(offsets="utf16")),
        ("no settings", lambda d: d.pop("settings")),
        ("settings without shared_threshold", lambda d: d["settings"].pop("shared_threshold")),
        ("threshold above 1", lambda d: d["settings"].update(shared_threshold=1.5)),
        ("no errors list", lambda d: d.pop("errors")),
        ("document without text", lambda d: doc(d).pop("text")),
        ("document without outlet (must be null, not absent)", lambda d: doc(d).pop("outlet")),
        ("sha256 not hex", lambda d: doc(d).update(sha256="xyz")),
        ("document id negative", lambda d: doc(d).update(id=-1)),
        ("sentence start is a string", lambda d: sentence(d).update(start="0")),
        ("sentence status unknown", lambda d: sentence(d).update(status="similar")),
        ("sentence without cluster key", lambda d: sentence(d).pop("cluster")),
        ("unique sentence with a cluster", lambda d: doc(d)["sentences"][1].update(cluster=3)),
        ("unique sentence with a match",
         lambda d: doc(d)["sentences"][1]["matches"].append(copy.deepcopy(sentence(d)["matches"][0]))),
        ("match relation unrelated", lambda d: sentence(d)["matches"][0].update(relation="unrelated")),
        ("match score above 1", lambda d: sentence(d)["matches"][0].update(score=1.2)),
        ("link without moved", lambda d: link(d).pop("moved")),
        ("link moved is a string", lambda d: link(d).update(moved="false")),
        ("link ref of three numbers", lambda d: link(d).update(a=[0, 0, 0])),
        ("diff op unknown", lambda d: link(d)["diff"][0].update(op="replace")),
        ("equal op without b", lambda d: link(d)["diff"][0].pop("b")),
        ("insert op without b", lambda d: link(d)["diff"][1].pop("b")),
        ("conflicts not strings", lambda d: link(d).update(conflicts=[1])),
        ("cluster without members", lambda d: d["clusters"][0].update(members=[])),
        ("pair without a_in_b", lambda d: d["pairs"][0].pop("a_in_b")),
        ("error without message", lambda d: d["errors"][0].pop("message")),
    ]


def with_extra_keys(example):
    extended = copy.deepcopy(example)
    extended["future_field"] = {"anything": True}
    extended["settings"]["new_option"] = 3
    extended["documents"][0]["author"] = "someone"
    extended["documents"][0]["sentences"][0]["paragraph"] = 0
    extended["links"][0]["diff"][0]["tokens"] = 4
    extended["version"] = "1.3"
    return extended


def consistency_problems(output):
    """Cross-references the schema cannot express. Python slices strings by code
    points, so text[start:end] checks the offsets independently of the C++ code."""
    problems = []
    documents = output["documents"]
    links = output["links"]
    clusters = {c["id"]: c for c in output["clusters"]}
    for d, document in enumerate(documents):
        if document["id"] != d:
            problems.append("document %d has id %d" % (d, document["id"]))
        text = document["text"]
        for s, sentence in enumerate(document["sentences"]):
            where = "document %d sentence %d" % (d, s)
            if sentence["index"] != s:
                problems.append("%s: index %d" % (where, sentence["index"]))
            if text[sentence["start"]:sentence["end"]] != sentence["text"]:
                problems.append("%s: text[start:end] is not the sentence text" % where)
            cluster = sentence["cluster"]
            if cluster is not None and [d, s] not in clusters.get(cluster, {"members": []})["members"]:
                problems.append("%s: not a member of its cluster %d" % (where, cluster))
            for match in sentence["matches"]:
                if match["link"] >= len(links):
                    problems.append("%s: match points to missing link %d" % (where, match["link"]))
                    continue
                link = links[match["link"]]
                ends = sorted([link["a"], link["b"]])
                if ends != sorted([[d, s], [match["document"], match["sentence"]]]):
                    problems.append("%s: link %d does not join it to its match" % (where, match["link"]))
                if match["document"] == d:
                    problems.append("%s: a match in its own document" % where)
    for i, link in enumerate(links):
        if link["id"] != i:
            problems.append("link %d has id %d" % (i, link["id"]))
        for op in link["diff"]:
            for side in ("a", "b"):
                if side in op:
                    document, sentence = link[side]
                    span = documents[document]["sentences"][sentence]
                    start, end = op[side]
                    if not (span["start"] <= start <= end <= span["end"]):
                        problems.append("link %d: diff range %s %r outside its sentence" % (i, side, op[side]))
    return problems


def run_parallax(parallax, args):
    completed = subprocess.run([parallax, "compare", "--json", "-"] + args,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    return completed.returncode, completed.stdout, completed.stderr.decode("utf-8", "replace")


def expand_inputs(inputs):
    files = []
    for path in inputs:
        if os.path.isdir(path):
            files += sorted(os.path.join(path, name) for name in os.listdir(path)
                            if name.endswith((".txt", ".html", ".htm", ".md")))
        elif os.path.exists(path):
            files.append(path)
        else:
            print("SKIP: input %s is absent" % path)
            sys.exit(SKIP)
    return files


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schema", required=True)
    parser.add_argument("--example", required=True)
    parser.add_argument("--parallax", help="the parallax executable")
    parser.add_argument("inputs", nargs="*",
                        help="files for `parallax compare`; a directory stands for its .txt/.html/.md files")
    args = parser.parse_args()
    args.inputs = expand_inputs(args.inputs)

    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    with open(args.example, encoding="utf-8") as f:
        example = json.load(f)

    validator_class = jsonschema.Draft202012Validator
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    failures = []

    def expect_valid(name, instance):
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
        if errors:
            failures.append("%s: expected valid, got: %s at %s" % (name, errors[0].message, list(errors[0].path)))
        else:
            print("ok   valid:    %s" % name)

    def expect_invalid(name, instance):
        if validator.is_valid(instance):
            failures.append("%s: expected the schema to reject it" % name)
        else:
            print("ok   rejected: %s" % name)

    expect_valid("hand-written example", example)
    failures.extend("example: " + p for p in consistency_problems(example))
    expect_valid("example with unknown extra keys", with_extra_keys(example))
    for name, mutate in broken_variants(example):
        broken = copy.deepcopy(example)
        mutate(broken)
        expect_invalid(name, broken)

    if args.parallax:
        code, out, err = run_parallax(args.parallax, args.inputs)
        if code != 0:
            failures.append("parallax compare exited with %d: %s" % (code, err.strip()))
        else:
            output = json.loads(out.decode("utf-8"))
            expect_valid("parallax compare output", output)
            failures.extend(consistency_problems(output))
            if len(output["documents"]) != len(args.inputs):
                failures.append("parallax compare: %d documents for %d inputs"
                                % (len(output["documents"]), len(args.inputs)))

        missing = "no-such-file-for-the-schema-test.txt"
        code, out, err = run_parallax(args.parallax, args.inputs[:1] + [missing])
        if code != 1:
            failures.append("parallax compare with a missing file exited with %d, expected 1" % code)
        else:
            output = json.loads(out.decode("utf-8"))
            expect_valid("parallax compare output with an error", output)
            if [e["path"] for e in output["errors"]] != [missing]:
                failures.append("errors list does not name the missing file: %r" % output["errors"])

    for failure in failures:
        print("FAIL " + failure)
    print("%s: %d failure(s)" % ("FAILED" if failures else "PASSED", len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
