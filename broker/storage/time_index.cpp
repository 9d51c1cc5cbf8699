#include "storage/time_index.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "protocol/wire/writer.h"

namespace samsa::storage {

TimeIndex::TimeIndex(const std::filesystem::path& path, int64_t baseOffset, size_t maxEntries)
    : IndexEntries(path, baseOffset, kEntrySize, maxEntries) {}

bool TimeIndex::load(int64_t maxOffset) {
    return loadEntries([](protocol::Reader& r) { return TimeIndexEntry{r.readInt64(), r.readInt32()}; },
                       [this, maxOffset](const TimeIndexEntry& e, const TimeIndexEntry* previous) {
                           bool increasing = !previous || (e.timestamp > previous->timestamp &&
                                                           e.relativeOffset >= previous->relativeOffset);
                           return e.relativeOffset >= 0 && m_baseOffset + e.relativeOffset <= maxOffset &&
                                  increasing;
                       });
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
    appendEntry({timestamp, static_cast<int32_t>(relative)}, w.bytes());
}

TimestampOffset TimeIndex::lookup(int64_t target) const {
    auto it = std::upper_bound(m_entries.begin(), m_entries.end(), target,
                               [](int64_t t, const TimeIndexEntry& e) { return t < e.timestamp; });
    if (it == m_entries.begin()) return {-1, m_baseOffset};
    --it;
    return {it->timestamp, m_baseOffset + it->relativeOffset};
}

std::optional<TimestampOffset> TimeIndex::lastEntry() const {
    if (m_entries.empty()) return std::nullopt;
    return TimestampOffset{m_entries.back().timestamp, m_baseOffset + m_entries.back().relativeOffset};
}

} // namespace samsa::storage
