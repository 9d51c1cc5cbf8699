#pragma once

#include <QString>
#include <QWidget>
#include <utility>
#include <vector>

class QTableWidget;
class QToolButton;

namespace samsa::ui {

// Record headers as a key/value table with add and remove. Headers are kept in order
// and a key may repeat, as Kafka allows.
class HeadersEditor : public QWidget {
    Q_OBJECT
public:
    explicit HeadersEditor(QWidget* parent = nullptr);

    // Rows with both cells empty are left out.
    std::vector<std::pair<QString, QString>> headers() const;
    void addHeader(const QString& key = {}, const QString& value = {});
    // Why the headers cannot be sent (a value without a key); empty otherwise.
    QString problem() const;

    QTableWidget* table() const { return m_table; }
    QToolButton* addButton() const { return m_add; }
    QToolButton* removeButton() const { return m_remove; }

signals:
    void changed();

private:
    QTableWidget* m_table;
    QToolButton* m_add;
    QToolButton* m_remove;
};

} // namespace samsa::ui
