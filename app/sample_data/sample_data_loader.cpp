#include "app/sample_data/sample_data_loader.h"

#include <QMetaObject>
#include <algorithm>
#include <chrono>

#include "client/admin_client.h"
#include "client/group_consumer.h"

namespace samsa::app {

namespace {

constexpr int kProduceIntervalMs = 250;
constexpr int kConsumeIntervalMs = 1000;

std::vector<client::NewTopic> sampleTopics() {
    client::NewTopic orders{SampleDataLoader::kOrdersTopic, 6, -1, {}, {}};
    client::NewTopic profiles{SampleDataLoader::kProfilesTopic, 3, -1, {}, {{"cleanup.policy", "compact"}}};
    // Small segments so the cleaner has closed segments to compact while the app runs.
    profiles.configs["segment.bytes"] = "1048576";
    client::NewTopic views{SampleDataLoader::kPageViewsTopic, 3, -1, {}, {}};
    return {orders, profiles, views};
}

QString describe(const client::ClientError& e) { return QString::fromStdString(e.toString()); }

} // namespace

SampleDataLoader::SampleDataLoader(QObject* parent) : QObject(parent) {
    m_produceTimer.setInterval(kProduceIntervalMs);
    m_consumeTimer.setInterval(kConsumeIntervalMs);
    connect(&m_produceTimer, &QTimer::timeout, this, &SampleDataLoader::produceTick);
    connect(&m_consumeTimer, &QTimer::timeout, this, &SampleDataLoader::consumeTick);
}

SampleDataLoader::~SampleDataLoader() {
    // The clients' threads must be gone before this object is: their callbacks post here.
    m_consumer.reset();
    m_client.reset();
}

template <typename Fn>
void SampleDataLoader::deliver(quint64 run, Fn fn) {
    QMetaObject::invokeMethod(
        this,
        [this, run, fn = std::move(fn)]() mutable {
            if (run == m_run) fn();
        },
        Qt::QueuedConnection);
}

void SampleDataLoader::start(const QString& bootstrapServers) {
    if (m_state != State::Stopped) return;
    auto servers = client::parseBootstrapServers(bootstrapServers.toStdString());
    if (!servers) {
        emit error(tr("Cannot load sample data: %1").arg(describe(servers.error())));
        return;
    }
    client::ClientConfig config;
    config.bootstrapServers = *servers;
    config.clientId = "samsa-sample-data";
    // A cluster that does not answer is reported within seconds, not after a minute.
    config.defaultApiTimeout = std::chrono::seconds(15);
    auto created = client::AdminClient::create(config);
    if (!created) {
        emit error(tr("Cannot load sample data: %1").arg(describe(created.error())));
        return;
    }
    m_client = std::move(*created);
    m_bootstrap = bootstrapServers;
    m_ticks = m_ordersAsked = m_profilesAsked = m_viewsAsked = 0;
    m_orders = m_profiles = m_pageViews = m_consumed = 0;
    m_state = State::Starting;
    const quint64 run = ++m_run;
    m_client->createTopics(sampleTopics(), {}, {}, [this, run](const auto& result) {
        QString failure;
        if (!result) {
            failure = describe(result.error());
        } else {
            for (const auto& t : *result)
                // Topics left from an earlier run are what we want.
                if (t.error && t.error->code != ErrorCode::TopicAlreadyExists) {
                    failure = describe(*t.error);
                    break;
                }
        }
        deliver(run, [this, failure] { onTopicsReady(failure); });
    });
}

void SampleDataLoader::onTopicsReady(const QString& failure) {
    if (!failure.isEmpty()) {
        fail(tr("Cannot create the sample topics: %1").arg(failure));
        return;
    }
    client::ClientConfig config = m_client->config();
    config.clientId = kConsumerGroup;
    client::GroupConsumerConfig group;
    group.groupId = kConsumerGroup;
    group.topics = {kOrdersTopic};
    group.resetToEarliest = true;
    auto consumer = client::GroupConsumer::create(config, group);
    if (!consumer) {
        fail(tr("Cannot start the sample consumer group: %1").arg(describe(consumer.error())));
        return;
    }
    m_consumer = std::move(*consumer);
    m_state = State::Running;
    m_produceTimer.start();
    m_consumeTimer.start();
    emit started();
    produceTick();
}

void SampleDataLoader::produceTick() {
    if (m_state != State::Running || m_producesInFlight > 0) return; // the cluster is behind: skip a beat
    const quint64 run = m_run;
    // Whole records per tick, spread so the per-second rates hold on average.
    auto due = [](int perSecond, qint64 done, qint64 elapsedTicks) {
        const qint64 target = perSecond * elapsedTicks * kProduceIntervalMs / 1000;
        return static_cast<int>(std::max<qint64>(0, target - done));
    };
    static_assert(1000 % kProduceIntervalMs == 0);
    ++m_ticks;
    struct Batch {
        const char* topic;
        std::vector<client::ProducerRecord> records;
        qint64* counter;
    };
    std::vector<Batch> batches;
    const int orders = due(m_rates.orders, m_ordersAsked, m_ticks);
    const int profiles = due(m_rates.profiles, m_profilesAsked, m_ticks);
    const int views = due(m_rates.pageViews, m_viewsAsked, m_ticks);
    m_ordersAsked += orders;
    m_profilesAsked += profiles;
    m_viewsAsked += views;
    Batch o{kOrdersTopic, {}, &m_orders}, p{kProfilesTopic, {}, &m_profiles}, v{kPageViewsTopic, {}, &m_pageViews};
    for (int i = 0; i < orders; ++i) o.records.push_back(m_records.nextOrder());
    for (int i = 0; i < profiles; ++i) p.records.push_back(m_records.nextProfile());
    for (int i = 0; i < views; ++i) v.records.push_back(m_records.nextPageView());
    for (auto* b : {&o, &p, &v}) {
        if (b->records.empty()) continue;
        ++m_producesInFlight;
        qint64* counter = b->counter;
        m_client->produce(b->topic, std::move(b->records), {}, {}, [this, run, counter](const auto& result) {
            qint64 ok = 0;
            QString failure;
            if (!result) {
                failure = describe(result.error());
            } else {
                for (const auto& r : *result) {
                    if (!r.error)
                        ++ok;
                    else if (failure.isEmpty())
                        failure = describe(*r.error);
                }
            }
            deliver(run, [this, counter, ok, failure] {
                --m_producesInFlight;
                *counter += ok;
                // A hiccup (a leader moving, a slow disk) is reported; traffic goes on.
                if (!failure.isEmpty()) emit error(tr("Producing sample data failed: %1").arg(failure));
                emit progress(m_orders, m_profiles, m_pageViews, m_consumed);
            });
        });
    }
}

void SampleDataLoader::consumeTick() {
    if (m_state != State::Running || m_pollInFlight || !m_consumer) return;
    m_pollInFlight = true;
    const quint64 run = m_run;
    const auto maxRecords = static_cast<size_t>(std::max(1, m_rates.ordersConsumed));
    m_consumer->poll(std::chrono::milliseconds(200), maxRecords, [this, run](const auto& result) {
        const qint64 n = result ? static_cast<qint64>(result->size()) : 0;
        deliver(run, [this, n] {
            m_pollInFlight = false;
            if (n == 0 || !m_consumer) return;
            m_consumed += n;
            // Commit what was processed; a commit refused during a rebalance is retried
            // by the next one.
            m_consumer->commit();
            emit progress(m_orders, m_profiles, m_pageViews, m_consumed);
        });
    });
}

void SampleDataLoader::fail(const QString& message) {
    emit error(message);
    stop();
}

void SampleDataLoader::stop() {
    if (m_state == State::Stopped || m_state == State::Stopping) return;
    m_state = State::Stopping;
    m_produceTimer.stop();
    m_consumeTimer.stop();
    const quint64 run = ++m_run;
    if (!m_consumer) {
        finishStop();
        return;
    }
    m_consumer->close({}, [this, run](const auto&) { deliver(run, [this] { finishStop(); }); });
}

void SampleDataLoader::finishStop() {
    m_consumer.reset();
    m_client.reset();
    m_producesInFlight = 0;
    m_pollInFlight = false;
    m_state = State::Stopped;
    emit stopped();
}

} // namespace samsa::app
