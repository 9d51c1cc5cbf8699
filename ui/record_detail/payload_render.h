#pragma once

#include "ui/record_detail/payload_highlighters.h"

#include <QByteArrayView>
#include <QString>
#include <vector>

// The text forms of a payload the detail pane shows and copies.
namespace samsa::ui::render {

struct Text {
    QString text;
    std::vector<EscapeHighlighter::Range> escapes; // positions in `text`
    qsizetype bytesUsed = 0; // of the payload; less than its size when cut
    // A stretch with nowhere to break a line: word wrapping it would take Qt's text
    // layout very long, so the view wraps it anywhere instead.
    bool hasLongWord = false;
};

// UTF-8 text with its line breaks and tabs, every byte that is not UTF-8 as \xNN and
// every other control character escaped (\r, \u0000). Renders at most `maxBytes` bytes.
Text text(QByteArrayView bytes, qsizetype maxBytes);

// Base64 in lines of 76 characters, as MIME writes it; the copy has no line breaks.
QString base64Lines(QByteArrayView bytes);

// One line of a hex dump: "00000010  48 65 6c …  |Hel…|", 16 bytes a line.
constexpr int kHexBytesPerLine = 16;
QString hexOffset(qsizetype offset);
QString hexBytes(QByteArrayView line);
QString hexAscii(QByteArrayView line);
// The line of `bytes` that starts at `offset`, in the form hexDump writes, without
// the line break.
QString hexLine(QByteArrayView bytes, qsizetype offset);
// The whole dump, one line per 16 bytes, for copying.
QString hexDump(QByteArrayView bytes);

} // namespace samsa::ui::render
