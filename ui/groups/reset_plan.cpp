#include "ui/groups/reset_plan.h"

#include <QCoreApplication>

namespace samsa::ui {

namespace {
class ResetPlan {
    Q_DECLARE_TR_FUNCTIONS(samsa::ui::ResetPlan)
};
} // namespace

QList<ResetRow> planReset(QList<ResetRow> rows, const ResetSpec& spec,
                          const QHash<monitor::PartitionKey, qint64>& byTimestamp) {
    for (ResetRow& r : rows) {
        r.note.clear();
        r.result.reset();
        if (r.logStart < 0 || r.logEnd < 0) {
            r.target = -1;
            r.note = ResetPlan::tr("The partition's offsets could not be read.");
            continue;
        }
        qint64 wanted = -1;
        switch (spec.target) {
        case ResetTarget::Earliest:
            wanted = r.logStart;
            break;
        case ResetTarget::Latest:
            wanted = r.logEnd;
            break;
        case ResetTarget::Offset:
            wanted = spec.value;
            break;
        case ResetTarget::Shift:
            if (r.current < 0) {
                wanted = r.logEnd;
                r.note = ResetPlan::tr("Nothing committed to shift from: the log end is used.");
            } else {
                wanted = r.current + spec.value;
            }
            break;
        case ResetTarget::Timestamp: {
            const qint64 found = byTimestamp.value(r.partition, -2);
            if (found == -2) {
                r.target = -1;
                r.note = ResetPlan::tr("The offset for that time could not be read.");
                continue;
            }
            wanted = found;
            if (found < 0) {
                wanted = r.logEnd;
                r.note = ResetPlan::tr("No message is that recent: the log end is used.");
            }
            break;
        }
        }
        if (wanted < r.logStart) {
            r.note = ResetPlan::tr("Before the log start (%1): moved up to it.").arg(r.logStart);
            wanted = r.logStart;
        } else if (wanted > r.logEnd) {
            r.note = ResetPlan::tr("Past the log end (%1): moved back to it.").arg(r.logEnd);
            wanted = r.logEnd;
        }
        r.target = wanted;
    }
    return rows;
}

} // namespace samsa::ui
