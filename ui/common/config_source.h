#pragma once

// moc (which parses as C++17) trips over some C++20 standard headers unless Qt's
// come first, so this order is kept by hand.
// clang-format off
#include <QString>

#include "client/admin_types.h"
// clang-format on

namespace samsa::ui {

// Where a config value comes from, in words ("topic override", "broker (static)"), the
// same on every page that lists configs.
QString configSourceName(client::ConfigSource source);

} // namespace samsa::ui
