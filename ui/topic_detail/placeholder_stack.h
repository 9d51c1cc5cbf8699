#pragma once

#include <QLabel>
#include <QStackedWidget>

namespace samsa::ui {

// A view that gives way to a sentence when it has nothing to show ("Loading…", "No
// setting matches the filter"), so an empty table is never left to be guessed at.
class PlaceholderStack : public QStackedWidget {
public:
    PlaceholderStack(QWidget* content, QWidget* parent = nullptr)
        : QStackedWidget(parent), m_label(new QLabel(this)) {
        m_label->setAlignment(Qt::AlignCenter);
        m_label->setWordWrap(true);
        m_label->setForegroundRole(QPalette::PlaceholderText);
        m_label->setObjectName(QStringLiteral("placeholder"));
        addWidget(content);
        addWidget(m_label);
    }

    void showPlaceholder(const QString& text) {
        m_label->setText(text);
        setCurrentWidget(m_label);
    }
    void showContent() { setCurrentIndex(0); }
    QString placeholderText() const { return currentWidget() == m_label ? m_label->text() : QString(); }

private:
    QLabel* m_label;
};

} // namespace samsa::ui
