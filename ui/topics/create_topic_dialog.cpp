#include "ui/topics/create_topic_dialog.h"

#include "app/cluster_service.h"
#include "client/admin_types.h"
#include "ui/common/inline_message.h"
#include "ui/topics/config_overrides_model.h"
#include "ui/topics/topic_config_editor.h"
#include "ui/topics/topic_config_fields.h"
#include "ui/topics/topic_name_rules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace samsa::ui {

namespace client = samsa::client;

namespace {

QLabel* fieldMessage(QWidget* parent, const QString& objectName, const QString& color) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    return label;
}

const QString kErrorColor = QStringLiteral("#c62828");
const QString kWarningColor = QStringLiteral("#b07800");

} // namespace

CreateTopicDialog::CreateTopicDialog(app::ClusterService* service, QWidget* parent)
    : QDialog(parent), m_service(service) {
    setObjectName(QStringLiteral("create-topic"));
    setWindowTitle(tr("Create Topic"));

    m_message = new InlineMessage(this);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("topicName"));
    m_name->setPlaceholderText(tr("e.g. orders or payments.v1"));
    m_name->setMaxLength(kMaxTopicNameLength + 16); // long enough to show the length error
    m_name->setToolTip(
        tr("Up to %1 letters, digits, \".\", \"_\" and \"-\".").arg(kMaxTopicNameLength));
    m_nameError = fieldMessage(this, QStringLiteral("nameError"), kErrorColor);
    m_nameWarning = fieldMessage(this, QStringLiteral("nameWarning"), kWarningColor);

    m_partitions = new QSpinBox(this);
    m_partitions->setObjectName(QStringLiteral("partitions"));
    m_partitions->setRange(1, 100000);
    m_partitions->setValue(1);
    m_partitions->setToolTip(tr("Partitions split a topic for parallel consumers; order is kept "
                                "within a partition. Partitions can be added later, not removed."));
    m_replication = new QSpinBox(this);
    m_replication->setObjectName(QStringLiteral("replicationFactor"));
    m_replication->setRange(1, 32767);
    m_replication->setValue(1);
    m_replication->setToolTip(tr("How many brokers keep a copy of each partition. It cannot "
                                 "exceed the number of brokers."));
    m_replicationError = fieldMessage(this, QStringLiteral("replicationError"), kErrorColor);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(QString(), m_nameError);
    m_form->addRow(QString(), m_nameWarning);
    m_form->addRow(tr("&Partitions:"), m_partitions);
    m_form->addRow(tr("&Replication factor:"), m_replication);
    m_form->addRow(QString(), m_replicationError);

    m_fields = new TopicConfigFields(this);
    auto* configsBox = new QGroupBox(tr("Configs"), this);
    (new QVBoxLayout(configsBox))->addWidget(m_fields);

    m_moreToggle = new QToolButton(this);
    m_moreToggle->setText(tr("More configs"));
    m_moreToggle->setCheckable(true);
    m_moreToggle->setAutoRaise(true);
    m_moreToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreToggle->setArrowType(Qt::RightArrow);
    m_more = new TopicConfigEditor(this);
    m_more->setVisible(false);
    connect(m_moreToggle, &QToolButton::toggled, this, [this](bool open) {
        m_moreToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_more->setVisible(open);
        if (open && m_more->model()->rowCount() == 0) m_more->addRow();
    });

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 8);
    m_busyIndicator->setVisible(false);
    m_buttons = new QDialogButtonBox(this);
    // Kept apart from Create/Cancel: it is a question, not a way to close the dialog.
    m_validate = new QPushButton(tr("&Validate only"), this);
    m_validate->setAutoDefault(false);
    m_validate->setToolTip(tr("Ask the cluster whether it would create this topic, without "
                              "creating it."));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_create = m_buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    connect(m_validate, &QPushButton::clicked, this, &CreateTopicDialog::validateOnly);
    connect(m_create, &QPushButton::clicked, this, &CreateTopicDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_validate);
    bottom->addWidget(m_busyIndicator);
    bottom->addWidget(m_buttons, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(m_form);
    layout->addWidget(configsBox);
    layout->addWidget(m_moreToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_more, 1);
    layout->addLayout(bottom);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 44);

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_name, &QLineEdit::textChanged, this, &CreateTopicDialog::updateValidation);
    connect(m_partitions, &QSpinBox::valueChanged, this, &CreateTopicDialog::updateValidation);
    connect(m_replication, &QSpinBox::valueChanged, this, [this] {
        m_replicationTouched = true;
        updateValidation();
    });
    connect(m_fields, &TopicConfigFields::changed, this, &CreateTopicDialog::updateValidation);
    connect(m_more, &TopicConfigEditor::changed, this, &CreateTopicDialog::updateValidation);

    updateValidation();
    loadBrokerCount();
}

void CreateTopicDialog::loadBrokerCount() {
    m_service->call<client::ClusterDescription>(
        this,
        [](client::AdminClient& c, client::Callback<client::ClusterDescription> cb) {
            c.describeCluster({}, cb);
        },
        [this](const client::Result<client::ClusterDescription>& result) {
            // Without the broker count the broker itself still checks the factor.
            if (!result) return;
            m_brokerCount = int(result->brokers.size());
            if (!m_replicationTouched && m_brokerCount > 0) {
                // Three copies survive a broker failure during maintenance of another.
                const QSignalBlocker block(m_replication);
                m_replication->setValue(std::min(3, m_brokerCount));
            }
            updateValidation();
        });
}

