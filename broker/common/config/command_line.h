#pragma once

#include "common/config/broker_config.h"
#include "common/config/environment.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace samsa::config {

// What `samsa-broker [server.properties] [--override key=value ...]` asks for.
struct CommandLineResult {
    enum class Action { Run, ShowHelp, ShowVersion, Fail };
    Action action = Action::Fail;
    std::optional<BrokerConfig> config; // set for Run
    std::vector<std::string> warnings;  // unknown keys; print them and carry on
    // Help or version text for stdout (ends in a newline); for Fail, the error and a hint to
    // run --help, without the program-name prefix or a final newline.
    std::string text;
    int exitCode = 0;                   // 0, or 2 for bad usage or an invalid configuration
};

// args excludes argv[0]. The properties file is optional; overrides are applied on top of
// it in the order given. Also accepts --override=key=value, -h/--help and --version.
CommandLineResult parseCommandLine(const std::vector<std::string>& args, std::string_view version,
                                   const ConfigEnvironment& env);

std::string usageText(const ConfigEnvironment& env);

} // namespace samsa::config
