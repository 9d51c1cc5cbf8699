#include "storage/cleaner_filter.h"

#include <limits>
#include <vector>

#include "protocol/records/control_record.h"
#include "protocol/records/record_batch.h"

namespace samsa::storage {

namespace records = protocol::records;

int64_t CleanerBatchFilter::newHorizon() const {
    if (m_deleteRetentionMs > std::numeric_limits<int64_t>::max() - m_nowMs) return std::numeric_limits<int64_t>::max();
    return m_nowMs + m_deleteRetentionMs;
}

CleanerBatchFilter::Result CleanerBatchFilter::filter(std::span<const uint8_t> batch, const records::BatchHeader& h,
                                                      bool mustRemain) {
    // A producer's last batch carries its sequence and epoch for after a restart.
    bool retainEmpty = mustRemain || m_transactions.isLastBatchOfProducer(h);
    if (h.recordCount == 0) return removed(h, retainEmpty); // emptied by an earlier cleaning
    return h.isControl() ? filterControl(batch, h, retainEmpty) : filterData(batch, h, retainEmpty);
}

CleanerBatchFilter::Result CleanerBatchFilter::removed(const records::BatchHeader& h, bool retainEmpty) {
    if (!retainEmpty) {
        ++m_stats.batchesRemoved;
        return {Outcome::Remove, {}, -1};
    }
    if (h.recordCount == 0 && h.compression() == records::Compression::None) return {Outcome::Keep, {}, -1};
    // Header only: an empty records section needs no codec.
    auto spec = records::BatchSpec::fromHeader(h);
    spec.compression = records::Compression::None;
    ++m_stats.batchesRewritten;
    return {Outcome::Rewrite, records::BatchBuilder(spec).build(), -1};
}

CleanerBatchFilter::Result CleanerBatchFilter::filterControl(std::span<const uint8_t> batch,
                                                             const records::BatchHeader& h, bool retainEmpty) {
    m_stats.recordsRead += static_cast<uint64_t>(h.recordCount);
    auto type = records::readControlRecordKey(batch).type;
    bool marker = h.isTransactional() &&
                  (type == records::ControlRecordType::Commit || type == records::ControlRecordType::Abort);
    // Kafka keeps a marker while any batch of its transaction is still in the log, so
    // that read_committed consumers and the aborted-transaction bookkeeping stay right.
    if (!marker || m_transactionsWithBatches.erase(h.producerId) > 0) {
        m_stats.recordsKept += static_cast<uint64_t>(h.recordCount);
        return {Outcome::Keep, {}, -1};
    }
    if (h.hasDeleteHorizon() && m_nowMs >= h.baseTimestamp) {
        m_stats.markersRemoved += static_cast<uint64_t>(h.recordCount);
        return removed(h, retainEmpty);
    }
    m_stats.recordsKept += static_cast<uint64_t>(h.recordCount);
    if (h.hasDeleteHorizon()) return {Outcome::Keep, {}, h.baseTimestamp};

    int64_t horizon = newHorizon();
    auto spec = records::BatchSpec::fromHeader(h);
    spec.deleteHorizon = true;
    spec.baseTimestamp = horizon;
    records::BatchReader reader(batch);
    records::BatchBuilder builder(spec, reader.recordBytes().size());
    auto recs = reader.records();
    records::RecordView view;
    while (recs.next(view)) {
        auto record = view.toRecord();
        record.timestampDelta = h.baseTimestamp + view.timestampDelta - horizon;
        builder.append(record);
    }
    ++m_stats.batchesRewritten;
    return {Outcome::Rewrite, builder.build(), horizon};
}

CleanerBatchFilter::Result CleanerBatchFilter::filterData(std::span<const uint8_t> batch,
                                                          const records::BatchHeader& h, bool retainEmpty) {
    if (h.isTransactional()) m_transactionsWithBatches.insert(h.producerId);
    if (h.isTransactional() && m_transactions.isAborted(h.producerId, h.baseOffset)) {
        m_stats.recordsRead += static_cast<uint64_t>(h.recordCount);
        m_stats.abortedRecordsRemoved += static_cast<uint64_t>(h.recordCount);
        return removed(h, retainEmpty);
    }

    records::BatchReader reader(batch);
    bool horizonPassed = h.hasDeleteHorizon() && m_nowMs >= h.baseTimestamp;
    std::vector<records::RecordView> kept;
    kept.reserve(static_cast<size_t>(h.recordCount));
    bool tombstoneKept = false;
    auto recs = reader.records();
    records::RecordView view;
    while (recs.next(view)) {
        ++m_stats.recordsRead;
        // A record without a key cannot be compacted; Kafka drops it as well.
        if (!view.key) continue;
        if (h.baseOffset + view.offsetDelta < m_map.get(*view.key)) continue; // superseded
        if (!view.value) {
            if (horizonPassed) {
                ++m_stats.tombstonesRemoved;
                continue;
            }
            tombstoneKept = true;
        }
        kept.push_back(view);
    }
    m_stats.recordsKept += kept.size();
    if (kept.empty()) return removed(h, retainEmpty);

    bool needsHorizon = tombstoneKept && !h.hasDeleteHorizon();
    int64_t pending = !tombstoneKept ? -1 : needsHorizon ? newHorizon() : h.baseTimestamp;
    if (kept.size() == static_cast<size_t>(h.recordCount) && !needsHorizon) return {Outcome::Keep, {}, pending};

    auto spec = records::BatchSpec::fromHeader(h);
    if (needsHorizon) {
        spec.deleteHorizon = true;
        spec.baseTimestamp = pending;
    }
    records::BatchBuilder builder(spec, reader.recordBytes().size());
    for (const auto& v : kept) {
        if (!needsHorizon) {
            builder.append(v);
            continue;
        }
        // Record timestamps are deltas from baseTimestamp, which now holds the horizon.
        auto record = v.toRecord();
        record.timestampDelta = h.baseTimestamp + v.timestampDelta - pending;
        builder.append(record);
    }
    ++m_stats.batchesRewritten;
    return {Outcome::Rewrite, builder.build(), pending};
}

} // namespace samsa::storage
