// The TLS transport: a handshake against a local TLS listener with a certificate made by
// the test, verification of the chain and the host name, and step reporting for each.
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <asio.hpp>
#include <asio/ssl.hpp>

#include <cstdio>
#include <thread>

#include "client_test_support.h"

using namespace samsa;
using namespace samsa::client;
using client_test::get;

namespace {

// Writes a self-signed certificate for "localhost" and its key as PEM files.
bool makeCertificate(const std::string& certPath, const std::string& keyPath) {
    EVP_PKEY* key = EVP_EC_gen("P-256");
    X509* cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, key);
    X509_NAME* name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("localhost"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    for (auto [nid, value] : {std::pair{NID_subject_alt_name, "DNS:localhost"}, {NID_basic_constraints, "critical,CA:TRUE"}}) {
        X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
    bool ok = X509_sign(cert, key, EVP_sha256()) > 0;
    if (FILE* f = std::fopen(certPath.c_str(), "w")) {
        ok = ok && PEM_write_X509(f, cert);
        std::fclose(f);
    }
    if (FILE* f = std::fopen(keyPath.c_str(), "w")) {
        ok = ok && PEM_write_PrivateKey(f, key, nullptr, nullptr, 0, nullptr, nullptr);
        std::fclose(f);
    }
    X509_free(cert);
    EVP_PKEY_free(key);
    return ok;
}

// Accepts TLS connections on 127.0.0.1, completes the handshake and then says nothing,
// so a client gets past TLS and waits at ApiVersions.
class TlsListener {
public:
    TlsListener(const std::string& certPath, const std::string& keyPath)
        : m_context(asio::ssl::context::tls_server),
          m_acceptor(m_io, asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)) {
        m_context.use_certificate_chain_file(certPath);
        m_context.use_private_key_file(keyPath, asio::ssl::context::pem);
        accept();
        m_thread = std::thread([this] { m_io.run(); });
    }
    ~TlsListener() {
        m_io.stop();
        m_thread.join();
    }
    uint16_t port() const { return m_acceptor.local_endpoint().port(); }

private:
    void accept() {
        m_acceptor.async_accept([this](const asio::error_code& ec, asio::ip::tcp::socket socket) {
            if (ec) return;
            auto stream = std::make_shared<asio::ssl::stream<asio::ip::tcp::socket>>(std::move(socket), m_context);
            stream->async_handshake(asio::ssl::stream_base::server, [this, stream](const asio::error_code& e) {
                if (!e) m_open.push_back(stream);
            });
            accept();
        });
    }

    asio::io_context m_io;
    asio::ssl::context m_context;
    asio::ip::tcp::acceptor m_acceptor;
    std::vector<std::shared_ptr<asio::ssl::stream<asio::ip::tcp::socket>>> m_open;
    std::thread m_thread;
};

ClientConfig tlsConfig(const std::string& host, uint16_t port, const std::string& caFile) {
    ClientConfig config;
    config.bootstrapServers = {{host, port}};
    config.securityProtocol = SecurityProtocol::Ssl;
    config.tls.caFile = caFile;
    config.connectTimeout = std::chrono::milliseconds(1500);
    config.requestTimeout = std::chrono::milliseconds(1500);
    return config;
}

const StepReport* findStep(const ConnectionTestReport& r, Step step) {
    for (const auto& s : r.steps)
        if (s.step == step) return &s;
    return nullptr;
}

} // namespace

class TestClientTls : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::string m_cert, m_key, m_otherCert;
    std::unique_ptr<TlsListener> m_listener;

    ConnectionTestReport probe(const ClientConfig& config) {
        auto client = AdminClient::create(config);
        if (!client) qFatal("client: %s", client.error().toString().c_str());
        auto reports = get((*client)->testConnection());
        if (!reports) qFatal("testConnection: %s", reports.error().toString().c_str());
        return reports->front();
    }

private slots:
    void initTestCase() {
        m_cert = m_dir.filePath("server.pem").toStdString();
        m_key = m_dir.filePath("server.key").toStdString();
        m_otherCert = m_dir.filePath("other.pem").toStdString();
        QVERIFY(makeCertificate(m_cert, m_key));
        QVERIFY(makeCertificate(m_otherCert, m_dir.filePath("other.key").toStdString()));
        m_listener = std::make_unique<TlsListener>(m_cert, m_key);
    }

    void cleanupTestCase() { m_listener.reset(); }

    void trustedCertificatePassesTheTlsStep() {
        auto r = probe(tlsConfig("localhost", m_listener->port(), m_cert));
        const StepReport* tls = findStep(r, Step::Tls);
        QVERIFY(tls);
        QVERIFY2(tls->ok, tls->detail.c_str());
        QVERIFY(tls->detail.starts_with("TLSv1."));
        // The listener never answers: the next step is where it stops.
        QVERIFY(r.error);
        QCOMPARE(r.error->step, Step::ApiVersions);
        QCOMPARE(r.error->code, ErrorCode::RequestTimedOut);
    }

    void untrustedCertificateFailsTheTlsStep() {
        auto r = probe(tlsConfig("localhost", m_listener->port(), m_otherCert));
        QVERIFY(r.error);
        QCOMPARE(r.error->step, Step::Tls);
        QCOMPARE(r.error->code, ErrorCode::NetworkException);
        QVERIFY2(r.error->message.find("certificate verify failed") != std::string::npos, r.error->message.c_str());
        QVERIFY(!findStep(r, Step::Tls)->ok);
        QVERIFY(findStep(r, Step::Connect)->ok);
    }

    void hostNameMustMatchUnlessTurnedOff() {
        auto config = tlsConfig("127.0.0.1", m_listener->port(), m_cert);
        auto strict = probe(config);
        QVERIFY(strict.error);
        QCOMPARE(strict.error->step, Step::Tls);

        config.tls.verifyHostname = false;
        auto relaxed = probe(config);
        QVERIFY(findStep(relaxed, Step::Tls)->ok);
        QCOMPARE(relaxed.error->step, Step::ApiVersions);
    }

    void plaintextClientAgainstTlsListenerFailsAtApiVersions() {
        // A PLAINTEXT client talking to a TLS port: the server takes the ApiVersions
        // bytes for a broken ClientHello and hangs up.
        ClientConfig config = tlsConfig("127.0.0.1", m_listener->port(), m_cert);
        config.securityProtocol = SecurityProtocol::Plaintext;
        auto r = probe(config);
        QVERIFY(r.error);
        QCOMPARE(r.error->step, Step::ApiVersions);
    }
};

QTEST_GUILESS_MAIN(TestClientTls)
#include "test_client_tls.moc"
