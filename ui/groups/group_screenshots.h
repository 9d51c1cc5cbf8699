#pragma once

#include <QString>

namespace samsa::ui {

class GroupTools;

// Staging for `samsa --screenshot`, never used in a normal session.

// Writes an hour of made-up lag history for `group` on `topic` into the history
// database, ending where the monitor's real samples begin, so a picture of the lag chart
// shows what an hour of monitoring looks like. It is sample data: offsets start at zero
// an hour ago and the lag follows a smooth made-up curve. Blocks (processing events)
// until written.
bool writeSampleLagHistory(GroupTools& tools, const QString& group, const QString& topic, int partitions);

// A short rebalance-lab session in `group` on a new topic `topic`: three consumers join
// one after another, one is stopped, one is killed. Blocks (processing events) until
// the group has settled after each step, at most `limitMs` in all.
bool runLabSession(GroupTools& tools, const QString& group, const QString& topic, int limitMs);

} // namespace samsa::ui
