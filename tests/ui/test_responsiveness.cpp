// The GUI thread must never wait on the network: a cluster that accepts connections and
// then says nothing (a firewall that drops packets, a hung broker) must leave the window
// painting and answering while the request runs into its timeout, and the failure must
// then be shown on the page.
#include "app/cluster_service.h"
#include "ui/common/inline_message.h"
#include "ui/overview/brokers_page.h"
#include "ui/overview/overview_page.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace std::chrono_literals;
using samsa::ui::InlineMessage;

namespace {

constexpr auto kConnectTimeout = 2s;
constexpr auto kRequestTimeout = 3s;
constexpr auto kApiTimeout = 4s;
// Beyond the API timeout, for the answer to travel back and be shown.
constexpr int kMarginMs = 6000;
// A 20 ms timer that fires less often than once a second can only mean a GUI thread
// stuck in a call for that long; scheduling noise is milliseconds.
constexpr qint64 kMaxGapMs = 1000;

// Accepts every connection and never writes a byte.
class Blackhole : public QTcpServer {
public:
    Blackhole() {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection())
                m_held.push_back(socket);
        });
        listen(QHostAddress::LocalHost, 0);
    }
    int connections() const { return int(m_held.size()); }

private:
    std::vector<QTcpSocket*> m_held; // children of the server
};

// Counts paint events; repainted on every tick, like an animation would be.
class PaintCounter : public QWidget {
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent*) override { ++paints; }
};

// Ticks every 20 ms and remembers the longest wait between two ticks.
class Heartbeat : public QObject {
public:
    explicit Heartbeat(QWidget* canvas) : m_canvas(canvas) {
        m_timer.setInterval(20);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            maxGapMs = std::max(maxGapMs, now - m_last);
            m_last = now;
            ++ticks;
            m_canvas->update();
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 maxGapMs = 0;
    int ticks = 0;

private:
    QWidget* m_canvas;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
};

std::unique_ptr<samsa::app::ClusterService> serviceFor(quint16 port) {
    samsa::app::ClusterProfile profile;
    profile.name = QStringLiteral("unresponsive");
    profile.bootstrapServers = QStringLiteral("127.0.0.1:%1").arg(port);
    auto config = samsa::app::clientConfigFor(profile);
    config.connectTimeout = kConnectTimeout;
    config.requestTimeout = kRequestTimeout;
    config.defaultApiTimeout = kApiTimeout;
    return std::make_unique<samsa::app::ClusterService>(config, profile.name);
}

samsa::ui::ClusterEntry remoteEntry(quint16 port) {
    samsa::ui::ClusterEntry entry;
    entry.profile.name = QStringLiteral("unresponsive");
    entry.profile.bootstrapServers = QStringLiteral("127.0.0.1:%1").arg(port);
    return entry;
}

quint16 closedPort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there any more: connecting is refused
    return port;
}

} // namespace

class TestResponsiveness : public QObject {
    Q_OBJECT
private slots:
    void overviewStaysLiveWhileClusterHangs();
    void brokersPageStaysLiveWhileClusterHangs();
    void refusedConnectionIsReported();

private:
    // Shows `page` next to a repainting canvas, waits for its error, and checks the GUI
    // thread kept running all along. Returns the message text.
    QString watch(QWidget* page, const char* messageName, int limitMs);
};

