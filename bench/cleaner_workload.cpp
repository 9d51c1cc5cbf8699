#include "cleaner_workload.h"

#include <random>
#include <stdexcept>
#include <string>

#include "protocol/records/record_batch.h"
#include "storage/log.h"
#include "storage/log_cleaner.h"

namespace samsa::bench {

namespace records = protocol::records;

CleanerRun cleanerThroughput(const std::filesystem::path& dir, int64_t totalBytes, int keys, size_t valueBytes,
                             int recordsPerBatch, int32_t segmentBytes) {
    storage::LogConfig config;
    config.segmentBytes = segmentBytes;
    config.cleanupPolicyDelete = false;
    config.cleanupPolicyCompact = true;
    config.minCleanableDirtyRatio = 0.01;
    auto log = storage::Log::open(dir, config);

    // A fixed seed: every run cleans the same log.
    std::mt19937 random(20261121);
    std::uniform_int_distribution<int> pickKey(0, keys - 1);
    const protocol::Bytes value(valueBytes, 'v');
    const int64_t now = storage::systemClockMs();
    uint64_t written = 0;
    while (static_cast<int64_t>(written) < totalBytes) {
        records::BatchSpec spec;
        spec.baseOffset = log->logEndOffset();
        records::BatchBuilder builder(spec, static_cast<size_t>(recordsPerBatch) * (valueBytes + 32));
        for (int i = 0; i < recordsPerBatch; ++i) {
            const std::string key = "key-" + std::to_string(pickKey(random));
            const auto* k = reinterpret_cast<const uint8_t*>(key.data());
            builder.append(now, records::ByteView(k, key.size()), records::ByteView(value));
        }
        const auto batch = builder.build();
        const auto appended = log->append(batch);
        if (appended.error != ErrorCode::None) throw std::runtime_error("append: " + appended.errorMessage);
        written += batch.size();
    }
    log->roll();
    log->flush();

    const auto range = storage::findCleanableRange(*log, storage::systemClockMs());
    if (!range.cleaningDue(config)) throw std::runtime_error("the log is not due for cleaning");
    storage::LogCleanerOptions options;
    const auto stats = storage::LogCleaner(options).clean(*log, range, storage::systemClockMs());
    log->close();

    CleanerRun run;
    run.bytesBefore = range.dirtyBytes + range.cleanBytes;
    run.bytesAfter = stats.bytesWritten;
    run.recordsRead = stats.records.recordsRead;
    run.recordsKept = stats.records.recordsKept;
    run.segments = stats.segmentsRead;
    run.seconds = stats.seconds;
    return run;
}

} // namespace samsa::bench
