#!/usr/bin/python3
"""Brings every translations/samsa_*.ts up to date with the texts in app/ and ui/.

For each language it runs lupdate (texts that left the sources are dropped, new ones
arrive unfinished), then fills in what it can without a translator:

- A new text whose exact English source already had a translation, in another context
  or before a refactoring moved it, gets that translation again.
- samsa_en.ts only spells out English plural forms: "%n topic(s)" becomes "%n topic" /
  "%n topics" ("word(s)" and "word(es)" lose the suffix in the singular).

Then it prints what is left to translate per language. Open a file in Qt Linguist
(linguist translations/samsa_zh_CN.ts) to translate the rest, and run this again.

Usage: scripts/translations/update.py [LANGUAGE...]   (default: every samsa_*.ts)
Needs Qt's lupdate (Debian: qt6-l10n-tools).
"""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
# The build passes Qt's own; by hand, Debian's qt6-l10n-tools has it here.
LUPDATE = os.environ.get("LUPDATE") or "/usr/lib/qt6/bin/lupdate"
SOURCES = ["app", "ui"]
SUFFIX = re.compile(r"\((e?s)\)")


def run_lupdate(ts: Path, language: str, plural_only: bool) -> None:
    args = [LUPDATE, "-silent", "-no-obsolete", "-locations", "none",
            "-target-language", language, "-I", "."]
    if plural_only:
        args.append("-pluralonly")
    subprocess.run(args + SOURCES + ["-ts", str(ts)], cwd=ROOT, check=True)


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in ("unfinished", "vanished",
                                                                      "obsolete")


def memory_of(ts: Path) -> dict:
    """English source -> <translation> element, for every finished message."""
    memory = {}
    if not ts.exists():
        return memory
    for message in ET.parse(ts).getroot().iter("message"):
        if finished(message):
            key = (message.findtext("source"), message.get("numerus") == "yes")
            memory.setdefault(key, message.find("translation"))
    return memory


def reuse(ts: Path, memory: dict) -> int:
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        if finished(message):
            continue
        known = memory.get((message.findtext("source"), message.get("numerus") == "yes"))
        if known is None:
            continue
        translation = message.find("translation")
        message.remove(translation)
        copy = ET.fromstring(ET.tostring(known))
        copy.attrib.pop("type", None)
        copy.tail = translation.tail
        message.append(copy)
        filled += 1
    if filled:
        write(tree, ts)
    return filled


def english_plurals(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in (SUFFIX.sub("", source), SUFFIX.sub(lambda m: m.group(1), source)):
            ET.SubElement(translation, "numerusform").text = text
    write(tree, ts)


def write(tree: ET.ElementTree, ts: Path) -> None:
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def report(ts: Path) -> tuple[int, int]:
    messages = list(ET.parse(ts).getroot().iter("message"))
    done = sum(1 for m in messages if finished(m))
    return done, len(messages)


def main(argv: list[str]) -> int:
    files = sorted(TRANSLATIONS.glob("samsa_*.ts"))
    if argv:
        files = [TRANSLATIONS / f"samsa_{language}.ts" for language in argv]
    for ts in files:
        language = ts.stem[len("samsa_"):]
        english = language == "en"
        memory = {} if english else memory_of(ts)
        run_lupdate(ts, language, plural_only=english)
        if english:
            english_plurals(ts)
            continue
        reused = reuse(ts, memory)
        done, total = report(ts)
        note = f", {reused} reused from identical texts" if reused else ""
        print(f"{ts.relative_to(ROOT)}: {done} of {total} translated "
              f"({100 * done // max(total, 1)}%){note}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
