#include "group_workloads.h"

#include <librdkafka/rdkafka.h>

#include <chrono>
#include <memory>
#include <set>
#include <stdexcept>
#include <vector>

#include "rdkafka_handle.h"

namespace samsa::bench {

namespace {

using Clock = std::chrono::steady_clock;

struct PartitionList {
    rd_kafka_topic_partition_list_t* list;
    explicit PartitionList(int size) : list(rd_kafka_topic_partition_list_new(size)) {}
    ~PartitionList() { rd_kafka_topic_partition_list_destroy(list); }
    PartitionList(const PartitionList&) = delete;
    PartitionList& operator=(const PartitionList&) = delete;
};

// A group member that applies each assignment as it comes (eager protocol) and keeps
// what it holds, for the polling loop to judge.
class Member {
public:
    Member(const std::string& bootstrap, const std::string& groupId, const Settings& extra = {}) {
        Settings settings = {{"group.id", groupId},
                             {"enable.auto.commit", "false"},
                             {"auto.offset.reset", "earliest"},
                             {"heartbeat.interval.ms", std::to_string(kMemberHeartbeatMs)},
                             {"session.timeout.ms", std::to_string(kMemberSessionTimeoutMs)}};
        settings.insert(settings.end(), extra.begin(), extra.end());
        m_rk = makeClient(RD_KAFKA_CONSUMER, bootstrap, settings, this, [](rd_kafka_conf_t* conf) {
            rd_kafka_conf_set_rebalance_cb(conf, &Member::onRebalance);
            rd_kafka_conf_set_offset_commit_cb(conf, &Member::onCommit);
        });
        rd_kafka_poll_set_consumer(m_rk.get());
    }
    ~Member() {
        if (m_rk) rd_kafka_consumer_close(m_rk.get());
    }
    Member(const Member&) = delete;
    Member& operator=(const Member&) = delete;

    rd_kafka_t* handle() const { return m_rk.get(); }
    const std::set<int32_t>& owned() const { return m_owned; }
    Clock::time_point lastChange() const { return m_lastChange; }
    int64_t commitsAnswered() const { return m_commitsAnswered; }

    void subscribe(const std::string& topic) {
        PartitionList topics(1);
        rd_kafka_topic_partition_list_add(topics.list, topic.c_str(), RD_KAFKA_PARTITION_UA);
        if (auto e = rd_kafka_subscribe(m_rk.get(), topics.list); e != RD_KAFKA_RESP_ERR_NO_ERROR)
            throw std::runtime_error(std::string("subscribe: ") + rd_kafka_err2str(e));
    }

    void poll(int timeoutMs) {
        if (rd_kafka_message_t* m = rd_kafka_consumer_poll(m_rk.get(), timeoutMs)) {
            // Errors such as "end of partition" are expected; a fatal one is not.
            if (m->err == RD_KAFKA_RESP_ERR__FATAL)
                throw std::runtime_error(std::string("consumer: ") + rd_kafka_message_errstr(m));
            rd_kafka_message_destroy(m);
        }
        if (m_commitError != RD_KAFKA_RESP_ERR_NO_ERROR)
            throw std::runtime_error(std::string("offset commit: ") + rd_kafka_err2str(m_commitError));
    }

private:
    static void onRebalance(rd_kafka_t* rk, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t* partitions,
                            void* opaque) {
        auto* self = static_cast<Member*>(opaque);
        self->m_owned.clear();
        if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
            for (int i = 0; i < partitions->cnt; ++i) self->m_owned.insert(partitions->elems[i].partition);
            rd_kafka_assign(rk, partitions);
        } else {
            rd_kafka_assign(rk, nullptr);
        }
        self->m_lastChange = Clock::now();
    }

    static void onCommit(rd_kafka_t*, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t* offsets,
                         void* opaque) {
        auto* self = static_cast<Member*>(opaque);
        ++self->m_commitsAnswered;
        if (err == RD_KAFKA_RESP_ERR_NO_ERROR && offsets)
            for (int i = 0; i < offsets->cnt; ++i)
                if (offsets->elems[i].err != RD_KAFKA_RESP_ERR_NO_ERROR) err = offsets->elems[i].err;
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR && self->m_commitError == RD_KAFKA_RESP_ERR_NO_ERROR)
            self->m_commitError = err;
    }

