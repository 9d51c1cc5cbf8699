#include "app/record_io/record_csv.h"

#include "app/record_io/record_json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <limits>

namespace samsa::app {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Text {
    Q_DECLARE_TR_FUNCTIONS(samsa::app::RecordCsv)
};

constexpr std::array<const char*, CsvColumns::Count> kColumnNames{
    "topic", "partition", "offset", "timestamp", "timestampType", "key", "value", "headers"};
constexpr QByteArrayView kBase64Prefix("base64:");

void appendField(QByteArray& out, QByteArrayView text, bool forceQuotes = false) {
    const bool quote = forceQuotes || text.contains(',') || text.contains('"') ||
                       text.contains('\n') || text.contains('\r') || text.startsWith(' ') ||
                       text.endsWith(' ');
    if (!quote) {
        out += text;
        return;
    }
    out += '"';
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

void appendBytesField(QByteArray& out, const std::optional<client::Bytes>& bytes) {
    if (!bytes) return; // null: nothing at all between the commas
    const QByteArrayView view(bytes->data(), static_cast<qsizetype>(bytes->size()));
    // Text that happens to start with the prefix goes as base64 too, or it would not
    // read back as itself.
    if (isStrictUtf8(*bytes) && !view.startsWith(kBase64Prefix)) {
        appendField(out, view, view.isEmpty());
        return;
    }
    appendField(out, QByteArray(kBase64Prefix.data(), kBase64Prefix.size()) +
                         view.toByteArray().toBase64());
}

bool decodeBytesField(const CsvField& field, std::optional<client::Bytes>& out, QString* error) {
    if (field.text.isEmpty() && !field.quoted) {
        out.reset();
        return true;
    }
    if (field.text.startsWith(kBase64Prefix)) {
        auto decoded = QByteArray::fromBase64Encoding(field.text.mid(kBase64Prefix.size()),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error = Text::tr("The text after \"base64:\" is not base64.");
            return false;
        }
        out = client::Bytes(decoded.decoded.begin(), decoded.decoded.end());
        return true;
    }
    out = client::Bytes(field.text.begin(), field.text.end());
    return true;
}

std::optional<int64_t> decodeInteger(const CsvField& field, int64_t min, int64_t max,
                                     const char* column, QString* error) {
    bool ok = false;
    const qint64 n = field.text.trimmed().toLongLong(&ok);
    if (!ok || n < min || n > max) {
        *error = Text::tr("\"%1\" must be a whole number from %2 to %3.")
                     .arg(QLatin1StringView(column))
                     .arg(min)
                     .arg(max);
        return std::nullopt;
    }
    return n;
}

} // namespace

QByteArray csvHeaderRow() {
    QByteArray out;
    for (const char* name : kColumnNames) {
        if (!out.isEmpty()) out += ',';
        out += name;
    }
    out += "\r\n";
    return out;
}

QByteArray encodeCsvRow(const QString& topic, int32_t partition,
                        const client::FetchedRecord& record) {
    QByteArray out;
    appendField(out, topic.toUtf8());
    out += ',';
    out += QByteArray::number(partition);
    out += ',';
    out += QByteArray::number(static_cast<qint64>(record.offset));
    out += ',';
    out += QByteArray::number(static_cast<qint64>(record.timestampMs));
    out += ',';
    out += timestampTypeName(record.timestampType).toLatin1();
    out += ',';
    appendBytesField(out, record.key);
    out += ',';
    appendBytesField(out, record.value);
    out += ',';
    QByteArray headers;
    appendJsonHeaders(headers, record.headers);
    appendField(out, headers);
    out += "\r\n";
    return out;
}

CsvRowReader::Status CsvRowReader::next(std::vector<CsvField>& fields, QString* error) {
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    fields.clear();
    if (m_device->atEnd()) return Status::End;
    m_rowLine = m_line + 1;
    State state = State::FieldStart;
    CsvField field;
    bool malformed = false;
    while (true) {
        const QByteArray line = m_device->readLine();
        if (line.isEmpty()) {
            if (state == State::Quoted) {
                //: %1 is a line number
                *error =
                    Text::tr("A quoted field opened on line %1 is never closed.").arg(m_rowLine);
                return Status::Bad;
            }
            fields.push_back(std::move(field));
            return malformed ? Status::Bad : Status::Row;
        }
        ++m_line;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char c = line[i];
            const bool rowEnds =
                c == '\n' || (c == '\r' && (i + 1 == line.size() || line[i + 1] == '\n'));
            if (state == State::Quoted) {
                if (c == '"')
                    state = State::AfterQuote;
                else
                    field.text += c;
                continue;
            }
            if (c == '\r' && rowEnds) continue; // the \n after it ends the row
            if (rowEnds || c == ',') {
                fields.push_back(std::move(field));
                field = {};
                state = State::FieldStart;
                if (c == ',') continue;
                return malformed ? Status::Bad : Status::Row;
            }
            switch (state) {
            case State::FieldStart:
                if (c == '"') {
                    field.quoted = true;
                    state = State::Quoted;
                } else {
                    field.text += c;
                    state = State::Unquoted;
                }
                break;
            case State::Unquoted:
                if (c == '"' && !malformed) {
                    *error =
                        Text::tr("A quote inside a field that does not start with one; quote the "
                                 "whole field.");
                    malformed = true;
                }
                field.text += c;
                break;
            case State::AfterQuote:
                if (c == '"') {
                    field.text += '"';
                    state = State::Quoted;
                } else if (!malformed) {
                    *error = Text::tr("Text after the closing quote of a field.");
                    malformed = true;
                }
                break;
            case State::Quoted:
                break;
            }
        }
        if (state != State::Quoted) {
            // The input ended without a line break, or a lone \r ended the row.
            fields.push_back(std::move(field));
            return malformed ? Status::Bad : Status::Row;
        }
    }
}

