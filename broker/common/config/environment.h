#pragma once

#include <string>

namespace samsa::config {

// The parts of the process environment that shape broker defaults, gathered in one place
// so tests can pass their own.
struct ConfigEnvironment {
    std::string xdgDataHome; // $XDG_DATA_HOME, may be empty
    std::string home;        // $HOME, else the password database entry
    std::string hostName;    // advertised for listeners written with an empty host

    static ConfigEnvironment fromProcess();
};

// $XDG_DATA_HOME/samsa/broker when XDG_DATA_HOME is an absolute path (the XDG spec says to
// ignore relative ones), else ~/.local/share/samsa/broker, else samsa/broker under the
// working directory.
std::string defaultDataDir(const ConfigEnvironment& env);

} // namespace samsa::config
