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
    Q_DECLARE_TR_FUNCTIONS(samsa::app::RecordJson)
};

constexpr char kHex[] = "0123456789abcdef";

std::span<const uint8_t> asSpan(std::string_view s) {
    return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

void appendBase64Object(QByteArray& out, std::span<const uint8_t> bytes) {
    out += "{\"base64\":\"";
    out += QByteArray::fromRawData(reinterpret_cast<const char*>(bytes.data()),
                                   static_cast<qsizetype>(bytes.size()))
               .toBase64();
    out += "\"}";
}

void appendInt(QByteArray& out, int64_t n) {
    out += QByteArray::number(static_cast<qint64>(n));
}

// A whole number within [min, max]; `out` stays unset when the field is absent or null.
bool readInteger(const QJsonObject& object, QLatin1StringView name, int64_t min, int64_t max,
                 std::optional<int64_t>& out, QString* error) {
    const QJsonValue v = object.value(name);
    if (v.isUndefined() || v.isNull()) return true;
    constexpr auto kNotWhole = std::numeric_limits<qint64>::min();
    const qint64 n = v.isDouble() ? v.toInteger(kNotWhole) : kNotWhole;
    if (n == kNotWhole || n < min || n > max) {
        *error =
            Text::tr("\"%1\" must be a whole number from %2 to %3.").arg(name).arg(min).arg(max);
        return false;
    }
    out = n;
    return true;
}

} // namespace

