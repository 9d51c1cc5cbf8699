// The pieces that fit Samsa into the desktop: About, Settings, Keyboard shortcuts, the
// themes, one instance per user, and the window's ownership of its keys.
#include "app/profile_store.h"
#include "support/widget_test.h"
#include "ui/shell/about_dialog.h"
#include "ui/shell/app_settings.h"
#include "ui/shell/page_shortcuts.h"
#include "ui/shell/settings_dialog.h"
#include "ui/shell/shortcuts_dialog.h"
#include "ui/shell/single_instance.h"
#include "ui/shell/theme_manager.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QProxyStyle>
#include <QPushButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <cmath>

using samsa::ui::AppSettings;
using samsa::ui::testing::kTimeoutMs;

namespace {

// WCAG's contrast ratio of two colours, 1 to 21.
double contrast(const QColor& a, const QColor& b) {
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QTreeWidgetItem* findRow(QTreeWidget* tree, const QString& text) {
    const auto items = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return items.value(0);
}

} // namespace

class TestShell : public QObject {
    Q_OBJECT
private slots:
    void aboutNamesVersionLicenseAndLibraries();
    void settingsAreStored();
    void settingsDialogReturnsTheChoices();
    void bothPalettesAreReadable();
    void themeManagerSwitchesPalettes();
    void secondLaunchAsksTheFirst();
    void staleSocketIsTakenOver();
    void windowTakesOverPageKeys();
    void shortcutsDialogListsTheActions();
};

void TestShell::aboutNamesVersionLicenseAndLibraries() {
    samsa::ui::AboutDialog about;
    QVERIFY(about.findChild<QLabel*>(QStringLiteral("aboutVersion"))
                ->text()
                .contains(QStringLiteral(SAMSA_VERSION)));
    QVERIFY(about.findChild<QLabel*>(QStringLiteral("aboutLicense"))
                ->text()
                .contains(QStringLiteral("Apache License 2.0")));
    QTreeWidget* libraries = about.libraries();
    for (const char* name :
         {"Qt", "OpenSSL", "librdkafka", "zlib", "Zstandard", "LZ4", "Snappy", "SQLite"}) {
        QTreeWidgetItem* row = findRow(libraries, QString::fromLatin1(name));
        QVERIFY2(row, name);
        QVERIFY2(row->text(1).contains(QRegularExpression(QStringLiteral("^\\d+\\.\\d+"))), name);
        QVERIFY2(!row->text(2).isEmpty(), name);
    }
    QCOMPARE(findRow(libraries, QStringLiteral("Qt"))->text(1), QString::fromLatin1(qVersion()));
    const QString report = about.versionReport();
    QVERIFY(report.startsWith(QStringLiteral("Samsa " SAMSA_VERSION)));
    QVERIFY(report.contains(QStringLiteral("librdkafka ")));
    samsa::ui::testing::saveScreenshot(&about, QStringLiteral("about.png"));
}

void TestShell::settingsAreStored() {
    QTemporaryDir dir;
    samsa::app::ProfileStore store(dir.filePath(QStringLiteral("samsa.sqlite")));
    QVERIFY(store.open());
    QCOMPARE(AppSettings::load(&store), AppSettings());
    QCOMPARE(AppSettings::load(nullptr), AppSettings());

    // The system's language is stored too (as an empty value).
    AppSettings followSystem;
    followSystem.theme = AppSettings::Theme::Light;
    QVERIFY(followSystem.save(&store));
    QCOMPARE(AppSettings::load(&store), followSystem);

    AppSettings chosen;
    chosen.language = QStringLiteral("zh_CN");
    chosen.theme = AppSettings::Theme::Dark;
    chosen.refreshSeconds = 30;
    QVERIFY(chosen.save(&store));
    QCOMPARE(AppSettings::load(&store), chosen);

    // A value from elsewhere (an older or newer version) is kept in range.
    QVERIFY(store.setUiState(QStringLiteral("settings/refreshSeconds"), "100000"));
    QCOMPARE(AppSettings::load(&store).refreshSeconds, AppSettings::kMaxRefreshSeconds);

    AppSettings::Theme theme{};
    QVERIFY(AppSettings::parseTheme(QStringLiteral("Dark"), &theme));
    QCOMPARE(theme, AppSettings::Theme::Dark);
    QVERIFY(!AppSettings::parseTheme(QStringLiteral("blue"), &theme));
}

void TestShell::settingsDialogReturnsTheChoices() {
    AppSettings current;
    current.refreshSeconds = 15;
    samsa::ui::SettingsDialog dialog(current, QStringLiteral("en"));
    QCOMPARE(dialog.settings(), current);
    QVERIFY(dialog.restartNote()->isHidden());

    // English is always offered, named in itself; the system's language comes first.
    QComboBox* languages = dialog.languageBox();
    QCOMPARE(languages->itemData(0).toString(), QString());
    const int english = languages->findData(QStringLiteral("en"));
    QVERIFY(english > 0);
    QCOMPARE(languages->itemText(english), QStringLiteral("English"));

    languages->addItem(samsa::ui::SettingsDialog::languageName(QStringLiteral("zh_CN")),
                       QStringLiteral("zh_CN"));
    QCOMPARE(languages->itemText(languages->count() - 1), QStringLiteral("简体中文"));
    QCOMPARE(samsa::ui::SettingsDialog::languageName(QStringLiteral("de")),
             QStringLiteral("Deutsch"));
    languages->setCurrentIndex(languages->count() - 1);
    QVERIFY(!dialog.restartNote()->isHidden());
    dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(int(AppSettings::Theme::Dark)));
    dialog.refreshBox()->setValue(45);
    samsa::ui::testing::saveScreenshot(&dialog, QStringLiteral("settings.png"));

