#include "txn/txn_service.h"

#include <chrono>

#include "common/log.h"
#include "storage/log_config.h"

namespace samsa::txn {

TxnService::TxnService(asio::any_io_executor executor, const config::BrokerConfig& config, TxnConfig txnConfig,
                       const std::filesystem::path& metadataDir, cluster::Controller& controller,
                       cluster::MetadataStore& metadata, cluster::PartitionManager& partitions,
                       PartitionMarkerWriter::OffsetsCompletion onOffsetsMarker)
    : m_timer(executor),
      m_ids(metadataDir / ProducerIdManager::kFileName),
      m_log(std::make_unique<PartitionTransactionLog>(config, controller, metadata, partitions, &storage::systemClockMs)),
      m_markers(std::make_unique<PartitionMarkerWriter>(partitions, &storage::systemClockMs, std::move(onOffsetsMarker))),
      m_coordinator(std::make_unique<TransactionCoordinator>(txnConfig, *m_log, *m_markers, m_ids,
                                                             &storage::systemClockMs)) {}

TxnService::~TxnService() { stop(); }

void TxnService::start() {
    if (m_running) return;
    m_ids.load();
    m_running = true;
    m_coordinator->setDeadlineListener([this](int64_t deadline) { arm(deadline); });
    m_coordinator->load();
    if (auto next = m_coordinator->nextDeadlineMs()) arm(*next);
}

void TxnService::stop() {
    if (!m_running) return;
    m_running = false;
    m_timer.cancel();
    m_coordinator->setDeadlineListener(nullptr);
    m_coordinator->shutdown();
}

void TxnService::arm(int64_t deadlineMs) {
    // Only an earlier deadline moves the timer; a later one is found again after the
    // current one fires.
    if (!m_running || (m_armedFor && *m_armedFor <= deadlineMs)) return;
    m_armedFor = deadlineMs;
    m_timer.expires_after(std::chrono::milliseconds(std::max<int64_t>(deadlineMs - storage::systemClockMs(), 0)));
    m_timer.async_wait([this](const asio::error_code& ec) {
        if (ec || !m_running) return;
        onTimer();
    });
}

void TxnService::onTimer() {
    m_armedFor.reset();
    try {
        m_coordinator->poll();
    } catch (const std::exception& e) {
        log::error("transaction coordinator background work failed: {}", e.what());
    }
    if (auto next = m_coordinator->nextDeadlineMs()) arm(*next);
}

} // namespace samsa::txn
