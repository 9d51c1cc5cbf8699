#pragma once

#include <charconv>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/topic_partition.h"

namespace samsa::storage {

// Kafka's checkpoint text format: a version line, a line with the entry count, then
// one entry per line. Writes are atomic: a temporary file is written and synced, then
// renamed over the old one and the directory synced, so a crash leaves either the old
// or the new content, never a mix.
void writeCheckpointFile(const std::filesystem::path& file, int version,
                         const std::vector<std::string>& entries);
// The entry lines, or nullopt if the file does not exist. Throws StorageError for a
// wrong version, a count that does not match, or an unreadable file.
std::optional<std::vector<std::string>> readCheckpointFile(const std::filesystem::path& file,
                                                           int expectedVersion);

// Helpers for parsing entry lines: fields are separated by single spaces.
std::vector<std::string_view> splitCheckpointEntry(std::string_view line);
template <typename T>
std::optional<T> parseCheckpointNumber(std::string_view s) {
    T value{};
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return value;
}
[[noreturn]] void throwMalformedCheckpoint(const std::filesystem::path& file, const std::string& why);

// recovery-point-offset-checkpoint, log-start-offset-checkpoint (and Kafka's
// replication-offset-checkpoint): "topic partition offset" lines, version 0.
inline constexpr const char* kRecoveryPointCheckpointFile = "recovery-point-offset-checkpoint";
inline constexpr const char* kLogStartOffsetCheckpointFile = "log-start-offset-checkpoint";

using OffsetCheckpoint = std::map<TopicPartition, int64_t>;
void writeOffsetCheckpoint(const std::filesystem::path& file, const OffsetCheckpoint& offsets);
// Empty if the file does not exist; throws StorageError if it is malformed.
OffsetCheckpoint readOffsetCheckpoint(const std::filesystem::path& file);

} // namespace samsa::storage
