#include "ui/topics/topic_config_fields.h"

#include "common/config/config_def.h"
#include "ui/common/format.h"
#include "ui/topics/config_overrides_model.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <limits>

namespace samsa::ui {

namespace {

constexpr qint64 kForever = -1;
constexpr qint64 kMiB = 1024 * 1024;

// Kafka's documented default of a key in the unit the field shows.
QString readableDefault(const QString& key) {
    const auto* def = config::topicConfigRegistry().find(key.toStdString());
    if (!def || !def->defaultText) return {};
    const QString text = QString::fromStdString(*def->defaultText);
    bool numeric = false;
    const qint64 number = text.toLongLong(&numeric);
    if (!numeric) return text;
    if (key.endsWith(QLatin1String(".ms"))) return formatDurationMs(number);
    if (key.endsWith(QLatin1String(".bytes")))
        return number < 0 ? QCoreApplication::translate("samsa::ui::TopicConfigFields", "unlimited")
                          : formatBytes(number);
    return text;
}

QSpinBox* defaultingSpinBox(QWidget* parent, int max, const QString& defaultHint) {
    auto* spin = new QSpinBox(parent);
    spin->setRange(0, max);
    //: Shown in a field left empty, so the cluster's setting applies; %1 is Kafka's default.
    spin->setSpecialValueText(
        QCoreApplication::translate("samsa::ui::TopicConfigFields", "Default (%1)")
            .arg(defaultHint));
    spin->setAccelerated(true);
    return spin;
}

// A value with its unit; the last unit is a special value (forever, unlimited) that
// disables the number.
QWidget* valueWithUnit(QWidget* parent, QSpinBox* value, QComboBox* unit) {
    auto* box = new QWidget(parent);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(value, 1);
    row->addWidget(unit);
    return box;
}

QComboBox* choices(QWidget* parent, const QString& defaultText, const QStringList& values) {
    auto* combo = new QComboBox(parent);
    combo->addItem(defaultText, QString());
    for (const QString& v : values)
        combo->addItem(v, v);
    return combo;
}

} // namespace

TopicConfigFields::TopicConfigFields(QWidget* parent) : QWidget(parent) {
    const auto defaultOf = [](const QString& key) {
        return ConfigOverridesModel::describeDefault(key);
    };

    m_retentionValue = defaultingSpinBox(this, std::numeric_limits<int>::max(),
                                         readableDefault(QStringLiteral("retention.ms")));
    m_retentionUnit = new QComboBox(this);
    m_retentionUnit->addItem(tr("ms"), qint64(1));
    m_retentionUnit->addItem(tr("s"), qint64(1000));
    m_retentionUnit->addItem(tr("min"), qint64(60'000));
    m_retentionUnit->addItem(tr("h"), qint64(3'600'000));
    m_retentionUnit->addItem(tr("days"), qint64(86'400'000));
    //: Retention time unit meaning data is never deleted by age (retention.ms = -1).
    m_retentionUnit->addItem(tr("forever"), kForever);
    m_retentionUnit->setCurrentIndex(4);
    m_retentionValue->setToolTip(
        tr("retention.ms: how long a message is kept before its segment may be deleted.\n%1")
            .arg(defaultOf(QStringLiteral("retention.ms"))));

    m_sizeValue = defaultingSpinBox(this, std::numeric_limits<int>::max(),
                                    readableDefault(QStringLiteral("retention.bytes")));
    m_sizeUnit = new QComboBox(this);
    m_sizeUnit->addItem(tr("B"), qint64(1));
    m_sizeUnit->addItem(tr("KiB"), qint64(1024));
    m_sizeUnit->addItem(tr("MiB"), kMiB);
    m_sizeUnit->addItem(tr("GiB"), kMiB * 1024);
    //: Retention size unit meaning no size limit (retention.bytes = -1).
    m_sizeUnit->addItem(tr("unlimited"), kForever);
    m_sizeUnit->setCurrentIndex(3);
    m_sizeValue->setToolTip(tr("retention.bytes: the most each partition keeps before its "
                               "oldest segments are deleted.\n%1")
                                .arg(defaultOf(QStringLiteral("retention.bytes"))));

    //: First entry of a list: send nothing and keep the cluster's setting.
    m_cleanupPolicy = choices(
        this, tr("Default (%1)").arg(readableDefault(QStringLiteral("cleanup.policy"))),
        {QStringLiteral("delete"), QStringLiteral("compact"), QStringLiteral("compact,delete")});
    m_cleanupPolicy->setToolTip(tr("cleanup.policy: delete removes old segments by retention; "
                                   "compact keeps the latest record of each key."));
    m_compression =
        choices(this, tr("Default (%1)").arg(readableDefault(QStringLiteral("compression.type"))),
                {QStringLiteral("producer"), QStringLiteral("uncompressed"), QStringLiteral("gzip"),
                 QStringLiteral("snappy"), QStringLiteral("lz4"), QStringLiteral("zstd")});
    m_compression->setToolTip(tr("compression.type: producer stores batches as the producer "
                                 "compressed them; any other value makes the broker recompress."));

    m_minInsync =
        defaultingSpinBox(this, 32767, readableDefault(QStringLiteral("min.insync.replicas")));
    m_minInsync->setToolTip(tr("min.insync.replicas: how many replicas must have a write before "
                               "a producer with acks=all is told it succeeded."));
    m_minInsyncWarning = new QLabel(this);
    m_minInsyncWarning->setObjectName(QStringLiteral("minInsyncWarning"));
    m_minInsyncWarning->setWordWrap(true);
    m_minInsyncWarning->setStyleSheet(QStringLiteral("color: #b07800;"));

    // segment.bytes is an int: 2047 MiB is the largest whole number of MiB it holds.
    m_segmentMiB = defaultingSpinBox(this, 2047, readableDefault(QStringLiteral("segment.bytes")));
    m_segmentMiB->setSuffix(tr(" MiB"));
    m_segmentMiB->setToolTip(tr("segment.bytes: the size at which the log of a partition "
                                "rolls to a new file; retention deletes whole segments."));

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("Retention &time:"), valueWithUnit(this, m_retentionValue, m_retentionUnit));
    m_form->addRow(tr("Retention si&ze:"), valueWithUnit(this, m_sizeValue, m_sizeUnit));
    m_form->addRow(tr("C&leanup policy:"), m_cleanupPolicy);
    m_form->addRow(tr("Co&mpression:"), m_compression);
    m_form->addRow(tr("Min. in-sync re&plicas:"), m_minInsync);
    m_form->addRow(QString(), m_minInsyncWarning);
    m_form->addRow(tr("Se&gment size:"), m_segmentMiB);

    const auto edited = [this] {
        updateState();
        emit changed();
    };
    for (QSpinBox* spin : {m_retentionValue, m_sizeValue, m_minInsync, m_segmentMiB})
        connect(spin, &QSpinBox::valueChanged, this, edited);
    for (QComboBox* combo : {m_retentionUnit, m_sizeUnit, m_cleanupPolicy, m_compression})
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
    updateState();
}

QStringList TopicConfigFields::keys() {
    return {QStringLiteral("retention.ms"),        QStringLiteral("retention.bytes"),
            QStringLiteral("cleanup.policy"),      QStringLiteral("compression.type"),
            QStringLiteral("min.insync.replicas"), QStringLiteral("segment.bytes")};
}

void TopicConfigFields::setReplicationFactor(int replicationFactor) {
    if (replicationFactor == m_replicationFactor) return;
    m_replicationFactor = replicationFactor;
    updateState();
}

void TopicConfigFields::updateState() {
    m_retentionValue->setEnabled(m_retentionUnit->currentData().toLongLong() != kForever);
    m_sizeValue->setEnabled(m_sizeUnit->currentData().toLongLong() != kForever);
    const int minInsync = m_minInsync->value();
    const bool tooHigh =
        minInsync > 0 && m_replicationFactor > 0 && minInsync > m_replicationFactor;
    m_minInsyncWarning->setText(
        tooHigh ? tr("Higher than the replication factor (%1): producers using acks=all will "
                     "not be able to write.")
                      .arg(m_replicationFactor)
                : QString());
    m_form->setRowVisible(m_minInsyncWarning, tooHigh);
}

std::map<std::string, std::string> TopicConfigFields::configs() const {
    std::map<std::string, std::string> configs;
    const auto scaled = [](const QSpinBox* value, const QComboBox* unit) -> std::optional<qint64> {
        const qint64 factor = unit->currentData().toLongLong();
        if (factor == kForever) return kForever;
        if (value->value() == 0) return std::nullopt;
        return qint64(value->value()) * factor;
    };
    if (const auto ms = scaled(m_retentionValue, m_retentionUnit))
        configs["retention.ms"] = std::to_string(*ms);
    if (const auto bytes = scaled(m_sizeValue, m_sizeUnit))
        configs["retention.bytes"] = std::to_string(*bytes);
    if (const QString policy = m_cleanupPolicy->currentData().toString(); !policy.isEmpty())
        configs["cleanup.policy"] = policy.toStdString();
    if (const QString codec = m_compression->currentData().toString(); !codec.isEmpty())
        configs["compression.type"] = codec.toStdString();
    if (m_minInsync->value() > 0)
        configs["min.insync.replicas"] = std::to_string(m_minInsync->value());
    if (m_segmentMiB->value() > 0)
        configs["segment.bytes"] = std::to_string(qint64(m_segmentMiB->value()) * kMiB);
    return configs;
}

} // namespace samsa::ui
