#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

#include "protocol/records/batch_header.h"

namespace samsa::storage {

// What the cleaner needs to know about producers and transactions before it filters a
// range of the log, gathered from one pass over the range's batches in offset order:
// which transactional batches were aborted (their records go, and their keys must not
// shadow committed values), which transactions the range leaves undecided, and each
// producer's last batch (kept, if only as an empty batch, so that the producer's
// sequence and epoch survive compaction as in Kafka).
class CleanerTransactions {
public:
    // Feeds the next batch of the range. Throws DecodeError for a control batch whose
    // record cannot be read.
    void observe(const protocol::records::BatchHeader& header, std::span<const uint8_t> batch);

    // The first offset of a transaction whose marker lies beyond the range: its fate is
    // unknown, so the cleaner must not go past the segment holding it.
    std::optional<int64_t> firstUndecidedOffset() const;
    bool isAborted(int64_t producerId, int64_t offset) const;
    bool isLastBatchOfProducer(const protocol::records::BatchHeader& header) const;

private:
    std::unordered_map<int64_t, int64_t> m_openTransactions; // producer id -> first offset
    // Per producer, [first offset, marker offset] of aborted transactions, ascending.
    std::unordered_map<int64_t, std::vector<std::pair<int64_t, int64_t>>> m_aborted;
    std::unordered_map<int64_t, int64_t> m_lastBatch; // producer id -> base offset
};

} // namespace samsa::storage
