// The rebalance protocol driven directly: KIP-394 member ids, leader election, parked
// joins and syncs, heartbeats during a rebalance, session and rebalance timeouts, the
// initial rebalance delay, static membership and LeaveGroup.
#include <QtTest>

#include "group_test_support.h"

using namespace grouptest;

namespace {

// Brings members (in this order) into a stable generation; the first is the leader and
// hands every member the assignment `assign` gives it.
struct Stable {
    int32_t generation = -1;
    std::vector<std::string> ids;
};

Stable stabilize(Harness& h, const std::vector<std::string>& clients) {
    std::vector<Harness::PendingJoin> joins;
    for (const auto& c : clients) joins.push_back(h.joinNew(c));
    h.advance(0);
    Stable s;
    for (const auto& j : joins) {
        if (!j.done() || j.get().error != ErrorCode::None) return s;
        s.ids.push_back(j.get().memberId);
        s.generation = j.get().generation;
    }
    std::vector<std::pair<std::string, Bytes>> assignments;
    for (size_t i = 0; i < s.ids.size(); ++i) assignments.emplace_back(s.ids[i], assignment("t", {int32_t(i)}));
    std::vector<Harness::PendingSync> syncs;
    for (size_t i = 1; i < s.ids.size(); ++i) syncs.push_back(h.sync(s.ids[i], s.generation));
    syncs.push_back(h.sync(s.ids[0], s.generation, assignments));
    for (const auto& sy : syncs)
        if (!sy.done() || sy.get().error != ErrorCode::None) s.generation = -1;
    return s;
}

GroupState stateOf(Harness& h, const std::string& group = "g") {
    const Group* g = h.coordinator->group(group);
    return g ? g->state() : GroupState::Dead;
}

} // namespace

class TestGroupMembership : public QObject {
    Q_OBJECT

private slots:
    void memberIdRequired() {
        Harness h;
        JoinRequest r;
        r.clientId = "rdkafka";
        r.requireKnownMemberId = true;
        auto first = h.join("", "g", r);
        QVERIFY(first.done());
        QCOMPARE(first.get().error, ErrorCode::MemberIdRequired);
        QVERIFY(first.get().memberId.rfind("rdkafka-", 0) == 0);
        QCOMPARE(first.get().generation, -1);
        QCOMPARE(stateOf(h), GroupState::Empty);

        // The second join with the handed-out id parks until the rebalance completes.
        auto second = h.join(first.get().memberId, "g", r);
        QVERIFY(!second.done());
        QCOMPARE(stateOf(h), GroupState::PreparingRebalance);
        h.advance(0);
        QVERIFY(second.done());
        QCOMPARE(second.get().error, ErrorCode::None);
        QCOMPARE(second.get().generation, 1);
        QCOMPARE(second.get().leaderId, first.get().memberId);
        QCOMPARE(second.get().protocolName, std::optional<std::string>("range"));
        QCOMPARE(second.get().members.size(), size_t(1));
        QCOMPARE(stateOf(h), GroupState::CompletingRebalance);
    }

    void pendingMemberExpires() {
        Harness h;
        JoinRequest r;
        r.requireKnownMemberId = true;
        auto first = h.join("", "g", r);
        QCOMPARE(first.get().error, ErrorCode::MemberIdRequired);
        h.advance(kSessionTimeoutMs + 1);
        auto late = h.join(first.get().memberId, "g", r);
        QVERIFY(late.done());
        QCOMPARE(late.get().error, ErrorCode::UnknownMemberId);
    }

