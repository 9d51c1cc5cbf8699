#include "txn/producer_state_manager.h"

#include <algorithm>

#include "common/log.h"
#include "protocol/records/record_batch.h"
#include "txn/producer_snapshot.h"

namespace samsa::txn {

namespace rec = protocol::records;

std::optional<TxnMarker> readTxnMarker(std::span<const uint8_t> controlBatch) {
    rec::BatchReader reader(controlBatch);
    if (!reader.header().isControl()) throw protocol::DecodeError("not a control batch");
    rec::RecordReader records = reader.records();
    rec::RecordView first;
    if (!records.next(first)) return std::nullopt; // emptied by the cleaner
    if (!first.key) throw protocol::DecodeError("control record without a key");
    const auto key = rec::parseControlRecordKey(*first.key);
    if (key.type != rec::ControlRecordType::Abort && key.type != rec::ControlRecordType::Commit) return std::nullopt;
    if (!first.value) throw protocol::DecodeError("transaction marker without a value");
    return TxnMarker{key.type, rec::parseEndTransactionMarker(*first.value).coordinatorEpoch};
}

ProducerStateManager::ProducerStateManager(storage::Log& log, ProducerStateConfig config)
    : m_log(log), m_config(config) {
    m_log.setObserver(this);
}

ProducerStateManager::~ProducerStateManager() {
    if (m_log.observer() == this) m_log.setObserver(nullptr);
}

void ProducerStateManager::reset() {
    m_producers.clear();
    m_ongoingTxns.clear();
    m_lastSnapshotOffset = -1;
}

ProducerStateLoad ProducerStateManager::load(int64_t nowMs) {
    reset();
    ProducerStateLoad stats;
    const auto& dir = m_log.dir();
    const int64_t end = m_log.logEndOffset();
    const int64_t firstBase = m_log.segmentList().front()->baseOffset();
    // Segments that recovery had to scan may have lost aborted-transaction entries with
    // the rest of an unflushed tail; replaying from below them indexes those again.
    int64_t trusted = end;
    if (const int64_t scanned = m_log.recoveryStats().firstScannedSegment; scanned >= 0)
        trusted = std::min(trusted, scanned);

    auto offsets = listSnapshots(dir);
    std::optional<std::vector<ProducerStateEntry>> loaded;
    int64_t start = firstBase;
    for (auto it = offsets.rbegin(); it != offsets.rend(); ++it) {
        const int64_t offset = *it;
        // Beyond the log end it describes records that are gone; below the first
        // segment, records whose replay is impossible.
        if (offset > end || offset < firstBase) {
            deleteSnapshot(dir, offset);
            ++stats.snapshotsDiscarded;
            continue;
        }
        if (loaded || offset > trusted) continue;
        loaded = readSnapshot(dir, offset);
        if (!loaded) {
            log::warn("{}: discarding corrupt producer snapshot {}", dir.string(), offset);
            deleteSnapshot(dir, offset);
            ++stats.snapshotsDiscarded;
            continue;
        }
        start = offset;
        stats.snapshotOffset = offset;
    }
    for (int64_t offset : listSnapshots(dir)) m_lastSnapshotOffset = std::max(m_lastSnapshotOffset, offset);

    if (loaded) {
        for (auto& entry : *loaded) {
            if (entry.currentTxnFirstOffset) m_ongoingTxns[*entry.currentTxnFirstOffset] = entry.producerId;
            m_producers[entry.producerId] = std::move(entry);
        }
    }
    replay(start, stats);
    removeExpired(nowMs);
    return stats;
}

void ProducerStateManager::replay(int64_t fromOffset, ProducerStateLoad& stats) {
    m_log.truncateTransactionIndexes(fromOffset);
    m_log.forEachBatch(fromOffset, [&](const rec::BatchHeader& h, std::span<const uint8_t> control) {
        if (h.producerId == rec::kNoProducerId) return;
        applyBatch(h, control, AppendOrigin::Replication);
        ++stats.batchesReplayed;
    });
}

void ProducerStateManager::applyBatch(const rec::BatchHeader& h, std::span<const uint8_t> control, AppendOrigin origin) {
    std::optional<TxnMarker> marker;
    if (h.isControl()) marker = readTxnMarker(control);
    apply(h, check(h, origin, marker));
}

std::optional<BatchMetadata> ProducerStateManager::findDuplicate(const rec::BatchHeader& h) const {
    const auto* entry = find(h.producerId);
    if (!entry) return std::nullopt;
    return entry->findDuplicate(h.producerEpoch, h.baseSequence, h.lastSequence());
}

ProducerAppend ProducerStateManager::check(const rec::BatchHeader& h, AppendOrigin origin,
                                           const std::optional<TxnMarker>& marker) const {
    return checkProducerAppend(find(h.producerId), h, origin, marker);
}

void ProducerStateManager::apply(const rec::BatchHeader& h, ProducerAppend append) {
    m_producers[h.producerId] = std::move(append.updated);
    if (append.startsTxn) m_ongoingTxns[h.baseOffset] = h.producerId;
    if (!append.completedTxn) return;
    const CompletedTxn& done = *append.completedTxn;
    m_ongoingTxns.erase(done.firstOffset);
    if (!done.aborted) return;
    // The LSO right after this marker: where the next open transaction starts, or past
    // the marker when none is left.
    const int64_t lso = m_ongoingTxns.empty() ? done.lastOffset + 1 : m_ongoingTxns.begin()->first;
    m_log.appendAbortedTransaction({done.producerId, done.firstOffset, done.lastOffset, lso});
}

std::optional<int64_t> ProducerStateManager::firstUnstableOffset() const {
    if (m_ongoingTxns.empty()) return std::nullopt;
    return m_ongoingTxns.begin()->first;
}

const ProducerStateEntry* ProducerStateManager::find(int64_t producerId) const {
    auto it = m_producers.find(producerId);
    return it == m_producers.end() ? nullptr : &it->second;
}

size_t ProducerStateManager::removeExpired(int64_t nowMs) {
    return std::erase_if(m_producers, [&](const auto& item) {
        const ProducerStateEntry& p = item.second;
        return !p.currentTxnFirstOffset && nowMs - p.lastTimestamp >= m_config.producerIdExpirationMs;
    });
}

void ProducerStateManager::writeSnapshot(int64_t offset) {
    std::vector<ProducerStateEntry> entries;
    entries.reserve(m_producers.size());
    for (const auto& [id, entry] : m_producers) entries.push_back(entry);
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.producerId < b.producerId; });
    txn::writeSnapshot(m_log.dir(), offset, entries);
    m_lastSnapshotOffset = std::max(m_lastSnapshotOffset, offset);
}

void ProducerStateManager::snapshotAtLogEnd() {
    const int64_t end = m_log.logEndOffset();
    // An empty log has nothing a restart would replay.
    if (end == m_lastSnapshotOffset || end == m_log.segmentList().front()->baseOffset()) return;
    writeSnapshot(end);
}

void ProducerStateManager::onRoll(int64_t baseOffset) {
    if (baseOffset != m_lastSnapshotOffset) writeSnapshot(baseOffset);
}

void ProducerStateManager::onSegmentsDeleted(int64_t firstSegmentBase) {
    for (int64_t offset : listSnapshots(m_log.dir()))
        if (offset < firstSegmentBase) deleteSnapshot(m_log.dir(), offset);
}

void ProducerStateManager::onTruncated(int64_t endOffset) {
    for (int64_t offset : listSnapshots(m_log.dir()))
        if (offset > endOffset) deleteSnapshot(m_log.dir(), offset);
    load(storage::systemClockMs());
}

} // namespace samsa::txn
