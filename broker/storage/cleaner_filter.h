#pragma once

#include <cstdint>
#include <span>
#include <unordered_set>

#include "protocol/records/batch_header.h"
#include "protocol/wire/types.h"
#include "storage/cleaner_offset_map.h"
#include "storage/cleaner_transactions.h"

namespace samsa::storage {

struct CleanerRecordStats {
    uint64_t recordsRead = 0;
    uint64_t recordsKept = 0;
    uint64_t tombstonesRemoved = 0;
    uint64_t abortedRecordsRemoved = 0;
    uint64_t markersRemoved = 0;
    uint64_t batchesRewritten = 0; // rebuilt with fewer records or a delete horizon
    uint64_t batchesRemoved = 0;
};

// Decides what compaction leaves of each batch, in offset order over the range being
// cleaned (the per-producer transaction state it keeps depends on that order).
//
// A data record stays if it has a key, no later record in the dirty part has that key,
// it was not written by an aborted transaction, and it is not a tombstone whose batch's
// delete horizon has passed. A transaction marker stays until no batch of its
// transaction is left and its own delete horizon has passed. Batches that keep
// tombstones or removable markers get a delete horizon (now + delete.retention.ms)
// the first time a cleaning sees them, stored in the batch as Kafka does since KIP-534:
// the delete-horizon attribute and baseTimestamp holding the horizon.
//
// Rewritten batches keep their offsets, producer id, epoch, base sequence, leader epoch,
// max timestamp and codec; only removed records and, with a new horizon, the record
// timestamp deltas change.
class CleanerBatchFilter {
public:
    enum class Outcome {
        Keep,    // unchanged: copy the original bytes
        Rewrite, // `bytes` holds the new batch
        Remove,
    };
    struct Result {
        Outcome outcome = Outcome::Keep;
        protocol::Bytes bytes;
        // The horizon of a batch left holding tombstones or removable markers, else -1.
        int64_t pendingDeleteHorizonMs = -1;
    };

    CleanerBatchFilter(const CleanerOffsetMap& map, const CleanerTransactions& transactions, int64_t nowMs,
                       int64_t deleteRetentionMs)
        : m_map(map), m_transactions(transactions), m_nowMs(nowMs), m_deleteRetentionMs(deleteRetentionMs) {}

    // `mustRemain`: the batch may lose its records but not disappear (the cleaner keeps
    // the last batch of each rewritten segment so the segment's offset range survives).
    // Throws DecodeError for a corrupt batch.
    Result filter(std::span<const uint8_t> batch, const protocol::records::BatchHeader& header, bool mustRemain);

    const CleanerRecordStats& stats() const { return m_stats; }

private:
    Result filterControl(std::span<const uint8_t> batch, const protocol::records::BatchHeader& header,
                         bool retainEmpty);
    Result filterData(std::span<const uint8_t> batch, const protocol::records::BatchHeader& header,
                      bool retainEmpty);
    Result removed(const protocol::records::BatchHeader& header, bool retainEmpty);
    int64_t newHorizon() const;

    const CleanerOffsetMap& m_map;
    const CleanerTransactions& m_transactions;
    int64_t m_nowMs;
    int64_t m_deleteRetentionMs;
    // Producers whose current transaction has batches in the range read so far: its
    // marker has to stay until a later cleaning finds them gone.
    std::unordered_set<int64_t> m_transactionsWithBatches;
    CleanerRecordStats m_stats;
};

} // namespace samsa::storage
