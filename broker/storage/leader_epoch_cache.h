#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

namespace samsa::storage {

struct EpochEntry {
    int32_t epoch = 0;
    int64_t startOffset = 0;
    bool operator==(const EpochEntry&) const = default;
};

// The leader epochs of a partition and the offset at which each began, persisted in
// leader-epoch-checkpoint (Kafka's format: version 0, count, "epoch startOffset" lines).
// Followers use it to find where their log diverges from the leader's
// (OffsetForLeaderEpoch). Changes that drop entries are written (and synced) at once,
// since a stale file would bring the dropped epochs back. A new epoch is written by the
// next flush() instead: the log calls it before it counts the data under that epoch as
// durable, and data not counted so is rescanned on recovery, which learns the epochs
// again from the batches (and the partition re-asserts its current epoch on load).
// This keeps becoming leader of a new, empty partition free of file writes and
// fsyncs, which were most of the cost of creating one.
class LeaderEpochCache {
public:
    static constexpr const char* kFileName = "leader-epoch-checkpoint";

    // Loads <dir>/leader-epoch-checkpoint if present. A malformed file is discarded (the
    // log's recovery re-learns epochs from the batches it scans).
    explicit LeaderEpochCache(const std::filesystem::path& dir);

    // Records that `epoch` starts at startOffset. Entries that this one makes
    // non-monotonic (a larger epoch, or a start offset at or after this one) are
    // removed first. Re-assigning the latest epoch at a later offset is a no-op.
    // Returns whether anything changed.
    bool assign(int32_t epoch, int64_t startOffset);

    std::optional<EpochEntry> latestEntry() const;
    std::optional<int32_t> latestEpoch() const;
    // The epoch that was current when `offset` was written.
    std::optional<int32_t> epochForOffset(int64_t offset) const;

    // OffsetForLeaderEpoch: the largest epoch <= requested and the offset where the next
    // epoch starts (logEndOffset for the latest). (-1, -1) when requested is unknown
    // or newer than everything known.
    EpochEntry endOffsetFor(int32_t requestedEpoch, int64_t logEndOffset) const;

    // Drops entries starting at or after endOffset (the log was truncated there).
    void truncateFromEnd(int64_t endOffset);
    // The log now starts at startOffset: earlier entries go, except that the last of
    // them is kept and moved up to startOffset because its epoch still covers it.
    void truncateFromStart(int64_t startOffset);
    void clear();
    // Writes the file if an assign() since the last write is not in it.
    void flush();

    const std::vector<EpochEntry>& entries() const { return m_entries; }
    const std::filesystem::path& file() const { return m_file; }

private:
    void persist();

    std::filesystem::path m_file;
    std::vector<EpochEntry> m_entries; // epochs and start offsets both strictly increasing
    bool m_unwritten = false;
};

} // namespace samsa::storage
