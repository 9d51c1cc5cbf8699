#include <QtTest>

#include "protocol/records/batch_header.h"
#include "protocol/records/byte_order.h"
#include "protocol/records/record_batch.h"
#include "records_test_support.h"

using namespace samsa::protocol;
using namespace samsa::protocol::records;

Q_DECLARE_METATYPE(samsa::protocol::records::Compression)

namespace {

constexpr int64_t kBaseTime = 1700000000000;
const Compression kCodecs[] = {Compression::None, Compression::Gzip, Compression::Snappy,
                               Compression::Lz4, Compression::Zstd};

BatchSpec fullSpec(Compression codec) {
    BatchSpec spec;
    spec.baseOffset = 1'000'000'000'000;
    spec.partitionLeaderEpoch = 4;
    spec.compression = codec;
    spec.transactional = true;
    spec.baseTimestamp = kBaseTime;
    spec.producerId = 77;
    spec.producerEpoch = 5;
    spec.baseSequence = 300;
    return spec;
}

void addCodecRows() {
    QTest::addColumn<Compression>("codec");
    for (Compression c : kCodecs) QTest::newRow(std::string(compressionName(c)).c_str()) << c;
}

// Rewrites a big-endian header field and re-signs the batch, so only the field's own
// inconsistency is left for the decoder to find.
template <typename T>
Bytes withField(Bytes batch, size_t at, T value) {
    detail::storeBigEndian(batch.data() + at, value);
    updateCrc(batch);
    return batch;
}

} // namespace

class TestRecordBatch : public QObject {
    Q_OBJECT

private slots:
    void roundTripsEveryCodec_data() { addCodecRows(); }
    void roundTripsEveryCodec() {
        QFETCH(Compression, codec);
        auto records = testing::sampleRecords(1200);
        Bytes batch = encodeBatch(fullSpec(codec), records);
        QVERIFY(verifyCrc(batch));

        RecordBatch decoded = decodeBatch(batch);
        const BatchHeader& h = decoded.header;
        QCOMPARE(h.compression(), codec);
        QCOMPARE(h.totalSize(), batch.size());
        QCOMPARE(h.baseOffset, 1'000'000'000'000);
        QCOMPARE(h.partitionLeaderEpoch, 4);
        QVERIFY(h.isTransactional());
        QVERIFY(!h.isControl());
        QCOMPARE(h.timestampType(), TimestampType::CreateTime);
        QCOMPARE(h.producerId, 77);
        QCOMPARE(h.producerEpoch, 5);
        QCOMPARE(h.baseSequence, 300);
        QCOMPARE(h.recordCount, 1200);
        QCOMPARE(h.lastOffsetDelta, 1199);
        QCOMPARE(h.lastSequence(), 300 + 1199);
        int64_t maxDelta = 0;
        for (const Record& r : records) maxDelta = std::max(maxDelta, r.timestampDelta);
        QCOMPARE(h.maxTimestamp, kBaseTime + maxDelta);
        QCOMPARE(decoded.records.size(), records.size());
        QVERIFY(decoded.records == records);
        if (codec != Compression::None) {
            size_t plain = encodeBatch(fullSpec(Compression::None), records).size();
            QVERIFY2(batch.size() < plain, "compression did not shrink compressible records");
        }
    }

    void viewsPointIntoUncompressedBatch() {
        auto records = testing::sampleRecords(50);
        Bytes batch = encodeBatch(fullSpec(Compression::None), records);
        BatchReader reader(batch);
        RecordReader it = reader.records();
        RecordView view;
        size_t i = 0;
        while (it.next(view)) {
            if (view.value && !view.value->empty()) {
                QVERIFY(view.value->data() >= batch.data());
                QVERIFY(view.value->data() + view.value->size() <= batch.data() + batch.size());
            }
            QVERIFY(view.toRecord() == records[i]);
            ++i;
        }
        QCOMPARE(i, records.size());
    }

