#!/usr/bin/env python3
"""Renders HTML exports in headless Chromium and checks the DOM it built.

1. The bundled sample: one column per article, sentence elements with their
   status, and the page's script ran (it sets data-script on <body>).
2. A fragment (#s-0-3) selects that sentence and highlights its partners.
3. An article full of markup (tests/data/export/hostile.txt): its scripts and
   handlers never run (title unchanged, no data-pwned, no element of theirs).
4. A screenshot is taken (optionally kept with --screenshot PATH).

Exits 77 (skipped) when Chromium is not installed.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars"]


def find_chromium():
    for name in ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium(binary, url, *extra):
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run([binary, *CHROMIUM_FLAGS, "--user-data-dir=" + profile, *extra, url],
                                capture_output=True, timeout=120)
    if result.returncode != 0:
        sys.exit("chromium failed (%d): %s" % (result.returncode, result.stderr.decode(errors="replace")[-2000:]))
    return result.stdout.decode("utf-8")


def export(parallax, html, files):
    result = subprocess.run([parallax, "compare", "--html", html, *files], capture_output=True, timeout=300)
    if result.returncode != 0:
        sys.exit("parallax failed (%d): %s" % (result.returncode, result.stderr.decode(errors="replace")))


failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def body_tag(dom):
    match = re.search(r"<body[^>]*>", dom)
    return match.group(0) if match else ""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--parallax", required=True)
    parser.add_argument("--samples", required=True, help="directory of the bundled sample articles")
    parser.add_argument("--hostile", required=True)
    parser.add_argument("--screenshot", help="keep the sample's screenshot here")
    args = parser.parse_args()

    binary = find_chromium()
    if not binary:
        print("SKIP: chromium not installed")
        return 77

    samples = sorted(os.path.join(args.samples, name) for name in os.listdir(args.samples))
    with tempfile.TemporaryDirectory() as work:
        sample_html = os.path.join(work, "sample.html")
        export(args.parallax, sample_html, samples)
        url = "file://" + sample_html

        dom = chromium(binary, url, "--dump-dom")
        check(len(re.findall(r'<section class="column"', dom)) == len(samples), "one column per article")
        sentences = re.findall(r'<span class="s (shared|paraphrased|unique)[^"]*" id="s-\d+-\d+"', dom)
        check(len(sentences) >= 20, "sentence elements exist (%d)" % len(sentences))
        check({"shared", "paraphrased", "unique"} <= set(sentences), "all three statuses present")
        check('data-script="ready"' in body_tag(dom), "the page's script ran: " + body_tag(dom))

        dom = chromium(binary, url + "#s-0-3", "--dump-dom")
        check('data-selected="s-0-3"' in body_tag(dom), "fragment selects the sentence: " + body_tag(dom))
        selected = re.search(r'<span class="s [^"]*\bsel\b[^"]*" id="(s-\d+-\d+)"', dom)
        check(selected is not None and selected.group(1) == "s-0-3", "the selected sentence is marked")
        check(re.search(r'<span class="s [^"]*\bpartner\b', dom) is not None, "its partners are marked")

        shot = os.path.join(work, "sample.png")
        chromium(binary, url, "--screenshot=" + shot, "--window-size=1400,1000")
        check(os.path.exists(shot) and os.path.getsize(shot) > 20000, "screenshot written")
        if args.screenshot and os.path.exists(shot):
            shutil.copyfile(shot, args.screenshot)

        hostile_html = os.path.join(work, "hostile.html")
        export(args.parallax, hostile_html, [samples[0], args.hostile])
        dom = chromium(binary, "file://" + hostile_html, "--dump-dom")
        title = re.search(r"<title>(.*?)</title>", dom, re.S)
        check(title is not None and "pwned" not in title.group(1).replace("&#39;pwned&#39;", "")
              and title.group(1).startswith("Kesterton"), "title unchanged: %s" % (title.group(1) if title else None))
        check("data-pwned" not in body_tag(dom), "no handler from the article ran: " + body_tag(dom))
        check('data-script="ready"' in body_tag(dom), "the page's own script still ran")
        check(len(re.findall(r"<script\b", dom)) == 1, "only the page's own script element")
        for tag in ("img", "svg", "a href=\"javascript", "iframe"):
            check(("<" + tag) not in dom, "no <%s element from the article" % tag)
        check(len(re.findall(r"<style\b", dom)) == 1, "only the page's own style element")
        check("&lt;script&gt;document.title=" in dom, "the article's markup shows as text")

    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
