#!/usr/bin/env python3
"""Generates C++ codecs from the project's Kafka message schema.

    generate.py --schema-dir DIR --out-dir DIR            message structs and codecs
    generate.py --schema-dir DIR --out-dir DIR --fill     test fillers (test builds only)

For every schema file <stem>.schema the codecs are <stem>.h and <stem>.cpp; alongside them
come all_messages.h (every message, as type lists), api_schemas.h (per-API version facts)
and any_request.h/.cpp (decode a request body by api key). The fillers are
message_fill.h and <stem>_fill.cpp. Files are rewritten only when their content changes,
so an edit to one schema recompiles only what depends on it.
"""

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from schema import SchemaError, Versions, load  # noqa: E402

BANNER = "// Generated from {src} by the protocol code generator. Do not edit.\n"

FIXED = {
    "int8": ("int8_t", "Int8"), "int16": ("int16_t", "Int16"), "int32": ("int32_t", "Int32"),
    "int64": ("int64_t", "Int64"), "uint16": ("uint16_t", "Uint16"),
    "float64": ("double", "Float64"), "bool": ("bool", "Bool"), "uuid": ("Uuid", "Uuid"),
}
INT_LIMITS = {"int8": (-2**7, 2**7 - 1), "int16": (-2**15, 2**15 - 1),
              "int32": (-2**31, 2**31 - 1), "int64": (-2**63, 2**63 - 1),
              "uint16": (0, 2**16 - 1)}


def element_type(elem):
    if elem in FIXED:
        return FIXED[elem][0]
    if elem == "string":
        return "std::string"
    if elem in ("bytes", "records"):
        return "Bytes"
    return elem


def member_type(f):
    t = element_type(f.element)
    if f.is_array:
        t = f"std::vector<{t}>"
    return f"std::optional<{t}>" if f.optional else t


def codec(elem):
    if elem in FIXED:
        return f"detail::{FIXED[elem][1]}Codec"
    if elem == "string":
        return "detail::StringCodec"
    if elem == "bytes":
        return "detail::BytesCodec"
    return f"detail::StructCodec<{elem}>"


def int_literal(f):
    text = f.default if f.default is not None else "0"
    try:
        value = int(text, 0)
    except ValueError:
        raise SchemaError(f"{f.line}: bad default '{text}' for {f.type}") from None
    lo, hi = INT_LIMITS[f.type]
    if not lo <= value <= hi:
        raise SchemaError(f"{f.line}: default {value} out of range for {f.type}")
    if f.type != "uint16" and value == lo:
        return f"INT{f.type[3:]}_MIN"
    return f"INT64_C({value})" if f.type == "int64" and abs(value) > 2**31 else str(value)


def scalar_default(f):
    """The C++ value of a fixed-size field's default."""
    if f.type in INT_LIMITS:
        return int_literal(f)
    if f.type == "bool":
        text = (f.default or "false").lower()
        if text not in ("true", "false"):
            raise SchemaError(f"{f.line}: bad bool default '{f.default}'")
        return text
    if f.type == "float64":
        value = float(f.default or "0")
        return repr(value)
    if f.type == "uuid":
        if f.default not in (None, "", "AAAAAAAAAAAAAAAAAAAAAA"):
            raise SchemaError(f"{f.line}: only the zero uuid is supported as a default")
        return None
    raise AssertionError(f.type)


def is_null_default(f):
    return f.default == "null"


def member_initializer(f):
    """The ` = value` part of a member declaration, or '' for a value-initialised member."""
    if f.is_struct and not f.is_array:
        return ""
    if not f.is_array and f.type in FIXED:
        value = scalar_default(f)
        return f" = {value}" if value is not None else ""
    if f.is_array:
        if f.default not in (None, "", "null"):
            raise SchemaError(f"{f.line}: arrays can only default to empty or null")
        return "" if (is_null_default(f) or not f.optional) else f" = {element_type_vector(f)}()"
    if f.type == "records":
        return ""
    if is_null_default(f):
        return ""
    if f.type == "bytes":
        if f.default:
            raise SchemaError(f"{f.line}: bytes can only default to empty or null")
        return " = Bytes()" if f.optional else ""
    # string
    if f.default:
        return f" = std::string({json.dumps(f.default)})" if f.optional else f" = {json.dumps(f.default)}"
    return " = std::string()" if f.optional else ""


