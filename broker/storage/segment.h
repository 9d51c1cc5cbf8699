#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string_view>

#include "protocol/records/batch_header.h"
#include "protocol/wire/types.h"
#include "storage/file.h"
#include "storage/log_config.h"
#include "storage/offset_index.h"
#include "storage/time_index.h"
#include "storage/transaction_index.h"

namespace samsa::storage {

// "<dir>/<20-digit zero-padded base offset><suffix>", Kafka's segment file naming.
std::filesystem::path segmentFilePath(const std::filesystem::path& dir, int64_t baseOffset,
                                      std::string_view suffix);
// The base offset encoded in a segment file name with the given suffix, if it is one.
std::optional<int64_t> parseSegmentFileName(std::string_view fileName, std::string_view suffix);

inline constexpr std::string_view kLogSuffix = ".log";
inline constexpr std::string_view kIndexSuffix = ".index";
inline constexpr std::string_view kTimeIndexSuffix = ".timeindex";
inline constexpr std::string_view kTxnIndexSuffix = ".txnindex";

// A batch of an append, already validated by the log.
struct BatchToAppend {
    size_t offsetInInput = 0; // where the batch starts in the appended buffer
    size_t size = 0;
    protocol::records::BatchHeader header;
};

// Where a batch sits in a segment.
struct LocatedBatch {
    uint64_t position = 0;
    size_t size = 0;
    protocol::records::BatchHeader header;
};

struct SegmentRead {
    bool found = false; // a batch with lastOffset >= the fetch offset exists here
    protocol::Bytes records;
    int64_t firstOffset = -1; // base offset of the first batch returned
    int64_t lastOffset = -1;  // last offset of the last batch returned
};

// One segment of a log: the .log file of record batches plus its .index, .timeindex and,
// once a transaction aborted in it, .txnindex.
// Not thread-safe; the owning Log serialises every call.
class Segment {
public:
    // A new, empty segment; any leftover files with this base offset are emptied.
    static std::unique_ptr<Segment> create(const std::filesystem::path& dir, int64_t baseOffset,
                                           const LogConfig& config, int64_t nowMs, int64_t rollJitterMs);
    // An existing segment. Call loadIndexes() or recover() before anything else.
    static std::unique_ptr<Segment> open(const std::filesystem::path& dir, int64_t baseOffset,
                                         const LogConfig& config, int64_t nowMs, int64_t rollJitterMs);

    // Loads the index files without scanning the whole log: checks each index and the
    // batches after the last offset index entry. False if anything is inconsistent, in
    // which case the caller must recover() this segment.
    bool loadIndexes();

    struct RecoveryResult {
        size_t batches = 0;
        uint64_t truncatedBytes = 0;
    };
    // Scans every batch (framing, magic, CRC, increasing offsets), rebuilds both indexes
    // and cuts the file after the last good batch. onBatch sees each good batch. The
    // transaction index only loses entries past the new end: its entries come from
    // producer state, which the owner of the log replays.
    RecoveryResult recover(const std::function<void(const protocol::records::BatchHeader&)>& onBatch);

    // Appends validated batches in one write and indexes them.
    void append(std::span<const uint8_t> bytes, std::span<const BatchToAppend> batches);

    // The first batch whose last offset is >= offset, starting the scan at the index
    // entry for it (and not before minPosition).
    std::optional<LocatedBatch> locate(int64_t offset, uint64_t minPosition = 0) const;
    // Whole batches from the one holding `offset`, each ending below maxOffsetExclusive,
    // within maxBytes unless minOneBatch lets the first batch exceed it; one pread.
    SegmentRead read(int64_t offset, size_t maxBytes, int64_t maxOffsetExclusive, bool minOneBatch) const;
    protocol::Bytes readBatch(const LocatedBatch& batch) const;
    // Every batch whose last offset is >= offset, in order, header by header; control
    // batches (small, and the only ones whose records matter to producer state) come
    // with their bytes, other batches with an empty span.
    void forEachBatch(int64_t offset,
                      const std::function<void(const protocol::records::BatchHeader&, std::span<const uint8_t>)>& visit) const;
    // The first batch at or after startingOffset with a max timestamp >= timestamp.
    std::optional<LocatedBatch> findByTimestamp(int64_t timestamp, int64_t startingOffset) const;

    // Removes every batch whose last offset is >= offset; returns the bytes removed.
    uint64_t truncateTo(int64_t offset);
    // Records the final max timestamp in the time index so that loading it later needs
    // no scan, and trims both index files to their entries; called when the segment
    // stops being the active one and on close.
    void onBecomeInactive();
    void flush();
    void deleteFiles();
    void updateConfig(const LogConfig& config);

    int64_t baseOffset() const { return m_baseOffset; }
    uint64_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    int64_t nextOffset() const { return m_nextOffset; }
    int64_t maxTimestamp() const { return m_maxTimestamp; }
    int64_t offsetOfMaxTimestamp() const { return m_offsetOfMaxTimestamp; }
    // What retention by time compares: the max timestamp, or the file's modification
    // time when no batch carries a timestamp (Kafka's fallback as well).
    int64_t largestTimestamp() const;
    // The first batch's max timestamp, which time-based rolling measures from.
    std::optional<int64_t> firstBatchTimestamp() const;
    int64_t createdMs() const { return m_createdMs; }
    int64_t rollJitterMs() const { return m_rollJitterMs; }
    bool indexIsFull() const { return m_offsetIndex.isFull() || m_timeIndex.isFull(); }
    const OffsetIndex& offsetIndex() const { return m_offsetIndex; }
    const TimeIndex& timeIndex() const { return m_timeIndex; }
    TransactionIndex& txnIndex() { return m_txnIndex; }
    const TransactionIndex& txnIndex() const { return m_txnIndex; }
    const std::filesystem::path& logPath() const { return m_log.path(); }

private:
    Segment(const std::filesystem::path& dir, int64_t baseOffset, File log, const LogConfig& config,
            int64_t nowMs, int64_t rollJitterMs);

    void resetDerivedState();
    void trackBatch(uint64_t position, size_t size, const protocol::records::BatchHeader& header);
    bool restoreTailState(bool checkIndexComplete);
    void foldIndexedMaxTimestamp();

    int64_t m_baseOffset;
    File m_log;
    OffsetIndex m_offsetIndex;
    TimeIndex m_timeIndex;
    TransactionIndex m_txnIndex;
    int32_t m_indexIntervalBytes;
    int64_t m_createdMs;
    int64_t m_rollJitterMs;

    uint64_t m_size = 0;
    int64_t m_nextOffset;
    int64_t m_maxTimestamp = protocol::records::kNoTimestamp;
    int64_t m_offsetOfMaxTimestamp = -1;
    uint64_t m_bytesSinceLastIndexEntry = 0;
    bool m_indexesMissing = false;
    mutable std::optional<int64_t> m_firstBatchTimestamp;
};

} // namespace samsa::storage
