// Producer partitioning (Kafka's murmur2 and partitioners), the consumer-protocol
// payloads and the range assignor; no broker needed.
#include <QtTest>

#include <set>
#include <string_view>

#include "client/consumer_protocol.h"
#include "client/partitioner.h"
#include "protocol/messages/consumer_protocol_subscription.h"
#include "protocol/wire/writer.h"

using namespace samsa;
using namespace samsa::client;

namespace {

std::span<const uint8_t> bytesOf(std::string_view s) { return {reinterpret_cast<const uint8_t*>(s.data()), s.size()}; }

Bytes toBytes(std::string_view s) { return Bytes(s.begin(), s.end()); }

} // namespace

class TestClientPartitioner : public QObject {
    Q_OBJECT
private slots:
    void murmur2MatchesKafka_data() {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("hash");
        // The vectors of Kafka's own test of Utils.murmur2; they cover every tail length.
        QTest::newRow("21") << QByteArray("21") << -973932308;
        QTest::newRow("foobar") << QByteArray("foobar") << -790332482;
        QTest::newRow("a-little-bit-long-string") << QByteArray("a-little-bit-long-string") << -985981536;
        QTest::newRow("a-little-bit-longer-string") << QByteArray("a-little-bit-longer-string") << -1486304829;
        QTest::newRow("long") << QByteArray("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8") << -58897971;
        QTest::newRow("abc") << QByteArray("abc") << 479470107;
    }
    void murmur2MatchesKafka() {
        QFETCH(QByteArray, key);
        QFETCH(int, hash);
        QCOMPARE(murmur2(bytesOf(std::string_view(key.constData(), size_t(key.size())))), int32_t(hash));
    }

    void keyedPartitionUsesThePositiveHash() {
        // toPositive clears the sign bit; abs() would give another partition for
        // negative hashes such as "foobar"'s.
        QCOMPARE(toPositive(-790332482), int32_t(-790332482 & 0x7fffffff));
        QCOMPARE(partitionForKey(bytesOf("foobar"), 6), int32_t((-790332482 & 0x7fffffff) % 6));
        QCOMPARE(partitionForKey(bytesOf("abc"), 7), int32_t(479470107 % 7));
        QCOMPARE(toPositive(INT32_MIN), 0);
    }

    void chooserFollowsThePartitioner() {
        PartitionChooser chooser;
        ProducerRecord keyed{toBytes("customer-42"), toBytes("v"), {}, {}, {}};
        const int32_t expected = partitionForKey(bytesOf("customer-42"), 6);
        for (int i = 0; i < 3; ++i) QCOMPARE(chooser.choose(keyed, Partitioner::Default, "t", 6), expected);

        // Null keys and RoundRobin go around every partition in turn, per topic.
        ProducerRecord unkeyed{{}, toBytes("v"), {}, {}, {}};
        std::vector<int32_t> seen;
        for (int i = 0; i < 6; ++i) seen.push_back(*chooser.choose(unkeyed, Partitioner::Default, "t", 3));
        QCOMPARE(seen, (std::vector<int32_t>{0, 1, 2, 0, 1, 2}));
        QCOMPARE(*chooser.choose(keyed, Partitioner::RoundRobin, "other", 4), 0);
        QCOMPARE(*chooser.choose(keyed, Partitioner::RoundRobin, "other", 4), 1);

        std::set<int32_t> random;
        for (int i = 0; i < 200; ++i) {
            const int32_t p = *chooser.choose(keyed, Partitioner::Random, "t", 4);
            QVERIFY(p >= 0 && p < 4);
            random.insert(p);
        }
        QCOMPARE(random.size(), size_t(4));

        QVERIFY(!chooser.choose(keyed, Partitioner::Explicit, "t", 4));
        ProducerRecord pinned{{}, {}, {}, {}, 3};
        for (auto p : {Partitioner::Default, Partitioner::RoundRobin, Partitioner::Random, Partitioner::Explicit})
            QCOMPARE(chooser.choose(pinned, p, "t", 4), std::optional<int32_t>(3));
    }

    void consumerProtocolRoundTrips() {
        Subscription s{{"orders", "payments"}, {TopicPartitions{"orders", {0, 2}}}, toBytes("ud")};
        const auto bytes = encodeSubscription(s);
        QCOMPARE(bytes[0], uint8_t(0));
        QCOMPARE(bytes[1], uint8_t(1)); // version 1
        auto back = decodeSubscription(bytes);
        QVERIFY(back);
        QCOMPARE(back->topics, s.topics);
        QCOMPARE(back->ownedPartitions, s.ownedPartitions);
        QCOMPARE(back->userData, s.userData);

        Assignment a{{TopicPartitions{"orders", {1, 3, 5}}}, std::nullopt};
        auto decoded = decodeAssignment(encodeAssignment(a));
        QVERIFY(decoded);
        QCOMPARE(decoded->partitions, a.partitions);
        QVERIFY(!decoded->userData);

        QVERIFY(decodeAssignment(Bytes{})); // an empty assignment
        QVERIFY(decodeAssignment(Bytes{})->partitions.empty());
        QVERIFY(!decodeSubscription(Bytes{0x00}));           // truncated
        QVERIFY(!decodeSubscription(Bytes{0xff, 0xff, 0, 0})); // negative version
        // A version newer than we know still reads: later versions only append fields.
        protocol::messages::ConsumerProtocolSubscription latest;
        latest.topics = {"t"};
        latest.rackId = "rack-a";
        protocol::Writer w;
        w.writeInt16(9);
        latest.encode(w, protocol::messages::ConsumerProtocolSubscription::kMaxVersion);
        w.writeInt32(42); // a field from the future
        auto newer = decodeSubscription(w.take());
        QVERIFY(newer);
        QCOMPARE(newer->topics, std::vector<std::string>{"t"});
    }

    void rangeAssignorSplitsLikeKafka() {
        // 7 partitions over 3 members: 3, 2, 2 in member-id order.
        auto out = rangeAssign({{"m-b", {"t"}}, {"m-a", {"t"}}, {"m-c", {"t", "u"}}}, {{"t", 7}, {"u", 2}});
        QCOMPARE(out.size(), size_t(3));
        QCOMPARE(out["m-a"], (std::vector<TopicPartitions>{{"t", {0, 1, 2}}}));
        QCOMPARE(out["m-b"], (std::vector<TopicPartitions>{{"t", {3, 4}}}));
        QCOMPARE(out["m-c"], (std::vector<TopicPartitions>{{"t", {5, 6}}, {"u", {0, 1}}}));

        // More members than partitions: the last ones get nothing but still an entry.
        auto sparse = rangeAssign({{"a", {"t"}}, {"b", {"t"}}, {"c", {"t"}}}, {{"t", 2}});
        QCOMPARE(sparse["a"], (std::vector<TopicPartitions>{{"t", {0}}}));
        QCOMPARE(sparse["b"], (std::vector<TopicPartitions>{{"t", {1}}}));
        QVERIFY(sparse.contains("c") && sparse["c"].empty());

        // Unknown topics are skipped.
        auto unknown = rangeAssign({{"a", {"missing"}}}, {});
        QVERIFY(unknown["a"].empty());
    }
};

QTEST_APPLESS_MAIN(TestClientPartitioner)
#include "test_client_partitioner.moc"
