#include "protocol/records/compression.h"

#include <algorithm>
#include <bit>
#include <exception>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>

#include <lz4frame.h>
#include <snappy.h>
#include <zlib.h>
#include <zstd.h>

#include "protocol/records/byte_order.h"
#include "protocol/wire/reader.h"

namespace samsa::protocol::records {

namespace {

// Decompressed output goes straight into the caller's buffer, grown geometrically. One
// byte of room beyond the limit lets an over-long stream be told apart from one that
// ends exactly at the limit.
class BoundedOutput {
public:
    BoundedOutput(Bytes& out, size_t limit, size_t sizeHint)
        : m_out(out), m_base(out.size()), m_used(out.size()), m_limit(limit),
          m_initial(std::clamp<size_t>(sizeHint, 4096, limit + 1)) {}
    // On failure the caller's buffer goes back to how it was, not to a half-written state.
    ~BoundedOutput() {
        m_out.resize(std::uncaught_exceptions() > m_exceptions ? m_base : m_used);
    }
    BoundedOutput(const BoundedOutput&) = delete;
    BoundedOutput& operator=(const BoundedOutput&) = delete;

    // Free space to write into; never empty unless the limit has been passed.
    std::span<uint8_t> room() {
        if (m_out.size() == m_used) {
            size_t produced = m_used - m_base;
            if (produced > m_limit) tooLarge();
            size_t target = produced == 0 ? m_initial : produced * 2;
            target = std::min(target, m_limit + 1);
            m_out.resize(m_base + target);
        }
        return {m_out.data() + m_used, m_out.size() - m_used};
    }
    // Exactly n bytes of space, for codecs that know their output size up front.
    uint8_t* claim(size_t n) {
        if (n > m_limit - produced()) tooLarge();
        if (m_out.size() - m_used < n) m_out.resize(m_used + n);
        return m_out.data() + m_used;
    }
    void commit(size_t n) {
        m_used += n;
        if (m_used - m_base > m_limit) tooLarge();
    }
    size_t produced() const { return m_used - m_base; }

