#pragma once

#include <cstdint>

#include "common/error_code.h"

namespace samsa::server::handlers {

// PRODUCER_FENCED (90) is newer than the APIs that return it (KIP-588). Clients of the
// versions before `firstVersion` know only INVALID_PRODUCER_EPOCH (47) for it, which
// they treat the same way, so Kafka answers them with that.
inline ErrorCode fencedErrorFor(ErrorCode e, int16_t version, int16_t firstVersion) {
    return e == ErrorCode::ProducerFenced && version < firstVersion ? ErrorCode::InvalidProducerEpoch : e;
}

} // namespace samsa::server::handlers
