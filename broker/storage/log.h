#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "common/error_code.h"
#include "protocol/wire/types.h"
#include "storage/leader_epoch_cache.h"
#include "storage/log_config.h"
#include "storage/log_observer.h"
#include "storage/segment.h"
#include "storage/transaction_index.h"

namespace samsa::storage {

struct LogOpenOptions {
    int64_t recoveryPoint = 0;    // from recovery-point-offset-checkpoint
    int64_t logStartOffset = 0;   // from log-start-offset-checkpoint
    bool hadCleanShutdown = false; // the log dir's clean-shutdown marker was present
    Clock clock = {};              // defaults to the system clock
};

// What opening a log found and did; recovery work shows up in these counters.
struct RecoveryStats {
    size_t segmentsLoaded = 0;   // segments opened
    size_t segmentsScanned = 0;  // segments whose batches were all read and checked
    size_t batchesScanned = 0;
    size_t indexesRebuilt = 0;   // segments below the recovery point whose indexes were bad
    uint64_t bytesTruncated = 0; // torn or corrupt bytes cut from segment tails
    size_t segmentsDropped = 0;  // segments after a corrupt one, deleted
    // The base offset of the first segment that was scanned rather than trusted, -1 if
    // none: state derived from the log (producer state, transaction indexes) is not
    // trusted from there on either.
    int64_t firstScannedSegment = -1;
};

enum class AppendMode {
    // Offsets continue exactly from logEndOffset(): what a leader writes.
    Contiguous,
    // Offsets only increase: a follower copying a compacted leader sees gaps.
    AllowGaps,
};

struct AppendResult {
    // CorruptMessage: framing, magic or CRC is wrong. InvalidRecord: offsets do not
    // follow logEndOffset() as the mode requires. RecordListTooLarge: more than a
    // segment can hold. Nothing is written unless error is None.
    ErrorCode error = ErrorCode::None;
    std::string errorMessage;
    int64_t firstOffset = -1; // base offset of the first batch
    int64_t lastOffset = -1;  // last offset of the last batch
    int64_t maxTimestamp = -1;
    int64_t offsetOfMaxTimestamp = -1; // last offset of the batch with maxTimestamp
    int32_t batchCount = 0;
    int64_t segmentBaseOffset = -1; // segment the batches went to
    uint64_t position = 0;          // byte position of the first batch in that segment
    size_t bytes = 0;
    bool rolled = false;
};

struct ReadResult {
    // OffsetOutOfRange when the fetch offset is below logStartOffset() or above
    // logEndOffset(); records is empty then.
    ErrorCode error = ErrorCode::None;
    protocol::Bytes records; // whole batches, as stored
    int64_t firstOffset = -1; // base offset of the first batch returned, -1 if none
    int64_t lastOffset = -1;  // last offset of the last batch returned, -1 if none
};

struct DeletionResult {
    ErrorCode error = ErrorCode::None;
    std::vector<int64_t> deletedSegments; // base offsets
    uint64_t bytesDeleted = 0;
    int64_t logStartOffset = 0; // after the deletion
};

// The points of a cleaner segment swap after which a crash leaves files behind, in
// order. Tests observe them to simulate a crash exactly where the swap stands.
enum class SwapStep {
    CleanedWritten,        // "<base>.log.cleaned" is complete and durable
    CleanedRenamedToSwap,  // "<base>.log.swap" is durable; old segments all present
    OldSegmentDeleted,     // one of the replaced segments is gone (repeats per segment)
    SwapRenamedToLog,      // "<base>.log" holds the cleaned data; indexes not rebuilt yet
};
using SwapObserver = std::function<void(SwapStep)>;

struct SegmentInfo {
    int64_t baseOffset = 0;
    int64_t nextOffset = 0;
    uint64_t sizeBytes = 0;
    int64_t maxTimestamp = -1;
};

// A partition's log: a directory of segments, of which the last is the active one that
// appends go to. High watermark and last stable offset belong to the partition layer;
// the log only knows what is written (log end offset), what is durable (recovery point)
// and what is visible from the start (log start offset).
//
// Single-threaded: the broker calls it from its event loop and the log starts no threads.
// Reads and writes are blocking POSIX calls; fsync only happens when asked to (flush(),
// flush.messages, flush.ms, close()) because, as in Kafka, durability comes from
// replication and the page cache.
//
// I/O failures throw StorageError; invalid input is reported as an ErrorCode value.
// Destroying a Log without close() leaves the files as a crash would.
class Log {
public:
    static std::unique_ptr<Log> open(const std::filesystem::path& dir, const LogConfig& config,
                                     const LogOpenOptions& options = {});
    ~Log();
    Log(const Log&) = delete;
    Log& operator=(const Log&) = delete;

