#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace samsa::ui {

// A path field with a "Browse…" button. The file dialog is opened without a nested
// event loop; choosing a file sets the text as if the user had typed it.
class FilePathEdit : public QWidget {
    Q_OBJECT
public:
    FilePathEdit(QString dialogTitle, QString nameFilter, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* browseButton() const { return m_browse; }

signals:
    // The user typed or chose a file (not emitted by setPath()).
    void pathEdited(const QString& path);

private:
    void browse();

    QString m_dialogTitle;
    QString m_nameFilter;
    QLineEdit* m_edit;
    QToolButton* m_browse;
};

} // namespace samsa::ui
