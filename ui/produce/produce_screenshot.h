#pragma once

#include <QString>

class QWidget;

namespace samsa::app {
class ClusterService;
}

namespace samsa::ui {

// Staging for `samsa --screenshot`, never used in a normal session: the produce dialog
// over `parent`, filled with an order for the sample data's `orders` topic and sent, so
// the picture shows the form and where the records went. Blocks (processing events)
// until the run has ended, at most `limitMs`, then saves the dialog to `path`.
bool saveProduceScreenshot(app::ClusterService* service, QWidget* parent, const QString& path,
                           int limitMs, QString* error);

} // namespace samsa::ui
