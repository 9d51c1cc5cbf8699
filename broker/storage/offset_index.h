#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>

#include "storage/index_file.h"

namespace samsa::storage {

struct OffsetPosition {
    int64_t offset = 0;
    uint32_t position = 0;
    bool operator==(const OffsetPosition&) const = default;
};

struct OffsetIndexEntry {
    int32_t relativeOffset;
    uint32_t position;
};

// The sparse .index of a segment: entries of (int32 offset relative to the segment's
// base offset, int32 byte position in the .log). As in Kafka, an entry's offset is the
// last offset of a batch and its position is where that batch starts, so a lookup for
// any offset lands at or before the batch holding it.
class OffsetIndex : public IndexEntries<OffsetIndexEntry> {
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
};

} // namespace samsa::storage
