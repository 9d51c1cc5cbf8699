#pragma once

#include <QWidget>

// After the Qt headers: moc cannot parse the standard headers this pulls in first.
#include "app/messages/browse_start.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace samsa::ui {

// The controls that say what the message table shows: which partitions, from where, in
// which order, live or not, and how transactions show. The page reacts to them.
class BrowseBar : public QWidget {
    Q_OBJECT
public:
    explicit BrowseBar(QWidget* parent = nullptr);

    void setPartitions(const QList<int>& partitions);
    // Empty: all partitions.
    QList<int> selectedPartitions() const;
    void selectPartition(int partition); // -1: all

    // The start as typed; an offset text with problems reads as offset 0.
    samsa::app::BrowseStart start() const;
    // Shows what is wrong with the typed start next to its input, or hides it; false when
    // something is (then nothing should be browsed).
    bool validateStart();
    // The problem validateStart shows, empty if none.
    QString startProblem() const;
    void setStart(const samsa::app::BrowseStart& start);
    void setGroups(const QStringList& groups);

    samsa::app::BrowseOrder order() const;
    void setOrder(samsa::app::BrowseOrder order);
    bool newestFirst() const;
    void setNewestFirst(bool newestFirst);
    samsa::app::RecordVisibility visibility() const;

    QComboBox* partitionCombo() const { return m_partition; }
    QComboBox* startCombo() const { return m_startKind; }
    QLineEdit* offsetEdit() const { return m_offset; }
    QLabel* startProblemLabel() const { return m_startProblem; }
    QDateTimeEdit* timeEdit() const { return m_time; }
    QSpinBox* countSpin() const { return m_count; }
    QComboBox* groupCombo() const { return m_group; }
    QPushButton* goButton() const { return m_go; }
    QComboBox* orderCombo() const { return m_order; }
    QCheckBox* newestFirstCheck() const { return m_newestFirst; }
    QToolButton* liveButton() const { return m_live; }
    QToolButton* pauseButton() const { return m_pause; }
    QCheckBox* autoScrollCheck() const { return m_autoScroll; }
    QComboBox* isolationCombo() const { return m_isolation; }
    QCheckBox* markersCheck() const { return m_markers; }
    QCheckBox* batchesCheck() const { return m_batches; }
    QToolButton* earlierButton() const { return m_earlier; }
    QLineEdit* jumpEdit() const { return m_jump; }
    QToolButton* jumpButton() const { return m_jumpGo; }

signals:
    // Go was pressed, or Enter in a start value.
    void browseRequested();
    // Partitions, order or what records show changed: browse again from the same start.
    void viewChanged();
    void newestFirstChanged(bool newestFirst);
    void liveToggled(bool live);
    void pauseToggled(bool paused);
    void batchBoundariesToggled(bool show);
    void earlierRequested();
    void jumpRequested(const QString& text);

private:
    void updateStartEditor();
    QList<int> topicPartitions() const;

    QComboBox* m_partition;
    QComboBox* m_startKind;
    QStackedWidget* m_startValue;
    QLineEdit* m_offset;
    QLabel* m_startProblem;
    QDateTimeEdit* m_time;
    QSpinBox* m_count;
    QComboBox* m_group;
    QPushButton* m_go;
    QComboBox* m_order;
    QCheckBox* m_newestFirst;
    QToolButton* m_live;
    QToolButton* m_pause;
    QCheckBox* m_autoScroll;
    QComboBox* m_isolation;
    QCheckBox* m_markers;
    QCheckBox* m_batches;
    QToolButton* m_earlier;
    QLineEdit* m_jump;
    QToolButton* m_jumpGo;
};

} // namespace samsa::ui
