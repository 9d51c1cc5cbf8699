#!/usr/bin/env python3
"""Refreshes translations/samsa_en.ts, the English plural forms.

English source texts carry plurals as "%n topic(s)"; the English "translation" only
spells out the singular and plural of each such text ("1 topic", "2 topics"). This
script runs lupdate for plural texts only, then fills every numerus entry mechanically:
"word(s)" / "word(es)" lose the suffix in the singular and keep it in the plural.

Usage: scripts/translations/update_english.py   (from anywhere; needs Qt's lupdate)
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "samsa_en.ts"
LUPDATE = "/usr/lib/qt6/bin/lupdate"
SUFFIX = re.compile(r"\((e?s)\)")


def forms(source: str) -> tuple[str, str]:
    return SUFFIX.sub("", source), SUFFIX.sub(lambda m: m.group(1), source)


def main() -> int:
    subprocess.run([LUPDATE, "-silent", "-pluralonly", "-no-obsolete", "-locations", "none",
                    "-target-language", "en", "-I", ".", "app", "ui", "-ts", str(TS)],
                   cwd=ROOT, check=True)
    tree = ET.parse(TS)
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(source):
            ET.SubElement(translation, "numerusform").text = text
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
