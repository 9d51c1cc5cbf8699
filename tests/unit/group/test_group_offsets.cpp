// Committed offsets: the commit rules, OffsetFetch, OffsetDelete, DeleteGroups,
// retention, and everything surviving a restart through the records in
// __consumer_offsets.
#include <QtTest>

#include "group_test_support.h"

using namespace grouptest;

namespace {

const storage::TopicPartition kT0{"t", 0};
const storage::TopicPartition kT1{"t", 1};
const storage::TopicPartition kOther{"u", 0};

OffsetCommit oc(const storage::TopicPartition& tp, int64_t offset, int32_t leaderEpoch = -1, std::string metadata = {}) {
    return OffsetCommit{tp, offset, leaderEpoch, std::move(metadata)};
}

CommitRequest commit(const std::string& group, int32_t generation, const std::string& memberId,
                     std::vector<OffsetCommit> offsets) {
    CommitRequest r;
    r.groupId = group;
    r.generation = generation;
    r.memberId = memberId;
    r.offsets = std::move(offsets);
    return r;
}

// One member, stable at generation 1, owning t-0 and t-1.
std::string stableMember(Harness& h, const std::string& group = "g") {
    auto a = h.joinNew("a", group);
    h.advance(0);
    const std::string id = a.get().memberId;
    h.sync(id, a.get().generation, {{id, assignment("t", {0, 1})}}, group);
    return id;
}

int64_t committed(Harness& h, const std::string& group, const storage::TopicPartition& tp) {
    const auto r = h.coordinator->fetchOffsets(group, std::vector{tp});
    return r.offsets.empty() ? -2 : r.offsets.front().offset;
}

} // namespace

class TestGroupOffsets : public QObject {
    Q_OBJECT

private slots:
    void commitRules() {
        Harness h;
        const std::string id = stableMember(h);
        using V = std::vector<ErrorCode>;
        QCOMPARE(h.coordinator->commitOffsets(commit("g", 1, id, {oc(kT0, 10, 3, "meta")})), V{ErrorCode::None});
        QCOMPARE(h.coordinator->commitOffsets(commit("g", 0, id, {oc(kT0, 11)})), V{ErrorCode::IllegalGeneration});
        QCOMPARE(h.coordinator->commitOffsets(commit("g", 1, "ghost", {oc(kT0, 11)})), V{ErrorCode::UnknownMemberId});
        // Generation -1 is only for groups nobody manages.
        QCOMPARE(h.coordinator->commitOffsets(commit("g", -1, "", {oc(kT0, 11)})), V{ErrorCode::UnknownMemberId});
        // An unknown group with a real generation is a member of a generation long gone.
        QCOMPARE(h.coordinator->commitOffsets(commit("nope", 4, "m", {oc(kT0, 11)})), V{ErrorCode::IllegalGeneration});

        const auto fetched = h.coordinator->fetchOffsets("g", std::vector{kT0, kT1});
        QCOMPARE(fetched.error, ErrorCode::None);
        QCOMPARE(fetched.offsets.size(), size_t(2));
        QCOMPARE(fetched.offsets[0].offset, int64_t(10));
        QCOMPARE(fetched.offsets[0].leaderEpoch, 3);
        QCOMPARE(fetched.offsets[0].metadata, std::string("meta"));
        QCOMPARE(fetched.offsets[1].offset, int64_t(-1)); // never committed

        // Too much metadata fails that partition only.
        const std::string big(5000, 'x');
        QCOMPARE(h.coordinator->commitOffsets(commit("g", 1, id, {oc(kT0, 12, -1, big), oc(kT1, 7)})),
                 (V{ErrorCode::OffsetMetadataTooLarge, ErrorCode::None}));
        QCOMPARE(committed(h, "g", kT0), int64_t(10));
        QCOMPARE(committed(h, "g", kT1), int64_t(7));
    }

    void commitsDuringRebalance() {
        Harness h;
        const std::string id = stableMember(h);
        auto b = h.joinNew("b"); // PreparingRebalance
        QVERIFY(!b.done());
        // Still allowed: cooperative members commit what they give up before rejoining.
        QCOMPARE(h.coordinator->commitOffsets(commit("g", 1, id, {oc(kT0, 5)})), std::vector{ErrorCode::None});
        auto a = h.join(id);
        QVERIFY(a.done() && b.done());
        // CompletingRebalance: the new generation has no assignment yet.
        QCOMPARE(h.coordinator->commitOffsets(commit("g", 2, id, {oc(kT0, 6)})), std::vector{ErrorCode::RebalanceInProgress});
        QCOMPARE(committed(h, "g", kT0), int64_t(5));
    }

