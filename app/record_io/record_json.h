#pragma once

#include "app/record_io/exported_record.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

// The JSON Lines export format (docs/export-format.md): one record per line, keys in a
// fixed order so files diff well and stream through line-oriented tools.
namespace samsa::app {

// Well-formed UTF-8 only: no overlong forms, no surrogates, nothing past U+10FFFF. Such
// bytes survive a trip through a JSON string unchanged; anything else goes as base64.
bool isStrictUtf8(std::span<const uint8_t> bytes);

// Appends `utf8` (which must be well-formed) as a quoted JSON string.
void appendJsonString(QByteArray& out, std::string_view utf8);
// null, a JSON string, or {"base64":"..."}.
void appendJsonBytes(QByteArray& out, const std::optional<client::Bytes>& bytes);
void appendJsonHeaders(QByteArray& out, const std::vector<client::RecordHeader>& headers);

// One line of the format, without its line break.
QByteArray encodeJsonLine(const QString& topic, int32_t partition,
                          const client::FetchedRecord& record);

// Reads one line. On failure returns nothing and sets `error` to what is wrong, naming
// the column for JSON syntax errors.
std::optional<ExportedRecord> decodeJsonLine(QByteArrayView line, QString* error);

// The pieces decodeJsonLine uses, shared with the CSV reader's headers column.
bool decodeJsonBytes(const QJsonValue& value, std::optional<client::Bytes>& out, QString* error);
bool decodeJsonHeaders(const QJsonValue& value, std::vector<client::RecordHeader>& out,
                       QString* error);

QString timestampTypeName(client::TimestampType type);
std::optional<client::TimestampType> timestampTypeFromName(QStringView name);

} // namespace samsa::app
