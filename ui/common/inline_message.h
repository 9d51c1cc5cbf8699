#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace samsa::ui {

// A one-line message shown right where something happened: an error above the table
// that could not load, a notice under a form. Hidden when empty; errors stay until
// cleared or replaced, so a failure is never silent.
class InlineMessage : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit InlineMessage(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void showError(const QString& text) { showMessage(Kind::Error, text); }
    void showInfo(const QString& text) { showMessage(Kind::Info, text); }
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;

private:
    Kind m_kind = Kind::Info;
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
};

} // namespace samsa::ui