    [[noreturn]] void tooLarge() const {
        throw DecodeError("decompressed records exceed the limit of " + std::to_string(m_limit) +
                          " bytes");
    }

private:
    Bytes& m_out;
    size_t m_base;
    size_t m_used;
    size_t m_limit;
    size_t m_initial;
    int m_exceptions = std::uncaught_exceptions();
};

// Compressed batches usually shrink by 2-5x; start there and grow if needed.
size_t expansionHint(size_t compressed) {
    return compressed > std::numeric_limits<size_t>::max() / 4 ? compressed : compressed * 4;
}

// Appends `bound` bytes of scratch space, lets `write` fill a prefix, keeps that prefix.
template <typename Write>
void appendWithBound(Bytes& out, size_t bound, Write&& write) {
    size_t at = out.size();
    out.resize(at + bound);
    size_t written = write(out.data() + at, bound);
    out.resize(at + written);
}

// --- gzip -------------------------------------------------------------------------------

constexpr int kGzipWindowBits = 15 + 16; // 32 KiB window, gzip wrapper

void gzipCompress(std::span<const uint8_t> in, Bytes& out, std::optional<int> level) {
    z_stream zs{};
    if (deflateInit2(&zs, level.value_or(Z_DEFAULT_COMPRESSION), Z_DEFLATED, kGzipWindowBits, 8,
                     Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("gzip: deflateInit2 failed");
    std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&zs, deflateEnd);
    if (in.size() > std::numeric_limits<uInt>::max())
        throw std::length_error("gzip: input too large");
    zs.next_in = const_cast<Bytef*>(in.data());
    zs.avail_in = static_cast<uInt>(in.size());
    appendWithBound(out, deflateBound(&zs, static_cast<uLong>(in.size())),
                    [&](uint8_t* dst, size_t cap) {
                        zs.next_out = dst;
                        zs.avail_out = static_cast<uInt>(cap);
                        if (deflate(&zs, Z_FINISH) != Z_STREAM_END)
                            throw std::runtime_error("gzip: deflate did not finish");
                        return cap - zs.avail_out;
                    });
}

void gzipDecompress(std::span<const uint8_t> in, Bytes& out, size_t maxSize) {
    z_stream zs{};
    if (inflateInit2(&zs, kGzipWindowBits) != Z_OK)
        throw std::runtime_error("gzip: inflateInit2 failed");
    std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&zs, inflateEnd);
    BoundedOutput sink(out, maxSize, expansionHint(in.size()));
    const uint8_t* next = in.data();
    size_t left = in.size();
    // A gzip stream may hold several members back to back; each must be complete.
    while (true) {
        auto room = sink.room();
        zs.next_in = const_cast<Bytef*>(next);
        zs.avail_in = static_cast<uInt>(std::min<size_t>(left, std::numeric_limits<uInt>::max()));
        zs.next_out = room.data();
        zs.avail_out = static_cast<uInt>(std::min<size_t>(room.size(), std::numeric_limits<uInt>::max()));
        uInt availIn = zs.avail_in;
        int rc = inflate(&zs, Z_NO_FLUSH);
        size_t consumed = availIn - zs.avail_in;
        next += consumed;
        left -= consumed;
        sink.commit(room.size() - zs.avail_out);
        if (rc == Z_STREAM_END) {
            if (left == 0) return;
            if (inflateReset(&zs) != Z_OK) throw DecodeError("gzip: cannot start next member");
            continue;
        }
        if (rc == Z_BUF_ERROR && left == 0) throw DecodeError("gzip: truncated stream");
        if (rc != Z_OK && rc != Z_BUF_ERROR)
            throw DecodeError(std::string("gzip: ") + (zs.msg ? zs.msg : "corrupt stream"));
    }
}

// --- snappy -----------------------------------------------------------------------------

// Kafka's Java client wraps Snappy in snappy-java's stream format: this magic, two
// big-endian int32 versions, then blocks of int32 length + raw Snappy data.
constexpr uint8_t kXerialMagic[8] = {0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0};
constexpr size_t kXerialHeaderSize = sizeof kXerialMagic + 8;
constexpr int32_t kXerialVersion = 1;
constexpr int32_t kXerialCompatibleVersion = 1;
constexpr size_t kXerialBlockSize = 32 * 1024; // snappy-java's default, used by Kafka

bool isXerial(std::span<const uint8_t> in) {
    return in.size() >= kXerialHeaderSize &&
           std::equal(std::begin(kXerialMagic), std::end(kXerialMagic), in.begin());
}

void snappyRawDecompress(std::span<const uint8_t> in, BoundedOutput& sink) {
    const char* src = reinterpret_cast<const char*>(in.data());
    size_t length = 0;
    if (!snappy::GetUncompressedLength(src, in.size(), &length))
        throw DecodeError("snappy: corrupt length prefix");
    // claim() refuses a length past the limit before anything is allocated.
    char* dst = reinterpret_cast<char*>(sink.claim(length));
    if (!snappy::RawUncompress(src, in.size(), dst)) throw DecodeError("snappy: corrupt data");
    sink.commit(length);
}

void snappyDecompress(std::span<const uint8_t> in, Bytes& out, size_t maxSize) {
    BoundedOutput sink(out, maxSize, expansionHint(in.size()));
    if (!isXerial(in)) return snappyRawDecompress(in, sink);
    Reader r(in);
    while (!r.atEnd()) {
        // Concatenated streams repeat the header; a block length never starts with 0x82
        // since that would make it negative.
        if (isXerial(in.subspan(r.position()))) {
            r.skip(sizeof kXerialMagic);
            r.readInt32(); // the writer's version: informational
            if (r.readInt32() > kXerialVersion)
                throw DecodeError("snappy: xerial stream needs a newer reader");
            continue;
        }
        int32_t blockSize = r.readInt32();
        if (blockSize < 0) throw DecodeError("snappy: negative xerial block size");
        snappyRawDecompress(r.readRaw(static_cast<size_t>(blockSize)), sink);
    }
}

void snappyCompress(std::span<const uint8_t> in, Bytes& out) {
    size_t blocks = (in.size() + kXerialBlockSize - 1) / kXerialBlockSize;
    out.reserve(out.size() + kXerialHeaderSize +
                blocks * (4 + snappy::MaxCompressedLength(kXerialBlockSize)));
    out.insert(out.end(), std::begin(kXerialMagic), std::end(kXerialMagic));
    uint8_t versions[8];
    detail::storeBigEndian(versions, kXerialVersion);
    detail::storeBigEndian(versions + 4, kXerialCompatibleVersion);
    out.insert(out.end(), std::begin(versions), std::end(versions));
    for (size_t pos = 0; pos < in.size(); pos += kXerialBlockSize) {
        size_t n = std::min(kXerialBlockSize, in.size() - pos);
        size_t lengthAt = out.size();
        appendWithBound(out, 4 + snappy::MaxCompressedLength(n), [&](uint8_t* dst, size_t) {
            size_t written = 0;
            snappy::RawCompress(reinterpret_cast<const char*>(in.data() + pos), n,
                                reinterpret_cast<char*>(dst + 4), &written);
            return 4 + written;
        });
        detail::storeBigEndian(out.data() + lengthAt,
                               static_cast<int32_t>(out.size() - lengthAt - 4));
    }
}

// --- lz4 --------------------------------------------------------------------------------

struct Lz4DecompressDeleter {
    void operator()(LZ4F_dctx* c) const { LZ4F_freeDecompressionContext(c); }
};

void lz4Compress(std::span<const uint8_t> in, Bytes& out, std::optional<int> level) {
    LZ4F_preferences_t prefs{};
    // Kafka's Java reader handles only independent blocks; 64 KiB is its block size.
    prefs.frameInfo.blockSizeID = LZ4F_max64KB;
    prefs.frameInfo.blockMode = LZ4F_blockIndependent;
    // The fast compressor by default: this runs on the broker when it recompresses.
    prefs.compressionLevel = level.value_or(0);
    appendWithBound(out, LZ4F_compressFrameBound(in.size(), &prefs), [&](uint8_t* dst, size_t cap) {
        size_t rc = LZ4F_compressFrame(dst, cap, in.data(), in.size(), &prefs);
        if (LZ4F_isError(rc))
            throw std::runtime_error(std::string("lz4: ") + LZ4F_getErrorName(rc));
        return rc;
    });
}

void lz4Decompress(std::span<const uint8_t> in, Bytes& out, size_t maxSize) {
    thread_local std::unique_ptr<LZ4F_dctx, Lz4DecompressDeleter> ctx = [] {
        LZ4F_dctx* c = nullptr;
        if (LZ4F_isError(LZ4F_createDecompressionContext(&c, LZ4F_VERSION)))
            throw std::bad_alloc();
        return std::unique_ptr<LZ4F_dctx, Lz4DecompressDeleter>(c);
    }();
    // A previous call may have thrown mid-frame.
    LZ4F_resetDecompressionContext(ctx.get());
    BoundedOutput sink(out, maxSize, expansionHint(in.size()));
    const uint8_t* next = in.data();
    size_t left = in.size();
    size_t hint = 1;
    while (left > 0 || hint != 0) {
        auto room = sink.room();
        size_t dstSize = room.size();
        size_t srcSize = left;
        hint = LZ4F_decompress(ctx.get(), room.data(), &dstSize, next, &srcSize, nullptr);
        if (LZ4F_isError(hint)) throw DecodeError(std::string("lz4: ") + LZ4F_getErrorName(hint));
        next += srcSize;
        left -= srcSize;
        sink.commit(dstSize);
        // Input used up before the frame end, and nothing more will come out of it.
        if (left == 0 && hint != 0 && dstSize < room.size()) throw DecodeError("lz4: truncated frame");
    }
}

// --- zstd -------------------------------------------------------------------------------

struct ZstdDeleter {
    void operator()(ZSTD_DCtx* c) const { ZSTD_freeDCtx(c); }
    void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};

constexpr int kZstdDefaultLevel = 3; // Kafka's default
// The format's bounds on windowLog (the named constants are outside zstd's stable API).
constexpr int kZstdMinWindowLog = 10;
constexpr int kZstdMaxWindowLog = sizeof(size_t) == 4 ? 30 : 31;

void zstdCompress(std::span<const uint8_t> in, Bytes& out, std::optional<int> level) {
    // Contexts are expensive to set up; reuse one per thread.
    thread_local std::unique_ptr<ZSTD_CCtx, ZstdDeleter> ctx(ZSTD_createCCtx());
    if (!ctx) throw std::bad_alloc();
    appendWithBound(out, ZSTD_compressBound(in.size()), [&](uint8_t* dst, size_t cap) {
        size_t rc = ZSTD_compressCCtx(ctx.get(), dst, cap, in.data(), in.size(),
                                      level.value_or(kZstdDefaultLevel));
        if (ZSTD_isError(rc)) throw std::runtime_error(std::string("zstd: ") + ZSTD_getErrorName(rc));
        return rc;
    });
}

void zstdDecompress(std::span<const uint8_t> in, Bytes& out, size_t maxSize) {
    thread_local std::unique_ptr<ZSTD_DCtx, ZstdDeleter> ctx(ZSTD_createDCtx());
    if (!ctx) throw std::bad_alloc();
    ZSTD_DCtx_reset(ctx.get(), ZSTD_reset_session_and_parameters);
    // A window larger than the output limit is never needed; refusing it stops a hostile
    // frame header from making the decoder allocate a huge window.
    int windowLog = std::clamp(static_cast<int>(std::bit_width(std::max<size_t>(maxSize, 1) - 1)),
                               kZstdMinWindowLog, kZstdMaxWindowLog);
    ZSTD_DCtx_setParameter(ctx.get(), ZSTD_d_windowLogMax, windowLog);

    BoundedOutput sink(out, maxSize, expansionHint(in.size()));
    ZSTD_inBuffer input{in.data(), in.size(), 0};
    size_t hint = 1;
    while (input.pos < input.size || hint != 0) {
        auto room = sink.room();
        ZSTD_outBuffer output{room.data(), room.size(), 0};
        size_t before = input.pos;
        hint = ZSTD_decompressStream(ctx.get(), &output, &input);
        if (ZSTD_isError(hint)) throw DecodeError(std::string("zstd: ") + ZSTD_getErrorName(hint));
        sink.commit(output.pos);
        if (hint != 0 && input.pos == input.size && input.pos == before && output.pos < output.size)
            throw DecodeError("zstd: truncated frame");
    }
}

} // namespace

void compress(Compression codec, std::span<const uint8_t> input, Bytes& out,
              std::optional<int> level) {
    switch (codec) {
    case Compression::None: out.insert(out.end(), input.begin(), input.end()); return;
    case Compression::Gzip: return gzipCompress(input, out, level);
    case Compression::Snappy: return snappyCompress(input, out);
    case Compression::Lz4: return lz4Compress(input, out, level);
    case Compression::Zstd: return zstdCompress(input, out, level);
    }
    throw std::invalid_argument("unknown compression codec " +
                                std::to_string(static_cast<int>(codec)));
}

void decompress(Compression codec, std::span<const uint8_t> input, Bytes& out, size_t maxSize) {
    switch (codec) {
    case Compression::None:
        if (input.size() > maxSize)
            throw DecodeError("records exceed the limit of " + std::to_string(maxSize) + " bytes");
        out.insert(out.end(), input.begin(), input.end());
        return;
    case Compression::Gzip: return gzipDecompress(input, out, maxSize);
    case Compression::Snappy: return snappyDecompress(input, out, maxSize);
    case Compression::Lz4: return lz4Decompress(input, out, maxSize);
    case Compression::Zstd: return zstdDecompress(input, out, maxSize);
    }
    throw DecodeError("unknown compression codec " + std::to_string(static_cast<int>(codec)));
}

std::string_view compressionName(Compression codec) {
    switch (codec) {
    case Compression::None: return "none";
    case Compression::Gzip: return "gzip";
    case Compression::Snappy: return "snappy";
    case Compression::Lz4: return "lz4";
    case Compression::Zstd: return "zstd";
    }
    return "unknown";
}

std::optional<Compression> compressionFromName(std::string_view name) {
    // Producers say "none", topic configs say "uncompressed".
    if (name == "none" || name == "uncompressed") return Compression::None;
    for (auto c : {Compression::Gzip, Compression::Snappy, Compression::Lz4, Compression::Zstd})
        if (name == compressionName(c)) return c;
    return std::nullopt;
}

} // namespace samsa::protocol::records
