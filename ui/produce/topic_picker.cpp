#include "ui/produce/topic_picker.h"

#include "app/cluster_service.h"
#include "ui/common/format.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <algorithm>

namespace samsa::ui {

namespace client = samsa::client;

namespace {

// Long enough to skip the names a user types on the way to the one they mean.
constexpr int kLookupDelayMs = 250;

} // namespace

TopicPicker::TopicPicker(app::ClusterService* service, QWidget* parent)
    : QWidget(parent), m_service(service) {
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("topic"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMinimumContentsLength(24);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->lineEdit()->setPlaceholderText(tr("Topic name"));
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("topicInfo"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lookupDelay = new QTimer(this);
    m_lookupDelay->setSingleShot(true);
    m_lookupDelay->setInterval(kLookupDelayMs);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_info, 1);

    connect(m_combo, &QComboBox::currentTextChanged, this, [this] {
        ++m_lookupSerial; // an answer about the previous name no longer applies
        m_lookingUp = true;
        setState(-1, tr("Looking up…"), {});
        m_lookupDelay->start();
    });
    connect(m_lookupDelay, &QTimer::timeout, this, &TopicPicker::lookUp);
    loadTopics();
}

QString TopicPicker::topic() const {
    return m_combo->currentText().trimmed();
}

void TopicPicker::setTopic(const QString& topic) {
    m_combo->setCurrentText(topic);
    // Asked for directly, so no typing to wait out.
    m_lookupDelay->stop();
    lookUp();
}

void TopicPicker::loadTopics() {
    using Topics = std::vector<client::TopicDescription>;
    m_service->call<Topics>(
        this, [](client::AdminClient& c, client::Callback<Topics> cb) { c.listTopics({}, cb); },
        [this](const client::Result<Topics>& result) {
            // Without the list the name can still be typed; the lookup reports problems.
            if (!result) return;
            QStringList names;
            for (const auto& t : *result)
                // Internal topics belong to the cluster; writing to them by mistake
                // breaks consumer groups or transactions. They can still be typed.
                if (!t.internal) names << QString::fromStdString(t.name);
            std::sort(names.begin(), names.end());
            const QString current = m_combo->currentText();
            const QSignalBlocker block(m_combo);
            m_combo->clear();
            m_combo->addItems(names);
            m_combo->setCurrentText(current);
        });
}

void TopicPicker::lookUp() {
    const QString name = topic();
    const quint64 serial = ++m_lookupSerial;
    if (name.isEmpty()) {
        m_lookingUp = false;
        setState(-1, {}, tr("Choose the topic to write to."));
        return;
    }
    m_lookingUp = true;
    using Topics = std::vector<client::TopicDescription>;
    m_service->call<Topics>(
        this,
        [topic = name.toStdString()](client::AdminClient& c, client::Callback<Topics> cb) {
            c.describeTopics({topic}, {}, cb);
        },
        [this, serial, name](const client::Result<Topics>& result) {
            if (serial != m_lookupSerial) return;
            m_lookingUp = false;
            if (!result) {
                setState(-1, {}, app::describeError(result.error()));
            } else if (result->empty() ||
                       result->front().error == ErrorCode::UnknownTopicOrPartition) {
                setState(-1, {}, tr("There is no topic \"%1\".").arg(name));
            } else if (result->front().error != ErrorCode::None) {
                const auto code = result->front().error;
                setState(
                    -1, {},
                    app::describeError(client::makeError(code, std::string(errorMessage(code)))));
            } else {
                const int partitions = int(result->front().partitions.size());
                setState(partitions, tr("%n partition(s)", nullptr, partitions), {});
            }
        });
}

void TopicPicker::setState(int partitions, const QString& info, const QString& problem) {
    m_partitionCount = partitions;
    m_problem = problem;
    m_info->setText(problem.isEmpty() ? info : problem);
    m_info->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
    m_info->setForegroundRole(problem.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
    emit changed();
}

} // namespace samsa::ui
