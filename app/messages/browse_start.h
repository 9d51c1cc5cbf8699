#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <map>
#include <vector>

#include "app/messages/browse_types.h"

namespace samsa::app {

class ClusterService;

// Where browsing begins in each partition.
struct BrowseStart {
    enum class Kind {
        Earliest,      // the oldest record still in the log
        Latest,        // only what arrives from now on
        Offset,        // this offset (clamped to what each partition holds)
        Timestamp,     // the first record at or after this time
        LastMessages,  // the newest `count` records of each partition
        ConsumerGroup, // where this group's committed offsets point
    };
    Kind kind = Kind::Earliest;
    int64_t offset = 0;
    // Offset: when not empty, the offset of each partition named; the others start at
    // their earliest record, and `offset` is unused.
    std::map<int32_t, int64_t> partitionOffsets;
    int64_t timestampMs = 0;
    int64_t count = 100;
    QString group;
};

// The answer: what to browse, and where each partition's log starts and ends now.
struct BrowseSpan {
    std::vector<PartitionRange> ranges; // one per partition asked for, in partition order
    std::map<int32_t, int64_t> logStart;
    QString note;  // something the user should know (a partition without a committed offset)
    QString error; // set when the span could not be worked out
};

// Reads what was typed for an Offset start into `start`: one offset ("120", for every
// partition browsed) or partition:offset pairs ("0:120, 1:80"). `topicPartitions` are the
// topic's partitions (empty: not known yet, so any is taken). Returns what is wrong with
// the text for the user, or an empty string (then `start` holds it).
QString parseOffsetStart(const QString& text, const QList<int>& topicPartitions, BrowseStart* start);
// The text parseOffsetStart reads back into `start`'s offsets.
QString offsetStartText(const BrowseStart& start);

// Works out the ranges for `start` on the given partitions of `topic` (empty: all), each
// reaching to the partition's current end. Asks the cluster (watermarks, then offsets by
// time or a group's offsets) off the GUI thread; `done` runs on it unless `context` died.
void resolveBrowseStart(ClusterService* service, const QString& topic, const QList<int>& partitions,
                        const BrowseStart& start, bool readCommitted, QObject* context,
                        std::function<void(const BrowseSpan&)> done);

} // namespace samsa::app
