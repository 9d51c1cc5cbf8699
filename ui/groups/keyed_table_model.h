#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace samsa::ui {

// A table whose rows are identified by a key and refreshed in place: rows that went away
// are removed, rows that are new are appended, the others change their values. Views
// keep their selection, current row and scroll position across a refresh, which a model
// reset would lose.
template <typename Row, typename Key>
class KeyedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const Row* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }
    int rowOf(const Key& key) const {
        for (int i = 0; i < m_rows.size(); ++i)
            if (keyOf(m_rows[i]) == key) return i;
        return -1;
    }
    const QList<Row>& rows() const { return m_rows; }

protected:
    virtual Key keyOf(const Row& row) const = 0;

    void replaceRows(const QList<Row>& incoming) {
        QHash<Key, int> wanted;
        for (int i = 0; i < incoming.size(); ++i)
            wanted.insert(keyOf(incoming[i]), i);
        // Removals, as contiguous ranges from the bottom so indexes stay valid.
        for (int last = int(m_rows.size()) - 1; last >= 0; --last) {
            if (wanted.contains(keyOf(m_rows[last]))) continue;
            int first = last;
            while (first > 0 && !wanted.contains(keyOf(m_rows[first - 1])))
                --first;
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            last = first;
        }
        QHash<Key, int> present;
        for (int i = 0; i < m_rows.size(); ++i) {
            present.insert(keyOf(m_rows[i]), i);
            m_rows[i] = incoming[wanted.value(keyOf(m_rows[i]))];
        }
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
        QList<Row> added;
        for (const Row& r : incoming)
            if (!present.contains(keyOf(r))) added.append(r);
        if (!added.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
            m_rows += added;
            endInsertRows();
        }
    }

    QList<Row> m_rows;
};

} // namespace samsa::ui
