#pragma once

// QtTest checks shared by the per-client capture tests. Each fails the running test
// function; callers return when QTest::currentTestFailed() says so.

#include <QtTest>

#include <functional>
#include <string>
#include <vector>

#include "capture_file.h"
#include "captured_records.h"
#include "message_round_trip.h"
#include "protocol/messages/fetch.h"
#include "protocol/messages/metadata.h"
#include "protocol/messages/produce.h"

namespace samsa::protocol::captures {

inline std::vector<const Exchange*> exchangesOf(const std::vector<Exchange>& exchanges, int16_t apiKey) {
    std::vector<const Exchange*> out;
    for (const auto& e : exchanges)
        if (e.header.apiKey == apiKey) out.push_back(&e);
    return out;
}

inline std::vector<const Exchange*> exchangesOn(const std::vector<Exchange>& exchanges, uint32_t connection) {
    std::vector<const Exchange*> out;
    for (const auto& e : exchanges)
        if (e.connection == connection) out.push_back(&e);
    return out;
}

// The connections, in order, on which some exchange satisfies `match`.
inline std::vector<uint32_t> connectionsWhere(const std::vector<Exchange>& exchanges,
                                              const std::function<bool(const Exchange&)>& match) {
    std::vector<uint32_t> out;
    for (const auto& e : exchanges)
        if (match(e) && (out.empty() || out.back() != e.connection)) out.push_back(e.connection);
    return out;
}

inline std::string asString(const std::optional<Bytes>& b) {
    return b ? std::string(b->begin(), b->end()) : std::string("<null>");
}

// The batches hold the capture's record set for `codec`, in order, each batch
// compressed with `codec`. Batches as the broker returns them must also carry the
// offsets it assigned: 0 for the first record of the partition onwards.
inline void verifyRecordSet(const std::vector<records::RecordBatch>& batches, records::Compression codec,
                            bool offsetsAssigned) {
    const auto expected = expectedRecords(codec);
    QVERIFY(!batches.empty());
    size_t next = 0;
    for (const auto& batch : batches) {
        QCOMPARE(batch.header.magic, records::kMagicV2);
        QCOMPARE(batch.header.attributes & records::attributes::kCompressionMask, static_cast<int>(codec));
        QCOMPARE(batch.header.timestampType(), records::TimestampType::CreateTime);
        QVERIFY(!batch.header.isTransactional());
        QVERIFY(!batch.header.isControl());
        // Neither client runs idempotent by default: no producer id, no sequence.
        QCOMPARE(batch.header.producerId, records::kNoProducerId);
        QCOMPARE(batch.header.baseSequence, records::kNoSequence);
        QCOMPARE(static_cast<size_t>(batch.header.recordCount), batch.records.size());
        QCOMPARE(batch.header.lastOffsetDelta, batch.header.recordCount - 1);
        if (!offsetsAssigned) QCOMPARE(batch.header.baseOffset, int64_t{0});
        for (size_t j = 0; j < batch.records.size(); ++j, ++next) {
            const auto& record = batch.records[j];
            QVERIFY2(next < expected.size(), "more records than were produced");
            QCOMPARE(record.offsetDelta, static_cast<int32_t>(j));
            if (offsetsAssigned) QCOMPARE(batch.offsetOf(record), static_cast<int64_t>(next));
            QCOMPARE(record.attributes, int8_t{0});
            QCOMPARE(asString(record.key), expected[next].key);
            QCOMPARE(record.value.has_value(), expected[next].value.has_value());
            if (expected[next].value) QCOMPARE(asString(record.value), *expected[next].value);
            QCOMPARE(record.headers.size(), expected[next].headers.size());
            for (size_t h = 0; h < record.headers.size(); ++h) {
                QCOMPARE(record.headers[h].key, expected[next].headers[h].key);
                QCOMPARE(asString(record.headers[h].value), asString(expected[next].headers[h].value));
            }
            // Create times lie within the batch's own range.
            QVERIFY(batch.timestampOf(record) >= batch.header.baseTimestamp);
            QVERIFY(batch.timestampOf(record) <= batch.header.maxTimestamp);
        }
    }
    QCOMPARE(next, expected.size());
}

// A producer's records field: the record set, compressed with `codec` so that it takes
// fewer bytes than its records uncompressed.
inline void verifyProducedRecords(const std::optional<Bytes>& recordsField, records::Compression codec) {
    QVERIFY(recordsField.has_value());
    verifyRecordSet(decodeBatches(recordsField), codec, false);
    if (QTest::currentTestFailed() || codec == records::Compression::None) return;
    const records::BatchReader reader(*recordsField);
    QVERIFY(recordsField->size() < records::kBatchHeaderSize + reader.recordBytes().size());
}

// The broker's answer to a Produce of the record set into a new topic: accepted at
// offset 0, with create times kept.
inline void verifyProduceResponse(const Exchange& e, const std::string& topic) {
    const auto response = decodeResponseAs<messages::ProduceResponse>(e);
    QCOMPARE(response.responses.size(), size_t{1});
    QCOMPARE(response.responses[0].name, topic);
    QCOMPARE(response.responses[0].partitionResponses.size(), size_t{1});
    const auto& answer = response.responses[0].partitionResponses[0];
    QCOMPARE(answer.index, 0);
    QCOMPARE(answer.errorCode, int16_t{0});
    QCOMPARE(answer.baseOffset, int64_t{0});
    QCOMPARE(answer.logAppendTimeMs, int64_t{-1});
    QCOMPARE(answer.logStartOffset, int64_t{0});
}

// A capture topic as Metadata describes it: one partition, led by node 1, the only
// replica and in sync.
inline void verifyTopicMetadata(const messages::MetadataResponse::MetadataResponseTopic& topic,
                                const std::string& name) {
    QCOMPARE(topic.errorCode, int16_t{0});
    QCOMPARE(topic.name, std::optional<std::string>(name));
    QVERIFY(!topic.isInternal);
    QCOMPARE(topic.partitions.size(), size_t{1});
    QCOMPARE(topic.partitions[0].errorCode, int16_t{0});
    QCOMPARE(topic.partitions[0].partitionIndex, 0);
    QCOMPARE(topic.partitions[0].leaderId, 1);
    QCOMPARE(topic.partitions[0].replicaNodes, std::vector<int32_t>{1});
    QCOMPARE(topic.partitions[0].isrNodes, std::vector<int32_t>{1});
}

// Every Metadata answer in the capture names the same single broker, node 1 on the
// loopback address it advertises (the recording proxy's), and the same cluster.
inline void verifyBrokersInMetadata(const std::vector<Exchange>& exchanges) {
    std::optional<messages::MetadataResponse::MetadataResponseBroker> first;
    size_t seen = 0;
    for (const auto* e : exchangesOf(exchanges, messages::MetadataRequest::kApiKey)) {
        const auto response = decodeResponseAs<messages::MetadataResponse>(*e);
        QCOMPARE(response.brokers.size(), size_t{1});
        const auto& broker = response.brokers[0];
        QCOMPARE(broker.nodeId, 1);
        QCOMPARE(broker.host, std::string("127.0.0.1"));
        QVERIFY(broker.port > 0);
        QVERIFY(!broker.rack);
        if (!first) first = broker;
        QCOMPARE(broker, *first);
        ++seen;
    }
    QVERIFY(seen > 0);
}

// A Fetch answer for the capture topic after the record set was produced.
inline void verifyFetchResponse(const Exchange& e, const std::string& topic) {
    const auto response = decodeResponseAs<messages::FetchResponse>(e);
    QCOMPARE(response.errorCode, int16_t{0});
    QCOMPARE(response.responses.size(), size_t{1});
    QCOMPARE(response.responses[0].topic, topic);
    QCOMPARE(response.responses[0].partitions.size(), size_t{1});
    const auto& partition = response.responses[0].partitions[0];
    QCOMPARE(partition.partitionIndex, 0);
    QCOMPARE(partition.errorCode, int16_t{0});
    QCOMPARE(partition.highWatermark, int64_t{kRecordCount});
    QCOMPARE(partition.lastStableOffset, int64_t{kRecordCount});
}

inline void addCodecRows() {
    QTest::addColumn<records::Compression>("codec");
    for (auto codec : kCodecs) QTest::newRow(std::string(records::compressionName(codec)).c_str()) << codec;
}

} // namespace samsa::protocol::captures

Q_DECLARE_METATYPE(samsa::protocol::records::Compression)
