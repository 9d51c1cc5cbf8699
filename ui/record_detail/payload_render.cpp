#include "ui/record_detail/payload_render.h"

#include "app/messages/payload_format.h"

#include <QByteArray>

namespace samsa::ui::render {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";
// Longer runs without a space are wrapped anywhere; see Text::hasLongWord.
constexpr int kLongWord = 1000;
constexpr int kBase64LineLength = 76;

// Upper case, as previews write it.
QString invalidByteEscape(uint8_t b) {
    constexpr char kUpper[] = "0123456789ABCDEF";
    const char text[] = {'\\', 'x', kUpper[b >> 4], kUpper[b & 0xF]};
    return QString::fromLatin1(text, 4);
}

} // namespace

Text text(QByteArrayView bytes, qsizetype maxBytes) {
    Text out;
    const qsizetype limit = std::min(bytes.size(), maxBytes);
    out.text.reserve(limit);
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    int wordLength = 0;
    auto mark = [&](const QString& escape, EscapeHighlighter::Kind kind) {
        out.escapes.push_back({int(out.text.size()), int(escape.size()), kind});
        out.text += escape;
    };
    qsizetype i = 0;
    while (i < limit) {
        char32_t cp = 0;
        const int n = app::decodeUtf8(
            std::span<const uint8_t>(data + i, size_t(std::min<qsizetype>(4, bytes.size() - i))), cp);
        if (n == 0) {
            mark(invalidByteEscape(data[i]), EscapeHighlighter::Kind::InvalidByte);
            ++i;
            ++wordLength;
            continue;
        }
        i += n;
        if (cp == '\n' || cp == '\t' || cp == ' ') {
            out.text += QChar(char16_t(cp));
            wordLength = 0;
            continue;
        }
        if (app::needsEscape(cp)) {
            mark(app::escapeCodePoint(cp), EscapeHighlighter::Kind::Control);
        } else if (cp > 0xFFFF) {
            out.text += QChar(QChar::highSurrogate(cp));
            out.text += QChar(QChar::lowSurrogate(cp));
        } else {
            out.text += QChar(char16_t(cp));
        }
        if (++wordLength > kLongWord) out.hasLongWord = true;
    }
    out.bytesUsed = i;
    return out;
}

QString base64Lines(QByteArrayView bytes) {
    const QByteArray b64 = bytes.toByteArray().toBase64();
    QString out;
    out.reserve(b64.size() + b64.size() / kBase64LineLength + 1);
    for (qsizetype at = 0; at < b64.size(); at += kBase64LineLength) {
        if (at > 0) out += QLatin1Char('\n');
        out += QLatin1String(b64.constData() + at, std::min<qsizetype>(kBase64LineLength, b64.size() - at));
    }
    return out;
}

QString hexOffset(qsizetype offset) {
    return QStringLiteral("%1").arg(offset, 8, 16, QLatin1Char('0'));
}

QString hexBytes(QByteArrayView line) {
    QString out;
    out.reserve(kHexBytesPerLine * 3 + 1);
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (i > 0) out += QLatin1Char(' ');
        if (i == kHexBytesPerLine / 2) out += QLatin1Char(' '); // a gap between the halves
        const auto b = uint8_t(line[i]);
        out += QLatin1Char(kHexDigits[b >> 4]);
        out += QLatin1Char(kHexDigits[b & 0xF]);
    }
    return out;
}

QString hexAscii(QByteArrayView line) {
    QString out(line.size(), QLatin1Char('.'));
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto b = uint8_t(line[i]);
        if (b >= 0x20 && b < 0x7F) out[i] = QLatin1Char(char(b));
    }
    return out;
}

QString hexLine(QByteArrayView bytes, qsizetype offset) {
    const QByteArrayView line =
        bytes.sliced(offset, std::min<qsizetype>(kHexBytesPerLine, bytes.size() - offset));
    // Short last lines keep the ASCII column where the others have it.
    return hexOffset(offset) + QLatin1String("  ") +
           hexBytes(line).leftJustified(kHexBytesPerLine * 3) + QLatin1String("  |") +
           hexAscii(line) + QLatin1Char('|');
}

QString hexDump(QByteArrayView bytes) {
    QString out;
    out.reserve((bytes.size() / kHexBytesPerLine + 1) * (kHexBytesPerLine * 4 + 16));
    for (qsizetype at = 0; at < bytes.size(); at += kHexBytesPerLine) {
        out += hexLine(bytes, at);
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace samsa::ui::render