    const AppSettings chosen = dialog.settings();
    QCOMPARE(chosen.language, QStringLiteral("zh_CN"));
    QCOMPARE(chosen.theme, AppSettings::Theme::Dark);
    QCOMPARE(chosen.refreshSeconds, 45);
    languages->setCurrentIndex(english);
    QVERIFY(dialog.restartNote()->isHidden());
}

void TestShell::bothPalettesAreReadable() {
    for (const QPalette& palette :
         {samsa::ui::ThemeManager::lightPalette(), samsa::ui::ThemeManager::darkPalette()}) {
        using P = QPalette;
        // Body text: WCAG AAA; selected and placeholder text: AA; disabled text is
        // meant to recede but must stay legible.
        QVERIFY(contrast(palette.color(P::Text), palette.color(P::Base)) >= 7.0);
        QVERIFY(contrast(palette.color(P::Text), palette.color(P::AlternateBase)) >= 7.0);
        QVERIFY(contrast(palette.color(P::WindowText), palette.color(P::Window)) >= 7.0);
        QVERIFY(contrast(palette.color(P::ButtonText), palette.color(P::Button)) >= 7.0);
        QVERIFY(contrast(palette.color(P::ToolTipText), palette.color(P::ToolTipBase)) >= 7.0);
        QVERIFY(contrast(palette.color(P::HighlightedText), palette.color(P::Highlight)) >= 4.5);
        QVERIFY(contrast(palette.color(P::Link), palette.color(P::Base)) >= 4.5);
        QVERIFY(contrast(palette.color(P::PlaceholderText), palette.color(P::Base)) >= 4.5);
        QVERIFY(contrast(palette.color(P::Disabled, P::Text),
                         palette.color(P::Disabled, P::Base)) >= 3.0);
    }
}

void TestShell::themeManagerSwitchesPalettes() {
    samsa::ui::ThemeManager themes;
    QSignalSpy darkChanged(&themes, &samsa::ui::ThemeManager::darkChanged);
    themes.setTheme(AppSettings::Theme::Dark);
    QVERIFY(themes.isDark());
    auto* proxy = qobject_cast<QProxyStyle*>(QApplication::style());
    QVERIFY(proxy);
    QCOMPARE(proxy->baseStyle()->name().toLower(), QStringLiteral("fusion"));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QCOMPARE(darkChanged.count(), 1);

    themes.setTheme(AppSettings::Theme::Light);
    QVERIFY(!themes.isDark());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    QCOMPARE(darkChanged.count(), 2);
    // Widgets made later, and those already shown, use it.
    QLineEdit edit;
    QCOMPARE(edit.palette().color(QPalette::Base),
             samsa::ui::ThemeManager::lightPalette().color(QPalette::Base));

    // "System" follows what the desktop prefers.
    themes.setTheme(AppSettings::Theme::System);
    QCOMPARE(themes.isDark(), themes.systemPrefersDark());
}

void TestShell::secondLaunchAsksTheFirst() {
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("instance"));
    samsa::ui::SingleInstance second(name);
    QVERIFY(!second.askRunningInstance()); // nobody runs yet

    samsa::ui::SingleInstance first(name);
    QVERIFY(first.listen());
    QSignalSpy asked(&first, &samsa::ui::SingleInstance::activationRequested);
    QVERIFY(second.askRunningInstance("token-123"));
    QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, kTimeoutMs);
    QCOMPARE(asked.at(0).at(0).toByteArray(), QByteArray("token-123"));

    QVERIFY(samsa::ui::SingleInstance(name).askRunningInstance());
    QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 2, kTimeoutMs);
    QCOMPARE(asked.at(1).at(0).toByteArray(), QByteArray());

    // Another user's (here: another name's) instance is not reached.
    QVERIFY(!samsa::ui::SingleInstance(dir.filePath(QStringLiteral("other"))).askRunningInstance());
    QVERIFY(samsa::ui::SingleInstance::defaultServerName().contains(QStringLiteral("samsa")));
}

void TestShell::staleSocketIsTakenOver() {
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("instance"));
    {
        // What a crash leaves: the socket's file, with nobody listening.
        QFile stale(name);
        QVERIFY(stale.open(QIODevice::WriteOnly));
    }
    samsa::ui::SingleInstance instance(name);
    QVERIFY(!instance.askRunningInstance());
    QVERIFY2(instance.listen(), qPrintable(instance.errorString()));
    QSignalSpy asked(&instance, &samsa::ui::SingleInstance::activationRequested);
    QVERIFY(samsa::ui::SingleInstance(name).askRunningInstance());
    QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, kTimeoutMs);
}

