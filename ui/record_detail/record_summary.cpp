#include "ui/record_detail/record_summary.h"

#include "ui/common/format.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>
#include <QVBoxLayout>

#include "protocol/records/control_record.h"

namespace samsa::ui {

namespace {

constexpr int kKeyPreviewChars = 120;

QString compressionText(client::Compression c) {
    switch (c) {
    case client::Compression::None: return RecordSummary::tr("none", "compression");
    case client::Compression::Gzip: return QStringLiteral("gzip");
    case client::Compression::Snappy: return QStringLiteral("snappy");
    case client::Compression::Lz4: return QStringLiteral("lz4");
    case client::Compression::Zstd: return QStringLiteral("zstd");
    }
    return {};
}

qint64 sizeOf(const std::optional<client::Bytes>& bytes) {
    return bytes ? qint64(bytes->size()) : 0;
}

// "COMMIT" or "ABORT" for a transaction marker's key; empty when the key is not one.
QString controlType(const std::optional<client::Bytes>& key) {
    if (!key) return {};
    try {
        const auto parsed = protocol::records::parseControlRecordKey(*key);
        switch (parsed.type) {
        case protocol::records::ControlRecordType::Commit: return QStringLiteral("COMMIT");
        case protocol::records::ControlRecordType::Abort: return QStringLiteral("ABORT");
        }
        return QString::number(int(parsed.type));
    } catch (const std::exception&) {
        return {};
    }
}

} // namespace

RecordSummary::RecordSummary(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("recordSummary"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto* titleRow = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("recordTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setToolTip(tr("The offset is the record's position in its partition; it never "
                           "changes, and later records have larger offsets."));
    titleRow->addWidget(m_title);
    layout->addLayout(titleRow);
    //: Badge: the record has a key and no value.
    m_tombstone = addBadge(QStringLiteral("recordTombstone"), tr("tombstone"),
                           tr("A tombstone has a key and no value (null). On a compacted topic it "
                              "tells the log cleaner to delete the earlier records with the same "
                              "key; it stays for delete.retention.ms so that consumers see it."));
    //: Badge: written inside a Kafka transaction.
    m_transactional = addBadge(QStringLiteral("recordTransactional"), tr("transactional"),
                               tr("Written by a transactional producer as part of a transaction. "
                                  "Consumers with isolation.level=read_committed see it only once "
                                  "the transaction commits."));
    //: Badge: a control record (transaction marker), not application data.
    m_control = addBadge(QStringLiteral("recordControl"), tr("control record"),
                         tr("A control record is a marker the broker writes to end a transaction "
                            "(COMMIT or ABORT). Consumers never receive it; it is not "
                            "application data."));
    //: Badge: part of a transaction that was rolled back.
    m_aborted = addBadge(QStringLiteral("recordAborted"), tr("aborted"),
                         tr("Part of a transaction that was aborted. Consumers with "
                            "isolation.level=read_committed skip it; read_uncommitted ones see it."));
    for (QLabel* badge : {m_tombstone, m_transactional, m_control, m_aborted})
        titleRow->addWidget(badge);
    titleRow->addStretch();

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_timestamp = addField(grid, 0, 0, QStringLiteral("recordTimestamp"), tr("Timestamp"),
                           tr("CreateTime: set by the producer when it created the record. "
                              "LogAppendTime: set by the broker when it stored the record (the "
                              "topic's message.timestamp.type). The number is milliseconds since "
                              "1970-01-01 UTC."),
                           3);
    m_key = addField(grid, 1, 0, QStringLiteral("recordKey"), tr("Key"),
                     tr("Records with the same key go to the same partition, and compaction keeps "
                        "the latest record of each key."),
                     3);
    m_size = addField(grid, 2, 0, QStringLiteral("recordSize"), tr("Size"),
                      tr("The uncompressed sizes of the key, the value and the headers"));
    m_compression = addField(grid, 2, 2, QStringLiteral("recordCompression"), tr("Compression"),
                             tr("Producers compress whole batches of records; the broker keeps "
                                "the batch as it came unless the topic's compression.type asks for "
                                "another codec."));
    m_producer = addField(grid, 3, 0, QStringLiteral("recordProducer"), tr("Producer"),
                          tr("The producer id is given by the broker to an idempotent or "
                             "transactional producer. The epoch grows each time a producer with "
                             "the same transactional.id starts, so the broker can reject an older "
                             "instance still writing (fencing). The sequence numbers the batches "
                             "of a producer, so the broker drops a batch sent twice on a retry."),
                          3);
    layout->addLayout(grid);
}

QLabel* RecordSummary::addField(QGridLayout* grid, int row, int column, const QString& name,
                                const QString& caption, const QString& tooltip, int span) {
    auto* captionLabel = new QLabel(caption, this);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    captionLabel->setToolTip(tooltip);
    auto* value = new QLabel(this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setToolTip(tooltip);
    grid->addWidget(captionLabel, row, column, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(value, row, column + 1, 1, span);
    return value;
}

QLabel* RecordSummary::addBadge(const QString& name, const QString& text, const QString& tooltip) {
    auto* badge = new QLabel(text, this);
    badge->setObjectName(name);
    badge->setToolTip(tooltip);
    badge->setStyleSheet(QStringLiteral(
        "QLabel { border: 1px solid palette(mid); border-radius: 3px; padding: 0px 5px; }"));
    badge->hide();
    return badge;
}

void RecordSummary::showRecord(const app::RecordDetail& detail) {
    const client::FetchedRecord& r = detail.record;
    //: Where a record is: topic name, partition number, offset.
    m_title->setText(tr("%1 · partition %2 · offset %3")
                         .arg(detail.topic)
                         .arg(detail.partition)
                         .arg(r.offset));

    if (r.timestampMs < 0) {
        //: The record carries no timestamp (written by a very old client).
        m_timestamp->setText(tr("none"));
    } else {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(r.timestampMs);
        const QString type = r.timestampType == client::TimestampType::LogAppendTime
                                 ? QStringLiteral("LogAppendTime")
                                 : QStringLiteral("CreateTime");
        //: %1 local date and time, %2 milliseconds since 1970-01-01 UTC, %3 CreateTime or
        //: LogAppendTime (Kafka's names, not translated).
        m_timestamp->setText(tr("%1 · epoch %2 ms · %3")
                                 .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t")))
                                 .arg(r.timestampMs)
                                 .arg(type));
    }

    QString key;
    const QString marker = detail.control ? controlType(r.key) : QString();
    if (!marker.isEmpty())
        //: %1 is COMMIT or ABORT.
        key = tr("%1 marker (a control record's key names what it does)").arg(marker);
    else if (!r.key)
        key = tr("null (no key)");
    else if (r.key->empty())
        key = tr("empty (zero bytes)");
    else
        key = app::previewText(*r.key, kKeyPreviewChars);
    m_key->setText(key);

    auto sizeText = [](const std::optional<client::Bytes>& bytes) {
        //: The size of a key or value that is null (absent).
        return bytes ? formatBytes(qint64(bytes->size())) : tr("null");
    };
    QString headers;
    if (r.headers.empty()) {
        headers = tr("no headers");
    } else {
        qint64 headerBytes = 0;
        for (const auto& h : r.headers) headerBytes += qint64(h.key.size()) + sizeOf(h.value);
        //: %1 is the total size of the headers, such as "96 bytes".
        headers = tr("%n header(s), %1", nullptr, int(r.headers.size())).arg(formatBytes(headerBytes));
    }
    //: Sizes of the parts of a record; %3 is, e.g., "2 headers, 96 bytes".
    m_size->setText(tr("key %1 · value %2 · %3").arg(sizeText(r.key), sizeText(r.value), headers));
    m_compression->setText(compressionText(detail.compression));
    if (detail.producerId < 0)
        m_producer->setText(tr("none (neither idempotent nor transactional)"));
    else
        m_producer->setText(tr("id %1 · epoch %2 · sequence %3")
                                .arg(detail.producerId)
                                .arg(detail.producerEpoch)
                                .arg(detail.baseSequence));

    m_tombstone->setVisible(!r.value.has_value() && !detail.control);
    m_transactional->setVisible(detail.transactional);
    m_control->setVisible(detail.control);
    m_aborted->setVisible(detail.aborted);
}

} // namespace samsa::ui
