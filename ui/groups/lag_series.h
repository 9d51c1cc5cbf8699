#pragma once

#include "app/monitor/monitor_types.h"

#include <QList>
#include <QPointF>
#include <optional>

namespace samsa::ui {

// What a lag chart plots.
enum class LagMetric { Lag, TimeLag, ConsumeRate, ProduceRate };

// Chart points (x: ms since the epoch, y: the metric) from stored samples. Rates come
// from the difference of the offset sums between neighbouring points, so they hold for
// downsampled data too; a counter going backwards (offsets reset, topic recreated) gives
// no point rather than a negative rate.
QList<QPointF> chartPoints(const QList<monitor::SeriesPoint>& points, LagMetric metric);

// The y value of the point nearest to `x`, or nothing for an empty series.
std::optional<QPointF> nearestPoint(const QList<QPointF>& points, qreal x);

} // namespace samsa::ui
