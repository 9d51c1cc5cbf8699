#include "ui/produce/produce_dialog.h"

#include "app/cluster_service.h"
#include "app/produce/produce_job.h"
#include "app/produce/record_template.h"
#include "ui/common/inline_message.h"
#include "ui/common/table_setup.h"
#include "ui/produce/delivery_options.h"
#include "ui/produce/field_message.h"
#include "ui/produce/headers_editor.h"
#include "ui/produce/produce_results_model.h"
#include "ui/produce/run_summary.h"
#include "ui/produce/topic_picker.h"
#include "ui/produce/value_editor.h"
#include "ui/topic_detail/placeholder_stack.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samsa::ui {

namespace client = samsa::client;

ProduceDialog::ProduceDialog(app::ClusterService* service, const QString& topic, QWidget* parent)
    : QDialog(parent), m_service(service) {
    setObjectName(QStringLiteral("produceDialog"));
    setWindowTitle(tr("Produce Records"));

    m_topic = new TopicPicker(service, this);
    auto* top = new QFormLayout;
    top->addRow(tr("&Topic:"), m_topic);
    qobject_cast<QLabel*>(top->labelForField(m_topic))->setBuddy(m_topic->comboBox());

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createEditors());
    splitter->addWidget(createResults());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    const int height = fontMetrics().height() * 52;
    splitter->setSizes({height * 3 / 5, height * 2 / 5});

    m_buttons = new QDialogButtonBox(this);
    m_produce = m_buttons->addButton(tr("&Produce"), QDialogButtonBox::ApplyRole);
    m_produce->setObjectName(QStringLiteral("produceButton"));
    m_produce->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_produce, &QPushButton::clicked, this, &ProduceDialog::produce);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProduceDialog::reject);
    // The value editor takes Return for new lines; this sends from anywhere.
    auto* send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(send, &QShortcut::activated, this, &ProduceDialog::produce);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    resize(em * 78, height);

    connect(m_topic, &TopicPicker::changed, this, [this] {
        m_delivery->setPartitionCount(m_topic->partitionCount());
        updateValidation();
    });
    connect(m_key, &QLineEdit::textChanged, this, &ProduceDialog::updateValidation);
    connect(m_value, &ValueEditor::changed, this, &ProduceDialog::updateValidation);
    connect(m_headers, &HeadersEditor::changed, this, &ProduceDialog::updateValidation);
    connect(m_delivery, &DeliveryOptions::changed, this, &ProduceDialog::updateValidation);
    connect(m_expand, &QCheckBox::toggled, this, [this](bool on) {
        m_value->setExpandPlaceholders(on);
        updateValidation();
    });

    m_topic->setTopic(topic);
    updateValidation();
    if (topic.isEmpty())
        m_topic->comboBox()->setFocus();
    else
        m_key->setFocus();
}

ProduceDialog::~ProduceDialog() = default;

const app::ProduceJob* ProduceDialog::lastRun() const {
    return m_job.data();
}