std::optional<CsvColumns> csvColumnsFromHeader(const std::vector<CsvField>& header,
                                               QString* error) {
    CsvColumns columns;
    for (size_t i = 0; i < header.size(); ++i)
        for (size_t c = 0; c < kColumnNames.size(); ++c)
            if (header[i].text.trimmed() == kColumnNames[c]) columns.index[c] = static_cast<int>(i);
    if (columns.index[CsvColumns::Key] < 0 && columns.index[CsvColumns::Value] < 0) {
        *error =
            Text::tr("The first row must name the columns (topic, partition, offset, timestamp, "
                     "timestampType, key, "
                     "value, headers); it names neither key nor value.");
        return std::nullopt;
    }
    return columns;
}

std::optional<ExportedRecord> decodeCsvRow(const std::vector<CsvField>& fields,
                                           const CsvColumns& columns, QString* error) {
    const auto column = [&](CsvColumns::Column c) -> const CsvField* {
        const int i = columns.index[c];
        return i >= 0 && static_cast<size_t>(i) < fields.size() ? &fields[static_cast<size_t>(i)]
                                                                : nullptr;
    };
    const auto present = [&](CsvColumns::Column c) {
        const CsvField* f = column(c);
        return f && !(f->text.isEmpty() && !f->quoted);
    };
    ExportedRecord out;
    if (present(CsvColumns::Topic)) out.topic = QString::fromUtf8(column(CsvColumns::Topic)->text);
    if (present(CsvColumns::Partition)) {
        const auto p = decodeInteger(*column(CsvColumns::Partition), 0,
                                     std::numeric_limits<int32_t>::max(), "partition", error);
        if (!p) return std::nullopt;
        out.partition = static_cast<int32_t>(*p);
    }
    if (present(CsvColumns::Offset)) {
        const auto o = decodeInteger(*column(CsvColumns::Offset), -1,
                                     std::numeric_limits<int64_t>::max(), "offset", error);
        if (!o) return std::nullopt;
        out.record.offset = *o;
    }
    if (present(CsvColumns::Timestamp)) {
        const auto t = decodeInteger(*column(CsvColumns::Timestamp), -1,
                                     std::numeric_limits<int64_t>::max(), "timestamp", error);
        if (!t) return std::nullopt;
        out.record.timestampMs = *t;
    }
    if (present(CsvColumns::TimestampType)) {
        const auto type = timestampTypeFromName(
            QString::fromUtf8(column(CsvColumns::TimestampType)->text).trimmed());
        if (!type) {
            *error = Text::tr("\"timestampType\" must be CreateTime or LogAppendTime.");
            return std::nullopt;
        }
        out.record.timestampType = *type;
    }
    QString why;
    if (const CsvField* key = column(CsvColumns::Key);
        key && !decodeBytesField(*key, out.record.key, &why)) {
        *error = Text::tr("\"key\": %1").arg(why);
        return std::nullopt;
    }
    if (const CsvField* value = column(CsvColumns::Value);
        value && !decodeBytesField(*value, out.record.value, &why)) {
        *error = Text::tr("\"value\": %1").arg(why);
        return std::nullopt;
    }
    if (present(CsvColumns::Headers)) {
        QJsonParseError parseError;
        const QJsonDocument doc =
            QJsonDocument::fromJson(column(CsvColumns::Headers)->text, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = Text::tr("\"headers\" is not a JSON array: %1").arg(parseError.errorString());
            return std::nullopt;
        }
        if (!decodeJsonHeaders(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()),
                               out.record.headers, error))
            return std::nullopt;
    }
    return out;
}

} // namespace samsa::app
