#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;

namespace samsa::app {
class ClusterService;
}

namespace samsa::ui {

// Chooses the topic to write to: the cluster's topics to pick from, any name typed, and
// the partition count of the one chosen (which partition numbers are valid).
class TopicPicker : public QWidget {
    Q_OBJECT
public:
    explicit TopicPicker(app::ClusterService* service, QWidget* parent = nullptr);

    QString topic() const;
    void setTopic(const QString& topic);
    // -1 while it is being looked up or when the topic cannot be found.
    int partitionCount() const { return m_partitionCount; }
    // Why the topic cannot be written to (it does not exist...); empty otherwise.
    QString problem() const { return m_problem; }
    bool isLookingUp() const { return m_lookingUp; }

    QComboBox* comboBox() const { return m_combo; }
    QLabel* infoLabel() const { return m_info; }

signals:
    // The topic, its partition count or its problem changed.
    void changed();

private:
    void loadTopics();
    void lookUp();
    void setState(int partitions, const QString& info, const QString& problem);

    app::ClusterService* m_service;
    QComboBox* m_combo;
    QLabel* m_info;
    QTimer* m_lookupDelay;
    int m_partitionCount = -1;
    QString m_problem;
    bool m_lookingUp = false;
    quint64 m_lookupSerial = 0;
};

} // namespace samsa::ui
