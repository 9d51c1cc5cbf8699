#include "storage/leader_epoch_cache.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "storage/checkpoint_file.h"
#include "storage/storage_error.h"

namespace samsa::storage {

namespace {

std::vector<EpochEntry> parseEntries(const std::filesystem::path& file,
                                     const std::vector<std::string>& lines) {
    std::vector<EpochEntry> out;
    for (const auto& line : lines) {
        auto fields = splitCheckpointEntry(line);
        auto epoch = fields.size() == 2 ? parseCheckpointNumber<int32_t>(fields[0]) : std::nullopt;
        auto offset = fields.size() == 2 ? parseCheckpointNumber<int64_t>(fields[1]) : std::nullopt;
        if (!epoch || !offset || *epoch < 0 || *offset < 0)
            throwMalformedCheckpoint(file, "bad entry '" + line + "'");
        if (!out.empty() && (*epoch <= out.back().epoch || *offset < out.back().startOffset))
            throwMalformedCheckpoint(file, "entries out of order");
        out.push_back({*epoch, *offset});
    }
    return out;
}

} // namespace

LeaderEpochCache::LeaderEpochCache(const std::filesystem::path& dir) : m_file(dir / kFileName) {
    try {
        if (auto lines = readCheckpointFile(m_file, 0)) m_entries = parseEntries(m_file, *lines);
    } catch (const StorageError&) {
        m_entries.clear();
    }
}

bool LeaderEpochCache::assign(int32_t epoch, int64_t startOffset) {
    if (epoch < 0 || startOffset < 0) throw std::invalid_argument("leader epoch and start offset must be >= 0");
    if (!m_entries.empty() && m_entries.back().epoch == epoch && startOffset >= m_entries.back().startOffset)
        return false;
    std::erase_if(m_entries, [&](const EpochEntry& e) { return e.epoch >= epoch || e.startOffset >= startOffset; });
    m_entries.push_back({epoch, startOffset});
    m_unwritten = true;
    return true;
}

std::optional<EpochEntry> LeaderEpochCache::latestEntry() const {
    if (m_entries.empty()) return std::nullopt;
    return m_entries.back();
}

std::optional<int32_t> LeaderEpochCache::latestEpoch() const {
    if (m_entries.empty()) return std::nullopt;
    return m_entries.back().epoch;
}

std::optional<int32_t> LeaderEpochCache::epochForOffset(int64_t offset) const {
    auto it = std::upper_bound(m_entries.begin(), m_entries.end(), offset,
                               [](int64_t o, const EpochEntry& e) { return o < e.startOffset; });
    if (it == m_entries.begin()) return std::nullopt;
    return std::prev(it)->epoch;
}

EpochEntry LeaderEpochCache::endOffsetFor(int32_t requestedEpoch, int64_t logEndOffset) const {
    constexpr EpochEntry kUndefined{-1, -1};
    if (requestedEpoch < 0 || m_entries.empty()) return kUndefined;
    if (requestedEpoch == m_entries.back().epoch) return {requestedEpoch, logEndOffset};
    auto higher = std::upper_bound(m_entries.begin(), m_entries.end(), requestedEpoch,
                                   [](int32_t e, const EpochEntry& entry) { return e < entry.epoch; });
    if (higher == m_entries.end()) return kUndefined;
    // An epoch older than everything known ends where the first known one starts.
    if (higher == m_entries.begin()) return {requestedEpoch, higher->startOffset};
    return {std::prev(higher)->epoch, higher->startOffset};
}

void LeaderEpochCache::truncateFromEnd(int64_t endOffset) {
    auto removed = std::erase_if(m_entries, [&](const EpochEntry& e) { return e.startOffset >= endOffset; });
    if (removed > 0) persist();
}

void LeaderEpochCache::truncateFromStart(int64_t startOffset) {
    auto firstKept = std::upper_bound(m_entries.begin(), m_entries.end(), startOffset,
                                      [](int64_t o, const EpochEntry& e) { return o < e.startOffset; });
    if (firstKept == m_entries.begin()) return;
    auto covering = std::prev(firstKept);
    if (covering == m_entries.begin() && covering->startOffset == startOffset) return;
    covering->startOffset = startOffset;
    m_entries.erase(m_entries.begin(), covering);
    persist();
}

void LeaderEpochCache::clear() {
    if (m_entries.empty() && !std::filesystem::exists(m_file)) return;
    m_entries.clear();
    persist();
}

void LeaderEpochCache::flush() {
    if (m_unwritten) persist();
}

void LeaderEpochCache::persist() {
    std::vector<std::string> lines;
    lines.reserve(m_entries.size());
    for (const auto& e : m_entries) lines.push_back(std::to_string(e.epoch) + " " + std::to_string(e.startOffset));
    writeCheckpointFile(m_file, 0, lines);
    m_unwritten = false;
}

} // namespace samsa::storage