def element_type_vector(f):
    return f"std::vector<{element_type(f.element)}>"


def differs_from_default(f, x):
    """A C++ condition that holds when member x is not its default (tagged fields are
    written only then)."""
    if f.is_struct and not f.is_array:
        return f"{x} != {f.element}{{}}"
    if f.is_array:
        if not f.optional:
            return f"!{x}.empty()"
        return f"{x}.has_value()" if is_null_default(f) else f"(!{x} || !{x}->empty())"
    if f.type == "uuid":
        return f"!{x}.isZero()"
    if f.type == "bool":
        return f"!{x}" if scalar_default(f) == "true" else x
    if f.type in FIXED:
        return f"{x} != {scalar_default(f)}"
    if f.optional and (is_null_default(f) or f.type == "records"):
        return f"{x}.has_value()"
    if f.type in ("bytes", "records"):
        return f"(!{x} || !{x}->empty())" if f.optional else f"!{x}.empty()"
    default = json.dumps(f.default or "")
    if f.optional:
        return f"{x} != std::string_view({default})"
    return f"!{x}.empty()" if not f.default else f"{x} != {default}"


def write_stmt(f, w, x, compact, nullable):
    if f.is_array:
        extra = f", {nullable}" if f.optional else ""
        return f"detail::writeArray<{codec(f.element)}>({w}, {x}, {compact}{extra}, version);"
    if f.is_struct:
        return f"{x}.encode({w}, version);"
    if f.type in FIXED:
        return f"{w}.write{FIXED[f.type][1]}({x});"
    kind = "String" if f.type == "string" else "Bytes"
    if f.optional:
        return f"detail::write{kind}({w}, {x}, {compact}, {nullable});"
    return f"{w}.write{kind}({x}, {compact});"


def read_stmt(f, r, x, compact, nullable):
    if f.is_array:
        extra = f", {nullable}" if f.optional else ""
        return f"detail::readArray<{codec(f.element)}>({r}, {x}, {compact}{extra}, version);"
    if f.is_struct:
        return f"{x}.decode({r}, version);"
    if f.type in FIXED:
        return f"{x} = {r}.read{FIXED[f.type][1]}();"
    kind = "String" if f.type == "string" else "Bytes"
    if f.optional:
        return f"detail::read{kind}({r}, {x}, {compact}, {nullable});"
    return f"{x} = {r}.read{kind}({compact});"


def guarded(cond, stmts, indent):
    pad = " " * indent
    if cond == "false":
        return []
    if cond == "true":
        return [pad + s for s in stmts]
    if len(stmts) == 1 and not stmts[0].startswith("if "):
        return [f"{pad}if ({cond}) {stmts[0]}"]
    return [f"{pad}if ({cond}) {{"] + [pad + "    " + s for s in stmts] + [pad + "}"]


class StructView:
    """A struct (or the message itself) as the emitters see it."""

    def __init__(self, message, name, qualified, fields, within):
        self.message = message
        self.name = name
        self.qualified = qualified
        self.fields = fields
        self.within = within
        self.flex = message.flexible.intersect(within)

    @property
    def has_tagged_section(self):
        return not self.flex.empty

    def flex_cond(self):
        c = self.message.flexible.condition(self.within)
        return "flexible" if c not in ("true", "false") else c

    def present(self, f):
        return f.versions.intersect(self.within)

    def regular(self, f):
        p = self.present(f)
        return p if f.tagged.empty else p.below(f.tagged.lo)

    def tagged(self, f):
        return f.tagged.intersect(self.present(f))

    def compact(self, f, rng):
        flex = f.flexible_override if f.flexible_override is not None else self.message.flexible
        c = flex.condition(rng)
        if c in ("true", "false") or f.flexible_override is not None:
            return c
        return "flexible"


