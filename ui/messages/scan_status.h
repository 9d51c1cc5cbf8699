#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace samsa::app {
class MessageScan;
}

namespace samsa::ui {

// The progress of a scan over a topic: how many records were read of how many, how many
// matched, how fast, with a way to cancel. Stays visible with the final counts when the
// scan ends, so "no match" comes with how much was searched.
class ScanStatus : public QWidget {
    Q_OBJECT
public:
    explicit ScanStatus(QWidget* parent = nullptr);

    void track(samsa::app::MessageScan* scan);
    void reset();
    QString text() const;

    QProgressBar* bar() const { return m_bar; }
    QToolButton* cancelButton() const { return m_cancel; }

private:
    void update();

    QPointer<samsa::app::MessageScan> m_scan;
    QProgressBar* m_bar;
    QLabel* m_text;
    QToolButton* m_cancel;
};

} // namespace samsa::ui
