#include "app/messages/browse_start.h"

#include "app/cluster_service.h"

#include <QCoreApplication>
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
            for (const auto& w : *result) {
                if (w.error) return fail(job, describeError(*w.error));
                if (!partitions.isEmpty() && !partitions.contains(w.partition.partition)) continue;
                job->span.logStart[w.partition.partition] = w.earliest;
                job->span.ranges.push_back(PartitionRange{w.partition.partition, w.earliest, w.latest});
            }
            std::sort(job->span.ranges.begin(), job->span.ranges.end(),
                      [](const auto& a, const auto& b) { return a.partition < b.partition; });
            if (job->span.ranges.empty())
                return fail(job, Text::tr("The topic has no such partition."));
            switch (job->start.kind) {
            case BrowseStart::Kind::Earliest:
                break;
            case BrowseStart::Kind::Latest:
                for (auto& r : job->span.ranges) r.from = r.to;
                break;
            case BrowseStart::Kind::Offset:
                for (auto& r : job->span.ranges) r.from = clampTo(r, job->start.offset);
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