    // Appends one or more v2 batches whose offsets are already assigned. All batches
    // of one call land in the same segment; a roll happens first if the active segment
    // is too full, too old, has a full index, or cannot address the offsets.
    AppendResult append(std::span<const uint8_t> batches, AppendMode mode = AppendMode::Contiguous);

    // Whole batches starting with the one containing fetchOffset, ending below
    // maxOffsetExclusive (the high watermark or last stable offset), within maxBytes
    // unless minOneBatch and the first batch alone is larger (KIP-74). Reads from one
    // segment per call, like Kafka; the next call continues in the next segment.
    ReadResult read(int64_t fetchOffset, size_t maxBytes,
                    int64_t maxOffsetExclusive = std::numeric_limits<int64_t>::max(),
                    bool minOneBatch = true) const;

    // ListOffsets by time: the first record at or after logStartOffset whose timestamp
    // is >= timestamp, with that timestamp; nullopt if there is none.
    std::optional<TimestampOffset> offsetForTimestamp(int64_t timestamp) const;
    // ListOffsets MAX_TIMESTAMP: the first record carrying the log's largest timestamp.
    std::optional<TimestampOffset> maxTimestampRecord() const;

    int64_t logStartOffset() const { return m_logStartOffset; }
    int64_t logEndOffset() const { return activeSegment().nextOffset(); }
    int64_t recoveryPoint() const { return m_recoveryPoint; }
    uint64_t sizeInBytes() const;
    size_t segmentCount() const { return m_segments.size(); }
    std::vector<SegmentInfo> segments() const;
    const std::filesystem::path& dir() const { return m_dir; }
    const LogConfig& config() const { return m_config; }
    void updateConfig(const LogConfig& config);
    const RecoveryStats& recoveryStats() const { return m_recoveryStats; }

    // Leader epochs: the partition layer assigns an epoch's start when it becomes
    // leader; appends and recovery add epochs found in batches.
    bool assignEpochStartOffset(int32_t epoch, int64_t startOffset);
    const LeaderEpochCache& leaderEpochCache() const { return m_epochs; }
    EpochEntry endOffsetForEpoch(int32_t epoch) const { return m_epochs.endOffsetFor(epoch, logEndOffset()); }

    // DeleteRecords: moves the log start offset up to `offset` (<= logEndOffset(),
    // else OffsetOutOfRange) and deletes the segments entirely below it.
    DeletionResult deleteRecordsBefore(int64_t offset);
    // retention.bytes and retention.ms (when cleanup.policy has delete) plus segments
    // below the log start offset. The active segment is never deleted, and neither is
    // a segment holding offsets at or above upperBoundOffset (pass the high watermark,
    // so nothing unreplicated is deleted).
    DeletionResult applyRetention(int64_t nowMs,
                                  int64_t upperBoundOffset = std::numeric_limits<int64_t>::max());

    // Removes everything from `offset` on (a follower cutting a diverged tail). A batch
    // straddling offset is removed whole. Returns whether anything changed.
    bool truncateTo(int64_t offset);
    // Deletes everything and starts empty at newOffset.
    void truncateFullyAndStartAt(int64_t newOffset);
    // Starts a new active segment at logEndOffset() unless the active one is empty.
    bool roll();

