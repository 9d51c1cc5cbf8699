#include <QtTest>

#include "protocol/records/control_record.h"
#include "records_test_support.h"

using namespace samsa::protocol;
using namespace samsa::protocol::records;

class TestControlRecord : public QObject {
    Q_OBJECT

private slots:
    void keyAndMarkerBytes() {
        QCOMPARE(encodeControlRecordKey({0, ControlRecordType::Commit}), (Bytes{0, 0, 0, 1}));
        QCOMPARE(encodeControlRecordKey({0, ControlRecordType::Abort}), (Bytes{0, 0, 0, 0}));
        QCOMPARE(encodeEndTransactionMarker({0, 0x01020304}), (Bytes{0, 0, 1, 2, 3, 4}));

        QCOMPARE(parseControlRecordKey(Bytes{0, 0, 0, 1}), (ControlRecordKey{0, ControlRecordType::Commit}));
        // A later version may carry more fields; the known prefix still reads.
        QCOMPARE(parseControlRecordKey(Bytes{0, 1, 0, 0, 9, 9}), (ControlRecordKey{1, ControlRecordType::Abort}));
        QCOMPARE(static_cast<int16_t>(parseControlRecordKey(Bytes{0, 0, 0, 5}).type), 5);
        QCOMPARE(parseEndTransactionMarker(Bytes{0, 0, 0, 0, 0, 7}), (EndTransactionMarker{0, 7}));

        QVERIFY_THROWS_EXCEPTION(DecodeError, parseControlRecordKey(Bytes{0, 0, 0}));
        QVERIFY_THROWS_EXCEPTION(DecodeError, parseControlRecordKey(Bytes{0xff, 0xff, 0, 1}));
        QVERIFY_THROWS_EXCEPTION(DecodeError, parseEndTransactionMarker(Bytes{0, 0, 0, 0, 0}));
        QVERIFY_THROWS_EXCEPTION(DecodeError, parseEndTransactionMarker(Bytes{0x80, 0, 0, 0, 0, 0}));
    }

    void endTransactionBatchRoundTrip() {
        for (ControlRecordType type : {ControlRecordType::Commit, ControlRecordType::Abort}) {
            EndTransactionSpec spec;
            spec.type = type;
            spec.coordinatorEpoch = 12;
            spec.producerId = 4000;
            spec.producerEpoch = 3;
            spec.baseOffset = 880;
            spec.partitionLeaderEpoch = 2;
            spec.timestampMs = 1700000000123;
            Bytes batch = buildEndTransactionBatch(spec);
            QVERIFY(verifyCrc(batch));

            RecordBatch b = decodeBatch(batch);
            QVERIFY(b.header.isControl());
            QVERIFY(b.header.isTransactional());
            QCOMPARE(b.header.producerId, 4000);
            QCOMPARE(b.header.producerEpoch, 3);
            QCOMPARE(b.header.baseSequence, kNoSequence);
            QCOMPARE(b.header.baseOffset, 880);
            QCOMPARE(b.header.partitionLeaderEpoch, 2);
            QCOMPARE(b.header.recordCount, 1);
            QCOMPARE(b.header.lastOffsetDelta, 0);
            QCOMPARE(b.timestampOf(b.records[0]), 1700000000123);
            QCOMPARE(b.header.maxTimestamp, 1700000000123);
            QVERIFY(b.records[0].key && b.records[0].value);
            QCOMPARE(parseControlRecordKey(*b.records[0].key).type, type);
            QCOMPARE(parseEndTransactionMarker(*b.records[0].value).coordinatorEpoch, 12);
            QCOMPARE(readControlRecordKey(batch).type, type);
        }
    }

    void readControlKeyRefusesOtherBatches() {
        BatchSpec spec;
        auto records = testing::sampleRecords(2);
        QVERIFY_THROWS_EXCEPTION(DecodeError, readControlRecordKey(encodeBatch(spec, records)));
        spec.control = true;
        QVERIFY_THROWS_EXCEPTION(DecodeError, readControlRecordKey(encodeBatch(spec, {})));
        records.resize(1);
        records[0].key = std::nullopt;
        QVERIFY_THROWS_EXCEPTION(DecodeError, readControlRecordKey(encodeBatch(spec, records)));
    }
};

QTEST_APPLESS_MAIN(TestControlRecord)
#include "test_control_record.moc"