    void firstJoinerLeadsAndSyncHandsOutAssignments() {
        Harness h;
        auto a = h.joinNew("a");
        auto b = h.joinNew("b");
        auto c = h.joinNew("c");
        h.advance(0);
        QVERIFY(a.done() && b.done() && c.done());
        QCOMPARE(a.get().generation, b.get().generation);
        const std::string leader = a.get().memberId;
        QCOMPARE(b.get().leaderId, leader);
        QCOMPARE(a.get().members.size(), size_t(3));
        QVERIFY(b.get().members.empty()); // only the leader sees the members

        // Followers park until the leader's assignment arrives.
        auto sb = h.sync(b.get().memberId, b.get().generation);
        auto sc = h.sync(c.get().memberId, c.get().generation);
        QVERIFY(!sb.done() && !sc.done());
        auto sa = h.sync(leader, a.get().generation,
                         {{leader, assignment("t", {0})}, {b.get().memberId, assignment("t", {1, 2})}});
        QVERIFY(sa.done() && sb.done() && sc.done());
        QCOMPARE(sa.get().assignment, assignment("t", {0}));
        QCOMPARE(sb.get().assignment, assignment("t", {1, 2}));
        QVERIFY(sc.get().assignment.empty()); // left out by the leader
        QCOMPARE(stateOf(h), GroupState::Stable);

        const auto d = h.coordinator->describe("g");
        QCOMPARE(d.state, GroupState::Stable);
        QCOMPARE(d.protocolType, std::string("consumer"));
        QCOMPARE(d.protocolData, std::string("range"));
        QCOMPARE(d.members.size(), size_t(3));
        for (const auto& m : d.members) {
            QCOMPARE(m.clientHost, std::string("/127.0.0.1"));
            QCOMPARE(m.metadata, subscription({"t"}));
        }
        // A late sync in Stable gets the member's assignment at once.
        auto again = h.sync(b.get().memberId, b.get().generation);
        QVERIFY(again.done());
        QCOMPARE(again.get().assignment, assignment("t", {1, 2}));
    }

    void syncChecks() {
        Harness h;
        const auto s = stabilize(h, {"a", "b"});
        QCOMPARE(s.generation, 1);
        QCOMPARE(h.sync(s.ids[1], s.generation + 1).get().error, ErrorCode::IllegalGeneration);
        QCOMPARE(h.sync("nobody", s.generation).get().error, ErrorCode::UnknownMemberId);
        QCOMPARE(h.sync(s.ids[1], s.generation, {}, "other").get().error, ErrorCode::UnknownMemberId);
        SyncRequest wrongProtocol{"g", s.generation, s.ids[1], std::nullopt, "consumer", "roundrobin", {}};
        std::optional<SyncResult> r;
        h.coordinator->sync(wrongProtocol, [&](SyncResult x) { r = x; });
        QCOMPARE(r->error, ErrorCode::InconsistentGroupProtocol);
    }

    void heartbeatsSignalRebalance() {
        Harness h;
        const auto s = stabilize(h, {"a", "b"});
        QCOMPARE(h.coordinator->heartbeat("g", s.ids[1], std::nullopt, s.generation), ErrorCode::None);
        QCOMPARE(h.coordinator->heartbeat("g", s.ids[1], std::nullopt, s.generation - 1), ErrorCode::IllegalGeneration);
        QCOMPARE(h.coordinator->heartbeat("g", "nobody", std::nullopt, s.generation), ErrorCode::UnknownMemberId);
        QCOMPARE(h.coordinator->heartbeat("", s.ids[1], std::nullopt, s.generation), ErrorCode::InvalidGroupId);

        // A third member joins: the others learn through their heartbeats.
        auto c = h.joinNew("c");
        QVERIFY(!c.done());
        QCOMPARE(stateOf(h), GroupState::PreparingRebalance);
        QCOMPARE(h.coordinator->heartbeat("g", s.ids[0], std::nullopt, s.generation), ErrorCode::RebalanceInProgress);
        auto a = h.join(s.ids[0]);
        QVERIFY(!a.done());
        auto b = h.join(s.ids[1]);
        // Everyone is back: the join completes without waiting for the timeout.
        QVERIFY(a.done() && b.done() && c.done());
        QCOMPARE(a.get().generation, s.generation + 1);
        QCOMPARE(a.get().leaderId, s.ids[0]);
        QCOMPARE(a.get().members.size(), size_t(3));
        // Heartbeats in CompletingRebalance are fine.
        QCOMPARE(h.coordinator->heartbeat("g", s.ids[1], std::nullopt, a.get().generation), ErrorCode::None);
        // A sync of the old generation is refused.
        QCOMPARE(h.sync(s.ids[1], s.generation).get().error, ErrorCode::IllegalGeneration);
    }

    void sessionTimeoutRemovesMember() {
        Harness h;
        const auto s = stabilize(h, {"a", "b"});
        // Only a heartbeats; b's session runs out.
        for (int i = 0; i < 4; ++i) {
            h.advance(kSessionTimeoutMs / 3);
            QCOMPARE(h.coordinator->heartbeat("g", s.ids[0], std::nullopt, s.generation),
                     i < 3 ? ErrorCode::None : ErrorCode::RebalanceInProgress);
        }
        QVERIFY(!h.coordinator->group("g")->has(s.ids[1]));
        auto a = h.join(s.ids[0]);
        QVERIFY(a.done());
        QCOMPARE(a.get().members.size(), size_t(1));
        QCOMPARE(a.get().generation, s.generation + 1);
    }

