#pragma once

// A group coordinator on a fake clock over an in-memory __consumer_offsets, and helpers
// that speak for its members the way a consumer client would.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "group/group_coordinator.h"

namespace grouptest {

using namespace samsa;
using namespace samsa::group;

// __consumer_offsets as a list of records per partition, each at its own offset, with
// transaction markers among them. Appends can be made to fail, to check what the
// coordinator answers when its log is unavailable.
class MemoryGroupLog : public GroupLog {
public:
    explicit MemoryGroupLog(int32_t partitions) : m_count(partitions) {}

    int32_t partitionCount() const override { return m_created ? m_count : 0; }
    void create() override {
        m_created = true;
        m_entries.resize(static_cast<size_t>(m_count));
    }
    std::vector<int32_t> ledPartitions() const override;
    LogAppendResult append(int32_t partition, std::span<const LogRecord> records,
                           const std::optional<TxnProducer>& txn) override;
    void replay(int32_t partition, const ReplayVisitor& visit) override;

    // What the transaction coordinator's marker writes to the partition.
    void writeMarker(int32_t partition, int64_t producerId, bool committed);

    // Every record written so far, in order, across partitions.
    const std::vector<LogRecord>& all() const { return m_all; }
    ErrorCode failAppends = ErrorCode::None;

private:
    struct Entry {
        int64_t offset = 0;
        std::optional<LogRecord> record;      // a record, or
        std::optional<int64_t> txnProducer;   // (its transaction's producer)
        std::optional<std::pair<int64_t, bool>> marker; // a marker: producer, committed
    };
    int32_t m_count;
    bool m_created = false;
    std::vector<std::vector<Entry>> m_entries;
    std::vector<LogRecord> m_all;
};

// A consumer-protocol subscription (version 0) as members send it in JoinGroup.
Bytes subscription(const std::vector<std::string>& topics);
Bytes assignment(const std::string& topic, const std::vector<int32_t>& partitions);

struct Harness {
    explicit Harness(GroupConfig config = defaultConfig());

    static GroupConfig defaultConfig();
    // A coordinator over the same log, as after a broker restart.
    void restart();
    void advance(int64_t ms) {
        now += ms;
        coordinator->poll();
    }

    // A JoinGroup; the result is there once the coordinator answered.
    struct PendingJoin {
        std::shared_ptr<std::optional<JoinResult>> result = std::make_shared<std::optional<JoinResult>>();
        bool done() const { return result->has_value(); }
        const JoinResult& get() const { return **result; }
    };
    PendingJoin join(const std::string& memberId, const std::string& group = "g", JoinRequest overrides = {});
    // KIP-394 in full: join without an id, then again with the id the coordinator handed out.
    PendingJoin joinNew(const std::string& clientId, const std::string& group = "g");

    struct PendingSync {
        std::shared_ptr<std::optional<SyncResult>> result = std::make_shared<std::optional<SyncResult>>();
        bool done() const { return result->has_value(); }
        const SyncResult& get() const { return **result; }
    };
    PendingSync sync(const std::string& memberId, int32_t generation,
                     std::vector<std::pair<std::string, Bytes>> assignments = {}, const std::string& group = "g",
                     std::optional<std::string> instanceId = std::nullopt);

    int64_t now = 1'000'000;
    GroupConfig config;
    std::unique_ptr<MemoryGroupLog> log;
    std::unique_ptr<GroupCoordinator> coordinator;
};

// Defaults every join uses unless overridden: the consumer protocol, topic "t".
inline constexpr int32_t kSessionTimeoutMs = 10000;
inline constexpr int32_t kRebalanceTimeoutMs = 30000;

} // namespace grouptest