void CreateTopicDialog::setExistingTopics(const QStringList& names) {
    m_existing = names;
    updateValidation();
}

void CreateTopicDialog::updateValidation() {
    const TopicNameCheck name = checkTopicName(m_name->text(), m_existing);
    // An untouched empty name is not an error yet; it only keeps Create disabled.
    const bool showNameError = !name.ok() && (m_nameTouched || !m_name->text().isEmpty());
    m_nameError->setText(showNameError ? name.error : QString());
    m_form->setRowVisible(m_nameError, showNameError);
    m_nameWarning->setText(name.warning);
    m_form->setRowVisible(m_nameWarning, !name.warning.isEmpty());

    const int rf = m_replication->value();
    const bool rfTooHigh = m_brokerCount > 0 && rf > m_brokerCount;
    m_replicationError->setText(
        rfTooHigh ? tr("The cluster has %n broker(s); the replication factor cannot be higher.",
                       nullptr, m_brokerCount)
                  : QString());
    m_form->setRowVisible(m_replicationError, rfTooHigh);
    m_fields->setReplicationFactor(rf);

    QSet<QString> reserved;
    for (const auto& [key, value] : m_fields->configs())
        reserved.insert(QString::fromStdString(key));
    m_more->model()->setReservedKeys(reserved);
    const bool configsOk = !m_more->model()->hasProblems();
    if (!configsOk && !m_moreToggle->isChecked()) m_moreToggle->setChecked(true);

    QString blocker;
    if (!name.ok())
        blocker = name.error;
    else if (rfTooHigh)
        blocker = m_replicationError->text();
    else if (!configsOk)
        blocker = tr("Fix the configs marked in the table first.");
    const bool ready = blocker.isEmpty() && !m_busy;
    m_create->setEnabled(ready);
    m_validate->setEnabled(ready);
    m_create->setToolTip(blocker);
}

client::NewTopic CreateTopicDialog::topic() const {
    client::NewTopic topic;
    topic.name = m_name->text().toStdString();
    topic.numPartitions = m_partitions->value();
    topic.replicationFactor = int16_t(m_replication->value());
    topic.configs = m_fields->configs();
    for (auto& [key, value] : m_more->model()->configs())
        topic.configs.emplace(key, value);
    return topic;
}

void CreateTopicDialog::validateOnly() {
    send(true);
}

void CreateTopicDialog::create() {
    send(false);
}

void CreateTopicDialog::send(bool validateOnly) {
    if (m_busy || !m_create->isEnabled()) return;
    setBusy(true);
    m_message->showInfo(validateOnly ? tr("Asking the cluster…") : tr("Creating the topic…"));
    const client::NewTopic request = topic();
    using Results = std::vector<client::CreateTopicResult>;
    m_service->call<Results>(
        this,
        [request, validateOnly](client::AdminClient& c, client::Callback<Results> cb) {
            client::CreateTopicsOptions options;
            options.validateOnly = validateOnly;
            c.createTopics({request}, options, {}, cb);
        },
        [this, request, validateOnly](const client::Result<Results>& result) {
            setBusy(false);
            const QString name = QString::fromStdString(request.name);
            std::optional<client::ClientError> error;
            const client::CreateTopicResult* outcome = nullptr;
            if (!result) {
                error = result.error();
            } else {
                for (const auto& r : *result)
                    if (r.name == request.name) outcome = &r;
                if (outcome && outcome->error) error = outcome->error;
            }
            if (error) {
                m_message->showError(
                    validateOnly
                        ? tr("The cluster would refuse this topic: %1")
                              .arg(app::describeError(*error))
                        : tr("Could not create \"%1\": %2").arg(name, app::describeError(*error)));
                emit requestFinished(false);
                return;
            }
            if (validateOnly) {
                const int partitions = outcome && outcome->numPartitions > 0
                                           ? outcome->numPartitions
                                           : request.numPartitions;
                const int rf = outcome && outcome->replicationFactor > 0
                                   ? outcome->replicationFactor
                                   : request.replicationFactor;
                m_message->showInfo(tr("The cluster accepts this topic: %n partition(s), "
                                       "replication factor %1. Nothing was created.",
                                       nullptr, partitions)
                                        .arg(rf));
                emit requestFinished(true);
                return;
            }
            m_message->clear();
            emit requestFinished(true);
            emit topicCreated(name);
            accept();
        });
}

void CreateTopicDialog::setBusy(bool busy) {
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    updateValidation();
}

void CreateTopicDialog::fillExample() {
    m_name->setText(QStringLiteral("inventory.updates"));
    m_partitions->setValue(6);
    m_fields->retentionValue()->setValue(14);
    m_fields->retentionUnit()->setCurrentIndex(
        m_fields->retentionUnit()->findData(qint64(86'400'000)));
    m_fields->cleanupPolicy()->setCurrentIndex(
        m_fields->cleanupPolicy()->findData(QStringLiteral("delete")));
    m_fields->compressionType()->setCurrentIndex(
        m_fields->compressionType()->findData(QStringLiteral("zstd")));
}

} // namespace samsa::ui
