#pragma once

#include <QString>

namespace samsa::ui {

// Installs Samsa's and Qt's own translations for `language` ("" follows the system) and
// makes its locale the default, so that numbers, sizes and dates read the way the texts
// do. English plural forms ("1 topic", "2 topics") are installed under every language.
// `directory` holds samsa_<language>.qm; Qt's files come from Qt's installation.
// Returns the locale name the texts appear in: "en" when there is no translation.
// Call once, before any window exists.
QString installUiLanguage(const QString& language,
                          const QString& directory = QStringLiteral(":/i18n"));

} // namespace samsa::ui
