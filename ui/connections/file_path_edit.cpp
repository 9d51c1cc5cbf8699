#include "ui/connections/file_path_edit.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace samsa::ui {

FilePathEdit::FilePathEdit(QString dialogTitle, QString nameFilter, QWidget* parent)
    : QWidget(parent),
      m_dialogTitle(std::move(dialogTitle)),
      m_nameFilter(std::move(nameFilter)),
      m_edit(new QLineEdit(this)),
      m_browse(new QToolButton(this)) {
    m_edit->setClearButtonEnabled(true);
    m_browse->setText(tr("Browse…"));
    m_browse->setToolTip(m_dialogTitle);
    connect(m_browse, &QToolButton::clicked, this, &FilePathEdit::browse);
    connect(m_edit, &QLineEdit::textEdited, this, &FilePathEdit::pathEdited);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit);
}

QString FilePathEdit::path() const {
    return m_edit->text().trimmed();
}

void FilePathEdit::setPath(const QString& path) {
    m_edit->setText(path);
}

void FilePathEdit::browse() {
    auto* dialog = new QFileDialog(window(), m_dialogTitle);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({m_nameFilter, tr("All files (*)")});
    if (!path().isEmpty()) dialog->setDirectory(QFileInfo(path()).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
        m_edit->setText(file);
        emit pathEdited(file);
    });
    dialog->open();
}

} // namespace samsa::ui
