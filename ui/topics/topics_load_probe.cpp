#include "ui/topics/topics_load_probe.h"

#include "ui/topics/topic_list_model.h"
#include "ui/topics/topics_page.h"

namespace samsa::ui {

TopicsLoadProbe::TopicsLoadProbe(TopicsPage* page, QObject* parent)
    : QObject(parent), m_page(page) {
    connect(page, &TopicsPage::refreshed, this, [this] {
        if (m_running && m_rowsMs < 0) m_rowsMs = m_clock.elapsed();
    });
    connect(page, &TopicsPage::fullyLoaded, this, [this] {
        if (!m_running) return;
        m_fullMs = m_clock.elapsed();
        m_running = false;
        emit finished();
    });
}

void TopicsLoadProbe::start() {
    m_rowsMs = m_fullMs = -1;
    m_running = true;
    m_clock.start();
    m_page->refresh();
}

int TopicsLoadProbe::topicCount() const {
    return m_page->model()->rowCount();
}

} // namespace samsa::ui
