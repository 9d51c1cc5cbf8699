#pragma once

#include <QSortFilterProxyModel>

namespace samsa::ui {

// Sorts the topic list by raw values (numbers numerically, names with their digits as
// numbers, so "topic-9" comes before "topic-10") and filters it by a name substring,
// case-insensitively, hiding Kafka's internal topics unless asked.
class TopicFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TopicFilterProxy(QObject* parent = nullptr);

    void setShowInternal(bool show);
    bool showInternal() const { return m_showInternal; }
    void setNameFilter(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool m_showInternal = false;
    QString m_nameFilter;
};

} // namespace samsa::ui
