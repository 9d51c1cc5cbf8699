#include "ui/topics/topic_filter_proxy.h"

#include "ui/topics/topic_list_model.h"

namespace samsa::ui {

namespace {

// Case-insensitive, with runs of digits compared by value. Topic names are ASCII by
// Kafka's rules, so this needs no locale (QCollator's numeric mode depends on one).
int naturalCompare(const QString& a, const QString& b) {
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            const qsizetype startA = i, startB = j;
            while (i < a.size() && a[i].isDigit())
                ++i;
            while (j < b.size() && b[j].isDigit())
                ++j;
            QStringView da = QStringView(a).mid(startA, i - startA);
            QStringView db = QStringView(b).mid(startB, j - startB);
            while (da.size() > 1 && da.front() == QLatin1Char('0'))
                da = da.mid(1);
            while (db.size() > 1 && db.front() == QLatin1Char('0'))
                db = db.mid(1);
            if (da.size() != db.size()) return da.size() < db.size() ? -1 : 1;
            if (const int c = da.compare(db); c != 0) return c;
            continue;
        }
        const QChar ca = a[i].toLower(), cb = b[j].toLower();
        if (ca != cb) return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size()) return 1;
    if (j < b.size()) return -1;
    return a.compare(b); // equal but for case or leading zeros: still a stable order
}

} // namespace

TopicFilterProxy::TopicFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(TopicListModel::SortRole);
}

bool TopicFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (left.column() != TopicListModel::Name && left.column() != TopicListModel::CleanupPolicy)
        return QSortFilterProxyModel::lessThan(left, right);
    return naturalCompare(left.data(sortRole()).toString(), right.data(sortRole()).toString()) < 0;
}

void TopicFilterProxy::setShowInternal(bool show) {
    if (show == m_showInternal) return;
    m_showInternal = show;
    invalidateRowsFilter();
}

void TopicFilterProxy::setNameFilter(const QString& text) {
    if (text == m_nameFilter) return;
    m_nameFilter = text;
    invalidateRowsFilter();
}

bool TopicFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const auto* model = qobject_cast<const TopicListModel*>(sourceModel());
    const TopicRow* topic = model && !sourceParent.isValid() ? model->topic(sourceRow) : nullptr;
    if (!topic) return false;
    if (topic->internal && !m_showInternal) return false;
    return m_nameFilter.isEmpty() || topic->name.contains(m_nameFilter, Qt::CaseInsensitive);
}

} // namespace samsa::ui
