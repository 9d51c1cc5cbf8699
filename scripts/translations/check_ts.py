#!/usr/bin/python3
"""Checks that a translation is up to date with the sources.

Runs lupdate over app/ and ui/ into a copy of translations/samsa_<LANGUAGE>.ts, so a text
added to the code since the last update counts as untranslated, then fails when:
- a text has no translation (unless --min-finished allows a share of them),
- the file still holds texts the code no longer has (run update.py to drop them),
- a translation lacks a placeholder of its source (%1, %2..., %n), or has one too many,
- lupdate had to file texts under a bare namespace or no context at all: such texts
  are looked up under another context at run time and never found.

Usage: check_ts.py LANGUAGE [--min-finished PERCENT]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The build passes Qt's own; by hand, Debian's qt6-l10n-tools has it here.
LUPDATE = os.environ.get("LUPDATE") or "/usr/lib/qt6/bin/lupdate"
PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n)")
# Namespaces of the project: a context named only so is a namespace, not a class.
NAMESPACES = {"", "samsa", "samsa::app", "samsa::ui", "samsa::monitor", "samsa::lab",
              "samsa::client"}


def translations_of(message):
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def main(argv) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language")
    parser.add_argument("--min-finished", type=float, default=100.0, metavar="PERCENT")
    args = parser.parse_args(argv)

    ts = ROOT / "translations" / f"samsa_{args.language}.ts"
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / ts.name
        shutil.copy(ts, copy)
        subprocess.run([LUPDATE, "-silent", "-locations", "none", "-I", ".", "app", "ui",
                        "-ts", str(copy)], cwd=ROOT, check=True, capture_output=True)
        root = ET.parse(copy).getroot()

    untranslated, stale, broken, misfiled, total = [], [], [], [], 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            kind = message.find("translation").get("type")
            if kind in ("vanished", "obsolete"):
                stale.append(f"{name}: {source}")
                continue
            total += 1
            if name in NAMESPACES:
                misfiled.append(f"{name or '(no context)'}: {source}")
            if kind == "unfinished":
                untranslated.append(f"{name}: {source}")
                continue
            expected = placeholders(source)
            for text in translations_of(message):
                found = placeholders(text)
                if found != expected:
                    broken.append(f"{name}: {source!r} -> {text!r} "
                                  f"(has {found}, source has {expected})")

    done = total - len(untranslated)
    share = 100.0 * done / max(total, 1)
    print(f"samsa_{args.language}.ts: {done} of {total} texts translated ({share:.1f}%)")
    failed = False
    for title, items, fatal in (
            ("translations whose placeholders differ from the source", broken, True),
            ("texts the code no longer has (run scripts/translations/update.py)", stale, True),
            ("texts lupdate filed under a namespace instead of a class context", misfiled, True),
            ("untranslated texts", untranslated, share < args.min_finished)):
        if not items:
            continue
        failed = failed or fatal
        print(f"{len(items)} {title}:")
        for item in items[:40]:
            print(f"  {item}")
        if len(items) > 40:
            print(f"  ... and {len(items) - 40} more")
    if share < args.min_finished:
        print(f"needs at least {args.min_finished:g}% translated")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
