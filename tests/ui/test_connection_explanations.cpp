#include "ui/connections/connection_explanations.h"

#include <QTest>

using samsa::ErrorCode;
using samsa::client::ClientError;
using samsa::client::Step;
using samsa::client::StepReport;
using samsa::ui::ConnectionAttempt;
using samsa::ui::explainConnectionFailure;

namespace {

ClientError failure(Step step, ErrorCode code, const char* message) {
    return samsa::client::makeError(code, message, -2, step);
}

} // namespace

class TestConnectionExplanations : public QObject {
    Q_OBJECT
private slots:
    void explains_data();
    void explains();
    void keepsTechnicalDetail();
    void tlsHintOnlyWithoutTls();
    void stepDetails();
};

void TestConnectionExplanations::explains_data() {
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");

    auto row = [](const char* name, Step step, ErrorCode code, const char* message, const char* expected) {
        QTest::newRow(name) << int(step) << int(code) << QString::fromLatin1(message)
                            << QString::fromLatin1(expected);
    };
    row("unknown host", Step::Resolve, ErrorCode::NetworkException,
        "resolve x.invalid:9092 failed: Host not found (authoritative)", "Unknown host");
    row("dns timeout", Step::Resolve, ErrorCode::RequestTimedOut, "resolve x:9092 failed: timed out",
        "name server did not answer");
    row("refused", Step::Connect, ErrorCode::NetworkException,
        "connect 127.0.0.1:1 failed: Connection refused", "Nothing is listening");
    row("filtered", Step::Connect, ErrorCode::RequestTimedOut, "connect 10.0.0.1:9092 failed: timed out",
        "firewall");
    row("no route", Step::Connect, ErrorCode::NetworkException, "connect x failed: No route to host",
        "no network route");
    row("untrusted", Step::Tls, ErrorCode::NetworkException,
        "TLS handshake with x:9093 failed: certificate verify failed", "not trusted");
    row("hostname", Step::Tls, ErrorCode::NetworkException,
        "TLS handshake with x:9093 failed: hostname mismatch", "Hostname mismatch");
    row("expired", Step::Tls, ErrorCode::NetworkException,
        "TLS handshake failed: certificate has expired", "expired");
    row("plaintext port", Step::Tls, ErrorCode::NetworkException,
        "TLS handshake with x:9092 failed: wrong version number", "does not speak TLS");
    row("client cert needed", Step::Tls, ErrorCode::NetworkException,
        "TLS handshake failed: tlsv13 alert certificate required", "requires a client certificate");
    row("client cert refused", Step::Tls, ErrorCode::NetworkException,
        "TLS handshake failed: sslv3 alert bad certificate", "rejected the client certificate");
    row("bad password", Step::Authenticate, ErrorCode::SaslAuthenticationFailed,
        "Authentication failed during authentication due to invalid credentials", "wrong user name or password");
    row("mechanism", Step::Authenticate, ErrorCode::UnsupportedSaslMechanism,
        "mechanism SCRAM-SHA-512 refused; the broker offers: PLAIN, SCRAM-SHA-256",
        "It offers: PLAIN, SCRAM-SHA-256.");
    row("not sasl", Step::Authenticate, ErrorCode::IllegalSaslState, "unexpected", "not a SASL listener");
    row("not kafka", Step::ApiVersions, ErrorCode::NetworkException, "connection to x is closed",
        "Not a Kafka broker");
    row("not kafka, silent", Step::ApiVersions, ErrorCode::RequestTimedOut, "timed out", "Not a Kafka broker");
    row("no describe", Step::Request, ErrorCode::ClusterAuthorizationFailed, "denied", "Describe permission");
    row("needs sasl", Step::Request, ErrorCode::NetworkException, "closed", "requires authentication");
    row("bad settings", Step::Request, ErrorCode::InvalidConfig, "cannot load the CA file", "cannot be used");
}

void TestConnectionExplanations::explains() {
    QFETCH(int, step);
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(QString, expected);
    const QString text = explainConnectionFailure(failure(Step(step), ErrorCode(code), qPrintable(message)));
    QVERIFY2(text.contains(expected, Qt::CaseInsensitive), qPrintable(text));
}

void TestConnectionExplanations::keepsTechnicalDetail() {
    const QString text = explainConnectionFailure(
        failure(Step::Connect, ErrorCode::NetworkException, "connect 127.0.0.1:1 failed: Connection refused"));
    QVERIFY(text.contains(QLatin1String("Details: connect 127.0.0.1:1 failed: Connection refused")));
}

void TestConnectionExplanations::tlsHintOnlyWithoutTls() {
    const auto error = failure(Step::ApiVersions, ErrorCode::NetworkException, "closed");
    QVERIFY(explainConnectionFailure(error, ConnectionAttempt{false, false}).contains(QLatin1String("SSL or SASL_SSL")));
    QVERIFY(!explainConnectionFailure(error, ConnectionAttempt{true, false}).contains(QLatin1String("SSL or SASL_SSL")));
}

void TestConnectionExplanations::stepDetails() {
    using samsa::ui::connectionStepDetail;
    using namespace std::chrono_literals;
    QCOMPARE(connectionStepDetail(StepReport{Step::Connect, true, 1ms, "127.0.0.1:9092"}),
             QStringLiteral("connected to 127.0.0.1:9092"));
    QCOMPARE(connectionStepDetail(StepReport{Step::Tls, true, 1ms, "TLSv1.3"}), QStringLiteral("TLS 1.3"));
    QCOMPARE(connectionStepDetail(StepReport{Step::ApiVersions, true, 1ms, "v3, 60 APIs"}),
             QStringLiteral("ApiVersions answered (v3, 60 APIs)"));
    QCOMPARE(connectionStepDetail(StepReport{Step::Authenticate, true, 1ms, "SCRAM-SHA-256 as alice"}),
             QStringLiteral("authenticated as alice (SCRAM-SHA-256)"));
    const StepReport metadata{Step::Request, true, 1ms, "Metadata: cluster abc, 3 broker(s)"};
    QCOMPARE(samsa::ui::brokerCountFromStep(metadata), 3);
    QVERIFY(connectionStepDetail(metadata).contains(QLatin1String("3 broker")));
    QVERIFY(connectionStepDetail(metadata).contains(QLatin1String("abc")));
    // A failed step keeps the client's own words.
    QCOMPARE(connectionStepDetail(StepReport{Step::Connect, false, 1ms, "Connection refused"}),
             QStringLiteral("Connection refused"));
}

QTEST_GUILESS_MAIN(TestConnectionExplanations)
#include "test_connection_explanations.moc"
