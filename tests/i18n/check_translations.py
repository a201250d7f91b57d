#!/usr/bin/env python3
"""Fails when a translation is missing, left over or broken.

Copies resources/translations/*.ts to a scratch folder, brings the copies up to
date with the sources through resources/translations/lupdate.cmake (the same
command as the update_translations target, without -no-obsolete), then checks
every message:
  - unfinished: a string in app/ or ui/ nobody translated yet;
  - vanished/obsolete: a translated string the code no longer has;
  - empty translations or numerus forms, a wrong number of numerus forms;
  - placeholders (%1..%99, %n) and the mnemonic '&' kept as in the source.
The committed .ts files are never modified.

usage: check_translations.py CMAKE LUPDATE SOURCE_DIR SCRATCH_DIR
"""
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NUMERUS_FORMS = {"en": 2, "de": 2, "ru": 3}
PLACEHOLDER = re.compile(r"%(?:\d{1,2}|n)")
MNEMONIC = re.compile(r"&(?!&)\S")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def check_message(context, message, language, problems):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    where = f"{context}: {source!r}"
    kind = translation.get("type")
    if kind in ("vanished", "obsolete"):
        problems.append(f"{where}: no longer in the code (run the update_translations target)")
        return
    if kind == "unfinished":
        problems.append(f"{where}: not translated")
        return
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.findall("numerusform")]
        if len(forms) != NUMERUS_FORMS[language]:
            problems.append(f"{where}: {len(forms)} plural forms, {language} needs {NUMERUS_FORMS[language]}")
    else:
        forms = [translation.text or ""]
    for form in forms:
        if not form.strip():
            problems.append(f"{where}: empty translation")
        elif placeholders(form) != placeholders(source):
            problems.append(f"{where}: placeholders {placeholders(form)} in {form!r}, "
                            f"the source has {placeholders(source)}")
        elif bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(form)):
            problems.append(f"{where}: the keyboard mnemonic '&' is lost or added in {form!r}")


def main():
    cmake, lupdate, source_dir, scratch = sys.argv[1:5]
    source_dir, scratch = Path(source_dir), Path(scratch)
    ts_dir = source_dir / "resources" / "translations"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    files = sorted(ts_dir.glob("parallax_*.ts"))
    languages = [f.stem.split("_", 1)[1] for f in files]
    if sorted(languages) != sorted(NUMERUS_FORMS):
        print(f"expected translations for {sorted(NUMERUS_FORMS)}, found {languages}")
        return 1
    for f in files:
        shutil.copy(f, scratch / f.name)
    subprocess.run([cmake, f"-DLUPDATE={lupdate}", f"-DSOURCE_DIR={source_dir}", f"-DTS_DIR={scratch}",
                    f"-DLANGUAGES={';'.join(languages)}", "-P", str(ts_dir / "lupdate.cmake")],
                   check=True, stderr=subprocess.DEVNULL)

    failed = False
    for language in languages:
        root = ET.parse(scratch / f"parallax_{language}.ts").getroot()
        problems = []
        count = 0
        for context in root.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                count += 1
                check_message(name, message, language, problems)
        print(f"{language}: {count} messages, {len(problems)} problems")
        for problem in problems:
            print(f"  {problem}")
        failed = failed or bool(problems) or count == 0
    if failed:
        print("Translate with Qt Linguist (or by hand) in resources/translations/*.ts after "
              "`cmake --build <build> --target update_translations`.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
