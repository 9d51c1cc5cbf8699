#pragma once

#include "cluster_entry.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace samsa::app {
class LocalClusterHost;
}

namespace samsa::ui {

// The first page of a cluster: where it is and, for the local cluster, its state and
// data directory.
class ClusterOverviewPage : public QWidget {
    Q_OBJECT
public:
    // localHost is required when entry.local, ignored otherwise.
    ClusterOverviewPage(ClusterEntry entry, samsa::app::LocalClusterHost* localHost,
                        QWidget* parent = nullptr);

    const ClusterEntry& entry() const { return m_entry; }

private:
    void refresh();

    ClusterEntry m_entry;
    samsa::app::LocalClusterHost* m_host;
    QLabel* m_title;
    QLabel* m_state = nullptr;
    QLabel* m_bootstrap;
    QLabel* m_dataDirectory = nullptr;
};

} // namespace samsa::ui
