#pragma once

#include <QDialog>

class QPushButton;
class QSpinBox;

namespace samsa::ui {

// Asks for a topic's new partition count. Kafka can only add partitions, and adding
// them changes where keys land, which users have to know before they confirm.
class AddPartitionsDialog : public QDialog {
    Q_OBJECT
public:
    AddPartitionsDialog(const QString& topic, int currentCount, QWidget* parent = nullptr);

    int totalCount() const;
    QSpinBox* countBox() const { return m_count; }
    QPushButton* okButton() const { return m_ok; }

signals:
    void addRequested(int totalCount);

private:
    QSpinBox* m_count;
    QPushButton* m_ok;
};

} // namespace samsa::ui
