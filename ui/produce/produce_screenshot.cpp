#include "ui/produce/produce_screenshot.h"

#include "ui/produce/produce_dialog.h"
#include "ui/produce/topic_picker.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPixmap>
#include <QPushButton>
#include <functional>

namespace samsa::ui {

namespace {

void processEventsUntil(const QDeadlineTimer& deadline, const std::function<bool()>& done) {
    while (!deadline.hasExpired() && !done())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace

bool saveProduceScreenshot(app::ClusterService* service, QWidget* parent, const QString& path,
                           int limitMs, QString* error) {
    ProduceDialog dialog(service, QStringLiteral("orders"), parent);
    dialog.fillExample();
    dialog.show();
    const QDeadlineTimer deadline(limitMs);
    processEventsUntil(deadline, [&] { return !dialog.topicPicker()->isLookingUp(); });
    if (dialog.produceButton()->isEnabled()) {
        bool finished = false;
        QObject::connect(&dialog, &ProduceDialog::runFinished, &dialog,
                         [&finished] { finished = true; });
        dialog.produce();
        processEventsUntil(deadline, [&] { return finished; });
    }
    // Let the results paint.
    processEventsUntil(QDeadlineTimer(200), [] { return false; });
    if (!dialog.grab().save(path)) {
        *error = QCoreApplication::translate("samsa::ui::Screenshots", "Cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace samsa::ui
