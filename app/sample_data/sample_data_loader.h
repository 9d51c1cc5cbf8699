#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

#include "app/sample_data/sample_records.h"

namespace samsa::client {
class AdminClient;
class GroupConsumer;
} // namespace samsa::client

namespace samsa::app {

// Fills a cluster (normally the local one) with data worth looking at, and keeps it
// moving until stopped: `orders` (6 partitions, JSON orders keyed by customer),
// `user-profiles` (compacted, 3 partitions, profile updates and tombstones keyed by user),
// `page-views` (records with trace-id / content-type / source headers), and the consumer
// group `order-processor`, a real group member that reads `orders` more slowly than they
// arrive so its lag keeps growing. Existing topics are reused. All network work runs on
// the clients' threads; results come back on this object's thread.
class SampleDataLoader : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kOrdersTopic = "orders";
    static constexpr const char* kProfilesTopic = "user-profiles";
    static constexpr const char* kPageViewsTopic = "page-views";
    static constexpr const char* kConsumerGroup = "order-processor";

    // Records per second; the consumer reads fewer orders than are made.
    struct Rates {
        int orders = 4;
        int profiles = 1;
        int pageViews = 6;
        int ordersConsumed = 2;
    };

    explicit SampleDataLoader(QObject* parent = nullptr);
    ~SampleDataLoader() override;

    void setRates(const Rates& rates) { m_rates = rates; }
    Rates rates() const { return m_rates; }
    bool isRunning() const { return m_state == State::Running; }

    qint64 ordersProduced() const { return m_orders; }
    qint64 profilesProduced() const { return m_profiles; }
    qint64 pageViewsProduced() const { return m_pageViews; }
    qint64 ordersConsumed() const { return m_consumed; }

public slots:
    // `bootstrapServers` as in Kafka's bootstrap.servers ("127.0.0.1:9092").
    void start(const QString& bootstrapServers);
    // Stops traffic; the consumer commits and leaves its group, then stopped() follows.
    void stop();

signals:
    void started();
    void stopped();
    void error(const QString& message);
    void progress(qint64 orders, qint64 profiles, qint64 pageViews, qint64 consumed);

private:
    enum class State { Stopped, Starting, Running, Stopping };

    void onTopicsReady(const QString& failure);
    void produceTick();
    void consumeTick();
    void fail(const QString& message);
    void finishStop();
    // Runs `fn` on this object's thread if the run that asked is still the current one.
    template <typename Fn>
    void deliver(quint64 run, Fn fn);

    Rates m_rates;
    State m_state = State::Stopped;
    quint64 m_run = 0; // bumped per start, so answers of an earlier run are ignored
    QString m_bootstrap;
    std::unique_ptr<client::AdminClient> m_client;
    std::unique_ptr<client::GroupConsumer> m_consumer;
    SampleRecords m_records;
    QTimer m_produceTimer;
    QTimer m_consumeTimer;
    qint64 m_ticks = 0; // produce ticks since start
    qint64 m_ordersAsked = 0;
    qint64 m_profilesAsked = 0;
    qint64 m_viewsAsked = 0;
    int m_producesInFlight = 0;
    bool m_pollInFlight = false;
    qint64 m_orders = 0;
    qint64 m_profiles = 0;
    qint64 m_pageViews = 0;
    qint64 m_consumed = 0;
};

} // namespace samsa::app
