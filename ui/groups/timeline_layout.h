#pragma once

#include "app/monitor/monitor_types.h"

namespace samsa::ui {

// Where the rebalance timeline draws things, in time; the widget only scales it.
struct TimelineLayout {
    // One lane per member identity (its static instance id, or its member id).
    struct Lane {
        QString identity;
        QString name;
        QString clientId;
    };
    // A member holding its assignment during one generation.
    struct Span {
        int lane = 0;
        int generation = 0; // index into the generations given
        qint64 fromMs = 0;
        qint64 toMs = 0;
        QList<monitor::PartitionKey> partitions;
    };
    // The time before a generation when the group did not consume: from the start of
    // the rebalance (or the last sample before it, when polling missed the start) to
    // Stable.
    struct Pause {
        int generation = 0;
        qint64 fromMs = 0;      // the start as known: seen rebalancing, else the last settled sample
        qint64 toMs = 0;
        qint64 earliestMs = 0;  // the start was not before this (the last settled sample)
        bool startKnown = false; // a sample caught the group rebalancing
    };
    QList<Lane> lanes;
    QList<Span> spans;
    QList<Pause> pauses;
};

// Lays generations (in time order) out up to `nowMs`, when the last one is still on.
TimelineLayout layoutTimeline(const QList<monitor::Generation>& generations, qint64 nowMs);

// When generation `index` ended: when the next one's rebalance began, as far as known.
qint64 generationEndMs(const QList<monitor::Generation>& generations, int index, qint64 nowMs);

} // namespace samsa::ui
