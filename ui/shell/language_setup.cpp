#include "ui/shell/language_setup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace samsa::ui {

QString installUiLanguage(const QString& language, const QString& directory) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* app = QCoreApplication::instance();

    // The last translator installed is asked first: English plurals go in first, under
    // the user's language.
    auto* english = new QTranslator(app);
    if (english->load(QStringLiteral("samsa_en"), directory))
        QCoreApplication::installTranslator(english);
    else
        delete english;

    auto* samsa = new QTranslator(app);
    const bool translated =
        samsa->load(locale, QStringLiteral("samsa"), QStringLiteral("_"), directory) &&
        samsa->language() != QLatin1String("en");
    if (!translated) {
        delete samsa;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(samsa);
    // Standard buttons and dialogs (OK, Cancel, the file dialog...) speak it too.
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return samsa->language();
}

} // namespace samsa::ui
