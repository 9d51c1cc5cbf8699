#include "app/monitor/sample_codec.h"

namespace samsa::monitor {

namespace {

void putVarint(QByteArray& out, quint64 value) {
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

quint64 zigzag(qint64 v) {
    return (quint64(v) << 1) ^ quint64(v >> 63);
}

qint64 unzigzag(quint64 v) {
    return qint64(v >> 1) ^ -qint64(v & 1);
}

bool getVarint(const QByteArray& in, qsizetype& pos, quint64& value) {
    value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= in.size()) return false;
        const auto byte = quint8(in[pos++]);
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) return true;
    }
    return false;
}

} // namespace

QByteArray encodePartitions(const QList<PartitionPoint>& points) {
    QByteArray out;
    out.reserve(points.size() * 8 + 2);
    putVarint(out, quint64(points.size()));
    for (const PartitionPoint& p : points) {
        putVarint(out, zigzag(p.partition));
        putVarint(out, zigzag(p.logEnd));
        // committed = -1 becomes logEnd + 1, still a plain difference.
        putVarint(out, zigzag(p.logEnd - p.committed));
    }
    return out;
}

QList<PartitionPoint> decodePartitions(const QByteArray& bytes) {
    qsizetype pos = 0;
    quint64 n = 0;
    if (!getVarint(bytes, pos, n) || n > quint64(bytes.size())) return {};
    QList<PartitionPoint> points;
    points.reserve(qsizetype(n));
    for (quint64 i = 0; i < n; ++i) {
        quint64 partition = 0, end = 0, distance = 0;
        if (!getVarint(bytes, pos, partition) || !getVarint(bytes, pos, end) ||
            !getVarint(bytes, pos, distance))
            return {};
        PartitionPoint p;
        p.partition = int(unzigzag(partition));
        p.logEnd = unzigzag(end);
        p.committed = p.logEnd - unzigzag(distance);
        points.append(p);
    }
    return points;
}

} // namespace samsa::monitor
