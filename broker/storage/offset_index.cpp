#include "storage/offset_index.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"

namespace samsa::storage {

OffsetIndex::OffsetIndex(const std::filesystem::path& path, int64_t baseOffset, size_t maxEntries)
    : m_file(path, kEntrySize, maxEntries), m_baseOffset(baseOffset) {}

bool OffsetIndex::load(uint64_t logSize) {
    m_entries.clear();
    bool wellFormed = false;
    auto bytes = m_file.readAll(&wellFormed);
    if (!wellFormed) return false;
    protocol::Reader r(bytes);
    std::vector<Entry> entries;
    entries.reserve(bytes.size() / kEntrySize);
    while (!r.atEnd()) {
        Entry e{r.readInt32(), r.readUint32()};
        bool increasing = entries.empty() || (e.relativeOffset > entries.back().relativeOffset &&
                                              e.position > entries.back().position);
        if (e.relativeOffset < 0 || e.position >= logSize || !increasing) return false;
        entries.push_back(e);
    }
    m_entries = std::move(entries);
    return true;
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
    m_file.append(w.bytes(), m_entries.size());
    m_entries.push_back({static_cast<int32_t>(relative), position});
}

OffsetPosition OffsetIndex::lookup(int64_t target) const {
    int64_t relative = target - m_baseOffset;
    auto it = std::upper_bound(m_entries.begin(), m_entries.end(), relative,
                               [](int64_t t, const Entry& e) { return t < e.relativeOffset; });
    if (it == m_entries.begin()) return {m_baseOffset, 0};
    --it;
    return {m_baseOffset + it->relativeOffset, it->position};
}

std::optional<OffsetPosition> OffsetIndex::lastEntry() const {
    if (m_entries.empty()) return std::nullopt;
    return OffsetPosition{m_baseOffset + m_entries.back().relativeOffset, m_entries.back().position};
}

void OffsetIndex::truncateTo(int64_t offset) {
    int64_t relative = offset - m_baseOffset;
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), relative,
                               [](const Entry& e, int64_t t) { return e.relativeOffset < t; });
    size_t keep = static_cast<size_t>(it - m_entries.begin());
    if (keep == m_entries.size()) return;
    m_file.truncateEntries(keep);
    m_entries.resize(keep);
}

void OffsetIndex::reset() {
    m_file.truncateEntries(0);
    m_entries.clear();
}

} // namespace samsa::storage
