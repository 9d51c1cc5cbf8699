"""Parser and model for the project's compact Kafka message schema (see schema/README.md)."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

MAX_VERSION = 0x7FFF

PRIMITIVES = {"int8", "int16", "int32", "int64", "uint16", "float64", "bool", "string",
              "bytes", "records", "uuid"}
MESSAGE_KINDS = {"request", "response", "header", "data"}
FIELD_ATTRS = {"versions", "nullableVersions", "taggedVersions", "tag", "flexibleVersions",
               "default"}
RESERVED_MEMBERS = {"encode", "decode", "unknownTaggedFields", "version", "flexible", "w", "r",
                    "t", "tag"}
IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")


class SchemaError(Exception):
    pass


@dataclass(frozen=True)
class Versions:
    """An inclusive version range; empty when lo > hi."""
    lo: int
    hi: int

    @staticmethod
    def parse(text, where):
        if text == "none":
            return Versions(1, 0)
        m = re.fullmatch(r"(\d+)(\+|-(\d+))?", text)
        if not m:
            raise SchemaError(f"{where}: bad version range '{text}'")
        lo = int(m.group(1))
        if m.group(2) == "+":
            return Versions(lo, MAX_VERSION)
        hi = int(m.group(3)) if m.group(3) else lo
        if hi < lo:
            raise SchemaError(f"{where}: empty version range '{text}'")
        return Versions(lo, hi)

    @property
    def empty(self):
        return self.lo > self.hi

    def intersect(self, other):
        return Versions(max(self.lo, other.lo), min(self.hi, other.hi))

    def contains(self, other):
        return other.empty or (not self.empty and self.lo <= other.lo and other.hi <= self.hi)

    def union_span(self, other):
        if self.empty:
            return other
        if other.empty:
            return self
        return Versions(min(self.lo, other.lo), max(self.hi, other.hi))

    def below(self, v):
        """Versions of this range that are less than v."""
        return Versions(self.lo, min(self.hi, v - 1))

    def condition(self, within):
        """A C++ condition on `version` selecting this range, given version is in `within`."""
        r = self.intersect(within)
        if r.empty:
            return "false"
        parts = []
        if r.lo > within.lo:
            parts.append(f"version >= {r.lo}")
        if r.hi < within.hi:
            parts.append(f"version <= {r.hi}")
        if not parts:
            return "true"
        if len(parts) == 2 and r.lo == r.hi:
            return f"version == {r.lo}"
        return " && ".join(parts)


@dataclass
class Field:
    name: str
    type: str
    versions: Versions
    nullable: Versions
    tagged: Versions
    tag: int | None
    flexible_override: Versions | None
    default: str | None
    line: str
    struct_fields: list | None = None  # inline struct definition, if any

    @property
    def is_array(self):
        return self.type.startswith("[]")

    @property
    def element(self):
        return self.type[2:] if self.is_array else self.type

    @property
    def is_struct(self):
        return self.element not in PRIMITIVES

    @property
    def member(self):
        return self.name[0].lower() + self.name[1:]

    @property
    def optional(self):
        return self.type == "records" or not self.nullable.empty


@dataclass
class Struct:
    name: str
    fields: list
    appears: Versions = Versions(1, 0)  # message versions in which an instance can exist
    common: bool = False


@dataclass
class Message:
    kind: str
    name: str
    api_key: int | None
    valid: Versions
    flexible: Versions
    fields: list
    structs: dict = field(default_factory=dict)  # nested struct name -> Struct, in order
    line: str = ""

    @property
    def first_flexible(self):
        return None if self.flexible.empty else self.flexible.lo

    @property
    def api_name(self):
        for suffix in ("Request", "Response"):
            if self.kind == suffix.lower() and self.name.endswith(suffix):
                return self.name[: -len(suffix)]
        return self.name


@dataclass
class SchemaFile:
    stem: str
    path: Path
    messages: list


def _tokens(text, where):
    try:
        return shlex.split(text, comments=False, posix=True)
    except ValueError as e:
        raise SchemaError(f"{where}: {e}") from None


def _attrs(tokens, allowed, where):
    out = {}
    for tok in tokens:
        if "=" not in tok:
            raise SchemaError(f"{where}: expected key=value, got '{tok}'")
        key, value = tok.split("=", 1)
        if key not in allowed:
            raise SchemaError(f"{where}: unknown attribute '{key}'")
        if key in out:
            raise SchemaError(f"{where}: attribute '{key}' given twice")
        out[key] = value
    return out


def _parse_field(tokens, where):
    if len(tokens) < 2:
        raise SchemaError(f"{where}: a field needs a name and a type")
    name, ftype = tokens[0], tokens[1]
    if not IDENTIFIER.match(name):
        raise SchemaError(f"{where}: bad field name '{name}'")
    element = ftype[2:] if ftype.startswith("[]") else ftype
    if element not in PRIMITIVES and not IDENTIFIER.match(element):
        raise SchemaError(f"{where}: bad type '{ftype}'")
    if ftype == "[]records":
        raise SchemaError(f"{where}: arrays of records are not a Kafka type")
    a = _attrs(tokens[2:], FIELD_ATTRS, where)
    if "versions" not in a:
        raise SchemaError(f"{where}: field '{name}' has no versions")
    tagged = Versions.parse(a.get("taggedVersions", "none"), where)
    tag = int(a["tag"]) if "tag" in a else None
    if (tag is None) != tagged.empty:
        raise SchemaError(f"{where}: 'tag' and 'taggedVersions' go together")
    if not tagged.empty and tagged.hi != MAX_VERSION:
        raise SchemaError(f"{where}: taggedVersions must be open-ended")
    override = a.get("flexibleVersions")
    return Field(
        name=name, type=ftype,
        versions=Versions.parse(a["versions"], where),
        nullable=Versions.parse(a.get("nullableVersions", "none"), where),
        tagged=tagged, tag=tag,
        flexible_override=Versions.parse(override, where) if override is not None else None,
        default=a.get("default"), line=where)


def parse_file(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    messages = []
    # Stack of (indent, list to append child fields to, owning Field or None).
    stack = []
    current = None
    for number, raw in enumerate(lines, 1):
        where = f"{path.name}:{number}"
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if "\t" in raw:
            raise SchemaError(f"{where}: indent with spaces, not tabs")
        indent = len(raw) - len(raw.lstrip(" "))
        tokens = _tokens(stripped, where)
        if indent == 0:
            kind = tokens[0]
            if kind not in MESSAGE_KINDS or len(tokens) < 2:
                raise SchemaError(f"{where}: expected '<request|response|header|data> Name ...'")
            a = _attrs(tokens[2:], {"apiKey", "validVersions", "flexibleVersions"}, where)
            if "validVersions" not in a:
                raise SchemaError(f"{where}: message needs validVersions")
            if (kind in ("request", "response")) != ("apiKey" in a):
                raise SchemaError(f"{where}: apiKey is required for requests and responses only")
            current = Message(
                kind=kind, name=tokens[1],
                api_key=int(a["apiKey"]) if "apiKey" in a else None,
                valid=Versions.parse(a["validVersions"], where),
                flexible=Versions.parse(a.get("flexibleVersions", "none"), where),
                fields=[], line=where)
            if current.valid.empty or current.valid.hi == MAX_VERSION:
                raise SchemaError(f"{where}: validVersions must be a closed range")
            messages.append(current)
            stack = [(0, current.fields, None)]
            continue
        if current is None:
            raise SchemaError(f"{where}: field outside a message")
        while stack and indent <= stack[-1][0]:
            stack.pop()
        if not stack:
            raise SchemaError(f"{where}: bad indentation")
        parent_indent, children, owner = stack[-1]
        if tokens[0] == "struct":
            if owner is not None or parent_indent != 0:
                raise SchemaError(f"{where}: 'struct' blocks belong directly under a message")
            if len(tokens) < 2 or not IDENTIFIER.match(tokens[1]):
                raise SchemaError(f"{where}: expected 'struct Name'")
            _attrs(tokens[2:], {"versions"}, where)
            s = Struct(name=tokens[1], fields=[], common=True)
            if s.name in current.structs:
                raise SchemaError(f"{where}: struct '{s.name}' defined twice")
            current.structs[s.name] = s
            stack.append((indent, s.fields, s))
            continue
        if isinstance(owner, Field) and owner.struct_fields is None:
            owner.struct_fields = children
        f = _parse_field(tokens, where)
        children.append(f)
        # The field's child list is attached to it once a child appears.
        stack.append((indent, [], f))
    return messages


def _collect_structs(message):
    """Registers inline structs, resolves references and computes where each struct can appear."""
    def register(fields):
        for f in fields:
            if f.struct_fields is not None:
                if not f.is_struct:
                    raise SchemaError(f"{f.line}: only struct types have nested fields")
                if f.element in message.structs:
                    raise SchemaError(f"{f.line}: struct '{f.element}' defined twice")
                message.structs[f.element] = Struct(name=f.element, fields=f.struct_fields)
                register(f.struct_fields)
    for s in [s for s in message.structs.values() if s.common]:
        register(s.fields)
    register(message.fields)
    if message.name in message.structs:
        raise SchemaError(f"{message.line}: a struct cannot share the message's name")

    def visit(fields, within):
        names = set()
        for f in fields:
            if f.member in names:
                raise SchemaError(f"{f.line}: duplicate field '{f.name}'")
            names.add(f.member)
            if f.member in RESERVED_MEMBERS:
                raise SchemaError(f"{f.line}: field name '{f.name}' clashes with generated code")
            present = f.versions.intersect(within)
            if not f.tagged.empty:
                if not message.flexible.contains(f.tagged.intersect(message.valid)):
                    raise SchemaError(f"{f.line}: tagged versions must be flexible")
            if f.is_struct:
                if f.element not in message.structs:
                    raise SchemaError(f"{f.line}: unknown struct '{f.element}'")
                if not f.is_array and not f.nullable.empty:
                    raise SchemaError(f"{f.line}: nullable struct fields are not supported")
                s = message.structs[f.element]
                grown = s.appears.union_span(present)
                if grown != s.appears:
                    s.appears = grown
                    visit(s.fields, grown)
            if f.default is not None and f.default == "null" and f.nullable.empty:
                raise SchemaError(f"{f.line}: default null on a field that is never nullable")
        tags = [f.tag for f in fields if f.tag is not None]
        if len(tags) != len(set(tags)):
            raise SchemaError(f"{fields[0].line}: duplicate tag in one struct")
    visit(message.fields, message.valid)


def load(schema_dir):
    files = []
    seen = {}
    for path in sorted(Path(schema_dir).glob("*.schema")):
        messages = parse_file(path)
        if not messages:
            raise SchemaError(f"{path.name}: no messages")
        for m in messages:
            if m.name in seen:
                raise SchemaError(f"{m.line}: message '{m.name}' also defined in {seen[m.name]}")
            seen[m.name] = path.name
            _collect_structs(m)
        files.append(SchemaFile(stem=path.stem, path=path, messages=messages))
    if not files:
        raise SchemaError(f"no .schema files in {schema_dir}")
    return files
