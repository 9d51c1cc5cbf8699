// Rebalances that must not disturb what does not move, with librdkafka's consumer:
// cooperative-sticky hands a joining member its share through incremental revokes, so
// partitions that stay put are never revoked; and a static member (group.instance.id)
// that restarts within the session timeout gets its partitions back in the same
// generation, without the other member noticing a rebalance.
#include <QtTest>

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <regex>
#include <set>

#include "support/broker_process.h"
#include "support/rdkafka_client.h"

using namespace interop;

namespace {

using Clock = std::chrono::steady_clock;
using Partitions = std::set<int32_t>;

struct PartitionListDeleter {
    void operator()(rd_kafka_topic_partition_list_t* l) const { rd_kafka_topic_partition_list_destroy(l); }
};
using PartitionList = std::unique_ptr<rd_kafka_topic_partition_list_t, PartitionListDeleter>;

Partitions toSet(const rd_kafka_topic_partition_list_t* list) {
    Partitions out;
    for (int i = 0; i < list->cnt; ++i) out.insert(list->elems[i].partition);
    return out;
}

// A subscribed consumer that applies every assignment change itself in its rebalance
// callback and records each one, so a test can tell exactly what was revoked when.
class TrackedMember {
public:
    struct Event {
        bool assigned = false; // false: revoked
        Partitions partitions;
    };

    TrackedMember(const std::string& bootstrap, const std::string& topic, const ConfigMap& settings) {
        char errstr[512];
        rd_kafka_conf_t* conf = rd_kafka_conf_new();
        ConfigMap all = {{"bootstrap.servers", bootstrap},
                         {"auto.offset.reset", "earliest"},
                         {"enable.auto.commit", "false"},
                         {"heartbeat.interval.ms", "300"},
                         {"debug", "cgrp"}};
        all.insert(all.end(), settings.begin(), settings.end());
        for (const auto& [name, value] : all)
            if (rd_kafka_conf_set(conf, name.c_str(), value.c_str(), errstr, sizeof errstr) != RD_KAFKA_CONF_OK) {
                qWarning("%s: %s", name.c_str(), errstr);
                rd_kafka_conf_destroy(conf);
                return;
            }
        rd_kafka_conf_set_opaque(conf, this);
        rd_kafka_conf_set_rebalance_cb(conf, &TrackedMember::onRebalance);
        rd_kafka_conf_set_log_cb(conf, &TrackedMember::onLog);
        rd_kafka_t* rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr, sizeof errstr);
        if (!rk) {
            qWarning("consumer: %s", errstr);
            rd_kafka_conf_destroy(conf);
            return;
        }
        m_rk.reset(rk);
        rd_kafka_poll_set_consumer(rk);
        PartitionList topics(rd_kafka_topic_partition_list_new(1));
        rd_kafka_topic_partition_list_add(topics.get(), topic.c_str(), RD_KAFKA_PARTITION_UA);
        if (rd_kafka_subscribe(rk, topics.get()) != RD_KAFKA_RESP_ERR_NO_ERROR) m_rk.reset();
    }

    bool valid() const { return m_rk != nullptr; }

    void poll(int timeoutMs) {
        if (rd_kafka_message_t* m = rd_kafka_consumer_poll(m_rk.get(), timeoutMs)) rd_kafka_message_destroy(m);
    }

    Partitions assignment() const {
        rd_kafka_topic_partition_list_t* list = nullptr;
        if (rd_kafka_assignment(m_rk.get(), &list) != RD_KAFKA_RESP_ERR_NO_ERROR) return {};
        PartitionList guard(list);
        return toSet(list);
    }

    std::string rebalanceProtocol() const { return rd_kafka_rebalance_protocol(m_rk.get()); }

    std::vector<Event> takeEvents() { return std::exchange(m_events, {}); }
    std::vector<int32_t> joinGenerations() {
        std::lock_guard lock(m_logMutex);
        return m_generations;
    }
    std::string callbackError() const { return m_callbackError; }

