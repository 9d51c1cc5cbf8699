// Every generated message, in every version: round trip, truncation and hostile input.

#include <QtTest>

#include <functional>
#include <random>
#include <string>

#include "message_fill.h"
#include "protocol/messages/all_messages.h"
#include "protocol/messages/any_request.h"
#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"

using namespace samsa::protocol;
using namespace samsa::protocol::messages;

// One test row per message type; the row carries the check instantiated for that type.
using Check = std::function<void()>;
Q_DECLARE_METATYPE(Check)

namespace {

struct Filled {
    Bytes encoded;
    int changed = 0;
};

template <typename T>
Filled fillAndEncode(T& message, int16_t version, bool withNulls) {
    uint32_t counter = static_cast<uint32_t>(version) * 1000u;
    int changed = testing::fillForTest(message, version, withNulls, counter);
    Writer w;
    message.encode(w, version);
    return {w.take(), changed};
}

std::string where(const char* name, int16_t version) {
    return std::string(name) + " v" + std::to_string(version);
}

template <typename T>
void roundTripEveryVersion() {
    int versionsWithFields = 0;
    for (int16_t v = T::kMinVersion; v <= T::kMaxVersion; ++v) {
        for (bool withNulls : {false, true}) {
            const std::string at = where(T::kName, v) + (withNulls ? " (nulls)" : "");
            T original;
            Filled filled = fillAndEncode(original, v, withNulls);
            if (filled.changed > 0) {
                ++versionsWithFields;
                // Proves the filler really moved fields off their defaults, so a codec
                // that dropped them would be caught by the comparison below.
                QVERIFY2(!(original == T{}), at.c_str());
            }

            Reader r(filled.encoded);
            T decoded;
            decoded.decode(r, v);
            QVERIFY2(r.atEnd(), ("trailing bytes after " + at).c_str());
            QVERIFY2(decoded == original, ("decoded differs from original: " + at).c_str());

            Writer again;
            decoded.encode(again, v);
            QVERIFY2(again.bytes() == filled.encoded, ("re-encoding differs: " + at).c_str());
        }

        // A default message must also survive a round trip byte for byte.
        Writer w;
        T{}.encode(w, v);
        Reader r(w.bytes());
        T decoded;
        decoded.decode(r, v);
        Writer again;
        decoded.encode(again, v);
        QVERIFY2(r.atEnd() && again.bytes() == w.bytes(), ("default round trip: " + where(T::kName, v)).c_str());
    }
    QVERIFY2(versionsWithFields > 0, (std::string(T::kName) + " never had a field to fill").c_str());
}

template <typename T>
void truncationAlwaysThrows() {
    for (int16_t v = T::kMinVersion; v <= T::kMaxVersion; ++v) {
        T original;
        Filled filled = fillAndEncode(original, v, false);
        for (size_t len = 0; len < filled.encoded.size(); ++len) {
            Reader r(std::span<const uint8_t>(filled.encoded.data(), len));
            T decoded;
            bool threw = false;
            try {
                decoded.decode(r, v);
            } catch (const DecodeError&) {
                threw = true;
            }
            QVERIFY2(threw, ("prefix of " + std::to_string(len) + " bytes decoded: " + where(T::kName, v)).c_str());
        }
    }
}

// Decodes arbitrary bytes; only DecodeError may come out. Whatever decodes must encode.
void decodeHostile(int16_t apiKey, int16_t version, std::span<const uint8_t> data) {
    Reader r(data);
    try {
        AnyRequest request = decodeRequest(apiKey, version, r);
        std::visit([&](const auto& m) {
            Writer w;
            m.encode(w, version);
        }, request);
    } catch (const DecodeError&) {
    }
}

template <typename T>
void hostileInputNeverCrashes() {
    std::mt19937 rng(0x5a115a);
    for (int16_t v = T::kMinVersion; v <= T::kMaxVersion; ++v) {
        Bytes buf;
        for (int i = 0; i < 200; ++i) {
            buf.resize(rng() % 96);
            for (auto& b : buf) b = static_cast<uint8_t>(rng());
            decodeHostile(T::kApiKey, v, buf);
        }
        // Valid encodings with a few bytes changed get much deeper into the decoder.
        T original;
        Filled filled = fillAndEncode(original, v, false);
        for (int i = 0; i < 300 && !filled.encoded.empty(); ++i) {
            buf = filled.encoded;
            for (int flips = 1 + static_cast<int>(rng() % 3); flips > 0; --flips)
                buf[rng() % buf.size()] = static_cast<uint8_t>(rng());
            decodeHostile(T::kApiKey, v, buf);
        }
    }
}

template <template <typename> class Runner, typename... T>
void addRowsFor(TypeList<T...>) {
    QTest::addColumn<Check>("check");
    ((QTest::newRow(T::kName) << Check(&Runner<T>::run)), ...);
}

template <typename T> struct RoundTrip { static void run() { roundTripEveryVersion<T>(); } };
template <typename T> struct Truncation { static void run() { truncationAlwaysThrows<T>(); } };
template <typename T> struct Hostile { static void run() { hostileInputNeverCrashes<T>(); } };

} // namespace

class TestMessageCodecs : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data() { addRowsFor<RoundTrip>(AllMessageTypes{}); }
    void roundTrip() {
        QFETCH(Check, check);
        check();
    }

    void truncatedInputThrows_data() { addRowsFor<Truncation>(AllMessageTypes{}); }
    void truncatedInputThrows() {
        QFETCH(Check, check);
        check();
    }

    void hostileRequestsNeverCrash_data() { addRowsFor<Hostile>(AllRequestTypes{}); }
    void hostileRequestsNeverCrash() {
        QFETCH(Check, check);
        check();
    }

    void everyRequestIsDispatched() {
        []<typename... T>(TypeList<T...>) {
            (([] {
                 for (int16_t v = T::kMinVersion; v <= T::kMaxVersion; ++v) {
                     T original;
                     Filled filled = fillAndEncode(original, v, false);
                     Reader r(filled.encoded);
                     AnyRequest decoded = decodeRequest(T::kApiKey, v, r);
                     QVERIFY2(std::holds_alternative<T>(decoded), where(T::kName, v).c_str());
                     QVERIFY(std::get<T>(decoded) == original);
                 }
             }()),
             ...);
        }(AllRequestTypes{});
    }

    void unknownKeyOrVersionIsRefused() {
        Bytes empty;
        Reader r1(empty);
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeRequest(34, 0, r1)); // not in the schema
        Reader r2(empty);
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeRequest(ProduceRequest::kApiKey, ProduceRequest::kMaxVersion + 1, r2));
        Reader r3(empty);
        QVERIFY_THROWS_EXCEPTION(DecodeError, decodeRequest(MetadataRequest::kApiKey, -1, r3));
    }
};

QTEST_APPLESS_MAIN(TestMessageCodecs)
#include "test_message_codecs.moc"
