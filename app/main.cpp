// samsa: the desktop app. Runs the bundled broker as the local cluster unless told to
// use another cluster with --bootstrap.
#include "app/local_cluster_host.h"
#include "app/profile_store.h"
#include "app/sample_data/sample_data_loader.h"
#include "app/secret_store.h"
#include "ui/main_window.h"
#include "ui/screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace {

using samsa::app::LocalClusterHost;

// Screenshots must show the cluster settled, not "starting".
void waitUntilSettled(LocalClusterHost& host) {
    QEventLoop loop;
    QObject::connect(&host, &LocalClusterHost::stateChanged, &loop,
                     [&](LocalClusterHost::State state) {
                         if (state == LocalClusterHost::State::Running ||
                             state == LocalClusterHost::State::Failed)
                             loop.quit();
                     });
    if (host.state() == LocalClusterHost::State::Starting) loop.exec();
}

// Screenshots show a cluster with something in it: sample data flows for a few seconds
// and the main pages are open.
void prepareScreenshots(samsa::ui::MainWindow& window, bool local) {
    using Page = samsa::ui::MainWindow::Page;
    if (local) {
        QEventLoop loop;
        window.setSampleDataRunning(true);
        QObject::connect(window.sampleData(), &samsa::app::SampleDataLoader::started, &loop,
                         &QEventLoop::quit);
        QObject::connect(window.sampleData(), &samsa::app::SampleDataLoader::error, &loop,
                         &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (!window.sampleData()->isRunning()) loop.exec();
        // A few seconds of traffic, so rates, sizes and lag are not all zero.
        QDeadlineTimer traffic(4000);
        while (!traffic.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    window.openPage(0, Page::Brokers);
    window.openPage(0, Page::Topics);
    if (local)
        window.openPage(0, Page::Topic,
                        QString::fromLatin1(samsa::app::SampleDataLoader::kOrdersTopic));
    window.openPage(0, Page::Overview);
}

struct Options {
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Save every page as DIR/<page>.png, then exit. Without --bootstrap a "
                    "temporary local cluster is used."),
        QCoreApplication::translate("main", "DIR")};
    QCommandLineOption bootstrap{
        QStringLiteral("bootstrap"),
        QCoreApplication::translate(
            "main", "Use the cluster at SERVERS (host:port,...) instead of the local cluster."),
        QCoreApplication::translate("main", "SERVERS")};
};

void setUpParser(QCommandLineParser& parser, const Options& options) {
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop app for Apache Kafka with a bundled broker."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.screenshot);
    parser.addOption(options.bootstrap);
}

void setApplicationInfo() {
    QCoreApplication::setApplicationName(QStringLiteral("samsa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMSA_VERSION));
}

// --version and --help must work without a display, so they are answered before a
// QApplication (which needs one) exists.
void answerWithoutDisplay(int argc, char** argv) {
    const QStringList flags{QStringLiteral("--version"), QStringLiteral("-v"),
                            QStringLiteral("--help"), QStringLiteral("-h"),
                            QStringLiteral("--help-all")};
    bool wanted = false;
    for (int i = 1; i < argc; ++i)
        wanted = wanted || flags.contains(QString::fromLocal8Bit(argv[i]));
    if (!wanted) return;
    QCoreApplication core(argc, argv);
    setApplicationInfo();
    QCommandLineParser parser;
    Options options;
    setUpParser(parser, options);
    parser.process(core); // prints and exits
}

} // namespace

int main(int argc, char** argv) {
    answerWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    Q_INIT_RESOURCE(samsa);
    setApplicationInfo();
    QApplication::setApplicationDisplayName(QStringLiteral("Samsa"));
    // English plural forms first, then the user's language on top of them (the last
    // translator installed is asked first).
    QTranslator english;
    QTranslator local;
    if (english.load(QStringLiteral(":/i18n/samsa_en.qm")))
        QApplication::installTranslator(&english);
    if (local.load(QLocale(), QStringLiteral("samsa"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")) &&
        local.filePath() != english.filePath())
        QApplication::installTranslator(&local);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/samsa.svg")));

    QCommandLineParser parser;
    const Options options;
    setUpParser(parser, options);
    parser.process(app);
    const QCommandLineOption& screenshot = options.screenshot;
    const QCommandLineOption& bootstrap = options.bootstrap;

    const bool screenshotMode = parser.isSet(screenshot);
    QList<samsa::ui::ClusterEntry> extraClusters;
    if (parser.isSet(bootstrap)) {
        samsa::ui::ClusterEntry entry;
        entry.profile.name = parser.value(bootstrap);
        entry.profile.bootstrapServers = parser.value(bootstrap);
        if (const QString invalid = entry.profile.validationError(); !invalid.isEmpty()) {
            std::fprintf(stderr, "samsa: --bootstrap: %s\n", qPrintable(invalid));
            return 2;
        }
        extraClusters.append(entry);
    }

    // Screenshots never touch the user's data: a throwaway cluster on a free port and
    // no settings database (so no remembered geometry either).
    QTemporaryDir scratch;
    bool firstRun = false;
    std::unique_ptr<LocalClusterHost> localCluster;
    if (extraClusters.isEmpty()) {
        if (screenshotMode && !scratch.isValid()) {
            std::fprintf(stderr, "samsa: cannot create a temporary directory: %s\n",
                         qPrintable(scratch.errorString()));
            return 1;
        }
        localCluster =
            screenshotMode
                ? std::make_unique<LocalClusterHost>(scratch.path(), 0)
                : std::make_unique<LocalClusterHost>(LocalClusterHost::defaultDataDirectory());
        // No data directory yet: this is the first run, and sample data is offered.
        firstRun = !screenshotMode && !QDir(localCluster->dataDirectory()).exists();
        localCluster->start();
    }
    std::unique_ptr<samsa::app::ProfileStore> store;
    QString storeError;
    if (!screenshotMode) {
        store = std::make_unique<samsa::app::ProfileStore>(
            samsa::app::ProfileStore::defaultDatabasePath());
        if (!store->open()) {
            storeError = store->errorString();
            store.reset();
        }
    }

    samsa::app::KeychainSecretStore secrets;
    samsa::ui::MainWindow window(localCluster.get(), store.get(), extraClusters,
                                 screenshotMode ? nullptr : &secrets);
    if (screenshotMode) {
        if (localCluster) waitUntilSettled(*localCluster);
        window.show();
        prepareScreenshots(window, localCluster != nullptr);
        QString error;
        const QStringList files =
            samsa::ui::saveScreenshots(window, parser.value(screenshot), &error);
        for (const QString& file : files)
            std::printf("%s\n", qPrintable(file));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "samsa: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    window.show();
    if (firstRun) {
        // Offered once the broker runs, so accepting can start the traffic at once.
        QObject::connect(localCluster.get(), &LocalClusterHost::stateChanged, &window,
                         [&window, offered = false](LocalClusterHost::State state) mutable {
                             if (state != LocalClusterHost::State::Running || offered) return;
                             offered = true;
                             window.offerSampleData();
                         });
    }
    if (!storeError.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, storeError] {
            QMessageBox::warning(
                &window, QApplication::translate("main", "Settings not available"),
                QApplication::translate("main", "Saved clusters and window layout cannot be used "
                                                "in this session.\n\n%1")
                    .arg(storeError));
        });
    }
    return app.exec();
}
