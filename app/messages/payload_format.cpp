#include "app/messages/payload_format.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace samsa::app {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Label {
    Q_DECLARE_TR_FUNCTIONS(samsa::app::PayloadFormat)
};

constexpr char kHexDigits[] = "0123456789ABCDEF";

bool isJsonSpace(uint8_t b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
}

// The cheap test that spares a full parse for nearly every payload that is not JSON.
bool mayBeJsonContainer(std::span<const uint8_t> bytes) {
    size_t i = 0;
    // A UTF-8 byte order mark is how some Windows tools start their JSON.
    if (bytes.size() >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) i = 3;
    while (i < bytes.size() && isJsonSpace(bytes[i])) ++i;
    return i < bytes.size() && (bytes[i] == '{' || bytes[i] == '[');
}

bool parsesAsJson(std::span<const uint8_t> bytes) {
    if (bytes.size() >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        bytes = bytes.subspan(3);
    // fromRawData: no copy of what may be a megabyte.
    const auto raw = QByteArray::fromRawData(reinterpret_cast<const char*>(bytes.data()),
                                             qsizetype(bytes.size()));
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(raw, &error);
    return error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray());
}

// Control characters that make a payload look like binary data. Tab, line feed and
// carriage return are ordinary in text.
bool isBinaryControl(uint8_t b) {
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F;
}

} // namespace

int decodeUtf8(std::span<const uint8_t> bytes, char32_t& codePoint) {
    if (bytes.empty()) return 0;
    const uint8_t b0 = bytes[0];
    if (b0 < 0x80) {
        codePoint = b0;
        return 1;
    }
    // The ranges of Unicode's table of well-formed byte sequences: the second byte's
    // bounds rule out overlong forms (E0, F0), surrogates (ED) and code points past
    // U+10FFFF (F4).
    int length = 0;
    uint8_t lo = 0x80, hi = 0xBF;
    char32_t cp = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
        cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        cp = b0 & 0x0F;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        cp = b0 & 0x07;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (bytes.size() < size_t(length)) return 0;
    if (bytes[1] < lo || bytes[1] > hi) return 0;
    cp = (cp << 6) | (bytes[1] & 0x3F);
    for (int i = 2; i < length; ++i) {
        if ((bytes[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (bytes[i] & 0x3F);
    }
    codePoint = cp;
    return length;
}

bool isValidUtf8(std::span<const uint8_t> bytes) {
    size_t i = 0;
    while (i < bytes.size()) {
        // ASCII runs are most of any text; skip them without decoding.
        if (bytes[i] < 0x80) {
            ++i;
            continue;
        }
        char32_t cp;
        const int n = decodeUtf8(bytes.subspan(i), cp);
        if (n == 0) return false;
        i += size_t(n);
    }
    return true;
}

bool needsEscape(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

QString escapeCodePoint(char32_t c) {
    switch (c) {
    case '\n':
        return QStringLiteral("\\n");
    case '\t':
        return QStringLiteral("\\t");
    case '\r':
        return QStringLiteral("\\r");
    default:
        break;
    }
    QString out = QStringLiteral("\\u");
    for (int shift = 12; shift >= 0; shift -= 4) out += QLatin1Char(kHexDigits[(c >> shift) & 0xF]);
    return out;
}

PayloadFormat detectFormat(std::span<const uint8_t> bytes) {
    if (bytes.empty()) return PayloadFormat::Empty;
    if (mayBeJsonContainer(bytes) && parsesAsJson(bytes)) return PayloadFormat::Json;
    if (!isValidUtf8(bytes)) return PayloadFormat::Binary;
    size_t controls = 0;
    for (uint8_t b : bytes) controls += isBinaryControl(b) ? 1 : 0;
    // Stray control characters (terminal colour codes, the NUL a C producer leaves at the
    // end) still leave text; one in ten bytes is a binary encoding such as protobuf that
    // happens to be valid UTF-8.
    return controls * 10 > bytes.size() ? PayloadFormat::Binary : PayloadFormat::Text;
}

PayloadFormat detectFormat(const std::optional<client::Bytes>& bytes) {
    if (!bytes) return PayloadFormat::Null;
    return detectFormat(std::span<const uint8_t>(*bytes));
}

QString formatDisplayName(PayloadFormat format) {
    switch (format) {
    case PayloadFormat::Empty:
        return Label::tr("Empty", "payload format: present but zero bytes long");
    case PayloadFormat::Null:
        return Label::tr("Null", "payload format: no key or value at all");
    case PayloadFormat::Text:
        return Label::tr("Text", "payload format");
    case PayloadFormat::Json:
        return Label::tr("JSON", "payload format");
    case PayloadFormat::Binary:
        return Label::tr("Binary", "payload format");
    }
    return {};
}

QString previewText(std::span<const uint8_t> bytes, int maxChars, PreviewStats* stats) {
    PreviewStats local;
    PreviewStats& st = stats ? *stats : local;
    st = {};
    QString out;
    if (maxChars <= 0) {
        st.truncated = !bytes.empty();
        return st.truncated ? QStringLiteral("…") : out;
    }
    out.reserve(maxChars + 1);
    size_t i = 0;
    while (i < bytes.size()) {
        char32_t cp = 0;
        // Never hand the decoder more than one sequence's worth: it must not read on.
        const int n = decodeUtf8(bytes.subspan(i, std::min<size_t>(4, bytes.size() - i)), cp);
        int width;
        if (n == 0)
            width = 4; // \xNN
        else if (needsEscape(cp))
            width = (cp == '\n' || cp == '\t' || cp == '\r') ? 2 : 6;
        else
            width = cp > 0xFFFF ? 2 : 1;
        if (out.size() + width > maxChars) {
            st.truncated = true;
            st.bytesExamined = std::min(bytes.size(), i + 4);
            out += QChar(0x2026);
            return out;
        }
        if (n == 0) {
            const uint8_t b = bytes[i];
            out += QLatin1String("\\x");
            out += QLatin1Char(kHexDigits[b >> 4]);
            out += QLatin1Char(kHexDigits[b & 0xF]);
            ++i;
            continue;
        }
        if (needsEscape(cp))
            out += escapeCodePoint(cp);
        else if (cp > 0xFFFF) {
            out += QChar(QChar::highSurrogate(cp));
            out += QChar(QChar::lowSurrogate(cp));
        } else {
            out += QChar(char16_t(cp));
        }
        i += size_t(n);
    }
    st.bytesExamined = bytes.size();
    return out;
}

} // namespace samsa::app
