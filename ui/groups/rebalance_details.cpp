#include "ui/groups/rebalance_details.h"

#include "app/monitor/rebalance_diff.h"
#include "ui/groups/group_format.h"
#include "ui/groups/timeline_layout.h"

#include <QCoreApplication>
#include <QLocale>

namespace samsa::ui {

namespace {

// Short, as it is written often; lupdate needs the class itself, not an alias of it.
class RD {
    Q_DECLARE_TR_FUNCTIONS(samsa::ui::RebalanceDetails)
};

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString seconds(qint64 ms) {
    if (ms < 60000) return RD::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return formatTimeLag(ms);
}

QString memberLine(const monitor::GenerationMember& m, const QHash<QString, QString>& names) {
    QString line = QStringLiteral("<b>%1</b>").arg(esc(names.value(m.identity(), m.displayName())));
    if (!m.host.isEmpty()) line += RD::tr(" on %1").arg(esc(m.host));
    return line;
}

QString leaderName(const monitor::Generation& g, const QHash<QString, QString>& names) {
    for (const monitor::GenerationMember& m : g.members)
        if (m.memberId == g.leader) return names.value(m.identity(), m.displayName());
    return g.leader;
}

// The lab's own record of what it did to a consumer before `beforeMs`.
const monitor::GroupEvent* labNote(const monitor::Timeline& t, const QString& clientId, qint64 beforeMs) {
    const monitor::GroupEvent* found = nullptr;
    for (const monitor::GroupEvent& e : t.events)
        if (e.kind == monitor::GroupEvent::Kind::Note && e.toState == clientId && e.timeMs <= beforeMs &&
            (e.fromState == QLatin1String("lab-kill") || e.fromState == QLatin1String("lab-stop")))
            found = &e;
    return found;
}

QString departure(const monitor::Timeline& t, const monitor::GenerationMember& m, const monitor::Generation& next) {
    const qint64 began = next.rebalanceStartMs >= 0 ? next.rebalanceStartMs : next.stableMs;
    if (const monitor::GroupEvent* note = labNote(t, m.clientId, began)) {
        if (note->fromState == QLatin1String("lab-stop"))
            return RD::tr("stopped by the lab: it committed and left the group");
        QString text = RD::tr("killed by the lab at %1 without leaving; the coordinator "
                              "removed it when its session timed out, %2 later, so its "
                              "partitions went unread for %3")
                           .arg(formatMoment(note->timeMs), seconds(began - note->timeMs),
                                seconds(next.stableMs - note->timeMs));
        if (m.sessionTimeoutMs > 0)
            text += RD::tr(" (session.timeout.ms = %1)").arg(m.sessionTimeoutMs);
        return text;
    }
    return RD::tr("left the group (a LeaveGroup, or its session timed out)");
}

} // namespace

QString rebalanceDetailsHtml(const monitor::Timeline& t, int index, qint64 nowMs) {
    if (index < 0 || index >= t.generations.size())
        return RD::tr(
            "<p>Select a generation on the timeline (click, or Left and Right) to see what "
            "its rebalance changed.</p>");
    const monitor::Generation& g = t.generations[index];
    const qint64 end = generationEndMs(t.generations, index, nowMs);
    QList<monitor::GenerationMember> everyone;
    for (const monitor::Generation& x : t.generations)
        everyone += x.members;
    const QHash<QString, QString> names = monitor::memberNames(everyone);
    QString html;
    const QString number =
        g.generation >= 0 ? QString::number(g.generation) : RD::tr("(number not known)");
    html += QStringLiteral("<h3>%1</h3>").arg(RD::tr("Generation %1").arg(number));
    html += QStringLiteral("<p>");
    if (index + 1 < t.generations.size())
        html += RD::tr("Stable from %1 to %2 (%3).")
                    .arg(formatMoment(g.stableMs), formatMoment(end), seconds(end - g.stableMs));
    else
        html += RD::tr("Stable since %1: the current generation.").arg(formatMoment(g.stableMs));
    html += QStringLiteral("<br>");
    if (g.pauseMs() >= 0 && g.maxPauseMs() - g.pauseMs() >= 100)
        html +=
            RD::tr("<b>The group did not consume for %1 to %2</b>: the rebalance began between %3 "
                   "(the last sample with the group settled) and %4 (the first that saw it "
                   "rebalancing); the group was stable again at %5.")
                .arg(seconds(g.pauseMs()), seconds(g.maxPauseMs()), formatMoment(g.notBeforeMs),
                     formatMoment(g.rebalanceStartMs), formatMoment(g.stableMs));
    else if (g.pauseMs() >= 0)
        html += RD::tr("<b>The group did not consume for %1</b>: the rebalance began at %2 and the "
                       "group was stable again at %3.")
                    .arg(seconds(g.pauseMs()), formatMoment(g.rebalanceStartMs),
                         formatMoment(g.stableMs));
    else if (g.notBeforeMs >= 0)
        html +=
            RD::tr("The rebalance happened between two samples: the group did not consume for at "
                   "most %1.")
                .arg(seconds(g.stableMs - g.notBeforeMs));
    else if (index == 0)
        html += RD::tr("This generation began before the monitor watched the group.");
    html += QStringLiteral("<br>");
    html += RD::tr("Protocol %1, assignor <b>%2</b>%3.")
                .arg(esc(g.protocolType.isEmpty() ? QStringLiteral("—") : g.protocolType),
                     esc(g.assignor.isEmpty() ? QStringLiteral("—") : g.assignor),
                     g.leader.isEmpty() ? QString()
                                        : RD::tr(", leader %1").arg(esc(leaderName(g, names))));
    html += QStringLiteral("<br><i>");
    if (g.fromOffsetsTopic && g.fromPolling)
        html +=
            RD::tr("Seen by the monitor and recorded by the coordinator in __consumer_offsets.");
    else if (g.fromOffsetsTopic)
        html += RD::tr("Read from the coordinator's record in __consumer_offsets.");
    else
        html += RD::tr("Seen by the monitor polling the group.");
    html += QStringLiteral("</i></p>");

    if (index > 0) {
        const monitor::Generation& before = t.generations[index - 1];
        const monitor::RebalanceDiff diff = monitor::diffGenerations(before, g);
        QStringList changes;
        for (const auto& m : diff.joined)
            changes << RD::tr("%1 joined").arg(memberLine(m, names));
        for (const auto& m : diff.rejoined)
            changes << RD::tr("%1 came back under a new member id (static membership)")
                           .arg(memberLine(m, names));
        for (const auto& m : diff.left)
            changes << QStringLiteral("%1: %2").arg(memberLine(m, names), esc(departure(t, m, g)));
        if (diff.assignorChanged)
            changes << RD::tr("the assignor changed from %1 to %2")
                           .arg(esc(before.assignor), esc(g.assignor));
        if (changes.isEmpty()) changes << RD::tr("the same members joined again");
        html += QStringLiteral("<p><b>%1</b><ul><li>%2</li></ul></p>")
                    .arg(RD::tr("What changed"), changes.join(QStringLiteral("</li><li>")));
        if (diff.moved.isEmpty()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(RD::tr("No partition changed hands (%n kept its owner).", nullptr,
                                    diff.kept));
        } else {
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(RD::tr("%n partition(s) moved", nullptr, int(diff.moved.size())),
                             RD::tr("(%n kept their owner)", nullptr, diff.kept));
            html +=
                QStringLiteral(
                    "<table cellspacing=0 cellpadding=3 border=1 style='border-collapse:collapse'>"
                    "<tr><th align=left>%1</th><th align=left>%2</th><th align=left>%3</th></tr>")
                    .arg(RD::tr("Partition"), RD::tr("From"), RD::tr("To"));
            for (const auto& move : diff.moved)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                            .arg(esc(move.partition.toString()),
                                 move.from.isEmpty() ? RD::tr("<i>nobody</i>") : esc(move.from),
                                 move.to.isEmpty() ? RD::tr("<i>nobody</i>") : esc(move.to));
            html += QStringLiteral("</table>");
        }
    }
    html += QStringLiteral("<p><b>%1</b></p>").arg(RD::tr("Members of this generation"));
    if (g.members.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(RD::tr("None: the group was empty and only kept its offsets."));
    } else {
        html += QStringLiteral("<ul>");
        for (const auto& m : g.members)
            html += QStringLiteral("<li>%1: %2</li>")
                        .arg(memberLine(m, names), m.assignment.isEmpty()
                                                       ? RD::tr("nothing assigned")
                                                       : esc(formatPartitions(m.assignment)));
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace samsa::ui
