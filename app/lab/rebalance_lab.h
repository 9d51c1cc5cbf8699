#pragma once

#include "app/lab/demo_consumer.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <vector>

namespace samsa::app {
class ClusterService;
}

namespace samsa::lab {

// What a new demo consumer should be like.
struct LabConsumerOptions {
    QString groupId;
    QString topic;
    Assignor assignor = Assignor::Range;
    int processingDelayMs = 0;
    int maxPollIntervalMs = 300000;
    int sessionTimeoutMs = 10000;
    bool staticMembership = false;
};

// The rebalance lab: demo consumers (real librdkafka consumers in this process) joining,
// leaving and dying in a group of the connected cluster, and a producer keeping their
// topic busy, so rebalances and lag can be watched as they happen. Every action is also
// announced through noted(), for the group's timeline.
class RebalanceLab : public QObject {
    Q_OBJECT
public:
    struct Entry {
        int id = 0; // 1, 2, ... in order of creation
        QString name; // the client id, e.g. "lab-2"
        ConsumerSettings settings;
        ConsumerStatus status;
    };

    // `service` gives the cluster's address and security settings, and produces the
    // traffic; it must outlive the lab.
    explicit RebalanceLab(app::ClusterService* service, QObject* parent = nullptr);
    // Closes every consumer still running (they leave their group) and waits for them.
    ~RebalanceLab() override;

    // Starts a consumer and returns its id.
    int addConsumer(const LabConsumerOptions& options);
    // Leaves the group properly: final commit, LeaveGroup.
    void stopConsumer(int id);
    // Stops dead without leaving: the coordinator notices after session.timeout.ms.
    void killConsumer(int id);
    // Forgets consumers that have ended.
    void clearFinished();
    QList<Entry> consumers() const;
    int runningCount() const;

    // Creates the topic if it does not exist yet, then calls `done` with an empty string
    // or the reason it failed.
    void ensureTopic(const QString& topic, int partitions, std::function<void(const QString&)> done);
    // Appends `perSecond` small records a second to `topic`, spread over its partitions.
    void setProducing(const QString& topic, int perSecond);
    void stopProducing();
    bool isProducing() const { return m_produceTimer.isActive(); }
    qint64 produced() const { return m_produced; }

signals:
    // Consumer states, assignments or counts changed.
    void changed();
    // Something the lab did to a group, worth a line on its timeline. `marker` is
    // "lab-start", "lab-stop" or "lab-kill"; `clientId` names the consumer.
    void noted(const QString& groupId, const QString& text, const QString& marker, const QString& clientId);
    void failed(const QString& message);

private:
    DemoConsumer* find(int id) const;
    void produceTick();
    void refresh();

    app::ClusterService* m_service;
    std::vector<std::pair<int, std::unique_ptr<DemoConsumer>>> m_consumers;
    int m_nextId = 1;
    QTimer m_statusTimer;
    QTimer m_produceTimer;
    QString m_produceTopic;
    int m_perTick = 0;
    bool m_produceInFlight = false;
    qint64 m_produced = 0;
    QString m_lastSignature;
};

} // namespace samsa::lab
