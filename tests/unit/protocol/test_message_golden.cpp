// Byte sequences written out by hand from the Kafka protocol specification, decoded
// field by field and re-encoded. These pin the generated codecs to the real wire format
// rather than to themselves.

#include <QtTest>

#include "protocol/messages/any_request.h"
#include "protocol/messages/api_versions.h"
#include "protocol/messages/find_coordinator.h"
#include "protocol/messages/headers.h"
#include "protocol/messages/metadata.h"
#include "protocol/messages/produce.h"
#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"

using namespace samsa::protocol;
using namespace samsa::protocol::messages;

namespace {

template <typename T>
T decodeAll(const Bytes& bytes, int16_t version) {
    Reader r(bytes);
    T m;
    m.decode(r, version);
    if (!r.atEnd()) throw DecodeError("trailing bytes");
    return m;
}

template <typename T>
Bytes encode(const T& m, int16_t version) {
    Writer w;
    m.encode(w, version);
    return w.take();
}

} // namespace

class TestMessageGolden : public QObject {
    Q_OBJECT

private slots:
    // A complete ApiVersions v3 request frame body: header v2 (classic client id, then an
    // empty tagged section) followed by a flexible body with compact strings.
    void apiVersionsRequestV3Frame() {
        const Bytes frame{
            0x00, 0x12,             // api key 18
            0x00, 0x03,             // api version 3
            0x00, 0x00, 0x00, 0x07, // correlation id
            0x00, 0x03, 'c', 'l', 'i', // client id: int16 length even in header v2
            0x00,                   // header tagged fields: none
            0x06, 's', 'a', 'm', 's', 'a', // compact string: length + 1
            0x04, '1', '.', '0',
            0x00,                   // body tagged fields: none
        };
        Reader r(frame);
        DecodedRequestHeader header = decodeRequestHeader(r);
        QCOMPARE(header.apiKey, 18);
        QCOMPARE(header.apiVersion, 3);
        QCOMPARE(header.correlationId, 7);
        QCOMPARE(header.clientId, std::optional<std::string>("cli"));
        QCOMPARE(header.headerVersion, 2);
        QCOMPARE(r.position(), size_t{14});

        AnyRequest body = decodeRequest(header.apiKey, header.apiVersion, r);
        QVERIFY(r.atEnd());
        const auto& request = std::get<ApiVersionsRequest>(body);
        QCOMPARE(request.clientSoftwareName, std::string("samsa"));
        QCOMPARE(request.clientSoftwareVersion, std::string("1.0"));
        QVERIFY(request.unknownTaggedFields.empty());

        Writer w;
        encodeRequestHeader(w, 18, 3, 7, std::string("cli"));
        request.encode(w, 3);
        QVERIFY(w.bytes() == frame);
    }

