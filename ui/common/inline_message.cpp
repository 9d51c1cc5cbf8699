#include "ui/common/inline_message.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace samsa::ui {

InlineMessage::InlineMessage(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("inlineMessage"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("inlineMessageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &InlineMessage::clear);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void InlineMessage::showMessage(Kind kind, const QString& text) {
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    const QStyle::StandardPixmap icon = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                        : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    // Tinted from the palette so it reads in light and dark themes alike.
    QPalette p = palette();
    const QColor base = p.color(QPalette::Window);
    const QColor tint = kind == Kind::Error     ? QColor(220, 50, 47)
                        : kind == Kind::Warning ? QColor(203, 145, 0)
                                                : QColor(38, 139, 210);
    QColor mixed;
    mixed.setRgbF(base.redF() * 0.8 + tint.redF() * 0.2, base.greenF() * 0.8 + tint.greenF() * 0.2,
                  base.blueF() * 0.8 + tint.blueF() * 0.2);
    p.setColor(QPalette::Window, mixed);
    setPalette(p);
    m_text->setText(text);
    show();
}

void InlineMessage::clear() {
    m_text->clear();
    hide();
}

QString InlineMessage::text() const { return m_text->text(); }

} // namespace samsa::ui