def topo_structs(message):
    order, seen = [], set()

    def visit(fields):
        for f in fields:
            if f.is_struct and f.element not in seen:
                seen.add(f.element)
                visit(message.structs[f.element].fields)
                order.append(message.structs[f.element])
    visit(message.fields)
    for s in message.structs.values():
        if s.name not in seen:
            seen.add(s.name)
            visit(s.fields)
            order.append(s)
    return order


def views(message):
    out = []
    for s in topo_structs(message):
        within = s.appears if not s.appears.empty else message.valid
        out.append(StructView(message, s.name, f"{message.name}::{s.name}", s.fields, within))
    out.append(StructView(message, message.name, message.name, message.fields, message.valid))
    return out


# ---------------------------------------------------------------- header


def emit_struct_decl(v, indent, is_top):
    pad = " " * indent
    lines = []
    for f in v.fields:
        if v.present(f).empty:
            continue
        lines.append(f"{pad}{member_type(f)} {f.member}{member_initializer(f)};")
    if v.has_tagged_section:
        lines.append(f"{pad}std::vector<RawTaggedField> unknownTaggedFields;")
    if lines:
        lines.append("")
    lines.append(f"{pad}void encode(Writer& w, int16_t version) const;")
    lines.append(f"{pad}void decode(Reader& r, int16_t version);")
    lines.append(f"{pad}bool operator==(const {v.name}&) const = default;")
    return lines


def emit_header(sf):
    out = [BANNER.format(src=sf.path.name), "#pragma once", "",
           '#include "protocol/messages/message_common.h"', "",
           "namespace samsa::protocol::messages {", ""]
    for m in sf.messages:
        out.append(f"struct {m.name} {{")
        out.append(f'    static constexpr const char* kName = "{m.name}";')
        if m.api_key is not None:
            out.append(f"    static constexpr int16_t kApiKey = {m.api_key};")
        out.append(f"    static constexpr int16_t kMinVersion = {m.valid.lo};")
        out.append(f"    static constexpr int16_t kMaxVersion = {m.valid.hi};")
        first = m.first_flexible
        out.append("    static constexpr int16_t kFirstFlexibleVersion = "
                   f"{first if first is not None else 'kNeverFlexible'};")
        out.append("")
        vs = views(m)
        for v in vs[:-1]:
            out.append(f"    struct {v.name} {{")
            out += emit_struct_decl(v, 8, False)
            out.append("    };")
            out.append("")
        out += emit_struct_decl(vs[-1], 4, True)
        out.append("};")
        out.append("")
    out.append("} // namespace samsa::protocol::messages")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- codecs


def emit_encode(v):
    body = []
    for f in v.fields:
        reg = v.regular(f)
        if reg.empty:
            continue
        stmt = write_stmt(f, "w", f.member, v.compact(f, reg), f.nullable.condition(reg))
        body += guarded(reg.condition(v.within), [stmt], 4)
    if v.has_tagged_section:
        section = []
        tagged = sorted((f for f in v.fields if not v.tagged(f).empty), key=lambda f: f.tag)
        if tagged:
            section.append("std::vector<RawTaggedField> tagged;")
            for f in tagged:
                rng = v.tagged(f)
                cond = rng.condition(v.within)
                test = differs_from_default(f, f.member)
                full = test if cond == "true" else f"{cond} && {test}"
                stmt = write_stmt(f, "t", f.member, "true", f.nullable.condition(rng))
                section.append(f"if ({full})")
                section.append(f"    detail::addTagged(tagged, {f.tag}, [&](Writer& t) {{ {stmt} }});")
            section.append("detail::writeTaggedFields(w, std::move(tagged), unknownTaggedFields);")
        else:
            section.append("detail::writeTaggedFields(w, {}, unknownTaggedFields);")
        body += guarded(v.flex_cond(), section, 4)
    return function("void", v, "encode", "Writer& w", body, const=True)


