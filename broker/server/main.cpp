// samsa-broker: the bundled broker as a standalone program, started the way Kafka is:
//   samsa-broker [server.properties] [--override key=value ...]
#include <csignal>
#include <cstdio>
#include <iostream>
#include <semaphore>

#include "common/config/command_line.h"
#include "common/log.h"
#include "server/broker.h"
#include "server/version.h"

namespace {
std::binary_semaphore g_stop{0};
void onSignal(int) { g_stop.release(); }
} // namespace

int main(int argc, char** argv) {
    using namespace samsa;
    std::vector<std::string> args(argv + 1, argv + argc);
    auto result = config::parseCommandLine(args, server::kVersion, config::ConfigEnvironment::fromProcess());
    using Action = config::CommandLineResult::Action;
    switch (result.action) {
    case Action::ShowHelp:
    case Action::ShowVersion: std::cout << result.text; return 0;
    case Action::Fail: std::cerr << "samsa-broker: " << result.text << "\n"; return result.exitCode;
    case Action::Run: break;
    }
    for (const auto& w : result.warnings) log::warn("{}", w);

    // Block the signals in every thread; the main thread waits for them.
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGPIPE, SIG_IGN);

    server::Broker broker(std::move(*result.config));
    try {
        broker.start();
    } catch (const std::exception& e) {
        log::error("samsa-broker could not start: {}", e.what());
        return 1;
    }
    log::info("samsa-broker {} (node {}) started, ready on {}", server::kVersion, broker.config().nodeId(),
              broker.bootstrapServers());
    g_stop.acquire();
    log::info("shutting down");
    broker.stop();
    log::info("shut down cleanly");
    return 0;
}
