#pragma once

// Batches and small file helpers shared by the storage tests.

#include <QtTest>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "protocol/records/batch_header.h"
#include "protocol/records/record_batch.h"
#include "storage/log.h"

namespace storage_test {

using samsa::protocol::Bytes;
namespace records = samsa::protocol::records;

struct BatchOptions {
    int64_t baseOffset = 0;
    int records = 1;
    int64_t firstTimestamp = 1000; // record i gets firstTimestamp + i * timestampStep
    int64_t timestampStep = 1;
    size_t valueSize = 100;
    int32_t leaderEpoch = records::kNoPartitionLeaderEpoch;
    records::Compression compression = records::Compression::None;
};

// A valid v2 batch whose values encode their offsets, so tests can tell batches apart.
inline Bytes makeBatch(const BatchOptions& o) {
    records::BatchSpec spec;
    spec.baseOffset = o.baseOffset;
    spec.partitionLeaderEpoch = o.leaderEpoch;
    spec.compression = o.compression;
    records::BatchBuilder builder(spec);
    for (int i = 0; i < o.records; ++i) {
        Bytes value(o.valueSize, static_cast<uint8_t>((o.baseOffset + i) & 0xff));
        builder.append(o.firstTimestamp + i * o.timestampStep, std::nullopt, records::ByteView(value));
    }
    return builder.build();
}

// Appends `count` batches of `recordsPerBatch` records at the log end; the timestamp of
// a record is timestampBase + its offset. Returns the batches as written.
inline std::vector<Bytes> appendBatches(samsa::storage::Log& log, int count, int recordsPerBatch = 1,
                                        size_t valueSize = 100, int64_t timestampBase = 1000) {
    std::vector<Bytes> out;
    for (int i = 0; i < count; ++i) {
        BatchOptions o;
        o.baseOffset = log.logEndOffset();
        o.records = recordsPerBatch;
        o.firstTimestamp = timestampBase + o.baseOffset;
        o.valueSize = valueSize;
        Bytes batch = makeBatch(o);
        auto result = log.append(batch);
        if (result.error != samsa::ErrorCode::None)
            qFatal("append failed: %s", result.errorMessage.c_str());
        out.push_back(std::move(batch));
    }
    return out;
}

inline std::vector<records::BatchHeader> headersOf(const Bytes& buffer) {
    std::vector<records::BatchHeader> out;
    size_t consumed = 0;
    for (const auto& span : records::splitBatches(buffer, &consumed))
        out.push_back(records::parseBatchHeader(std::span(buffer).subspan(span.position, span.size)));
    if (consumed != buffer.size()) qFatal("read returned a partial batch");
    return out;
}

inline Bytes readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void writeFile(const std::filesystem::path& path, const Bytes& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

inline std::vector<std::filesystem::path> filesWithSuffix(const std::filesystem::path& dir, const std::string& suffix) {
    std::vector<std::filesystem::path> out;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().filename().string().ends_with(suffix)) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// A clock the test moves by hand.
struct ManualClock {
    int64_t nowMs = 1'000'000;
    samsa::storage::Clock function() {
        return [this] { return nowMs; };
    }
};

} // namespace storage_test
