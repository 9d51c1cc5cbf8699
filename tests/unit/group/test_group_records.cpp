// The group coordinator's placement of groups and its records in __consumer_offsets,
// byte for byte in Kafka's layout.
#include <QtTest>

#include "group/coordinator_key.h"
#include "group/group_records.h"
#include "protocol/wire/reader.h"

using namespace samsa;
using namespace samsa::group;

namespace {

Bytes bytes(std::initializer_list<int> values) {
    Bytes out;
    for (int v : values) out.push_back(static_cast<uint8_t>(v));
    return out;
}

} // namespace

class TestGroupRecords : public QObject {
    Q_OBJECT

private slots:
    void javaHashCode_data() {
        QTest::addColumn<QByteArray>("utf8");
        QTest::addColumn<int>("hash");
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("ascii") << QByteArray("hello") << 99162322;
        QTest::newRow("negative") << QByteArray("my-group") << -1906497762;
        QTest::newRow("two-byte utf-8") << QByteArray("\xc3\xa9t\xc3\xa9") << 227742;
        // Outside the BMP Java hashes the surrogate pair, not the code point.
        QTest::newRow("surrogate pair") << QByteArray("\xf0\x9f\x98\x80") << 1772899;
        QTest::newRow("min value") << QByteArray("polygenelubricants") << int(INT32_MIN);
    }
    void javaHashCode() {
        QFETCH(QByteArray, utf8);
        QFETCH(int, hash);
        QCOMPARE(javaStringHashCode(std::string_view(utf8.constData(), size_t(utf8.size()))), hash);
    }

    void partitionForGroup_() {
        QCOMPARE(partitionForGroup("hello", 50), 22);
        // Kafka's abs: the magnitude, not the sign bit masked off (which would give 36).
        QCOMPARE(partitionForGroup("my-group", 50), 12);
        // abs(MIN_VALUE) is 0 rather than negative.
        QCOMPARE(partitionForGroup("polygenelubricants", 50), 0);
        QCOMPARE(partitionForGroup("consumer-group-7", 50), 26);
        QCOMPARE(partitionForGroup("consumer-group-7", 1), 0);
    }

    void offsetKeyLayout() {
        // int16 version 1, string group, string topic, int32 partition.
        const Bytes key = encodeOffsetKey("g", {"t", 7});
        QCOMPARE(key, bytes({0, 1, 0, 1, 'g', 0, 1, 't', 0, 0, 0, 7}));
        const auto decoded = std::get<OffsetRecordKey>(decodeKey(key));
        QCOMPARE(decoded.group, std::string("g"));
        QCOMPARE(decoded.tp.topic, std::string("t"));
        QCOMPARE(decoded.tp.partition, 7);
    }

    void groupKeyLayout() {
        const Bytes key = encodeGroupKey("ab");
        QCOMPARE(key, bytes({0, 2, 0, 2, 'a', 'b'}));
        QCOMPARE(std::get<GroupRecordKey>(decodeKey(key)).group, std::string("ab"));
        // A key version this broker does not know is skipped, not an error.
        QVERIFY(std::holds_alternative<std::monostate>(decodeKey(bytes({0, 9, 0, 0}))));
    }

    void offsetValueV3() {
        CommittedOffset o{42, 5, "m", 1000, std::nullopt};
        const Bytes value = encodeOffsetValue(o);
        // v3: offset int64, leader epoch int32, metadata string, commit timestamp int64.
        QCOMPARE(value, bytes({0, 3, 0, 0, 0, 0, 0, 0, 0, 42, 0, 0, 0, 5, 0, 1, 'm', 0, 0, 0, 0, 0, 0, 0x03, 0xe8}));
        QCOMPARE(decodeOffsetValue(value), o);
    }

    void offsetValueWithExpiryIsV1() {
        CommittedOffset o{42, -1, "", 1000, 5000};
        const Bytes value = encodeOffsetValue(o);
        protocol::Reader r(value);
        QCOMPARE(r.readInt16(), int16_t(1));
        // v1 has no leader epoch; the decoded offset says "unknown" for it.
        QCOMPARE(decodeOffsetValue(value), o);
    }

    void groupValueV3RoundTrip() {
        GroupMetadataValue v;
        v.protocolType = "consumer";
        v.generation = 3;
        v.protocol = "range";
        v.leader = "m1";
        v.currentStateTimestamp = 1234;
        auto& m = v.members.emplace_back();
        m.memberId = "m1";
        m.groupInstanceId = "i1";
        m.clientId = "c";
        m.clientHost = "/127.0.0.1";
        m.rebalanceTimeout = 30000;
        m.sessionTimeout = 10000;
        m.subscription = bytes({1, 2});
        m.assignment = bytes({3});
        const Bytes value = encodeGroupValue(v);
        protocol::Reader r(value);
        QCOMPARE(r.readInt16(), int16_t(3));
        const auto back = decodeGroupValue(value);
        QCOMPARE(back, v);
    }

    void truncatedValueThrows() {
        Bytes value = encodeOffsetValue({1, 0, "", 0, std::nullopt});
        value.resize(value.size() - 3);
        QVERIFY_THROWS_EXCEPTION(protocol::DecodeError, decodeOffsetValue(value));
    }
};

QTEST_APPLESS_MAIN(TestGroupRecords)
#include "test_group_records.moc"
