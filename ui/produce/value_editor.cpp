#include "ui/produce/value_editor.h"

#include "app/produce/json_check.h"
#include "ui/common/format.h"
#include "ui/produce/field_message.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace samsa::ui {

namespace {

struct FileRead {
    QByteArray bytes;
    QString error;
};

FileRead readFile(const QString& path) {
    FileRead out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path, %2 the system's reason
        out.error = ValueEditor::tr("Cannot read %1: %2").arg(path, file.errorString());
    } else if (file.size() > ValueEditor::kMaxFileBytes) {
        out.error = ValueEditor::tr("The file is %1; values are limited to %2.")
                        .arg(formatBytes(file.size()), formatBytes(ValueEditor::kMaxFileBytes));
    } else {
        out.bytes = file.readAll();
        if (file.error() != QFileDevice::NoError)
            out.error = ValueEditor::tr("Cannot read %1: %2").arg(path, file.errorString());
    }
    return out;
}

} // namespace

ValueEditor::ValueEditor(QWidget* parent) : QWidget(parent) {
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("valueFormat"));
    m_format->addItem(tr("Text"), int(Format::Text));
    m_format->addItem(tr("JSON"), int(Format::Json));
    m_format->addItem(tr("File"), int(Format::File));
    //: the record has no value (a null value, which Kafka calls a tombstone)
    m_format->addItem(tr("Null (tombstone)"), int(Format::Null));
    m_format->setToolTip(
        tr("Text and JSON are sent as UTF-8; JSON is checked first. A file is sent byte for "
           "byte. A null value is a tombstone: on a compacted topic it deletes the key."));

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("value"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlaceholderText(tr("The record value, e.g. {\"id\": {{i}}, \"at\": {{now}}}"));

    auto* filePage = new QWidget(this);
    m_filePath = new QLineEdit(filePage);
    m_filePath->setObjectName(QStringLiteral("valueFile"));
    m_filePath->setPlaceholderText(tr("File whose bytes are the value"));
    m_browse = new QPushButton(tr("&Browse…"), filePage);
    m_browse->setAutoDefault(false);
    m_fileInfo = new QLabel(filePage);
    m_fileInfo->setForegroundRole(QPalette::PlaceholderText);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_filePath, 1);
    fileRow->addWidget(m_browse);
    auto* fileLayout = new QVBoxLayout(filePage);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addLayout(fileRow);
    fileLayout->addWidget(m_fileInfo);
    fileLayout->addStretch(1);

    m_nullInfo =
        new QLabel(tr("The record is sent without a value. On a topic with cleanup.policy=compact, "
                      "this deletes the key once the log is cleaned."),
                   this);
    m_nullInfo->setWordWrap(true);
    m_nullInfo->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_nullInfo->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_text);
    m_stack->addWidget(filePage);
    m_stack->addWidget(m_nullInfo);

    m_error = new FieldMessage(QStringLiteral("valueError"), this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_error);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const Format f = format();
        m_stack->setCurrentIndex(f == Format::File ? 1 : f == Format::Null ? 2 : 0);
        revalidate();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, &ValueEditor::revalidate);
    connect(m_browse, &QPushButton::clicked, this, &ValueEditor::chooseFile);
    connect(m_filePath, &QLineEdit::editingFinished, this, [this] {
        if (m_filePath->isModified()) setFile(m_filePath->text());
        m_filePath->setModified(false);
    });
    revalidate();
}

QString ValueEditor::placeholderProblem(const QString& problem) {
    return problem + QLatin1Char(' ') +
           tr("To send {{ and }} as they are, turn off \"Fill in placeholders\".");
}

ValueEditor::Format ValueEditor::format() const {
    return Format(m_format->currentData().toInt());
}

void ValueEditor::setFormat(Format format) {
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ValueEditor::setText(const QString& text) {
    m_text->setPlainText(text);
}

void ValueEditor::setExpandPlaceholders(bool expand) {
    m_expand = expand;
    revalidate();
}

void ValueEditor::chooseFile() {
    auto* dialog = new QFileDialog(window(), tr("Value from File"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    if (!m_filePath->text().isEmpty())
        dialog->setDirectory(QFileInfo(m_filePath->text()).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, &ValueEditor::setFile);
    dialog->open();
}

void ValueEditor::setFile(const QString& path) {
    m_filePath->setText(path);
    m_fileBytes.reset();
    m_fileError.clear();
    const quint64 serial = ++m_readSerial;
    if (path.isEmpty()) {
        m_reading = false;
        revalidate();
        return;
    }
    m_reading = true;
    m_fileInfo->setText(tr("Reading…"));
    revalidate();
    auto* watcher = new QFutureWatcher<FileRead>(this);
    connect(watcher, &QFutureWatcher<FileRead>::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        if (serial != m_readSerial) return; // another file was chosen meanwhile
        m_reading = false;
        FileRead read = watcher->result();
        m_fileError = read.error;
        if (read.error.isEmpty()) m_fileBytes = std::move(read.bytes);
        revalidate();
    });
    watcher->setFuture(QtConcurrent::run(readFile, path));
}

void ValueEditor::revalidate() {
    m_problem.clear();
    m_template.reset();
    const QByteArray text = m_text->toPlainText().toUtf8();
    switch (format()) {
    case Format::Null:
        break;
    case Format::File:
        if (m_reading) break;
        if (!m_fileError.isEmpty())
            m_problem = m_fileError;
        else if (!m_fileBytes)
            m_problem = tr("Choose the file to send.");
        else
            m_template = app::MessageTemplate::literal(*m_fileBytes);
        m_fileInfo->setText(
            m_fileBytes ? tr("%1 to send as they are.").arg(formatBytes(m_fileBytes->size()))
                        : QString());
        break;
    case Format::Text:
    case Format::Json: {
        if (!m_expand) {
            m_template = app::MessageTemplate::literal(text);
        } else {
            m_template = app::MessageTemplate::parse(text, &m_problem);
            if (!m_template) {
                m_problem = placeholderProblem(m_problem);
                break;
            }
        }
        if (format() != Format::Json) break;
        // Checked as the first record will be, placeholders filled in.
        app::TemplateContext sample;
        sample.startRecord(0, 0);
        if (const auto problem = app::checkJson(m_template->expand(sample))) {
            m_problem = problem->line > 0
                            //: %1 line, %2 column, %3 what the JSON parser found wrong
                            ? tr("Not valid JSON at line %1, column %2: %3")
                                  .arg(problem->line)
                                  .arg(problem->column)
                                  .arg(problem->message)
                            : problem->message;
            m_template.reset();
        }
        break;
    }
    }
    // An empty editor is not worth a red line before the user typed anything.
    const bool untouchedJson =
        format() == Format::Json && text.trimmed().isEmpty() && !m_text->document()->isModified();
    m_error->showProblem(untouchedJson ? QString() : m_problem);
    emit changed();
}

std::optional<app::MessageTemplate> ValueEditor::valueTemplate() const {
    return format() == Format::Null ? std::nullopt : m_template;
}

} // namespace samsa::ui
