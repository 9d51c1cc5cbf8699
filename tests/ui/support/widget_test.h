#pragma once

// What every UI test shares: how long to wait at most, and where pictures go.
#include <QDir>
#include <QString>
#include <QWidget>

namespace samsa::ui::testing {

// Only a failure limit: the QTRY_* checks return as soon as the condition holds.
constexpr int kTimeoutMs = 30000;

// Saves a picture of `widget` into the folder SAMSA_SCREENSHOT_DIR names; without it,
// does nothing.
inline void saveScreenshot(QWidget* widget, const QString& fileName) {
    const QString dir = qEnvironmentVariable("SAMSA_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    widget->adjustSize();
    widget->grab().save(QDir(dir).filePath(fileName));
}

} // namespace samsa::ui::testing