    // For the log cleaner. Segments in offset order, the active one last.
    std::vector<const Segment*> segmentList() const;
    int64_t activeSegmentBaseOffset() const { return activeSegment().baseOffset(); }
    // Replaces the consecutive segments starting at oldBaseOffsets.front() with the
    // fsynced file `cleanedLog`, which must cover exactly their offset range (its last
    // batch ends where the last old segment ends). Crash-safe: the file is renamed to
    // "<base>.log.swap", the old segments are deleted, and the swap file renamed into
    // place; opening the log completes a swap interrupted after the first rename.
    void replaceSegments(const std::filesystem::path& cleanedLog, std::span<const int64_t> oldBaseOffsets,
                         const SwapObserver& observer = {});
    // Where the next cleaning starts (everything below was cleaned): persisted by the
    // log manager in cleaner-offset-checkpoint, and pulled down by truncation so that
    // rewritten offsets are never taken as clean.
    int64_t cleanerCheckpoint() const { return m_cleanerCheckpoint; }
    void setCleanerCheckpoint(int64_t offset) { m_cleanerCheckpoint = offset; }
    // The earliest delete horizon among batches the last cleaning left tombstones or
    // transaction markers in (-1 if none): a cleaning from then on removes them even
    // when the log has nothing dirty.
    int64_t earliestDeleteHorizonMs() const { return m_earliestDeleteHorizonMs; }
    void setEarliestDeleteHorizonMs(int64_t ms) { m_earliestDeleteHorizonMs = ms; }

    // Transaction indexes. An aborted transaction is indexed in the segment holding its
    // marker; a read_committed fetch asks for those that may cover what it returns.
    void appendAbortedTransaction(const AbortedTxn& txn);
    std::vector<AbortedTxn> collectAbortedTransactions(int64_t fetchOffset, int64_t upperBoundOffset) const;
    // Drops every entry whose marker is at or after offset, before producer state is
    // replayed from there (which indexes them again).
    void truncateTransactionIndexes(int64_t offset);

    // Every batch whose last offset is >= offset, to the log end, header by header;
    // control batches come with their bytes (see Segment::forEachBatch).
    using BatchVisitor = std::function<void(const protocol::records::BatchHeader&, std::span<const uint8_t>)>;
    void forEachBatch(int64_t offset, const BatchVisitor& visit) const;

    // At most one observer; null to stop observing. Not owned.
    void setObserver(LogObserver* observer) { m_observer = observer; }
    LogObserver* observer() const { return m_observer; }

    // Makes everything up to logEndOffset() durable and moves the recovery point there.
    void flush();
    // Makes segments that were rolled durable (Kafka does this in the background after
    // a roll); cheap when the OS has already written them back.
    void flushRolledSegments();
    // flush.ms: flushes if that long has passed since the last flush.
    bool maybeFlush(int64_t nowMs);
    // Flushes and closes. The files are then consistent for a clean-shutdown open.
    void close();

private:
    Log(const std::filesystem::path& dir, const LogConfig& config, Clock clock);

    Segment& activeSegment() const { return *m_segments.rbegin()->second; }
    int64_t now() const { return m_clock(); }
    int64_t randomJitter();
    std::unique_ptr<Segment> newSegment(int64_t baseOffset);
    void rollAt(int64_t newBaseOffset);
    bool shouldRoll(uint64_t appendBytes, int64_t lastOffset, int64_t maxTimestamp) const;
    void maybeAssignEpoch(const protocol::records::BatchHeader& header);
    void flushUpTo(int64_t offset);
    // Deletes the oldest segments while `deletable(segment, nextSegmentBaseOffset)`
    // holds, never the active one nor one reaching past upperBoundOffset.
    void deleteOldestSegments(DeletionResult& result, int64_t upperBoundOffset,
                              const std::function<bool(const Segment&, int64_t)>& deletable);
    void removeSegment(std::map<int64_t, std::unique_ptr<Segment>>::iterator it, DeletionResult* result);
    void recover(const LogOpenOptions& options);
    void completeInterruptedSwaps();

    std::filesystem::path m_dir;
    LogConfig m_config;
    Clock m_clock;
    std::map<int64_t, std::unique_ptr<Segment>> m_segments;
    LeaderEpochCache m_epochs;
    int64_t m_logStartOffset = 0;
    int64_t m_recoveryPoint = 0;
    int64_t m_cleanerCheckpoint = 0;
    int64_t m_earliestDeleteHorizonMs = -1;
    int64_t m_unflushedMessages = 0;
    int64_t m_lastFlushMs = 0;
    bool m_dirNeedsSync = false;
    bool m_closed = false;
    LogObserver* m_observer = nullptr;
    std::mt19937_64 m_random;
    RecoveryStats m_recoveryStats;
};

} // namespace samsa::storage
