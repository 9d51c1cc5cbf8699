#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace samsa::ui {

class TopicsPage;

// Times a full listing of a TopicsPage, for benchmarks: from refresh() to the rows being
// shown (refreshed) and to every stage being in (fullyLoaded). Needs a running event
// loop; finished() fires when the listing is complete.
class TopicsLoadProbe : public QObject {
    Q_OBJECT
public:
    explicit TopicsLoadProbe(TopicsPage* page, QObject* parent = nullptr);

    // Starts a listing on the page and the clock.
    void start();
    bool isDone() const { return m_fullMs >= 0; }
    // Milliseconds from start() until the topic rows were in the table; -1 until then.
    qint64 rowsShownMs() const { return m_rowsMs; }
    // Milliseconds from start() until counts, sizes and configs had all arrived.
    qint64 fullyLoadedMs() const { return m_fullMs; }
    // Rows in the model after the listing.
    int topicCount() const;

signals:
    void finished();

private:
    TopicsPage* m_page;
    QElapsedTimer m_clock;
    qint64 m_rowsMs = -1;
    qint64 m_fullMs = -1;
    bool m_running = false;
};

} // namespace samsa::ui
