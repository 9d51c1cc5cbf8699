#pragma once

#include "ui/record_detail/syntax_colors.h"

#include <QSyntaxHighlighter>
#include <vector>

namespace samsa::ui {

// Colours pretty-printed JSON line by line. It relies on what json::pretty writes: no
// string spans two lines, and a member name is the first string of its line followed
// by a colon.
class JsonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument* document);
    void setColors(const SyntaxColors& colors);

protected:
    void highlightBlock(const QString& text) override;

private:
    SyntaxColors m_colors;
};

// Marks the stretches of a text view that stand for something other than text: bytes
// that are not UTF-8 (\xNN) and control characters. The view knows where they are
// while it builds the text, so nothing is searched for here, and a literal "\x41" the
// producer wrote stays plain.
class EscapeHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    enum class Kind { InvalidByte, Control };
    struct Range {
        int start = 0; // position in the document
        int length = 0;
        Kind kind = Kind::InvalidByte;
    };

    explicit EscapeHighlighter(QTextDocument* document);
    void setColors(const SyntaxColors& colors);
    // Sorted by start, not overlapping. Set before the document's text.
    void setRanges(std::vector<Range> ranges);

protected:
    void highlightBlock(const QString& text) override;

private:
    SyntaxColors m_colors;
    std::vector<Range> m_ranges;
};

} // namespace samsa::ui
