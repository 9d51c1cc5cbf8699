#pragma once

#include "app/cluster_profile.h"

#include <QString>

namespace samsa::ui {

// A cluster shown in the navigator: the bundled local one, or a saved profile.
struct ClusterEntry {
    bool local = false;
    samsa::app::ClusterProfile profile; // for local: only name and bootstrapServers are meaningful
};

} // namespace samsa::ui
