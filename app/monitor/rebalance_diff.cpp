#include "app/monitor/rebalance_diff.h"

#include <QHash>
#include <algorithm>

namespace samsa::monitor {

namespace {

QHash<PartitionKey, QString> owners(const Generation& g) {
    QHash<PartitionKey, QString> out;
    for (const GenerationMember& m : g.members)
        for (const PartitionKey& p : m.assignment)
            out.insert(p, m.identity());
    return out;
}

} // namespace

RebalanceDiff diffGenerations(const Generation& before, const Generation& after) {
    RebalanceDiff diff;
    diff.assignorChanged = !before.assignor.isEmpty() && !after.assignor.isEmpty() &&
                           before.assignor != after.assignor;
    QHash<QString, const GenerationMember*> was;
    QHash<QString, const GenerationMember*> now;
    for (const GenerationMember& m : before.members)
        was.insert(m.identity(), &m);
    for (const GenerationMember& m : after.members)
        now.insert(m.identity(), &m);
    for (const GenerationMember& m : after.members) {
        const GenerationMember* old = was.value(m.identity());
        if (!old)
            diff.joined.append(m);
        else if (old->memberId != m.memberId)
            diff.rejoined.append(m);
    }
    for (const GenerationMember& m : before.members)
        if (!now.contains(m.identity())) diff.left.append(m);

    const QHash<PartitionKey, QString> from = owners(before);
    const QHash<PartitionKey, QString> to = owners(after);
    QList<PartitionKey> partitions = from.keys();
    for (const PartitionKey& p : to.keys())
        if (!from.contains(p)) partitions.append(p);
    std::sort(partitions.begin(), partitions.end());
    const QHash<QString, QString> names = memberNames(before.members + after.members);
    const auto name = [&](const QString& id) { return names.value(id); };
    for (const PartitionKey& p : partitions) {
        const QString a = from.value(p);
        const QString b = to.value(p);
        if (a == b) {
            ++diff.kept;
            continue;
        }
        diff.moved.append(PartitionMove{p, name(a), name(b)});
    }
    return diff;
}

} // namespace samsa::monitor
