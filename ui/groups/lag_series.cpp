#include "ui/groups/lag_series.h"

#include <algorithm>
#include <optional>

namespace samsa::ui {

QList<QPointF> chartPoints(const QList<monitor::SeriesPoint>& points, LagMetric metric) {
    QList<QPointF> out;
    out.reserve(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        const monitor::SeriesPoint& p = points[i];
        switch (metric) {
        case LagMetric::Lag:
            out.append(QPointF(qreal(p.timeMs), qreal(p.lag)));
            break;
        case LagMetric::TimeLag:
            if (p.timeLagMs >= 0) out.append(QPointF(qreal(p.timeMs), qreal(p.timeLagMs) / 1000.0));
            break;
        case LagMetric::ConsumeRate:
        case LagMetric::ProduceRate: {
            if (i == 0) break;
            const monitor::SeriesPoint& q = points[i - 1];
            const qint64 dt = p.timeMs - q.timeMs;
            const qint64 delta = metric == LagMetric::ConsumeRate ? p.committed - q.committed : p.logEnd - q.logEnd;
            if (dt <= 0 || delta < 0) break;
            out.append(QPointF(qreal(p.timeMs), qreal(delta) * 1000.0 / qreal(dt)));
            break;
        }
        }
    }
    return out;
}

std::optional<QPointF> nearestPoint(const QList<QPointF>& points, qreal x) {
    if (points.isEmpty()) return std::nullopt;
    auto it = std::lower_bound(points.begin(), points.end(), x,
                               [](const QPointF& p, qreal value) { return p.x() < value; });
    if (it == points.end()) return points.back();
    if (it == points.begin()) return *it;
    auto before = std::prev(it);
    return (x - before->x() <= it->x() - x) ? *before : *it;
}

} // namespace samsa::ui
