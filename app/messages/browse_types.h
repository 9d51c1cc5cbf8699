#pragma once

#include <QMetaType>
#include <compare>
#include <cstdint>
#include <functional>

namespace samsa::app {

// Offsets are loaded and cached in pages: page k of a partition holds the records at
// offsets [k * kPageOffsets, (k + 1) * kPageOffsets). Fixed, absolute boundaries let every
// view of a topic (by partition, by time, filtered) share the same cached pages.
inline constexpr int64_t kPageOffsets = 256;
// How much of a key or a value a cached row keeps for its preview. The detail view reads
// the whole record again, so a topic of 1 MiB values costs no more memory to browse than
// one of small values.
inline constexpr int kPreviewBytes = 1024;

// The part of one partition that is browsed: offsets [from, to).
struct PartitionRange {
    int32_t partition = 0;
    int64_t from = 0;
    int64_t to = 0;
    int64_t size() const { return to > from ? to - from : 0; }
    bool operator==(const PartitionRange&) const = default;
};

// Where a record is.
struct RecordPosition {
    int32_t partition = -1;
    int64_t offset = -1;
    auto operator<=>(const RecordPosition&) const = default;
};

struct PageKey {
    int32_t partition = 0;
    int64_t index = 0; // offset / kPageOffsets
    auto operator<=>(const PageKey&) const = default;
    int64_t firstOffset() const { return index * kPageOffsets; }
    int64_t endOffset() const { return (index + 1) * kPageOffsets; }
    static PageKey of(int32_t partition, int64_t offset) { return {partition, offset / kPageOffsets}; }
};

struct PageKeyHash {
    size_t operator()(const PageKey& k) const noexcept {
        return std::hash<int64_t>()(k.index * 1000003 + k.partition);
    }
};

// Which records a view includes besides ordinary data.
struct RecordVisibility {
    // Transaction markers (COMMIT / ABORT control records) as rows of their own.
    bool showControlRecords = false;
    // read_committed: records of aborted transactions are left out, as a consumer with
    // isolation.level=read_committed would; otherwise they are shown, struck through.
    bool readCommitted = false;
    bool operator==(const RecordVisibility&) const = default;
};

// How the records of several partitions are put in one list.
enum class BrowseOrder {
    ByPartition, // partition 0's records, then partition 1's...
    ByTimestamp, // all partitions merged by record timestamp
};

} // namespace samsa::app

Q_DECLARE_METATYPE(samsa::app::RecordPosition)
Q_DECLARE_METATYPE(samsa::app::PageKey)
