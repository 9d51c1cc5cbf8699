#pragma once

// The measured side of samsa_app_bench: a fresh process that builds the desktop app the
// way main() does, and reports what it measured as "samsa-bench <key> <value>" lines on
// standard output for the parent to collect.
namespace samsa::bench::app {

// Process start to an exposed main window with the local cluster running, then the
// resident memory after two idle seconds. With `bare`, only a QApplication and an empty
// window of the same size: the toolkit's own floor.
int runStartChild(int argc, char** argv, const char* dataDir, bool bare);

// Starts as above, creates `topics` topics of `partitions` partitions on the local
// cluster, and times listing them through ClusterService and the Topics page; also runs
// kcat -L against the same broker for comparison.
int runTopicsChild(int argc, char** argv, const char* dataDir, int topics, int partitions, int runs,
                   const char* kcat);

} // namespace samsa::bench::app
