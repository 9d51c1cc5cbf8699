#include "ui/overview/stat_tile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace samsa::ui {

StatTile::StatTile(const QString& caption, const QString& valueObjectName, QWidget* parent)
    : QFrame(parent) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto* captionLabel = new QLabel(caption, this);
    m_value = new QLabel(QStringLiteral("…"), this);
    m_value->setObjectName(valueObjectName);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_detail = new QLabel(this);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(captionLabel);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
}

void StatTile::setValue(const QString& value, const QString& detail) {
    m_value->setText(value);
    m_detail->setText(detail);
}

QString StatTile::value() const {
    return m_value->text();
}

void StatTile::setAlert(bool alert) {
    m_alert = alert;
    QPalette p = parentWidget() ? parentWidget()->palette() : palette();
    if (alert) {
        // Mixed from the theme's window colour so it reads in light and dark themes.
        const QColor base = p.color(QPalette::Window);
        const QColor red(220, 50, 47);
        QColor tint;
        tint.setRgbF(base.redF() * 0.75 + red.redF() * 0.25,
                     base.greenF() * 0.75 + red.greenF() * 0.25,
                     base.blueF() * 0.75 + red.blueF() * 0.25);
        p.setColor(QPalette::Window, tint);
    }
    setPalette(p);
    QPalette valuePalette = m_value->palette();
    valuePalette.setColor(QPalette::WindowText,
                          alert ? QColor(190, 30, 30) : p.color(QPalette::WindowText));
    m_value->setPalette(valuePalette);
}

} // namespace samsa::ui
