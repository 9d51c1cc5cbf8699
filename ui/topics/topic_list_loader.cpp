#include "ui/topics/topic_list_loader.h"

#include "app/cluster_service.h"
#include "ui/topics/topic_list_model.h"

#include <QHash>

namespace samsa::ui {

namespace client = samsa::client;

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

std::vector<TopicRow> rowsOf(const std::vector<client::TopicDescription>& topics) {
    std::vector<TopicRow> rows;
    rows.reserve(topics.size());
    for (const auto& t : topics) {
        TopicRow row;
        row.name = qs(t.name);
        row.internal = t.internal;
        row.partitions = int(t.partitions.size());
        // Partitions may differ after a reassignment; the largest is what the topic asks for.
        for (const auto& p : t.partitions)
            row.replicationFactor = std::max(row.replicationFactor, int(p.replicas.size()));
        rows.push_back(std::move(row));
    }
    return rows;
}

QHash<QString, qint64> messagesOf(const std::vector<client::PartitionWatermarks>& marks) {
    QHash<QString, qint64> sums;
    QHash<QString, bool> complete;
    for (const auto& m : marks) {
        const QString topic = qs(m.partition.topic);
        qint64& sum = sums[topic];
        if (m.error || m.earliest < 0 || m.latest < m.earliest) {
            complete[topic] = false;
            continue;
        }
        sum += m.latest - m.earliest;
    }
    // A count missing some partitions would mislead; such topics stay unknown.
    for (auto it = complete.cbegin(); it != complete.cend(); ++it)
        sums.remove(it.key());
    return sums;
}

QHash<QString, qint64> sizesOf(const std::vector<client::LogDirInfo>& dirs) {
    QHash<QString, qint64> sums;
    for (const auto& dir : dirs) {
        if (dir.error) continue;
        for (const auto& p : dir.partitions)
            if (!p.future) sums[qs(p.partition.topic)] += p.sizeBytes;
    }
    return sums;
}

std::optional<qint64> longValue(const client::ConfigEntry& e) {
    if (!e.value) return std::nullopt;
    bool ok = false;
    const qint64 v = qs(*e.value).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

QHash<QString, TopicListModel::Configs> configsOf(const std::vector<client::ResourceConfigs>& all) {
    QHash<QString, TopicListModel::Configs> configs;
    configs.reserve(qsizetype(all.size()));
    for (const auto& resource : all) {
        if (resource.error) continue;
        TopicListModel::Configs c;
        for (const auto& e : resource.entries) {
            if (e.name == "retention.ms")
                c.retentionMs = longValue(e);
            else if (e.name == "retention.bytes")
                c.retentionBytes = longValue(e);
            else if (e.name == "cleanup.policy" && e.value)
                c.cleanupPolicy = qs(*e.value);
        }
        configs.insert(qs(resource.resource.name), c);
    }
    return configs;
}

} // namespace

TopicListLoader::TopicListLoader(app::ClusterService* service, TopicListModel* model,
                                 QObject* parent)
    : QObject(parent), m_service(service), m_model(model) {}

void TopicListLoader::start() {
    const quint64 generation = ++m_generation;
    m_pendingStages = 1;
    using Topics = std::vector<client::TopicDescription>;
    m_service->call<Topics>(
        this, [](client::AdminClient& c, client::Callback<Topics> cb) { c.listTopics({}, cb); },
        [this, generation](const client::Result<Topics>& result) {
            if (!current(generation)) return;
            if (!result) {
                m_pendingStages = 0;
                emit listed(app::describeError(result.error()));
                emit finished();
                return;
            }
            m_model->setTopics(rowsOf(*result));
            emit listed({});
            std::vector<std::string> names;
            names.reserve(result->size());
            for (const auto& t : *result)
                names.push_back(t.name);
            startDetails(names);
        });
}

void TopicListLoader::startDetails(const std::vector<std::string>& names) {
    const quint64 generation = m_generation;
    if (names.empty()) {
        m_pendingStages = 0;
        emit finished();
        return;
    }
    m_pendingStages = 3;

    using Marks = std::vector<client::PartitionWatermarks>;
    m_service->call<Marks>(
        this,
        [names](client::AdminClient& c, client::Callback<Marks> cb) {
            c.watermarks(names, {}, cb);
        },
        [this, generation](const client::Result<Marks>& result) {
            if (!current(generation)) return;
            if (result) {
                m_model->setMessages(messagesOf(*result));
            } else {
                const QString error = app::describeError(result.error());
                m_model->setMessagesFailed(error);
                emit stageFailed(tr("message counts"), error);
            }
            stageDone(generation);
        });

    using Dirs = std::vector<client::LogDirInfo>;
    m_service->call<Dirs>(
        this,
        [](client::AdminClient& c, client::Callback<Dirs> cb) { c.describeLogDirs({}, {}, cb); },
        [this, generation](const client::Result<Dirs>& result) {
            if (!current(generation)) return;
            if (result) {
                m_model->setSizes(sizesOf(*result));
            } else {
                const QString error = app::describeError(result.error());
                m_model->setSizesFailed(error);
                emit stageFailed(tr("sizes"), error);
            }
            stageDone(generation);
        });

    using Configs = std::vector<client::ResourceConfigs>;
    std::vector<client::ConfigResource> resources;
    resources.reserve(names.size());
    for (const auto& name : names)
        resources.push_back({client::ConfigResourceType::Topic, name});
    m_service->call<Configs>(
        this,
        [resources = std::move(resources)](client::AdminClient& c, client::Callback<Configs> cb) {
            // Only three values per topic are shown; synonyms and documentation would
            // multiply the response for a thousand topics.
            client::DescribeConfigsOptions options;
            options.includeSynonyms = false;
            options.includeDocumentation = false;
            c.describeConfigs(resources, options, {}, cb);
        },
        [this, generation](const client::Result<Configs>& result) {
            if (!current(generation)) return;
            if (result) {
                m_model->setConfigs(configsOf(*result));
            } else {
                const QString error = app::describeError(result.error());
                m_model->setConfigsFailed(error);
                emit stageFailed(tr("configs"), error);
            }
            stageDone(generation);
        });
}

void TopicListLoader::stageDone(quint64 generation) {
    if (!current(generation) || m_pendingStages <= 0) return;
    if (--m_pendingStages == 0) emit finished();
}

} // namespace samsa::ui
