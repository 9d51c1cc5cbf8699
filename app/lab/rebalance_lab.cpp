#include "app/lab/rebalance_lab.h"

#include "app/cluster_service.h"

#include <QDateTime>

namespace samsa::lab {

namespace {

constexpr int kStatusIntervalMs = 500;
constexpr int kProduceIntervalMs = 200;

} // namespace

RebalanceLab::RebalanceLab(app::ClusterService* service, QObject* parent)
    : QObject(parent), m_service(service) {
    m_statusTimer.setInterval(kStatusIntervalMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &RebalanceLab::refresh);
    m_produceTimer.setInterval(kProduceIntervalMs);
    connect(&m_produceTimer, &QTimer::timeout, this, &RebalanceLab::produceTick);
}

RebalanceLab::~RebalanceLab() {
    // All leave at once rather than one after another.
    for (auto& [id, consumer] : m_consumers)
        if (!consumer->finished()) consumer->close();
    m_consumers.clear();
}

DemoConsumer* RebalanceLab::find(int id) const {
    for (const auto& [i, consumer] : m_consumers)
        if (i == id) return consumer.get();
    return nullptr;
}

int RebalanceLab::addConsumer(const LabConsumerOptions& options) {
    const int id = m_nextId++;
    ConsumerSettings s;
    s.bootstrapServers = m_service->bootstrapServers();
    if (m_service->client()) s.connection = connectionSettings(m_service->client()->config());
    s.groupId = options.groupId;
    s.topics = {options.topic};
    s.clientId = QStringLiteral("lab-%1").arg(id);
    s.assignor = options.assignor;
    s.processingDelayMs = options.processingDelayMs;
    s.maxPollIntervalMs = options.maxPollIntervalMs;
    s.sessionTimeoutMs = options.sessionTimeoutMs;
    // librdkafka wants heartbeats well inside the session.
    s.heartbeatIntervalMs = std::max(100, std::min(3000, options.sessionTimeoutMs / 4));
    if (options.staticMembership) s.instanceId = QStringLiteral("lab-instance-%1").arg(id);
    auto consumer = std::make_unique<DemoConsumer>(s);
    consumer->start();
    m_consumers.emplace_back(id, std::move(consumer));
    m_statusTimer.start();
    //: A line on the rebalance timeline. %1 is the consumer's client id, %2 the assignor.
    emit noted(options.groupId, tr("Lab: %1 started (%2%3, processing %4 ms per message)")
                                    .arg(s.clientId, assignorName(s.assignor),
                                         options.staticMembership ? tr(", static member") : QString())
                                    .arg(options.processingDelayMs),
                 QStringLiteral("lab-start"), s.clientId);
    emit changed();
    return id;
}

void RebalanceLab::stopConsumer(int id) {
    DemoConsumer* c = find(id);
    if (!c || c->finished()) return;
    c->close();
    emit noted(c->settings().groupId,
               tr("Lab: %1 stopped; it commits and leaves the group").arg(c->settings().clientId),
               QStringLiteral("lab-stop"), c->settings().clientId);
    emit changed();
}

void RebalanceLab::killConsumer(int id) {
    DemoConsumer* c = find(id);
    if (!c || c->finished()) return;
    c->kill();
    emit noted(c->settings().groupId,
               tr("Lab: %1 killed without leaving; the coordinator drops it after "
                  "session.timeout.ms (%2 ms)")
                   .arg(c->settings().clientId)
                   .arg(c->settings().sessionTimeoutMs),
               QStringLiteral("lab-kill"), c->settings().clientId);
    emit changed();
}

void RebalanceLab::clearFinished() {
    std::erase_if(m_consumers, [](const auto& entry) { return entry.second->finished(); });
    emit changed();
}

QList<RebalanceLab::Entry> RebalanceLab::consumers() const {
    QList<Entry> out;
    for (const auto& [id, c] : m_consumers)
        out.append(Entry{id, c->settings().clientId, c->settings(), c->status()});
    return out;
}

int RebalanceLab::runningCount() const {
    int n = 0;
    for (const auto& [id, c] : m_consumers)
        n += c->finished() ? 0 : 1;
    return n;
}

void RebalanceLab::refresh() {
    // Only tell listeners when something they show has changed.
    QString signature;
    for (const auto& [id, c] : m_consumers) {
        const ConsumerStatus s = c->status();
        signature += QStringLiteral("%1:%2:%3:%4:%5;")
                         .arg(id)
                         .arg(int(s.state))
                         .arg(s.consumed)
                         .arg(s.assignment.size())
                         .arg(s.lastError);
    }
    if (signature != m_lastSignature) {
        m_lastSignature = signature;
        emit changed();
    }
    if (runningCount() == 0 && !m_produceTimer.isActive()) m_statusTimer.stop();
}

void RebalanceLab::ensureTopic(const QString& topic, int partitions, std::function<void(const QString&)> done) {
    client::NewTopic t;
    t.name = topic.toStdString();
    t.numPartitions = partitions;
    using Results = std::vector<client::CreateTopicResult>;
    m_service->call<Results>(
        this, [t](client::AdminClient& c, client::Callback<Results> cb) { c.createTopics({t}, {}, {}, cb); },
        [done](const client::Result<Results>& r) {
            if (!r) return done(app::describeError(r.error()));
            if (!r->empty() && r->front().error && r->front().error->code != ErrorCode::TopicAlreadyExists)
                return done(app::describeError(*r->front().error));
            done(QString());
        });
}

void RebalanceLab::setProducing(const QString& topic, int perSecond) {
    m_produceTopic = topic;
    m_perTick = std::max(1, perSecond * kProduceIntervalMs / 1000);
    m_produceTimer.start();
    m_statusTimer.start();
}

void RebalanceLab::stopProducing() {
    m_produceTimer.stop();
}

void RebalanceLab::produceTick() {
    if (m_produceInFlight) return; // the cluster is slower than the rate: skip a tick
    std::vector<client::ProducerRecord> records;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < m_perTick; ++i) {
        client::ProducerRecord r;
        const std::string value = "lab message " + std::to_string(m_produced + i);
        r.value = client::Bytes(value.begin(), value.end());
        r.timestampMs = now;
        records.push_back(std::move(r));
    }
    client::ProduceOptions options;
    options.partitioner = client::Partitioner::RoundRobin;
    options.acks = client::Acks::Leader;
    m_produceInFlight = true;
    using Results = std::vector<client::ProducedRecord>;
    m_service->call<Results>(
        this,
        [topic = m_produceTopic.toStdString(), records, options](client::AdminClient& c,
                                                                 client::Callback<Results> cb) {
            c.produce(topic, records, options, {}, cb);
        },
        [this](const client::Result<Results>& r) {
            m_produceInFlight = false;
            if (!r) {
                m_produceTimer.stop();
                emit failed(tr("The lab producer stopped: %1").arg(app::describeError(r.error())));
                return;
            }
            for (const auto& p : *r)
                m_produced += p.error ? 0 : 1;
        });
}

} // namespace samsa::lab
