// The compiled translations at work: the window's menus in Chinese, plural forms, and
// numbers and sizes in the language's own format.
#include "ui/common/format.h"
#include "ui/main_window.h"
#include "ui/shell/language_setup.h"

#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

namespace {

// lrelease writes the .qm files next to the samsa executable's build files.
const QString kQmDirectory = QStringLiteral(SAMSA_BINARY_DIR "/app");

QStringList menuTitles(const QMainWindow& window) {
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

void removeTranslators() {
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void cleanup() {
        removeTranslators();
        QLocale::setDefault(QLocale::c());
    }

    void englishHasPluralForms() {
        QCOMPARE(samsa::ui::installUiLanguage(QStringLiteral("en"), kQmDirectory),
                 QStringLiteral("en"));
        QCOMPARE(samsa::ui::formatDurationMs(86400000), QStringLiteral("1 day"));
        QCOMPARE(samsa::ui::formatDurationMs(2 * 86400000), QStringLiteral("2 days"));
        samsa::ui::MainWindow window(nullptr, nullptr);
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
    }

    void simplifiedChinese() {
        QCOMPARE(samsa::ui::installUiLanguage(QStringLiteral("zh_CN"), kQmDirectory),
                 QStringLiteral("zh_CN"));
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
        samsa::ui::MainWindow window(nullptr, nullptr);
        const QStringList titles = menuTitles(window);
        QCOMPARE(titles.size(), 5);
        QCOMPARE(titles.value(0), QStringLiteral("文件(&F)"));
        QCOMPARE(titles.value(3), QStringLiteral("集群(&C)"));
        QCOMPARE(window.findAction()->text(), QStringLiteral("查找(&F)…"));
        QCOMPARE(samsa::ui::formatDurationMs(2 * 86400000), QStringLiteral("2 天"));
        QCOMPARE(samsa::ui::formatCount(1234567), QStringLiteral("1,234,567"));
        // Qt's own dialogs and buttons follow when Qt's translations are installed.
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                          QStringLiteral("/qtbase_zh_CN.qm"))) {
            QDialogButtonBox box(QDialogButtonBox::Cancel);
            QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
        }
    }

    void german() {
        QCOMPARE(samsa::ui::installUiLanguage(QStringLiteral("de"), kQmDirectory),
                 QStringLiteral("de"));
        samsa::ui::MainWindow window(nullptr, nullptr);
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&Datei"));
        QCOMPARE(samsa::ui::formatDurationMs(86400000), QStringLiteral("1 Tag"));
        QCOMPARE(samsa::ui::formatDurationMs(2 * 86400000), QStringLiteral("2 Tage"));
        QCOMPARE(samsa::ui::formatCount(1234567), QStringLiteral("1.234.567"));
        QCOMPARE(samsa::ui::formatBytes(1536), QStringLiteral("1,5 KiB"));
    }

    void unknownLanguageFallsBackToEnglish() {
        QCOMPARE(samsa::ui::installUiLanguage(QStringLiteral("sw"), kQmDirectory),
                 QStringLiteral("en"));
        samsa::ui::MainWindow window(nullptr, nullptr);
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
