#pragma once

#include "app/produce/produce_job.h"

#include <QString>

namespace samsa::ui {

// One paragraph on a produce run: how many records went where (exact counts per
// partition, with their offsets), how long it took, and whether it was cut short.
QString describeRun(const app::ProduceSummary& summary, const QString& topic, qint64 elapsedMs,
                    bool running);

} // namespace samsa::ui
