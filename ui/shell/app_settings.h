#pragma once

#include <QString>
#include <QStringList>

namespace samsa::app {
class ProfileStore;
}

namespace samsa::ui {

// The user's preferences from the Settings dialog. They live in the settings database
// next to the window layout, so they travel with it and need no second file.
struct AppSettings {
    enum class Theme { System, Light, Dark };

    // Empty follows the system's language; otherwise a locale name such as "zh_CN".
    // Read once at start: Qt builds many texts when a widget is made, so a new language
    // needs a restart to reach every one of them.
    QString language;
    Theme theme = Theme::System;
    // How often pages that watch the cluster by themselves read it again.
    int refreshSeconds = kDefaultRefreshSeconds;

    static constexpr int kDefaultRefreshSeconds = 10;
    static constexpr int kMinRefreshSeconds = 2;
    static constexpr int kMaxRefreshSeconds = 600;

    // Defaults for what was never saved, or for a null store.
    static AppSettings load(const samsa::app::ProfileStore* store);
    bool save(samsa::app::ProfileStore* store) const;

    // "system", "light", "dark": the spelling of --theme and of the stored value.
    static QString themeKey(Theme theme);
    static bool parseTheme(const QString& key, Theme* theme);

    bool operator==(const AppSettings&) const = default;
};

// The languages Samsa has a translation for ("de", "zh_CN"...), found in the
// translations compiled into the executable; English, the source language, is always
// available and is listed first as "en".
QStringList availableLanguages();

} // namespace samsa::ui
