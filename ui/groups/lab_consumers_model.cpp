#include "ui/groups/lab_consumers_model.h"

#include "ui/common/format.h"
#include "ui/groups/group_format.h"

namespace samsa::ui {

using lab::ConsumerStatus;

LabConsumersModel::LabConsumersModel(QObject* parent) : KeyedTableModel(parent) {}

int LabConsumersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void LabConsumersModel::apply(const QList<lab::RebalanceLab::Entry>& entries) {
    replaceRows(entries);
}

QString LabConsumersModel::stateName(ConsumerStatus::State state) {
    switch (state) {
    case ConsumerStatus::State::Starting:
        return tr("starting");
    case ConsumerStatus::State::Running:
        return tr("running");
    case ConsumerStatus::State::Closing:
        return tr("leaving");
    case ConsumerStatus::State::Closed:
        return tr("stopped");
    case ConsumerStatus::State::Killed:
        return tr("killed");
    case ConsumerStatus::State::Failed:
        return tr("failed");
    }
    return {};
}

QVariant LabConsumersModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& e = m_rows[index.row()];
    if (role == IdRole) return e.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Consumer:
            return e.name;
        case State:
            return stateName(e.status.state);
        case Assignment:
            return e.status.assignment.isEmpty() ? QStringLiteral("—") : formatPartitions(e.status.assignment);
        case Consumed:
            return formatCount(e.status.consumed);
        case Settings: {
            QStringList parts{lab::assignorName(e.settings.assignor)};
            if (e.settings.processingDelayMs > 0) parts << tr("%1 ms per message").arg(e.settings.processingDelayMs);
            if (!e.settings.instanceId.isEmpty()) parts << tr("static");
            parts << tr("session %1 ms").arg(e.settings.sessionTimeoutMs);
            return parts.join(QStringLiteral(", "));
        }
        case Error:
            return e.status.lastError;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Consumer && !e.status.memberId.isEmpty())
        return tr("Member id %1").arg(e.status.memberId);
    if (role == Qt::TextAlignmentRole && index.column() == Consumed) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (e.status.state == ConsumerStatus::State::Killed || e.status.state == ConsumerStatus::State::Failed)
            return lagStatusColor(monitor::LagStatus::Err);
    }
    return {};
}

QVariant LabConsumersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Consumer:
        return tr("Consumer");
    case State:
        return tr("State");
    case Assignment:
        return tr("Assigned");
    case Consumed:
        return tr("Consumed");
    case Settings:
        return tr("Settings");
    case Error:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace samsa::ui
