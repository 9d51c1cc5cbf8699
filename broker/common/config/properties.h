#pragma once

#include "common/config/config_types.h"

#include <string>
#include <string_view>

namespace samsa::config {

// Reads Java .properties text as Kafka's server.properties uses it: '#' and '!' comment
// lines; "key=value", "key:value" and "key value"; a line ending in an odd number of
// backslashes continues on the next line (its leading blanks dropped); \t \n \r \f \uXXXX
// and backslash-anything escapes. Values keep trailing blanks, as Java does; config parsing
// trims them. \u escapes become UTF-8. A later duplicate key wins.
ConfigResult<ConfigStrings> parseProperties(std::string_view text);

// parseProperties on a file's contents; the error names the file (and line, for syntax).
ConfigResult<ConfigStrings> readPropertiesFile(const std::string& path);

} // namespace samsa::config
