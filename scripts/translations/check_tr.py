#!/usr/bin/python3
"""Finds user-visible string literals that bypass tr().

Scans C++ files for literals handed to the calls and constructors that put text in
front of the user (setText, setToolTip, QLabel(...), QMessageBox::warning(...), a
model's headerData...) without tr(), QT_TR_NOOP or QCoreApplication::translate around
them. A literal counts when it has a word in it: format strings such as "%1 (%2)" or
" · " pass. It also finds files that define their own tr() function: lupdate files the
texts of such a function under the enclosing namespace, so their translations are never
found at run time.

Legitimate exceptions (object names shown as text, Kafka config keys, protocol names)
are listed in tr_allowlist.txt next to this script, each with its reason.

Usage:
  check_tr.py [--root DIR] [PATH...]      report violations under PATH (default: app ui)
  check_tr.py --self-test FILE            FILE marks each line that must be reported with
                                          "// expect-untranslated"; fails unless exactly
                                          those lines are reported
Exit status: 0 when clean (or the self-test holds), 1 otherwise.
"""
import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ALLOWLIST = HERE / "tr_allowlist.txt"

# Member calls whose string arguments reach the screen.
CALL_SINKS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "showMessage", "showError", "showInfo", "setTitle",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addItem",
    "addItems", "insertItem", "addAction", "addMenu", "addSection", "addTab", "insertTab",
    "setTabText", "setTabToolTip", "setItemText", "setLabelText", "setInformativeText",
    "setDetailedText", "setButtonText", "setSuffix", "setPrefix", "setSpecialValueText",
    "setAccessibleName", "setAccessibleDescription", "addRow", "setCancelButtonText",
    "setOkButtonText", "setNameFilter", "setNameFilters", "setWindowIconText",
}
# Widgets whose constructor takes the text they show.
CTOR_SINKS = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QMenu", "QCommandLinkButton", "QTreeWidgetItem", "QListWidgetItem",
    "QTableWidgetItem", "QStandardItem",
}
# QMessageBox's static functions; the first string argument is the title.
MESSAGE_BOX = {"information", "warning", "critical", "question", "about"}
# Calls that translate their literal (or mark it for translation).
TRANSLATORS = {"tr", "QT_TR_NOOP", "QT_TR_N_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3",
               "QT_TRANSLATE_N_NOOP", "translate", "qtTrId", "QT_TRID_NOOP"}
# Calls that only turn a literal into a QString: the literal still counts.
STRING_MAKERS = {"QStringLiteral", "QLatin1String", "QLatin1StringView", "QString",
                 "fromUtf8", "fromLatin1", "fromLocal8Bit", "QStringView", "u8"}

TOKEN = re.compile(r"""
    (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<raw>(?:u8|u|U|L)?R"(?P<delim>[^(\s]*)\((?P<rawbody>.*?)\)(?P=delim)")
  | (?P<string>(?:u8|u|U|L)?"(?:\\.|[^"\\\n])*")
  | (?P<char>'(?:\\.|[^'\\\n])+')
  | (?P<ident>[A-Za-z_]\w*)
  | (?P<punct>::|->|[(){}\[\],;?:.<>=!&|+\-*/%^~])
  | (?P<space>\s+)
  | (?P<other>.)
""", re.S | re.X)

WORD = re.compile(r"[A-Za-z]{2,}")
PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)|<[^>]*>|&\w+;")
# One identifier-like token: a Kafka config key (retention.ms), a protocol or enum
# value (SASL_SSL, read_committed), a file name... never prose.
TECHNICAL = re.compile(r"^[\w.\-:/@*+#]*[._\-:/@][\w.\-:/@*+#]*$")


class Token:
    __slots__ = ("kind", "text", "line", "value")

    def __init__(self, kind, text, line, value=None):
        self.kind, self.text, self.line, self.value = kind, text, line, value


