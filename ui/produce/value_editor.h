#pragma once

#include "app/produce/message_template.h"

#include <QByteArray>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace samsa::ui {

class FieldMessage;

// The record value: text, JSON (checked as it is typed, the problem shown with its
// line and column), the bytes of a file, or null (a tombstone).
class ValueEditor : public QWidget {
    Q_OBJECT
public:
    enum class Format { Text, Json, File, Null };
    Q_ENUM(Format)

    // Files larger than this are refused: far past any broker's message.max.bytes.
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

    explicit ValueEditor(QWidget* parent = nullptr);

    // A placeholder problem, with the way out for text that means its braces literally.
    static QString placeholderProblem(const QString& problem);

    Format format() const;
    void setFormat(Format format);
    void setText(const QString& text);
    // Placeholders in text and JSON are expanded per record when on.
    void setExpandPlaceholders(bool expand);
    void setFile(const QString& path);

    // The value to send: nothing for null. Only meaningful when problem() is empty and
    // isReady().
    std::optional<app::MessageTemplate> valueTemplate() const;
    QString problem() const { return m_problem; }
    // False while a file is being read.
    bool isReady() const { return !m_reading; }

    QComboBox* formatCombo() const { return m_format; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QLineEdit* filePath() const { return m_filePath; }
    QLabel* fileInfo() const { return m_fileInfo; }
    FieldMessage* errorLabel() const { return m_error; }

signals:
    void changed();

private:
    void revalidate();
    void chooseFile();

    QComboBox* m_format;
    QStackedWidget* m_stack;
    QPlainTextEdit* m_text;
    QLineEdit* m_filePath;
    QPushButton* m_browse;
    QLabel* m_fileInfo;
    QLabel* m_nullInfo;
    FieldMessage* m_error;
    bool m_expand = true;
    bool m_reading = false;
    quint64 m_readSerial = 0;
    std::optional<QByteArray> m_fileBytes;
    QString m_fileError;
    QString m_problem;
    std::optional<app::MessageTemplate> m_template;
};

} // namespace samsa::ui
