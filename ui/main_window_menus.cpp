// The main window's menus, their keys, and the Help and Settings dialogs they open.
#include "app/local_cluster_host.h"
#include "app/profile_store.h"
#include "main_window.h"
#include "ui/common/table_setup.h"
#include "ui/shell/about_dialog.h"
#include "ui/shell/page_shortcuts.h"
#include "ui/shell/settings_dialog.h"
#include "ui/shell/shortcuts_dialog.h"
#include "ui/shell/theme_manager.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

namespace samsa::ui {

QAction* MainWindow::addCommand(QMenu* menu, const QString& text, const char* objectName,
                                const QList<QKeySequence>& shortcuts,
                                std::function<void()> command) {
    QAction* action = menu->addAction(text);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcuts(shortcuts);
    // A page that gave one of these keys a meaning of its own keeps it (see
    // takeOverPageShortcuts): its handler runs instead of the window's.
    connect(action, &QAction::triggered, this, [this, action, command = std::move(command)] {
        for (const QKeySequence& key : action->shortcuts())
            if (triggerPageShortcut(m_tabs->currentWidget(), key)) return;
        command();
    });
    return action;
}

void MainWindow::createActions() {
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    m_newTopicAction = addCommand(fileMenu, tr("&New topic…"), "actionNewTopic",
                                  {QKeySequence(Qt::CTRL | Qt::Key_N)}, [this] { newTopic(); });
    m_newTopicAction->setToolTip(tr("Create a topic on the current cluster"));
    m_addClusterAction =
        addCommand(fileMenu, tr("&Add cluster…"), "actionAddCluster",
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}, [this] { editProfile({}); });
    m_addClusterAction->setToolTip(tr("Save the connection to another Kafka cluster"));
    m_addClusterAction->setEnabled(m_store != nullptr);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    m_findAction =
        addCommand(editMenu, tr("&Find…"), "actionFind", {QKeySequence(Qt::CTRL | Qt::Key_F)},
                   [this] { findInCurrentPage(); });
    m_findAction->setToolTip(tr("Go to the filter field of the current page"));
    editMenu->addSeparator();
    m_settingsAction =
        addCommand(editMenu, tr("&Settings…"), "actionSettings",
                   {QKeySequence(Qt::CTRL | Qt::Key_Comma)}, [this] { showSettings(); });
    m_settingsAction->setMenuRole(QAction::PreferencesRole);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    m_refreshAction = addCommand(viewMenu, tr("&Refresh"), "actionRefresh",
                                 {QKeySequence(Qt::Key_F5)}, [this] { refreshCurrentPage(); });
    m_refreshAction->setToolTip(tr("Read the current page's data from the cluster again"));
    viewMenu->addSeparator();
    QAction* focusNavigator =
        addCommand(viewMenu, tr("Go to the &navigator"), "actionFocusNavigator",
                   {QKeySequence(Qt::CTRL | Qt::Key_1)},
                   [this] { m_navigator->setFocus(Qt::ShortcutFocusReason); });
    focusNavigator->setToolTip(tr("Move the keyboard focus to the list of clusters"));
    addCommand(viewMenu, tr("Ne&xt page"), "actionNextPage",
               {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab)},
               [this] {
                   if (m_tabs->count() > 0)
                       m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
               });
    addCommand(viewMenu, tr("Pre&vious page"), "actionPreviousPage",
               {QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)},
               [this] {
                   if (m_tabs->count() > 0)
                       m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) %
                                               m_tabs->count());
               });
    addCommand(viewMenu, tr("&Close page"), "actionClosePage", {QKeySequence(Qt::CTRL | Qt::Key_W)},
               [this] {
                   if (m_tabs->currentIndex() >= 0)
                       emit m_tabs->tabCloseRequested(m_tabs->currentIndex());
               });
    viewMenu->addSeparator();
    QAction* fullScreen = viewMenu->addAction(tr("&Full screen"));
    fullScreen->setObjectName(QStringLiteral("actionFullScreen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcuts(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });

    QMenu* clusterMenu = menuBar()->addMenu(tr("&Cluster"));
    m_produceAction = clusterMenu->addAction(tr("&Produce…"), this, &MainWindow::produceRecords);
    m_produceAction->setObjectName(QStringLiteral("actionProduce"));
    m_produceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_produceAction->setToolTip(tr("Send records to the current topic"));
    m_importAction =
        clusterMenu->addAction(tr("&Import records…"), this, &MainWindow::importRecords);
    m_importAction->setObjectName(QStringLiteral("actionImportRecords"));
    m_importAction->setToolTip(tr("Replay records exported as JSON Lines or CSV into a topic"));
    //: Heading of the menu part about the cluster bundled with the app.
    clusterMenu->addSection(tr("Local cluster"));
    m_startAction = clusterMenu->addAction(tr("&Start local cluster"));
    m_startAction->setObjectName(QStringLiteral("actionStartLocalCluster"));
    m_stopAction = clusterMenu->addAction(tr("S&top local cluster"));
    m_stopAction->setObjectName(QStringLiteral("actionStopLocalCluster"));
    m_resetAction = clusterMenu->addAction(tr("&Reset local cluster…"));
    m_resetAction->setObjectName(QStringLiteral("actionResetLocalCluster"));
    m_resetAction->setToolTip(
        tr("Delete every topic, message and consumer offset of the local cluster"));
    m_sampleDataAction = clusterMenu->addAction(tr("Load &sample data"));
    m_sampleDataAction->setObjectName(QStringLiteral("actionSampleData"));
    m_sampleDataAction->setCheckable(true);
    m_sampleDataAction->setToolTip(
        tr("Create example topics (orders, user profiles, page views) with live traffic and a "
           "consumer group that falls behind"));
    connect(m_sampleDataAction, &QAction::toggled, this, &MainWindow::setSampleDataRunning);
    if (m_localCluster) {
        connect(m_startAction, &QAction::triggered, m_localCluster,
                &samsa::app::LocalClusterHost::start);
        connect(m_stopAction, &QAction::triggered, m_localCluster,
                &samsa::app::LocalClusterHost::stop);
        connect(m_resetAction, &QAction::triggered, this, [this] {
            if (confirmReset()) m_localCluster->reset();
        });
    } else {
        m_sampleDataAction->setEnabled(false);
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    m_shortcutsAction = addCommand(helpMenu, tr("&Keyboard shortcuts"), "actionKeyboardShortcuts",
                                   {QKeySequence(Qt::Key_F1)}, [this] { showShortcuts(); });
    helpMenu->addSeparator();
    m_aboutAction = helpMenu->addAction(tr("&About Samsa"), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QList<QKeySequence> MainWindow::windowShortcuts() const {
    QList<QKeySequence> all;
    QList<QAction*> actions = menuBar()->actions();
    while (!actions.isEmpty()) {
        QAction* action = actions.takeFirst();
        if (QMenu* menu = action->menu()) actions += menu->actions();
        for (const QKeySequence& key : action->shortcuts())
            if (!key.isEmpty() && !all.contains(key)) all.append(key);
    }
    return all;
}

void MainWindow::adoptPage(QWidget* page) {
    takeOverPageShortcuts(page, windowShortcuts());
    rememberTableLayouts(page, m_store);
    applyRefreshInterval(page);
}

void MainWindow::applyRefreshInterval(QWidget* page) {
    // Pages that re-read the cluster by themselves offer this slot.
    if (page->metaObject()->indexOfSlot("setAutoRefreshInterval(int)") >= 0)
        QMetaObject::invokeMethod(page, "setAutoRefreshInterval",
                                  Q_ARG(int, m_settings.refreshSeconds * 1000));
}

void MainWindow::findInCurrentPage() {
    QWidget* page = m_tabs->currentWidget();
    // Pages name their filter fields "...Filter"; the first one showing is the page's.
    const auto edits = page ? page->findChildren<QLineEdit*>() : QList<QLineEdit*>();
    for (QLineEdit* edit : edits) {
        if (!edit->objectName().contains(QLatin1String("filter"), Qt::CaseInsensitive) ||
            !edit->isVisible() || !edit->isEnabled())
            continue;
        edit->setFocus(Qt::ShortcutFocusReason);
        edit->selectAll();
        return;
    }
    statusBar()->showMessage(tr("This page has nothing to filter."), 5000);
}

void MainWindow::showSettings() {
    auto* dialog = new SettingsDialog(m_settings, QLocale().name(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AppSettings chosen = dialog->settings();
        if (m_store && !chosen.save(m_store))
            statusBar()->showMessage(
                tr("The settings could not be saved: %1").arg(m_store->errorString()), 10000);
        m_settings = chosen;
        if (m_themes) m_themes->setTheme(chosen.theme);
        for (int i = 0; i < m_tabs->count(); ++i)
            applyRefreshInterval(m_tabs->widget(i));
    });
    dialog->open();
}

void MainWindow::showShortcuts() {
    auto* dialog = new ShortcutsDialog(menuBar(), m_tabs->currentWidget(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout() {
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace samsa::ui