def emit_decode(v):
    body = [f"    *this = {v.name}{{}};"]
    for f in v.fields:
        reg = v.regular(f)
        if reg.empty:
            continue
        stmt = read_stmt(f, "r", f.member, v.compact(f, reg), f.nullable.condition(reg))
        body += guarded(reg.condition(v.within), [stmt], 4)
    if v.has_tagged_section:
        tagged = sorted((f for f in v.fields if not v.tagged(f).empty), key=lambda f: f.tag)
        if tagged:
            section = ["detail::readTaggedFields(r, unknownTaggedFields, [&](uint32_t tag, Reader& t) {"]
            for f in tagged:
                rng = v.tagged(f)
                cond = rng.condition(v.within)
                test = f"tag == {f.tag}" + ("" if cond == "true" else f" && {cond}")
                stmt = read_stmt(f, "t", f.member, "true", f.nullable.condition(rng))
                section += [f"    if ({test}) {{", f"        {stmt}", "        return true;", "    }"]
            section += ["    return false;", "});"]
        else:
            section = ["detail::readTaggedFields(r, unknownTaggedFields);"]
        body += guarded(v.flex_cond(), section, 4)
    return function("void", v, "decode", "Reader& r", body, const=False)


def function(ret, v, name, stream, body, const):
    text = "\n".join(body)
    uses = lambda word: re.search(rf"\b{word}\b", text) is not None  # noqa: E731
    stream_type, stream_name = stream.split()
    params = [stream if uses(stream_name) else stream_type,
              "int16_t version" if uses("version") else "int16_t"]
    prologue = []
    if uses("flexible"):
        prologue.append(f"    const bool flexible = version >= {v.message.flexible.lo};")
        if not uses("version"):
            params[1] = "int16_t version"
    head = f"{ret} {v.qualified}::{name}({', '.join(params)}){' const' if const else ''} {{"
    return [head] + prologue + body + ["}", ""]


def emit_source(sf):
    out = [BANNER.format(src=sf.path.name),
           f'#include "protocol/messages/{sf.stem}.h"', "",
           '#include "protocol/messages/codec_support.h"', "",
           "namespace samsa::protocol::messages {", ""]
    for m in sf.messages:
        for v in views(m):
            out += emit_encode(v)
            out += emit_decode(v)
    out.append("} // namespace samsa::protocol::messages")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- indexes


def all_messages(files):
    return [m for sf in files for m in sf.messages]


def apis(files):
    """(request, response) pairs by api key."""
    by_key = {}
    for m in all_messages(files):
        if m.api_key is not None:
            by_key.setdefault(m.api_key, {})[m.kind] = m
    out = []
    for key in sorted(by_key):
        pair = by_key[key]
        if set(pair) != {"request", "response"}:
            raise SchemaError(f"api key {key} needs exactly one request and one response")
        req, resp = pair["request"], pair["response"]
        if req.valid != resp.valid or req.api_name != resp.api_name:
            raise SchemaError(f"{req.name} and {resp.name} disagree on versions or name")
        out.append((req, resp))
    return out


def emit_all_messages(files):
    out = [BANNER.format(src="every schema file"), "#pragma once", ""]
    out += [f'#include "protocol/messages/{sf.stem}.h"' for sf in files]
    out += ["", "namespace samsa::protocol::messages {", ""]

    def type_list(name, names):
        return [f"using {name} = TypeList<", ",\n".join("    " + n for n in names) + ">;", ""]
    out += type_list("AllMessageTypes", [m.name for m in all_messages(files)])
    pairs = apis(files)
    out += type_list("AllRequestTypes", [req.name for req, _ in pairs])
    out += type_list("AllResponseTypes", [resp.name for _, resp in pairs])
    out.append("} // namespace samsa::protocol::messages")
    return "\n".join(out) + "\n"


