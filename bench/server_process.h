#pragma once

#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace samsa::bench {

// A Kafka server running as a child process of the benchmark, so both contenders pay
// the same costs: their own address space, real sockets, and CPU time that can be read
// from /proc apart from the clients'.
class ServerProcess {
public:
    ServerProcess(std::string name, pid_t pid, std::string bootstrap);
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    const std::string& name() const { return m_name; }
    const std::string& bootstrap() const { return m_bootstrap; }
    pid_t pid() const { return m_pid; }

    // CPU time the process's live threads have used so far.
    double cpuSeconds() const;
    // Peak resident set size so far, in MiB.
    double peakResidentMiB() const;

    // SIGTERM, a grace period for a clean shutdown, then SIGKILL.
    void stop();

private:
    std::string m_name;
    pid_t m_pid = -1;
    std::string m_bootstrap;
};

// Starts samsa-broker with its data under `workDir`, listening on a free loopback port,
// and waits for its ready line. Its log goes to `workDir`/broker.log. `overrides` are
// extra "name=value" broker settings.
std::unique_ptr<ServerProcess> startSamsaBroker(const std::filesystem::path& executable,
                                                const std::filesystem::path& workDir,
                                                const std::vector<std::string>& overrides = {});

// Forks a process that hosts librdkafka's mock cluster (one broker) with the given
// topics pre-created with `partitions` partitions each (one by default, matching what
// samsa-broker auto-creates). Must be called before the benchmark starts any thread:
// the child carries on after fork() without exec().
std::unique_ptr<ServerProcess> startMockCluster(const std::vector<std::string>& topics, int partitions = 1);

// User + system CPU time of the calling process (all of its threads).
double selfCpuSeconds();

} // namespace samsa::bench
