#pragma once

#include <QString>
#include <QStringList>

namespace samsa::ui {

class MainWindow;

// Set to true on a page once it has shown its data, so pictures wait for it.
inline constexpr const char* kSettledProperty = "settled";

// Shows every open page in turn and saves the whole window as <dir>/<page>.png (the
// page's object name, with -2, -3... when several clusters have the same page, then
// `suffix`, such as "-dark").
// Returns the files written; on failure returns what was written so far and sets *error.
QStringList saveScreenshots(MainWindow& window, const QString& directory, QString* error,
                            const QString& suffix = {});

} // namespace samsa::ui
