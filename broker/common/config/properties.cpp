#include "common/config/properties.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace samsa::config {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\f';
}

void appendUtf8(std::string& out, uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::optional<uint32_t> hex4(std::string_view s, size_t at)
{
    if (at + 4 > s.size())
        return std::nullopt;
    uint32_t v = 0;
    for (size_t i = at; i < at + 4; ++i) {
        const char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= static_cast<uint32_t>(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= static_cast<uint32_t>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= static_cast<uint32_t>(c - 'A' + 10);
        else
            return std::nullopt;
    }
    return v;
}

// Resolves backslash escapes; nullopt on a malformed \u escape.
std::optional<std::string> unescape(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\') {
            out += s[i];
            continue;
        }
        if (++i >= s.size())
            break;
        switch (s[i]) {
        case 't': out += '\t'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 'f': out += '\f'; break;
        case 'u': {
            auto cp = hex4(s, i + 1);
            if (!cp)
                return std::nullopt;
            i += 4;
            // Characters outside the BMP arrive as two escaped UTF-16 surrogates.
            if (*cp >= 0xD800 && *cp <= 0xDBFF && i + 2 < s.size() && s[i + 1] == '\\' && s[i + 2] == 'u') {
                if (auto low = hex4(s, i + 3); low && *low >= 0xDC00 && *low <= 0xDFFF) {
                    cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
                    i += 6;
                }
            }
            appendUtf8(out, (*cp >= 0xD800 && *cp <= 0xDFFF) ? 0xFFFD : *cp);
            break;
        }
        default: out += s[i]; break;
        }
    }
    return out;
}

bool endsWithContinuation(std::string_view line)
{
    size_t backslashes = 0;
    for (auto it = line.rbegin(); it != line.rend() && *it == '\\'; ++it)
        ++backslashes;
    return backslashes % 2 == 1;
}

std::vector<std::string_view> naturalLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || text[i] == '\r') {
            lines.push_back(text.substr(start, i - start));
            if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < text.size())
        lines.push_back(text.substr(start));
    return lines;
}

std::string_view dropLeadingBlanks(std::string_view s)
{
    size_t i = 0;
    while (i < s.size() && isBlank(s[i]))
        ++i;
    return s.substr(i);
}

} // namespace

ConfigResult<ConfigStrings> parseProperties(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3); // UTF-8 byte order mark from some editors
    ConfigStrings result;
    const auto lines = naturalLines(text);
    for (size_t n = 0; n < lines.size(); ++n) {
        const size_t lineNumber = n + 1;
        std::string_view first = dropLeadingBlanks(lines[n]);
        if (first.empty() || first.front() == '#' || first.front() == '!')
            continue;

        std::string logical(first);
        while (endsWithContinuation(logical)) {
            logical.pop_back();
            if (++n >= lines.size())
                break;
            logical += dropLeadingBlanks(lines[n]);
        }

        // The key ends at the first unescaped '=', ':' or blank.
        size_t keyEnd = 0;
        bool escaped = false;
        bool hasSeparator = false;
        size_t valueStart = logical.size();
        for (; keyEnd < logical.size(); ++keyEnd) {
            const char c = logical[keyEnd];
            if (!escaped && (c == '=' || c == ':')) {
                hasSeparator = true;
                valueStart = keyEnd + 1;
                break;
            }
            if (!escaped && isBlank(c)) {
                valueStart = keyEnd + 1;
                break;
            }
            escaped = (c == '\\') ? !escaped : false;
        }
        // Blanks, then at most one separator if the key was ended by a blank, then blanks.
        while (valueStart < logical.size()) {
            const char c = logical[valueStart];
            if (!isBlank(c)) {
                if (!hasSeparator && (c == '=' || c == ':'))
                    hasSeparator = true;
                else
                    break;
            }
            ++valueStart;
        }

        auto key = unescape(std::string_view(logical).substr(0, keyEnd));
        auto value = unescape(std::string_view(logical).substr(std::min(valueStart, logical.size())));
        if (!key || !value)
            return ConfigError{"line " + std::to_string(lineNumber) + ": malformed \\uXXXX escape"};
        result[std::move(*key)] = std::move(*value);
    }
    return result;
}

ConfigResult<ConfigStrings> readPropertiesFile(const std::string& path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return ConfigError{path + " is a directory, not a properties file"};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return ConfigError{"cannot open " + path};
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad())
        return ConfigError{"cannot read " + path};
    auto parsed = parseProperties(buf.str());
    if (!parsed)
        return ConfigError{path + ", " + parsed.error().message};
    return parsed;
}

} // namespace samsa::config
