#pragma once

#include <QWidget>

// After the Qt headers: moc cannot parse the standard headers this pulls in first.
#include "app/messages/payload_format.h"

class QGridLayout;
class QLabel;

namespace samsa::ui {

// The strip above a record's payloads: where the record is, when it was written, how
// big it is, how its batch was produced, and badges for what makes it special
// (tombstone, transactional, control, aborted).
class RecordSummary : public QWidget {
    Q_OBJECT
public:
    explicit RecordSummary(QWidget* parent = nullptr);

    void showRecord(const app::RecordDetail& detail);

private:
    QLabel* addField(QGridLayout* grid, int row, int column, const QString& name,
                     const QString& caption, const QString& tooltip, int span = 1);
    QLabel* addBadge(const QString& name, const QString& text, const QString& tooltip);

    QLabel* m_title;
    QLabel* m_timestamp;
    QLabel* m_key;
    QLabel* m_size;
    QLabel* m_compression;
    QLabel* m_producer;
    QLabel* m_tombstone;
    QLabel* m_transactional;
    QLabel* m_control;
    QLabel* m_aborted;
};

} // namespace samsa::ui
