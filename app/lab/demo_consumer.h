#pragma once

#include "app/monitor/monitor_types.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace samsa::client {
struct ClientConfig;
}

namespace samsa::lab {

enum class Assignor { Range, RoundRobin, CooperativeSticky };

// librdkafka's name for it (partition.assignment.strategy).
QString assignorName(Assignor assignor);

// The librdkafka settings that reach the same cluster as the app's client: security
// protocol, SASL credentials and TLS files.
std::vector<std::pair<QString, QString>> connectionSettings(const client::ClientConfig& config);

// How one demo consumer behaves. The defaults make rebalances quick to watch.
struct ConsumerSettings {
    QString bootstrapServers;
    // librdkafka settings for security (security.protocol, sasl.*, ssl.*).
    std::vector<std::pair<QString, QString>> connection;
    QString groupId;
    QStringList topics;
    QString clientId;
    Assignor assignor = Assignor::Range;
    // Time spent on each message; above max.poll.interval.ms the member is expelled.
    int processingDelayMs = 0;
    int maxPollIntervalMs = 300000;
    int sessionTimeoutMs = 10000;
    int heartbeatIntervalMs = 1000;
    // Static membership (KIP-345): a group.instance.id that keeps its partitions over a
    // restart within the session timeout.
    QString instanceId;
};

struct ConsumerStatus {
    enum class State { Starting, Running, Closing, Closed, Killed, Failed };
    State state = State::Starting;
    qint64 consumed = 0;
    int rebalances = 0; // assignments received
    QList<monitor::PartitionKey> assignment;
    QString memberId;
    QString lastError;
};

// A real Kafka consumer (librdkafka) on a thread of its own, for the rebalance lab. It
// consumes, auto-commits and takes part in its group like any application would.
// Closing leaves the group properly (final commit, LeaveGroup); killing stops it dead:
// the handle goes without the consumer close, so the coordinator only notices when
// the session times out, as with a crashed process.
class DemoConsumer {
public:
    explicit DemoConsumer(ConsumerSettings settings);
    // Closes the consumer if it still runs, waiting for its thread.
    ~DemoConsumer();
    DemoConsumer(const DemoConsumer&) = delete;
    DemoConsumer& operator=(const DemoConsumer&) = delete;

    const ConsumerSettings& settings() const { return m_settings; }
    void start();
    // Both return at once; the thread finishes by itself (see finished()).
    void close();
    void kill();
    bool finished() const { return m_finished.load(); }
    ConsumerStatus status() const;

private:
    void run();
    void setState(ConsumerStatus::State state, const QString& error = {});

    ConsumerSettings m_settings;
    std::thread m_thread;
    std::atomic<bool> m_closeRequested{false};
    std::atomic<bool> m_killRequested{false};
    std::atomic<bool> m_finished{false};
    mutable std::mutex m_mutex;
    ConsumerStatus m_status;

    friend struct DemoConsumerCallbacks;
};

} // namespace samsa::lab
