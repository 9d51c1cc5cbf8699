#pragma once

#include <QByteArray>
#include <cstdint>
#include <optional>
#include <vector>

#include "app/messages/browse_types.h"
#include "client/record_types.h"

namespace samsa::app {

// What happened to the transaction a record belongs to.
enum class TransactionOutcome : uint8_t {
    None,      // not transactional
    Committed, // its COMMIT marker follows
    Aborted,   // its ABORT marker follows: read_committed consumers never see it
    Open,      // no marker was found (yet): the transaction is still running, or its
               // marker lies further on than was read
};

// One record as a table row keeps it: every field the columns show, and only the start
// of the key and the value. Cheap to hold by the thousand whatever the record size.
struct RecordRow {
    int64_t offset = 0;
    int64_t timestampMs = -1;
    int64_t producerId = -1;
    int32_t sequence = -1; // the batch's base sequence plus the record's place; -1 if none
    int32_t keySize = -1;  // -1: a null key
    int32_t valueSize = -1; // -1: a null value (a tombstone)
    int32_t headerCount = 0;
    int32_t headerBytes = 0; // keys and values of all headers
    int32_t batchBytes = 0;  // the size of the record's batch as stored (compressed)
    int16_t producerEpoch = -1;
    client::TimestampType timestampType = client::TimestampType::CreateTime;
    client::Compression compression = client::Compression::None;
    TransactionOutcome transaction = TransactionOutcome::None;
    bool control = false;
    bool batchStart = false; // the first record of its batch that the view shows
    std::optional<protocol::records::ControlRecordType> controlType;
    QByteArray keyHead;   // at most kPreviewBytes of the key
    QByteArray valueHead; // at most kPreviewBytes of the value

    bool aborted() const { return transaction == TransactionOutcome::Aborted; }
    // Key, value and header bytes: what the record carries, before compression.
    int64_t payloadBytes() const;
    // What holding this row costs, for the cache's budget.
    size_t memoryBytes() const;
};

// The batch fields every record of a batch shares.
struct BatchInfo {
    int64_t baseOffset = 0;
    int64_t producerId = -1;
    int16_t producerEpoch = -1;
    int32_t baseSequence = -1;
    bool transactional = false;
    bool control = false;
    bool abortedByBroker = false; // listed as aborted in the broker's fetch answer
    std::optional<protocol::records::ControlRecordType> controlType;
    client::Compression compression = client::Compression::None;
    int32_t sizeBytes = 0;

    static BatchInfo of(const client::FetchedBatch& batch);
};

RecordRow makeRow(const BatchInfo& batch, const client::FetchedRecord& record);

// The loaded records of one page: those of offsets [key.firstOffset(), endOffset) that the
// view's visibility lets through, in offset order. endOffset is below the page's end when
// the partition ended there at the time of reading.
struct RecordPage {
    PageKey key;
    int64_t endOffset = 0;
    // How far the read that made this page was allowed to go (where the view thought the
    // partition ended). A page that ends before its page boundary ends there because the
    // log did, unless this limit stopped it: then a later read may find more.
    int64_t readLimit = 0;
    std::vector<RecordRow> rows;

    // The row of `offset`, or null when the page holds none there (compacted away, a
    // hidden marker or aborted record, or past endOffset).
    const RecordRow* find(int64_t offset) const;
    // Index of the first row at or after `offset`.
    size_t lowerBound(int64_t offset) const;
    size_t memoryBytes() const;
};

} // namespace samsa::app
