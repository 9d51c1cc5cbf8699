#include "ui/common/format.h"

#include <QCoreApplication>
#include <QLocale>

namespace samsa::ui {

namespace {
// The translation context of these texts.
class Format {
    Q_DECLARE_TR_FUNCTIONS(samsa::ui::Format)
};
} // namespace

QString formatBytes(qint64 bytes) {
    if (bytes < 0) return QStringLiteral("—");
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString formatDurationMs(qint64 ms) {
    if (ms < 0) return Format::tr("forever");
    if (ms < 1000) return Format::tr("%n ms", nullptr, int(ms));
    constexpr qint64 kSecond = 1000, kMinute = 60 * kSecond, kHour = 60 * kMinute,
                     kDay = 24 * kHour;
    if (ms % kDay == 0) return Format::tr("%n day(s)", nullptr, int(ms / kDay));
    if (ms >= kDay) return Format::tr("%1 d %2 h").arg(ms / kDay).arg((ms % kDay) / kHour);
    if (ms % kHour == 0) return Format::tr("%n hour(s)", nullptr, int(ms / kHour));
    if (ms >= kHour) return Format::tr("%1 h %2 min").arg(ms / kHour).arg((ms % kHour) / kMinute);
    if (ms % kMinute == 0) return Format::tr("%n minute(s)", nullptr, int(ms / kMinute));
    if (ms >= kMinute)
        return Format::tr("%1 min %2 s").arg(ms / kMinute).arg((ms % kMinute) / kSecond);
    if (ms % kSecond == 0) return Format::tr("%n second(s)", nullptr, int(ms / kSecond));
    return QLocale().toString(double(ms) / kSecond, 'f', 1) + Format::tr(" s");
}

QString formatCount(qint64 count) {
    return QLocale().toString(count);
}

} // namespace samsa::ui
