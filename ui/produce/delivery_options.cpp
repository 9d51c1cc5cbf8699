#include "ui/produce/delivery_options.h"

#include "ui/produce/field_message.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

namespace samsa::ui {

namespace client = samsa::client;
using client::Partitioner;

DeliveryOptions::DeliveryOptions(bool offerExplicitPartition, QWidget* parent) : QWidget(parent) {
    m_partitioner = new QComboBox(this);
    m_partitioner->setObjectName(QStringLiteral("partitioner"));
    m_partitioner->addItem(tr("By key hash"), int(Partitioner::Default));
    m_partitioner->setItemData(
        0,
        tr("Records with the same key always go to the same partition: murmur2 of the "
           "key, as Kafka's Java client computes it. Records without a key are spread "
           "round-robin."),
        Qt::ToolTipRole);
    m_partitioner->addItem(tr("Round-robin"), int(Partitioner::RoundRobin));
    m_partitioner->setItemData(
        1, tr("Each record goes to the next partition in turn, whatever its key."),
        Qt::ToolTipRole);
    m_partitioner->addItem(tr("Random"), int(Partitioner::Random));
    m_partitioner->setItemData(2, tr("Each record goes to a partition chosen at random."),
                               Qt::ToolTipRole);
    if (offerExplicitPartition) {
        m_partitioner->addItem(tr("One partition"), int(Partitioner::Explicit));
        m_partitioner->setItemData(3, tr("Every record goes to the partition given below."),
                                   Qt::ToolTipRole);
    }
    m_partitioner->setToolTip(
        tr("How each record's partition is chosen. Order is kept within a partition "
           "only, so records that must stay in order need the same partition."));

    m_partition = new QSpinBox(this);
    m_partition->setObjectName(QStringLiteral("partition"));
    // Not capped at the partition count, so a wrong number is explained rather than
    // silently refused.
    m_partition->setRange(0, 999999);
    m_partition->setToolTip(tr("Partitions are numbered from 0."));
    m_partitionError = new FieldMessage(QStringLiteral("partitionError"), this);

    m_compression = new QComboBox(this);
    m_compression->setObjectName(QStringLiteral("compression"));
    //: compression codec: no compression
    m_compression->addItem(tr("none"), int(client::Compression::None));
    m_compression->addItem(QStringLiteral("gzip"), int(client::Compression::Gzip));
    m_compression->addItem(QStringLiteral("snappy"), int(client::Compression::Snappy));
    m_compression->addItem(QStringLiteral("lz4"), int(client::Compression::Lz4));
    m_compression->addItem(QStringLiteral("zstd"), int(client::Compression::Zstd));
    m_compression->setToolTip(
        tr("The codec each batch is compressed with. The broker keeps it as sent unless "
           "the topic's compression.type says otherwise."));

    m_acks = new QComboBox(this);
    m_acks->setObjectName(QStringLiteral("acks"));
    //: acks=all: the leader waits for every in-sync replica
    m_acks->addItem(tr("all (every in-sync replica)"), int(client::Acks::All));
    //: acks=1: the leader alone has written the record
    m_acks->addItem(tr("1 (leader only)"), int(client::Acks::Leader));
    //: acks=0: the producer does not wait for any answer
    m_acks->addItem(tr("0 (no answer)"), int(client::Acks::None));
    m_acks->setToolTip(
        tr("What the broker confirms before a record counts as sent. \"all\" survives the loss of "
           "the leader; \"1\" may lose records the followers had not copied yet; \"0\" gets no "
           "answer at all, so offsets and errors stay unknown."));

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("P&artitioner:"), m_partitioner);
    m_form->addRow(tr("Partitio&n:"), m_partition);
    m_form->addRow(QString(), m_partitionError);
    m_form->addRow(tr("Co&mpression:"), m_compression);
    m_form->addRow(tr("A&cks:"), m_acks);

    connect(m_partitioner, &QComboBox::currentIndexChanged, this, &DeliveryOptions::update);
    connect(m_partition, &QSpinBox::valueChanged, this, &DeliveryOptions::update);
    connect(m_compression, &QComboBox::currentIndexChanged, this, &DeliveryOptions::changed);
    connect(m_acks, &QComboBox::currentIndexChanged, this, &DeliveryOptions::changed);
    update();
}

client::ProduceOptions DeliveryOptions::options() const {
    client::ProduceOptions options;
    options.partitioner = Partitioner(m_partitioner->currentData().toInt());
    options.compression = client::Compression(m_compression->currentData().toInt());
    options.acks = client::Acks(m_acks->currentData().toInt());
    return options;
}

std::optional<int32_t> DeliveryOptions::explicitPartition() const {
    if (Partitioner(m_partitioner->currentData().toInt()) != Partitioner::Explicit)
        return std::nullopt;
    return m_partition->value();
}

void DeliveryOptions::setPartitionCount(int count) {
    m_partitionCount = count;
    update();
}

void DeliveryOptions::setPartitionerEnabled(bool enabled) {
    m_partitioner->setEnabled(enabled);
    update();
}

QString DeliveryOptions::problem() const {
    return m_partitionError->text();
}

void DeliveryOptions::update() {
    const bool explicitChosen = explicitPartition().has_value() && m_partitioner->isEnabled();
    m_form->setRowVisible(m_partition, explicitChosen);
    const bool outOfRange =
        explicitChosen && m_partitionCount > 0 && m_partition->value() >= m_partitionCount;
    m_partitionError->showProblem(
        outOfRange
            ? tr("The topic has %n partition(s), numbered from 0 to %1.", nullptr, m_partitionCount)
                  .arg(m_partitionCount - 1)
            : QString());
    m_form->setRowVisible(m_partitionError, outOfRange);
    emit changed();
}

} // namespace samsa::ui
