#pragma once

#include "app/monitor/monitor_types.h"
#include "app/monitor/rebalance_tracker.h"

#include <QList>
#include <vector>

namespace samsa::client {
struct FetchedBatch;
}

namespace samsa::monitor {

// An offset commit as __consumer_offsets stores it, with the time the coordinator
// accepted it (which OffsetFetch does not tell).
struct StoredCommit {
    QString groupId;
    PartitionKey partition;
    qint64 offset = -1;
    qint64 commitTimeMs = -1;
    bool deleted = false; // a tombstone: the offset was deleted or expired
};

// What a stretch of __consumer_offsets holds, decoded with the broker's own codecs for
// Kafka's record format.
struct OffsetsTopicContent {
    QList<GroupMetadataRecord> groups;
    QList<StoredCommit> commits;
    int skipped = 0; // records of key versions this program does not know, or malformed
};

// Decodes the records of these batches (control batches and aborted data are skipped),
// appending to `out`.
void decodeOffsetsTopic(const std::vector<client::FetchedBatch>& batches, OffsetsTopicContent& out);

} // namespace samsa::monitor
