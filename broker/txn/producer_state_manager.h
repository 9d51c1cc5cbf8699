#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

#include "protocol/records/batch_header.h"
#include "storage/log.h"
#include "storage/log_observer.h"
#include "txn/producer_append.h"
#include "txn/producer_state_entry.h"

namespace samsa::txn {

struct ProducerStateConfig {
    int64_t producerIdExpirationMs = 86400000; // producer.id.expiration.ms
};

struct ProducerStateLoad {
    int64_t snapshotOffset = -1; // the snapshot loaded, -1 if none was usable
    size_t batchesReplayed = 0;
    size_t snapshotsDiscarded = 0; // corrupt, or beyond what the log still holds
};

// The producers of one partition (Kafka's ProducerStateManager): per producer id the
// epoch and last batches that make retries idempotent, the transactions open on the
// partition, which bound its last stable offset, and the transaction index of the log.
//
// It follows the log it is attached to: a snapshot is written where each segment
// begins and on clean shutdown, snapshots go with the segments below them, and a
// truncation reloads the state. load() rebuilds it after a restart from the newest
// snapshot the log can still vouch for, then the batches after it.
//
// Single-threaded, like the log.
class ProducerStateManager final : public storage::LogObserver {
public:
    ProducerStateManager(storage::Log& log, ProducerStateConfig config);
    ~ProducerStateManager() override;
    ProducerStateManager(const ProducerStateManager&) = delete;
    ProducerStateManager& operator=(const ProducerStateManager&) = delete;

    // Producers idle past the expiration are left out.
    ProducerStateLoad load(int64_t nowMs);

    // A batch a client already appended with this producer id, epoch and sequences.
    std::optional<BatchMetadata> findDuplicate(const protocol::records::BatchHeader& header) const;
    // The verdict on a batch about to be appended; `marker` for control batches.
    ProducerAppend check(const protocol::records::BatchHeader& header, AppendOrigin origin,
                         const std::optional<TxnMarker>& marker) const;
    // Records a checked batch that is now in the log and indexes the transaction it
    // aborted, if any.
    void apply(const protocol::records::BatchHeader& header, ProducerAppend append);

    // The first offset of the earliest transaction still open here.
    std::optional<int64_t> firstUnstableOffset() const;
    const ProducerStateEntry* find(int64_t producerId) const;
    const std::unordered_map<int64_t, ProducerStateEntry>& producers() const { return m_producers; }
    const ProducerStateConfig& config() const { return m_config; }
    void setConfig(ProducerStateConfig config) { m_config = config; }

    // Forgets producers with no open transaction whose last write is older than
    // producer.id.expiration.ms; returns how many.
    size_t removeExpired(int64_t nowMs);
    // Snapshot at the log end, for a clean shutdown; skipped when the newest snapshot
    // already describes the log end.
    void snapshotAtLogEnd();

    // LogObserver
    void onRoll(int64_t baseOffset) override;
    void onSegmentsDeleted(int64_t firstSegmentBase) override;
    void onTruncated(int64_t endOffset) override;

private:
    void reset();
    void writeSnapshot(int64_t offset);
    void replay(int64_t fromOffset, ProducerStateLoad& stats);
    void applyBatch(const protocol::records::BatchHeader& header, std::span<const uint8_t> controlBatch,
                    AppendOrigin origin);

    storage::Log& m_log;
    ProducerStateConfig m_config;
    std::unordered_map<int64_t, ProducerStateEntry> m_producers;
    std::map<int64_t, int64_t> m_ongoingTxns; // first offset -> producer id
    int64_t m_lastSnapshotOffset = -1;
};

// The marker a control batch carries, or nothing for one this broker ignores (empty
// after cleaning, or a control type other than ABORT/COMMIT). Throws DecodeError for a
// control batch whose record does not decode.
std::optional<TxnMarker> readTxnMarker(std::span<const uint8_t> controlBatch);

} // namespace samsa::txn
