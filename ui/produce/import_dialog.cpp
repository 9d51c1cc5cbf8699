#include "ui/produce/import_dialog.h"

#include "app/produce/import_job.h"
#include "ui/common/format.h"
#include "ui/common/inline_message.h"
#include "ui/produce/delivery_options.h"
#include "ui/produce/field_message.h"
#include "ui/produce/run_summary.h"
#include "ui/produce/topic_picker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samsa::ui {

using app::ImportJob;

ImportDialog::ImportDialog(app::ClusterService* service, const QString& topic, QWidget* parent)
    : QDialog(parent), m_service(service) {
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Records"));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("A .jsonl or .csv file exported from Samsa"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setAutoDefault(false);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_fileError = new FieldMessage(QStringLiteral("fileError"), this);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->addItem(tr("JSON Lines"), int(app::ExportFormat::JsonLines));
    m_format->addItem(tr("CSV"), int(app::ExportFormat::Csv));
    m_format->setToolTip(tr("Chosen from the file name; change it if the name says otherwise."));

    m_topic = new TopicPicker(service, this);

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_fileError);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("Into &topic:"), m_topic);

    m_keepPartitions = new QCheckBox(tr("Keep each record's &partition"), this);
    m_keepPartitions->setObjectName(QStringLiteral("keepPartitions"));
    m_keepPartitions->setChecked(true);
    m_keepPartitions->setToolTip(
        tr("Each record goes to the partition number it was read from, so the order "
           "within each partition is kept. The topic must have that many partitions."));
    m_keepTimestamps = new QCheckBox(tr("Keep the original time&stamps"), this);
    m_keepTimestamps->setObjectName(QStringLiteral("keepTimestamps"));
    m_keepTimestamps->setChecked(true);
    m_keepTimestamps->setToolTip(
        tr("Off: records get the time they are sent. A topic with "
           "message.timestamp.type=LogAppendTime sets its own time either way."));
    m_delivery = new DeliveryOptions(false, this);
    auto* replayBox = new QGroupBox(tr("Replay"), this);
    auto* replay = new QVBoxLayout(replayBox);
    replay->addWidget(m_keepPartitions);
    replay->addWidget(m_keepTimestamps);
    replay->addWidget(m_delivery);

    m_message = new InlineMessage(this);
    m_badLines = new QTableWidget(0, 2, this);
    m_badLines->setObjectName(QStringLiteral("badLines"));
    m_badLines->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    m_badLines->verticalHeader()->hide();
    m_badLines->horizontalHeader()->setStretchLastSection(true);
    m_badLines->setColumnWidth(0, fontMetrics().horizontalAdvance(QLatin1Char('m')) * 6);
    m_badLines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_badLines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_badLines->setWordWrap(false);
    m_badLines->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_badLines->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_badLines->setMinimumHeight(fontMetrics().height() * 10);
    m_badLines->hide();

    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("importPhase"));
    m_phase->setWordWrap(true);
    m_phase->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_cancel->setAutoDefault(false);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ApplyRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(replayBox);
    layout->addWidget(m_message);
    layout->addWidget(m_badLines, 1);
    layout->addWidget(m_phase);
    layout->addLayout(progressRow);
    layout->addStretch(0);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 52);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 64, sizeHint().height());

    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, [this](const QString& path) {
        m_format->setCurrentIndex(m_format->findData(int(app::exportFormatForPath(path))));
        updateValidation();
    });
    connect(m_topic, &TopicPicker::changed, this, &ImportDialog::updateValidation);
    connect(m_keepPartitions, &QCheckBox::toggled, this, [this](bool keep) {
        m_delivery->setPartitionerEnabled(!keep);
        updateValidation();
    });
    connect(m_delivery, &DeliveryOptions::changed, this, &ImportDialog::updateValidation);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    m_delivery->setPartitionerEnabled(false);
    m_topic->setTopic(topic);
    setRunning(false);
    m_phase->hide();
    m_progress->hide();
}

ImportDialog::~ImportDialog() = default;

const app::ImportJob* ImportDialog::lastRun() const {
    return m_job.data();
}

void ImportDialog::setFile(const QString& path) {
    m_file->setText(path);
}

