#include "protocol/messages/codec_support.h"

namespace samsa::protocol::messages::detail {

void writeString(Writer& w, const std::optional<std::string>& v, bool compact, bool nullable) {
    if (nullable) w.writeNullableString(v, compact);
    else w.writeString(v ? std::string_view(*v) : std::string_view(), compact);
}

void readString(Reader& r, std::optional<std::string>& v, bool compact, bool nullable) {
    if (nullable) v = r.readNullableString(compact);
    else v = r.readString(compact);
}

void writeBytes(Writer& w, const std::optional<Bytes>& v, bool compact, bool nullable) {
    if (nullable) w.writeNullableBytes(v, compact);
    else if (v) w.writeBytes(*v, compact);
    else w.writeBytes({}, compact);
}

void readBytes(Reader& r, std::optional<Bytes>& v, bool compact, bool nullable) {
    if (nullable) v = r.readNullableBytes(compact);
    else v = r.readBytes(compact);
}

void writeTaggedFields(Writer& w, std::vector<RawTaggedField>&& known,
                       const std::vector<RawTaggedField>& unknown) {
    w.writeUnsignedVarint(static_cast<uint32_t>(known.size() + unknown.size()));
    if (known.empty() && unknown.empty()) return;
    if (!unknown.empty()) {
        known.insert(known.end(), unknown.begin(), unknown.end());
        std::stable_sort(known.begin(), known.end(),
                         [](const RawTaggedField& a, const RawTaggedField& b) { return a.tag < b.tag; });
    }
    for (const auto& field : known) {
        w.writeUnsignedVarint(field.tag);
        w.writeUnsignedVarint(static_cast<uint32_t>(field.data.size()));
        w.writeRaw(field.data);
    }
}

void readTaggedFields(Reader& r, std::vector<RawTaggedField>& unknown) {
    readTaggedFields(r, unknown, [](uint32_t, Reader&) { return false; });
}

} // namespace samsa::protocol::messages::detail
