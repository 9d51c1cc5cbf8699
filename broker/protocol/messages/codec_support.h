#pragma once

// Building blocks shared by the generated message codecs. Generated code stays short by
// expressing every field as one call into these helpers.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "protocol/wire/reader.h"
#include "protocol/wire/types.h"
#include "protocol/wire/writer.h"

namespace samsa::protocol::messages::detail {

// Element codecs for arrays. `compact` selects the flexible-version encoding of
// length-prefixed elements; `version` is passed on to nested structs.
template <typename V, V (Reader::*Read)(), void (Writer::*Write)(V)>
struct FixedCodec {
    using Value = V;
    static void write(Writer& w, Value v, bool, int16_t) { (w.*Write)(v); }
    static void read(Reader& r, Value& v, bool, int16_t) { v = (r.*Read)(); }
};

using Int8Codec = FixedCodec<int8_t, &Reader::readInt8, &Writer::writeInt8>;
using Int16Codec = FixedCodec<int16_t, &Reader::readInt16, &Writer::writeInt16>;
using Int32Codec = FixedCodec<int32_t, &Reader::readInt32, &Writer::writeInt32>;
using Int64Codec = FixedCodec<int64_t, &Reader::readInt64, &Writer::writeInt64>;
using Uint16Codec = FixedCodec<uint16_t, &Reader::readUint16, &Writer::writeUint16>;
using Float64Codec = FixedCodec<double, &Reader::readFloat64, &Writer::writeFloat64>;

struct BoolCodec {
    using Value = bool;
    static void write(Writer& w, bool v, bool, int16_t) { w.writeBool(v); }
    static void read(Reader& r, bool& v, bool, int16_t) { v = r.readBool(); }
};

struct UuidCodec {
    using Value = Uuid;
    static void write(Writer& w, const Uuid& v, bool, int16_t) { w.writeUuid(v); }
    static void read(Reader& r, Uuid& v, bool, int16_t) { v = r.readUuid(); }
};

struct StringCodec {
    using Value = std::string;
    static void write(Writer& w, const std::string& v, bool compact, int16_t) { w.writeString(v, compact); }
    static void read(Reader& r, std::string& v, bool compact, int16_t) { v = r.readString(compact); }
};

struct BytesCodec {
    using Value = Bytes;
    static void write(Writer& w, const Bytes& v, bool compact, int16_t) { w.writeBytes(v, compact); }
    static void read(Reader& r, Bytes& v, bool compact, int16_t) { v = r.readBytes(compact); }
};

template <typename S>
struct StructCodec {
    using Value = S;
    static void write(Writer& w, const S& v, bool, int16_t version) { v.encode(w, version); }
    static void read(Reader& r, S& v, bool, int16_t version) {
        size_t before = r.position();
        v.decode(r, version);
        // An element that takes no bytes would let a small frame claim billions of them.
        if (r.position() == before) throw DecodeError("array element with no content");
    }
};

// Values of fields that are nullable in some versions are std::optional. In a version
// where the field is not nullable, a null is written as the empty value: the wire cannot
// carry it, and an empty value is the closest meaning (an empty topic list, no data).
void writeString(Writer& w, const std::optional<std::string>& v, bool compact, bool nullable);
void readString(Reader& r, std::optional<std::string>& v, bool compact, bool nullable);
void writeBytes(Writer& w, const std::optional<Bytes>& v, bool compact, bool nullable);
void readBytes(Reader& r, std::optional<Bytes>& v, bool compact, bool nullable);

template <typename C>
void writeArray(Writer& w, const std::vector<typename C::Value>& v, bool compact, int16_t version) {
    w.writeArrayLength(static_cast<int32_t>(v.size()), compact);
    for (const auto& e : v) C::write(w, e, compact, version);
}

template <typename C>
void writeArray(Writer& w, const std::optional<std::vector<typename C::Value>>& v, bool compact,
                bool nullable, int16_t version) {
    if (v) return writeArray<C>(w, *v, compact, version);
    w.writeArrayLength(nullable ? -1 : 0, compact);
}

// Reader::readArrayLength already refuses counts larger than the bytes left, so the
// reservation is bounded by the frame; it is capped further because elements can be
// much larger in memory than on the wire.
template <typename C>
void readArrayElements(Reader& r, std::vector<typename C::Value>& v, int32_t n, bool compact,
                       int16_t version) {
    v.clear();
    v.reserve(static_cast<size_t>(std::min(n, 1024)));
    for (int32_t i = 0; i < n; ++i) C::read(r, v.emplace_back(), compact, version);
}

template <typename C>
void readArray(Reader& r, std::vector<typename C::Value>& v, bool compact, int16_t version) {
    int32_t n = r.readArrayLength(compact);
    if (n < 0) throw DecodeError("null array where a value is required");
    readArrayElements<C>(r, v, n, compact, version);
}

template <typename C>
void readArray(Reader& r, std::optional<std::vector<typename C::Value>>& v, bool compact,
               bool nullable, int16_t version) {
    int32_t n = r.readArrayLength(compact);
    if (n < 0) {
        if (!nullable) throw DecodeError("null array where a value is required");
        v.reset();
        return;
    }
    readArrayElements<C>(r, v.emplace(), n, compact, version);
}

// Tagged fields travel as (tag, size, value) triples in ascending tag order; known and
// preserved unknown fields are merged so a decoded message re-encodes unchanged.
void writeTaggedFields(Writer& w, std::vector<RawTaggedField>&& known,
                       const std::vector<RawTaggedField>& unknown);

// Reads a tagged-field section. `handle(tag, reader)` decodes a known tag from a reader
// over exactly that field's bytes and returns false for tags it does not know (in this
// version); those are kept in `unknown`.
template <typename Handler>
void readTaggedFields(Reader& r, std::vector<RawTaggedField>& unknown, Handler&& handle) {
    uint32_t count = r.readUnsignedVarint();
    for (uint32_t i = 0; i < count; ++i) {
        uint32_t tag = r.readUnsignedVarint();
        uint32_t size = r.readUnsignedVarint();
        auto raw = r.readRaw(size);
        Reader field(raw);
        if (handle(tag, field)) {
            if (!field.atEnd()) throw DecodeError("tagged field " + std::to_string(tag) + " has trailing bytes");
        } else {
            unknown.push_back(RawTaggedField{tag, Bytes(raw.begin(), raw.end())});
        }
    }
}

void readTaggedFields(Reader& r, std::vector<RawTaggedField>& unknown);

// Encodes one tagged value into its own buffer, since its size precedes it on the wire.
template <typename Encode>
void addTagged(std::vector<RawTaggedField>& out, uint32_t tag, Encode&& encode) {
    Writer w;
    encode(w);
    out.push_back(RawTaggedField{tag, w.take()});
}

} // namespace samsa::protocol::messages::detail
