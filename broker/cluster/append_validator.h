#pragma once

#include <cstdint>
#include <string>

#include "common/config/topic_config.h"
#include "common/error_code.h"
#include "protocol/records/batch_header.h"
#include "protocol/wire/types.h"

namespace samsa::cluster {

struct AppendInfo {
    ErrorCode error = ErrorCode::None;
    std::string errorMessage;
    int64_t firstOffset = -1;
    int64_t lastOffset = -1;
    int64_t maxTimestamp = -1;
    int64_t logAppendTime = -1; // set when the topic stamps LogAppendTime
    int32_t recordCount = 0;
    protocol::records::BatchHeader header; // of the (single) produced batch, as appended
    // A retry of a batch already in the log: nothing was appended, and the offsets are
    // those of the first attempt.
    bool duplicate = false;
};

struct AppendContext {
    const config::TopicConfig& config;
    int64_t nowMs = 0;
    int32_t leaderEpoch = 0;
    int64_t nextOffset = 0;
};

// What Kafka's LogValidator does for a leader append: checks every batch (framing,
// magic, CRC, size limits, timestamps, record framing), recompresses when the topic's
// compression.type names a codec other than the producer's, then assigns offsets and
// the leader epoch in place. On success `records` holds exactly the bytes to append.
AppendInfo validateAndAssignOffsets(protocol::Bytes& records, const AppendContext& ctx);

} // namespace samsa::cluster
