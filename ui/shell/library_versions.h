#pragma once

#include <QList>
#include <QString>

namespace samsa::ui {

struct LibraryVersion {
    QString name;
    QString version;
    QString purpose; // translated: what Samsa uses it for
};

// The libraries this executable runs with, as they report themselves at run time
// (a distribution may have updated one since the build). Snappy has no run-time call;
// its version is the one built against.
QList<LibraryVersion> linkedLibraries();

} // namespace samsa::ui
