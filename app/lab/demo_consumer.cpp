#include "app/lab/demo_consumer.h"

#include "client/client_config.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <cstring>

namespace samsa::lab {

namespace {

// Sleeps in short slices so a close or a kill is obeyed even mid-"processing".
template <typename Stop>
void sleepFor(int ms, const Stop& stop) {
    using namespace std::chrono;
    const auto until = steady_clock::now() + milliseconds(ms);
    while (!stop() && steady_clock::now() < until)
        std::this_thread::sleep_for(std::min<steady_clock::duration>(milliseconds(50), until - steady_clock::now()));
}

QList<monitor::PartitionKey> toKeys(const rd_kafka_topic_partition_list_t* list) {
    QList<monitor::PartitionKey> keys;
    for (int i = 0; list && i < list->cnt; ++i)
        keys.append(monitor::PartitionKey{QString::fromUtf8(list->elems[i].topic), list->elems[i].partition});
    return keys;
}

} // namespace

QString assignorName(Assignor assignor) {
    switch (assignor) {
    case Assignor::Range:
        return QStringLiteral("range");
    case Assignor::RoundRobin:
        return QStringLiteral("roundrobin");
    case Assignor::CooperativeSticky:
        return QStringLiteral("cooperative-sticky");
    }
    return QStringLiteral("range");
}

std::vector<std::pair<QString, QString>> connectionSettings(const client::ClientConfig& config) {
    std::vector<std::pair<QString, QString>> out;
    const auto add = [&](const char* key, const std::string& value) {
        if (!value.empty()) out.emplace_back(QString::fromLatin1(key), QString::fromStdString(value));
    };
    switch (config.securityProtocol) {
    case client::SecurityProtocol::Plaintext:
        return out;
    case client::SecurityProtocol::Ssl:
        add("security.protocol", "ssl");
        break;
    case client::SecurityProtocol::SaslPlaintext:
        add("security.protocol", "sasl_plaintext");
        break;
    case client::SecurityProtocol::SaslSsl:
        add("security.protocol", "sasl_ssl");
        break;
    }
    if (config.usesSasl()) {
        add("sasl.mechanism", std::string(client::saslMechanismName(config.sasl.mechanism)));
        add("sasl.username", config.sasl.username);
        add("sasl.password", config.sasl.password);
    }
    if (config.usesTls()) {
        add("ssl.ca.location", config.tls.caFile);
        add("ssl.certificate.location", config.tls.certFile);
        add("ssl.key.location", config.tls.keyFile);
        add("ssl.key.password", config.tls.keyPassword);
        if (!config.tls.verifyHostname) add("ssl.endpoint.identification.algorithm", "none");
    }
    return out;
}

// librdkafka calls back with a plain pointer; this reaches the consumer's privates.
struct DemoConsumerCallbacks {
    static void rebalance(rd_kafka_t* rk, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t* partitions,
                          void* opaque) {
        auto* self = static_cast<DemoConsumer*>(opaque);
        const bool cooperative = std::strcmp(rd_kafka_rebalance_protocol(rk), "COOPERATIVE") == 0;
        const QList<monitor::PartitionKey> keys = toKeys(partitions);
        if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
            if (cooperative) {
                if (rd_kafka_error_t* e = rd_kafka_incremental_assign(rk, partitions)) rd_kafka_error_destroy(e);
            } else {
                rd_kafka_assign(rk, partitions);
            }
            std::lock_guard lock(self->m_mutex);
            if (!cooperative) self->m_status.assignment.clear();
            for (const auto& k : keys)
                if (!self->m_status.assignment.contains(k)) self->m_status.assignment.append(k);
            std::sort(self->m_status.assignment.begin(), self->m_status.assignment.end());
            ++self->m_status.rebalances;
        } else {
            if (cooperative) {
                if (rd_kafka_error_t* e = rd_kafka_incremental_unassign(rk, partitions)) rd_kafka_error_destroy(e);
            } else {
                rd_kafka_assign(rk, nullptr);
            }
            std::lock_guard lock(self->m_mutex);
            if (!cooperative)
                self->m_status.assignment.clear();
            else
                for (const auto& k : keys)
                    self->m_status.assignment.removeAll(k);
        }
        if (char* id = rd_kafka_memberid(rk)) {
            std::lock_guard lock(self->m_mutex);
            self->m_status.memberId = QString::fromUtf8(id);
            rd_kafka_mem_free(rk, id);
        }
    }
};

DemoConsumer::DemoConsumer(ConsumerSettings settings) : m_settings(std::move(settings)) {}

DemoConsumer::~DemoConsumer() {
    if (m_thread.joinable()) {
        if (!m_killRequested) m_closeRequested = true;
        m_thread.join();
    }
}

