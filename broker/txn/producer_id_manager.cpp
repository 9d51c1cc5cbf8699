#include "txn/producer_id_manager.h"

#include <string>

#include "common/log.h"
#include "storage/checkpoint_file.h"
#include "storage/storage_error.h"

namespace samsa::txn {

namespace {
constexpr int kVersion = 0;
} // namespace

void ProducerIdManager::load() {
    const auto entries = storage::readCheckpointFile(m_file, kVersion);
    if (!entries) return; // a new cluster
    if (entries->size() != 1) storage::throwMalformedCheckpoint(m_file, "expected one entry");
    const auto start = storage::parseCheckpointNumber<int64_t>((*entries)[0]);
    if (!start || *start < 0) storage::throwMalformedCheckpoint(m_file, "bad next block start");
    m_nextBlockStart = *start;
    m_next = m_blockEnd = *start;
}

std::optional<int64_t> ProducerIdManager::next() {
    if (m_next == m_blockEnd) {
        const int64_t start = m_nextBlockStart;
        try {
            storage::writeCheckpointFile(m_file, kVersion, {std::to_string(start + kBlockSize)});
        } catch (const storage::StorageError& e) {
            log::error("cannot reserve producer ids: {}", e.what());
            return std::nullopt;
        }
        m_nextBlockStart = start + kBlockSize;
        m_next = start;
        m_blockEnd = m_nextBlockStart;
    }
    return m_next++;
}

} // namespace samsa::txn
