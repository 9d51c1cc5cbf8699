#include <QtTest>

#include <array>

#include "protocol/records/batch_header.h"
#include "protocol/records/crc32c.h"
#include "protocol/records/record_batch.h"
#include "protocol/wire/reader.h"
#include "records_test_support.h"

using namespace samsa::protocol;
using namespace samsa::protocol::records;

namespace {

// One transactional record (key "k", value "v1", header h=x) at base offset 5, laid out
// and checksummed by hand from the format description, independently of the encoder.
const Bytes kGoldenBatch = {
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x3f, 0x00, 0x00, 0x00,
    0x09, 0x02, 0x99, 0x30, 0x77, 0xc9, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
    0x8b, 0xcf, 0xe5, 0x68, 0x00, 0x00, 0x00, 0x01, 0x8b, 0xcf, 0xe5, 0x68, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x2a, 0x00, 0x03, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00,
    0x01, 0x1a, 0x00, 0x00, 0x00, 0x02, 0x6b, 0x04, 0x76, 0x31, 0x02, 0x02, 0x68, 0x02, 0x78};

constexpr int64_t kGoldenTime = 1700000000000;

Bytes sampleBatch(Compression codec, size_t records, int64_t baseOffset = 0) {
    BatchSpec spec;
    spec.baseOffset = baseOffset;
    spec.compression = codec;
    spec.baseTimestamp = kGoldenTime;
    spec.producerId = 1000;
    spec.producerEpoch = 2;
    spec.baseSequence = 10;
    return encodeBatch(spec, testing::sampleRecords(records));
}

} // namespace

class TestBatchHeader : public QObject {
    Q_OBJECT

private slots:
    void parsesGoldenBatch() {
        BatchHeader h = parseBatchHeader(kGoldenBatch);
        QCOMPARE(h.baseOffset, 5);
        QCOMPARE(h.batchLength, 63);
        QCOMPARE(h.partitionLeaderEpoch, 9);
        QCOMPARE(h.magic, 2);
        QCOMPARE(h.crc, 0x993077c9u);
        QCOMPARE(h.compression(), Compression::None);
        QCOMPARE(h.timestampType(), TimestampType::CreateTime);
        QVERIFY(h.isTransactional());
        QVERIFY(!h.isControl());
        QVERIFY(!h.hasDeleteHorizon());
        QCOMPARE(h.lastOffset(), 5);
        QCOMPARE(h.baseTimestamp, kGoldenTime);
        QCOMPARE(h.maxTimestamp, kGoldenTime);
        QCOMPARE(h.producerId, 42);
        QCOMPARE(h.producerEpoch, 3);
        QCOMPARE(h.baseSequence, 7);
        QCOMPARE(h.lastSequence(), 7);
        QCOMPARE(h.recordCount, 1);
        QCOMPARE(h.totalSize(), kGoldenBatch.size());
        QVERIFY(verifyCrc(kGoldenBatch));
    }

    void encoderReproducesGoldenBatch() {
        BatchSpec spec;
        spec.baseOffset = 5;
        spec.partitionLeaderEpoch = 9;
        spec.transactional = true;
        spec.producerId = 42;
        spec.producerEpoch = 3;
        spec.baseSequence = 7;
        BatchBuilder builder(spec);
        const Bytes key{'k'}, value{'v', '1'};
        const std::vector<RecordHeader> headers{{"h", Bytes{'x'}}};
        builder.append(kGoldenTime, ByteView(key), ByteView(value), headers);
        QCOMPARE(builder.build(), kGoldenBatch);

        std::array<uint8_t, kBatchHeaderSize> encoded{};
        encodeBatchHeader(parseBatchHeader(kGoldenBatch), encoded);
        QVERIFY(std::equal(encoded.begin(), encoded.end(), kGoldenBatch.begin()));
    }

    void attributeBits() {
        BatchHeader h;
        h.attributes = 0x7f;
        QCOMPARE(h.compression(), static_cast<Compression>(7));
        QCOMPARE(h.timestampType(), TimestampType::LogAppendTime);
        QVERIFY(h.isTransactional() && h.isControl() && h.hasDeleteHorizon());
        h.attributes = 0x04;
        QCOMPARE(h.compression(), Compression::Zstd);
        QVERIFY(!h.isTransactional() && !h.isControl() && !h.hasDeleteHorizon());
    }

    void lastSequenceWraps() {
        BatchHeader h;
        h.baseSequence = std::numeric_limits<int32_t>::max() - 1;
        h.lastOffsetDelta = 3;
        QCOMPARE(h.lastSequence(), 1);
        h.baseSequence = kNoSequence;
        QCOMPARE(h.lastSequence(), kNoSequence);
        h.baseSequence = 100;
        QCOMPARE(h.lastSequence(), 103);
    }

