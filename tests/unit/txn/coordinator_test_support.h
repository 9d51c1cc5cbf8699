#pragma once

// The transaction coordinator on a fake clock, over an in-memory __transaction_state and
// a marker writer that records what it was asked to write.

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <QTemporaryDir>

#include "txn/transaction_coordinator.h"

namespace coordinator_test {

using namespace samsa;
using namespace samsa::txn;

class MemoryTransactionLog : public TransactionLog {
public:
    explicit MemoryTransactionLog(int32_t partitions) : m_count(partitions) {}

    int32_t partitionCount() const override { return m_created ? m_count : 0; }
    void create() override {
        m_created = true;
        m_records.resize(static_cast<size_t>(m_count));
    }
    std::vector<int32_t> ledPartitions() const override {
        std::vector<int32_t> out;
        for (int32_t p = 0; p < partitionCount(); ++p) out.push_back(p);
        return out;
    }
    int32_t coordinatorEpoch(int32_t) const override { return epoch; }
    ErrorCode append(int32_t partition, const protocol::Bytes& key, const std::optional<protocol::Bytes>& value) override {
        if (failAppends != ErrorCode::None) return failAppends;
        m_records.at(static_cast<size_t>(partition)).push_back({key, value});
        ++appends;
        return ErrorCode::None;
    }
    void replay(int32_t partition, const TransactionRecordVisitor& visit) override {
        for (const auto& [key, value] : m_records.at(static_cast<size_t>(partition))) {
            std::optional<std::span<const uint8_t>> v;
            if (value) v = std::span<const uint8_t>(*value);
            visit(key, v);
        }
    }

    ErrorCode failAppends = ErrorCode::None;
    int32_t epoch = 7;
    size_t appends = 0;

private:
    int32_t m_count;
    bool m_created = false;
    std::vector<std::vector<std::pair<protocol::Bytes, std::optional<protocol::Bytes>>>> m_records;
};

struct WrittenMarker {
    storage::TopicPartition tp;
    cluster::TxnMarkerSpec marker;
};

class RecordingMarkerWriter : public TxnMarkerWriter {
public:
    ErrorCode writeMarker(const storage::TopicPartition& tp, const cluster::TxnMarkerSpec& marker) override {
        if (auto it = failFor.find(tp); it != failFor.end()) return it->second;
        written.push_back({tp, marker});
        return ErrorCode::None;
    }
    std::vector<WrittenMarker> written;
    std::map<storage::TopicPartition, ErrorCode> failFor;
};

struct Harness {
    explicit Harness(TxnConfig c = defaultConfig()) : config(c), log(c.stateLogNumPartitions) {
        ids = std::make_unique<ProducerIdManager>(std::filesystem::path(dir.path().toStdString()) / "ids");
        ids->load();
        restart();
    }

    static TxnConfig defaultConfig() {
        TxnConfig c;
        c.stateLogNumPartitions = 3;
        c.transactionMaxTimeoutMs = 60000;
        return c;
    }

    // A coordinator over the same log, as after a broker restart.
    void restart() {
        coordinator.reset();
        coordinator = std::make_unique<TransactionCoordinator>(config, log, markers, *ids, [this] { return now; });
        coordinator->load();
    }
    void advance(int64_t ms) {
        now += ms;
        coordinator->poll();
    }

    InitProducerIdResult init(const std::string& id, int32_t timeoutMs = 10000,
                              std::optional<ProducerIdAndEpoch> expected = std::nullopt) {
        return coordinator->initProducerId(id, timeoutMs, expected);
    }

    QTemporaryDir dir;
    int64_t now = 1'000'000;
    TxnConfig config;
    MemoryTransactionLog log;
    RecordingMarkerWriter markers;
    std::unique_ptr<ProducerIdManager> ids;
    std::unique_ptr<TransactionCoordinator> coordinator;
};

} // namespace coordinator_test
