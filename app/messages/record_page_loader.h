#pragma once

#include <QObject>
#include <QString>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <vector>

// After the Qt headers: moc cannot parse the standard headers this pulls in first.
#include "app/messages/payload_format.h"
#include "app/messages/record_row.h"

namespace samsa::app {

class ClusterService;

// Reads pages of one topic for a message view, through the cluster service (never on the
// GUI thread). Requests come from what the view shows, so the newest go first and
// several run at once; each reads on until its page is whole and the transactions in it
// are settled, and hands over every other page it read whole on the way.
class RecordPageLoader : public QObject {
    Q_OBJECT
public:
    RecordPageLoader(ClusterService* service, QString topic, QObject* parent = nullptr);
    ~RecordPageLoader() override;

    QString topic() const { return m_topic; }
    // Changing it drops every request and every answer still on its way.
    void setVisibility(RecordVisibility visibility);
    RecordVisibility visibility() const { return m_visibility; }
    // Where each partition's log starts, so reads do not begin below it.
    void setLogStart(int32_t partition, int64_t offset);

    // Asks for a page. `limit` is where the view believes the partition ends (its high
    // watermark when last asked); nothing at or past it is read for this page.
    void request(PageKey key, int64_t limit);
    // Forgets requests not yet started (the view moved elsewhere).
    void dropQueued();
    bool isIdle() const { return m_running == 0 && m_queue.empty(); }

    // The whole record at `position` with its batch's fields, for the detail view.
    using DetailHandler = std::function<void(const std::optional<RecordDetail>& detail, const QString& error)>;
    void fetchDetail(RecordPosition position, QObject* context, DetailHandler done);

    // Where the results go; set by the page that owns the loader.
    std::function<void(std::vector<RecordPage>)> onPages;
    std::function<void(PageKey, QString)> onError;

signals:
    // Nothing is queued or running any more.
    void idle();

private:
    struct Job;
    void pump();
    void start(const std::shared_ptr<Job>& job);
    void fetchNext(const std::shared_ptr<Job>& job);
    void refreshLogStartAndRetry(const std::shared_ptr<Job>& job);
    void finished(const std::shared_ptr<Job>& job);

    ClusterService* m_service;
    QString m_topic;
    RecordVisibility m_visibility;
    std::map<int32_t, int64_t> m_logStart;
    std::deque<std::pair<PageKey, int64_t>> m_queue;
    std::set<PageKey> m_pending; // queued or running
    int m_running = 0;
    quint64 m_generation = 0;
};

} // namespace samsa::app