void DemoConsumer::start() {
    if (m_thread.joinable()) return;
    m_thread = std::thread([this] { run(); });
}

void DemoConsumer::close() {
    m_closeRequested = true;
}

void DemoConsumer::kill() {
    m_killRequested = true;
}

ConsumerStatus DemoConsumer::status() const {
    std::lock_guard lock(m_mutex);
    return m_status;
}

void DemoConsumer::setState(ConsumerStatus::State state, const QString& error) {
    std::lock_guard lock(m_mutex);
    m_status.state = state;
    if (!error.isEmpty()) m_status.lastError = error;
}

void DemoConsumer::run() {
    char err[512] = {};
    rd_kafka_conf_t* conf = rd_kafka_conf_new();
    const auto set = [&](const char* key, const QString& value) {
        if (rd_kafka_conf_set(conf, key, value.toUtf8().constData(), err, sizeof err) != RD_KAFKA_CONF_OK)
            throw std::runtime_error(err);
    };
    try {
        set("bootstrap.servers", m_settings.bootstrapServers);
        set("group.id", m_settings.groupId);
        set("client.id", m_settings.clientId.isEmpty() ? QStringLiteral("samsa-lab") : m_settings.clientId);
        set("partition.assignment.strategy", assignorName(m_settings.assignor));
        set("session.timeout.ms", QString::number(m_settings.sessionTimeoutMs));
        set("heartbeat.interval.ms", QString::number(m_settings.heartbeatIntervalMs));
        set("max.poll.interval.ms", QString::number(m_settings.maxPollIntervalMs));
        set("auto.offset.reset", QStringLiteral("earliest"));
        set("enable.auto.commit", QStringLiteral("true"));
        set("auto.commit.interval.ms", QStringLiteral("1000"));
        set("log_level", QStringLiteral("3"));
        if (!m_settings.instanceId.isEmpty()) set("group.instance.id", m_settings.instanceId);
        for (const auto& [key, value] : m_settings.connection)
            set(key.toUtf8().constData(), value);
    } catch (const std::exception& e) {
        rd_kafka_conf_destroy(conf);
        setState(ConsumerStatus::State::Failed, QString::fromUtf8(e.what()));
        m_finished = true;
        return;
    }
    rd_kafka_conf_set_opaque(conf, this);
    rd_kafka_conf_set_rebalance_cb(conf, &DemoConsumerCallbacks::rebalance);
    rd_kafka_t* rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    if (!rk) {
        rd_kafka_conf_destroy(conf);
        setState(ConsumerStatus::State::Failed, QString::fromUtf8(err));
        m_finished = true;
        return;
    }
    rd_kafka_poll_set_consumer(rk);
    rd_kafka_topic_partition_list_t* topics = rd_kafka_topic_partition_list_new(int(m_settings.topics.size()));
    for (const QString& t : m_settings.topics)
        rd_kafka_topic_partition_list_add(topics, t.toUtf8().constData(), RD_KAFKA_PARTITION_UA);
    const rd_kafka_resp_err_t subscribed = rd_kafka_subscribe(rk, topics);
    rd_kafka_topic_partition_list_destroy(topics);
    if (subscribed != RD_KAFKA_RESP_ERR_NO_ERROR) {
        setState(ConsumerStatus::State::Failed, QString::fromUtf8(rd_kafka_err2str(subscribed)));
        rd_kafka_destroy(rk);
        m_finished = true;
        return;
    }
    setState(ConsumerStatus::State::Running);
    const auto stopping = [this] { return m_closeRequested.load() || m_killRequested.load(); };
    while (!stopping()) {
        rd_kafka_message_t* message = rd_kafka_consumer_poll(rk, 100);
        if (!message) continue;
        if (message->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
            {
                std::lock_guard lock(m_mutex);
                ++m_status.consumed;
            }
            rd_kafka_message_destroy(message);
            if (m_settings.processingDelayMs > 0) sleepFor(m_settings.processingDelayMs, stopping);
            continue;
        }
        if (message->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            const QString error = QString::fromUtf8(rd_kafka_message_errstr(message));
            std::lock_guard lock(m_mutex);
            m_status.lastError = error;
        }
        rd_kafka_message_destroy(message);
    }
    if (m_killRequested) {
        // No consumer close: no final commit and no LeaveGroup. The coordinator keeps the
        // member until its session times out, as it would after a crash.
        rd_kafka_destroy_flags(rk, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
        setState(ConsumerStatus::State::Killed);
    } else {
        setState(ConsumerStatus::State::Closing);
        rd_kafka_consumer_close(rk);
        rd_kafka_destroy(rk);
        setState(ConsumerStatus::State::Closed);
    }
    {
        std::lock_guard lock(m_mutex);
        m_status.assignment.clear();
    }
    m_finished = true;
}

} // namespace samsa::lab
