#include "ui/messages/message_columns.h"

#include "app/messages/payload_format.h"
#include "ui/common/format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace samsa::ui {

namespace {

class MessageColumns {
    Q_DECLARE_TR_FUNCTIONS(samsa::ui::MessageColumns)
};

using app::RecordRow;
using app::TransactionOutcome;

// Long enough to fill a wide column; previewText reads no more than a few times this.
constexpr int kPreviewChars = 240;

std::span<const uint8_t> bytesOf(const QByteArray& head) {
    return {reinterpret_cast<const uint8_t*>(head.constData()), size_t(head.size())};
}

QString payloadText(const QByteArray& head, int32_t size, bool isValue) {
    if (size < 0)
        return isValue ? MessageColumns::tr("null (tombstone)", "a record whose value is null")
                       : MessageColumns::tr("null", "a record without a key");
    if (size == 0) return MessageColumns::tr("(empty)", "a key or value of zero bytes");
    QString text = app::previewText(bytesOf(head), kPreviewChars);
    // The row keeps only the start of a big payload; say that more follows.
    if (size > head.size() && !text.endsWith(QChar(0x2026))) text += QChar(0x2026);
    return text;
}

QString controlText(const RecordRow& row) {
    if (!row.controlType) return MessageColumns::tr("control record", "a Kafka control record of unknown type");
    return *row.controlType == protocol::records::ControlRecordType::Commit
               ? MessageColumns::tr("COMMIT marker", "the record that ends a committed transaction")
               : MessageColumns::tr("ABORT marker", "the record that ends an aborted transaction");
}

QString transactionText(const RecordRow& row) {
    if (row.control) return MessageColumns::tr("marker", "transaction column: a COMMIT/ABORT control record");
    switch (row.transaction) {
    case TransactionOutcome::None:
        return {};
    case TransactionOutcome::Committed:
        return MessageColumns::tr("committed");
    case TransactionOutcome::Aborted:
        return MessageColumns::tr("aborted");
    case TransactionOutcome::Open:
        return MessageColumns::tr("open", "a transaction that has not ended (yet)");
    }
    return {};
}

} // namespace

QString compressionText(client::Compression compression) {
    switch (compression) {
    case client::Compression::None:
        return MessageColumns::tr("none", "no compression");
    case client::Compression::Gzip:
        return QStringLiteral("gzip");
    case client::Compression::Snappy:
        return QStringLiteral("snappy");
    case client::Compression::Lz4:
        return QStringLiteral("lz4");
    case client::Compression::Zstd:
        return QStringLiteral("zstd");
    }
    return QStringLiteral("?");
}

