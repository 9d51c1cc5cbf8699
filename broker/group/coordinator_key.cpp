#include "group/coordinator_key.h"

#include <limits>

namespace samsa::group {

namespace {

// Decodes one code point; malformed input becomes U+FFFD per bad byte, as Java's
// decoder does when it turns wire bytes into a String.
char32_t nextCodePoint(std::string_view s, size_t& i) {
    const auto byte = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
    const uint8_t b0 = byte(i);
    size_t length = 0;
    char32_t cp = 0;
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    if ((b0 & 0xE0) == 0xC0) {
        length = 2;
        cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        length = 3;
        cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        length = 4;
        cp = b0 & 0x07;
    } else {
        ++i;
        return 0xFFFD;
    }
    if (i + length > s.size()) {
        ++i;
        return 0xFFFD;
    }
    for (size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    static constexpr char32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMinForLength[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return 0xFFFD;
    }
    i += length;
    return cp;
}

} // namespace

int32_t javaStringHashCode(std::string_view utf8) {
    // Unsigned arithmetic wraps the way Java's int does.
    uint32_t h = 0;
    const auto mix = [&](uint32_t unit) { h = 31 * h + unit; };
    for (size_t i = 0; i < utf8.size();) {
        const char32_t cp = nextCodePoint(utf8, i);
        if (cp >= 0x10000) {
            const char32_t v = cp - 0x10000;
            mix(0xD800 + (v >> 10));
            mix(0xDC00 + (v & 0x3FF));
        } else {
            mix(cp);
        }
    }
    return static_cast<int32_t>(h);
}

int32_t partitionForGroup(std::string_view groupId, int32_t partitionCount) {
    if (partitionCount <= 0) return 0;
    const int32_t h = javaStringHashCode(groupId);
    const int32_t abs = h == std::numeric_limits<int32_t>::min() ? 0 : (h < 0 ? -h : h);
    return abs % partitionCount;
}

} // namespace samsa::group
