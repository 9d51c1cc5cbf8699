#pragma once

#include <QString>

namespace samsa::app {
class LocalClusterHost;
}

namespace samsa::ui {

// "running on 127.0.0.1:9092", "failed: address in use"... shared by the status bar
// and the overview page so both always say the same thing.
QString localClusterStatusText(const samsa::app::LocalClusterHost& host);

} // namespace samsa::ui