    KafkaHandle m_rk;
    std::set<int32_t> m_owned;
    Clock::time_point m_lastChange{};
    int64_t m_commitsAnswered = 0;
    rd_kafka_resp_err_t m_commitError = RD_KAFKA_RESP_ERR_NO_ERROR;
};

constexpr auto kGroupDeadline = std::chrono::seconds(60);

bool splitAmongAll(const std::vector<std::unique_ptr<Member>>& members, int partitions) {
    std::set<int32_t> all;
    size_t total = 0;
    for (const auto& m : members) {
        if (m->owned().empty()) return false;
        total += m->owned().size();
        all.insert(m->owned().begin(), m->owned().end());
    }
    return total == all.size() && all.size() == static_cast<size_t>(partitions);
}

} // namespace

int64_t groupFormationNs(const std::string& bootstrap, const std::string& topic, int partitions, int members,
                         const std::string& groupId) {
    std::vector<std::unique_ptr<Member>> group;
    for (int i = 0; i < members; ++i) group.push_back(std::make_unique<Member>(bootstrap, groupId));
    const auto started = Clock::now();
    for (auto& m : group) m->subscribe(topic);
    while (!splitAmongAll(group, partitions)) {
        if (Clock::now() - started > kGroupDeadline)
            throw std::runtime_error("the group did not share the partitions within 60 s");
        for (auto& m : group) m->poll(2);
    }
    auto formed = started;
    for (const auto& m : group) formed = std::max(formed, m->lastChange());
    return std::chrono::duration_cast<std::chrono::nanoseconds>(formed - started).count();
}

CommitResult offsetCommitRate(const std::string& bootstrap, const std::string& topic, int partitionsPerCommit,
                              const std::string& groupId, int64_t count, CommitMode mode, int window) {
    Member member(bootstrap, groupId);
    member.subscribe(topic);
    const auto deadline = Clock::now() + kGroupDeadline;
    while (member.owned().empty()) {
        if (Clock::now() > deadline) throw std::runtime_error("no assignment within 60 s");
        member.poll(10);
    }
    PartitionList offsets(partitionsPerCommit);
    for (int p = 0; p < partitionsPerCommit; ++p) rd_kafka_topic_partition_list_add(offsets.list, topic.c_str(), p);
    auto setOffsets = [&](int64_t i) {
        for (int p = 0; p < partitionsPerCommit; ++p) offsets.list->elems[p].offset = i + 1;
    };

    CommitResult r;
    const auto started = Clock::now();
    if (mode == CommitMode::Sync) {
        for (int64_t i = 0; i < count; ++i) {
            setOffsets(i);
            if (auto e = rd_kafka_commit(member.handle(), offsets.list, 0); e != RD_KAFKA_RESP_ERR_NO_ERROR)
                throw std::runtime_error(std::string("offset commit: ") + rd_kafka_err2str(e));
            for (int p = 0; p < partitionsPerCommit; ++p)
                if (auto e = offsets.list->elems[p].err; e != RD_KAFKA_RESP_ERR_NO_ERROR)
                    throw std::runtime_error(std::string("offset commit: ") + rd_kafka_err2str(e));
        }
    } else {
        // Answers come back through offset_commit_cb, served by the consumer poll.
        for (int64_t i = 0; i < count; ++i) {
            while (i - member.commitsAnswered() >= window) member.poll(1);
            setOffsets(i);
            if (auto e = rd_kafka_commit(member.handle(), offsets.list, 1); e != RD_KAFKA_RESP_ERR_NO_ERROR)
                throw std::runtime_error(std::string("offset commit: ") + rd_kafka_err2str(e));
        }
        const auto answersDue = Clock::now() + kGroupDeadline;
        while (member.commitsAnswered() < count) {
            if (Clock::now() > answersDue) throw std::runtime_error("commits unanswered after 60 s");
            member.poll(1);
        }
    }
    r.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    r.commits = count;
    return r;
}

} // namespace samsa::bench
