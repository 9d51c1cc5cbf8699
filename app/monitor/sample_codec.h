#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

namespace samsa::monitor {

// One partition's offsets in a stored sample.
struct PartitionPoint {
    int partition = 0;
    qint64 committed = -1; // -1: nothing committed
    qint64 logEnd = -1;
    bool operator==(const PartitionPoint&) const = default;
};

// The per-partition detail of a stored sample, packed as varints: a partition id, the
// end offset and the distance from it to the committed offset, which is small for a
// healthy consumer. Fifty partitions take a few hundred bytes instead of a row each.
QByteArray encodePartitions(const QList<PartitionPoint>& points);
// Empty on malformed input.
QList<PartitionPoint> decodePartitions(const QByteArray& bytes);

} // namespace samsa::monitor
