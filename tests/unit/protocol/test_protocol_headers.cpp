// Request/response header versions, header decoding and the api table.

#include <QtTest>

#include "protocol/messages/all_messages.h"
#include "protocol/messages/api_table.h"
#include "protocol/messages/headers.h"
#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"

using namespace samsa::protocol;
using namespace samsa::protocol::messages;

class TestProtocolHeaders : public QObject {
    Q_OBJECT

private slots:
    void requestHeaderVersions_data() {
        QTest::addColumn<int>("apiKey");
        QTest::addColumn<int>("apiVersion");
        QTest::addColumn<int>("expected");
        QTest::newRow("ApiVersions v2") << 18 << 2 << 1;
        QTest::newRow("ApiVersions v3") << 18 << 3 << 2;
        QTest::newRow("ApiVersions newer than known") << 18 << 99 << 2;
        QTest::newRow("Metadata v8") << 3 << 8 << 1;
        QTest::newRow("Metadata v9") << 3 << 9 << 2;
        QTest::newRow("Produce v8") << 0 << 8 << 1;
        QTest::newRow("Produce v9") << 0 << 9 << 2;
        QTest::newRow("Fetch v11") << 1 << 11 << 1;
        QTest::newRow("Fetch v12") << 1 << 12 << 2;
        QTest::newRow("DescribeCluster v0") << 60 << 0 << 2;
        QTest::newRow("SaslHandshake never flexible") << 17 << 1 << 1;
        QTest::newRow("OffsetDelete never flexible") << 47 << 0 << 1;
        QTest::newRow("unknown key") << 1000 << 5 << 1;
        QTest::newRow("negative version") << 3 << -1 << 1;
    }
    void requestHeaderVersions() {
        QFETCH(int, apiKey);
        QFETCH(int, apiVersion);
        QFETCH(int, expected);
        QCOMPARE(requestHeaderVersion(static_cast<int16_t>(apiKey), static_cast<int16_t>(apiVersion)), expected);
    }

    void responseHeaderVersions_data() {
        QTest::addColumn<int>("apiKey");
        QTest::addColumn<int>("apiVersion");
        QTest::addColumn<int>("expected");
        for (int v = 0; v <= 4; ++v)
            QTest::addRow("ApiVersions v%d", v) << 18 << v << 0;
        QTest::newRow("Metadata v8") << 3 << 8 << 0;
        QTest::newRow("Metadata v9") << 3 << 9 << 1;
        QTest::newRow("JoinGroup v5") << 11 << 5 << 0;
        QTest::newRow("JoinGroup v6") << 11 << 6 << 1;
        QTest::newRow("CreateTopics v4") << 19 << 4 << 0;
        QTest::newRow("CreateTopics v5") << 19 << 5 << 1;
        QTest::newRow("SaslHandshake v1") << 17 << 1 << 0;
        QTest::newRow("unknown key") << 1000 << 0 << 0;
    }
    void responseHeaderVersions() {
        QFETCH(int, apiKey);
        QFETCH(int, apiVersion);
        QFETCH(int, expected);
        QCOMPARE(responseHeaderVersion(static_cast<int16_t>(apiKey), static_cast<int16_t>(apiVersion)), expected);
    }

    // The header helpers must agree with the flexible range each message declares.
    void headerVersionsFollowEveryMessage() {
        []<typename... T>(TypeList<T...>) {
            (([] {
                 for (int16_t v = T::kMinVersion; v <= T::kMaxVersion; ++v) {
                     bool flexible = v >= T::kFirstFlexibleVersion;
                     QCOMPARE(requestHeaderVersion(T::kApiKey, v), flexible ? 2 : 1);
                 }
             }()),
             ...);
        }(AllRequestTypes{});
        []<typename... T>(TypeList<T...>) {
            (([] {
                 for (int16_t v = T::kMinVersion; v <= T::kMaxVersion; ++v) {
                     bool flexible = v >= T::kFirstFlexibleVersion && T::kApiKey != ApiVersionsResponse::kApiKey;
                     QCOMPARE(responseHeaderVersion(T::kApiKey, v), flexible ? 1 : 0);
                 }
             }()),
             ...);
        }(AllResponseTypes{});
    }

