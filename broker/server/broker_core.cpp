#include "server/broker_core.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "common/log.h"

namespace samsa::server {

namespace fs = std::filesystem;

namespace {

// For tests only (never set in production): holds every transaction between its
// PrepareCommit/PrepareAbort record and its markers for this many milliseconds, so a
// test can stop the broker in between and watch the restart finish the transaction.
int64_t testOnlyMarkerDelayMs() {
    const char* value = std::getenv("SAMSA_TEST_ONLY_TXN_MARKER_DELAY_MS");
    if (!value || !*value) return 0;
    try {
        const int64_t ms = std::stoll(value);
        if (ms > 0) log::warn("SAMSA_TEST_ONLY_TXN_MARKER_DELAY_MS: transaction markers wait {} ms", ms);
        return std::max<int64_t>(ms, 0);
    } catch (const std::exception&) {
        return 0;
    }
}

} // namespace

BrokerCore::BrokerCore(asio::any_io_executor executor, config::BrokerConfig config)
    : m_executor(executor),
      m_config(std::move(config)),
      m_retentionTimer(executor),
      m_flushTimer(executor),
      m_producerExpiryTimer(executor) {}

BrokerCore::~BrokerCore() { stop(); }

int64_t BrokerCore::nowMs() const {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string BrokerCore::advertisedHost() const {
    const auto& adv = m_config.advertisedListeners();
    if (!adv.empty() && !adv.front().host.empty()) return adv.front().host;
    return "127.0.0.1";
}

uint16_t BrokerCore::advertisedPort() const {
    const auto& adv = m_config.advertisedListeners();
    // Port 0 in the config means "any free port": advertise the one actually bound.
    if (!adv.empty() && adv.front().port != 0) return adv.front().port;
    return m_boundPort;
}

void BrokerCore::loadOrCreateClusterId() {
    // Kafka keeps cluster.id and node.id in meta.properties in every log dir.
    const fs::path meta = fs::path(m_config.logDirs().front()) / "meta.properties";
    std::ifstream in(meta);
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("cluster.id=", 0) == 0) m_clusterId = line.substr(11);
    if (!m_clusterId.empty()) return;
    m_clusterId = protocol::Uuid::random().toBase64();
    std::ofstream out(meta);
    out << "#\n# Written by samsa-broker\nversion=1\ncluster.id=" << m_clusterId << "\nnode.id=" << nodeId() << "\n";
}

void BrokerCore::start() {
    if (m_started) return;
    std::vector<fs::path> dirs;
    for (const auto& d : m_config.logDirs()) {
        fs::create_directories(d);
        dirs.emplace_back(d);
    }
    storage::LogManager::Options options;
    options.logDirs = dirs;
    options.defaultConfig = cluster::toLogConfig(config::TopicConfig::fromBroker(m_config));
    options.cleaner.dedupeBufferBytes = static_cast<size_t>(m_config.logCleanerDedupeBufferSize());
    m_logs = std::make_unique<storage::LogManager>(options);
    const auto summary = m_logs->load();
    log::info("loaded {} partition log(s) ({} clean dir(s), {} segment(s) scanned, {} byte(s) truncated)",
              summary.logsLoaded, summary.cleanDirs, summary.totals.segmentsScanned, summary.totals.bytesTruncated);
    loadOrCreateClusterId();

    m_metadata = std::make_unique<cluster::MetadataStore>((dirs.front() / "__samsa_cluster_metadata").string());
    if (auto problem = m_metadata->load()) throw std::runtime_error(*problem);
    m_partitions = std::make_unique<cluster::PartitionManager>(*m_logs, m_config, nodeId());
    m_controller = std::make_unique<cluster::Controller>(m_config, *m_metadata, *m_partitions, nodeId());
    m_controller->loadAll();
    // Logs on disk that the metadata does not know belonged to topics deleted while the
    // broker was down mid-delete; they hold nothing anyone can reach.
    for (const auto& tp : m_logs->partitions())
        if (!m_partitions->get(tp)) m_logs->deleteLog(tp);
    m_groups = std::make_unique<group::GroupService>(m_executor, m_config, *m_controller, *m_metadata, *m_partitions);
    m_groups->start();
    auto txnConfig = txn::TxnConfig::fromBroker(m_config);
    txnConfig.testOnlyMarkerDelayMs = testOnlyMarkerDelayMs();
    // Offsets committed in a transaction take effect when its marker reaches their
    // __consumer_offsets partition.
    auto onOffsetsMarker = [this](int32_t partition, int64_t producerId, bool committed) {
        m_groups->coordinator().completeTransaction(partition, producerId, committed);
    };
    m_txns = std::make_unique<txn::TxnService>(m_executor, m_config, txnConfig, dirs.front(), *m_controller,
                                               *m_metadata, *m_partitions, onOffsetsMarker);
    m_txns->start();

    m_started = true;
    scheduleEvery(m_retentionTimer, m_config.logRetentionCheckIntervalMs(), &BrokerCore::runRetention);
    scheduleEvery(m_flushTimer, std::min<int64_t>(m_config.logFlushSchedulerIntervalMs(), 1000),
                  &BrokerCore::runFlush);
    scheduleEvery(m_producerExpiryTimer, m_config.producerIdExpirationCheckIntervalMs(), &BrokerCore::expireProducers);
}

void BrokerCore::stop() {
    if (!m_started) return;
    m_started = false;
    m_retentionTimer.cancel();
    m_flushTimer.cancel();
    m_producerExpiryTimer.cancel();
    // Coordinators first: stopping answers parked joins while their log is still there.
    if (m_txns) m_txns->stop();
    m_txns.reset();
    if (m_groups) m_groups->stop();
    m_groups.reset();
    // A clean stop leaves a producer snapshot at every log end: the restart replays nothing.
    if (m_partitions) {
        try {
            m_partitions->snapshotProducerState();
        } catch (const std::exception& e) {
            log::error("producer state snapshot at shutdown failed: {}", e.what());
        }
    }
    m_partitions.reset();
    if (m_logs) m_logs->close();
}

void BrokerCore::scheduleEvery(asio::steady_timer& timer, int64_t intervalMs, void (BrokerCore::*task)()) {
    timer.expires_after(std::chrono::milliseconds(std::max<int64_t>(intervalMs, 10)));
    timer.async_wait([this, &timer, intervalMs, task](const asio::error_code& ec) {
        if (ec || !m_started) return;
        try {
            (this->*task)();
        } catch (const std::exception& e) {
            log::error("background task failed: {}", e.what());
        }
        scheduleEvery(timer, intervalMs, task);
    });
}

void BrokerCore::runRetention() {
    auto summary = m_logs->runRetention(nowMs(), [this](const storage::TopicPartition& tp) {
        auto* p = m_partitions->get(tp);
        return p ? p->highWatermark() : int64_t{0};
    });
    if (summary.segmentsDeleted)
        log::info("retention deleted {} segment(s), {} byte(s)", summary.segmentsDeleted, summary.bytesDeleted);
}

void BrokerCore::expireProducers() {
    if (const size_t removed = m_partitions->removeExpiredProducers(nowMs()))
        log::info("removed {} producer id(s) idle for producer.id.expiration.ms", removed);
}

void BrokerCore::runFlush() {
    m_logs->runFlush(nowMs());
    // Compaction rides the flush tick: at most one log per tick, never past its last stable offset.
    if (m_config.logCleanerEnable())
        m_logs->runCleaner(nowMs(), [this](const storage::TopicPartition& tp) {
            auto* p = m_partitions->get(tp);
            return p ? p->lastStableOffset() : int64_t{0};
        });
}

} // namespace samsa::server
