#pragma once

#include "client/record_types.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QFormLayout;
class QSpinBox;

namespace samsa::ui {

class FieldMessage;

// How records are sent: the partitioner (or one explicit partition), the compression
// codec and the acknowledgements awaited.
class DeliveryOptions : public QWidget {
    Q_OBJECT
public:
    // `offerExplicitPartition`: whether "one partition" is among the choices.
    explicit DeliveryOptions(bool offerExplicitPartition, QWidget* parent = nullptr);

    client::ProduceOptions options() const;
    // The partition every record goes to, when the explicit partitioner is chosen.
    std::optional<int32_t> explicitPartition() const;
    // Checks the explicit partition against the topic; -1 while unknown.
    void setPartitionCount(int count);
    // Why the options cannot be used; empty when they can.
    QString problem() const;
    void setPartitionerEnabled(bool enabled);

    QComboBox* partitioner() const { return m_partitioner; }
    QSpinBox* partition() const { return m_partition; }
    FieldMessage* partitionError() const { return m_partitionError; }
    QComboBox* compression() const { return m_compression; }
    QComboBox* acks() const { return m_acks; }

signals:
    void changed();

private:
    void update();

    QFormLayout* m_form;
    QComboBox* m_partitioner;
    QSpinBox* m_partition;
    FieldMessage* m_partitionError;
    QComboBox* m_compression;
    QComboBox* m_acks;
    int m_partitionCount = -1;
};

} // namespace samsa::ui
