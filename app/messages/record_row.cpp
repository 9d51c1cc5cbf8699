#include "app/messages/record_row.h"

#include <algorithm>

namespace samsa::app {

namespace {

QByteArray head(const std::optional<client::Bytes>& bytes) {
    if (!bytes) return {};
    const auto n = std::min<size_t>(bytes->size(), kPreviewBytes);
    return QByteArray(reinterpret_cast<const char*>(bytes->data()), qsizetype(n));
}

int32_t sizeOf(const std::optional<client::Bytes>& bytes) {
    return bytes ? static_cast<int32_t>(bytes->size()) : -1;
}

} // namespace

int64_t RecordRow::payloadBytes() const {
    return std::max(keySize, 0) + int64_t(std::max(valueSize, 0)) + headerBytes;
}

size_t RecordRow::memoryBytes() const {
    return sizeof(RecordRow) + size_t(keyHead.capacity()) + size_t(valueHead.capacity());
}

BatchInfo BatchInfo::of(const client::FetchedBatch& batch) {
    BatchInfo b;
    b.baseOffset = batch.baseOffset;
    b.producerId = batch.producerId;
    b.producerEpoch = batch.producerEpoch;
    b.baseSequence = batch.baseSequence;
    b.transactional = batch.isTransactional;
    b.control = batch.isControl;
    b.abortedByBroker = batch.aborted;
    b.controlType = batch.controlType;
    b.compression = batch.compression;
    b.sizeBytes = static_cast<int32_t>(batch.sizeBytes);
    return b;
}

RecordRow makeRow(const BatchInfo& batch, const client::FetchedRecord& record) {
    RecordRow r;
    r.offset = record.offset;
    r.timestampMs = record.timestampMs;
    r.timestampType = record.timestampType;
    r.producerId = batch.producerId;
    r.producerEpoch = batch.producerEpoch;
    if (batch.baseSequence >= 0)
        r.sequence = static_cast<int32_t>(batch.baseSequence + (record.offset - batch.baseOffset));
    r.compression = batch.compression;
    r.control = batch.control;
    r.controlType = batch.controlType;
    r.batchBytes = batch.sizeBytes;
    r.keySize = sizeOf(record.key);
    r.valueSize = sizeOf(record.value);
    r.headerCount = static_cast<int32_t>(record.headers.size());
    for (const auto& h : record.headers)
        r.headerBytes += static_cast<int32_t>(h.key.size() + (h.value ? h.value->size() : 0));
    r.keyHead = head(record.key);
    r.valueHead = head(record.value);
    return r;
}

size_t RecordPage::lowerBound(int64_t offset) const {
    auto it = std::lower_bound(rows.begin(), rows.end(), offset,
                               [](const RecordRow& r, int64_t o) { return r.offset < o; });
    return size_t(it - rows.begin());
}

const RecordRow* RecordPage::find(int64_t offset) const {
    const size_t i = lowerBound(offset);
    return i < rows.size() && rows[i].offset == offset ? &rows[i] : nullptr;
}

size_t RecordPage::memoryBytes() const {
    size_t total = sizeof(RecordPage);
    for (const auto& r : rows) total += r.memoryBytes();
    return total;
}

} // namespace samsa::app
