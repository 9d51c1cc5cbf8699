// librdkafka 2.0.2 (through kcat) as recorded by scripts/capture: its requests decoded
// field by field against what the client is known to send, the batches it wrote with each
// codec against the records it was given, and the broker's answers to it.

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

bool producesTo(const Exchange& e, const std::string& topic) {
    if (e.header.apiKey != ProduceRequest::kApiKey) return false;
    for (const auto& t : decodeRequestAs<ProduceRequest>(e).topicData)
        if (t.name == topic) return true;
    return false;
}

bool listsOffsetsOf(const Exchange& e, const std::string& topic) {
    if (e.header.apiKey != ListOffsetsRequest::kApiKey) return false;
    for (const auto& t : decodeRequestAs<ListOffsetsRequest>(e).topics)
        if (t.name == topic) return true;
    return false;
}

std::vector<std::string> topicNames(const MetadataRequest& m) {
    std::vector<std::string> out;
    for (const auto& t : m.topics.value()) out.push_back(t.name.value_or("<null>"));
    return out;
}

} // namespace

class TestCaptureLibrdkafka : public QObject {
    Q_OBJECT

    std::vector<Exchange> m_exchanges;

    // The one connection kcat opened to produce (or consume) `codec`'s topic.
    uint32_t connectionFor(Compression codec, bool producer) {
        const auto topic = topicFor(codec);
        const auto found = connectionsWhere(m_exchanges, [&](const Exchange& e) {
            return producer ? producesTo(e, topic) : listsOffsetsOf(e, topic);
        });
        return found.size() == 1 ? found.front() : 0;
    }

private slots:
    void initTestCase() {
        try {
            m_exchanges = pairExchanges(readCapture(capturePath("librdkafka-2.0.2.capture")));
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
    }

    // Every connection opens with ApiVersions v3, whose flexible request header carries
    // the classic client id and whose body names the client software.
    void apiVersionsRequests() {
        std::set<uint32_t> connections;
        for (const auto& e : m_exchanges) {
            if (!connections.insert(e.connection).second) continue;
            QCOMPARE(e.header.apiKey, ApiVersionsRequest::kApiKey);
            QCOMPARE(e.header.apiVersion, int16_t{3});
            QCOMPARE(e.header.headerVersion, int16_t{2});
            QCOMPARE(e.header.correlationId, 1);
            QCOMPARE(e.header.clientId, std::optional<std::string>("rdkafka"));
            const auto request = decodeRequestAs<ApiVersionsRequest>(e);
            QCOMPARE(request.clientSoftwareName, std::string("librdkafka"));
            QCOMPARE(request.clientSoftwareVersion, std::string("2.0.2"));
            QVERIFY(request.unknownTaggedFields.empty());
        }
        // Five producers, five consumers, one listing.
        QCOMPARE(connections.size(), size_t{11});
    }

    // The answer to a flexible ApiVersions request still has response header v0 (no
    // tagged section after the correlation id), so the body starts at byte 4.
    void apiVersionsResponses() {
        for (const auto* e : exchangesOf(m_exchanges, ApiVersionsRequest::kApiKey)) {
            const auto response = decodeResponseAs<ApiVersionsResponse>(*e);
            QCOMPARE(response.errorCode, int16_t{0});
            const Bytes& raw = *e->response;
            QCOMPARE(raw[4], uint8_t{0}); // error code, high byte
            QCOMPARE(raw[5], uint8_t{0});
            QCOMPARE(static_cast<size_t>(raw[6]), response.apiKeys.size() + 1); // compact length
            int16_t previous = -1;
            std::set<int16_t> keys;
            for (const auto& api : response.apiKeys) {
                QVERIFY(api.apiKey > previous); // ascending, no repeats
                previous = api.apiKey;
                QVERIFY(api.minVersion <= api.maxVersion);
                keys.insert(api.apiKey);
            }
            for (int16_t key : {0, 1, 2, 3, 18}) QVERIFY(keys.contains(key));
        }
    }

    // A producer asks for its one topic and lets the broker create it; a consumer asks
    // for it without creating it. librdkafka may also refresh brokers only (an empty
    // topic list), which the broker answers with no topics.
    void metadataRequestsPerTopic_data() { addCodecRows(); }
    void metadataRequestsPerTopic() {
        QFETCH(Compression, codec);
        for (bool producer : {true, false}) {
            const uint32_t connection = connectionFor(codec, producer);
            QVERIFY(connection != 0);
            size_t topicRequests = 0;
            for (const auto* e : exchangesOn(m_exchanges, connection)) {
                if (e->header.apiKey != MetadataRequest::kApiKey) continue;
                QCOMPARE(e->header.apiVersion, int16_t{4});
                const auto request = decodeRequestAs<MetadataRequest>(*e);
                const auto response = decodeResponseAs<MetadataResponse>(*e);
                if (topicNames(request).empty()) {
                    QVERIFY(response.topics.empty());
                    continue;
                }
                ++topicRequests;
                QCOMPARE(topicNames(request), std::vector<std::string>{topicFor(codec)});
                QCOMPARE(request.allowAutoTopicCreation, producer);
                QCOMPARE(response.topics.size(), size_t{1});
                verifyTopicMetadata(response.topics[0], topicFor(codec));
            }
            QVERIFY(topicRequests >= 1);
        }
    }

    // kcat -L first asks for brokers only (an empty topic list), then for every topic
    // (null). Every Metadata answer names the same single broker: the address it
    // advertises, which is what kept the clients on the recording proxy.
    void metadataListing() {
        const auto listing = connectionsWhere(m_exchanges, [](const Exchange& e) {
            return e.header.apiKey == MetadataRequest::kApiKey && !decodeRequestAs<MetadataRequest>(e).topics;
        });
        QCOMPARE(listing.size(), size_t{1});
        const auto exchanges = exchangesOn(m_exchanges, listing.front());
        QCOMPARE(exchanges.size(), size_t{3});
        const auto brokersOnly = decodeRequestAs<MetadataRequest>(*exchanges[1]);
        QVERIFY(brokersOnly.topics.has_value() && brokersOnly.topics->empty());
        QVERIFY(decodeResponseAs<MetadataResponse>(*exchanges[1]).topics.empty());
        const auto all = decodeResponseAs<MetadataResponse>(*exchanges[2]);
        std::set<std::string> names;
        for (const auto& t : all.topics) {
            names.insert(t.name.value_or(""));
            verifyTopicMetadata(t, t.name.value_or(""));
        }
        QCOMPARE(names, (std::set<std::string>{"capture-gzip", "capture-lz4", "capture-none", "capture-snappy",
                                               "capture-zstd"}));

        verifyBrokersInMetadata(m_exchanges);
        // Metadata v2 and later carry the cluster id: one, on every answer.
        std::set<std::string> clusterIds;
        for (const auto* e : exchangesOf(m_exchanges, MetadataRequest::kApiKey))
            clusterIds.insert(decodeResponseAs<MetadataResponse>(*e).clusterId.value_or(""));
        QCOMPARE(clusterIds.size(), size_t{1});
        QVERIFY(!clusterIds.begin()->empty());
        for (const auto* e : exchangesOf(m_exchanges, MetadataRequest::kApiKey))
            QCOMPARE(decodeResponseAs<MetadataResponse>(*e).controllerId, 1);
    }

    // Produce v7 with librdkafka's defaults (acks=all, 30 s timeout), one partition, and
    // a batch that holds exactly the records kcat was given, compressed with the codec
    // it was told to use.
    void produce_data() { addCodecRows(); }
    void produce() {
        QFETCH(Compression, codec);
        const uint32_t connection = connectionFor(codec, true);
        QVERIFY(connection != 0);
        std::vector<const Exchange*> produces;
        for (const auto* e : exchangesOn(m_exchanges, connection))
            if (e->header.apiKey == ProduceRequest::kApiKey) produces.push_back(e);
        QCOMPARE(produces.size(), size_t{1}); // linger.ms gathers the set into one request
        const Exchange& e = *produces[0];
        QCOMPARE(e.header.apiVersion, int16_t{7});
        QCOMPARE(e.header.clientId, std::optional<std::string>("rdkafka"));
        const auto request = decodeRequestAs<ProduceRequest>(e);
        QVERIFY(!request.transactionalId);
        QCOMPARE(request.acks, int16_t{-1});
        QCOMPARE(request.timeoutMs, 30000);
        QCOMPARE(request.topicData.size(), size_t{1});
        QCOMPARE(request.topicData[0].name, topicFor(codec));
        QCOMPARE(request.topicData[0].partitionData.size(), size_t{1});
        const auto& partition = request.topicData[0].partitionData[0];
        QCOMPARE(partition.index, 0);
        verifyProducedRecords(partition.records, codec);
        if (QTest::currentTestFailed()) return;
        verifyProduceResponse(e, topicFor(codec));
    }

    // kcat -o beginning resolves the earliest offset (timestamp -2) under librdkafka's
    // default isolation, read_committed.
    void listOffsets_data() { addCodecRows(); }
    void listOffsets() {
        QFETCH(Compression, codec);
        const auto all = exchangesOf(m_exchanges, ListOffsetsRequest::kApiKey);
        const auto it = std::find_if(all.begin(), all.end(), [&](auto* e) { return listsOffsetsOf(*e, topicFor(codec)); });
        QVERIFY(it != all.end());
        QCOMPARE((*it)->header.apiVersion, int16_t{2});
        const auto request = decodeRequestAs<ListOffsetsRequest>(**it);
        QCOMPARE(request.replicaId, -1);
        QCOMPARE(request.isolationLevel, int8_t{1});
        QCOMPARE(request.topics.size(), size_t{1});
        QCOMPARE(request.topics[0].partitions.size(), size_t{1});
        QCOMPARE(request.topics[0].partitions[0].partitionIndex, 0);
        QCOMPARE(request.topics[0].partitions[0].timestamp, int64_t{-2});
        const auto response = decodeResponseAs<ListOffsetsResponse>(**it);
        QCOMPARE(response.topics.size(), size_t{1});
        QCOMPARE(response.topics[0].partitions[0].errorCode, int16_t{0});
        QCOMPARE(response.topics[0].partitions[0].offset, int64_t{0});
    }

    // Fetch v11 without fetch sessions, with librdkafka's default limits. The first
    // fetch from offset 0 returns the produced batch, still in the producer's codec; the
    // next ones wait at offset 6, the end of the log.
    void fetch_data() { addCodecRows(); }
    void fetch() {
        QFETCH(Compression, codec);
        const uint32_t connection = connectionFor(codec, false);
        QVERIFY(connection != 0);
        std::vector<int64_t> offsets;
        for (const auto* e : exchangesOn(m_exchanges, connection)) {
            if (e->header.apiKey != FetchRequest::kApiKey) continue;
            QCOMPARE(e->header.apiVersion, int16_t{11});
            const auto request = decodeRequestAs<FetchRequest>(*e);
            QCOMPARE(request.replicaId, -1);
            QCOMPARE(request.maxWaitMs, 500);
            QCOMPARE(request.minBytes, 1);
            QCOMPARE(request.maxBytes, 52428800);
            QCOMPARE(request.isolationLevel, int8_t{1});
            QCOMPARE(request.sessionId, 0);
            QCOMPARE(request.sessionEpoch, -1);
            QCOMPARE(request.topics.size(), size_t{1});
            QCOMPARE(request.topics[0].topic, topicFor(codec));
            QCOMPARE(request.topics[0].partitions.size(), size_t{1});
            QCOMPARE(request.topics[0].partitions[0].partition, 0);
            QCOMPARE(request.topics[0].partitions[0].partitionMaxBytes, 1048576);
            offsets.push_back(request.topics[0].partitions[0].fetchOffset);
            if (!e->response) continue;
            verifyFetchResponse(*e, topicFor(codec));
            if (QTest::currentTestFailed()) return;
        }
        QVERIFY(offsets.size() >= 2);
        QCOMPARE(offsets[0], int64_t{0});
        for (size_t i = 1; i < offsets.size(); ++i) QCOMPARE(offsets[i], int64_t{kRecordCount});

        verifyRecordSet(fetchedBatches(m_exchanges, topicFor(codec), 0), codec, true);
    }
};

QTEST_APPLESS_MAIN(TestCaptureLibrdkafka)
#include "test_capture_librdkafka.moc"