    void builderAssignsDeltas() {
        BatchSpec spec;
        spec.compression = Compression::Lz4;
        BatchBuilder builder(spec);
        const Bytes v{'x'};
        builder.append(kBaseTime + 50, std::nullopt, ByteView(v));
        builder.append(kBaseTime + 10, std::nullopt, std::nullopt); // clocks may step back
        builder.append(kBaseTime + 90, ByteView(v), ByteView(v));
        QCOMPARE(builder.recordCount(), 3);
        RecordBatch b = decodeBatch(builder.build());
        QCOMPARE(b.header.baseTimestamp, kBaseTime + 50);
        QCOMPARE(b.header.maxTimestamp, kBaseTime + 90);
        QCOMPARE(b.header.lastOffsetDelta, 2);
        QCOMPARE(b.header.producerId, kNoProducerId);
        QCOMPARE(b.header.baseSequence, kNoSequence);
        QCOMPARE(b.timestampOf(b.records[1]), kBaseTime + 10);
        QCOMPARE(b.records[1].timestampDelta, -40);
        QCOMPARE(b.records[2].offsetDelta, 2);
        QVERIFY(!b.records[1].value.has_value());
    }

    void keepsEveryHeaderFieldAndEmptyBatches() {
        BatchSpec spec;
        spec.baseOffset = 40;
        spec.control = true;
        spec.deleteHorizon = true;
        spec.timestampType = TimestampType::LogAppendTime;
        spec.baseTimestamp = kBaseTime;
        spec.maxTimestamp = kBaseTime + 5;
        spec.lastOffsetDelta = 9; // what compaction leaves: no records, offsets still spanned
        Bytes batch = encodeBatch(spec, {});
        RecordBatch b = decodeBatch(batch);
        QVERIFY(b.records.empty());
        QCOMPARE(b.header.recordCount, 0);
        QCOMPARE(b.header.lastOffset(), 49);
        QVERIFY(b.header.isControl() && b.header.hasDeleteHorizon());
        QVERIFY(!b.header.isTransactional());
        QCOMPARE(b.header.timestampType(), TimestampType::LogAppendTime);
        QCOMPARE(b.header.maxTimestamp, kBaseTime + 5);
        QCOMPARE(b.header.batchLength, static_cast<int32_t>(kBatchHeaderSize - kLogOverhead));

        // fromHeader + the decoded records rebuild the same bytes.
        auto records = testing::sampleRecords(30);
        Bytes original = encodeBatch(fullSpec(Compression::Snappy), records);
        RecordBatch d = decodeBatch(original);
        QCOMPARE(encodeBatch(BatchSpec::fromHeader(d.header), d.records), original);
    }

    void truncationIsAlwaysDecodeError_data() { addCodecRows(); }
    void truncationIsAlwaysDecodeError() {
        QFETCH(Compression, codec);
        Bytes batch = encodeBatch(fullSpec(codec), testing::sampleRecords(15));
        for (size_t n = 0; n < batch.size(); ++n)
            QVERIFY_THROWS_EXCEPTION(DecodeError, decodeBatch(ByteView(batch).first(n)));
        // Shorten batchLength with it and re-sign, so framing and CRC look fine and the
        // codec or the record decoder must notice the missing bytes.
        for (size_t n = kBatchHeaderSize; n < batch.size(); ++n) {
            Bytes cut(batch.begin(), batch.begin() + static_cast<ptrdiff_t>(n));
            cut = withField(std::move(cut), offsets::kBatchLength, static_cast<int32_t>(n - kLogOverhead));
            try {
                decodeBatch(cut);
                QFAIL(qPrintable(QString("truncation to %1 bytes accepted").arg(n)));
            } catch (const DecodeError&) {
            }
        }
    }

    void inconsistentCountsAndLengthsAreDecodeError() {
        Bytes batch = encodeBatch(fullSpec(Compression::None), testing::sampleRecords(20));
        for (int32_t count : {19, 21, 1 << 30, std::numeric_limits<int32_t>::max(), -1})
            QVERIFY_THROWS_EXCEPTION(DecodeError, decodeBatch(withField(batch, offsets::kRecordCount, count)));
        QVERIFY_THROWS_EXCEPTION(DecodeError,
                                 decodeBatch(withField(batch, offsets::kBatchLength, int32_t{1} << 30)));
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeBatch(withField(batch, offsets::kMagic, int8_t{1})));

