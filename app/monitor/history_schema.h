#pragma once

#include "app/schema_migrations.h"

namespace samsa::monitor {

// The history database's own schema steps, separate from the settings database's.
app::SchemaHistory historySchema();
int latestHistoryVersion();

} // namespace samsa::monitor
