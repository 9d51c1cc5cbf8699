#pragma once

// Pictures of the message browser at the size it gets in the main window (the shared
// helper shrinks a widget to its size hint, which squeezes the table).
#include <QCoreApplication>
#include <QDir>
#include <QWidget>

namespace samsa::ui::testing {

inline void saveMessagesPicture(QWidget* page, const QString& fileName, QSize size = QSize(900, 640)) {
    const QString dir = qEnvironmentVariable("SAMSA_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    page->resize(size);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    page->grab().save(QDir(dir).filePath(fileName));
}

} // namespace samsa::ui::testing
