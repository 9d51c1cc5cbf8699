#include "captured_records.h"

#include "message_round_trip.h"
#include "protocol/messages/fetch.h"
#include "protocol/messages/produce.h"
#include "protocol/wire/reader.h"

namespace samsa::protocol::captures {

using records::Compression;
using records::RecordBatch;

namespace {
Bytes toBytes(std::string_view s) { return Bytes(s.begin(), s.end()); }
} // namespace

std::vector<ExpectedRecord> expectedRecords(Compression codec) {
    const std::string phrase = "the quick brown fox jumps over the lazy dog; ";
    const std::vector<records::RecordHeader> headers{
        {"source", toBytes("capture")},
        {"codec", toBytes(records::compressionName(codec))},
    };
    std::vector<ExpectedRecord> out;
    for (int i = 0; i < kRecordCount; ++i) {
        ExpectedRecord r{"key-" + std::to_string(i), std::nullopt, headers};
        if (i < kRecordCount - 1) r.value = "value " + std::to_string(i) + " - " + phrase + phrase + phrase;
        out.push_back(std::move(r));
    }
    return out;
}

std::string topicFor(Compression codec) { return "capture-" + std::string(records::compressionName(codec)); }

std::vector<RecordBatch> decodeBatches(const std::optional<Bytes>& recordsField) {
    std::vector<RecordBatch> out;
    if (!recordsField) return out;
    size_t consumed = 0;
    const auto spans = records::splitBatches(*recordsField, &consumed);
    if (consumed != recordsField->size())
        throw DecodeError(std::to_string(recordsField->size() - consumed) + " bytes after the last whole batch");
    for (const auto& span : spans)
        out.push_back(records::decodeBatch(records::ByteView(*recordsField).subspan(span.position, span.size)));
    return out;
}

std::vector<RecordBatch> producedBatches(const std::vector<Exchange>& exchanges, const std::string& topic,
                                         int32_t partition) {
    std::vector<RecordBatch> out;
    for (const auto& e : exchanges) {
        if (e.header.apiKey != messages::ProduceRequest::kApiKey) continue;
        for (const auto& t : decodeRequestAs<messages::ProduceRequest>(e).topicData) {
            if (t.name != topic) continue;
            for (const auto& p : t.partitionData) {
                if (p.index != partition) continue;
                for (auto& batch : decodeBatches(p.records)) out.push_back(std::move(batch));
            }
        }
    }
    return out;
}

std::vector<RecordBatch> fetchedBatches(const std::vector<Exchange>& exchanges, const std::string& topic,
                                        int32_t partition) {
    std::vector<RecordBatch> out;
    for (const auto& e : exchanges) {
        if (e.header.apiKey != messages::FetchRequest::kApiKey || !e.response) continue;
        for (const auto& t : decodeResponseAs<messages::FetchResponse>(e).responses) {
            if (t.topic != topic) continue;
            for (const auto& p : t.partitions) {
                if (p.partitionIndex != partition) continue;
                for (auto& batch : decodeBatches(p.records)) out.push_back(std::move(batch));
            }
        }
    }
    return out;
}

} // namespace samsa::protocol::captures
