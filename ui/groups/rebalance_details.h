#pragma once

#include "app/monitor/group_monitor.h"

#include <QString>

namespace samsa::ui {

// The story of one rebalance as rich text: when it began and ended and how long the
// group did not consume, who joined, left (and how, where the lab knows) or came back,
// the protocol and assignor, which partitions moved from whom to whom, and the members
// of the new generation.
QString rebalanceDetailsHtml(const monitor::Timeline& timeline, int generation, qint64 nowMs);

} // namespace samsa::ui
