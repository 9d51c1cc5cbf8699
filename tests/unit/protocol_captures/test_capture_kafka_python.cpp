// kafka-python 2.0.2 as recorded by scripts/capture: a client that probes the broker
// with the oldest versions first and then speaks pre-flexible versions throughout. Its
// requests are decoded field by field, its batches against the records it was given.

#include <QtTest>

#include <algorithm>
#include <set>

#include "capture_checks.h"
#include "message_round_trip.h"
#include "protocol/messages/api_versions.h"
#include "protocol/messages/fetch.h"
#include "protocol/messages/list_offsets.h"
#include "protocol/messages/metadata.h"
#include "protocol/messages/produce.h"

using namespace samsa::protocol;
using namespace samsa::protocol::captures;
using namespace samsa::protocol::messages;
using records::Compression;

namespace {

const std::string kConsumerClientId = "kafka-python-2.0.2";

// Producers number themselves in creation order; the script makes one per codec.
std::string producerClientId(Compression codec) {
    const auto index = std::find(kCodecs.begin(), kCodecs.end(), codec) - kCodecs.begin();
    return "kafka-python-producer-" + std::to_string(index + 1);
}

std::vector<std::string> topicNames(const MetadataRequest& m) {
    std::vector<std::string> out;
    for (const auto& t : m.topics.value()) out.push_back(t.name.value_or("<null>"));
    return out;
}

} // namespace

class TestCaptureKafkaPython : public QObject {
    Q_OBJECT

    std::vector<Exchange> m_exchanges;

