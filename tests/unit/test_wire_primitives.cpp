#include <QtTest>

#include <limits>

#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"

using namespace samsa::protocol;

class TestWirePrimitives : public QObject {
    Q_OBJECT
private slots:
    void fixedWidthIsBigEndian() {
        Writer w;
        w.writeInt16(0x0102);
        w.writeInt32(0x03040506);
        w.writeInt64(-2);
        const Bytes expect{1, 2, 3, 4, 5, 6, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe};
        QCOMPARE(w.bytes(), expect);
        Reader r(w.bytes());
        QCOMPARE(r.readInt16(), int16_t(0x0102));
        QCOMPARE(r.readInt32(), int32_t(0x03040506));
        QCOMPARE(r.readInt64(), int64_t(-2));
        QVERIFY(r.atEnd());
    }

    // Values from the Kafka protocol guide's varint examples (zigzag encoding).
    void varintsMatchKnownEncodings() {
        struct Case { int64_t v; Bytes enc; };
        const Case cases[] = {{0, {0x00}}, {-1, {0x01}}, {1, {0x02}}, {-64, {0x7f}},
                              {64, {0x80, 0x01}}, {300, {0xd8, 0x04}}};
        for (const auto& c : cases) {
            Writer w;
            w.writeVarlong(c.v);
            QCOMPARE(w.bytes(), c.enc);
            Reader r(w.bytes());
            QCOMPARE(r.readVarlong(), c.v);
            QCOMPARE(Writer::varlongSize(c.v), c.enc.size());
        }
    }

    void varintExtremesRoundTrip() {
        for (int32_t v : {std::numeric_limits<int32_t>::min(), std::numeric_limits<int32_t>::max(), 0, -5}) {
            Writer w;
            w.writeVarint(v);
            Reader r(w.bytes());
            QCOMPARE(r.readVarint(), v);
        }
        for (int64_t v : {std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max()}) {
            Writer w;
            w.writeVarlong(v);
            QCOMPARE(w.size(), size_t(10));
            Reader r(w.bytes());
            QCOMPARE(r.readVarlong(), v);
        }
        Writer w;
        w.writeUnsignedVarint(std::numeric_limits<uint32_t>::max());
        Reader r(w.bytes());
        QCOMPARE(r.readUnsignedVarint(), std::numeric_limits<uint32_t>::max());
    }

    void overlongVarintIsRejected() {
        const Bytes six{0x80, 0x80, 0x80, 0x80, 0x80, 0x01};
        Reader r(six);
        QVERIFY_THROWS_EXCEPTION(DecodeError, r.readUnsignedVarint());
    }

    void stringsClassicAndCompact() {
        Writer w;
        w.writeString("kafka", false);
        w.writeString("kafka", true);
        w.writeNullableString(std::nullopt, false);
        w.writeNullableString(std::nullopt, true);
        w.writeNullableString(std::string(), true);
        Reader r(w.bytes());
        QCOMPARE(r.readString(false), std::string("kafka"));
        QCOMPARE(r.readString(true), std::string("kafka"));
        QVERIFY(!r.readNullableString(false).has_value());
        QVERIFY(!r.readNullableString(true).has_value());
        QCOMPARE(r.readNullableString(true).value(), std::string());
        QVERIFY(r.atEnd());
    }

    void nullWhereRequiredIsAnError() {
        Writer w;
        w.writeNullableString(std::nullopt, false);
        Reader r(w.bytes());
        QVERIFY_THROWS_EXCEPTION(DecodeError, r.readString(false));
    }

    void truncatedInputIsAnError() {
        const Bytes shortString{0x00, 0x05, 'a', 'b'};
        Reader r(shortString);
        QVERIFY_THROWS_EXCEPTION(DecodeError, r.readString(false));
        const Bytes threeBytes{0, 0, 0};
        Reader r2(threeBytes);
        QVERIFY_THROWS_EXCEPTION(DecodeError, r2.readInt32());
    }

    void hugeArrayLengthIsRefused() {
        Writer w;
        w.writeInt32(0x7fffffff);
        Reader r(w.bytes());
        QVERIFY_THROWS_EXCEPTION(DecodeError, r.readArrayLength(false));
        const Bytes negative{0xff, 0xff, 0xff, 0xfe};
        Reader r2(negative);
        QVERIFY_THROWS_EXCEPTION(DecodeError, r2.readArrayLength(false));
    }

    void uuidBase64LooksLikeKafkas() {
        Uuid u;
        QVERIFY(u.isZero());
        QCOMPARE(u.toBase64(), std::string("AAAAAAAAAAAAAAAAAAAAAA"));
        Uuid r = Uuid::random();
        QVERIFY(!r.isZero());
        QCOMPARE(r.toBase64().size(), size_t(22));
    }
};

QTEST_APPLESS_MAIN(TestWirePrimitives)
#include "test_wire_primitives.moc"
