// Connection handling: bootstrap parsing, step-by-step diagnostics, timeouts against
// servers that never answer, refused connections, reconnecting after the broker closed
// an idle connection.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

#include "client_test_support.h"

using namespace samsa;
using namespace samsa::client;
using client_test::get;

namespace {

// A TCP listener on 127.0.0.1 that nobody ever accepts from. The kernel completes the
// handshakes of the first `backlog` + 1 connections, so a client connects and then
// waits forever for an answer.
class SilentListener {
public:
    explicit SilentListener(int backlog) {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
        ::listen(m_fd, backlog);
        socklen_t len = sizeof addr;
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&addr), &len);
        m_port = ntohs(addr.sin_port);
    }
    ~SilentListener() { ::close(m_fd); }
    uint16_t port() const { return m_port; }

private:
    int m_fd = -1;
    uint16_t m_port = 0;
};

// A port on 127.0.0.1 with no listener: connections are refused.
uint16_t closedPort() {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    ::close(fd);
    return ntohs(addr.sin_port);
}

ClientConfig quickConfig(const std::string& host, uint16_t port) {
    ClientConfig config;
    config.bootstrapServers = {{host, port}};
    config.connectTimeout = std::chrono::milliseconds(700);
    config.requestTimeout = std::chrono::milliseconds(700);
    config.defaultApiTimeout = std::chrono::seconds(3);
    config.retryBackoff = std::chrono::milliseconds(50);
    return config;
}

const StepReport* lastStep(const ConnectionTestReport& r) { return r.steps.empty() ? nullptr : &r.steps.back(); }

} // namespace

class TestClientConnection : public QObject {
    Q_OBJECT
private slots:
    void parsesBootstrapServers() {
        auto ok = parseBootstrapServers(" a.example:9092, [::1]:9093 ,10.0.0.1:1");
        REQUIRE_OK(ok);
        QCOMPARE(ok->size(), size_t(3));
        QCOMPARE((*ok)[0], (HostPort{"a.example", 9092}));
        QCOMPARE((*ok)[1], (HostPort{"::1", 9093}));
        QCOMPARE((*ok)[1].toString(), std::string("[::1]:9093"));
        QCOMPARE((*ok)[2].port, uint16_t(1));
        for (const char* bad : {"", "host", "host:", ":9092", "host:0", "host:65536", "host:12x", "[::1:9092"}) {
            auto r = parseBootstrapServers(bad);
            QVERIFY2(!r, bad);
            QCOMPARE(r.error().code, ErrorCode::InvalidRequest);
        }
    }

    void reportsEveryStepOfAGoodConnection() {
        QTemporaryDir dir;
        auto broker = client_test::startBroker(dir.path());
        auto client = AdminClient::create(client_test::clientConfig(broker->port()));
        REQUIRE_OK(client);
        auto reports = get((*client)->testConnection());
        REQUIRE_OK(reports);
        QCOMPARE(reports->size(), size_t(1));
        const auto& r = reports->front();
        QVERIFY2(!r.error, r.error ? r.error->toString().c_str() : "");
        QCOMPARE(r.nodeId, broker->config().nodeId());
        std::vector<Step> steps;
        for (const auto& s : r.steps) {
            QVERIFY2(s.ok, s.detail.c_str());
            steps.push_back(s.step);
        }
        QCOMPARE(steps, (std::vector<Step>{Step::Resolve, Step::Connect, Step::ApiVersions, Step::Request}));
        QVERIFY(r.apiVersions.contains(3)); // Metadata
        QVERIFY(r.apiVersions.contains(18));
    }

    void silentServerTimesOutAtApiVersions() {
        SilentListener silent(16);
        auto client = AdminClient::create(quickConfig("127.0.0.1", silent.port()));
        REQUIRE_OK(client);
        QElapsedTimer timer;
        timer.start();
        auto reports = get((*client)->testConnection());
        REQUIRE_OK(reports);
        const auto& r = reports->front();
        QVERIFY(r.error);
        QCOMPARE(r.error->code, ErrorCode::RequestTimedOut);
        QCOMPARE(r.error->step, Step::ApiVersions);
        QVERIFY(lastStep(r));
        QCOMPARE(lastStep(r)->step, Step::ApiVersions);
        QVERIFY(!lastStep(r)->ok);
        QCOMPARE(r.steps[1].step, Step::Connect);
        QVERIFY(r.steps[1].ok);
        QVERIFY(timer.elapsed() < 5000);

        // An operation gives up within its own timeout, with the same diagnosis.
        timer.restart();
        auto d = get((*client)->describeCluster(CallOptions{std::chrono::milliseconds(2000)}));
        QVERIFY(!d);
        QCOMPARE(d.error().code, ErrorCode::RequestTimedOut);
        QCOMPARE(d.error().step, Step::ApiVersions);
        QVERIFY(timer.elapsed() < 5000);
    }

