#pragma once

#include "cluster/partition.h"
#include "common/error_code.h"
#include "storage/topic_partition.h"

namespace samsa::txn {

// Writes the COMMIT or ABORT marker that ends a producer's transaction on one
// partition. The coordinator calls it for every partition of a transaction it
// completes; an interface so the coordinator can be tested without partitions.
class TxnMarkerWriter {
public:
    virtual ~TxnMarkerWriter() = default;

    // None once the marker is in the partition's log; UNKNOWN_TOPIC_OR_PARTITION when
    // the partition is gone (its topic was deleted), which needs no marker any more;
    // any other error is worth retrying.
    virtual ErrorCode writeMarker(const storage::TopicPartition& tp, const cluster::TxnMarkerSpec& marker) = 0;
};

} // namespace samsa::txn
