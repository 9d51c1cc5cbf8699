#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

#include "storage/index_file.h"

namespace samsa::storage {

struct TimestampOffset {
    int64_t timestamp = -1;
    int64_t offset = -1;
    bool operator==(const TimestampOffset&) const = default;
};

// The .timeindex of a segment: entries of (int64 timestamp, int32 relative offset).
// Each entry records the segment's largest timestamp so far and the last offset of the
// batch that carried it, and an entry is only added when that maximum grows, so both
// columns increase and a binary search on the timestamp finds where to start scanning.
class TimeIndex {
public:
    static constexpr size_t kEntrySize = 12;

    TimeIndex(const std::filesystem::path& path, int64_t baseOffset, size_t maxEntries);

    // Reads the file; false (leaving the index empty) unless timestamps strictly increase,
    // offsets do not decrease and every offset lies in [baseOffset, maxOffset].
    bool load(int64_t maxOffset);

    // Appends if the timestamp is larger than the last entry's. A full index refuses
    // unless skipFullCheck, which the segment uses once, for its final entry.
    void maybeAppend(int64_t timestamp, int64_t offset, bool skipFullCheck = false);
    // The last entry whose timestamp is <= target, or (-1, baseOffset) if there is none.
    TimestampOffset lookup(int64_t target) const;
    std::optional<TimestampOffset> lastEntry() const;
    // Drops every entry whose offset is >= offset.
    void truncateTo(int64_t offset);
    void reset();

    size_t entries() const { return m_entries.size(); }
    bool isFull() const { return m_entries.size() >= m_file.maxEntries(); }
    void setMaxEntries(size_t n) { m_file.setMaxEntries(n); }
    void sync() { m_file.sync(); }
    void remove() { m_file.remove(); }
    const std::filesystem::path& path() const { return m_file.path(); }

private:
    struct Entry {
        int64_t timestamp;
        int32_t relativeOffset;
    };

    IndexFile m_file;
    int64_t m_baseOffset;
    std::vector<Entry> m_entries;
};

} // namespace samsa::storage
