#include "txn/producer_snapshot.h"

#include <algorithm>
#include <system_error>

#include "protocol/records/crc32c.h"
#include "protocol/wire/byte_order.h"
#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"
#include "storage/file.h"
#include "storage/segment.h"
#include "storage/storage_error.h"

namespace samsa::txn {

namespace fs = std::filesystem;

namespace {

constexpr int16_t kVersion = 1;
constexpr size_t kCrcAt = 2;
constexpr size_t kEntriesAt = 6; // what the CRC covers starts here
constexpr size_t kEntrySize = 8 + 2 + 4 + 8 + 4 + 8 + 4 + 8;

} // namespace

fs::path snapshotPath(const fs::path& dir, int64_t offset) {
    return storage::segmentFilePath(dir, offset, kSnapshotSuffix);
}

std::vector<int64_t> listSnapshots(const fs::path& dir) {
    std::vector<int64_t> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (auto offset = storage::parseSegmentFileName(entry.path().filename().string(), kSnapshotSuffix))
            out.push_back(*offset);
    if (ec) throw storage::StorageError("list " + dir.string() + ": " + ec.message(), dir, ec.value());
    std::sort(out.begin(), out.end());
    return out;
}

protocol::Bytes encodeSnapshot(const std::vector<ProducerStateEntry>& producers) {
    protocol::Writer w;
    w.reserve(kEntriesAt + 4 + producers.size() * kEntrySize);
    w.writeInt16(kVersion);
    w.writeUint32(0); // the CRC, once the rest is written
    w.writeInt32(static_cast<int32_t>(producers.size()));
    for (const auto& p : producers) {
        w.writeInt64(p.producerId);
        w.writeInt16(p.epoch);
        w.writeInt32(p.lastSeq());
        w.writeInt64(p.lastDataOffset());
        w.writeInt32(p.hasBatches() ? p.batches.back().offsetDelta : 0);
        w.writeInt64(p.lastTimestamp);
        w.writeInt32(p.coordinatorEpoch);
        w.writeInt64(p.currentTxnFirstOffset.value_or(-1));
    }
    protocol::Bytes out = w.take();
    const uint32_t crc = protocol::records::crc32c(std::span<const uint8_t>(out).subspan(kEntriesAt));
    protocol::storeBigEndian(out.data() + kCrcAt, crc);
    return out;
}

std::optional<std::vector<ProducerStateEntry>> decodeSnapshot(std::span<const uint8_t> bytes) {
    if (bytes.size() < kEntriesAt + 4) return std::nullopt;
    try {
        protocol::Reader r(bytes);
        if (r.readInt16() != kVersion) return std::nullopt;
        if (r.readUint32() != protocol::records::crc32c(bytes.subspan(kEntriesAt))) return std::nullopt;
        const int32_t count = r.readInt32();
        if (count < 0 || static_cast<size_t>(count) * kEntrySize != r.remaining()) return std::nullopt;
        std::vector<ProducerStateEntry> out(static_cast<size_t>(count));
        for (auto& p : out) {
            p.producerId = r.readInt64();
            p.epoch = r.readInt16();
            const int32_t lastSeq = r.readInt32();
            const int64_t lastOffset = r.readInt64();
            const int32_t offsetDelta = r.readInt32();
            p.lastTimestamp = r.readInt64();
            p.coordinatorEpoch = r.readInt32();
            const int64_t txnFirst = r.readInt64();
            if (txnFirst >= 0) p.currentTxnFirstOffset = txnFirst;
            // A producer known only from transaction markers has no batch to restore.
            if (lastSeq >= 0 && lastOffset >= 0) p.batches.push_back({lastSeq, lastOffset, offsetDelta, p.lastTimestamp});
        }
        return out;
    } catch (const protocol::DecodeError&) {
        return std::nullopt;
    }
}

void writeSnapshot(const fs::path& dir, int64_t offset, const std::vector<ProducerStateEntry>& producers) {
    const auto bytes = encodeSnapshot(producers);
    const fs::path path = snapshotPath(dir, offset);
    fs::path temp = path;
    temp += ".tmp"; // removed as a leftover if a crash strands it
    // Not fsynced: a roll writes one on the produce path, a clean stop one per partition,
    // and the CRC makes durability unnecessary. A snapshot the disk lost or tore fails
    // its check on load and the log is replayed from an older one instead.
    storage::File(temp, storage::File::Mode::CreateTruncate).writeAt(0, bytes);
    std::error_code ec;
    fs::rename(temp, path, ec);
    if (ec) throw storage::StorageError("rename " + temp.string() + ": " + ec.message(), temp, ec.value());
}

std::optional<std::vector<ProducerStateEntry>> readSnapshot(const fs::path& dir, int64_t offset) {
    const fs::path path = snapshotPath(dir, offset);
    std::error_code ec;
    if (!fs::exists(path, ec)) return std::nullopt;
    storage::File file(path, storage::File::Mode::OpenExisting);
    protocol::Bytes bytes(static_cast<size_t>(file.size()));
    file.readAt(0, bytes);
    return decodeSnapshot(bytes);
}

void deleteSnapshot(const fs::path& dir, int64_t offset) {
    const fs::path path = snapshotPath(dir, offset);
    std::error_code ec;
    fs::remove(path, ec);
    if (ec) throw storage::StorageError("remove " + path.string() + ": " + ec.message(), path, ec.value());
}

} // namespace samsa::txn