    void standaloneCommits() {
        Harness h;
        QCOMPARE(h.coordinator->commitOffsets(commit("simple", -1, "", {oc(kT0, 100)})), std::vector{ErrorCode::None});
        const Group* g = h.coordinator->group("simple");
        QVERIFY(g);
        QCOMPARE(g->state(), GroupState::Empty);
        QVERIFY(!g->protocolType());
        const auto all = h.coordinator->fetchOffsets("simple", std::nullopt);
        QCOMPARE(all.offsets.size(), size_t(1));
        QCOMPARE(all.offsets.front().offset, int64_t(100));
        QVERIFY(h.coordinator->fetchOffsets("unknown-group", std::nullopt).offsets.empty());
    }

    void failedWritesAreReported() {
        Harness h;
        const std::string id = stableMember(h);
        h.log->failAppends = ErrorCode::NotLeaderOrFollower;
        QCOMPARE(h.coordinator->commitOffsets(commit("g", 1, id, {oc(kT0, 1)})), std::vector{ErrorCode::NotCoordinator});
        h.log->failAppends = ErrorCode::RecordListTooLarge;
        QCOMPARE(h.coordinator->commitOffsets(commit("g", 1, id, {oc(kT0, 1)})),
                 std::vector{ErrorCode::InvalidCommitOffsetSize});
        QCOMPARE(committed(h, "g", kT0), int64_t(-1));
    }

    void recordsWrittenInKafkaFormat() {
        Harness h;
        const std::string id = stableMember(h);
        h.coordinator->commitOffsets(commit("g", 1, id, {oc(kT0, 42)}));
        // One GroupMetadata record per completed generation, then the commit.
        const auto& records = h.log->all();
        QCOMPARE(records.size(), size_t(2));
        const auto group = std::get<GroupRecordKey>(decodeKey(records[0].key));
        QCOMPARE(group.group, std::string("g"));
        const auto value = decodeGroupValue(*records[0].value);
        QCOMPARE(value.generation, 1);
        QCOMPARE(value.protocolType, std::string("consumer"));
        QCOMPARE(value.protocol, std::optional<std::string>("range"));
        QCOMPARE(value.leader, std::optional<std::string>(id));
        QCOMPARE(value.members.size(), size_t(1));
        QCOMPARE(value.members[0].assignment, assignment("t", {0, 1}));
        QCOMPARE(value.members[0].subscription, subscription({"t"}));
        QCOMPARE(value.members[0].sessionTimeout, kSessionTimeoutMs);
        QCOMPARE(value.members[0].rebalanceTimeout, kRebalanceTimeoutMs);
        const auto key = std::get<OffsetRecordKey>(decodeKey(records[1].key));
        QCOMPARE(key.tp, kT0);
        QCOMPARE(decodeOffsetValue(*records[1].value).offset, int64_t(42));
        QCOMPARE(records[0].key[1], uint8_t(2));  // group key v2
        QCOMPARE((*records[0].value)[1], uint8_t(3)); // group value v3
        QCOMPARE(records[1].key[1], uint8_t(1));  // offset key v1
        QCOMPARE((*records[1].value)[1], uint8_t(3)); // offset value v3
    }

    void restartRestoresGroupsAndOffsets() {
        Harness h;
        const std::string id = stableMember(h);
        h.coordinator->commitOffsets(commit("g", 1, id, {oc(kT0, 42, 2, "m"), oc(kT1, 17)}));
        h.coordinator->commitOffsets(commit("simple", -1, "", {oc(kOther, 9)}));
        h.restart();

        const Group* g = h.coordinator->group("g");
        QVERIFY(g);
        QCOMPARE(g->state(), GroupState::Stable);
        QCOMPARE(g->generation(), 1);
        QCOMPARE(g->leaderId(), id);
        QCOMPARE(h.coordinator->describe("g").members.front().assignment, assignment("t", {0, 1}));
        QCOMPARE(committed(h, "g", kT0), int64_t(42));
        QCOMPARE(committed(h, "g", kT1), int64_t(17));
        QCOMPARE(h.coordinator->fetchOffsets("g", std::vector{kT0}).offsets.front().metadata, std::string("m"));
        QCOMPARE(committed(h, "simple", kOther), int64_t(9));
        // The member carries on where it was: same generation, same assignment.
        QCOMPARE(h.coordinator->heartbeat("g", id, std::nullopt, 1), ErrorCode::None);
        QCOMPARE(h.sync(id, 1).get().assignment, assignment("t", {0, 1}));
        // If it does not come back, its session ends and the group empties.
        h.advance(kSessionTimeoutMs + 1);
        QCOMPARE(h.coordinator->group("g")->state(), GroupState::Empty);
        QCOMPARE(committed(h, "g", kT0), int64_t(42));
    }

