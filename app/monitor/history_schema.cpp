#include "app/monitor/history_schema.h"

#include <QCoreApplication>
#include <vector>

namespace samsa::monitor {

namespace {

const std::vector<app::Migration>& steps() {
    static const std::vector<app::Migration> list{
        {1,
         "lag samples, generations, events",
         {QStringLiteral("CREATE TABLE series ("
                         " id INTEGER PRIMARY KEY,"
                         " cluster TEXT NOT NULL,"
                         " group_id TEXT NOT NULL,"
                         " topic TEXT NOT NULL,"
                         " UNIQUE (cluster, group_id, topic))"),
          // tier 0 holds every sample, 1 and 2 one per bucket; `partitions` is the packed
          // per-partition detail (sample_codec.h), dropped from old coarse rows.
          QStringLiteral("CREATE TABLE lag_samples ("
                         " series INTEGER NOT NULL,"
                         " tier INTEGER NOT NULL,"
                         " ts INTEGER NOT NULL,"
                         " committed INTEGER NOT NULL,"
                         " log_end INTEGER NOT NULL,"
                         " lag INTEGER NOT NULL,"
                         " time_lag INTEGER NOT NULL DEFAULT -1,"
                         " partitions BLOB,"
                         " PRIMARY KEY (series, tier, ts))"),
          QStringLiteral("CREATE INDEX lag_samples_by_time ON lag_samples (tier, ts)"),
          QStringLiteral("CREATE TABLE generations ("
                         " id INTEGER PRIMARY KEY,"
                         " cluster TEXT NOT NULL,"
                         " group_id TEXT NOT NULL,"
                         " generation INTEGER NOT NULL,"
                         " rebalance_start INTEGER NOT NULL,"
                         " not_before INTEGER NOT NULL,"
                         " stable INTEGER NOT NULL,"
                         " protocol_type TEXT NOT NULL,"
                         " assignor TEXT NOT NULL,"
                         " leader TEXT NOT NULL,"
                         " members TEXT NOT NULL,"
                         " sources INTEGER NOT NULL)"),
          QStringLiteral("CREATE INDEX generations_by_group ON generations (cluster, group_id, stable)"),
          QStringLiteral("CREATE TABLE group_events ("
                         " id INTEGER PRIMARY KEY,"
                         " cluster TEXT NOT NULL,"
                         " group_id TEXT NOT NULL,"
                         " ts INTEGER NOT NULL,"
                         " kind INTEGER NOT NULL,"
                         " from_state TEXT NOT NULL,"
                         " to_state TEXT NOT NULL,"
                         " text TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX group_events_by_group ON group_events (cluster, group_id, ts)"),
          QStringLiteral("CREATE TABLE offsets_topic_cursor ("
                         " cluster TEXT NOT NULL,"
                         " partition INTEGER NOT NULL,"
                         " next_offset INTEGER NOT NULL,"
                         " PRIMARY KEY (cluster, partition))")}},
    };
    return list;
}

} // namespace

app::SchemaHistory historySchema() {
    return {steps(), QCoreApplication::translate("samsa::monitor::HistoryStore",
                                                 "consumer group history database")};
}

int latestHistoryVersion() {
    return steps().back().version;
}

} // namespace samsa::monitor