        // Hand-made records section with one malformed record each.
        auto single = [](Bytes record) {
            BatchSpec spec;
            BatchBuilder builder(spec);
            Bytes batch = builder.build();
            batch.insert(batch.end(), record.begin(), record.end());
            auto length = static_cast<int32_t>(batch.size() - kLogOverhead);
            batch = withField(std::move(batch), offsets::kRecordCount, int32_t{1});
            return withField(std::move(batch), offsets::kBatchLength, length);
        };
        // length, attributes, tsDelta, offsetDelta, key len, key, value len, headers.
        Bytes good = {0x16, 0x00, 0x00, 0x00, 0x02, 'k', 0x02, 'v', 0x02, 0x02, 'h', 0x01};
        QCOMPARE(decodeBatch(single(good)).records.size(), size_t{1});
        auto variant = [&](size_t at, uint8_t v) {
            Bytes r = good;
            r[at] = v;
            return single(r);
        };
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeBatch(variant(0, 0x18)));  // length too long
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeBatch(variant(0, 0x14)));  // too short
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeBatch(variant(0, 0x01)));  // negative
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeBatch(variant(4, 0x7e)));  // key past end
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeBatch(variant(4, 0x03)));  // key len -2
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeBatch(variant(6, 0x40)));  // value past end
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeBatch(variant(8, 0x7e)));  // 63 headers
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeBatch(variant(8, 0x01)));  // -1 headers
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeBatch(variant(9, 0x01)));  // null header key
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeBatch(variant(11, 0x08))); // header value past end
        Bytes trailing = good;
        trailing.push_back(0x00);
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeBatch(single(trailing)));
        // An overlong varint in the length prefix.
        QVERIFY_THROWS_EXCEPTION(DecodeError,
                                 decodeBatch(single(Bytes{0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})));
    }

    void crcMismatchIsDecodeErrorUnlessSkipped() {
        Bytes batch = encodeBatch(fullSpec(Compression::None), testing::sampleRecords(3));
        batch.back() ^= 0x01;
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeBatch(batch));
        DecodeOptions lenient;
        lenient.verifyCrc = false;
        QCOMPARE(decodeBatch(batch, lenient).records.size(), size_t{3});
    }

    void decompressionIsBounded_data() { addCodecRows(); }
    void decompressionIsBounded() {
        QFETCH(Compression, codec);
        // 8 MiB of zeros compresses to almost nothing: a small bomb.
        std::vector<Record> records(512);
        for (size_t i = 0; i < records.size(); ++i) {
            records[i].offsetDelta = static_cast<int32_t>(i);
            records[i].value = Bytes(16 * 1024, 0);
        }
        BatchSpec spec;
        spec.compression = codec;
        Bytes batch = encodeBatch(spec, records);
        DecodeOptions small;
        small.maxDecompressedSize = 1 << 20;
        if (codec == Compression::None) {
            QCOMPARE(decodeBatch(batch, small).records.size(), records.size()); // nothing to inflate
        } else {
            QVERIFY(batch.size() < small.maxDecompressedSize);
            QVERIFY_THROWS_EXCEPTION(DecodeError, decodeBatch(batch, small));
        }
        QCOMPARE(decodeBatch(batch).records.size(), records.size());
    }

    void recompressionKeepsEverything_data() {
        QTest::addColumn<Compression>("from");
        QTest::addColumn<Compression>("to");
        for (Compression a : kCodecs)
            for (Compression b : kCodecs)
                QTest::newRow((std::string(compressionName(a)) + "->" + std::string(compressionName(b))).c_str())
                    << a << b;
    }
    void recompressionKeepsEverything() {
        QFETCH(Compression, from);
        QFETCH(Compression, to);
        auto records = testing::sampleRecords(1000, 9);
        Bytes source = encodeBatch(fullSpec(from), records);
        setLogAppendTime(source, kBaseTime + 12345);
        updateCrc(source);
        Bytes result = recompressBatch(source, to);
        QVERIFY(verifyCrc(result));
        RecordBatch a = decodeBatch(source), b = decodeBatch(result);
        QCOMPARE(b.header.compression(), to);
        QVERIFY(b.records == records);
        BatchHeader expected = a.header;
        expected.attributes = static_cast<int16_t>((expected.attributes & ~attributes::kCompressionMask) |
                                                   static_cast<int16_t>(to));
        expected.batchLength = b.header.batchLength;
        expected.crc = b.header.crc;
        QCOMPARE(b.header, expected);
        if (from == to) QCOMPARE(result.size(), source.size());
    }

    void recompressionRefusesCorruptInput() {
        Bytes source = encodeBatch(fullSpec(Compression::Gzip), testing::sampleRecords(10));
        source[source.size() - 3] ^= 0x40;
        QVERIFY_THROWS_EXCEPTION(DecodeError, recompressBatch(source, Compression::Zstd));
        Bytes unknownCodec = withField(encodeBatch(fullSpec(Compression::None), testing::sampleRecords(2)),
                                       offsets::kAttributes, int16_t{5});
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeBatch(unknownCodec));
    }
};

QTEST_APPLESS_MAIN(TestRecordBatch)
#include "test_record_batch.moc"
