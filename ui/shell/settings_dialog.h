#pragma once

#include "ui/shell/app_settings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace samsa::ui {

// Edit → Settings: language, theme and refresh interval. The caller saves and applies
// what settings() returns once the dialog is accepted.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // `runningLanguage` is the language the app runs in now, to tell when a restart is needed.
    SettingsDialog(const AppSettings& current, const QString& runningLanguage,
                   QWidget* parent = nullptr);

    AppSettings settings() const;

    QComboBox* languageBox() const { return m_language; }
    QComboBox* themeBox() const { return m_theme; }
    QSpinBox* refreshBox() const { return m_refresh; }
    QLabel* restartNote() const { return m_restartNote; }

    // "Deutsch", "简体中文": a language named in itself, as a user looks for it.
    static QString languageName(const QString& language);

private:
    void updateRestartNote();

    QString m_runningLanguage;
    QComboBox* m_language;
    QComboBox* m_theme;
    QSpinBox* m_refresh;
    QLabel* m_restartNote;
};

} // namespace samsa::ui
