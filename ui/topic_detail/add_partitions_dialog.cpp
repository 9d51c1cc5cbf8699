#include "ui/topic_detail/add_partitions_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace samsa::ui {

AddPartitionsDialog::AddPartitionsDialog(const QString& topic, int currentCount, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("addPartitionsDialog"));
    setWindowTitle(tr("Add partitions to %1").arg(topic));
    setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Current partitions:"), new QLabel(QString::number(currentCount), this));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("partitionCount"));
    // Kafka never removes partitions, so only larger counts can be chosen.
    m_count->setRange(currentCount + 1, std::max(currentCount + 1, 100000));
    m_count->setValue(currentCount + 1);
    m_count->setToolTip(tr("The topic's partition count after the change, existing ones "
                           "included."));
    form->addRow(tr("New total:"), m_count);
    layout->addLayout(form);
    auto* note = new QLabel(
        tr("Partitions cannot be removed later. Producers that choose the partition from a "
           "record's key will send some keys to other partitions from now on, so records with "
           "the same key may no longer be in one partition, in order."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Add partitions"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, [this] {
        emit addRequested(totalCount());
        accept();
    });
}

int AddPartitionsDialog::totalCount() const { return m_count->value(); }

} // namespace samsa::ui
