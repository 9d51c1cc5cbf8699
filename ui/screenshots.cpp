#include "screenshots.h"

#include "main_window.h"
#include "ui/common/screenshot_views.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QHash>
#include <QPixmap>
#include <QTabWidget>

namespace samsa::ui {

namespace {

class Screenshots {
    Q_DECLARE_TR_FUNCTIONS(samsa::ui::Screenshots)
};

// Pages load asynchronously; a picture of "loading…" helps nobody. The main window
// marks a page "settled" once it announced its data (see MainWindow::openPage); pages
// that never announce get the whole limit for their first answers.
void settle(QWidget* page, int limitMs) {
    QDeadlineTimer deadline(limitMs);
    while (!deadline.hasExpired() && !page->property(kSettledProperty).toBool())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    // Let the last answer paint.
    QDeadlineTimer paint(200);
    while (!paint.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace

QStringList saveScreenshots(MainWindow& window, const QString& directory, QString* error,
                            const QString& suffix) {
    QStringList written;
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = Screenshots::tr("Cannot create %1").arg(directory);
        return written;
    }
    QHash<QString, int> seen;
    auto save = [&](QWidget& target, const QString& id) {
        const int n = ++seen[id];
        const QString base = n == 1 ? id : QStringLiteral("%1-%2").arg(id).arg(n);
        const QString file = dir.filePath(base + suffix + QStringLiteral(".png"));
        if (!target.grab().save(file)) {
            *error = Screenshots::tr("Cannot write %1").arg(file);
            return false;
        }
        written.append(file);
        return true;
    };
    QTabWidget* pages = window.pages();
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        QWidget* page = pages->widget(i);
        // Fresh figures for every picture: pages opened early would otherwise show the
        // cluster as it was before the sample data arrived.
        if (page->metaObject()->indexOfSlot("refresh()") >= 0) {
            page->setProperty(kSettledProperty, false);
            QMetaObject::invokeMethod(page, "refresh");
        }
        settle(page, 10000);
        auto* views = dynamic_cast<ScreenshotViews*>(page);
        if (!views) {
            if (!save(window, page->objectName())) return written;
            continue;
        }
        for (const QString& view : views->screenshotViews()) {
            QWidget* target = views->showScreenshotView(view);
            settle(target ? target : page, target ? 1500 : 0);
            const bool ok = save(target ? *target : static_cast<QWidget&>(window), view);
            views->hideScreenshotView(view);
            if (!ok) return written;
        }
    }
    return written;
}

} // namespace samsa::ui
