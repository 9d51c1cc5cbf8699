#include "screenshots.h"

#include "main_window.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QPixmap>
#include <QTabWidget>

namespace samsa::ui {

QStringList saveScreenshots(MainWindow& window, const QString& directory, QString* error) {
    QStringList written;
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = QCoreApplication::translate("samsa::ui::Screenshots", "Cannot create %1")
                     .arg(directory);
        return written;
    }
    QHash<QString, int> seen;
    QTabWidget* pages = window.pages();
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        // Let layouts settle and pending repaints run before grabbing.
        QCoreApplication::processEvents();
        const QString id = pages->widget(i)->objectName();
        const int n = ++seen[id];
        const QString file = dir.filePath(n == 1 ? id + QStringLiteral(".png")
                                                 : QStringLiteral("%1-%2.png").arg(id).arg(n));
        if (!window.grab().save(file)) {
            *error =
                QCoreApplication::translate("samsa::ui::Screenshots", "Cannot write %1").arg(file);
            return written;
        }
        written.append(file);
    }
    return written;
}

} // namespace samsa::ui
