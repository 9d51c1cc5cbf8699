#include "app/messages/json_path.h"

#include <QCoreApplication>
#include <cstring>

namespace samsa::app {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Text {
    Q_DECLARE_TR_FUNCTIONS(samsa::app::JsonPath)
};

void appendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The text of a JSON string's contents (between the quotes) with escapes resolved.
bool unescape(std::string_view raw, std::string& out) {
    out.clear();
    for (size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i >= raw.size()) return false;
        switch (raw[i]) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            auto hex4 = [&](size_t at, uint32_t& v) {
                if (at + 4 > raw.size()) return false;
                v = 0;
                for (size_t k = 0; k < 4; ++k) {
                    const int h = hexValue(raw[at + k]);
                    if (h < 0) return false;
                    v = v * 16 + uint32_t(h);
                }
                return true;
            };
            uint32_t cp = 0;
            if (!hex4(i + 1, cp)) return false;
            i += 4;
            // A surrogate pair spells one code point beyond the basic plane.
            uint32_t low = 0;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 2 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u' &&
                hex4(i + 3, low) && low >= 0xDC00 && low < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            }
            appendUtf8(out, cp);
            break;
        }
        default: return false;
        }
    }
    return true;
}

// One pass over a document along the path. Stops at the first value the visitor accepts.
class Walker {
public:
    Walker(std::string_view json, const std::vector<JsonPath::Step>& steps, const JsonPath::Visitor& visit)
        : m_p(json.data()), m_end(json.data() + json.size()), m_steps(steps), m_visit(visit) {}

    // Nothing reads on after the document's top value, so its rest is never scanned.
    bool run() { return walk(0, false); }

private:
    void ws() {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t')) ++m_p;
    }

    // At an opening quote; leaves m_p after the closing one.
    bool skipString() {
        ++m_p;
        for (;;) {
            const char* q = static_cast<const char*>(std::memchr(m_p, '"', size_t(m_end - m_p)));
            if (!q) return fail();
            size_t backslashes = 0;
            for (const char* b = q; b > m_p && b[-1] == '\\'; --b) ++backslashes;
            m_p = q + 1;
            if (backslashes % 2 == 0) return true;
        }
    }

    bool skipValue() {
        ws();
        if (m_p >= m_end) return fail();
        const char c = *m_p;
        if (c == '"') return skipString();
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_p < m_end) {
                const char d = *m_p;
                if (d == '"') {
                    if (!skipString()) return false;
                    continue;
                }
                if (d == '{' || d == '[') {
                    ++depth;
                } else if (d == '}' || d == ']') {
                    if (--depth == 0) {
                        ++m_p;
                        return true;
                    }
                }
                ++m_p;
            }
            return fail();
        }
        const char* start = m_p;
        while (m_p < m_end && !std::strchr(",:}] \t\r\n", *m_p)) ++m_p;
        return m_p > start || fail();
    }

    bool fail() {
        m_bad = true;
        return false;
    }

    // `needEnd`: the caller reads on after this value (the next element of an array), so
    // a value that does not match must still be skipped to its end. Otherwise the walk
    // stops at the first member of the path's name, as JSON readers take one value per
    // name, and the rest of the document is never scanned.
    bool walk(size_t step, bool needEnd) {
        ws();
        if (m_p >= m_end) return fail();
        if (step == m_steps.size()) return leaf();
        const auto& s = m_steps[step];
        if (*m_p == '{' && s.kind == JsonPath::Step::Kind::Field) return walkObject(step, needEnd);
        if (*m_p == '[') return walkArray(step);
        if (needEnd) skipValue();
        return false;
    }

    bool walkObject(size_t step, bool needEnd) {
        ++m_p;
        ws();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return false;
        }
        const std::string& name = m_steps[step].name;
        for (;;) {
            ws();
            if (m_p >= m_end || *m_p != '"') return fail();
            const char* keyStart = m_p + 1;
            if (!skipString()) return false;
            const std::string_view key(keyStart, size_t(m_p - 1 - keyStart));
            bool same = key == name;
            if (!same && key.find('\\') != std::string_view::npos) same = unescape(key, m_buffer) && m_buffer == name;
            ws();
            if (m_p >= m_end || *m_p != ':') return fail();
            ++m_p;
            if (same) {
                if (walk(step + 1, needEnd)) return true;
                if (m_bad || !needEnd) return false;
            } else if (!skipValue()) {
                return false;
            }
            ws();
            if (m_p >= m_end) return fail();
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                return false;
            }
            return fail();
        }
    }

    bool walkArray(size_t step) {
        ++m_p;
        ws();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return false;
        }
        const auto& s = m_steps[step];
        for (int64_t i = 0;; ++i) {
            bool visit = false;
            size_t next = step;
            switch (s.kind) {
            case JsonPath::Step::Kind::Index:
                visit = i == s.index;
                next = step + 1;
                break;
            case JsonPath::Step::Kind::AnyIndex:
                visit = true;
                next = step + 1;
                break;
            case JsonPath::Step::Kind::Field: // a name in an array: look in every element
                visit = true;
                break;
            }
            if (visit) {
                if (walk(next, true)) return true;
                if (m_bad) return false;
            } else if (!skipValue()) {
                return false;
            }
            ws();
            if (m_p >= m_end) return fail();
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                return false;
            }
            return fail();
        }
    }

    bool leaf() {
        const char* start = m_p;
        if (*m_p == '"') {
            if (!skipString()) return false;
            const std::string_view raw(start + 1, size_t(m_p - 1 - (start + 1)));
            if (raw.find('\\') == std::string_view::npos) return m_visit({raw, true});
            if (!unescape(raw, m_buffer)) return fail();
            return m_visit({m_buffer, true});
        }
        if (!skipValue()) return false;
        return m_visit({std::string_view(start, size_t(m_p - start)), false});
    }

    const char* m_p;
    const char* m_end;
    const std::vector<JsonPath::Step>& m_steps;
    const JsonPath::Visitor& m_visit;
    std::string m_buffer;
    bool m_bad = false;
};

} // namespace

