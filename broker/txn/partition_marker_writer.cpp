#include "txn/partition_marker_writer.h"

#include "cluster/topic_metadata.h"
#include "common/log.h"
#include "storage/storage_error.h"

namespace samsa::txn {

ErrorCode PartitionMarkerWriter::writeMarker(const storage::TopicPartition& tp, const cluster::TxnMarkerSpec& marker) {
    auto* partition = m_partitions.get(tp);
    if (!partition) return ErrorCode::UnknownTopicOrPartition;
    ErrorCode error;
    try {
        error = m_partitions.appendTxnMarker(*partition, marker, m_clock()).error;
    } catch (const storage::StorageError& e) {
        log::error("writing a transaction marker to {} failed: {}", tp.dirName(), e.what());
        return ErrorCode::KafkaStorageError;
    }
    if (error == ErrorCode::None && tp.topic == cluster::kConsumerOffsetsTopic && m_onOffsetsMarker)
        m_onOffsetsMarker(tp.partition, marker.producerId, marker.committed);
    return error;
}

} // namespace samsa::txn
