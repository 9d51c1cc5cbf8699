#pragma once

#include <QString>

#include "app/messages/record_row.h"

namespace samsa::ui {

// The columns of the message table, in their default order.
// The value comes last: it takes the room the others leave.
enum class MessageColumn {
    Partition,
    Offset,
    Timestamp,
    Key,
    Headers,
    Size,
    Compression,
    Transaction,
    ProducerId,
    ProducerEpoch,
    Sequence,
    TimestampType,
    Value,
    Count
};

inline constexpr int kMessageColumnCount = int(MessageColumn::Count);

QString messageColumnTitle(MessageColumn column);
// What the column means, in Kafka's terms, for the header's tooltip.
QString messageColumnHelp(MessageColumn column);
// Columns a first-time user does not need; the header's menu shows them.
bool messageColumnHiddenByDefault(MessageColumn column);
bool messageColumnIsNumeric(MessageColumn column);

// The cell text of a loaded row, one line, short whatever the record's size.
QString messageCellText(const app::RecordRow& row, int32_t partition, MessageColumn column);
// More about the cell, for its tooltip; empty when the text says it all.
QString messageCellToolTip(const app::RecordRow& row, MessageColumn column);
// Key and value cells that show a placeholder (null, empty, a marker) rather than data.
bool messageCellIsPlaceholder(const app::RecordRow& row, MessageColumn column);

QString compressionText(client::Compression compression);
QString formatTimestamp(int64_t timestampMs);

} // namespace samsa::ui
