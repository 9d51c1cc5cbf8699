#pragma once

#include <QObject>
#include <QString>

namespace samsa::app {
class ClusterService;
}

namespace samsa::ui {

class TopicListModel;

// Lists a cluster's topics into a TopicListModel in stages: the topic list first (rows
// appear at once), then offsets, disk usage and configs, each in one request for all
// topics and applied to the model in one batch as it arrives. Starting again drops the
// results still on their way from the previous listing.
class TopicListLoader : public QObject {
    Q_OBJECT
public:
    TopicListLoader(app::ClusterService* service, TopicListModel* model, QObject* parent = nullptr);

    void start();
    bool isRunning() const { return m_pendingStages > 0; }

signals:
    // The topic list arrived and the model holds it; `error` is empty on success, else
    // the reason the listing failed (the model is then left as it was).
    void listed(const QString& error);
    // A later stage failed as a whole, e.g. "sizes"; the model shows "—" for it.
    void stageFailed(const QString& what, const QString& error);
    // Every stage of the listing has ended, each with its data or its error.
    void finished();

private:
    void startDetails(const std::vector<std::string>& names);
    void stageDone(quint64 generation);
    bool current(quint64 generation) const { return generation == m_generation; }

    app::ClusterService* m_service;
    TopicListModel* m_model;
    quint64 m_generation = 0;
    int m_pendingStages = 0;
};

} // namespace samsa::ui
