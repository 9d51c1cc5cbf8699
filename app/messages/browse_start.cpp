#include "app/messages/browse_start.h"

#include "app/cluster_service.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <memory>

namespace samsa::app {

namespace {

// The translation context of these texts; a class, so that lupdate files them under it.
class Text {
    Q_DECLARE_TR_FUNCTIONS(samsa::app::BrowseStart)
};

struct Job {
    ClusterService* service;
    std::string topic;
    BrowseStart start;
    bool readCommitted;
    QObject* context;
    std::function<void(const BrowseSpan&)> done;
    BrowseSpan span;
    std::map<int32_t, int64_t> latest;
};

void fail(const std::shared_ptr<Job>& job, const QString& error) {
    job->span.ranges.clear();
    job->span.error = error;
    job->done(job->span);
}

// "0–2" for the usual 0..n-1, else the numbers one by one.
QString describePartitions(QList<int> partitions) {
    std::sort(partitions.begin(), partitions.end());
    if (partitions.size() > 1 && partitions.back() - partitions.front() == partitions.size() - 1)
        return QStringLiteral("%1–%2").arg(partitions.front()).arg(partitions.back());
    QStringList names;
    for (int p : partitions) names << QString::number(p);
    return names.join(QStringLiteral(", "));
}

QString noSuchPartition(int partition, const QList<int>& partitions) {
    //: %1 the partition asked for, %2 the topic's partitions, such as "0–2".
    return Text::tr("The topic has no partition %1 (it has %2).")
        .arg(partition)
        .arg(describePartitions(partitions));
}

// One typed offset; digits only, so that "-5" or "1e3" is explained rather than read as 0.
QString readOffset(const QString& text, int64_t* offset) {
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (ok && value < 0) return Text::tr("Offset %1 is negative: offsets start at 0.").arg(text);
    if (!digits.match(text).hasMatch())
        return Text::tr("\"%1\" is not an offset: type a whole number such as 120.").arg(text);
    if (!ok) return Text::tr("Offset %1 is too large.").arg(text);
    *offset = value;
    return {};
}

int64_t clampTo(const PartitionRange& r, int64_t offset) {
    return std::clamp(offset, r.from, r.to);
}

void startAtTimestamps(const std::shared_ptr<Job>& job) {
    std::map<client::TopicPartition, int64_t> asked;
    for (const auto& r : job->span.ranges) asked[{job->topic, r.partition}] = job->start.timestampMs;
    const auto isolation =
        job->readCommitted ? client::IsolationLevel::ReadCommitted : client::IsolationLevel::ReadUncommitted;
    job->service->call<std::vector<client::OffsetForTimestamp>>(
        job->context,
        [asked, isolation](client::AdminClient& c, client::Callback<std::vector<client::OffsetForTimestamp>> cb) {
            c.offsetsForTimes(asked, isolation, {}, std::move(cb));
        },
        [job](const client::Result<std::vector<client::OffsetForTimestamp>>& result) {
            if (!result) return fail(job, describeError(result.error()));
            for (auto& r : job->span.ranges) {
                for (const auto& found : *result) {
                    if (found.partition.partition != r.partition) continue;
                    if (found.error) return fail(job, describeError(*found.error));
                    // No record that late: the partition has nothing to show from there.
                    r.from = found.offset < 0 ? r.to : clampTo(r, found.offset);
                }
            }
            job->done(job->span);
        });
}

void startAtGroup(const std::shared_ptr<Job>& job) {
    std::vector<client::TopicPartition> asked;
    for (const auto& r : job->span.ranges) asked.push_back({job->topic, r.partition});
    const std::string group = job->start.group.trimmed().toStdString();
    if (group.empty())
        return fail(job, Text::tr("Enter the consumer group whose position to start from."));
    job->service->call<std::vector<client::CommittedOffset>>(
        job->context,
        [group, asked](client::AdminClient& c,
                       client::Callback<std::vector<client::CommittedOffset>> cb) {
            c.listConsumerGroupOffsets(group, asked, {}, std::move(cb));
        },
        [job](const client::Result<std::vector<client::CommittedOffset>>& result) {
            if (!result) return fail(job, describeError(result.error()));
            QList<int> uncommitted;
            for (auto& r : job->span.ranges) {
                bool committed = false;
                for (const auto& c : *result) {
                    if (c.partition.partition != r.partition) continue;
                    if (c.error) return fail(job, describeError(*c.error));
                    if (c.offset >= 0) {
                        r.from = clampTo(r, c.offset);
                        committed = true;
                    }
                }
                if (!committed) uncommitted.append(r.partition);
            }
            if (!uncommitted.isEmpty()) {
                QStringList names;
                for (int p : uncommitted)
                    names << QString::number(p);
                job->span.note =
                    Text::tr("Group %1 has no committed offset on partition %2; those start at "
                             "the earliest record.")
                        .arg(job->start.group.trimmed(), names.join(QStringLiteral(", ")));
            }
            job->done(job->span);
        });
}

} // namespace

QString parseOffsetStart(const QString& text, const QList<int>& topicPartitions, BrowseStart* start) {
    QStringList pieces;
    for (const QString& piece : text.split(QLatin1Char(',')))
        if (!piece.trimmed().isEmpty()) pieces << piece.trimmed();
    if (pieces.isEmpty()) return Text::tr("Type an offset, or partition:offset pairs such as 0:120, 1:80.");
    if (pieces.size() == 1 && !pieces.front().contains(QLatin1Char(':'))) {
        int64_t offset = 0;
        if (QString problem = readOffset(pieces.front(), &offset); !problem.isEmpty()) return problem;
        start->offset = offset;
        start->partitionOffsets.clear();
        return {};
    }
    std::map<int32_t, int64_t> offsets;
    for (const QString& piece : pieces) {
        const int colon = piece.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return Text::tr("\"%1\" names no partition: with several offsets, type each as partition:offset, "
                            "such as 0:120, 1:80.")
                .arg(piece);
        const QString partitionText = piece.left(colon).trimmed();
        bool ok = false;
        const int partition = partitionText.toInt(&ok);
        if (!ok || partition < 0 || partitionText.startsWith(QLatin1Char('+')))
            return Text::tr("\"%1\" is not a partition number.").arg(partitionText);
        if (!topicPartitions.isEmpty() && !topicPartitions.contains(partition))
            return noSuchPartition(partition, topicPartitions);
        if (offsets.count(partition)) return Text::tr("Partition %1 is given twice.").arg(partition);
        int64_t offset = 0;
        if (QString problem = readOffset(piece.mid(colon + 1).trimmed(), &offset); !problem.isEmpty())
            return problem;
        offsets[partition] = offset;
    }
    start->partitionOffsets = std::move(offsets);
    return {};
}

QString offsetStartText(const BrowseStart& start) {
    if (start.partitionOffsets.empty()) return QString::number(start.offset);
    QStringList pairs;
    for (const auto& [partition, offset] : start.partitionOffsets)
        pairs << QStringLiteral("%1:%2").arg(partition).arg(offset);
    return pairs.join(QStringLiteral(", "));
}

void resolveBrowseStart(ClusterService* service, const QString& topic, const QList<int>& partitions,
                        const BrowseStart& start, bool readCommitted, QObject* context,
                        std::function<void(const BrowseSpan&)> done) {
    auto job = std::make_shared<Job>(Job{service, topic.toStdString(), start, readCommitted, context, std::move(done), {}, {}});
    service->call<std::vector<client::PartitionWatermarks>>(
        context,
        [name = job->topic](client::AdminClient& c, client::Callback<std::vector<client::PartitionWatermarks>> cb) {
            c.watermarks({name}, {}, std::move(cb));
        },
        [job, partitions](const client::Result<std::vector<client::PartitionWatermarks>>& result) {
            if (!result) return fail(job, describeError(result.error()));
            QList<int> all;
            for (const auto& w : *result) {
                if (w.error) return fail(job, describeError(*w.error));
                all.append(w.partition.partition);
                if (!partitions.isEmpty() && !partitions.contains(w.partition.partition)) continue;
                job->span.logStart[w.partition.partition] = w.earliest;
                job->span.ranges.push_back(PartitionRange{w.partition.partition, w.earliest, w.latest});
            }
            std::sort(job->span.ranges.begin(), job->span.ranges.end(),
                      [](const auto& a, const auto& b) { return a.partition < b.partition; });
            if (job->span.ranges.empty())
                return fail(job, Text::tr("The topic has no such partition."));
            // The browse bar checks this too, unless the topic's partitions were not known yet.
            if (job->start.kind == BrowseStart::Kind::Offset)
                for (const auto& entry : job->start.partitionOffsets)
                    if (!all.contains(entry.first)) return fail(job, noSuchPartition(entry.first, all));
            switch (job->start.kind) {
            case BrowseStart::Kind::Earliest:
                break;
            case BrowseStart::Kind::Latest:
                for (auto& r : job->span.ranges) r.from = r.to;
                break;
            case BrowseStart::Kind::Offset:
                for (auto& r : job->span.ranges) {
                    const auto& asked = job->start.partitionOffsets;
                    if (asked.empty())
                        r.from = clampTo(r, job->start.offset);
                    else if (const auto it = asked.find(r.partition); it != asked.end())
                        r.from = clampTo(r, it->second);
                    // Partitions not named keep their earliest record.
                }
                break;
            case BrowseStart::Kind::LastMessages:
                for (auto& r : job->span.ranges) r.from = std::max(r.from, r.to - std::max<int64_t>(0, job->start.count));
                break;
            case BrowseStart::Kind::Timestamp:
                return startAtTimestamps(job);
            case BrowseStart::Kind::ConsumerGroup:
                return startAtGroup(job);
            }
            job->done(job->span);
        });
}

} // namespace samsa::app
