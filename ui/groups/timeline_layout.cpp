#include "ui/groups/timeline_layout.h"

#include <QHash>

namespace samsa::ui {

qint64 generationEndMs(const QList<monitor::Generation>& generations, int index, qint64 nowMs) {
    if (index + 1 >= generations.size()) return std::max(nowMs, generations[index].stableMs);
    const monitor::Generation& next = generations[index + 1];
    if (next.rebalanceStartMs >= 0) return next.rebalanceStartMs;
    if (next.notBeforeMs >= 0) return next.notBeforeMs;
    return next.stableMs;
}

TimelineLayout layoutTimeline(const QList<monitor::Generation>& generations, qint64 nowMs) {
    TimelineLayout layout;
    QHash<QString, int> lanes;
    QList<monitor::GenerationMember> everyone;
    for (const monitor::Generation& g : generations)
        everyone += g.members;
    const QHash<QString, QString> names = monitor::memberNames(everyone);
    for (int i = 0; i < generations.size(); ++i) {
        const monitor::Generation& g = generations[i];
        const qint64 end = generationEndMs(generations, i, nowMs);
        for (const monitor::GenerationMember& m : g.members) {
            const QString id = m.identity();
            int lane = lanes.value(id, -1);
            if (lane < 0) {
                lane = int(layout.lanes.size());
                lanes.insert(id, lane);
                layout.lanes.append({id, names.value(id), m.clientId});
            }
            layout.spans.append({lane, i, g.stableMs, std::max(end, g.stableMs), m.assignment});
        }
        TimelineLayout::Pause pause;
        pause.generation = i;
        pause.toMs = g.stableMs;
        if (g.rebalanceStartMs >= 0) {
            pause.fromMs = g.rebalanceStartMs;
            pause.startKnown = true;
        } else {
            pause.fromMs = g.notBeforeMs >= 0 ? g.notBeforeMs : g.stableMs;
        }
        pause.earliestMs = g.notBeforeMs >= 0 ? std::min(g.notBeforeMs, pause.fromMs) : pause.fromMs;
        // The first generation's start is only known when the rebalance was watched.
        if (i > 0 || pause.startKnown) layout.pauses.append(pause);
    }
    return layout;
}

} // namespace samsa::ui