void ImportDialog::chooseFile() {
    auto* dialog = new QFileDialog(this, tr("Import Records"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
        {tr("Exported records (*.jsonl *.ndjson *.json *.csv)"), tr("All files (*)")});
    if (!m_file->text().isEmpty()) dialog->setDirectory(QFileInfo(m_file->text()).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::setFile);
    dialog->open();
}

QString ImportDialog::problem() const {
    if (m_file->text().trimmed().isEmpty()) return tr("Choose the file to import.");
    if (!m_fileError->text().isEmpty()) return m_fileError->text();
    return m_topic->problem();
}

bool ImportDialog::isRunning() const {
    return m_job && m_job->phase() != ImportJob::Phase::Done;
}

void ImportDialog::updateValidation() {
    const QString path = m_file->text().trimmed();
    const QFileInfo info(path);
    // Only whether it is there; reading it is the import's first step, off this thread.
    m_fileError->showProblem(path.isEmpty() || (info.isFile() && info.isReadable())
                                 ? QString()
                                 : tr("There is no readable file at %1.").arg(path));
    const QString blocker = problem();
    m_import->setEnabled(blocker.isEmpty() && !isRunning());
    m_import->setToolTip(blocker);
}

void ImportDialog::startImport() {
    updateValidation();
    if (!m_import->isEnabled()) return;
    app::ImportOptions options;
    options.path = m_file->text().trimmed();
    options.format = app::ExportFormat(m_format->currentData().toInt());
    options.topic = m_topic->topic();
    options.replay.keepPartitions = m_keepPartitions->isChecked();
    options.replay.keepTimestamps = m_keepTimestamps->isChecked();
    const auto delivery = m_delivery->options();
    options.partitioner = delivery.partitioner;
    options.compression = delivery.compression;
    options.acks = delivery.acks;

    if (m_job) m_job->deleteLater();
    m_job = new ImportJob(m_service, options, this);
    connect(m_job, &ImportJob::phaseChanged, this, [this](ImportJob::Phase phase) {
        switch (phase) {
        case ImportJob::Phase::Checking:
            m_phase->setText(tr("Checking every line of the file…"));
            break;
        case ImportJob::Phase::CheckingTopic:
            m_phase->setText(tr("Checking the topic's partitions…"));
            break;
        case ImportJob::Phase::Producing:
            m_phase->setText(tr("Sending…"));
            break;
        case ImportJob::Phase::Idle:
        case ImportJob::Phase::Done:
            break;
        }
        m_progress->setValue(0);
    });
    connect(m_job, &ImportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        if (const auto* produce = m_job->produceJob())
            m_phase->setText(
                describeRun(produce->summary(), produce->topic(), m_clock.elapsed(), true));
    });
    connect(m_job, &ImportJob::finished, this, &ImportDialog::onFinished);
    m_message->clear();
    m_badLines->hide();
    m_badLines->setRowCount(0);
    m_clock.start();
    setRunning(true);
    m_job->start();
}

void ImportDialog::cancel() {
    if (!isRunning()) return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Stopping…"));
}

void ImportDialog::onFinished() {
    setRunning(false);
    const auto& check = m_job->check();
    if (!check.badLines.empty()) {
        m_badLines->setRowCount(int(check.badLines.size()));
        for (int row = 0; row < int(check.badLines.size()); ++row) {
            const auto& bad = check.badLines[size_t(row)];
            auto* line = new QTableWidgetItem;
            line->setData(Qt::DisplayRole, bad.line);
            line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_badLines->setItem(row, 0, line);
            auto* reason = new QTableWidgetItem(bad.reason);
            reason->setToolTip(bad.reason);
            m_badLines->setItem(row, 1, reason);
        }
        m_badLines->show();
    }
    QString error = m_job->error();
    if (check.badLineCount > qint64(check.badLines.size()))
        error += QLatin1Char(' ') + tr("The first %1 are listed.").arg(check.badLines.size());
    if (!error.isEmpty()) m_message->showError(error.trimmed());

    if (const auto* produce = m_job->produceJob()) {
        m_phase->setText(
            describeRun(produce->summary(), produce->topic(), m_clock.elapsed(), false));
        m_phase->show();
    } else if (m_job->cancelled()) {
        m_phase->setText(tr("Cancelled; nothing was sent."));
    } else {
        m_phase->setText(error.isEmpty() ? QString() : tr("Nothing was sent."));
    }
    m_phase->setVisible(!m_phase->text().isEmpty());
    emit importFinished();
}

void ImportDialog::setRunning(bool running) {
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_cancel->setText(tr("Cancel"));
    if (running) m_phase->show();
    for (QWidget* w : {static_cast<QWidget*>(m_file), static_cast<QWidget*>(m_format),
                       static_cast<QWidget*>(m_topic), static_cast<QWidget*>(m_keepPartitions),
                       static_cast<QWidget*>(m_keepTimestamps), static_cast<QWidget*>(m_delivery)})
        w->setEnabled(!running);
    updateValidation();
}

void ImportDialog::reject() {
    if (isRunning()) m_job->cancel();
    QDialog::reject();
}

} // namespace samsa::ui
