// The main window's menus and keys, and the dialogs of its Edit and Help menus, with the
// bundled broker behind the pages.
#include "app/local_cluster_host.h"
#include "app/profile_store.h"
#include "support/widget_test.h"
#include "ui/main_window.h"
#include "ui/shell/about_dialog.h"
#include "ui/shell/settings_dialog.h"
#include "ui/shell/shortcuts_dialog.h"
#include "ui/shell/theme_manager.h"
#include "ui/topic_detail/topic_detail_page.h"
#include "ui/topics/topics_page.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <memory>

using samsa::app::LocalClusterHost;
using samsa::ui::MainWindow;
using samsa::ui::testing::kTimeoutMs;

namespace {

// Qt reports two bindings of one key only as a warning, and then runs neither.
QStringList g_ambiguous;
QtMessageHandler g_previousHandler = nullptr;
void watchForAmbiguity(QtMsgType type, const QMessageLogContext& context, const QString& text) {
    if (text.contains(QStringLiteral("Ambiguous shortcut"))) g_ambiguous << text;
    g_previousHandler(type, context, text);
}

QAction* action(const MainWindow& window, const char* name) {
    return window.findChild<QAction*>(QString::fromLatin1(name));
}

// The dialog the window opened (without blocking) for an action; null if none shows up.
template <typename Dialog> Dialog* openDialog(MainWindow& window) {
    Dialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (dialog = window.findChild<Dialog*>()) && dialog->isVisible(); }, kTimeoutMs);
    return shown ? dialog : nullptr;
}

} // namespace

class TestShellWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(watchForAmbiguity); }
    void init();
    void cleanup();
    void standardMenusAndKeys();
    void keysReachTheirTargets();
    void settingsApplyAndPersist();
    void helpDialogs();
    void columnLayoutSurvivesReopening();

private:
    void openTopics(MainWindow& window);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalClusterHost> m_host;
    std::unique_ptr<samsa::app::ProfileStore> m_store;
};

void TestShellWindow::init() {
    g_ambiguous.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store =
        std::make_unique<samsa::app::ProfileStore>(m_dir->filePath(QStringLiteral("s.sqlite")));
    QVERIFY(m_store->open());
    m_host = std::make_unique<LocalClusterHost>(m_dir->filePath(QStringLiteral("local")), 0);
    m_host->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_host->state(), LocalClusterHost::State::Running, kTimeoutMs);
}

void TestShellWindow::cleanup() {
    QVERIFY2(g_ambiguous.isEmpty(), qPrintable(g_ambiguous.join(QLatin1Char('\n'))));
    m_host.reset();
    m_store.reset();
    m_dir.reset();
}

void TestShellWindow::openTopics(MainWindow& window) {
    window.openPage(0, MainWindow::Page::Topics);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<samsa::ui::TopicsPage*>(window.pages()->currentWidget()),
                             kTimeoutMs);
}

void TestShellWindow::standardMenusAndKeys() {
    MainWindow window(m_host.get(), m_store.get());
    QStringList titles;
    for (QAction* menu : window.menuBar()->actions())
        titles << menu->text();
    QCOMPARE(titles,
             (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                          QStringLiteral("&Cluster"), QStringLiteral("&Help")}));
    const QList<std::pair<const char*, QKeySequence>> keys{
        {"actionNewTopic", QKeySequence(Qt::CTRL | Qt::Key_N)},
        {"actionRefresh", QKeySequence(Qt::Key_F5)},
        {"actionFind", QKeySequence(Qt::CTRL | Qt::Key_F)},
        {"actionProduce", QKeySequence(Qt::CTRL | Qt::Key_P)},
        {"actionFocusNavigator", QKeySequence(Qt::CTRL | Qt::Key_1)},
        {"actionKeyboardShortcuts", QKeySequence(Qt::Key_F1)},
    };
    for (const auto& [name, key] : keys) {
        QAction* a = action(window, name);
        QVERIFY2(a, name);
        QCOMPARE(a->shortcut(), key);
    }
    QCOMPARE(action(window, "actionProduce")->parent(), window.menuBar()->actions().at(3)->menu());

    // No key is bound twice: Qt would run neither binding.
    QList<QKeySequence> seen;
    for (QAction* a : window.findChildren<QAction*>()) {
        for (const QKeySequence& key : a->shortcuts()) {
            QVERIFY2(!seen.contains(key), qPrintable(key.toString()));
            seen << key;
        }
    }
    QCOMPARE(window.windowShortcuts().size(), seen.size());
}

