#pragma once

#include <QWidget>
#include <map>
#include <string>

class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace samsa::ui {

// The topic configs most people set, as form fields with units: retention by time and
// size, cleanup policy, compression, min.insync.replicas and segment size. A field left
// at "Default" sends nothing, so the topic follows the cluster's setting.
class TopicConfigFields : public QWidget {
    Q_OBJECT
public:
    explicit TopicConfigFields(QWidget* parent = nullptr);

    // The configs the fields set; only those moved away from "Default".
    std::map<std::string, std::string> configs() const;
    // Every config name these fields can set.
    static QStringList keys();
    // min.insync.replicas above the replication factor makes acks=all producers fail.
    void setReplicationFactor(int replicationFactor);

    QSpinBox* retentionValue() const { return m_retentionValue; }
    QComboBox* retentionUnit() const { return m_retentionUnit; }
    QSpinBox* retentionSizeValue() const { return m_sizeValue; }
    QComboBox* retentionSizeUnit() const { return m_sizeUnit; }
    QComboBox* cleanupPolicy() const { return m_cleanupPolicy; }
    QComboBox* compressionType() const { return m_compression; }
    QSpinBox* minInsyncReplicas() const { return m_minInsync; }
    QLabel* minInsyncWarning() const { return m_minInsyncWarning; }
    QSpinBox* segmentMiB() const { return m_segmentMiB; }

signals:
    // The user changed a field (not emitted for setReplicationFactor).
    void changed();

private:
    void updateState();

    QFormLayout* m_form;
    QSpinBox* m_retentionValue;
    QComboBox* m_retentionUnit;
    QSpinBox* m_sizeValue;
    QComboBox* m_sizeUnit;
    QComboBox* m_cleanupPolicy;
    QComboBox* m_compression;
    QSpinBox* m_minInsync;
    QLabel* m_minInsyncWarning;
    QSpinBox* m_segmentMiB;
    int m_replicationFactor = 0;
};

} // namespace samsa::ui