def emit_api_schemas(files):
    pairs = apis(files)

    def flex(m):
        return str(m.first_flexible) if m.first_flexible is not None else "kNeverFlexible"
    rows = [f'    ApiSchema{{{req.api_key}, "{req.api_name}", {req.valid.lo}, {req.valid.hi}, '
            f"{flex(req)}, {flex(resp)}}}," for req, resp in pairs]
    return "\n".join([
        BANNER.format(src="every schema file"), "#pragma once", "",
        "#include <array>", "#include <cstdint>", "#include <string_view>", "",
        '#include "protocol/messages/message_common.h"', "",
        "namespace samsa::protocol::messages {", "",
        "// What the schema says about each API: the version range the codecs handle and",
        "// where the flexible encoding starts.",
        "struct ApiSchema {",
        "    int16_t apiKey;",
        "    std::string_view name;",
        "    int16_t minVersion;",
        "    int16_t maxVersion;",
        "    int16_t firstFlexibleRequestVersion;",
        "    int16_t firstFlexibleResponseVersion;",
        "};", "",
        f"inline constexpr std::array<ApiSchema, {len(pairs)}> kApiSchemas{{{{",
        *rows,
        "}};", "",
        "constexpr const ApiSchema* findApiSchema(int16_t apiKey) {",
        "    for (const auto& api : kApiSchemas)",
        "        if (api.apiKey == apiKey) return &api;",
        "    return nullptr;",
        "}", "",
        "} // namespace samsa::protocol::messages",
    ]) + "\n"


def emit_any_request(files):
    pairs = apis(files)
    header = [BANNER.format(src="every schema file"), "#pragma once", "", "#include <variant>", ""]
    header += sorted({f'#include "protocol/messages/{sf.stem}.h"'
                      for sf in files for m in sf.messages if m.kind == "request"})
    header += ["", "namespace samsa::protocol::messages {", "",
               "using AnyRequest = std::variant<",
               ",\n".join(f"    {req.name}" for req, _ in pairs) + ">;", "",
               "// Decodes the body of a request with the given api key and version. Throws",
               "// DecodeError when the bytes do not decode, and also for a key or version the",
               "// schema does not define: check the api table first to answer those properly.",
               "AnyRequest decodeRequest(int16_t apiKey, int16_t apiVersion, Reader& r);", "",
               "} // namespace samsa::protocol::messages"]
    source = [BANNER.format(src="every schema file"),
              '#include "protocol/messages/any_request.h"', "", "#include <string>", "",
              '#include "protocol/wire/reader.h"', "",
              "namespace samsa::protocol::messages {", "", "namespace {", "",
              "template <typename T>",
              "AnyRequest decodeAs(int16_t version, Reader& r) {",
              "    if (version < T::kMinVersion || version > T::kMaxVersion)",
              "        throw DecodeError(std::string(T::kName) + \" has no version \" + std::to_string(version));",
              "    AnyRequest out{std::in_place_type<T>};",
              "    std::get<T>(out).decode(r, version);",
              "    return out;",
              "}", "", "} // namespace", "",
              "AnyRequest decodeRequest(int16_t apiKey, int16_t apiVersion, Reader& r) {",
              "    switch (apiKey) {"]
    for req, _ in pairs:
        source.append(f"    case {req.name}::kApiKey: return decodeAs<{req.name}>(apiVersion, r);")
    source += ["    default: break;", "    }",
               '    throw DecodeError("unknown api key " + std::to_string(apiKey));', "}", "",
               "} // namespace samsa::protocol::messages"]
    return "\n".join(header) + "\n", "\n".join(source) + "\n"


# ---------------------------------------------------------------- test fillers


def fill_field(v, f):
    present = v.present(f)
    if present.empty:
        return []
    null_cond = f.nullable.condition(present) if f.optional else "false"
    x = f"m.{f.member}"
    stmts = []
    if f.is_array:
        if f.is_struct:
            add = "n += fillStruct(a.emplace_back(), version, withNulls, c);"
        else:
            add = f"a.push_back({next_value(f, f.element)});"
        take = f"auto& a = {x}.emplace();" if f.optional else f"auto& a = {x};"
        stmts = [f"{{ {take} a.clear(); for (int i = 0; i < 2; ++i) {add} ++n; }}"]
    elif f.is_struct:
        stmts = [f"n += fillStruct({x}, version, withNulls, c);"]
    elif f.type == "bool":
        stmts = [f"{x} = !{scalar_default(f)};", "++n;"]
    else:
        stmts = [f"{x} = {next_value(f, f.type)};", "++n;"]
    if null_cond != "false":
        inner = " ".join(stmts)
        when = "withNulls" if null_cond == "true" else f"withNulls && {null_cond}"
        stmts = [f"if ({when}) {x}.reset(); else {{ {inner} }}"]
    return guarded(present.condition(v.within), stmts, 4)