QWidget* ProduceDialog::createEditors() {
    auto* editors = new QWidget(this);

    m_key = new QLineEdit(editors);
    m_key->setObjectName(QStringLiteral("key"));
    m_key->setPlaceholderText(tr("No key (null)"));
    m_key->setToolTip(
        tr("Records with the same key go to the same partition (with the key hash partitioner) and "
           "are kept in order there. Compacted topics keep the latest value per key."));
    m_keyError = new FieldMessage(QStringLiteral("keyError"), editors);
    m_value = new ValueEditor(editors);
    m_headers = new HeadersEditor(editors);
    m_headers->setMinimumHeight(fontMetrics().height() * 8);
    m_headersError = new FieldMessage(QStringLiteral("headersError"), editors);

    auto* valueRow = new QHBoxLayout;
    auto* valueLabel = new QLabel(tr("&Value:"), editors);
    valueLabel->setBuddy(m_value->textEdit());
    valueRow->addWidget(valueLabel);
    valueRow->addStretch(1);
    valueRow->addWidget(new QLabel(tr("Format:"), editors));
    valueRow->addWidget(m_value->formatCombo());

    auto* keyRow = new QHBoxLayout;
    auto* keyLabel = new QLabel(tr("&Key:"), editors);
    keyLabel->setBuddy(m_key);
    keyRow->addWidget(keyLabel);
    keyRow->addWidget(m_key, 1);

    auto* headersLabel = new QLabel(tr("&Headers:"), editors);
    headersLabel->setBuddy(m_headers->table());

    auto* left = new QVBoxLayout;
    left->addLayout(keyRow);
    left->addWidget(m_keyError);
    left->addLayout(valueRow);
    left->addWidget(m_value, 3);
    left->addWidget(headersLabel);
    left->addWidget(m_headers, 1);
    left->addWidget(m_headersError);

    m_delivery = new DeliveryOptions(true, editors);
    auto* deliveryBox = new QGroupBox(tr("Delivery"), editors);
    (new QVBoxLayout(deliveryBox))->addWidget(m_delivery);

    m_count = new QSpinBox(editors);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(1, 100'000'000);
    m_count->setGroupSeparatorShown(true);
    m_count->setToolTip(
        tr("How many records to send from this template; each gets its own {{i}}, {{uuid}} and "
           "so on."));
    m_expand = new QCheckBox(tr("&Fill in placeholders"), editors);
    m_expand->setObjectName(QStringLiteral("expandPlaceholders"));
    m_expand->setChecked(true);
    m_expand->setToolTip(tr("Turn off to send text containing {{…}} as it is."));
    auto* help = new QLabel(editors);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    help->setText(
        tr("<table cellspacing=\"0\" cellpadding=\"1\">"
           "<tr><td><tt>{{i}}</tt>&nbsp;</td><td>record number, from 0</td></tr>"
           "<tr><td><tt>{{uuid}}</tt>&nbsp;</td><td>random UUID</td></tr>"
           "<tr><td><tt>{{now}}</tt>&nbsp;</td><td>time of sending, ms since 1970</td></tr>"
           "<tr><td><tt>{{nowIso}}</tt>&nbsp;</td><td>the same in ISO 8601</td></tr>"
           "<tr><td><tt>{{random}}</tt>&nbsp;</td><td>random number</td></tr></table>"));
    help->setToolTip(
        tr("Placeholders are filled in per record in the key, the value and header values. "
           "{{uuid}} and {{random}} have one value per record, so a key and a value can share "
           "an id."));
    auto* repeatBox = new QGroupBox(tr("Repeat"), editors);
    auto* repeatForm = new QFormLayout(repeatBox);
    repeatForm->addRow(tr("&Records to send:"), m_count);
    repeatForm->addRow(m_expand);
    repeatForm->addRow(help);

    auto* right = new QVBoxLayout;
    right->addWidget(deliveryBox);
    right->addWidget(repeatBox);
    right->addStretch(1);

    auto* layout = new QHBoxLayout(editors);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);
    return editors;
}

QWidget* ProduceDialog::createResults() {
    auto* results = new QWidget(this);
    m_message = new InlineMessage(results);
    m_progress = new QProgressBar(results);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setFormat(tr("%p%"));
    m_cancel = new QPushButton(tr("Cancel"), results);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_cancel->setAutoDefault(false);
    m_cancel->setToolTip(tr("Stop after the batch on its way; what was written stays written."));
    connect(m_cancel, &QPushButton::clicked, this, &ProduceDialog::cancel);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_summary = new QLabel(results);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_results = new ProduceResultsModel(this);
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_results);
    sorted->setSortRole(Qt::UserRole);
    m_resultsView = new QTableView(results);
    m_resultsView->setObjectName(QStringLiteral("results"));
    m_resultsView->setModel(sorted);
    setUpReadOnlyTable(m_resultsView);
    m_resultsView->sortByColumn(ProduceResultsModel::Index, Qt::AscendingOrder);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_resultsView->setColumnWidth(ProduceResultsModel::Index, em * 5);
    m_resultsView->setColumnWidth(ProduceResultsModel::Partition, em * 6);
    m_resultsView->setColumnWidth(ProduceResultsModel::Offset, em * 7);
    m_resultsView->setColumnWidth(ProduceResultsModel::Key, em * 14);
    m_resultsStack = new PlaceholderStack(m_resultsView, results);
    m_resultsStack->showPlaceholder(
        tr("Sent records appear here with the partition and offset they were written "
           "to. Fill in the fields above and press Produce (Ctrl+Return)."));

    auto* layout = new QVBoxLayout(results);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_resultsStack, 1);
    m_progress->hide();
    m_cancel->hide();
    m_summary->hide();
    return results;
}

QString ProduceDialog::problem() const {
    if (!m_topic->problem().isEmpty()) return m_topic->problem();
    if (!m_keyError->text().isEmpty()) return m_keyError->text();
    if (!m_value->problem().isEmpty()) return m_value->problem();
    if (!m_value->isReady()) return tr("The file is still being read.");
    if (!m_headersError->text().isEmpty()) return m_headersError->text();
    if (!m_delivery->problem().isEmpty()) return m_delivery->problem();
    return {};
}

bool ProduceDialog::isRunning() const {
    return m_job && m_job->isRunning();
}

