// Writes the server.properties that packages install, from the broker's own config table,
// so the shipped file can never disagree with the broker about keys or defaults.
//   samsa-default-server-properties --output FILE --path INSTALLED_PATH [--set key=value ...]
#include "common/config/config_def.h"
#include "packaging/config/server_properties.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

namespace {

int usage(const std::string& problem)
{
    std::cerr << "samsa-default-server-properties: " << problem << "\n"
              << "usage: samsa-default-server-properties --output FILE --path INSTALLED_PATH"
                 " [--set key=value ...]\n";
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    samsa::packaging::ServerPropertiesSpec spec;
    spec.version = SAMSA_VERSION;
    std::string output;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            return usage(arg + " needs a value");
        const std::string value = argv[++i];
        if (arg == "--output") {
            output = value;
        } else if (arg == "--path") {
            spec.path = value;
        } else if (arg == "--set") {
            const auto eq = value.find('=');
            if (eq == std::string::npos || eq == 0)
                return usage("--set expects key=value, got '" + value + "'");
            spec.settings.emplace_back(value.substr(0, eq), value.substr(eq + 1));
        } else {
            return usage("unknown option " + arg);
        }
    }
    if (output.empty() || spec.path.empty())
        return usage("--output and --path are required");

    const auto text = samsa::packaging::renderServerProperties(samsa::config::brokerConfigRegistry(), spec);
    if (!text) {
        std::cerr << "samsa-default-server-properties: " << text.error().message << "\n";
        return 1;
    }
    std::ofstream file(output, std::ios::binary | std::ios::trunc);
    file << *text;
    file.close();
    if (!file) {
        std::cerr << "samsa-default-server-properties: cannot write " << output << "\n";
        std::remove(output.c_str());
        return 1;
    }
    return 0;
}
