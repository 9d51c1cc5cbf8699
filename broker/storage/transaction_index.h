#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <vector>

namespace samsa::storage {

// One aborted transaction as a read_committed fetch needs it: the producer, the offsets
// its data spans up to and including the ABORT marker, and the last stable offset right
// after the marker was written. That last field lets a search stop early: once an entry
// shows the LSO had passed an offset, no transaction starting before that offset can
// still be found further on.
struct AbortedTxn {
    int64_t producerId = -1;
    int64_t firstOffset = -1;
    int64_t lastOffset = -1; // the marker's offset
    int64_t lastStableOffset = -1;
    bool operator==(const AbortedTxn&) const = default;
};

// A segment's ".txnindex": the aborted transactions whose markers lie in that segment,
// in marker order, in Kafka's layout (34-byte big-endian entries: int16 version 0,
// producer id, first offset, last offset, last stable offset). Entries are mirrored in
// memory; aborts are rare, so the file is created on the first entry and opened only to
// write, which keeps no descriptor per segment.
class TransactionIndex {
public:
    static constexpr size_t kEntrySize = 34;

    explicit TransactionIndex(std::filesystem::path path) : m_path(std::move(path)) {}

    // Reads the file if it exists. A tail that is not a whole entry, an entry of an
    // unknown version or offsets out of order end the usable part, which is kept; the
    // rest is cut off (recovery rebuilds entries from the log where it replays it).
    void load();
    // Throws std::logic_error if the marker is not after the last entry's: markers are
    // indexed in log order.
    void append(const AbortedTxn& txn);
    // Adds to `out` the entries that may cover [fetchOffset, upperBoundOffset): those
    // whose marker is at or after fetchOffset and whose data starts below the bound.
    // Returns true when no later segment can hold more of them.
    bool collect(int64_t fetchOffset, int64_t upperBoundOffset, std::vector<AbortedTxn>& out) const;
    // Drops every entry whose marker is at or after offset.
    void truncateTo(int64_t offset);
    void sync();
    // Deletes the file; the index is empty afterwards.
    void remove();

    const std::vector<AbortedTxn>& entries() const { return m_entries; }
    const std::filesystem::path& path() const { return m_path; }

private:
    void rewrite();

    std::filesystem::path m_path;
    std::vector<AbortedTxn> m_entries;
    bool m_unsynced = false;
};

} // namespace samsa::storage
