#!/usr/bin/env python3
"""Checks that HTML exports are valid HTML5 documents.

Each export is parsed with html5lib's strict parser, which raises on every
parse error the HTML5 specification defines (stray or misnested tags,
duplicate attributes, bad character references, a missing or wrong doctype,
...). Exports checked: the bundled sample, an article full of markup
(tests/data/export/hostile.txt) and, when ../shared is present, the five
Sochi reports. Exits 77 (skipped) when html5lib is not installed.
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile

try:
    import html5lib
except ImportError:
    print("SKIP: html5lib is not installed (Debian: python3-html5lib)")
    sys.exit(77)


def export(parallax, files, out):
    result = subprocess.run([parallax, "compare", "--html", out, *files], capture_output=True, timeout=300)
    if result.returncode != 0:
        sys.exit("parallax failed (%d): %s" % (result.returncode, result.stderr.decode(errors="replace")))
    with open(out, "rb") as page:
        return page.read()


def problems(page):
    found = []
    if not page.startswith(b"<!DOCTYPE html>"):
        found.append("does not start with <!DOCTYPE html>")
    if b'<meta charset="utf-8">' not in page[:1024]:
        found.append("no <meta charset=\"utf-8\"> in the first 1024 bytes")
    try:
        html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)
    except html5lib.html5parser.ParseError as error:
        found.append("parse error: %s" % error)
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--parallax", required=True)
    parser.add_argument("--samples", required=True)
    parser.add_argument("--hostile", required=True)
    parser.add_argument("--shared", help="../shared, for the Sochi reports when present")
    args = parser.parse_args()

    inputs = {
        "bundled sample": sorted(glob.glob(os.path.join(args.samples, "*"))),
        "hostile article": [args.hostile, os.path.join(args.samples, "northwire.txt")],
    }
    sochi = sorted(glob.glob(os.path.join(args.shared or "", "samples", "sochi-2018", "*.txt")))
    if sochi:
        inputs["Sochi reports"] = sochi
    failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        for name, files in inputs.items():
            found = problems(export(args.parallax, files, os.path.join(scratch, "export.html")))
            for problem in found:
                print("FAIL: %s: %s" % (name, problem))
            if not found:
                print("ok   %s: valid HTML5" % name)
            failures += len(found)
    print("%d passed, %d failed" % (len(inputs) - min(failures, len(inputs)), min(failures, len(inputs))))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
