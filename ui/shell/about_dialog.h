#pragma once

#include <QDialog>

class QTreeWidget;

namespace samsa::ui {

// Help → About Samsa: version, license, and the versions of the libraries it runs
// with, which a bug report needs; "Copy" puts all of it on the clipboard as text.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // What "Copy" puts on the clipboard.
    QString versionReport() const;
    QTreeWidget* libraries() const { return m_libraries; }

private:
    QTreeWidget* m_libraries;
};

} // namespace samsa::ui
