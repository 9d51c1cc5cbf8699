#include "storage/transaction_index.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <system_error>

#include "protocol/wire/byte_order.h"
#include "storage/file.h"
#include "storage/storage_error.h"

namespace samsa::storage {

namespace {

constexpr int16_t kVersion = 0;

std::array<uint8_t, TransactionIndex::kEntrySize> encode(const AbortedTxn& t) {
    std::array<uint8_t, TransactionIndex::kEntrySize> out{};
    protocol::storeBigEndian(out.data(), kVersion);
    protocol::storeBigEndian(out.data() + 2, t.producerId);
    protocol::storeBigEndian(out.data() + 10, t.firstOffset);
    protocol::storeBigEndian(out.data() + 18, t.lastOffset);
    protocol::storeBigEndian(out.data() + 26, t.lastStableOffset);
    return out;
}

bool fileExists(const std::filesystem::path& path) {
    std::error_code ec;
    return std::filesystem::exists(path, ec);
}

} // namespace

void TransactionIndex::load() {
    m_entries.clear();
    if (!fileExists(m_path)) return;
    File file(m_path, File::Mode::OpenExisting);
    const uint64_t size = file.size();
    std::vector<uint8_t> bytes(static_cast<size_t>(size));
    file.readAt(0, bytes);
    for (size_t pos = 0; pos + kEntrySize <= bytes.size(); pos += kEntrySize) {
        const uint8_t* p = bytes.data() + pos;
        if (protocol::loadBigEndian<int16_t>(p) != kVersion) break;
        AbortedTxn t{protocol::loadBigEndian<int64_t>(p + 2), protocol::loadBigEndian<int64_t>(p + 10),
                     protocol::loadBigEndian<int64_t>(p + 18), protocol::loadBigEndian<int64_t>(p + 26)};
        if (t.firstOffset > t.lastOffset || (!m_entries.empty() && t.lastOffset <= m_entries.back().lastOffset)) break;
        m_entries.push_back(t);
    }
    if (m_entries.size() * kEntrySize != size) file.truncate(m_entries.size() * kEntrySize);
}

void TransactionIndex::append(const AbortedTxn& txn) {
    if (!m_entries.empty() && txn.lastOffset <= m_entries.back().lastOffset)
        throw std::logic_error("aborted transaction at offset " + std::to_string(txn.lastOffset) +
                               " is not after the last one indexed");
    const auto bytes = encode(txn);
    File file(m_path, File::Mode::CreateOrOpen);
    file.writeAt(m_entries.size() * kEntrySize, bytes);
    m_entries.push_back(txn);
    m_unsynced = true;
}

bool TransactionIndex::collect(int64_t fetchOffset, int64_t upperBoundOffset, std::vector<AbortedTxn>& out) const {
    // Markers ascend, so the entries before the first marker at fetchOffset are skipped
    // by a binary search.
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), fetchOffset,
                               [](const AbortedTxn& t, int64_t offset) { return t.lastOffset < offset; });
    for (; it != m_entries.end(); ++it) {
        if (it->firstOffset < upperBoundOffset) out.push_back(*it);
        if (it->lastStableOffset >= upperBoundOffset) return true;
    }
    return false;
}

void TransactionIndex::truncateTo(int64_t offset) {
    auto keep = std::lower_bound(m_entries.begin(), m_entries.end(), offset,
                                 [](const AbortedTxn& t, int64_t o) { return t.lastOffset < o; });
    if (keep == m_entries.end()) return;
    m_entries.erase(keep, m_entries.end());
    rewrite();
}

void TransactionIndex::rewrite() {
    if (m_entries.empty()) {
        remove();
        return;
    }
    if (!fileExists(m_path)) return;
    File file(m_path, File::Mode::OpenExisting);
    file.truncate(m_entries.size() * kEntrySize);
    m_unsynced = true;
}

void TransactionIndex::sync() {
    if (!m_unsynced) return;
    if (fileExists(m_path)) File(m_path, File::Mode::OpenExisting).sync();
    m_unsynced = false;
}

void TransactionIndex::remove() {
    m_entries.clear();
    m_unsynced = false;
    std::error_code ec;
    std::filesystem::remove(m_path, ec);
    if (ec) throw StorageError("remove " + m_path.string() + ": " + ec.message(), m_path, ec.value());
}

} // namespace samsa::storage
