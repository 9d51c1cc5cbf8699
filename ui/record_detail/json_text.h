#pragma once

#include <QByteArrayView>
#include <QString>

// JSON read straight from a record's bytes. QJsonDocument would sort object keys and
// merge duplicates, but users compare what they see with what their producer wrote, so
// everything here keeps the original order, spelling of numbers and escapes.
namespace samsa::ui::json {

enum class TokenType {
    BeginObject, EndObject, BeginArray, EndArray, Colon, Comma,
    String, Number, True, False, Null,
    End,   // the input is used up
    Error, // not JSON from here on
};

// A token's bytes are [begin, end) of the input; strings keep their quotes.
struct Token {
    TokenType type = TokenType::End;
    qsizetype begin = 0;
    qsizetype end = 0;
};

// Splits JSON into tokens, checking each one (string escapes, UTF-8, number syntax)
// but not how they nest; parse() does that.
class Tokenizer {
public:
    explicit Tokenizer(QByteArrayView input);
    Token next();
    Token peek();
    QByteArrayView text(const Token& token) const { return m_input.sliced(token.begin, token.end - token.begin); }
    qsizetype position() const { return m_pos; }

private:
    Token scan();
    bool scanString(Token& token);
    bool scanNumber(Token& token);

    QByteArrayView m_input;
    qsizetype m_pos = 0;
    bool m_peeked = false;
    Token m_next;
};

// Why the input is not one JSON value, or an empty string when it is. Any value
// counts, a bare number or string too.
struct ParseProblem {
    QString message; // empty: valid
    qsizetype offset = -1;
};
ParseProblem check(QByteArrayView input);

// Re-indents valid JSON: one member or element a line, `indent` spaces a level (up to
// 32 levels), empty containers kept as {} and []. Token text is copied unchanged; a cut
// document is formatted up to its last whole token.
QString pretty(QByteArrayView validJson, int indent = 2);

// The text a JSON string token (quotes included) stands for; invalid escapes and lone
// surrogates become U+FFFD.
QString unescape(QByteArrayView quoted);

} // namespace samsa::ui::json