def unescape(body: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


def tokenize(source: str) -> list:
    tokens, line = [], 1
    for m in TOKEN.finditer(source):
        kind, text = m.lastgroup, m.group(0)
        if kind == "raw":
            tokens.append(Token("string", text, line, m.group("rawbody")))
        elif kind == "string":
            body = text[text.index('"') + 1:-1]
            tokens.append(Token("string", text, line, unescape(body)))
        elif kind in ("ident", "punct", "char"):
            tokens.append(Token(kind, text, line))
        line += text.count("\n")
    return tokens


def closing(tokens, start):
    """Index of the bracket closing tokens[start] (an opening one)."""
    pairs = {"(": ")", "{": "}", "[": "]"}
    opener, closer, depth = tokens[start].text, pairs[tokens[start].text], 0
    for i in range(start, len(tokens)):
        if tokens[i].text == opener:
            depth += 1
        elif tokens[i].text == closer:
            depth -= 1
            if depth == 0:
                return i
    return len(tokens) - 1


def visible_literals(tokens, start, end):
    """Literals in tokens[start:end] that would reach the screen as they are: at the top
    level of the arguments, or only wrapped in a string maker. Adjacent literals are
    joined, as the compiler joins them."""
    found, i, pending = [], start, None
    while i < end:
        tok = tokens[i]
        if tok.kind == "string":
            if pending is None:
                pending = [tok.line, tok.value]
            else:
                pending[1] += tok.value
            i += 1
            continue
        if pending is not None:
            found.append(tuple(pending))
            pending = None
        if tok.kind == "ident" and i + 1 < end and tokens[i + 1].text == "(":
            stop = closing(tokens, i + 1)
            if tok.text in STRING_MAKERS:
                found += visible_literals(tokens, i + 2, stop)
            # Translated, or some other call whose result is not the literal itself.
            i = stop + 1
            continue
        if tok.text == "(":
            # A parenthesised expression (a conditional, say) is still the argument.
            i += 1
            continue
        i += 1
    if pending is not None:
        found.append(tuple(pending))
    return found


def is_prose(text: str) -> bool:
    stripped = PLACEHOLDER.sub(" ", text).strip()
    if not WORD.search(stripped):
        return False
    return not TECHNICAL.match(stripped)


def split_arguments(tokens, start, end):
    """(start, end) ranges of the top-level comma-separated arguments in tokens[start:end]."""
    args, i, begin = [], start, start
    while i < end:
        if tokens[i].text in ("(", "{", "["):
            i = closing(tokens, i) + 1
            continue
        if tokens[i].text == ",":
            args.append((begin, i))
            begin = i + 1
        i += 1
    if begin < end:
        args.append((begin, end))
    return args


# Which arguments of a sink show text; the rest are data, indexes or widgets.
def shown_arguments(name, args):
    count = len(args)
    if name in ("addItem",):
        return args[:1] if count <= 2 else args[1:2]  # (text, data) or (icon, text, data)
    if name == "insertItem":
        return args[1:2] if count <= 3 else args[2:3]
    if name in ("setItemText", "setTabText", "setTabToolTip", "addTab", "insertTab"):
        return args[-1:]
    if name == "addRow":
        return args[:1]
    return args


def sink_arguments(tokens):
    """(start, end) token ranges of the shown arguments of every sink call."""
    for i, tok in enumerate(tokens):
        if tok.kind != "ident" or i + 1 >= len(tokens):
            continue
        nxt = tokens[i + 1]
        prev = tokens[i - 1].text if i > 0 else ""
        # A member call, or a bare one on this; not a definition (Foo::setText) or a
        # declaration (void setText).
        if tok.text in CALL_SINKS and nxt.text == "(" and \
                prev in (".", "->", ";", "{", "}", ")", "else"):
            stop = closing(tokens, i + 1)
            yield from shown_arguments(tok.text, split_arguments(tokens, i + 2, stop))
        elif tok.text in MESSAGE_BOX and nxt.text == "(" and prev == "::" and \
                tokens[i - 2].text == "QMessageBox":
            yield i + 2, closing(tokens, i + 1)
        elif tok.text in CTOR_SINKS:
            # new QLabel("…"), QLabel("…"), QLabel label("…"), QLabel label{"…"}
            j = i + 1
            if j < len(tokens) and tokens[j].kind == "ident":
                j += 1
            if j < len(tokens) and tokens[j].text in ("(", "{"):
                yield j + 1, closing(tokens, j)


def header_data_bodies(tokens):
    """Token ranges of the bodies of headerData() definitions."""
    for i, tok in enumerate(tokens):
        if tok.text != "headerData" or i + 1 >= len(tokens) or tokens[i + 1].text != "(":
            continue
        j = closing(tokens, i + 1) + 1
        while j < len(tokens) and tokens[j].kind == "ident":  # const, override
            j += 1
        if j < len(tokens) and tokens[j].text == "{":
            yield j + 1, closing(tokens, j)


def own_tr_definitions(tokens):
    """Lines where a file defines a function or lambda named tr."""
    for i, tok in enumerate(tokens):
        if tok.text != "tr" or i == 0 or i + 1 >= len(tokens):
            continue
        prev, nxt = tokens[i - 1], tokens[i + 1]
        # QString tr(const char* ...) {   or   auto tr = [...](...)
        if prev.text in ("QString", "auto") and nxt.text in ("(", "="):
            if nxt.text == "(" and i + 2 < len(tokens) and tokens[i + 2].text == "const":
                yield tok.line
            elif nxt.text == "=" and i + 2 < len(tokens) and tokens[i + 2].text == "[":
                yield tok.line


def check_file(path: Path, display: str, allow: set) -> list:
    tokens = tokenize(path.read_text(encoding="utf-8", errors="replace"))
    problems, seen = [], set()
    ranges = list(sink_arguments(tokens)) + list(header_data_bodies(tokens))
    for start, end in ranges:
        # One report per argument: "a " + "b" is one text to translate.
        for line, text in visible_literals(tokens, start, end):
            if (line, text) in seen or not is_prose(text):
                continue
            seen.add((line, text))
            if allowed(allow, display, text):
                continue
            problems.append((line, f"untranslated text {text!r}: wrap it in tr()"))
            break
    for line in own_tr_definitions(tokens):
        problems.append((line, "defines its own tr(): lupdate files these texts under the "
                               "namespace, not the context used at run time; declare a class "
                               "with Q_DECLARE_TR_FUNCTIONS and call Class::tr()"))
    return sorted(problems)


def allowed(allow: set, path: str, text: str) -> bool:
    for file, entry in allow:
        if file not in (path, "*"):
            continue
        if entry == text or (entry.endswith("*") and text.startswith(entry[:-1])):
            return True
    return False


def load_allowlist() -> set:
    allow = set()
    for raw in ALLOWLIST.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        path, _, text = line.partition(": ")
        allow.add((path.strip(), unescape(text)))
    return allow


def main(argv) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=str(HERE.parents[1]))
    parser.add_argument("--self-test", metavar="FILE")
    parser.add_argument("paths", nargs="*", default=["app", "ui"])
    args = parser.parse_args(argv)

    if args.self_test:
        fixture = Path(args.self_test)
        expected = {n for n, text in enumerate(fixture.read_text().splitlines(), 1)
                    if "expect-untranslated" in text}
        reported = {line for line, _ in check_file(fixture, fixture.name, set())}
        if reported == expected:
            print(f"{fixture.name}: the checker reports exactly the {len(expected)} planted lines")
            return 0
        print(f"{fixture.name}: missed lines {sorted(expected - reported)}, "
              f"wrongly reported lines {sorted(reported - expected)}")
        return 1

    root = Path(args.root)
    allow = load_allowlist()
    count = 0
    for base in args.paths:
        for path in sorted((root / base).rglob("*")):
            if path.suffix not in (".cpp", ".h"):
                continue
            display = path.relative_to(root).as_posix()
            for line, message in check_file(path, display, allow):
                print(f"{display}:{line}: {message}")
                count += 1
    print(f"{count} problem(s)" if count else "every user-visible text goes through tr()")
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
