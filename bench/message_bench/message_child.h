#pragma once

#include <QString>

namespace samsa::bench::messages {

// The measurements, each run in a fresh process so its peak memory is its own. Each
// prints "samsa-bench <key> <value>" lines and returns the process exit code.

// The message browser page on the topic: first page, jump to the end, jumps to offsets,
// scrolling through the whole topic, filter scans.
int runBrowserChild(int argc, char** argv, const QString& bootstrap, const QString& topic);
// What a tool that reads everything into memory first does: the time until it can show
// anything, its memory, and a filter that parses every value as a JSON document.
int runNaiveChild(int argc, char** argv, const QString& bootstrap, const QString& topic);
// The floor: reading the whole topic through the client without keeping or filtering.
int runReadChild(int argc, char** argv, const QString& bootstrap, const QString& topic);

} // namespace samsa::bench::messages
