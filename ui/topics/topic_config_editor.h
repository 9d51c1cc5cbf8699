#pragma once

#include <QWidget>

class QTableView;
class QToolButton;

namespace samsa::ui {

class ConfigOverridesModel;

// The "More configs" editor of the create-topic dialog: a key/value table whose key
// column completes Kafka's topic config names and whose last column shows each key's
// documented default, or what is wrong with the row.
class TopicConfigEditor : public QWidget {
    Q_OBJECT
public:
    explicit TopicConfigEditor(QWidget* parent = nullptr);

    ConfigOverridesModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

public slots:
    // Adds an empty row and starts editing its key.
    void addRow();
    void removeSelectedRows();

signals:
    void changed();

private:
    ConfigOverridesModel* m_model;
    QTableView* m_view;
    QToolButton* m_add;
    QToolButton* m_remove;
};

} // namespace samsa::ui
