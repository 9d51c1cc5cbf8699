#include "common/config/environment.h"

#include <cstdlib>
#include <pwd.h>
#include <unistd.h>

namespace samsa::config {

ConfigEnvironment ConfigEnvironment::fromProcess()
{
    ConfigEnvironment env;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"))
        env.xdgDataHome = xdg;
    if (const char* home = std::getenv("HOME"); home && *home) {
        env.home = home;
    } else if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_dir) {
        env.home = pw->pw_dir;
    }
    char host[256] = {};
    if (gethostname(host, sizeof host - 1) == 0)
        env.hostName = host;
    if (env.hostName.empty())
        env.hostName = "localhost";
    return env;
}

std::string defaultDataDir(const ConfigEnvironment& env)
{
    const auto strip = [](std::string p) {
        while (!p.empty() && p.back() == '/')
            p.pop_back();
        return p;
    };
    if (!env.xdgDataHome.empty() && env.xdgDataHome.front() == '/')
        return strip(env.xdgDataHome) + "/samsa/broker";
    if (!env.home.empty())
        return strip(env.home) + "/.local/share/samsa/broker";
    return "samsa/broker";
}

} // namespace samsa::config
