#pragma once

#include <QLabel>

namespace samsa::ui {

// The red sentence under a field that explains what is wrong with it; hidden when empty.
class FieldMessage : public QLabel {
public:
    explicit FieldMessage(const QString& objectName, QWidget* parent = nullptr) : QLabel(parent) {
        setObjectName(objectName);
        setWordWrap(true);
        setTextInteractionFlags(Qt::TextSelectableByMouse);
        setStyleSheet(QStringLiteral("color: #c62828;"));
        hide();
    }
    void showProblem(const QString& text) {
        setText(text);
        setVisible(!text.isEmpty());
    }
};

} // namespace samsa::ui
