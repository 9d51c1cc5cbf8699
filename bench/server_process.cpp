#include "server_process.h"

#include <fcntl.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace samsa::bench {

namespace {

using namespace std::chrono_literals;

constexpr std::string_view kReadyMarker = "started, ready on ";

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

bool reap(pid_t pid, std::chrono::milliseconds within) {
    const auto deadline = std::chrono::steady_clock::now() + within;
    for (;;) {
        const pid_t r = ::waitpid(pid, nullptr, WNOHANG);
        if (r == pid || (r < 0 && errno == ECHILD)) return true;
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(10ms);
    }
}

[[noreturn]] void runMockChild(int reportFd, const std::vector<std::string>& topics, int partitions) {
    char err[256];
    rd_kafka_conf_t* conf = rd_kafka_conf_new();
    // The instance exists only to own the mock cluster; keep its own logging quiet.
    rd_kafka_conf_set(conf, "log_level", "3", err, sizeof err);
    rd_kafka_t* rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    std::string report;
    rd_kafka_mock_cluster_t* cluster = rk ? rd_kafka_mock_cluster_new(rk, 1) : nullptr;
    if (!cluster) {
        report = std::string("!could not create the mock cluster: ") + err + "\n";
    } else {
        for (const auto& t : topics) {
            const auto e = rd_kafka_mock_topic_create(cluster, t.c_str(), partitions, 1);
            if (e != RD_KAFKA_RESP_ERR_NO_ERROR) {
                report = "!could not create topic " + t + ": " + rd_kafka_err2str(e) + "\n";
                break;
            }
        }
        if (report.empty()) report = std::string(rd_kafka_mock_cluster_bootstraps(cluster)) + "\n";
    }
    (void)!::write(reportFd, report.data(), report.size());
    ::close(reportFd);
    if (report.front() == '!') ::_exit(1);
    // Serve until the parent stops us (or dies: PR_SET_DEATHSIG).
    for (;;) ::pause();
}

} // namespace

ServerProcess::ServerProcess(std::string name, pid_t pid, std::string bootstrap)
    : m_name(std::move(name)), m_pid(pid), m_bootstrap(std::move(bootstrap)) {}

ServerProcess::~ServerProcess() { stop(); }

double ServerProcess::cpuSeconds() const {
    // The scheduler's per-thread run time is in nanoseconds; the utime/stime of
    // /proc/<pid>/stat count 10 ms ticks, too coarse for a short run.
    double total = 0;
    std::error_code ec;
    const std::filesystem::path tasks = "/proc/" + std::to_string(m_pid) + "/task";
    for (const auto& task : std::filesystem::directory_iterator(tasks, ec)) {
        std::istringstream in(readFile(task.path() / "schedstat"));
        double ns = 0;
        if (in >> ns) total += ns / 1e9;
    }
    return total;
}

double ServerProcess::peakResidentMiB() const {
    std::istringstream status(readFile("/proc/" + std::to_string(m_pid) + "/status"));
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0; // in kB
    }
    return 0;
}

void ServerProcess::stop() {
    if (m_pid <= 0) return;
    ::kill(m_pid, SIGTERM);
    if (!reap(m_pid, 15s)) {
        ::kill(m_pid, SIGKILL);
        reap(m_pid, 5s);
    }
    m_pid = -1;
}

std::unique_ptr<ServerProcess> startSamsaBroker(const std::filesystem::path& executable,
                                                const std::filesystem::path& workDir,
                                                const std::vector<std::string>& overrides) {
    const auto dataDir = workDir / "data";
    const auto logPath = workDir / "broker.log";
    std::filesystem::create_directories(dataDir);

    // Everything the child needs is prepared before fork(): after it only
    // async-signal-safe calls are allowed, as the benchmark may have threads by now.
    std::vector<std::string> args = {executable.string(),
                                     "--override", "log.dirs=" + dataDir.string(),
                                     "--override", "listeners=PLAINTEXT://127.0.0.1:0",
                                     "--override", "num.partitions=1"};
    for (const auto& o : overrides) {
        args.push_back("--override");
        args.push_back(o);
    }
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    const std::string logName = logPath.string();
    const pid_t parent = ::getpid();

    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    if (pid == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) ::_exit(126);
        const int fd = ::open(logName.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            ::dup2(fd, STDOUT_FILENO);
            ::dup2(fd, STDERR_FILENO);
        }
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }

    auto fail = [&](const std::string& why) {
        ::kill(pid, SIGKILL);
        reap(pid, 5s);
        return std::runtime_error(why);
    };
    const auto deadline = std::chrono::steady_clock::now() + 30s;
    for (;;) {
        const std::string log = readFile(logPath);
        if (const auto at = log.find(kReadyMarker); at != std::string::npos) {
            const auto begin = at + kReadyMarker.size();
            const auto end = log.find_first_of(" \r\n", begin);
            if (end != std::string::npos)
                return std::make_unique<ServerProcess>("samsa", pid, log.substr(begin, end - begin));
        }
        if (::waitpid(pid, nullptr, WNOHANG) == pid)
            throw std::runtime_error("samsa-broker exited before it was ready; its log:\n" + log);
        if (std::chrono::steady_clock::now() > deadline)
            throw fail("samsa-broker was not ready within 30 s; its log:\n" + log);
        std::this_thread::sleep_for(20ms);
    }
}

std::unique_ptr<ServerProcess> startMockCluster(const std::vector<std::string>& topics, int partitions) {
    int fds[2];
    if (::pipe(fds) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    if (pid == 0) {
        ::close(fds[0]);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) ::_exit(126);
        runMockChild(fds[1], topics, partitions);
    }
    ::close(fds[1]);
    std::string line;
    char buf[256];
    for (;;) {
        const ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n > 0) {
            line.append(buf, static_cast<size_t>(n));
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        break;
    }
    ::close(fds[0]);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    if (line.empty() || line.front() == '!') {
        ::kill(pid, SIGKILL);
        reap(pid, 5s);
        throw std::runtime_error("mock cluster: " + (line.empty() ? std::string("no answer") : line.substr(1)));
    }
    return std::make_unique<ServerProcess>("mock", pid, line);
}

double selfCpuSeconds() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace samsa::bench
