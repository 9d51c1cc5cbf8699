#include <QtTest>

#include <random>
#include <string_view>

#include "protocol/records/crc32c.h"
#include "records_test_support.h"

using namespace samsa::protocol;
using namespace samsa::protocol::records;

namespace {

std::span<const uint8_t> asSpan(std::string_view s) {
    return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

using CrcFn = uint32_t (*)(std::span<const uint8_t>, uint32_t);

} // namespace

class TestCrc32c : public QObject {
    Q_OBJECT

private:
    std::vector<std::pair<const char*, CrcFn>> implementations() const {
        std::vector<std::pair<const char*, CrcFn>> out{
            {"software", &detail::crc32cSoftware},
            {"dispatch", &crc32c}};
        if (detail::crc32cHardwareAvailable()) out.push_back({"hardware", &detail::crc32cHardware});
        return out;
    }

private slots:
    void knownVectors() {
        // The check value of the Castagnoli CRC and the test patterns of RFC 3720 B.4.
        Bytes zeros(32, 0x00), ones(32, 0xff), up(32), down(32);
        for (int i = 0; i < 32; ++i) {
            up[i] = static_cast<uint8_t>(i);
            down[i] = static_cast<uint8_t>(31 - i);
        }
        for (auto [name, fn] : implementations()) {
            QVERIFY2(fn(asSpan("123456789"), 0) == 0xE3069283u, name);
            QVERIFY2(fn({}, 0) == 0u, name);
            QVERIFY2(fn(zeros, 0) == 0x8A9136AAu, name);
            QVERIFY2(fn(ones, 0) == 0x62A8AB43u, name);
            QVERIFY2(fn(up, 0) == 0x46DD794Eu, name);
            QVERIFY2(fn(down, 0) == 0x113FDB5Cu, name);
        }
    }

    void hardwareMatchesSoftware() {
        if (!detail::crc32cHardwareAvailable()) QSKIP("CPU without SSE4.2");
        std::mt19937_64 rng(7);
        Bytes data = testing::randomBytes(rng, 64 * 1024 + 64);
        // Every alignment, every length up to well past three hardware lanes, then a
        // spread of long lengths so the lane-merging path runs many times.
        for (size_t offset = 0; offset < 16; ++offset) {
            for (size_t len = 0; len <= 2400; ++len) {
                auto s = std::span<const uint8_t>(data).subspan(offset, len);
                uint32_t seed = static_cast<uint32_t>(len * 2654435761u);
                if (detail::crc32cHardware(s, seed) != detail::crc32cSoftware(s, seed))
                    QFAIL(qPrintable(QString("mismatch at offset %1 length %2").arg(offset).arg(len)));
            }
        }
        for (int i = 0; i < 200; ++i) {
            size_t offset = rng() % 64, len = rng() % (data.size() - 64);
            auto s = std::span<const uint8_t>(data).subspan(offset, len);
            QCOMPARE(detail::crc32cHardware(s, 0), detail::crc32cSoftware(s, 0));
        }
    }

    void continuesAcrossPieces() {
        std::mt19937_64 rng(11);
        Bytes data = testing::randomBytes(rng, 5000);
        for (auto [name, fn] : implementations()) {
            uint32_t whole = fn(data, 0);
            for (size_t cut : {size_t{0}, size_t{1}, size_t{7}, size_t{768}, size_t{2049}, size_t{5000}}) {
                auto s = std::span<const uint8_t>(data);
                QVERIFY2(fn(s.subspan(cut), fn(s.first(cut), 0)) == whole, name);
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestCrc32c)
#include "test_crc32c.moc"