    void decodesHeaderV1WithNullClientId() {
        const Bytes frame{0x00, 0x03, 0x00, 0x01, 0x00, 0x00, 0x01, 0x00, 0xff, 0xff, 0xaa};
        Reader r(frame);
        DecodedRequestHeader h = decodeRequestHeader(r);
        QCOMPARE(h.apiKey, 3);
        QCOMPARE(h.apiVersion, 1);
        QCOMPARE(h.correlationId, 256);
        QVERIFY(!h.clientId.has_value());
        QCOMPARE(h.headerVersion, 1);
        QCOMPARE(r.remaining(), size_t{1});
    }

    // An api key the broker does not know still yields its correlation id, so the broker
    // can answer instead of dropping the connection.
    void unknownApiKeyDecodesAsV1() {
        const Bytes frame{0x04, 0xd2, 0x00, 0x07, 0x00, 0x00, 0x00, 0x2a, 0x00, 0x01, 'x', 0x00, 0x00};
        Reader r(frame);
        DecodedRequestHeader h = decodeRequestHeader(r);
        QCOMPARE(h.apiKey, 1234);
        QCOMPARE(h.apiVersion, 7);
        QCOMPARE(h.correlationId, 42);
        QCOMPARE(h.clientId, std::optional<std::string>("x"));
        QCOMPARE(h.headerVersion, 1);
        QCOMPARE(r.remaining(), size_t{2}); // the tagged-field byte of v2 is not consumed
    }

    void headerV2KeepsReadingPastTaggedFields() {
        // Metadata v12 header with one (unknown) tagged field in the header section.
        const Bytes frame{0x00, 0x03, 0x00, 0x0c, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00,
                          0x01, 0x09, 0x01, 0x77, 0xbb};
        Reader r(frame);
        DecodedRequestHeader h = decodeRequestHeader(r);
        QCOMPARE(h.headerVersion, 2);
        QCOMPARE(h.clientId, std::optional<std::string>(""));
        QCOMPARE(r.remaining(), size_t{1});
    }

    void truncatedHeaderThrows() {
        const Bytes frame{0x00, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x07, 0x00, 0x03, 'c', 'l', 'i', 0x00};
        for (size_t len = 0; len < frame.size(); ++len) {
            Reader r(std::span<const uint8_t>(frame.data(), len));
            QVERIFY_THROWS_EXCEPTION(DecodeError, decodeRequestHeader(r));
        }
    }

    void encodesHeaders() {
        Writer w;
        encodeRequestHeader(w, 3, 12, 9, std::nullopt);
        QVERIFY(w.bytes() == (Bytes{0x00, 0x03, 0x00, 0x0c, 0x00, 0x00, 0x00, 0x09, 0xff, 0xff, 0x00}));

        Writer v0;
        encodeResponseHeader(v0, 18, 4, 9);
        QVERIFY(v0.bytes() == (Bytes{0x00, 0x00, 0x00, 0x09}));
        Writer v1;
        encodeResponseHeader(v1, 3, 12, 9);
        QVERIFY(v1.bytes() == (Bytes{0x00, 0x00, 0x00, 0x09, 0x00}));
    }

    void apiTable() {
        const ApiInfo* produce = findApi(0);
        QVERIFY(produce);
        QCOMPARE(produce->name, std::string_view("Produce"));
        QCOMPARE(produce->served.min, 3);
        QCOMPARE(produce->served.max, 9);
        QCOMPARE(produce->advertised.min, 0);
        QCOMPARE(produce->advertised.max, 9);
        QVERIFY(!isServed(0, 2));
        QVERIFY(isServed(0, 3));
        QVERIFY(isServed(0, 9));
        QVERIFY(!isServed(0, 10));
        QVERIFY(isServed(27, 1));
        QVERIFY(!isServed(27, 0));
        QVERIFY(!findApi(34));
        QVERIFY(!findApi(-1));
        QVERIFY(!isServed(1000, 0));

        auto apis = allApis();
        QCOMPARE(apis.size(), size_t{43});
        for (size_t i = 1; i < apis.size(); ++i) QVERIFY(apis[i - 1].key < apis[i].key);
        for (const auto& api : apis) {
            QVERIFY(api.advertised.min <= api.served.min);
            QCOMPARE(api.advertised.max, api.served.max);
            QCOMPARE(findApi(api.key), &api);
        }
    }
};

QTEST_APPLESS_MAIN(TestProtocolHeaders)
#include "test_protocol_headers.moc"
