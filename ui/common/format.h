#pragma once

#include <QString>
#include <QtGlobal>

namespace samsa::ui {

// Sizes as users read them: "0 B", "1.5 KiB", "12.3 MiB" (binary units, as Kafka's
// byte configs are binary). Negative means unknown and gives "—".
QString formatBytes(qint64 bytes);
// Durations given in milliseconds, as Kafka's *.ms configs: "7 days", "1 h 30 min",
// "250 ms"; -1 gives "forever".
QString formatDurationMs(qint64 milliseconds);
// Counts with the locale's digit grouping: "1,234,567".
QString formatCount(qint64 count);

} // namespace samsa::ui
