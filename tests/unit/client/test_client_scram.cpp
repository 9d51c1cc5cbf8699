// SCRAM-SHA-256 against the exchange published in RFC 7677 section 3, and the failure
// paths a hostile or broken server can take.
#include <QtTest>

#include "client/sasl.h"
#include "client/scram.h"

using namespace samsa;
using namespace samsa::client;

namespace {

std::span<const uint8_t> bytesOf(const std::string& s) {
    return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

std::string textOf(const Bytes& b) { return std::string(b.begin(), b.end()); }

// The RFC 7677 example: user "user", password "pencil".
const std::string kClientNonce = "rOprNGfwEbeRWgbNEkqO";
const std::string kServerFirst = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
const std::string kClientFinal =
    "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
const std::string kServerFinal = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

} // namespace

class TestClientScram : public QObject {
    Q_OBJECT
private slots:
    void rfc7677Exchange() {
        ScramAuthenticator scram(ScramHash::Sha256, "user", "pencil", kClientNonce);
        auto first = scram.respond({});
        QVERIFY(first);
        QCOMPARE(textOf(*first), "n,,n=user,r=" + kClientNonce);
        QVERIFY(!scram.complete());
        auto final = scram.respond(bytesOf(kServerFirst));
        QVERIFY(final);
        QCOMPARE(textOf(*final), kClientFinal);
        QVERIFY(scram.complete());
        QVERIFY(scram.finish(bytesOf(kServerFinal)));
    }

    void wrongServerSignatureIsRejected() {
        ScramAuthenticator scram(ScramHash::Sha256, "user", "pencil", kClientNonce);
        scram.respond({});
        QVERIFY(scram.respond(bytesOf(kServerFirst)));
        auto r = scram.finish(bytesOf("v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::SaslAuthenticationFailed);
        QCOMPARE(r.error().step, Step::Authenticate);
    }

    void serverErrorsAndBadChallengesAreRejected() {
        const std::vector<std::string> bad = {
            "e=unknown-user",
            "r=someoneElsesNonce,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",  // does not extend ours
            "r=" + kClientNonce + ",s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096", // adds nothing
            "r=" + kClientNonce + "x,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=1",   // too few iterations
            "r=" + kClientNonce + "x,s=!!!,i=4096",                      // salt not base64
            "r=" + kClientNonce + "x,i=4096",                            // no salt
        };
        for (const auto& challenge : bad) {
            ScramAuthenticator scram(ScramHash::Sha256, "user", "pencil", kClientNonce);
            scram.respond({});
            auto r = scram.respond(bytesOf(challenge));
            QVERIFY2(!r, challenge.c_str());
            QCOMPARE(r.error().code, ErrorCode::SaslAuthenticationFailed);
        }
    }

    void namesAreEscaped() {
        ScramAuthenticator scram(ScramHash::Sha512, "a=b,c", "pw", "nonce");
        auto first = scram.respond({});
        QVERIFY(first);
        QCOMPARE(textOf(*first), std::string("n,,n=a=3Db=2Cc,r=nonce"));
    }

    void sha512ProofHasSha512Length() {
        ScramAuthenticator scram(ScramHash::Sha512, "user", "pencil", kClientNonce);
        scram.respond({});
        auto final = scram.respond(bytesOf(kServerFirst));
        QVERIFY(final);
        const std::string text = textOf(*final);
        const auto proof = base64Decode(text.substr(text.find(",p=") + 3));
        QVERIFY(proof);
        QCOMPARE(proof->size(), size_t(64));
    }

    void plainSendsOneMessage() {
        auto plain = makeSaslAuthenticator(SaslConfig{SaslMechanism::Plain, "alice", "secret"});
        auto msg = plain->respond({});
        QVERIFY(msg);
        QCOMPARE(textOf(*msg), std::string("\0alice\0secret", 13));
        QVERIFY(plain->complete());
        QVERIFY(plain->finish({}));
    }

    void base64RoundTrips() {
        for (const std::string s : {"", "f", "fo", "foo", "foob", "fooba", "foobar"}) {
            auto decoded = base64Decode(base64Encode(s));
            QVERIFY(decoded);
            QCOMPARE(*decoded, s);
        }
        QCOMPARE(base64Encode("foobar"), std::string("Zm9vYmFy"));
        QVERIFY(!base64Decode("abc"));
    }
};

QTEST_APPLESS_MAIN(TestClientScram)
#include "test_client_scram.moc"