    // The exchanges of type `apiKey` that concern `topic` (as its only topic).
    std::vector<const Exchange*> exchangesFor(int16_t apiKey, const std::string& topic) {
        std::vector<const Exchange*> out;
        for (const auto* e : exchangesOf(m_exchanges, apiKey)) {
            std::vector<std::string> topics;
            if (apiKey == ProduceRequest::kApiKey)
                for (const auto& t : decodeRequestAs<ProduceRequest>(*e).topicData) topics.push_back(t.name);
            else if (apiKey == ListOffsetsRequest::kApiKey)
                for (const auto& t : decodeRequestAs<ListOffsetsRequest>(*e).topics) topics.push_back(t.name);
            else if (apiKey == FetchRequest::kApiKey)
                for (const auto& t : decodeRequestAs<FetchRequest>(*e).topics) topics.push_back(t.topic);
            if (topics == std::vector<std::string>{topic}) out.push_back(e);
        }
        return out;
    }

private slots:
    void initTestCase() {
        try {
            m_exchanges = pairExchanges(readCapture(capturePath("kafka-python-2.0.2.capture")));
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
    }

    // The version probe: each bootstrap connection opens with ApiVersions v0 (an empty
    // body after a classic v1 header), then Metadata v0 for every topic (an empty list
    // in v0). A producer goes on with Metadata v1 for every topic (null from v1 on).
    void versionProbe() {
        std::set<uint32_t> seen;
        size_t probes = 0;
        for (const auto& e : m_exchanges) {
            if (!seen.insert(e.connection).second || e.header.apiKey != ApiVersionsRequest::kApiKey) continue;
            ++probes;
            QCOMPARE(e.header.apiVersion, int16_t{0});
            QCOMPARE(e.header.headerVersion, int16_t{1});
            QCOMPARE(e.header.correlationId, 1);
            QVERIFY(e.header.clientId.has_value());
            QCOMPARE(e.request.size(), size_t{10} + e.header.clientId->size()); // header only
            const auto response = decodeResponseAs<ApiVersionsResponse>(e);
            QCOMPARE(response.errorCode, int16_t{0});
            QVERIFY(!response.apiKeys.empty());

            const auto exchanges = exchangesOn(m_exchanges, e.connection);
            QVERIFY(exchanges.size() >= 3);
            QCOMPARE(exchanges[1]->header.apiKey, MetadataRequest::kApiKey);
            QCOMPARE(exchanges[1]->header.apiVersion, int16_t{0});
            const auto v0 = decodeRequestAs<MetadataRequest>(*exchanges[1]);
            QVERIFY(v0.topics.has_value() && v0.topics->empty());
            if (e.header.clientId == kConsumerClientId) continue;
            QCOMPARE(exchanges[2]->header.apiKey, MetadataRequest::kApiKey);
            QCOMPARE(exchanges[2]->header.apiVersion, int16_t{1});
            QVERIFY(!decodeRequestAs<MetadataRequest>(*exchanges[2]).topics);
        }
        // Five producers, five consumers, the admin client's two connections.
        QCOMPARE(probes, size_t{12});
    }

    // Producers name themselves by number, consumers and the admin client by version.
    void clientIds() {
        std::set<std::string> ids;
        for (const auto& e : m_exchanges) ids.insert(e.header.clientId.value_or("<null>"));
        std::set<std::string> expected{kConsumerClientId};
        for (auto codec : kCodecs) expected.insert(producerClientId(codec));
        QCOMPARE(ids, expected);
    }

    // Produce v7 with kafka-python's defaults (acks=1, 30 s timeout) from the producer
    // made for the codec, after Metadata v1 for that topic on the same connection.
    void produce_data() { addCodecRows(); }
    void produce() {
        QFETCH(Compression, codec);
        const auto topic = topicFor(codec);
        const auto produces = exchangesFor(ProduceRequest::kApiKey, topic);
        QCOMPARE(produces.size(), size_t{1});
        const Exchange& e = *produces[0];
        QCOMPARE(e.header.apiVersion, int16_t{7});
        QCOMPARE(e.header.clientId, std::optional<std::string>(producerClientId(codec)));
        const auto request = decodeRequestAs<ProduceRequest>(e);
        QVERIFY(!request.transactionalId);
        QCOMPARE(request.acks, int16_t{1});
        QCOMPARE(request.timeoutMs, 30000);
        QCOMPARE(request.topicData.size(), size_t{1});
        QCOMPARE(request.topicData[0].partitionData.size(), size_t{1});
        QCOMPARE(request.topicData[0].partitionData[0].index, 0);
        verifyProducedRecords(request.topicData[0].partitionData[0].records, codec);
        if (QTest::currentTestFailed()) return;
        verifyProduceResponse(e, topic);
        if (QTest::currentTestFailed()) return;

        const auto before = exchangesOn(m_exchanges, e.connection);
        QCOMPARE(before.size(), size_t{2});
        QCOMPARE(before[0]->header.apiKey, MetadataRequest::kApiKey);
        QCOMPARE(before[0]->header.apiVersion, int16_t{1});
        const auto metadata = decodeRequestAs<MetadataRequest>(*before[0]);
        QCOMPARE(topicNames(metadata), std::vector<std::string>{topic});
        const auto answer = decodeResponseAs<MetadataResponse>(*before[0]);
        QCOMPARE(answer.topics.size(), size_t{1});
        verifyTopicMetadata(answer.topics[0], topic);
    }

    // seek_to_beginning: ListOffsets v1 for the earliest offset (timestamp -2).
    void listOffsets_data() { addCodecRows(); }
    void listOffsets() {
        QFETCH(Compression, codec);
        const auto found = exchangesFor(ListOffsetsRequest::kApiKey, topicFor(codec));
        QCOMPARE(found.size(), size_t{1});
        QCOMPARE(found[0]->header.apiVersion, int16_t{1});
        QCOMPARE(found[0]->header.clientId, std::optional<std::string>(kConsumerClientId));
        const auto request = decodeRequestAs<ListOffsetsRequest>(*found[0]);
        QCOMPARE(request.replicaId, -1);
        QCOMPARE(request.topics[0].partitions.size(), size_t{1});
        QCOMPARE(request.topics[0].partitions[0].partitionIndex, 0);
        QCOMPARE(request.topics[0].partitions[0].timestamp, int64_t{-2});
        const auto response = decodeResponseAs<ListOffsetsResponse>(*found[0]);
        QCOMPARE(response.topics.size(), size_t{1});
        QCOMPARE(response.topics[0].partitions.size(), size_t{1});
        QCOMPARE(response.topics[0].partitions[0].errorCode, int16_t{0});
        QCOMPARE(response.topics[0].partitions[0].offset, int64_t{0});
    }

    // Fetch v4 from offset 0, read_uncommitted, kafka-python's default limits; the
    // answer holds the produced batch in the producer's codec with offsets 0-5.
    void fetch_data() { addCodecRows(); }
    void fetch() {
        QFETCH(Compression, codec);
        const auto topic = topicFor(codec);
        const auto found = exchangesFor(FetchRequest::kApiKey, topic);
        QCOMPARE(found.size(), size_t{1});
        QCOMPARE(found[0]->header.apiVersion, int16_t{4});
        const auto request = decodeRequestAs<FetchRequest>(*found[0]);
        QCOMPARE(request.replicaId, -1);
        QCOMPARE(request.maxWaitMs, 500);
        QCOMPARE(request.minBytes, 1);
        QCOMPARE(request.maxBytes, 52428800);
        QCOMPARE(request.isolationLevel, int8_t{0});
        QCOMPARE(request.topics[0].partitions.size(), size_t{1});
        QCOMPARE(request.topics[0].partitions[0].partition, 0);
        QCOMPARE(request.topics[0].partitions[0].fetchOffset, int64_t{0});
        QCOMPARE(request.topics[0].partitions[0].partitionMaxBytes, 1048576);
        verifyFetchResponse(*found[0], topic);
        if (QTest::currentTestFailed()) return;
        verifyRecordSet(fetchedBatches(m_exchanges, topic, 0), codec, true);
    }

    // KafkaAdminClient.list_topics: Metadata v5 for every topic, without creating any;
    // the answer lists the five topics. Every answer names the one broker.
    void adminListTopics() {
        std::vector<const Exchange*> listings;
        for (const auto* e : exchangesOf(m_exchanges, MetadataRequest::kApiKey))
            if (e->header.apiVersion == 5) listings.push_back(e);
        QVERIFY(!listings.empty());
        for (const auto* e : listings) {
            QCOMPARE(e->header.clientId, std::optional<std::string>(kConsumerClientId));
            const auto request = decodeRequestAs<MetadataRequest>(*e);
            QVERIFY(!request.topics);
            QVERIFY(!request.allowAutoTopicCreation);
            const auto response = decodeResponseAs<MetadataResponse>(*e);
            QVERIFY(response.clusterId && !response.clusterId->empty());
            QCOMPARE(response.controllerId, 1);
            std::set<std::string> names;
            for (const auto& t : response.topics) {
                names.insert(t.name.value_or(""));
                verifyTopicMetadata(t, t.name.value_or(""));
            }
            QCOMPARE(names, (std::set<std::string>{"capture-gzip", "capture-lz4", "capture-none",
                                                   "capture-snappy", "capture-zstd"}));
        }
        verifyBrokersInMetadata(m_exchanges);
    }
};

QTEST_APPLESS_MAIN(TestCaptureKafkaPython)
#include "test_capture_kafka_python.moc"