std::optional<JsonPath> JsonPath::parse(const QString& text, QString* error) {
    const std::string s = text.trimmed().toStdString();
    JsonPath path;
    size_t i = 0;
    auto failAt = [&](const QString& message) {
        //: %1 is what is wrong with a JSON path the user typed; %2 a character position.
        *error = Text::tr("%1 (at character %2)").arg(message).arg(i + 1);
        return std::nullopt;
    };
    if (s.empty()) {
        *error = Text::tr("Enter a path such as customer.id or items[0].sku.");
        return std::nullopt;
    }
    if (s[0] == '$') {
        ++i;
        if (i < s.size() && s[i] == '.') ++i;
    }
    bool expectName = true; // at the start or after a dot
    while (i < s.size()) {
        if (s[i] == '[') {
            ++i;
            Step step;
            if (i < s.size() && s[i] == '*') {
                step.kind = Step::Kind::AnyIndex;
                ++i;
            } else if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
                const char quote = s[i++];
                std::string name;
                while (i < s.size() && s[i] != quote) {
                    if (s[i] == '\\' && i + 1 < s.size()) ++i;
                    name += s[i++];
                }
                if (i >= s.size()) return failAt(Text::tr("The quoted name is not closed"));
                ++i;
                step.name = std::move(name);
            } else if (i < s.size() && s[i] >= '0' && s[i] <= '9') {
                step.kind = Step::Kind::Index;
                while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
                    if (step.index > (int64_t(1) << 40))
                        return failAt(Text::tr("The index is too large"));
                    step.index = step.index * 10 + (s[i++] - '0');
                }
            } else {
                return failAt(Text::tr("Expected an index, * or a quoted name after “[”"));
            }
            if (i >= s.size() || s[i] != ']') return failAt(Text::tr("Expected “]”"));
            ++i;
            path.m_steps.push_back(std::move(step));
            expectName = false;
        } else if (s[i] == '.') {
            if (expectName) return failAt(Text::tr("Expected a name before “.”"));
            ++i;
            expectName = true;
            if (i >= s.size()) return failAt(Text::tr("Expected a name after “.”"));
            continue;
        } else {
            if (!expectName && !path.m_steps.empty())
                return failAt(Text::tr("Expected “.” or “[”"));
            Step step;
            while (i < s.size() && s[i] != '.' && s[i] != '[')
                step.name += s[i++];
            path.m_steps.push_back(std::move(step));
            expectName = false;
        }
    }
    if (path.m_steps.empty()) {
        *error = Text::tr("Enter a path such as customer.id or items[0].sku.");
        return std::nullopt;
    }
    return path;
}

bool JsonPath::anyValue(std::string_view json, const Visitor& visit) const {
    return Walker(json, m_steps, visit).run();
}

} // namespace samsa::app
