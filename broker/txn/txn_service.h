#pragma once

#include <asio.hpp>
#include <filesystem>
#include <memory>
#include <optional>

#include "cluster/controller.h"
#include "cluster/metadata_store.h"
#include "cluster/partition_manager.h"
#include "common/config/broker_config.h"
#include "txn/partition_marker_writer.h"
#include "txn/partition_transaction_log.h"
#include "txn/producer_id_manager.h"
#include "txn/transaction_coordinator.h"

namespace samsa::txn {

// The transaction coordinator as a broker runs it: on __transaction_state, on the wall
// clock, with one timer on the event loop that wakes it at its next deadline.
class TxnService {
public:
    TxnService(asio::any_io_executor executor, const config::BrokerConfig& config, TxnConfig txnConfig,
               const std::filesystem::path& metadataDir, cluster::Controller& controller,
               cluster::MetadataStore& metadata, cluster::PartitionManager& partitions,
               PartitionMarkerWriter::OffsetsCompletion onOffsetsMarker);
    ~TxnService();

    // Loads the producer id allocator and the transactions of __transaction_state.
    // Throws StorageError if the allocator's file cannot be read.
    void start();
    void stop();

    TransactionCoordinator& coordinator() { return *m_coordinator; }
    TxnMarkerWriter& markers() { return *m_markers; }

private:
    void arm(int64_t deadlineMs);
    void onTimer();

    asio::steady_timer m_timer;
    std::optional<int64_t> m_armedFor;
    ProducerIdManager m_ids;
    std::unique_ptr<PartitionTransactionLog> m_log;
    std::unique_ptr<PartitionMarkerWriter> m_markers;
    std::unique_ptr<TransactionCoordinator> m_coordinator;
    bool m_running = false;
};

} // namespace samsa::txn
