#pragma once

#include <functional>

#include "cluster/partition_manager.h"
#include "txn/txn_marker_writer.h"

namespace samsa::txn {

// Markers written straight to the partitions this broker leads. Once a marker lands on
// a __consumer_offsets partition, the group coordinator is told, so that offsets
// committed in the transaction become visible (or are dropped) at that moment.
class PartitionMarkerWriter final : public TxnMarkerWriter {
public:
    using OffsetsCompletion = std::function<void(int32_t offsetsPartition, int64_t producerId, bool committed)>;

    PartitionMarkerWriter(cluster::PartitionManager& partitions, std::function<int64_t()> clock,
                          OffsetsCompletion onOffsetsMarker)
        : m_partitions(partitions), m_clock(std::move(clock)), m_onOffsetsMarker(std::move(onOffsetsMarker)) {}

    ErrorCode writeMarker(const storage::TopicPartition& tp, const cluster::TxnMarkerSpec& marker) override;

private:
    cluster::PartitionManager& m_partitions;
    std::function<int64_t()> m_clock;
    OffsetsCompletion m_onOffsetsMarker;
};

} // namespace samsa::txn