def next_value(f, elem):
    if elem in INT_LIMITS:
        dflt = int_literal(f) if not f.is_array else "0"
        return f"nextInt<{FIXED[elem][0]}>(c, {dflt})"
    if elem == "bool":
        return "true"
    if elem == "float64":
        return "nextDouble(c)"
    if elem == "uuid":
        return "nextUuid(c)"
    if elem == "string":
        return "nextString(c)"
    return "nextBytes(c)"


def emit_fill_function(v, public):
    body = []
    for f in v.fields:
        body += fill_field(v, f)
    if v.has_tagged_section:
        cond = v.message.flexible.condition(v.within)
        body += guarded(cond, ["m.unknownTaggedFields.push_back(unknownTestTag(c));", "++n;"], 4)
    text = "\n".join(body)
    used = lambda word: re.search(rf"\b{word}\b", text) is not None  # noqa: E731
    params = [f"{v.qualified}& m" if used("m") else f"{v.qualified}&",
              "int16_t version" if used("version") else "int16_t",
              "bool withNulls" if used("withNulls") else "bool",
              "uint32_t& c" if used("c") else "uint32_t&"]
    name = "fillForTest" if public else "fillStruct"
    lines = [("" if public else "[[maybe_unused]] ") + f"int {name}({', '.join(params)}) {{",
             "    int n = 0;"] + body + ["    return n;", "}", ""]
    return lines


def emit_fill(files):
    header = [BANNER.format(src="every schema file"), "#pragma once", "", "#include <cstdint>", "",
              '#include "protocol/messages/all_messages.h"', "",
              "namespace samsa::protocol::messages::testing {", "",
              "// Sets every field present in `version` to a deterministic value that differs",
              "// from its default (nullable ones to null instead when withNulls is set) and adds",
              "// an unknown tagged field to every flexible struct. `counter` advances with each",
              "// value. Returns how many fields were changed.", ""]
    for m in all_messages(files):
        header.append(f"int fillForTest({m.name}& m, int16_t version, bool withNulls, uint32_t& counter);")
    header += ["", "} // namespace samsa::protocol::messages::testing"]
    sources = {}
    for sf in files:
        out = [BANNER.format(src=sf.path.name), '#include "message_fill.h"', "",
               '#include "fill_support.h"', "",
               "namespace samsa::protocol::messages::testing {", "", "namespace {", ""]
        publics = []
        for m in sf.messages:
            vs = views(m)
            for v in vs[:-1]:
                out += emit_fill_function(v, False)
            publics += emit_fill_function(vs[-1], True)
        out += ["} // namespace", ""] + publics + ["} // namespace samsa::protocol::messages::testing"]
        sources[f"{sf.stem}_fill.cpp"] = "\n".join(out) + "\n"
    return "\n".join(header) + "\n", sources


# ---------------------------------------------------------------- driver


def write_if_changed(path, text):
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return
    path.write_text(text, encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--schema-dir", required=True, type=Path)
    ap.add_argument("--out-dir", required=True, type=Path)
    ap.add_argument("--fill", action="store_true", help="generate the test fillers instead")
    args = ap.parse_args()
    try:
        files = load(args.schema_dir)
        outputs = {}
        if args.fill:
            header, sources = emit_fill(files)
            outputs["message_fill.h"] = header
            outputs.update(sources)
        else:
            for sf in files:
                outputs[f"{sf.stem}.h"] = emit_header(sf)
                outputs[f"{sf.stem}.cpp"] = emit_source(sf)
            outputs["all_messages.h"] = emit_all_messages(files)
            outputs["api_schemas.h"] = emit_api_schemas(files)
            outputs["any_request.h"], outputs["any_request.cpp"] = emit_any_request(files)
    except SchemaError as e:
        print(f"schema error: {e}", file=sys.stderr)
        return 1
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name, text in outputs.items():
        write_if_changed(args.out_dir / name, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
