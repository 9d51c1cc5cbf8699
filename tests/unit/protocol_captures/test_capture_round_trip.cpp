// Every frame real clients exchanged with the broker (tests/data/captures) decodes with
// the generated codecs, uses up its bytes exactly and re-encodes to the same bytes.

#include <QtTest>

#include <fstream>
#include <iterator>
#include <map>
#include <set>

#include "capture_checks.h"
#include "capture_file.h"
#include "message_round_trip.h"
#include "protocol/messages/api_versions.h"
#include "protocol/messages/fetch.h"

using namespace samsa::protocol;
using namespace samsa::protocol::captures;

namespace {

struct CaptureInfo {
    const char* file;
    const char* description;
    size_t frames;
    std::set<int16_t> apiKeys;
};

// What each capture holds; a regenerated capture may differ in counts, and then this
// table is updated with it.
const CaptureInfo kCaptures[] = {
    {"librdkafka-2.0.2.capture", "librdkafka 2.0.2 (kcat)", 99, {0, 1, 2, 3, 18}},
    {"kafka-python-2.0.2.capture", "kafka-python 2.0.2", 118, {0, 1, 2, 3, 18}},
};

std::vector<Exchange> load(const char* file) {
    return pairExchanges(readCapture(capturePath(file)));
}

} // namespace

class TestCaptureRoundTrip : public QObject {
    Q_OBJECT

private slots:
    void captures_data() {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < std::size(kCaptures); ++i)
            QTest::newRow(kCaptures[i].file) << static_cast<int>(i);
    }

    // The file is what the script recorded: header text, frame count, and only the
    // APIs the clients were made to use.
    void captures() {
        QFETCH(int, index);
        const auto& info = kCaptures[index];
        const Capture capture = readCapture(capturePath(info.file));
        QCOMPARE(capture.description, std::string(info.description));
        QCOMPARE(capture.frames.size(), info.frames);
        const auto exchanges = pairExchanges(capture);
        std::set<int16_t> keys;
        for (const auto& e : exchanges) keys.insert(e.header.apiKey);
        QCOMPARE(keys, info.apiKeys);
    }

    void everyRequestRoundTrips_data() { captures_data(); }
    void everyRequestRoundTrips() {
        QFETCH(int, index);
        const auto exchanges = load(kCaptures[index].file);
        QVERIFY(exchanges.size() > 40);
        for (const auto& e : exchanges) {
            const auto problem = checkRequestRoundTrip(e);
            QVERIFY2(!problem, problem ? problem->c_str() : "");
        }
    }

    void everyResponseRoundTrips_data() { captures_data(); }
    void everyResponseRoundTrips() {
        QFETCH(int, index);
        const auto exchanges = load(kCaptures[index].file);
        size_t answered = 0;
        for (const auto& e : exchanges) {
            const auto problem = checkResponseRoundTrip(e);
            QVERIFY2(!problem, problem ? problem->c_str() : "");
            answered += e.response.has_value();
        }
        QVERIFY(answered > 40);
    }

    // Only a consumer's last long-poll fetch may go unanswered: the client closed the
    // connection while the broker was still waiting for data.
    void unansweredRequestsAreFinalFetches_data() { captures_data(); }
    void unansweredRequestsAreFinalFetches() {
        QFETCH(int, index);
        const auto exchanges = load(kCaptures[index].file);
        std::map<uint32_t, const Exchange*> last;
        for (const auto& e : exchanges) last[e.connection] = &e;
        for (const auto& e : exchanges) {
            if (e.response) continue;
            QCOMPARE(e.header.apiKey, messages::FetchRequest::kApiKey);
            QCOMPARE(last[e.connection], &e);
        }
    }

    // The clients stayed inside the version ranges the broker advertised in its
    // ApiVersions answers.
    void versionsWithinAdvertisedRanges_data() { captures_data(); }
    void versionsWithinAdvertisedRanges() {
        QFETCH(int, index);
        const auto exchanges = load(kCaptures[index].file);
        std::map<int16_t, std::pair<int16_t, int16_t>> ranges;
        for (const auto* e : exchangesOf(exchanges, messages::ApiVersionsRequest::kApiKey)) {
            const auto response = decodeResponseAs<messages::ApiVersionsResponse>(*e);
            QCOMPARE(response.errorCode, int16_t{0});
            for (const auto& api : response.apiKeys) ranges[api.apiKey] = {api.minVersion, api.maxVersion};
        }
        QVERIFY(!ranges.empty());
        for (const auto& e : exchanges) {
            if (e.header.apiKey == messages::ApiVersionsRequest::kApiKey) continue;
            QVERIFY(ranges.contains(e.header.apiKey));
            QVERIFY(e.header.apiVersion >= ranges[e.header.apiKey].first);
            QVERIFY(e.header.apiVersion <= ranges[e.header.apiKey].second);
        }
    }

    void truncatedFileIsRefused() {
        const Capture capture = readCapture(capturePath(kCaptures[0].file));
        std::ifstream in(capturePath(kCaptures[0].file), std::ios::binary);
        Bytes data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        QCOMPARE(parseCapture(data).frames.size(), capture.frames.size());
        data.pop_back();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, parseCapture(data));
        data[0] = 'X';
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, parseCapture(data));
    }

    // A response to a request that was never made cannot be paired.
    void strayResponseIsRefused() {
        Capture capture = readCapture(capturePath(kCaptures[0].file));
        QCOMPARE(capture.frames[1].direction, Direction::Response);
        capture.frames.erase(capture.frames.begin());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, pairExchanges(capture));
    }
};

QTEST_APPLESS_MAIN(TestCaptureRoundTrip)
#include "test_capture_round_trip.moc"