QString formatTimestamp(int64_t timestampMs) {
    if (timestampMs < 0) return MessageColumns::tr("none", "a record without a timestamp");
    return QDateTime::fromMSecsSinceEpoch(timestampMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString messageColumnTitle(MessageColumn column) {
    switch (column) {
    case MessageColumn::Partition: return MessageColumns::tr("Partition");
    case MessageColumn::Offset: return MessageColumns::tr("Offset");
    case MessageColumn::Timestamp: return MessageColumns::tr("Timestamp");
    case MessageColumn::Key: return MessageColumns::tr("Key");
    case MessageColumn::Value: return MessageColumns::tr("Value");
    case MessageColumn::Headers: return MessageColumns::tr("Headers");
    case MessageColumn::Size: return MessageColumns::tr("Size");
    case MessageColumn::Compression: return MessageColumns::tr("Compression");
    case MessageColumn::Transaction: return MessageColumns::tr("Transaction");
    case MessageColumn::ProducerId: return MessageColumns::tr("Producer ID");
    case MessageColumn::ProducerEpoch: return MessageColumns::tr("Epoch", "producer epoch");
    case MessageColumn::Sequence: return MessageColumns::tr("Sequence", "producer sequence number");
    case MessageColumn::TimestampType: return MessageColumns::tr("Time type", "CreateTime or LogAppendTime");
    case MessageColumn::Count: break;
    }
    return {};
}

QString messageColumnHelp(MessageColumn column) {
    switch (column) {
    case MessageColumn::Partition:
        return MessageColumns::tr("The partition the record is stored in.");
    case MessageColumn::Offset:
        return MessageColumns::tr("The record's position in its partition. Offsets only grow; gaps come "
                                  "from compaction, transaction markers and deleted records.");
    case MessageColumn::Timestamp:
        return MessageColumns::tr("When the record was created (set by the producer) or appended (set "
                                  "by the broker), depending on the topic's message.timestamp.type.");
    case MessageColumn::Key:
        return MessageColumns::tr("The record key. Records with the same key go to the same partition, "
                                  "and compaction keeps the latest record of each key.");
    case MessageColumn::Value:
        return MessageColumns::tr("The record value. A null value is a tombstone: compaction deletes "
                                  "the key.");
    case MessageColumn::Headers:
        return MessageColumns::tr("How many headers (name/value pairs of metadata) the record carries.");
    case MessageColumn::Size:
        return MessageColumns::tr("Bytes of key, value and headers, before compression.");
    case MessageColumn::Compression:
        return MessageColumns::tr("The codec of the record's batch as stored by the broker.");
    case MessageColumn::Transaction:
        return MessageColumns::tr("For records written in a transaction: whether it was committed or "
                                  "aborted. Consumers with isolation.level=read_committed never see "
                                  "aborted records.");
    case MessageColumn::ProducerId:
        return MessageColumns::tr("The idempotent or transactional producer that wrote the batch.");
    case MessageColumn::ProducerEpoch:
        return MessageColumns::tr("The producer's epoch; a newer epoch fences older instances of the "
                                  "same transactional producer.");
    case MessageColumn::Sequence:
        return MessageColumns::tr("The producer's sequence number of the record, which lets the broker "
                                  "drop duplicates of a retried send.");
    case MessageColumn::TimestampType:
        return MessageColumns::tr("CreateTime: set by the producer. LogAppendTime: set by the broker "
                                  "when it appended the record.");
    case MessageColumn::Count: break;
    }
    return {};
}

bool messageColumnHiddenByDefault(MessageColumn column) {
    return column == MessageColumn::Compression || column == MessageColumn::Transaction ||
           column == MessageColumn::ProducerId || column == MessageColumn::ProducerEpoch ||
           column == MessageColumn::Sequence || column == MessageColumn::TimestampType;
}

bool messageColumnIsNumeric(MessageColumn column) {
    return column == MessageColumn::Partition || column == MessageColumn::Offset ||
           column == MessageColumn::Headers || column == MessageColumn::Size ||
           column == MessageColumn::ProducerId || column == MessageColumn::ProducerEpoch ||
           column == MessageColumn::Sequence;
}

QString messageCellText(const RecordRow& row, int32_t partition, MessageColumn column) {
    const QLocale locale;
    switch (column) {
    case MessageColumn::Partition: return QString::number(partition);
    case MessageColumn::Offset: return QString::number(row.offset);
    case MessageColumn::Timestamp: return formatTimestamp(row.timestampMs);
    case MessageColumn::Key:
        if (row.control) return MessageColumns::tr("control", "key column of a transaction marker");
        return payloadText(row.keyHead, row.keySize, false);
    case MessageColumn::Value:
        if (row.control) return controlText(row);
        return payloadText(row.valueHead, row.valueSize, true);
    case MessageColumn::Headers: return locale.toString(row.headerCount);
    case MessageColumn::Size: return formatBytes(row.payloadBytes());
    case MessageColumn::Compression: return compressionText(row.compression);
    case MessageColumn::Transaction: return transactionText(row);
    case MessageColumn::ProducerId: return row.producerId >= 0 ? QString::number(row.producerId) : QString();
    case MessageColumn::ProducerEpoch:
        return row.producerId >= 0 && row.producerEpoch >= 0 ? QString::number(row.producerEpoch) : QString();
    case MessageColumn::Sequence: return row.sequence >= 0 ? QString::number(row.sequence) : QString();
    case MessageColumn::TimestampType:
        return row.timestampType == client::TimestampType::LogAppendTime ? QStringLiteral("LogAppendTime")
                                                                         : QStringLiteral("CreateTime");
    case MessageColumn::Count: break;
    }
    return {};
}

bool messageCellIsPlaceholder(const RecordRow& row, MessageColumn column) {
    if (column == MessageColumn::Key) return row.control || row.keySize <= 0;
    if (column == MessageColumn::Value) return row.control || row.valueSize <= 0;
    return false;
}

QString messageCellToolTip(const RecordRow& row, MessageColumn column) {
    const QLocale locale;
    switch (column) {
    case MessageColumn::Timestamp: {
        if (row.timestampMs < 0) return {};
        const QString utc = QDateTime::fromMSecsSinceEpoch(row.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs);
        const QString type = row.timestampType == client::TimestampType::LogAppendTime
                                 ? MessageColumns::tr("LogAppendTime: set by the broker")
                                 : MessageColumns::tr("CreateTime: set by the producer");
        //: %1 an ISO date in UTC, %2 milliseconds since 1970, %3 who set the timestamp.
        return MessageColumns::tr("%1\n%2 ms since the epoch\n%3").arg(utc).arg(row.timestampMs).arg(type);
    }
    case MessageColumn::Key:
    case MessageColumn::Value: {
        const int32_t size = column == MessageColumn::Key ? row.keySize : row.valueSize;
        if (row.control)
            return MessageColumns::tr("A transaction marker written by the transaction coordinator, not by "
                                      "a producer. Consumers never see it.");
        if (size < 0 && column == MessageColumn::Value)
            return MessageColumns::tr("A tombstone: the value is null. On a compacted topic it deletes "
                                      "the key once delete.retention.ms has passed.");
        if (size < 0) return MessageColumns::tr("The record has no key (null).");
        const QByteArray& head = column == MessageColumn::Key ? row.keyHead : row.valueHead;
        const auto format = app::detectFormat(bytesOf(head));
        //: %1 a size such as 1.2 KiB, %2 a format name such as JSON.
        QString tip = MessageColumns::tr("%1, %2").arg(formatBytes(size), app::formatDisplayName(format));
        if (size > head.size())
            tip += QLatin1Char('\n') + MessageColumns::tr("Only the start is shown here; select the row "
                                                          "to see all of it.");
        return tip;
    }
    case MessageColumn::Headers:
        if (!row.headerCount) return MessageColumns::tr("No headers");
        return MessageColumns::tr("%n header(s), %1 in all", nullptr, row.headerCount).arg(formatBytes(row.headerBytes));
    case MessageColumn::Size:
        return MessageColumns::tr("Key %1, value %2, headers %3\nThe whole batch takes %4 as stored")
            .arg(formatBytes(std::max(row.keySize, 0)), formatBytes(std::max(row.valueSize, 0)),
                 formatBytes(row.headerBytes), formatBytes(row.batchBytes));
    case MessageColumn::Transaction:
        if (row.control) return controlText(row);
        switch (row.transaction) {
        case TransactionOutcome::Committed:
            return MessageColumns::tr("Written in a transaction that was committed.");
        case TransactionOutcome::Aborted:
            return MessageColumns::tr("Written in a transaction that was aborted: read_committed consumers "
                                      "skip it.");
        case TransactionOutcome::Open:
            return MessageColumns::tr("Written in a transaction whose end was not found: it is still "
                                      "running, or its marker lies further on.");
        case TransactionOutcome::None:
            return {};
        }
        return {};
    default:
        return {};
    }
}

} // namespace samsa::ui
