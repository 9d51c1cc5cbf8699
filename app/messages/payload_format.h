#pragma once

#include <QString>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

#include "client/record_types.h"

namespace samsa::app {

// What a record key or value looks like, so the browser can pick a readable view.
enum class PayloadFormat { Empty, Null, Text, Json, Binary };

// Json when the bytes parse as a JSON object or array, Text when they are valid UTF-8
// with few control characters, Binary otherwise. Reads the whole payload: callers
// asking for many rows should keep the answer.
PayloadFormat detectFormat(std::span<const uint8_t> bytes);
// Null for a missing payload (a null key, or the null value of a tombstone).
PayloadFormat detectFormat(const std::optional<client::Bytes>& bytes);

// The user-facing name of a format: "JSON", "Text", "Binary", "Empty", "Null".
QString formatDisplayName(PayloadFormat format);

// True when the bytes are well-formed UTF-8 as Unicode defines it: no overlong forms,
// no surrogates, nothing past U+10FFFF.
bool isValidUtf8(std::span<const uint8_t> bytes);

// Decodes one UTF-8 sequence at the start of `bytes`: its length (1 to 4) with the code
// point in `codePoint`, or 0 when the first byte does not start a well-formed sequence.
int decodeUtf8(std::span<const uint8_t> bytes, char32_t& codePoint);

// Code points no view shows as they are: C0 and C1 controls, DEL, and the Unicode line
// and paragraph separators. escapeCodePoint spells them \n, \t, \r or \uNNNN.
bool needsEscape(char32_t codePoint);
QString escapeCodePoint(char32_t codePoint);

struct PreviewStats {
    size_t bytesExamined = 0; // how far into the payload the preview had to look
    bool truncated = false;   // the preview ends with "…"
};

// One line for a table cell: valid UTF-8 as text, every byte that is not part of a
// well-formed sequence as \xNN, control characters escaped (\n, \t, \u0001), cut to
// `maxChars` characters followed by "…". Looks at no more than about 3 * maxChars
// bytes, however big the payload, as it runs for every visible row.
QString previewText(std::span<const uint8_t> bytes, int maxChars, PreviewStats* stats = nullptr);

// Everything the detail pane shows about one record, record and batch fields together.
struct RecordDetail {
    QString topic;
    int32_t partition = -1;
    client::FetchedRecord record;
    int64_t producerId = -1;
    int16_t producerEpoch = -1;
    int32_t baseSequence = -1;
    bool transactional = false;
    bool control = false;
    bool aborted = false;
    client::Compression compression = client::Compression::None;
};

} // namespace samsa::app