    void deleteGroups() {
        Harness h;
        const std::string id = stableMember(h);
        h.coordinator->commitOffsets(commit("g", 1, id, {oc(kT0, 42)}));
        QCOMPARE(h.coordinator->deleteGroup("g"), ErrorCode::NonEmptyGroup);
        QCOMPARE(h.coordinator->deleteGroup("missing"), ErrorCode::GroupIdNotFound);
        h.coordinator->leave("g", {{id, std::nullopt}});
        const size_t before = h.log->all().size();
        QCOMPARE(h.coordinator->deleteGroup("g"), ErrorCode::None);
        QVERIFY(!h.coordinator->group("g"));
        // Tombstones: the offset and the group.
        const auto& records = h.log->all();
        QCOMPARE(records.size(), before + 2);
        QVERIFY(!records[before].value && !records[before + 1].value);
        QVERIFY(std::holds_alternative<OffsetRecordKey>(decodeKey(records[before].key)));
        QVERIFY(std::holds_alternative<GroupRecordKey>(decodeKey(records[before + 1].key)));
        h.restart();
        QVERIFY(!h.coordinator->group("g"));
        QCOMPARE(h.coordinator->describe("g").state, GroupState::Dead);
    }

    void offsetDelete() {
        Harness h;
        const std::string id = stableMember(h);
        h.coordinator->commitOffsets(commit("g", 1, id, {oc(kT0, 1), oc(kOther, 2)}));
        // The group consumes "t" (its members subscribe to it), not "u".
        const auto r = h.coordinator->deleteOffsets("g", {kT0, kOther});
        QCOMPARE(r.error, ErrorCode::None);
        QCOMPARE(r.partitions, (std::vector{ErrorCode::GroupSubscribedToTopic, ErrorCode::None}));
        QCOMPARE(committed(h, "g", kT0), int64_t(1));
        QCOMPARE(committed(h, "g", kOther), int64_t(-1));
        QCOMPARE(h.coordinator->deleteOffsets("missing", {kT0}).error, ErrorCode::GroupIdNotFound);
        h.restart();
        QCOMPARE(committed(h, "g", kOther), int64_t(-1));
    }

    void offsetsExpireOnceTheGroupIsEmpty() {
        GroupConfig cfg = Harness::defaultConfig();
        cfg.offsetsRetentionMs = 60000;
        Harness h(cfg);
        const std::string id = stableMember(h);
        h.coordinator->commitOffsets(commit("g", 1, id, {oc(kT0, 1)}));
        h.now += 120000;
        h.coordinator->heartbeat("g", id, std::nullopt, 1);
        h.coordinator->expireOffsets();
        QCOMPARE(committed(h, "g", kT0), int64_t(1)); // an active group keeps them
        h.coordinator->leave("g", {{id, std::nullopt}});
        h.now += 59999;
        h.coordinator->expireOffsets();
        QCOMPARE(committed(h, "g", kT0), int64_t(1));
        h.now += 1;
        h.coordinator->expireOffsets();
        QVERIFY(!h.coordinator->group("g")); // no offsets, no members: gone
        h.restart();
        QVERIFY(!h.coordinator->group("g"));
    }

    void standaloneOffsetsExpirePerCommit() {
        GroupConfig cfg = Harness::defaultConfig();
        cfg.offsetsRetentionMs = 60000;
        cfg.offsetsRetentionCheckIntervalMs = 1000;
        Harness h(cfg);
        h.coordinator->commitOffsets(commit("simple", -1, "", {oc(kT0, 1)}));
        h.advance(30000);
        h.coordinator->commitOffsets(commit("simple", -1, "", {oc(kT1, 2)}));
        h.advance(30000); // the periodic check runs from poll()
        QCOMPARE(committed(h, "simple", kT0), int64_t(-1));
        QCOMPARE(committed(h, "simple", kT1), int64_t(2));
    }

    void notCoordinatorForUnownedPartitions() {
        Harness h;
        // A coordinator whose log has no partitions led here owns no group.
        class NoneLed : public MemoryGroupLog {
        public:
            NoneLed() : MemoryGroupLog(3) {}
            std::vector<int32_t> ledPartitions() const override { return {}; }
        } log;
        GroupCoordinator c(Harness::defaultConfig(), log, [] { return int64_t(0); });
        QCOMPARE(c.heartbeat("g", "m", std::nullopt, 1), ErrorCode::NotCoordinator);
        QCOMPARE(c.fetchOffsets("g", std::nullopt).error, ErrorCode::NotCoordinator);
    }
};

QTEST_APPLESS_MAIN(TestGroupOffsets)
#include "test_group_offsets.moc"