bool isStrictUtf8(std::span<const uint8_t> bytes) {
    const size_t n = bytes.size();
    size_t i = 0;
    while (i < n) {
        const uint8_t c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len = 0;
        uint32_t cp = 0, min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, cp = c & 0x07, min = 0x10000;
        } else {
            return false;
        }
        if (n - i < len) return false;
        for (size_t k = 1; k < len; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (bytes[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += len;
    }
    return true;
}

void appendJsonString(QByteArray& out, std::string_view utf8) {
    out += '"';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xF];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void appendJsonBytes(QByteArray& out, const std::optional<client::Bytes>& bytes) {
    if (!bytes) {
        out += "null";
    } else if (isStrictUtf8(*bytes)) {
        appendJsonString(
            out, std::string_view(reinterpret_cast<const char*>(bytes->data()), bytes->size()));
    } else {
        appendBase64Object(out, *bytes);
    }
}

void appendJsonHeaders(QByteArray& out, const std::vector<client::RecordHeader>& headers) {
    out += '[';
    bool first = true;
    for (const auto& h : headers) {
        if (!first) out += ',';
        first = false;
        out += "{\"key\":";
        // Kafka header keys are Java strings, so always text in practice; a key that is
        // not still goes out intact.
        if (isStrictUtf8(asSpan(h.key)))
            appendJsonString(out, h.key);
        else
            appendBase64Object(out, asSpan(h.key));
        out += ",\"value\":";
        appendJsonBytes(out, h.value);
        out += '}';
    }
    out += ']';
}

QByteArray encodeJsonLine(const QString& topic, int32_t partition,
                          const client::FetchedRecord& record) {
    QByteArray out;
    out.reserve(128 + (record.key ? static_cast<qsizetype>(record.key->size()) : 0) +
                (record.value ? static_cast<qsizetype>(record.value->size()) : 0));
    out += "{\"topic\":";
    appendJsonString(out, topic.toStdString());
    out += ",\"partition\":";
    appendInt(out, partition);
    out += ",\"offset\":";
    appendInt(out, record.offset);
    out += ",\"timestamp\":";
    appendInt(out, record.timestampMs);
    out += ",\"timestampType\":";
    appendJsonString(out, timestampTypeName(record.timestampType).toStdString());
    out += ",\"key\":";
    appendJsonBytes(out, record.key);
    out += ",\"value\":";
    appendJsonBytes(out, record.value);
    out += ",\"headers\":";
    appendJsonHeaders(out, record.headers);
    out += '}';
    return out;
}

bool decodeJsonBytes(const QJsonValue& value, std::optional<client::Bytes>& out, QString* error) {
    if (value.isUndefined() || value.isNull()) {
        out.reset();
        return true;
    }
    if (value.isString()) {
        const QByteArray utf8 = value.toString().toUtf8();
        out = client::Bytes(utf8.begin(), utf8.end());
        return true;
    }
    const QJsonValue b64 = value.toObject().value(QLatin1StringView("base64"));
    if (value.isObject() && b64.isString() && value.toObject().size() == 1) {
        auto decoded = QByteArray::fromBase64Encoding(b64.toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (decoded) {
            out = client::Bytes(decoded.decoded.begin(), decoded.decoded.end());
            return true;
        }
        *error = Text::tr("\"base64\" holds text that is not base64.");
        return false;
    }
    *error = Text::tr("Bytes must be null, a string, or {\"base64\": \"...\"}.");
    return false;
}

bool decodeJsonHeaders(const QJsonValue& value, std::vector<client::RecordHeader>& out,
                       QString* error) {
    out.clear();
    if (value.isUndefined() || value.isNull()) return true;
    if (!value.isArray()) {
        *error =
            Text::tr("\"headers\" must be an array of {\"key\": ..., \"value\": ...} objects.");
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject h = array.at(i).toObject();
        const QJsonValue keyValue = h.value(QLatin1StringView("key"));
        if (!array.at(i).isObject() || !(keyValue.isString() || keyValue.isObject())) {
            *error = Text::tr("Header %1 needs a \"key\" string.").arg(i + 1);
            return false;
        }
        std::optional<client::Bytes> key, headerValue;
        QString why;
        if (!decodeJsonBytes(keyValue, key, &why) ||
            !decodeJsonBytes(h.value(QLatin1StringView("value")), headerValue, &why)) {
            //: %1 is the header's position, %2 what is wrong with it
            *error = Text::tr("Header %1: %2").arg(i + 1).arg(why);
            return false;
        }
        out.push_back({std::string(key->begin(), key->end()), std::move(headerValue)});
    }
    return true;
}

std::optional<ExportedRecord> decodeJsonLine(QByteArrayView line, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto column = QString::fromUtf8(line.first(parseError.offset)).size() + 1;
        //: %1 is a column number, %2 the JSON parser's explanation
        *error =
            Text::tr("Not valid JSON at column %1: %2").arg(column).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = Text::tr("Each line must be one JSON object.");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    ExportedRecord out;
    const QJsonValue topic = o.value(QLatin1StringView("topic"));
    if (topic.isString()) {
        out.topic = topic.toString();
    } else if (!topic.isUndefined() && !topic.isNull()) {
        *error = Text::tr("\"topic\" must be a string.");
        return std::nullopt;
    }
    std::optional<int64_t> partition, offset, timestamp;
    if (!readInteger(o, QLatin1StringView("partition"), 0, std::numeric_limits<int32_t>::max(),
                     partition, error) ||
        !readInteger(o, QLatin1StringView("offset"), -1, std::numeric_limits<int64_t>::max(),
                     offset, error) ||
        !readInteger(o, QLatin1StringView("timestamp"), -1, std::numeric_limits<int64_t>::max(),
                     timestamp, error))
        return std::nullopt;
    if (partition) out.partition = static_cast<int32_t>(*partition);
    out.record.offset = offset.value_or(-1);
    out.record.timestampMs = timestamp.value_or(-1);
    const QJsonValue type = o.value(QLatin1StringView("timestampType"));
    if (!type.isUndefined() && !type.isNull()) {
        const auto parsed = type.isString() ? timestampTypeFromName(type.toString()) : std::nullopt;
        if (!parsed) {
            *error = Text::tr("\"timestampType\" must be \"CreateTime\" or \"LogAppendTime\".");
            return std::nullopt;
        }
        out.record.timestampType = *parsed;
    }
    QString why;
    if (!decodeJsonBytes(o.value(QLatin1StringView("key")), out.record.key, &why)) {
        *error = Text::tr("\"key\": %1").arg(why);
        return std::nullopt;
    }
    if (!decodeJsonBytes(o.value(QLatin1StringView("value")), out.record.value, &why)) {
        *error = Text::tr("\"value\": %1").arg(why);
        return std::nullopt;
    }
    if (!decodeJsonHeaders(o.value(QLatin1StringView("headers")), out.record.headers, error))
        return std::nullopt;
    return out;
}

QString timestampTypeName(client::TimestampType type) {
    return type == client::TimestampType::LogAppendTime ? QStringLiteral("LogAppendTime")
                                                        : QStringLiteral("CreateTime");
}

std::optional<client::TimestampType> timestampTypeFromName(QStringView name) {
    if (name == u"CreateTime") return client::TimestampType::CreateTime;
    if (name == u"LogAppendTime") return client::TimestampType::LogAppendTime;
    return std::nullopt;
}

} // namespace samsa::app