QString TestResponsiveness::watch(QWidget* page, const char* messageName, int limitMs) {
    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    auto* canvas = new PaintCounter;
    canvas->setMinimumSize(50, 50);
    layout->addWidget(canvas);
    page->setParent(&window);
    layout->addWidget(page, 1);
    window.resize(1000, 700);

    QElapsedTimer clock;
    clock.start();
    Heartbeat heartbeat(canvas);
    window.show();
    auto* message = page->findChild<InlineMessage*>(QString::fromLatin1(messageName));
    if (!message) {
        page->setParent(nullptr);
        qWarning("no %s", messageName);
        return {};
    }
    // QTRY fails the test only from the test function, so poll by hand here.
    while (!(message->isVisible() && message->kind() == InlineMessage::Kind::Error) &&
           clock.elapsed() < limitMs)
        QTest::qWait(10);
    const qint64 elapsed = clock.elapsed();
    const QString text = message->text();
    if (const QByteArray dir = qgetenv("SAMSA_TEST_SCREENSHOTS"); !dir.isEmpty())
        page->grab().save(QStringLiteral("%1/%2-unreachable.png")
                              .arg(QString::fromLocal8Bit(dir), page->objectName()));
    page->setParent(nullptr); // the caller owns it
    qInfo("reported after %lld ms: %s", elapsed, qPrintable(text));
    qInfo("ticks %d, longest gap %lld ms, paints %d", heartbeat.ticks, heartbeat.maxGapMs,
          canvas->paints);
    if (elapsed >= limitMs) {
        qWarning("no error within %d ms", limitMs);
        return {};
    }
    [&] {
        QVERIFY2(
            heartbeat.maxGapMs < kMaxGapMs,
            qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(heartbeat.maxGapMs)));
        // At least a few paints per second of waiting: the window kept being drawn.
        QVERIFY2(canvas->paints >= 2 * std::max<qint64>(1, elapsed / 1000),
                 qPrintable(QStringLiteral("%1 paints in %2 ms").arg(canvas->paints).arg(elapsed)));
    }();
    return text;
}

void TestResponsiveness::overviewStaysLiveWhileClusterHangs() {
    Blackhole blackhole;
    QVERIFY(blackhole.isListening());
    auto service = serviceFor(blackhole.serverPort());
    auto page = std::make_unique<samsa::ui::ClusterOverviewPage>(
        remoteEntry(blackhole.serverPort()), nullptr, service.get());
    QVERIFY(page->isLoading());
    const int limit = int(std::chrono::milliseconds(kApiTimeout).count()) + kMarginMs;
    const QString text = watch(page.get(), "overviewMessage", limit);
    if (QTest::currentTestFailed()) return;
    QVERIFY2(!text.isEmpty(), "the hang was not reported in time");
    QVERIFY(blackhole.connections() > 0); // it really went through the network
    QVERIFY2(text.contains(QLatin1String("timed out"), Qt::CaseInsensitive) ||
                 text.contains(QLatin1String("did not answer"), Qt::CaseInsensitive),
             qPrintable(text));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), limit);
}

void TestResponsiveness::brokersPageStaysLiveWhileClusterHangs() {
    Blackhole blackhole;
    QVERIFY(blackhole.isListening());
    auto service = serviceFor(blackhole.serverPort());
    auto page = std::make_unique<samsa::ui::BrokersPage>(service.get());
    QVERIFY(page->isLoading());
    const int limit = int(std::chrono::milliseconds(kApiTimeout).count()) + kMarginMs;
    const QString text = watch(page.get(), "brokersMessage", limit);
    if (QTest::currentTestFailed()) return;
    QVERIFY2(!text.isEmpty(), "the hang was not reported in time");
    QVERIFY(blackhole.connections() > 0);
}

void TestResponsiveness::refusedConnectionIsReported() {
    const quint16 port = closedPort();
    auto service = serviceFor(port);
    auto page =
        std::make_unique<samsa::ui::ClusterOverviewPage>(remoteEntry(port), nullptr, service.get());
    const int limit = int(std::chrono::milliseconds(kApiTimeout).count()) + kMarginMs;
    const QString text = watch(page.get(), "overviewMessage", limit);
    if (QTest::currentTestFailed()) return;
    QVERIFY2(!text.isEmpty(), "the refusal was not reported in time");
    QVERIFY2(text.contains(QLatin1String("Cannot connect")), qPrintable(text));
}

QTEST_MAIN(TestResponsiveness)
#include "test_responsiveness.moc"