    void rejectsMalformedHeaders() {
        for (size_t n = 0; n < kBatchHeaderSize; ++n)
            QVERIFY_THROWS_EXCEPTION(DecodeError, parseBatchHeader(ByteView(kGoldenBatch).first(n)));
        auto patched = [](size_t at, uint8_t v) {
            Bytes b = kGoldenBatch;
            b[at] = v;
            return b;
        };
        QVERIFY_THROWS_EXCEPTION(DecodeError, parseBatchHeader(patched(offsets::kMagic, 1)));
        QVERIFY_THROWS_EXCEPTION(DecodeError, parseBatchHeader(patched(offsets::kBatchLength + 3, 0x30)));
        QVERIFY_THROWS_EXCEPTION(DecodeError, parseBatchHeader(patched(offsets::kBatchLength + 3, 0x40)));
        QVERIFY_THROWS_EXCEPTION(DecodeError, parseBatchHeader(patched(offsets::kBatchLength, 0x80)));
        QVERIFY_THROWS_EXCEPTION(DecodeError, parseBatchHeader(patched(offsets::kRecordCount, 0x80)));
        QVERIFY_THROWS_EXCEPTION(DecodeError, parseBatchHeader(patched(offsets::kLastOffsetDelta, 0xff)));
        // A span wider than the batch is fine; the batch is read from its start.
        Bytes wider = kGoldenBatch;
        wider.resize(wider.size() + 10, 0xee);
        QCOMPARE(parseBatchHeader(wider).totalSize(), kGoldenBatch.size());
        QVERIFY(verifyCrc(wider));
    }

    void everyCoveredBitFlipIsDetected() {
        for (Compression codec : {Compression::None, Compression::Zstd}) {
            Bytes batch = sampleBatch(codec, 12);
            QVERIFY(verifyCrc(batch));
            for (size_t i = offsets::kBatchLength; i < batch.size(); ++i) {
                if (i >= offsets::kPartitionLeaderEpoch && i < offsets::kMagic) continue;
                for (int bit = 0; bit < 8; ++bit) {
                    batch[i] ^= static_cast<uint8_t>(1 << bit);
                    if (verifyCrc(batch))
                        QFAIL(qPrintable(QString("flip of byte %1 bit %2 not detected").arg(i).arg(bit)));
                    batch[i] ^= static_cast<uint8_t>(1 << bit);
                }
            }
            // baseOffset and partitionLeaderEpoch are rewritten by the broker outside the CRC.
            for (size_t i : {offsets::kBaseOffset, offsets::kBaseOffset + 7,
                             offsets::kPartitionLeaderEpoch, offsets::kPartitionLeaderEpoch + 3}) {
                batch[i] ^= 0x10;
                QVERIFY(verifyCrc(batch));
                batch[i] ^= 0x10;
            }
        }
    }

    void editsKeepCrcValid() {
        Bytes batch = sampleBatch(Compression::Gzip, 20);
        setBaseOffset(batch, 123456789012);
        setPartitionLeaderEpoch(batch, 17);
        QVERIFY(verifyCrc(batch)); // neither field is covered
        setLogAppendTime(batch, kGoldenTime + 99);
        QVERIFY(!verifyCrc(batch));
        updateCrc(batch);
        QVERIFY(verifyCrc(batch));

        RecordBatch decoded = decodeBatch(batch);
        QCOMPARE(decoded.header.baseOffset, 123456789012);
        QCOMPARE(decoded.header.partitionLeaderEpoch, 17);
        QCOMPARE(decoded.header.timestampType(), TimestampType::LogAppendTime);
        QCOMPARE(decoded.header.compression(), Compression::Gzip);
        QCOMPARE(decoded.header.maxTimestamp, kGoldenTime + 99);
        QCOMPARE(decoded.header.baseTimestamp, kGoldenTime);
        QCOMPARE(decoded.records.size(), size_t{20});
        for (const Record& r : decoded.records) QCOMPARE(decoded.timestampOf(r), kGoldenTime + 99);
        QCOMPARE(decoded.offsetOf(decoded.records.back()), 123456789012 + 19);

        Bytes tiny(10);
        QVERIFY_THROWS_EXCEPTION(DecodeError, setBaseOffset(tiny, 1));
        QVERIFY_THROWS_EXCEPTION(DecodeError, updateCrc(tiny));
    }

    void splitsBatchesAndStopsAtTornTail() {
        Bytes buffer;
        std::vector<BatchSpan> expected;
        for (int i = 0; i < 3; ++i) {
            Bytes b = sampleBatch(i == 1 ? Compression::Lz4 : Compression::None, 5 + i, i * 100);
            expected.push_back({buffer.size(), b.size()});
            buffer.insert(buffer.end(), b.begin(), b.end());
        }
        size_t consumed = 0;
        QCOMPARE(splitBatches(buffer, &consumed), expected);
        QCOMPARE(consumed, buffer.size());

        Bytes tail = sampleBatch(Compression::None, 4, 300);
        for (size_t n = 0; n < tail.size(); ++n) {
            Bytes torn = buffer;
            torn.insert(torn.end(), tail.begin(), tail.begin() + static_cast<ptrdiff_t>(n));
            consumed = 0;
            QCOMPARE(splitBatches(torn, &consumed), expected);
            QCOMPARE(consumed, buffer.size());
        }

        // Zero-filled space after the last batch (a preallocated or torn file) ends it too.
        Bytes zeroed = buffer;
        zeroed.resize(buffer.size() + 4096, 0);
        QCOMPARE(splitBatches(zeroed, &consumed), expected);
        QCOMPARE(consumed, buffer.size());

        QVERIFY(splitBatches({}, &consumed).empty());
        QCOMPARE(consumed, size_t{0});
        QCOMPARE(splitBatches(buffer).size(), size_t{3});
        for (const BatchSpan& s : expected)
            QVERIFY(verifyCrc(ByteView(buffer).subspan(s.position, s.size)));
    }
};

QTEST_APPLESS_MAIN(TestBatchHeader)
#include "test_batch_header.moc"