    // Gone without a LeaveGroup, as a process that stops (or is restarted) would be.
    void dropWithoutLeaving() {
        if (m_rk) rd_kafka_destroy_flags(m_rk.release(), RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
    }

private:
    static void onRebalance(rd_kafka_t* rk, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t* partitions,
                            void* opaque) {
        auto* self = static_cast<TrackedMember*>(opaque);
        const bool assign = err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS;
        self->m_events.push_back({assign, toSet(partitions)});
        const bool cooperative = std::string(rd_kafka_rebalance_protocol(rk)) == "COOPERATIVE";
        rd_kafka_error_t* error = nullptr;
        rd_kafka_resp_err_t eagerErr = RD_KAFKA_RESP_ERR_NO_ERROR;
        if (cooperative)
            error = assign ? rd_kafka_incremental_assign(rk, partitions) : rd_kafka_incremental_unassign(rk, partitions);
        else
            eagerErr = rd_kafka_assign(rk, assign ? partitions : nullptr);
        if (error) {
            self->m_callbackError = rd_kafka_error_string(error);
            rd_kafka_error_destroy(error);
        } else if (eagerErr) {
            self->m_callbackError = rd_kafka_err2str(eagerErr);
        }
    }

    // librdkafka's cgrp debug line for each JoinGroup answer carries the generation.
    static void onLog(const rd_kafka_t* rk, int, const char*, const char* line) {
        static const std::regex generation(R"(JoinGroup response: GenerationId (-?\d+))");
        std::cmatch m;
        if (!std::regex_search(line, m, generation)) return;
        const int32_t value = std::stoi(m[1].str());
        if (value < 0) return; // a failed join (error answers carry generation -1)
        auto* self = static_cast<TrackedMember*>(rd_kafka_opaque(rk));
        std::lock_guard lock(self->m_logMutex);
        self->m_generations.push_back(value);
    }

    std::vector<Event> m_events; // touched only from poll(), on the test's thread
    std::string m_callbackError;
    std::mutex m_logMutex; // the log callback runs on librdkafka's threads
    std::vector<int32_t> m_generations;
    KafkaPtr m_rk;
};

using Members = std::vector<std::unique_ptr<TrackedMember>>;

template <typename Done>
bool pollUntil(Members& members, Done done, int timeoutMs = 60000) {
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    while (Clock::now() < deadline) {
        for (auto& m : members)
            if (m) m->poll(20);
        if (done()) return true;
    }
    return false;
}

// Every partition owned by exactly one live member, each member holding `perMember`.
bool splitEvenly(const Members& members, int partitions, size_t perMember) {
    std::map<int32_t, int> owners;
    for (const auto& m : members) {
        if (!m) continue;
        const auto a = m->assignment();
        if (a.size() != perMember) return false;
        for (int32_t p : a) ++owners[p];
    }
    if (owners.size() != size_t(partitions)) return false;
    for (const auto& [p, n] : owners)
        if (n != 1) return false;
    return true;
}

Partitions revokedIn(const std::vector<TrackedMember::Event>& events) {
    Partitions out;
    for (const auto& e : events)
        if (!e.assigned) out.insert(e.partitions.begin(), e.partitions.end());
    return out;
}

Partitions assignedIn(const std::vector<TrackedMember::Event>& events) {
    Partitions out;
    for (const auto& e : events)
        if (e.assigned) out.insert(e.partitions.begin(), e.partitions.end());
    return out;
}

} // namespace

class TestGroupsRebalanceCases : public QObject {
    Q_OBJECT