void ProduceDialog::updateValidation() {
    QString keyProblem;
    if (m_expand->isChecked() && !app::MessageTemplate::parse(m_key->text().toUtf8(), &keyProblem))
        keyProblem = ValueEditor::placeholderProblem(keyProblem);
    m_keyError->showProblem(keyProblem);

    QString headerProblem = m_headers->problem();
    if (headerProblem.isEmpty() && m_expand->isChecked()) {
        const auto headers = m_headers->headers();
        for (size_t i = 0; i < headers.size() && headerProblem.isEmpty(); ++i) {
            QString why;
            if (!app::MessageTemplate::parse(headers[i].second.toUtf8(), &why))
                //: %1 is the header's key, %2 what is wrong with its value
                headerProblem = tr("Header \"%1\": %2")
                                    .arg(headers[i].first, ValueEditor::placeholderProblem(why));
        }
    }
    m_headersError->showProblem(headerProblem);

    const QString blocker = problem();
    m_produce->setEnabled(blocker.isEmpty() && !isRunning());
    m_produce->setToolTip(blocker.isEmpty() ? tr("Send (Ctrl+Return)") : blocker);
}

void ProduceDialog::produce() {
    updateValidation();
    if (!m_produce->isEnabled()) return;
    const bool expand = m_expand->isChecked();
    const auto textTemplate = [expand](const QString& text) {
        QString ignored; // checked by updateValidation()
        return expand ? *app::MessageTemplate::parse(text.toUtf8(), &ignored)
                      : app::MessageTemplate::literal(text.toUtf8());
    };
    app::RecordTemplate record;
    if (!m_key->text().isEmpty()) record.key = textTemplate(m_key->text());
    record.value = m_value->valueTemplate();
    for (const auto& [key, value] : m_headers->headers())
        record.headers.push_back({key.toStdString(), textTemplate(value)});
    record.partition = m_delivery->explicitPartition();

    if (m_job) m_job->deleteLater();
    const QString topic = m_topic->topic();
    m_job = new app::ProduceJob(
        m_service, topic, m_delivery->options(),
        std::make_unique<app::TemplateRecordSource>(std::move(record), m_count->value()), this);
    connect(m_job, &app::ProduceJob::batchProduced, m_results, &ProduceResultsModel::append);
    connect(m_job, &app::ProduceJob::progress, this, [this, topic](qint64 done, qint64 total) {
        // QProgressBar counts in int; a permille scale fits any run.
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        m_summary->setText(describeRun(m_job->summary(), topic, m_clock.elapsed(), true));
        if (m_results->rowCount() > 0) m_resultsStack->showContent();
    });
    connect(m_job, &app::ProduceJob::finished, this, &ProduceDialog::onRunFinished);

    m_results->clear();
    m_message->clear();
    m_resultsStack->showPlaceholder(tr("Sending…"));
    m_clock.start();
    m_job->start();
    setRunning(true);
}

void ProduceDialog::cancel() {
    if (!isRunning()) return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Stopping…"));
}

void ProduceDialog::onRunFinished() {
    const auto& summary = m_job->summary();
    setRunning(false);
    m_summary->setText(describeRun(summary, m_job->topic(), m_clock.elapsed(), false));
    if (!summary.sourceError.isEmpty())
        m_message->showError(summary.sourceError);
    else if (summary.error)
        //: %1 is why the records were refused
        m_message->showError(
            tr("The cluster refused the records: %1").arg(app::describeError(*summary.error)));
    if (m_results->rowCount() > 0) {
        m_resultsStack->showContent();
        if (m_results->isCapped())
            m_summary->setText(
                m_summary->text() + QLatin1Char(' ') +
                tr("The table lists the first %1.").arg(ProduceResultsModel::kMaxRows));
    } else {
        m_resultsStack->showPlaceholder(summary.cancelled
                                            ? tr("Cancelled before anything was sent.")
                                            : tr("Nothing was sent."));
    }
    emit runFinished();
}

void ProduceDialog::setRunning(bool running) {
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_cancel->setText(tr("Cancel"));
    if (running) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(0);
        m_summary->setText(tr("Sending…"));
        m_summary->show();
    }
    updateValidation();
}

void ProduceDialog::reject() {
    // Closing ends the run after its current batch; nothing is left half-sent.
    if (isRunning()) m_job->cancel();
    QDialog::reject();
}

void ProduceDialog::fillExample() {
    m_topic->setTopic(QStringLiteral("orders"));
    m_key->setText(QStringLiteral("cust-0007"));
    m_value->setFormat(ValueEditor::Format::Json);
    m_value->setText(
        QStringLiteral("{\n"
                       "  \"order_id\": \"ord-{{i}}\",\n"
                       "  \"customer_id\": \"cust-0007\",\n"
                       "  \"items\": [\n"
                       "    {\"sku\": \"SKU-1042\", \"name\": \"Espresso beans 1 kg\", \"qty\": 2, "
                       "\"price\": 18.5}\n"
                       "  ],\n"
                       "  \"total\": 37.0,\n"
                       "  \"currency\": \"EUR\",\n"
                       "  \"status\": \"placed\",\n"
                       "  \"created_at\": \"{{nowIso}}\"\n"
                       "}"));
    m_headers->addHeader(QStringLiteral("content-type"), QStringLiteral("application/json"));
    m_headers->addHeader(QStringLiteral("trace-id"), QStringLiteral("{{uuid}}"));
    m_count->setValue(100);
}

} // namespace samsa::ui
