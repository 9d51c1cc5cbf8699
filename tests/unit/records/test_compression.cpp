#include <QtTest>

#include <lz4frame.h>
#include <snappy.h>
#include <zlib.h>
#include <zstd.h>

#include "protocol/records/byte_order.h"
#include "protocol/records/compression.h"
#include "records_test_support.h"

using namespace samsa::protocol;
using namespace samsa::protocol::records;

Q_DECLARE_METATYPE(samsa::protocol::records::Compression)

namespace {

const Compression kCodecs[] = {Compression::None, Compression::Gzip, Compression::Snappy,
                               Compression::Lz4, Compression::Zstd};
const Bytes kXerialMagic = {0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0};

Bytes compressed(Compression codec, ByteView in) {
    Bytes out;
    compress(codec, in, out);
    return out;
}

Bytes decompressed(Compression codec, ByteView in, size_t limit = kDefaultMaxDecompressedSize) {
    Bytes out;
    decompress(codec, in, out, limit);
    return out;
}

void appendInt32(Bytes& b, int32_t v) {
    size_t at = b.size();
    b.resize(at + 4);
    detail::storeBigEndian(b.data() + at, v);
}

Bytes xerialFrame(const std::vector<Bytes>& rawBlocks) {
    Bytes out = kXerialMagic;
    appendInt32(out, 1);
    appendInt32(out, 1);
    for (const Bytes& block : rawBlocks) {
        appendInt32(out, static_cast<int32_t>(block.size()));
        out.insert(out.end(), block.begin(), block.end());
    }
    return out;
}

Bytes rawSnappy(ByteView in) {
    std::string out;
    snappy::Compress(reinterpret_cast<const char*>(in.data()), in.size(), &out);
    return Bytes(out.begin(), out.end());
}

Bytes gzipMember(ByteView in) {
    z_stream zs{};
    deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    Bytes out(deflateBound(&zs, in.size()));
    zs.next_in = const_cast<Bytef*>(in.data());
    zs.avail_in = static_cast<uInt>(in.size());
    zs.next_out = out.data();
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

// A streamed zstd frame: no content size in its header, as zstd-jni writes them.
Bytes zstdStreamed(ByteView in) {
    ZSTD_CCtx* ctx = ZSTD_createCCtx();
    Bytes out(ZSTD_compressBound(in.size()) + 64);
    ZSTD_inBuffer input{in.data(), in.size(), 0};
    ZSTD_outBuffer output{out.data(), out.size(), 0};
    // Feeding the input before ending the frame keeps its size out of the header.
    while (input.pos < input.size) ZSTD_compressStream2(ctx, &output, &input, ZSTD_e_continue);
    while (ZSTD_compressStream2(ctx, &output, &input, ZSTD_e_end) != 0) {
    }
    ZSTD_freeCCtx(ctx);
    out.resize(output.pos);
    return out;
}

Bytes lz4WithChecksums(ByteView in) {
    LZ4F_preferences_t prefs{};
    prefs.frameInfo.blockSizeID = LZ4F_max256KB;
    prefs.frameInfo.contentChecksumFlag = LZ4F_contentChecksumEnabled;
    prefs.frameInfo.blockChecksumFlag = LZ4F_blockChecksumEnabled;
    prefs.frameInfo.contentSize = in.size();
    Bytes out(LZ4F_compressFrameBound(in.size(), &prefs));
    out.resize(LZ4F_compressFrame(out.data(), out.size(), in.data(), in.size(), &prefs));
    return out;
}

Bytes concat(Bytes a, const Bytes& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

} // namespace

class TestCompression : public QObject {
    Q_OBJECT

private slots:
    void roundTrips_data() {
        QTest::addColumn<Compression>("codec");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("text");
        for (Compression c : kCodecs)
            for (int size : {0, 1, 100, 32767, 32768, 32769, 65537, 300000})
                for (bool text : {true, false})
                    QTest::addRow("%s/%d/%s", compressionName(c).data(), size, text ? "text" : "random")
                        << c << size << text;
    }
    void roundTrips() {
        QFETCH(Compression, codec);
        QFETCH(int, size);
        QFETCH(bool, text);
        std::mt19937_64 rng(static_cast<uint64_t>(size));
        Bytes data = text ? testing::textBytes(rng, size_t(size)) : testing::randomBytes(rng, size_t(size));
        Bytes packed = compressed(codec, data);
        QCOMPARE(decompressed(codec, packed), data);
        // Output is appended after whatever the buffer already holds.
        Bytes out{9, 9};
        decompress(codec, packed, out);
        QCOMPARE(out.size(), data.size() + 2);
        QVERIFY(std::equal(data.begin(), data.end(), out.begin() + 2));
        if (text && size > 1000 && codec != Compression::None) QVERIFY(packed.size() < data.size() / 2);
    }

    void writesXerialFramingLikeKafka() {
        std::mt19937_64 rng(1);
        Bytes data = testing::textBytes(rng, 100000);
        Bytes packed = compressed(Compression::Snappy, data);
        QVERIFY(std::equal(kXerialMagic.begin(), kXerialMagic.end(), packed.begin()));
        Reader r(ByteView(packed).subspan(kXerialMagic.size()));
        QCOMPARE(r.readInt32(), 1);
        QCOMPARE(r.readInt32(), 1);
        Bytes joined;
        int blocks = 0;
        while (!r.atEnd()) {
            auto block = r.readRaw(static_cast<size_t>(r.readInt32()));
            std::string plain;
            QVERIFY(snappy::Uncompress(reinterpret_cast<const char*>(block.data()), block.size(), &plain));
            QVERIFY(plain.size() == 32768 || r.atEnd());
            joined.insert(joined.end(), plain.begin(), plain.end());
            ++blocks;
        }
        QCOMPARE(blocks, 4);
        QCOMPARE(joined, data);
    }

    void readsRawAndXerialSnappy() {
        std::mt19937_64 rng(2);
        Bytes a = testing::textBytes(rng, 5000), b = testing::randomBytes(rng, 700);
        QCOMPARE(decompressed(Compression::Snappy, rawSnappy(a)), a);
        QCOMPARE(decompressed(Compression::Snappy, xerialFrame({rawSnappy(a), rawSnappy(b)})), concat(a, b));
        QCOMPARE(decompressed(Compression::Snappy, xerialFrame({})), Bytes{});
        QCOMPARE(decompressed(Compression::Snappy,
                              concat(xerialFrame({rawSnappy(a)}), xerialFrame({rawSnappy(b)}))),
                 concat(a, b));
        // A hand-written raw stream: length 5, then one literal of 5 bytes.
        QCOMPARE(decompressed(Compression::Snappy, Bytes{0x05, 0x10, 'h', 'e', 'l', 'l', 'o'}),
                 (Bytes{'h', 'e', 'l', 'l', 'o'}));

        Bytes badBlock = xerialFrame({rawSnappy(a)});
        badBlock[kXerialMagic.size() + 8] = 0x7f; // block length far past the end
        QVERIFY_THROWS_EXCEPTION(DecodeError, decompressed(Compression::Snappy, badBlock));
        Bytes negative = xerialFrame({rawSnappy(a)});
        negative[kXerialMagic.size() + 8] = 0x80;
        QVERIFY_THROWS_EXCEPTION(DecodeError, decompressed(Compression::Snappy, negative));
    }

    void readsWhatOtherWritersProduce() {
        std::mt19937_64 rng(3);
        Bytes a = testing::textBytes(rng, 70000), b = testing::textBytes(rng, 333);
        QCOMPARE(decompressed(Compression::Gzip, concat(gzipMember(a), gzipMember(b))), concat(a, b));
        QVERIFY_THROWS_EXCEPTION(DecodeError,
                                 decompressed(Compression::Gzip, concat(gzipMember(a), Bytes{1, 2, 3})));

        Bytes streamed = zstdStreamed(a);
        QCOMPARE(ZSTD_getFrameContentSize(streamed.data(), streamed.size()), ZSTD_CONTENTSIZE_UNKNOWN);
        QCOMPARE(decompressed(Compression::Zstd, streamed), a);
        QCOMPARE(decompressed(Compression::Zstd, concat(streamed, zstdStreamed(b))), concat(a, b));

        QCOMPARE(decompressed(Compression::Lz4, lz4WithChecksums(a)), a);
        QCOMPARE(decompressed(Compression::Lz4, concat(lz4WithChecksums(a), lz4WithChecksums(b))), concat(a, b));
    }

    void writesLz4FramesKafkaCanRead() {
        Bytes packed = compressed(Compression::Lz4, Bytes(1000, 'x'));
        QCOMPARE(detail::loadBigEndian<uint32_t>(packed.data()), 0x04224D18u); // magic, little-endian
        QCOMPARE(packed[4] & 0x20, 0x20); // independent blocks
        QCOMPARE(packed[5], 0x40);        // 64 KiB maximum block size
    }

    void limitsOutput_data() {
        QTest::addColumn<Compression>("codec");
        for (Compression c : kCodecs) QTest::newRow(compressionName(c).data()) << c;
    }
    void limitsOutput() {
        QFETCH(Compression, codec);
        std::mt19937_64 rng(4);
        Bytes data = testing::textBytes(rng, 200000);
        Bytes packed = compressed(codec, data);
        QCOMPARE(decompressed(codec, packed, data.size()), data);
        for (size_t limit : {data.size() - 1, size_t{4096}, size_t{0}}) {
            Bytes out{1, 2, 3};
            QVERIFY_THROWS_EXCEPTION(DecodeError, decompress(codec, packed, out, limit));
            QCOMPARE(out, (Bytes{1, 2, 3})); // left as it was
        }
    }

    void corruptInputIsDecodeError_data() {
        QTest::addColumn<Compression>("codec");
        for (Compression c : kCodecs)
            if (c != Compression::None) QTest::newRow(compressionName(c).data()) << c;
    }
    void corruptInputIsDecodeError() {
        QFETCH(Compression, codec);
        std::mt19937_64 rng(5);
        Bytes data = testing::textBytes(rng, 3000); // one Snappy block: no inner boundaries
        Bytes packed = compressed(codec, data);
        for (size_t n = 0; n < packed.size(); ++n) {
            // A xerial stream has no end marker: its bare header is a valid empty stream.
            if (codec == Compression::Snappy && n == kXerialMagic.size() + 8) continue;
            Bytes out;
            try {
                decompress(codec, ByteView(packed).first(n), out);
                QFAIL(qPrintable(QString("truncation to %1 bytes accepted").arg(n)));
            } catch (const DecodeError&) {
            }
        }
        // Random damage must either decode or raise DecodeError, never anything else.
        int rejected = 0;
        for (int i = 0; i < 300; ++i) {
            Bytes damaged = packed;
            for (int k = 0; k < 3; ++k) damaged[rng() % damaged.size()] = static_cast<uint8_t>(rng());
            try {
                decompressed(codec, damaged, 1 << 20);
            } catch (const DecodeError&) {
                ++rejected;
            }
        }
        QVERIFY(rejected > 0);
    }

    void unknownCodec() {
        Bytes out;
        QVERIFY_THROWS_EXCEPTION(DecodeError, decompress(static_cast<Compression>(6), Bytes{1}, out));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, compress(static_cast<Compression>(7), Bytes{1}, out));
    }

    void names() {
        for (Compression c : kCodecs) QCOMPARE(compressionFromName(compressionName(c)), c);
        QCOMPARE(compressionFromName("uncompressed"), Compression::None);
        QVERIFY(!compressionFromName("producer"));
        QVERIFY(!compressionFromName("brotli"));
    }
};

QTEST_APPLESS_MAIN(TestCompression)
#include "test_compression.moc"
