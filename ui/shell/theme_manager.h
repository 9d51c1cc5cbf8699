#pragma once

#include "ui/shell/app_settings.h"

#include <QObject>
#include <QPalette>

namespace samsa::ui {

// Gives the whole app one look: Qt's Fusion style with a light or a dark palette. By
// default it follows the desktop's preference (the freedesktop portal's color-scheme,
// which GNOME and KDE both publish, or else the palette the platform theme gave the app)
// and changes along with it while the app runs.
class ThemeManager : public QObject {
    Q_OBJECT
public:
    explicit ThemeManager(QObject* parent = nullptr);

    void setTheme(AppSettings::Theme theme);
    AppSettings::Theme theme() const { return m_theme; }
    // Whether the palette in use is the dark one.
    bool isDark() const { return m_dark; }
    // What the desktop prefers, as far as it is known.
    bool systemPrefersDark() const { return m_systemDark; }

    static QPalette lightPalette();
    static QPalette darkPalette();

signals:
    void darkChanged(bool dark);

private:
    void setSystemPrefersDark(bool dark);
    void apply();
    void watchPortal();

    AppSettings::Theme m_theme = AppSettings::Theme::System;
    bool m_systemDark = false;
    bool m_dark = false;
    bool m_applied = false;
};

} // namespace samsa::ui
