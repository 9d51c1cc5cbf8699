#include "storage/offset_index.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "protocol/wire/writer.h"

namespace samsa::storage {

OffsetIndex::OffsetIndex(const std::filesystem::path& path, int64_t baseOffset, size_t maxEntries)
    : IndexEntries(path, baseOffset, kEntrySize, maxEntries) {}

bool OffsetIndex::load(uint64_t logSize) {
    return loadEntries([](protocol::Reader& r) { return OffsetIndexEntry{r.readInt32(), r.readUint32()}; },
                       [logSize](const OffsetIndexEntry& e, const OffsetIndexEntry* previous) {
                           bool increasing = !previous || (e.relativeOffset > previous->relativeOffset &&
                                                           e.position > previous->position);
                           return e.relativeOffset >= 0 && e.position < logSize && increasing;
                       });
}

void OffsetIndex::append(int64_t offset, uint32_t position) {
    int64_t relative = offset - m_baseOffset;
    if (relative < 0 || relative > std::numeric_limits<int32_t>::max())
        throw std::logic_error("offset index entry outside the segment's offset range");
    if (!m_entries.empty() && (relative <= m_entries.back().relativeOffset ||
                               position <= m_entries.back().position))
        throw std::logic_error("offset index entries must increase");
    protocol::Writer w;
    w.writeInt32(static_cast<int32_t>(relative));
    w.writeUint32(position);
    appendEntry({static_cast<int32_t>(relative), position}, w.bytes());
}

OffsetPosition OffsetIndex::lookup(int64_t target) const {
    int64_t relative = target - m_baseOffset;
    auto it = std::upper_bound(m_entries.begin(), m_entries.end(), relative,
                               [](int64_t t, const OffsetIndexEntry& e) { return t < e.relativeOffset; });
    if (it == m_entries.begin()) return {m_baseOffset, 0};
    --it;
    return {m_baseOffset + it->relativeOffset, it->position};
}

std::optional<OffsetPosition> OffsetIndex::lastEntry() const {
    if (m_entries.empty()) return std::nullopt;
    return OffsetPosition{m_baseOffset + m_entries.back().relativeOffset, m_entries.back().position};
}

} // namespace samsa::storage
