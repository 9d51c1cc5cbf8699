#include "ui/shell/app_settings.h"

#include "app/profile_store.h"

#include <QDir>
#include <algorithm>

namespace samsa::ui {

namespace {
const QString kLanguageKey = QStringLiteral("settings/language");
const QString kThemeKey = QStringLiteral("settings/theme");
const QString kRefreshKey = QStringLiteral("settings/refreshSeconds");
} // namespace

QString AppSettings::themeKey(Theme theme) {
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

bool AppSettings::parseTheme(const QString& key, Theme* theme) {
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark}) {
        if (key.compare(themeKey(t), Qt::CaseInsensitive) == 0) {
            *theme = t;
            return true;
        }
    }
    return false;
}

AppSettings AppSettings::load(const samsa::app::ProfileStore* store) {
    AppSettings settings;
    if (!store) return settings;
    settings.language = QString::fromUtf8(store->uiState(kLanguageKey));
    parseTheme(QString::fromUtf8(store->uiState(kThemeKey)), &settings.theme);
    bool ok = false;
    const int seconds = store->uiState(kRefreshKey).toInt(&ok);
    if (ok) settings.refreshSeconds = std::clamp(seconds, kMinRefreshSeconds, kMaxRefreshSeconds);
    return settings;
}

bool AppSettings::save(samsa::app::ProfileStore* store) const {
    if (!store) return false;
    // The table keeps no NULL values; "" (the system's language) is stored as empty.
    const QByteArray languageValue = language.isEmpty() ? QByteArray("") : language.toUtf8();
    const bool savedLanguage = store->setUiState(kLanguageKey, languageValue);
    const bool savedTheme = store->setUiState(kThemeKey, themeKey(theme).toUtf8());
    const bool savedRefresh = store->setUiState(kRefreshKey, QByteArray::number(refreshSeconds));
    return savedLanguage && savedTheme && savedRefresh;
}

QStringList availableLanguages() {
    QStringList languages{QStringLiteral("en")};
    const QStringList files =
        QDir(QStringLiteral(":/i18n"))
            .entryList({QStringLiteral("samsa_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString name = file.mid(6, file.size() - 9); // samsa_<name>.qm
        if (!languages.contains(name)) languages.append(name);
    }
    return languages;
}

} // namespace samsa::ui
