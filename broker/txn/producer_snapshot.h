#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "protocol/wire/types.h"
#include "txn/producer_state_entry.h"

namespace samsa::txn {

inline constexpr std::string_view kSnapshotSuffix = ".snapshot";

// "<dir>/<20-digit offset>.snapshot": the producer state of a partition as it was when
// the log ended at that offset.
std::filesystem::path snapshotPath(const std::filesystem::path& dir, int64_t offset);
// The offsets of the snapshot files in a partition directory, ascending.
std::vector<int64_t> listSnapshots(const std::filesystem::path& dir);

// Kafka's producer snapshot file, version 1, big-endian: int16 version, uint32 CRC-32C of
// everything after it, int32 count, then per producer: int64 producer id, int16 epoch,
// int32 last sequence, int64 last offset, int32 offset delta, int64 timestamp, int32
// coordinator epoch, int64 first offset of the open transaction (-1 if none). As in
// Kafka only each producer's last batch is kept; a restart replays the log after the
// snapshot, which brings back the batches appended since.
protocol::Bytes encodeSnapshot(const std::vector<ProducerStateEntry>& producers);
// nullopt for a file that is too short, of another version, or fails its CRC.
std::optional<std::vector<ProducerStateEntry>> decodeSnapshot(std::span<const uint8_t> bytes);

// Written to a temporary file and renamed into place. Throws StorageError.
void writeSnapshot(const std::filesystem::path& dir, int64_t offset, const std::vector<ProducerStateEntry>& producers);
// nullopt if the file is missing or corrupt. Throws StorageError if it cannot be read.
std::optional<std::vector<ProducerStateEntry>> readSnapshot(const std::filesystem::path& dir, int64_t offset);
void deleteSnapshot(const std::filesystem::path& dir, int64_t offset);

} // namespace samsa::txn
