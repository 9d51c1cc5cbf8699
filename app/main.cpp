// samsa: the desktop app. Runs the bundled broker as the local cluster unless told to
// use another cluster with --bootstrap.
#include "app/local_cluster_host.h"
#include "app/profile_store.h"
#include "app/sample_data/sample_data_loader.h"
#include "app/secret_store.h"
#include "ui/groups/group_detail_page.h"
#include "ui/groups/group_screenshots.h"
#include "ui/groups/group_tools.h"
#include "ui/cluster_services.h"
#include "ui/main_window.h"
#include "ui/navigator_model.h"
#include "ui/produce/produce_screenshot.h"
#include "ui/screenshots.h"
#include "ui/shell/app_settings.h"
#include "ui/shell/language_setup.h"
#include "ui/shell/single_instance.h"
#include "ui/shell/theme_manager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
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

// The groups pages: the sample group's lag over an hour (made-up history up to the
// live samples) and the rebalance timeline of a short lab session.
void prepareGroupScreenshots(samsa::ui::MainWindow& window) {
    using Page = samsa::ui::MainWindow::Page;
    samsa::ui::GroupTools* tools = window.groupTools(0);
    if (!tools) return;
    const QString sampleGroup = QString::fromLatin1(samsa::app::SampleDataLoader::kConsumerGroup);
    const QString labGroup = QStringLiteral("lab-demo");
    const bool lab = samsa::ui::runLabSession(*tools, labGroup, QStringLiteral("lab-orders"), 120000);
    if (!lab) std::fprintf(stderr, "samsa: the rebalance lab session did not settle\n");
    samsa::ui::writeSampleLagHistory(*tools, sampleGroup,
                                     QString::fromLatin1(samsa::app::SampleDataLoader::kOrdersTopic), 6);
    window.openPage(0, Page::Groups);
    window.openPage(0, Page::Group, sampleGroup);
    if (auto* page = qobject_cast<samsa::ui::GroupDetailPage*>(
            window.findPage(0, QStringLiteral("group:") + sampleGroup)))
        page->setScreenshotViews({QStringLiteral("group"), QStringLiteral("group-lag")});
    window.openPage(0, Page::Group, labGroup);
    if (auto* page = qobject_cast<samsa::ui::GroupDetailPage*>(
            window.findPage(0, QStringLiteral("group:") + labGroup)))
        page->setScreenshotViews({QStringLiteral("rebalance-timeline")});
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
    if (local) {
        const QString orders = QString::fromLatin1(samsa::app::SampleDataLoader::kOrdersTopic);
        window.openPage(0, Page::Topic, orders);
        // The message browser on the orders, one selected and shown as JSON below.
        window.openPage(0, Page::Messages, orders);
    }
    if (local) prepareGroupScreenshots(window);
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
    QCommandLineOption language{
        QStringLiteral("language"),
        QCoreApplication::translate(
            "main", "Show Samsa in LANGUAGE (such as zh_CN or de) instead of the language "
                    "chosen in the settings or the system's."),
        QCoreApplication::translate("main", "LANGUAGE")};
    QCommandLineOption theme{
        QStringLiteral("theme"),
        QCoreApplication::translate(
            "main", "Use the light, dark or system theme instead of the one chosen in the "
                    "settings. Screenshots taken with the dark theme are named <page>-dark.png."),
        QCoreApplication::translate("main", "THEME")};
};

void setUpParser(QCommandLineParser& parser, const Options& options) {
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop app for Apache Kafka with a bundled broker."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.screenshot);
    parser.addOption(options.bootstrap);
    parser.addOption(options.language);
    parser.addOption(options.theme);
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
    // Wayland matches windows to the installed desktop file (icon, name) by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.samsa.Samsa"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/samsa.svg")));

    QCommandLineParser parser;
    const Options options;
    setUpParser(parser, options);
    parser.process(app);
    const QCommandLineOption& screenshot = options.screenshot;
    const QCommandLineOption& bootstrap = options.bootstrap;

    const bool screenshotMode = parser.isSet(screenshot);
    samsa::ui::AppSettings::Theme themeOption = samsa::ui::AppSettings::Theme::System;
    if (parser.isSet(options.theme) &&
        !samsa::ui::AppSettings::parseTheme(parser.value(options.theme), &themeOption)) {
        std::fprintf(stderr, "samsa: --theme: expected light, dark or system\n");
        return 2;
    }
    // A second launch brings the running Samsa forward instead of starting another
    // local cluster on the same data. Screenshots (a throwaway cluster) and --bootstrap
    // sessions (no local cluster) may run alongside.
    samsa::ui::SingleInstance instance;
    if (!screenshotMode && !parser.isSet(bootstrap)) {
        if (instance.askRunningInstance(qgetenv("XDG_ACTIVATION_TOKEN"))) return 0;
        if (!instance.listen())
            std::fprintf(stderr, "samsa: cannot watch for other launches: %s\n",
                         qPrintable(instance.errorString()));
    }
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

    // The language is settled before the first window: widgets translate when made.
    const samsa::ui::AppSettings settings = samsa::ui::AppSettings::load(store.get());
    samsa::ui::installUiLanguage(parser.isSet(options.language) ? parser.value(options.language)
                                                                : settings.language);
    samsa::ui::ThemeManager themes;
    // Pictures look the same on every machine: light unless asked for another.
    if (!parser.isSet(options.theme))
        themeOption = screenshotMode ? samsa::ui::AppSettings::Theme::Light : settings.theme;
    themes.setTheme(themeOption);

    samsa::app::KeychainSecretStore secrets;
    samsa::ui::MainWindow window(localCluster.get(), store.get(), extraClusters,
                                 screenshotMode ? nullptr : &secrets);
    window.setThemeManager(&themes);
    QObject::connect(&instance, &samsa::ui::SingleInstance::activationRequested, &window,
                     [&window](const QByteArray& token) {
                         // Wayland compositors only focus a window shown with the token
                         // the launcher gave the second launch.
                         if (!token.isEmpty()) qputenv("XDG_ACTIVATION_TOKEN", token);
                         window.setWindowState((window.windowState() & ~Qt::WindowMinimized) |
                                               Qt::WindowActive);
                         window.show();
                         window.raise();
                         window.activateWindow();
                     });
    // Screenshots keep the group history in the throwaway folder too.
    if (screenshotMode && scratch.isValid())
        window.setHistoryPath(scratch.filePath(QStringLiteral("history.sqlite")));
    if (screenshotMode) {
        if (localCluster) waitUntilSettled(*localCluster);
        window.show();
        prepareScreenshots(window, localCluster != nullptr);
        QString error;
        // Dark pictures sit next to the light ones in the same folder.
        const QString suffix = themes.isDark() ? QStringLiteral("-dark") : QString();
        QStringList files =
            samsa::ui::saveScreenshots(window, parser.value(screenshot), &error, suffix);
        if (error.isEmpty() && localCluster) {
            // The produce dialog, filled with an order for the sample `orders` topic.
            const QString file = QDir(parser.value(screenshot))
                                     .filePath(QStringLiteral("produce%1.png").arg(suffix));
            samsa::app::ClusterService* service =
                window.services()->existing(window.navigatorModel()->clusters().value(0));
            if (service && samsa::ui::saveProduceScreenshot(service, &window, file, 30000, &error))
                files.append(file);
        }
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