    void memberNotRejoiningIsDroppedAtRebalanceTimeout() {
        Harness h;
        const auto s = stabilize(h, {"a", "b"});
        auto a = h.join(s.ids[0], "g"); // leader rejoins: rebalance
        QVERIFY(!a.done());
        // b keeps heartbeating but never rejoins.
        for (int64_t t = 0; t < kRebalanceTimeoutMs; t += 3000) {
            h.advance(3000);
            if (a.done()) break;
            h.coordinator->heartbeat("g", s.ids[1], std::nullopt, s.generation);
        }
        QVERIFY(a.done());
        QCOMPARE(a.get().error, ErrorCode::None);
        QCOMPARE(a.get().members.size(), size_t(1));
        QVERIFY(!h.coordinator->group("g")->has(s.ids[1]));
    }

    void followerThatNeverSyncsIsRemoved() {
        Harness h;
        auto a = h.joinNew("a");
        auto b = h.joinNew("b");
        h.advance(0);
        const int32_t generation = a.get().generation;
        auto sa = h.sync(a.get().memberId, generation, {{a.get().memberId, assignment("t", {0})}});
        QVERIFY(sa.done());
        QCOMPARE(stateOf(h), GroupState::Stable);
        // b stays alive by heartbeating but never asks for its assignment.
        for (int64_t t = 0; t < kRebalanceTimeoutMs; t += 3000) {
            QCOMPARE(h.coordinator->heartbeat("g", a.get().memberId, std::nullopt, generation), ErrorCode::None);
            QCOMPARE(h.coordinator->heartbeat("g", b.get().memberId, std::nullopt, generation), ErrorCode::None);
            h.advance(3000);
        }
        QVERIFY(!h.coordinator->group("g")->has(b.get().memberId));
        QVERIFY(h.coordinator->group("g")->has(a.get().memberId));
        QCOMPARE(stateOf(h), GroupState::PreparingRebalance);
    }

    void initialRebalanceDelayWaitsForMoreMembers() {
        GroupConfig cfg = Harness::defaultConfig();
        cfg.initialRebalanceDelayMs = 3000;
        Harness h(cfg);
        auto a = h.joinNew("a");
        h.advance(1000);
        auto b = h.joinNew("b");
        h.advance(2000); // first delay over, but b arrived: wait another delay
        QVERIFY(!a.done());
        h.advance(2999);
        QVERIFY(!a.done());
        h.advance(1);
        QVERIFY(a.done() && b.done());
        QCOMPARE(a.get().members.size(), size_t(2));
        QCOMPARE(a.get().generation, 1);
    }

    void joinValidation() {
        Harness h;
        JoinRequest r;
        r.sessionTimeoutMs = 1000; // below group.min.session.timeout.ms
        QCOMPARE(h.join("", "g", r).get().error, ErrorCode::InvalidSessionTimeout);
        QCOMPARE(h.join("", "").get().error, ErrorCode::InvalidGroupId);
        QCOMPARE(h.join("ghost").get().error, ErrorCode::UnknownMemberId);
        QVERIFY(!h.coordinator->group("g")); // failed joins leave no group behind

        stabilize(h, {"a"});
        JoinRequest other;
        other.protocols.push_back({"roundrobin", subscription({"t"})});
        QCOMPARE(h.join("", "g", other).get().error, ErrorCode::InconsistentGroupProtocol);
        JoinRequest otherType;
        otherType.protocolType = "connect";
        QCOMPARE(h.join("", "g", otherType).get().error, ErrorCode::InconsistentGroupProtocol);
    }

    void groupMaxSize() {
        GroupConfig cfg = Harness::defaultConfig();
        cfg.maxSize = 2;
        Harness h(cfg);
        const auto s = stabilize(h, {"a", "b"});
        QCOMPARE(s.ids.size(), size_t(2));
        QCOMPARE(h.joinNew("c").get().error, ErrorCode::GroupMaxSizeReached);
        // Members already in the group still rejoin.
        auto a = h.join(s.ids[0]);
        auto b = h.join(s.ids[1]);
        QVERIFY(a.done() && b.done());
        QCOMPARE(a.get().error, ErrorCode::None);
    }

