#pragma once

// moc (which parses as C++17) trips over some C++20 standard headers unless Qt's
// come first, so this order is kept by hand.
// clang-format off
#include <QtGlobal>

#include "client/admin_types.h"

#include <functional>
#include <vector>
// clang-format on

class QObject;

namespace samsa::app {
class ClusterService;
}

namespace samsa::ui {

// The three reads a broker table is built from: the cluster (brokers and controller),
// the topics (what each broker leads and hosts) and the log directories (bytes per
// broker). The overview and the brokers page both show them and react differently.
enum class BrokerRead { Cluster, Topics, LogDirs };
constexpr int kBrokerReadCount = 3;

struct BrokerReadHandlers {
    std::function<void(const client::ClusterDescription&)> cluster;
    std::function<void(const std::vector<client::TopicDescription>&)> topics;
    std::function<void(const std::vector<client::LogDirInfo>&)> logDirs;
    std::function<void(BrokerRead read, const client::ClientError& error)> failed;
    // After each answer's handler, success or not.
    std::function<void()> answered;
};

// Starts the three reads. An answer is dropped when `context` is gone or `current`
// says a newer refresh has replaced this one; otherwise it goes to its handler on the
// GUI thread.
void readBrokers(samsa::app::ClusterService& service, QObject* context,
                 std::function<bool()> current, BrokerReadHandlers handlers);

} // namespace samsa::ui
