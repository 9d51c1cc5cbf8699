#include "ui/record_detail/json_text.h"

#include "app/messages/payload_format.h"

#include <QCoreApplication>
#include <vector>

namespace samsa::ui::json {

namespace {

class Json {
    Q_DECLARE_TR_FUNCTIONS(samsa::ui::Json)
};

constexpr int kMaxIndentLevels = 32;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::span<const uint8_t> asBytes(QByteArrayView v) {
    return {reinterpret_cast<const uint8_t*>(v.data()), size_t(v.size())};
}

qsizetype skipByteOrderMark(QByteArrayView input) {
    return input.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

} // namespace

Tokenizer::Tokenizer(QByteArrayView input) : m_input(input), m_pos(skipByteOrderMark(input)) {}

Token Tokenizer::next() {
    if (m_peeked) {
        m_peeked = false;
        return m_next;
    }
    return scan();
}

Token Tokenizer::peek() {
    if (!m_peeked) {
        m_next = scan();
        m_peeked = true;
    }
    return m_next;
}

Token Tokenizer::scan() {
    while (m_pos < m_input.size() && isSpace(m_input[m_pos])) ++m_pos;
    Token t;
    t.begin = m_pos;
    if (m_pos >= m_input.size()) {
        t.type = TokenType::End;
        t.end = m_pos;
        return t;
    }
    auto single = [&](TokenType type) {
        t.type = type;
        t.end = ++m_pos;
        return t;
    };
    auto word = [&](const char* w, TokenType type) {
        const QByteArrayView wv(w);
        if (m_input.sliced(m_pos).startsWith(wv)) {
            m_pos += wv.size();
            t.type = type;
        } else {
            t.type = TokenType::Error;
        }
        t.end = m_pos;
        return t;
    };
    switch (m_input[m_pos]) {
    case '{': return single(TokenType::BeginObject);
    case '}': return single(TokenType::EndObject);
    case '[': return single(TokenType::BeginArray);
    case ']': return single(TokenType::EndArray);
    case ':': return single(TokenType::Colon);
    case ',': return single(TokenType::Comma);
    case 't': return word("true", TokenType::True);
    case 'f': return word("false", TokenType::False);
    case 'n': return word("null", TokenType::Null);
    case '"':
        if (!scanString(t)) t.type = TokenType::Error;
        return t;
    default:
        if (!scanNumber(t)) t.type = TokenType::Error;
        return t;
    }
}

bool Tokenizer::scanString(Token& t) {
    t.type = TokenType::String;
    ++m_pos; // the opening quote
    while (m_pos < m_input.size()) {
        const auto c = uint8_t(m_input[m_pos]);
        if (c == '"') {
            t.end = ++m_pos;
            return true;
        }
        if (c < 0x20) break; // raw control characters must be escaped in JSON
        if (c == '\\') {
            if (m_pos + 1 >= m_input.size()) break;
            const char e = m_input[m_pos + 1];
            if (e == 'u') {
                if (m_pos + 6 > m_input.size()) break;
                for (int i = 2; i < 6; ++i)
                    if (hexValue(m_input[m_pos + i]) < 0) {
                        t.end = m_pos;
                        return false;
                    }
                m_pos += 6;
                continue;
            }
            if (!QByteArrayView("\"\\/bfnrt").contains(e)) break;
            m_pos += 2;
            continue;
        }
        if (c < 0x80) {
            ++m_pos;
            continue;
        }
        char32_t cp;
        const int n = app::decodeUtf8(asBytes(m_input.sliced(m_pos)), cp);
        if (n == 0) break;
        m_pos += n;
    }
    t.end = m_pos;
    return false;
}

bool Tokenizer::scanNumber(Token& t) {
    t.type = TokenType::Number;
    const qsizetype size = m_input.size();
    auto digits = [&] {
        const qsizetype start = m_pos;
        while (m_pos < size && isDigit(m_input[m_pos])) ++m_pos;
        return m_pos > start;
    };
    if (m_input[m_pos] == '-') ++m_pos;
    if (m_pos < size && m_input[m_pos] == '0') {
        ++m_pos; // no leading zeros
    } else if (!digits()) {
        t.end = m_pos;
        return false;
    }
    if (m_pos < size && m_input[m_pos] == '.') {
        ++m_pos;
        if (!digits()) {
            t.end = m_pos;
            return false;
        }
    }
    if (m_pos < size && (m_input[m_pos] == 'e' || m_input[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < size && (m_input[m_pos] == '+' || m_input[m_pos] == '-')) ++m_pos;
        if (!digits()) {
            t.end = m_pos;
            return false;
        }
    }
    t.end = m_pos;
    return true;
}

ParseProblem check(QByteArrayView input) {
    Tokenizer tokens(input);
    // What may come next, given the containers open around it.
    enum class Expect { Value, ValueOrClose, KeyOrClose, Key, Colon, CommaOrClose, Nothing };
    std::vector<TokenType> open; // BeginObject or BeginArray
    Expect expect = Expect::Value;
    auto fail = [](const QString& message, qsizetype offset) { return ParseProblem{message, offset}; };
    auto afterValue = [&] { expect = open.empty() ? Expect::Nothing : Expect::CommaOrClose; };
    for (;;) {
        const Token t = tokens.next();
        if (t.type == TokenType::Error)
            return fail(Json::tr("invalid token"), t.begin);
        if (t.type == TokenType::End) {
            if (expect == Expect::Nothing) return {};
            return fail(input.isEmpty() ? Json::tr("there is no data") : Json::tr("the data ends too soon"),
                        t.begin);
        }
        const bool closes = t.type == TokenType::EndObject || t.type == TokenType::EndArray;
        switch (expect) {
        case Expect::Nothing:
            return fail(Json::tr("unexpected data after the end"), t.begin);
        case Expect::Colon:
            if (t.type != TokenType::Colon) return fail(Json::tr("a colon is missing"), t.begin);
            expect = Expect::Value;
            continue;
        case Expect::Key:
        case Expect::KeyOrClose:
            if (t.type == TokenType::String) {
                expect = Expect::Colon;
                continue;
            }
            if (expect == Expect::KeyOrClose && t.type == TokenType::EndObject) break;
            return fail(Json::tr("a quoted member name is expected"), t.begin);
        case Expect::CommaOrClose:
            if (t.type == TokenType::Comma) {
                expect = open.back() == TokenType::BeginObject ? Expect::Key : Expect::Value;
                continue;
            }
            if (closes) break;
            return fail(Json::tr("a comma is missing"), t.begin);
        case Expect::Value:
        case Expect::ValueOrClose:
            if (expect == Expect::ValueOrClose && t.type == TokenType::EndArray) break;
            if (t.type == TokenType::BeginObject || t.type == TokenType::BeginArray) {
                open.push_back(t.type);
                expect = t.type == TokenType::BeginObject ? Expect::KeyOrClose : Expect::ValueOrClose;
                continue;
            }
            if (closes || t.type == TokenType::Colon || t.type == TokenType::Comma)
                return fail(Json::tr("a value is expected"), t.begin);
            afterValue();
            continue;
        }
        // A closing bracket: it must match the innermost open container.
        const TokenType opener =
            t.type == TokenType::EndObject ? TokenType::BeginObject : TokenType::BeginArray;
        if (open.empty() || open.back() != opener)
            return fail(Json::tr("the brackets do not match"), t.begin);
        open.pop_back();
        afterValue();
    }
}

QString pretty(QByteArrayView json, int indent) {
    Tokenizer tokens(json);
    QString out;
    out.reserve(json.size() + json.size() / 2);
    int depth = 0;
    auto newline = [&] {
        out += QLatin1Char('\n');
        // Indentation stops growing past kMaxIndentLevels: otherwise a value of nothing but
        // nested brackets would grow quadratically when indented.
        out += QString(std::min(depth, kMaxIndentLevels) * indent, QLatin1Char(' '));
    };
    for (Token t = tokens.next(); t.type != TokenType::End && t.type != TokenType::Error;
         t = tokens.next()) {
        switch (t.type) {
        case TokenType::BeginObject:
        case TokenType::BeginArray: {
            const bool object = t.type == TokenType::BeginObject;
            const TokenType close = object ? TokenType::EndObject : TokenType::EndArray;
            if (tokens.peek().type == close) {
                tokens.next();
                out += object ? QLatin1String("{}") : QLatin1String("[]");
                break;
            }
            out += object ? QLatin1Char('{') : QLatin1Char('[');
            ++depth;
            newline();
            break;
        }
        case TokenType::EndObject:
        case TokenType::EndArray:
            depth = std::max(0, depth - 1);
            newline();
            out += t.type == TokenType::EndObject ? QLatin1Char('}') : QLatin1Char(']');
            break;
        case TokenType::Comma:
            out += QLatin1Char(',');
            newline();
            break;
        case TokenType::Colon:
            out += QLatin1String(": ");
            break;
        default:
            out += QString::fromUtf8(tokens.text(t));
            break;
        }
    }
    return out;
}

QString unescape(QByteArrayView quoted) {
    if (quoted.size() < 2) return {};
    const QByteArrayView body = quoted.sliced(1, quoted.size() - 2);
    if (!body.contains('\\')) return QString::fromUtf8(body);
    QString out;
    out.reserve(body.size());
    qsizetype runStart = 0;
    auto flush = [&](qsizetype upTo) {
        out += QString::fromUtf8(body.sliced(runStart, upTo - runStart));
    };
    auto readHex4 = [&](qsizetype at) -> int {
        if (at + 4 > body.size()) return -1;
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(body[at + i]);
            if (h < 0) return -1;
            v = v * 16 + h;
        }
        return v;
    };
    qsizetype i = 0;
    while (i < body.size()) {
        if (body[i] != '\\' || i + 1 >= body.size()) {
            ++i;
            continue;
        }
        flush(i);
        const char e = body[i + 1];
        i += 2;
        switch (e) {
        case 'b': out += QChar(u'\b'); break;
        case 'f': out += QChar(u'\f'); break;
        case 'n': out += QChar(u'\n'); break;
        case 'r': out += QChar(u'\r'); break;
        case 't': out += QChar(u'\t'); break;
        case 'u': {
            const int unit = readHex4(i);
            if (unit < 0) {
                out += QChar(QChar::ReplacementCharacter);
                break;
            }
            i += 4;
            if (QChar::isHighSurrogate(char16_t(unit))) {
                // A pair is written as two escapes in a row.
                const int low = (i + 1 < body.size() && body[i] == '\\' && body[i + 1] == 'u')
                                    ? readHex4(i + 2) : -1;
                if (low >= 0 && QChar::isLowSurrogate(char16_t(low))) {
                    out += QChar(char16_t(unit));
                    out += QChar(char16_t(low));
                    i += 6;
                } else {
                    out += QChar(QChar::ReplacementCharacter);
                }
            } else if (QChar::isLowSurrogate(char16_t(unit))) {
                out += QChar(QChar::ReplacementCharacter);
            } else {
                out += QChar(char16_t(unit));
            }
            break;
        }
        default: // \" \\ \/
            out += QLatin1Char(e);
            break;
        }
        runStart = i;
    }
    flush(body.size());
    return out;
}

} // namespace samsa::ui::json