    void protocolSelection() {
        Harness h;
        JoinRequest both;
        both.protocols = {{"roundrobin", subscription({"t"})}, {"range", subscription({"t"})}};
        JoinRequest rangeFirst;
        rangeFirst.protocols = {{"range", subscription({"t"})}, {"roundrobin", subscription({"t"})}};
        auto a = h.join("", "g", both);
        auto b = h.join("", "g", rangeFirst);
        auto c = h.join("", "g", rangeFirst);
        h.advance(0);
        QCOMPARE(a.get().protocolName, std::optional<std::string>("range")); // two votes to one
    }

    void staticMembership() {
        Harness h;
        JoinRequest r;
        r.instanceId = "instance-1";
        r.requireKnownMemberId = true;
        auto first = h.join("", "g", r);
        QVERIFY(!first.done()); // no MEMBER_ID_REQUIRED for static members
        h.advance(0);
        QCOMPARE(first.get().error, ErrorCode::None);
        const std::string oldId = first.get().memberId;
        QVERIFY(oldId.rfind("instance-1-", 0) == 0);
        auto synced = h.sync(oldId, first.get().generation, {{oldId, assignment("t", {0, 1})}});
        QCOMPARE(synced.get().error, ErrorCode::None);

        // The process restarts and joins with no member id: same generation, same
        // assignment, no rebalance; the old id is fenced.
        auto again = h.join("", "g", r);
        QVERIFY(again.done());
        QCOMPARE(again.get().error, ErrorCode::None);
        QCOMPARE(again.get().generation, first.get().generation);
        QVERIFY(again.get().memberId != oldId);
        QVERIFY(again.get().skipAssignment); // it leads, but need not assign again
        QCOMPARE(stateOf(h), GroupState::Stable);
        QCOMPARE(h.coordinator->heartbeat("g", oldId, std::string("instance-1"), first.get().generation),
                 ErrorCode::FencedInstanceId);
        QCOMPARE(h.coordinator->heartbeat("g", again.get().memberId, std::string("instance-1"), first.get().generation),
                 ErrorCode::None);
        auto s = h.sync(again.get().memberId, first.get().generation, {}, "g", "instance-1");
        QCOMPARE(s.get().assignment, assignment("t", {0, 1}));
        // The old incarnation cannot join either.
        QCOMPARE(h.join(oldId, "g", r).get().error, ErrorCode::FencedInstanceId);
    }

    void leaveGroup() {
        Harness h;
        JoinRequest r;
        r.instanceId = "i-b";
        auto a = h.joinNew("a");
        auto b = h.join("", "g", r);
        h.advance(0);
        QVERIFY(a.done() && b.done());
        const auto result = h.coordinator->leave(
            "g", {{"", std::string("i-b")}, {"nobody", std::nullopt}, {"", std::string("unknown-instance")}});
        QCOMPARE(result.error, ErrorCode::None);
        QCOMPARE(result.members, (std::vector<ErrorCode>{ErrorCode::None, ErrorCode::UnknownMemberId,
                                                         ErrorCode::UnknownMemberId}));
        QVERIFY(!h.coordinator->group("g")->has(b.get().memberId));
        // The last member leaving empties the group, which records its new generation.
        const auto last = h.coordinator->leave("g", {{a.get().memberId, std::nullopt}});
        QCOMPARE(last.members.front(), ErrorCode::None);
        QCOMPARE(stateOf(h), GroupState::Empty);
        QCOMPARE(h.coordinator->group("g")->generation(), 2);
        QCOMPARE(h.coordinator->leave("missing", {{"x", std::nullopt}}).members.front(), ErrorCode::UnknownMemberId);
    }

    void listGroupsFilters() {
        Harness h;
        stabilize(h, {"a"});
        h.joinNew("x", "other");
        const auto all = h.coordinator->listGroups({});
        QCOMPARE(all.size(), size_t(2));
        const auto stable = h.coordinator->listGroups({GroupState::Stable});
        QCOMPARE(stable.size(), size_t(1));
        QCOMPARE(stable.front().groupId, std::string("g"));
        QCOMPARE(stable.front().protocolType, std::string("consumer"));
        QCOMPARE(parseStateName("completingrebalance"), std::optional(GroupState::CompletingRebalance));
        QVERIFY(!parseStateName("Bogus"));
    }

    void shutdownAnswersParkedRequests() {
        Harness h;
        auto a = h.joinNew("a");
        QVERIFY(!a.done());
        h.coordinator->shutdown();
        QVERIFY(a.done());
        QCOMPARE(a.get().error, ErrorCode::NotCoordinator);
    }
};

QTEST_APPLESS_MAIN(TestGroupMembership)
#include "test_group_membership.moc"
