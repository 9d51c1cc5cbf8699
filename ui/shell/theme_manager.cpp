#include "ui/shell/theme_manager.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <functional>
#include <memory>

namespace samsa::ui {

namespace {

const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kPortalSettings = QStringLiteral("org.freedesktop.portal.Settings");
const QString kAppearance = QStringLiteral("org.freedesktop.appearance");
const QString kColorScheme = QStringLiteral("color-scheme");

// The portal wraps its answer in one or two variants depending on its version.
QVariant unwrap(QVariant value) {
    while (value.canConvert<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value;
}

// color-scheme: 0 no preference, 1 prefers dark, 2 prefers light.
constexpr uint kPrefersDark = 1;

// Receives the portal's SettingChanged signal, which QtDBus can only deliver to a slot.
class PortalListener : public QObject {
    Q_OBJECT
public:
    PortalListener(std::function<void(bool)> onChange, QObject* parent)
        : QObject(parent), m_onChange(std::move(onChange)) {}

public slots:
    void settingChanged(const QString& group, const QString& key, const QDBusVariant& value) {
        if (group == kAppearance && key == kColorScheme)
            m_onChange(unwrap(value.variant()).toUInt() == kPrefersDark);
    }

private:
    std::function<void(bool)> m_onChange;
};

// Fusion outlines check boxes and radio buttons in a shade of the window colour, which
// vanishes against the dark palette's base (a list's check column shows no box at all).
// This draws the outline once more in a colour that stands out on either palette.
class SamsaStyle : public QProxyStyle {
public:
    SamsaStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton) return;
        const QColor base = option->palette.color(QPalette::Base);
        if (base.lightness() >= 128) return; // Fusion's own outline shows on light bases
        painter->save();
        painter->setBrush(Qt::NoBrush);
        painter->setPen(option->palette.color(QPalette::Disabled, QPalette::Text));
        if (element == PE_IndicatorCheckBox) {
            painter->setRenderHint(QPainter::Antialiasing, false);
            painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        } else {
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->drawEllipse(QRectF(option->rect).adjusted(1.5, 1.5, -1.5, -1.5));
        }
        painter->restore();
    }
};

// The palette the platform theme handed the app before any was set: a dark desktop
// theme (GTK's or KDE's) shows here even without the portal.
bool paletteIsDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

ThemeManager::ThemeManager(QObject* parent) : QObject(parent) {
    m_systemDark = paletteIsDark(QGuiApplication::palette());
    watchPortal();
}

void ThemeManager::setTheme(AppSettings::Theme theme) {
    m_theme = theme;
    apply();
}

void ThemeManager::setSystemPrefersDark(bool dark) {
    if (dark == m_systemDark) return;
    m_systemDark = dark;
    if (m_theme == AppSettings::Theme::System && m_applied) apply();
}

void ThemeManager::apply() {
    const bool dark = m_theme == AppSettings::Theme::Dark ||
                      (m_theme == AppSettings::Theme::System && m_systemDark);
    // Fusion draws every control from the palette, so both palettes look finished on
    // every desktop; native styles often ignore a dark palette in places.
    if (!m_applied) QApplication::setStyle(new SamsaStyle);
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    m_applied = true;
    if (dark != m_dark) {
        m_dark = dark;
        emit darkChanged(dark);
    }
}

void ThemeManager::watchPortal() {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) return;
    auto* listener = new PortalListener([this](bool dark) { setSystemPrefersDark(dark); }, this);
    bus.connect(kPortalService, kPortalPath, kPortalSettings, QStringLiteral("SettingChanged"),
                listener, SLOT(settingChanged(QString, QString, QDBusVariant)));
    // Asked without waiting: the app starts with the platform's guess and switches
    // when the answer arrives, a moment later.
    QDBusMessage read = QDBusMessage::createMethodCall(kPortalService, kPortalPath, kPortalSettings,
                                                       QStringLiteral("Read"));
    read << kAppearance << kColorScheme;
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(read), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher* call) {
                call->deleteLater();
                const QDBusPendingReply<QDBusVariant> reply = *call;
                if (reply.isError()) return; // no portal: the platform's palette decides
                setSystemPrefersDark(unwrap(reply.value().variant()).toUInt() == kPrefersDark);
            });
}

QPalette ThemeManager::lightPalette() {
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion->standardPalette();
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xce));
    palette.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xbf));
    // Fusion's own greys out disabled text until it is hard to read at all.
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return palette;
}

QPalette ThemeManager::darkPalette() {
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe3, 0xe5, 0xe8);
    const QColor disabledText(0x7d, 0x82, 0x8a);
    const QColor button(0x36, 0x39, 0x3e);
    const QColor highlight(0x2f, 0x6b, 0xc8);

    QPalette p(button, window); // derives Light, Midlight, Mid, Dark and Shadow
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x45));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8e, 0x93, 0x9b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3f, 0x42, 0x47));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

} // namespace samsa::ui

#include "theme_manager.moc"
