#include "storage/time_index.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"

namespace samsa::storage {

TimeIndex::TimeIndex(const std::filesystem::path& path, int64_t baseOffset, size_t maxEntries)
    : m_file(path, kEntrySize, maxEntries), m_baseOffset(baseOffset) {}

bool TimeIndex::load(int64_t maxOffset) {
    m_entries.clear();
    bool wellFormed = false;
    auto bytes = m_file.readAll(&wellFormed);
    if (!wellFormed) return false;
    protocol::Reader r(bytes);
    std::vector<Entry> entries;
    entries.reserve(bytes.size() / kEntrySize);
    while (!r.atEnd()) {
        Entry e{r.readInt64(), r.readInt32()};
        bool increasing = entries.empty() || (e.timestamp > entries.back().timestamp &&
                                              e.relativeOffset >= entries.back().relativeOffset);
        if (e.relativeOffset < 0 || m_baseOffset + e.relativeOffset > maxOffset || !increasing)
            return false;
        entries.push_back(e);
    }
    m_entries = std::move(entries);
    return true;
}

void TimeIndex::maybeAppend(int64_t timestamp, int64_t offset, bool skipFullCheck) {
    if (!m_entries.empty() && timestamp <= m_entries.back().timestamp) return;
    if (!skipFullCheck && isFull()) return;
    int64_t relative = offset - m_baseOffset;
    if (relative < 0 || relative > std::numeric_limits<int32_t>::max())
        throw std::logic_error("time index entry outside the segment's offset range");
    if (!m_entries.empty() && relative < m_entries.back().relativeOffset)
        throw std::logic_error("time index offsets must not decrease");
    protocol::Writer w;
    w.writeInt64(timestamp);
    w.writeInt32(static_cast<int32_t>(relative));
    m_file.append(w.bytes(), m_entries.size());
    m_entries.push_back({timestamp, static_cast<int32_t>(relative)});
}

TimestampOffset TimeIndex::lookup(int64_t target) const {
    auto it = std::upper_bound(m_entries.begin(), m_entries.end(), target,
                               [](int64_t t, const Entry& e) { return t < e.timestamp; });
    if (it == m_entries.begin()) return {-1, m_baseOffset};
    --it;
    return {it->timestamp, m_baseOffset + it->relativeOffset};
}

std::optional<TimestampOffset> TimeIndex::lastEntry() const {
    if (m_entries.empty()) return std::nullopt;
    return TimestampOffset{m_entries.back().timestamp, m_baseOffset + m_entries.back().relativeOffset};
}

void TimeIndex::truncateTo(int64_t offset) {
    int64_t relative = offset - m_baseOffset;
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [&](const Entry& e) { return e.relativeOffset >= relative; });
    size_t keep = static_cast<size_t>(it - m_entries.begin());
    if (keep == m_entries.size()) return;
    m_file.truncateEntries(keep);
    m_entries.resize(keep);
}

void TimeIndex::reset() {
    m_file.truncateEntries(0);
    m_entries.clear();
}

} // namespace samsa::storage