void TestShellWindow::keysReachTheirTargets() {
    MainWindow window(m_host.get(), m_store.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(window.navigator()->hasFocus());

    // The topics page binds Ctrl+F itself; the window runs the page's binding.
    openTopics(window);
    auto* topics = qobject_cast<samsa::ui::TopicsPage*>(window.pages()->currentWidget());
    topics->tableView()->setFocus();
    QTest::keyClick(topics->tableView(), Qt::Key_F, Qt::ControlModifier);
    auto* filter = topics->findChild<QLineEdit*>(QStringLiteral("topicFilter"));
    QTRY_VERIFY(filter->hasFocus());

    // F5 on a topic's page: the page's own Refresh button had it.
    window.openPage(0, MainWindow::Page::Topic, QStringLiteral("__consumer_offsets"));
    QTRY_VERIFY_WITH_TIMEOUT(
        qobject_cast<samsa::ui::TopicDetailPage*>(window.pages()->currentWidget()), kTimeoutMs);
    auto* refresh =
        window.pages()->currentWidget()->findChild<QPushButton*>(QStringLiteral("refreshTopic"));
    QSignalSpy clicked(refresh, &QPushButton::clicked);
    QTest::keyClick(window.pages()->currentWidget(), Qt::Key_F5);
    QTRY_COMPARE(clicked.count(), 1);

    // Ctrl+W closes the current page, Ctrl+PgUp goes to the one before.
    const int open = window.pages()->count();
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(window.pages()->count(), open - 1);
    window.pages()->setCurrentIndex(1);
    QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(window.pages()->currentIndex(), 0);
}

void TestShellWindow::settingsApplyAndPersist() {
    samsa::ui::ThemeManager themes;
    themes.setTheme(samsa::ui::AppSettings::Theme::Light);
    MainWindow window(m_host.get(), m_store.get());
    window.setThemeManager(&themes);
    window.show();
    window.settingsAction()->trigger();
    auto* dialog = openDialog<samsa::ui::SettingsDialog>(window);
    QVERIFY(dialog);
    dialog->themeBox()->setCurrentIndex(
        dialog->themeBox()->findData(int(samsa::ui::AppSettings::Theme::Dark)));
    dialog->refreshBox()->setValue(30);
    dialog->accept();

    QVERIFY(themes.isDark());
    QCOMPARE(window.settings().refreshSeconds, 30);
    QCOMPARE(samsa::ui::AppSettings::load(m_store.get()).theme,
             samsa::ui::AppSettings::Theme::Dark);
    // The open overview re-reads at the new pace, and says so.
    auto* overviewRefresh =
        window.pages()->widget(0)->findChild<QPushButton*>(QStringLiteral("overviewRefresh"));
    QVERIFY(overviewRefresh);
    QVERIFY2(overviewRefresh->toolTip().contains(QStringLiteral("every 30 second")),
             qPrintable(overviewRefresh->toolTip()));
    themes.setTheme(samsa::ui::AppSettings::Theme::Light);
}

void TestShellWindow::helpDialogs() {
    MainWindow window(m_host.get(), m_store.get());
    window.show();
    window.shortcutsAction()->trigger();
    auto* shortcuts = openDialog<samsa::ui::ShortcutsDialog>(window);
    QVERIFY(shortcuts);
    const auto rows = shortcuts->list()->findItems(QStringLiteral("New topic"),
                                                   Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first()->text(1),
             QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText));
    QVERIFY(!shortcuts->list()
                 ->findItems(QStringLiteral("Find"), Qt::MatchExactly | Qt::MatchRecursive)
                 .isEmpty());
    shortcuts->close();

    window.aboutAction()->trigger();
    QVERIFY(openDialog<samsa::ui::AboutDialog>(window));
}

void TestShellWindow::columnLayoutSurvivesReopening() {
    int chosen = 0;
    {
        MainWindow window(m_host.get(), m_store.get());
        window.show();
        openTopics(window);
        auto* topics = qobject_cast<samsa::ui::TopicsPage*>(window.pages()->currentWidget());
        QHeaderView* header = topics->tableView()->header();
        chosen = header->sectionSize(0) + 57;
        // Pressed and let go in the middle of a section, away from its edges (which
        // would start a drag of their own).
        auto middleOfSecond = [header] {
            return QPoint(header->sectionViewportPosition(1) + header->sectionSize(1) / 2,
                          header->height() / 2);
        };
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, middleOfSecond());
        header->resizeSection(0, chosen);
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, middleOfSecond());
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_store->uiState(QStringLiteral("table/TopicsPage/topicTable")).isEmpty(), kTimeoutMs);
    }
    MainWindow window(m_host.get(), m_store.get());
    window.show();
    openTopics(window);
    auto* topics = qobject_cast<samsa::ui::TopicsPage*>(window.pages()->currentWidget());
    QTRY_COMPARE_WITH_TIMEOUT(topics->tableView()->columnWidth(0), chosen, kTimeoutMs);
}

QTEST_MAIN(TestShellWindow)
#include "test_shell_window.moc"
