#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "protocol/records/batch_header.h"
#include "protocol/wire/types.h"

namespace samsa::protocol::records {

// Upper bound on the records of one batch once decompressed, unless the caller passes
// its own. Well above any batch a client produces under Kafka's default size limits,
// and small enough that a decompression bomb cannot exhaust memory.
constexpr size_t kDefaultMaxDecompressedSize = size_t{64} << 20;

// Compresses `input` with `codec` and appends the result to `out`, producing what
// Kafka's Java client produces: gzip format, Snappy in xerial framing, LZ4 frames
// with 64 KiB independent blocks, zstd frames. `level` is codec-specific; nullopt picks
// the codec's default. Compression::None appends the input unchanged.
void compress(Compression codec, std::span<const uint8_t> input, Bytes& out,
              std::optional<int> level = std::nullopt);

// Decompresses `input` and appends the result to `out`. Snappy accepts both raw Snappy
// and xerial framing; gzip accepts concatenated members; zstd accepts frames without a
// declared content size. Throws DecodeError for corrupt or truncated input, an unknown
// codec, or output that would grow past `maxSize` bytes.
void decompress(Compression codec, std::span<const uint8_t> input, Bytes& out,
                size_t maxSize = kDefaultMaxDecompressedSize);

// Kafka's names, as in compression.type ("none", "gzip", "snappy", "lz4", "zstd").
std::string_view compressionName(Compression codec);
std::optional<Compression> compressionFromName(std::string_view name);

} // namespace samsa::protocol::records
