#include "ui/shell/settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace samsa::ui {

QString SettingsDialog::languageName(const QString& language) {
    const QLocale locale(language);
    // The source texts serve every English; "American English" would promise more.
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return QStringLiteral("English");
    QString name = locale.nativeLanguageName();
    // "中文" alone does not say which script; Qt names the variant by its territory.
    if (locale.language() == QLocale::Chinese)
        name = locale.script() == QLocale::TraditionalChineseScript ? QStringLiteral("繁體中文")
                                                                    : QStringLiteral("简体中文");
    if (name.isEmpty()) return language;
    return name.left(1).toUpper() + name.mid(1);
}

SettingsDialog::SettingsDialog(const AppSettings& current, const QString& runningLanguage,
                               QWidget* parent)
    : QDialog(parent), m_runningLanguage(runningLanguage) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    //: %1 is the system's language, named in itself ("Deutsch", "简体中文").
    m_language->addItem(tr("System language (%1)").arg(languageName(QLocale::system().name())),
                        QString());
    for (const QString& language : availableLanguages())
        m_language->addItem(languageName(language), language);
    if (const int index = m_language->findData(current.language); index >= 0)
        m_language->setCurrentIndex(index);
    m_language->setToolTip(tr("The language of Samsa's texts, numbers and dates"));

    m_restartNote = new QLabel(tr("The new language is used after Samsa restarts."), this);
    m_restartNote->setObjectName(QStringLiteral("settingsRestartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setVisible(false);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->addItem(tr("Same as the system"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(current.theme)));

    m_refresh = new QSpinBox(this);
    m_refresh->setObjectName(QStringLiteral("settingsRefresh"));
    m_refresh->setRange(AppSettings::kMinRefreshSeconds, AppSettings::kMaxRefreshSeconds);
    m_refresh->setValue(current.refreshSeconds);
    //: Unit after the refresh interval's number: seconds.
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setToolTip(tr("How often the cluster overview reads the cluster again while it "
                             "is shown. Each read asks the brokers for metadata and log sizes."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Refresh every:"), m_refresh);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRestartNote);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateRestartNote();
}

AppSettings SettingsDialog::settings() const {
    AppSettings s;
    s.language = m_language->currentData().toString();
    s.theme = AppSettings::Theme(m_theme->currentData().toInt());
    s.refreshSeconds = m_refresh->value();
    return s;
}

namespace {
// The translation a language setting leads to: "" is the system's, and every English
// (or the untranslated C locale) is the source text.
QString translationFor(const QString& language) {
    const QLocale locale(language.isEmpty() ? QLocale::system().name() : language);
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return QStringLiteral("en");
    return locale.name();
}
} // namespace

void SettingsDialog::updateRestartNote() {
    m_restartNote->setVisible(translationFor(m_language->currentData().toString()) !=
                              translationFor(m_runningLanguage));
}

} // namespace samsa::ui
