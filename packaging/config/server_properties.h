#pragma once

#include "common/config/config_def.h"
#include "common/config/config_types.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace samsa::packaging {

// What a packaged server.properties looks like: every broker key of the registry in table
// order, commented out with its default so the file documents the broker it ships with,
// except the few settings a package must pin (listeners, log.dirs), which are active.
struct ServerPropertiesSpec {
    std::string version; // of samsa-broker, named in the header
    std::string path;    // where the file is installed, named in the header
    // Active key=value lines, written first and in this order.
    std::vector<std::pair<std::string, std::string>> settings;
};

// Checks every setting against the registry (known key, valid value) and renders the
// file. The error names the offending setting.
config::ConfigResult<std::string> renderServerProperties(const config::ConfigRegistry& registry,
                                                        const ServerPropertiesSpec& spec);

// A value or key as .properties text that reads back unchanged: backslashes, control
// characters and leading blanks escaped.
std::string escapePropertiesText(std::string_view text);

} // namespace samsa::packaging
