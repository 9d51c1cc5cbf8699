#pragma once

#include "app/monitor/monitor_types.h"

#include <QList>
#include <span>

namespace samsa::monitor {

// How a partition's window is judged.
struct EvaluatorSettings {
    // Samples kept per partition; with a few seconds between them this covers a handful
    // of consumer commits, as Burrow's window of ten commits does.
    int windowSize = 10;
    // A partition whose last commit is older than this, with messages waiting, is STOP:
    // its consumer is gone rather than briefly stuck.
    qint64 stopAfterMs = 15 * 60 * 1000;
};

// What the window alone cannot tell.
struct PartitionContext {
    qint64 nowMs = 0;
    bool owned = false;       // a live member of the group is assigned the partition
    qint64 lastCommitMs = -1; // when the committed offset last changed (or was written); -1 unknown
};

// Judges one partition from its samples, oldest first:
//   OK    lag was zero somewhere in the window, or the consumer gains on the log;
//   WARN  the consumer commits, but lag grew at every step of the window;
//   STALL a member owns the partition, yet its position has not moved all window
//         while messages wait;
//   ERR   nobody owns the partition and its position has not moved while messages
//         wait: the consumer stopped;
//   STOP  messages wait and the last commit is older than stopAfterMs.
// Unknown while there is no committed offset, no end offset or too few samples.
LagVerdict evaluatePartition(std::span<const OffsetSample> window, const PartitionContext& context,
                             const EvaluatorSettings& settings = {});

// The group's status is its worst partition's; the explanation says how many share it.
LagVerdict evaluateGroup(const QList<LagVerdict>& partitions, const QStringList& partitionNames);

} // namespace samsa::monitor