    std::unique_ptr<BrokerProcess> m_broker;
    std::string bootstrap() const { return m_broker->bootstrap().toStdString(); }

private slots:
    void initTestCase() {
        m_broker = std::make_unique<BrokerProcess>(QStringList{QStringLiteral("group.initial.rebalance.delay.ms=0"),
                                                               QStringLiteral("offsets.topic.num.partitions=2")});
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorText()));
        Admin admin(bootstrap());
        QCOMPARE(admin.createTopic("coop", 6), std::string());
        QCOMPARE(admin.createTopic("fixed", 4), std::string());
    }

    void cooperativeJoinRevokesOnlyWhatMoves() {
        const ConfigMap settings = {{"group.id", "coop-group"},
                                    {"partition.assignment.strategy", "cooperative-sticky"},
                                    {"session.timeout.ms", "10000"}};
        Members members;
        members.push_back(std::make_unique<TrackedMember>(bootstrap(), "coop", settings));
        members.push_back(std::make_unique<TrackedMember>(bootstrap(), "coop", settings));
        for (const auto& m : members) QVERIFY(m->valid());
        QVERIFY2(pollUntil(members, [&] { return splitEvenly(members, 6, 3); }), "two members never split 3/3");
        for (const auto& m : members) QCOMPARE(m->rebalanceProtocol(), std::string("COOPERATIVE"));

        std::vector<Partitions> before;
        for (auto& m : members) {
            before.push_back(m->assignment());
            m->takeEvents();
        }

        members.push_back(std::make_unique<TrackedMember>(bootstrap(), "coop", settings));
        QVERIFY(members.back()->valid());
        // Checked on every poll: a member never holds less than what it keeps, so the
        // kept partitions stayed assigned throughout the rebalance.
        std::vector<Partitions> minimum = before;
        QVERIFY2(pollUntil(members,
                           [&] {
                               for (size_t i = 0; i < 2; ++i) {
                                   Partitions kept;
                                   const auto now = members[i]->assignment();
                                   for (int32_t p : minimum[i])
                                       if (now.contains(p)) kept.insert(p);
                                   minimum[i] = kept;
                               }
                               return splitEvenly(members, 6, 2);
                           }),
                 "the third member never got its share");

        Partitions moved;
        for (size_t i = 0; i < 2; ++i) {
            QCOMPARE(members[i]->callbackError(), std::string());
            const auto events = members[i]->takeEvents();
            const auto after = members[i]->assignment();
            // Sticky: an existing member only gives partitions up, it gains none.
            QVERIFY(assignedIn(events).empty());
            const auto revoked = revokedIn(events);
            QCOMPARE(revoked.size(), size_t(1));
            for (int32_t p : revoked) {
                QVERIFY(before[i].contains(p));
                QVERIFY(!after.contains(p));
                moved.insert(p);
            }
            // What it still holds was never revoked, and was held at every poll.
            for (int32_t p : after) QVERIFY(!revoked.contains(p));
            QCOMPARE(minimum[i], after);
        }
        const auto newcomer = members[2]->takeEvents();
        QVERIFY(revokedIn(newcomer).empty());
        QCOMPARE(assignedIn(newcomer), moved);
        QCOMPARE(members[2]->assignment(), moved);
    }

    void staticMemberRestartKeepsAssignmentAndGeneration() {
        auto settings = [](const std::string& instance) {
            return ConfigMap{{"group.id", "fixed-group"},
                             {"group.instance.id", instance},
                             {"partition.assignment.strategy", "range"},
                             {"session.timeout.ms", "15000"}};
        };
        Members members;
        members.push_back(std::make_unique<TrackedMember>(bootstrap(), "fixed", settings("static-a")));
        members.push_back(std::make_unique<TrackedMember>(bootstrap(), "fixed", settings("static-b")));
        for (const auto& m : members) QVERIFY(m->valid());
        QVERIFY2(pollUntil(members, [&] { return splitEvenly(members, 4, 2); }), "two static members never split 2/2");
        // Let the group settle: the last JoinGroup answers both saw carry one generation.
        pollUntil(members, [] { return false; }, 1500);
        const auto generationsB = members[1]->joinGenerations();
        QVERIFY(!generationsB.empty());
        const int32_t generation = generationsB.back();
        QCOMPARE(members[0]->joinGenerations().back(), generation);

        const auto ownedByB = members[1]->assignment();
        members[0]->takeEvents();
        members[1]->dropWithoutLeaving();
        members[1].reset();

        // The restart, well within the 15 s session timeout.
        members[1] = std::make_unique<TrackedMember>(bootstrap(), "fixed", settings("static-b"));
        QVERIFY(members[1]->valid());
        QVERIFY2(pollUntil(members, [&] { return members[1]->assignment() == ownedByB; }),
                 "the restarted static member did not get its partitions back");
        // Keep polling past a heartbeat or two, where a rebalance would show up.
        pollUntil(members, [] { return false; }, 2000);

        QCOMPARE(members[1]->assignment(), ownedByB);
        const auto rejoined = members[1]->joinGenerations();
        QCOMPARE(rejoined.size(), size_t(1));
        QCOMPARE(rejoined.front(), generation);
        // The other member saw no rebalance at all: no revoke, no assign, no new join.
        QVERIFY(members[0]->takeEvents().empty());
        QCOMPARE(members[0]->joinGenerations().back(), generation);
        QCOMPARE(members[0]->assignment().size(), size_t(2));
    }

    void cleanupTestCase() {
        if (m_broker) m_broker->stop();
    }
};

QTEST_GUILESS_MAIN(TestGroupsRebalanceCases)
#include "test_groups_rebalance_cases.moc"
