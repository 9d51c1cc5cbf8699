#pragma once

// Reading back what the produce and import tests wrote.
#include "client/admin_client.h"

#include <QTest>
#include <map>
#include <string>
#include <vector>

namespace samsa::ui::testing {

struct ReadRecord {
    client::FetchedRecord record;
    client::Compression compression = client::Compression::None;
};

// Every data record of one partition, in offset order. Blocks the test thread, which is
// fine: the broker and the client run on their own threads.
inline std::vector<ReadRecord> readPartition(client::AdminClient& c, const std::string& topic,
                                             int32_t partition) {
    std::vector<ReadRecord> out;
    int64_t offset = 0;
    client::FetchOptions options;
    options.maxWait = std::chrono::milliseconds(0);
    for (;;) {
        auto fetched = c.fetch({topic, partition}, offset, options).get();
        if (!fetched) {
            qWarning("fetch %s-%d failed: %s", topic.c_str(), partition,
                     fetched.error().message.c_str());
            break;
        }
        for (const auto& batch : fetched->batches) {
            if (batch.isControl) continue;
            for (const auto& r : batch.records)
                out.push_back({r, batch.compression});
        }
        if (fetched->batches.empty() || fetched->nextOffset >= fetched->highWatermark) break;
        offset = fetched->nextOffset;
    }
    return out;
}

// How many records each partition holds.
inline std::map<int32_t, int64_t> recordCounts(client::AdminClient& c, const std::string& topic) {
    std::map<int32_t, int64_t> out;
    auto marks = c.watermarks({topic}).get();
    if (marks)
        for (const auto& m : *marks)
            out[m.partition.partition] = m.latest - m.earliest;
    return out;
}

inline int64_t totalRecords(client::AdminClient& c, const std::string& topic) {
    int64_t total = 0;
    for (const auto& [partition, count] : recordCounts(c, topic))
        total += count;
    return total;
}

inline client::Bytes toBytes(std::string_view s) {
    return client::Bytes(s.begin(), s.end());
}
inline QByteArray toQt(const client::Bytes& b) {
    return QByteArray(reinterpret_cast<const char*>(b.data()), qsizetype(b.size()));
}

} // namespace samsa::ui::testing
