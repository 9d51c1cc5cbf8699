#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace samsa::ui {

// A page that has more than one picture to show (a table and its dialog, several inner
// tabs). `samsa --screenshot` asks each open page for its views and saves one PNG per
// view, named after it; a page without this interface is saved once, under its object
// name.
class ScreenshotViews {
public:
    virtual ~ScreenshotViews() = default;
    // File base names, such as "topic-partitions".
    virtual QStringList screenshotViews() const = 0;
    // Brings the view on screen and returns the widget to grab: a dialog it opened, or
    // nullptr for the whole main window. The view has to be ready (data loaded) by the
    // time the caller has processed events for a while.
    virtual QWidget* showScreenshotView(const QString& name) = 0;
    // Closes what showScreenshotView opened.
    virtual void hideScreenshotView(const QString& /*name*/) {}
};

} // namespace samsa::ui
