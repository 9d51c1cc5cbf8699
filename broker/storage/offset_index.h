#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

#include "storage/index_file.h"

namespace samsa::storage {

struct OffsetPosition {
    int64_t offset = 0;
    uint32_t position = 0;
    bool operator==(const OffsetPosition&) const = default;
};

// The sparse .index of a segment: entries of (int32 offset relative to the segment's
// base offset, int32 byte position in the .log). As in Kafka, an entry's offset is the
// last offset of a batch and its position is where that batch starts, so a lookup for
// any offset lands at or before the batch holding it.
class OffsetIndex {
public:
    static constexpr size_t kEntrySize = 8;

    OffsetIndex(const std::filesystem::path& path, int64_t baseOffset, size_t maxEntries);

    // Reads the file and checks it against a .log of `logSize` bytes: offsets strictly
    // increasing and relative to this segment, positions strictly increasing and inside
    // the log. Returns false (leaving the index empty) if any check fails.
    bool load(uint64_t logSize);

    void append(int64_t offset, uint32_t position);
    // The last entry whose offset is <= target, or (baseOffset, 0) if there is none.
    OffsetPosition lookup(int64_t target) const;
    std::optional<OffsetPosition> lastEntry() const;
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
        int32_t relativeOffset;
        uint32_t position;
    };

    IndexFile m_file;
    int64_t m_baseOffset;
    std::vector<Entry> m_entries;
};

} // namespace samsa::storage
