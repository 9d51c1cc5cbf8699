#pragma once

#include "ui/topic_detail/configs_model.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace samsa::ui {

// Changes one topic config: an editor that fits the config's type (a choice for
// booleans, digits only for numbers), Apply to set the value on the topic, and Reset to
// drop the topic's override so the broker's default applies again. It only asks; the
// page sends the change and shows how it went.
class ConfigEditDialog : public QDialog {
    Q_OBJECT
public:
    ConfigEditDialog(const QString& topic, const ConfigsModel::Row& row, QWidget* parent = nullptr);

    QString name() const { return m_name; }
    // What Apply would send, or an empty string with problem() set when it is not valid.
    QString value() const;
    QString problem() const;

    QLineEdit* valueEdit() const { return m_edit; }   // null for booleans
    QComboBox* valueCombo() const { return m_combo; } // null unless boolean
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* resetButton() const { return m_reset; }

signals:
    void applyRequested(const QString& name, const QString& value);
    void resetRequested(const QString& name);

private:
    void validate();

    QString m_name;
    int m_type;
    QLineEdit* m_edit = nullptr;
    QComboBox* m_combo = nullptr;
    QLabel* m_hint;
    QLabel* m_problem;
    QPushButton* m_apply;
    QPushButton* m_reset;
};

} // namespace samsa::ui
