// PayloadView's copy and save actions.
#include "ui/record_detail/payload_view.h"

#include "ui/common/format.h"
#include "ui/common/inline_message.h"
#include "ui/record_detail/payload_render.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <algorithm>

namespace samsa::ui {

namespace {

void putOnClipboard(const QString& text, const QByteArray* raw = nullptr) {
    auto* mime = new QMimeData;
    mime->setText(text);
    // For applications that take bytes, so a binary payload survives the round trip.
    if (raw) mime->setData(QStringLiteral("application/octet-stream"), *raw);
    QGuiApplication::clipboard()->setMimeData(mime);
}

// Writes `bytes` as they are; the reason it could not, or an empty string. QSaveFile: a
// failed write leaves an existing file as it was, not half replaced.
QString writeFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return file.errorString();
    if (file.write(bytes) != bytes.size() || !file.commit()) return file.errorString();
    return {};
}

} // namespace

bool PayloadView::saveTo(const QString& path, QString* error) {
    const QString problem =
        m_bytes ? writeFile(path, *m_bytes) : tr("it is null, so there are no bytes to save");
    if (problem.isEmpty()) return true;
    if (error) *error = saveError(path, problem);
    return false;
}

QString PayloadView::saveError(const QString& path, const QString& reason) const {
    //: %1 is "key", "value" or "header value", %2 a file path, %3 the system's reason.
    return tr("Could not save the %1 to %2: %3")
        .arg(partName(), QDir::toNativeSeparators(path), reason);
}

void PayloadView::save() {
    if (!m_bytes) return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: Title of the save dialog; %1 is "key", "value" or "header value".
    auto* dialog = new QFileDialog(this, tr("Save the %1").arg(partName()),
                                   QDir(folder).filePath(m_suggestedName));
    dialog->setObjectName(m_prefix + QStringLiteral("SaveDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The payload as it was when the dialog opened, even if another record is shown
    // by the time the user picks the file.
    const QByteArray bytes = *m_bytes;
    connect(dialog, &QFileDialog::fileSelected, this, [this, bytes](const QString& path) {
        const QString problem = writeFile(path, bytes);
        if (problem.isEmpty())
            //: %1 is a size such as "1.2 KiB", %2 a file path.
            m_message->showInfo(tr("Saved %1 to %2.")
                                    .arg(formatBytes(bytes.size()), QDir::toNativeSeparators(path)));
        else
            m_message->showError(saveError(path, problem));
    });
    dialog->open();
}

void PayloadView::copyShown() {
    if (!m_bytes || m_bytes->isEmpty()) return;
    const QString text = shownText();
    // A value that does not parse as JSON has no JSON form; its text is the best copy.
    if (text.isEmpty()) {
        copyText();
        return;
    }
    putOnClipboard(text);
}

void PayloadView::copyText() {
    if (!m_bytes) return;
    putOnClipboard(QString::fromUtf8(*m_bytes), &*m_bytes);
}

void PayloadView::copyBase64() {
    if (!m_bytes) return;
    putOnClipboard(QString::fromLatin1(m_bytes->toBase64()));
}

void PayloadView::copyHex() {
    if (!m_bytes) return;
    putOnClipboard(QString::fromLatin1(m_bytes->toHex()));
}

void PayloadView::copySelectedHexLines() {
    if (!m_bytes) return;
    QList<int> rows;
    for (const QModelIndex& index : m_hex->selectionModel()->selectedRows()) rows << index.row();
    std::sort(rows.begin(), rows.end());
    QString text;
    for (int row : rows) {
        text += render::hexLine(*m_bytes, qsizetype(row) * render::kHexBytesPerLine);
        text += QLatin1Char('\n');
    }
    if (!text.isEmpty()) putOnClipboard(text);
}

} // namespace samsa::ui
