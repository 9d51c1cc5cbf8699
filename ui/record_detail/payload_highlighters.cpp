#include "ui/record_detail/payload_highlighters.h"

#include <QTextDocument>
#include <algorithm>

namespace samsa::ui {

namespace {

QTextCharFormat foreground(const QColor& color) {
    QTextCharFormat f;
    f.setForeground(color);
    return f;
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void JsonHighlighter::setColors(const SyntaxColors& colors) {
    m_colors = colors;
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString& text) {
    const int size = int(text.size());
    int i = 0;
    while (i < size) {
        const QChar c = text[i];
        if (c == u'"') {
            int end = i + 1;
            while (end < size && text[end] != u'"') end += text[end] == u'\\' ? 2 : 1;
            end = std::min(end + 1, size);
            int after = end;
            while (after < size && text[after] == u' ') ++after;
            const bool name = after < size && text[after] == u':';
            setFormat(i, end - i, foreground(name ? m_colors.memberName : m_colors.string));
            i = end;
        } else if (c == u'-' || c.isDigit()) {
            int end = i + 1;
            while (end < size && (text[end].isLetterOrNumber() || text[end] == u'.' ||
                                  text[end] == u'+' || text[end] == u'-'))
                ++end;
            setFormat(i, end - i, foreground(m_colors.number));
            i = end;
        } else if (c.isLetter()) {
            int end = i + 1;
            while (end < size && text[end].isLetter()) ++end;
            setFormat(i, end - i, foreground(m_colors.literal));
            i = end;
        } else {
            if (!c.isSpace()) setFormat(i, 1, foreground(m_colors.punctuation));
            ++i;
        }
    }
}

EscapeHighlighter::EscapeHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void EscapeHighlighter::setColors(const SyntaxColors& colors) {
    m_colors = colors;
    rehighlight();
}

void EscapeHighlighter::setRanges(std::vector<Range> ranges) {
    m_ranges = std::move(ranges);
}

void EscapeHighlighter::highlightBlock(const QString& text) {
    if (m_ranges.empty()) return;
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    auto it = std::lower_bound(m_ranges.begin(), m_ranges.end(), blockStart,
                               [](const Range& r, int pos) { return r.start + r.length <= pos; });
    QTextCharFormat invalid;
    invalid.setForeground(m_colors.invalidText);
    invalid.setBackground(m_colors.invalidBackground);
    QTextCharFormat control;
    control.setForeground(m_colors.controlText);
    control.setBackground(m_colors.controlBackground);
    for (; it != m_ranges.end() && it->start < blockEnd; ++it) {
        const int from = std::max(it->start, blockStart);
        const int to = std::min(it->start + it->length, blockEnd);
        setFormat(from - blockStart, to - from, it->kind == Kind::InvalidByte ? invalid : control);
    }
}

} // namespace samsa::ui
