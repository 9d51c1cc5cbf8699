#pragma once

#include <QFrame>

class QLabel;

namespace samsa::ui {

// One figure of the overview: a caption, the value in large type and a line of detail.
// An alert tile (offline partitions > 0...) is tinted so it is seen at a glance.
class StatTile : public QFrame {
    Q_OBJECT
public:
    // valueObjectName names the value label, so tests and screenshots can find it.
    StatTile(const QString& caption, const QString& valueObjectName, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& detail = {});
    void setAlert(bool alert);
    bool isAlert() const { return m_alert; }
    QString value() const;

private:
    QLabel* m_value;
    QLabel* m_detail;
    bool m_alert = false;
};

} // namespace samsa::ui