    void fullBacklogTimesOutAtConnect() {
        // With the accept queue full, the kernel drops further SYNs: connect() hangs.
        SilentListener silent(0);
        std::vector<int> fillers;
        bool hangs = false;
        for (int i = 0; i < 8 && !hangs; ++i) {
            int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            sockaddr_in addr{};
            addr.sin_family = AF_INET;
            addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            addr.sin_port = htons(silent.port());
            ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
            fillers.push_back(fd);
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            int err = 0;
            socklen_t len = sizeof err;
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
            fd_set w;
            FD_ZERO(&w);
            FD_SET(fd, &w);
            timeval tv{0, 0};
            hangs = ::select(fd + 1, nullptr, &w, nullptr, &tv) == 0;
        }
        if (!hangs) {
            for (int fd : fillers) ::close(fd);
            QSKIP("this kernel completes connections beyond the backlog");
        }
        auto client = AdminClient::create(quickConfig("127.0.0.1", silent.port()));
        REQUIRE_OK(client);
        auto reports = get((*client)->testConnection());
        for (int fd : fillers) ::close(fd);
        REQUIRE_OK(reports);
        const auto& r = reports->front();
        QVERIFY(r.error);
        QCOMPARE(r.error->code, ErrorCode::RequestTimedOut);
        QCOMPARE(r.error->step, Step::Connect);
        QCOMPARE(lastStep(r)->step, Step::Connect);
    }

    void refusedConnectionIsAConnectFailure() {
        auto client = AdminClient::create(quickConfig("127.0.0.1", closedPort()));
        REQUIRE_OK(client);
        auto reports = get((*client)->testConnection());
        REQUIRE_OK(reports);
        const auto& r = reports->front();
        QVERIFY(r.error);
        QCOMPARE(r.error->code, ErrorCode::NetworkException);
        QCOMPARE(r.error->step, Step::Connect);
        QCOMPARE(r.steps.front().step, Step::Resolve);
        QVERIFY(r.steps.front().ok);

        // Retried (a broker may be restarting), then reported, within the timeout.
        auto d = get((*client)->describeCluster(CallOptions{std::chrono::milliseconds(1500)}));
        QVERIFY(!d);
        QCOMPARE(d.error().code, ErrorCode::NetworkException);
        QCOMPARE(d.error().step, Step::Connect);
    }

    void unknownHostIsAResolveFailure() {
        auto client = AdminClient::create(quickConfig("no-such-host.invalid", 9092));
        REQUIRE_OK(client);
        auto reports = get((*client)->testConnection());
        REQUIRE_OK(reports);
        QVERIFY(reports->front().error);
        QCOMPARE(reports->front().error->step, Step::Resolve);
        QCOMPARE(reports->front().steps.size(), size_t(1));
    }

    void reconnectsAfterTheBrokerClosedAnIdleConnection() {
        QTemporaryDir dir;
        auto broker = client_test::startBroker(dir.path(), {{"connections.max.idle.ms", "300"}});
        auto client = AdminClient::create(client_test::clientConfig(broker->port()));
        REQUIRE_OK(client);
        auto first = get((*client)->describeCluster());
        REQUIRE_OK(first);
        std::this_thread::sleep_for(std::chrono::milliseconds(1200));
        auto second = get((*client)->describeCluster());
        REQUIRE_OK(second);
        QCOMPARE(second->clusterId, first->clusterId);
    }

    void callsOutstandingAtDestructionEnd() {
        SilentListener silent(16);
        auto config = quickConfig("127.0.0.1", silent.port());
        config.connectTimeout = std::chrono::seconds(30);
        config.requestTimeout = std::chrono::seconds(30);
        auto client = AdminClient::create(config);
        REQUIRE_OK(client);
        auto pending = (*client)->describeCluster(CallOptions{std::chrono::seconds(30)});
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        client->reset();
        QCOMPARE(pending.wait_for(std::chrono::seconds(5)), std::future_status::ready);
        auto r = pending.get();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NetworkException);
    }

    void unusableSettingsAreRefused() {
        ClientConfig none;
        auto r = AdminClient::create(none);
        QVERIFY(!r);
        ClientConfig tls = quickConfig("127.0.0.1", 9093);
        tls.securityProtocol = SecurityProtocol::Ssl;
        tls.tls.caFile = "/nonexistent/ca.pem";
        auto t = AdminClient::create(tls);
        QVERIFY(!t);
        QCOMPARE(t.error().step, Step::Tls);
    }
};

QTEST_GUILESS_MAIN(TestClientConnection)
#include "test_client_connection.moc"
