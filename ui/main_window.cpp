#include "main_window.h"

#include "app/local_cluster_host.h"
#include "app/profile_store.h"
#include "cluster_overview_page.h"
#include "local_cluster_status.h"
#include "navigator_model.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

namespace samsa::ui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
} // namespace

MainWindow::MainWindow(samsa::app::LocalClusterHost* localCluster, samsa::app::ProfileStore* store,
                       QList<ClusterEntry> extraClusters, QWidget* parent)
    : QMainWindow(parent), m_localCluster(localCluster), m_store(store),
      m_extraClusters(std::move(extraClusters)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Samsa"));

    m_model = new NavigatorModel(this);
    m_navigator = new QTreeView(this);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setModel(m_model);
    m_navigator->header()->hide();
    m_navigator->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_navigator, &QTreeView::activated, this, &MainWindow::onNavigatorActivated);
    connect(m_navigator, &QTreeView::clicked, this, &MainWindow::onNavigatorActivated);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget* page = m_tabs->widget(index);
        m_tabs->removeTab(index);
        page->deleteLater();
    });

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 860});
    setCentralWidget(m_splitter);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addPermanentWidget(m_status);

    createActions();
    reloadClusters();
    if (m_localCluster) {
        connect(m_localCluster, &samsa::app::LocalClusterHost::stateChanged, this,
                &MainWindow::updateLocalClusterState);
        connect(m_localCluster, &samsa::app::LocalClusterHost::portFallback, this,
                [this](quint16 preferred, quint16 actual) {
                    statusBar()->showMessage(tr("Port %1 is in use by another program; the local "
                                                "cluster listens on port %2.")
                                                 .arg(preferred)
                                                 .arg(actual));
                });
    }
    updateLocalClusterState();
    if (!m_model->clusters().isEmpty()) {
        m_navigator->expand(m_model->index(0, 0));
        m_navigator->setCurrentIndex(m_model->index(0, 0));
        openOverview(0);
    }
    restoreLayout();
}

void MainWindow::createActions() {
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* clusterMenu = menuBar()->addMenu(tr("&Local cluster"));
    m_startAction = clusterMenu->addAction(tr("&Start"));
    m_startAction->setObjectName(QStringLiteral("actionStartLocalCluster"));
    m_stopAction = clusterMenu->addAction(tr("S&top"));
    m_stopAction->setObjectName(QStringLiteral("actionStopLocalCluster"));
    clusterMenu->addSeparator();
    m_resetAction = clusterMenu->addAction(tr("&Reset…"));
    m_resetAction->setObjectName(QStringLiteral("actionResetLocalCluster"));
    m_resetAction->setToolTip(
        tr("Delete every topic, message and consumer offset of the local cluster"));
    if (m_localCluster) {
        connect(m_startAction, &QAction::triggered, m_localCluster,
                &samsa::app::LocalClusterHost::start);
        connect(m_stopAction, &QAction::triggered, m_localCluster,
                &samsa::app::LocalClusterHost::stop);
        connect(m_resetAction, &QAction::triggered, this, [this] {
            if (confirmReset()) m_localCluster->reset();
        });
    } else {
        clusterMenu->setEnabled(false);
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Samsa"), this, [this] {
        QMessageBox::about(this, tr("About Samsa"),
                           tr("<b>Samsa %1</b><p>A desktop app for Apache Kafka, with a bundled "
                              "Kafka-compatible broker.</p>")
                               .arg(QStringLiteral(SAMSA_VERSION)));
    });
}

bool MainWindow::confirmReset() {
    const auto answer = QMessageBox::warning(
        this, tr("Reset the local cluster?"),
        tr("Every topic, message and consumer group offset of the local cluster will be deleted. "
           "This cannot be undone."),
        QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Reset;
}

void MainWindow::reloadClusters() {
    QList<ClusterEntry> clusters;
    if (m_localCluster) {
        ClusterEntry local;
        local.local = true;
        local.profile.name = tr("Local cluster");
        clusters.append(local);
    }
    clusters += m_extraClusters;
    if (m_store) {
        for (const auto& profile : m_store->profiles())
            clusters.append({false, profile});
    }
    m_model->setClusters(clusters);
}

void MainWindow::updateLocalClusterState() {
    using State = samsa::app::LocalClusterHost::State;
    if (!m_localCluster) {
        m_status->setText(tr("Local cluster: not used in this session"));
        for (QAction* a : {m_startAction, m_stopAction, m_resetAction})
            a->setEnabled(false);
        return;
    }
    const State state = m_localCluster->state();
    m_status->setText(tr("Local cluster: %1").arg(localClusterStatusText(*m_localCluster)));
    m_startAction->setEnabled(state == State::Stopped || state == State::Failed);
    m_stopAction->setEnabled(state == State::Running || state == State::Starting);
    m_resetAction->setEnabled(state == State::Running || state == State::Stopped ||
                              state == State::Failed);
}

void MainWindow::onNavigatorActivated(const QModelIndex& index) {
    const int row = m_model->clusterRow(index);
    // Brokers, topics and groups pages arrive with the admin client; until then every
    // node of a cluster leads to its overview.
    if (row >= 0) openOverview(row);
}

void MainWindow::openOverview(int row) {
    if (row < 0 || row >= m_model->clusters().size()) return;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* page = qobject_cast<ClusterOverviewPage*>(m_tabs->widget(i));
        if (page && page->property("clusterRow").toInt() == row) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    const ClusterEntry& entry = m_model->clusters()[row];
    auto* page = new ClusterOverviewPage(entry, m_localCluster, m_tabs);
    page->setProperty("clusterRow", row);
    m_tabs->setCurrentIndex(m_tabs->addTab(page, tr("%1 — Overview").arg(entry.profile.name)));
}

void MainWindow::restoreLayout() {
    const QByteArray geometry = m_store ? m_store->uiState(kGeometryKey) : QByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) resize(1100, 700);
    if (!m_store) return;
    restoreState(m_store->uiState(kStateKey));
    m_splitter->restoreState(m_store->uiState(kSplitterKey));
}

void MainWindow::saveLayout() {
    if (!m_store) return;
    m_store->setUiState(kGeometryKey, saveGeometry());
    m_store->setUiState(kStateKey, saveState());
    m_store->setUiState(kSplitterKey, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace samsa::ui
