#pragma once

#include "app/monitor/monitor_types.h"

namespace samsa::monitor {

// A partition that changed hands in a rebalance. An empty side means nobody: a partition
// newly assigned, or one left without an owner.
struct PartitionMove {
    PartitionKey partition;
    QString from; // display name of the previous owner
    QString to;
};

// What one rebalance changed, from the generation before to the one after.
struct RebalanceDiff {
    QList<GenerationMember> joined;
    QList<GenerationMember> left;
    // Static members that came back under a new member id (KIP-345): not a departure.
    QList<GenerationMember> rejoined;
    QList<PartitionMove> moved;
    int kept = 0; // partitions that stayed with the same member
    bool assignorChanged = false;
};

// Members are matched by member id, static members by group.instance.id.
RebalanceDiff diffGenerations(const Generation& before, const Generation& after);

} // namespace samsa::monitor