void TestShell::windowTakesOverPageKeys() {
    QMainWindow window;
    auto* page = new QWidget;
    auto* filter = new QLineEdit(page);
    window.setCentralWidget(page);

    // The page binds Ctrl+F and F5 itself, as pages written on their own do.
    auto* pageFind = new QAction(QStringLiteral("Find"), page);
    pageFind->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_K)});
    pageFind->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(pageFind);
    QSignalSpy pageFound(pageFind, &QAction::triggered);
    auto* pageRefresh = new QShortcut(QKeySequence(Qt::Key_F5), page);
    QSignalSpy pageRefreshed(pageRefresh, &QShortcut::activated);
    auto* button = new QPushButton(QStringLiteral("New"), page);
    button->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QSignalSpy clicked(button, &QPushButton::clicked);
    // A dialog of the page is a window of its own: its keys stay.
    auto* dialog = new QWidget(page, Qt::Dialog);
    auto* dialogFind = new QAction(QStringLiteral("Find in dialog"), dialog);
    dialogFind->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));

    QAction* windowFind =
        window.menuBar()->addMenu(QStringLiteral("Edit"))->addAction(QStringLiteral("Find"));
    windowFind->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(windowFind, &QAction::triggered, page,
            [page] { samsa::ui::triggerPageShortcut(page, QKeySequence(Qt::CTRL | Qt::Key_F)); });
    samsa::ui::takeOverPageShortcuts(page,
                                     {QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::Key_F5),
                                      QKeySequence(Qt::CTRL | Qt::Key_N)});

    QCOMPARE(pageFind->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_K)});
    QVERIFY(pageRefresh->key().isEmpty());
    QVERIFY(button->shortcut().isEmpty());
    QCOMPARE(dialogFind->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));

    // One binding left for Ctrl+F: the window's, which runs the page's.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(pageFound.count(), 1);

    QVERIFY(samsa::ui::triggerPageShortcut(page, QKeySequence(Qt::Key_F5)));
    QCOMPARE(pageRefreshed.count(), 1);
    QVERIFY(samsa::ui::triggerPageShortcut(page, QKeySequence(Qt::CTRL | Qt::Key_N)));
    QCOMPARE(clicked.count(), 1);
    QVERIFY(!samsa::ui::triggerPageShortcut(page, QKeySequence(Qt::CTRL | Qt::Key_P)));
    pageFind->setEnabled(false);
    QVERIFY(!samsa::ui::triggerPageShortcut(page, QKeySequence(Qt::CTRL | Qt::Key_F)));
}

void TestShell::shortcutsDialogListsTheActions() {
    QMainWindow window;
    QMenu* file = window.menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&New topic…"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    file->addAction(QStringLiteral("No key here"));
    QMenu* sub = file->addMenu(QStringLiteral("Recent"));
    sub->addAction(QStringLiteral("Open &last"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QMenu* view = window.menuBar()->addMenu(QStringLiteral("&View"));
    view->addAction(QStringLiteral("&Refresh"))->setShortcut(QKeySequence(Qt::Key_F5));
    window.menuBar()->addMenu(QStringLiteral("&Empty"))->addAction(QStringLiteral("Nothing"));

    auto* page = new QWidget(&window);
    auto* del = new QAction(QStringLiteral("Delete…"), page);
    del->setShortcut(QKeySequence::Delete);
    auto* jump = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_G), page);
    jump->setWhatsThis(QStringLiteral("Jump to an offset"));
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_J), page); // says nothing: left out

    samsa::ui::ShortcutsDialog dialog(window.menuBar(), page);
    QTreeWidget* list = dialog.list();
    QCOMPARE(list->topLevelItemCount(), 3); // File, View, This page; not Empty
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("File"));
    QCOMPARE(list->topLevelItem(0)->childCount(), 2);
    QTreeWidgetItem* newTopic = findRow(list, QStringLiteral("New topic"));
    QVERIFY(newTopic);
    QCOMPARE(newTopic->text(1),
             QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText));
    QVERIFY(findRow(list, QStringLiteral("Open last")));
    QVERIFY(findRow(list, QStringLiteral("Refresh")));
    QVERIFY(!findRow(list, QStringLiteral("No key here")));
    QCOMPARE(list->topLevelItem(2)->childCount(), 2);
    QVERIFY(findRow(list, QStringLiteral("Delete")));
    QCOMPARE(findRow(list, QStringLiteral("Jump to an offset"))->text(1),
             QKeySequence(Qt::CTRL | Qt::Key_G).toString(QKeySequence::NativeText));

    dialog.filter()->setText(QStringLiteral("F5"));
    QVERIFY(findRow(list, QStringLiteral("New topic"))->isHidden());
    QVERIFY(list->topLevelItem(0)->isHidden());
    QVERIFY(!findRow(list, QStringLiteral("Refresh"))->isHidden());
    samsa::ui::testing::saveScreenshot(&dialog, QStringLiteral("shortcuts.png"));
}

QTEST_MAIN(TestShell)
#include "test_shell.moc"