    // Classic (non-flexible) encoding: int32 array length, int16 string lengths, and -1
    // for the null topic list that asks for every topic.
    void metadataRequestV1() {
        const Bytes twoTopics{
            0x00, 0x00, 0x00, 0x02,
            0x00, 0x03, 'f', 'o', 'o',
            0x00, 0x03, 'b', 'a', 'r',
        };
        auto m = decodeAll<MetadataRequest>(twoTopics, 1);
        QVERIFY(m.topics.has_value());
        QCOMPARE(m.topics->size(), size_t{2});
        QCOMPARE((*m.topics)[0].name, std::optional<std::string>("foo"));
        QCOMPARE((*m.topics)[1].name, std::optional<std::string>("bar"));
        QVERIFY((*m.topics)[0].topicId.isZero()); // only from v10
        QVERIFY(encode(m, 1) == twoTopics);

        const Bytes allTopics{0xff, 0xff, 0xff, 0xff};
        auto all = decodeAll<MetadataRequest>(allTopics, 1);
        QVERIFY(!all.topics.has_value());
        QVERIFY(encode(all, 1) == allTopics);
        // v0 has no null topic list: -1 there is malformed, and encoding null writes the
        // empty list (which in v0 means every topic).
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeAll<MetadataRequest>(allTopics, 0));
        QVERIFY(encode(all, 0) == (Bytes{0x00, 0x00, 0x00, 0x00}));
    }

    // Flexible body with known tagged fields (one scalar, one bool) and an unknown tag
    // that must survive a decode/encode cycle in its place in the tag order.
    void apiVersionsResponseV3TaggedFields() {
        const Bytes bytes{
            0x00, 0x00,                   // error code
            0x02,                         // compact array: one element
            0x00, 0x12, 0x00, 0x00, 0x00, 0x04, 0x00, // ApiVersions 0-4, no tags
            0x00, 0x00, 0x00, 0x0a,       // throttle time 10
            0x03,                         // three tagged fields
            0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, // tag 1: features epoch 5
            0x03, 0x01, 0x01,             // tag 3: zk migration ready
            0x07, 0x02, 0xab, 0xcd,       // tag 7: unknown to this schema
        };
        auto m = decodeAll<ApiVersionsResponse>(bytes, 3);
        QCOMPARE(m.errorCode, 0);
        QCOMPARE(m.apiKeys.size(), size_t{1});
        QCOMPARE(m.apiKeys[0].apiKey, 18);
        QCOMPARE(m.apiKeys[0].minVersion, 0);
        QCOMPARE(m.apiKeys[0].maxVersion, 4);
        QCOMPARE(m.throttleTimeMs, 10);
        QCOMPARE(m.finalizedFeaturesEpoch, 5);
        QVERIFY(m.zkMigrationReady);
        QVERIFY(m.supportedFeatures.empty());
        QCOMPARE(m.unknownTaggedFields.size(), size_t{1});
        QCOMPARE(m.unknownTaggedFields[0].tag, 7u);
        QVERIFY(m.unknownTaggedFields[0].data == (Bytes{0xab, 0xcd}));
        QVERIFY(encode(m, 3) == bytes);

        // Tagged fields at their defaults are left out entirely.
        m.finalizedFeaturesEpoch = -1;
        m.zkMigrationReady = false;
        m.unknownTaggedFields.clear();
        const Bytes plain{0x00, 0x00, 0x02, 0x00, 0x12, 0x00, 0x00, 0x00, 0x04, 0x00,
                          0x00, 0x00, 0x00, 0x0a, 0x00};
        QVERIFY(encode(m, 3) == plain);
        // v0 has neither throttle time nor tags.
        QVERIFY(encode(m, 0) == (Bytes{0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x12, 0x00, 0x00, 0x00, 0x04}));
    }

    // Compact array of compact strings (FindCoordinator v4 batches its keys).
    void findCoordinatorRequestV4() {
        const Bytes bytes{0x01, 0x03, 0x03, 'g', '1', 0x03, 'g', '2', 0x00};
        auto m = decodeAll<FindCoordinatorRequest>(bytes, 4);
        QCOMPARE(m.keyType, 1);
        QCOMPARE(m.coordinatorKeys, (std::vector<std::string>{"g1", "g2"}));
        QCOMPARE(m.key, std::string()); // v0-3 only
        QVERIFY(encode(m, 4) == bytes);
    }

    // Produce v3: nullable transactional id and record bytes with an int32 length.
    void produceRequestV3() {
        const Bytes bytes{
            0xff, 0xff,             // transactional id: null
            0xff, 0xff,             // acks -1
            0x00, 0x00, 0x75, 0x30, // timeout 30000
            0x00, 0x00, 0x00, 0x01, // one topic
            0x00, 0x01, 't',
            0x00, 0x00, 0x00, 0x01, // one partition
            0x00, 0x00, 0x00, 0x02, // index 2
            0x00, 0x00, 0x00, 0x03, 0x01, 0x02, 0x03, // records
        };
        auto m = decodeAll<ProduceRequest>(bytes, 3);
        QVERIFY(!m.transactionalId.has_value());
        QCOMPARE(m.acks, -1);
        QCOMPARE(m.timeoutMs, 30000);
        QCOMPARE(m.topicData.size(), size_t{1});
        QCOMPARE(m.topicData[0].name, std::string("t"));
        QCOMPARE(m.topicData[0].partitionData[0].index, 2);
        QVERIFY(m.topicData[0].partitionData[0].records == (Bytes{0x01, 0x02, 0x03}));
        QVERIFY(encode(m, 3) == bytes);
    }

    // A count far beyond the input is refused before anything is allocated for it.
    void hostileArrayCountIsRefused() {
        const Bytes bytes{0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x75, 0x30, 0x7f, 0xff, 0xff, 0xff};
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeAll<ProduceRequest>(bytes, 3));
        const Bytes compact{0x00, 0xff, 0xff, 0x00, 0x00, 0x75, 0x30, 0xff, 0xff, 0xff, 0xff, 0x07};
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeAll<ProduceRequest>(compact, 9));
    }

    // A known tag whose payload is longer than its value is malformed.
    void taggedFieldWithTrailingBytesIsRefused() {
        const Bytes bytes{0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00,
                          0x01, 0x03, 0x02, 0x01, 0x00}; // tag 3 (bool) with two bytes
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeAll<ApiVersionsResponse>(bytes, 3));
    }
};

QTEST_APPLESS_MAIN(TestMessageGolden)
#include "test_message_golden.moc"
