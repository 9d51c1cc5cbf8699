#include "protocol/messages/describe_log_dirs.h"

#include "server/broker_core.h"
#include "server/handlers/handlers.h"

#include <filesystem>
#include <map>
#include <set>

namespace samsa::server::handlers {

using protocol::messages::DescribeLogDirsRequest;
using protocol::messages::DescribeLogDirsResponse;
using DirResult = DescribeLogDirsResponse::DescribeLogDirsResult;

namespace {

namespace fs = std::filesystem;

// Null topics asks for every partition; otherwise only the listed ones (missing ones are
// left out, as Kafka does).
bool wanted(const DescribeLogDirsRequest& request, const storage::TopicPartition& tp) {
    if (!request.topics) return true;
    for (const auto& t : *request.topics)
        if (t.topic == tp.topic)
            for (int32_t p : t.partitions)
                if (p == tp.partition) return true;
    return false;
}

DirResult describeDir(RequestContext& ctx, const fs::path& dir,
                      const DescribeLogDirsRequest& request) {
    DirResult out;
    std::error_code ec;
    const fs::path shown = fs::weakly_canonical(dir, ec);
    out.logDir = (ec ? dir : shown).string();
    // v4 reports the file system's size and what an unprivileged writer may still use.
    if (const auto space = fs::space(dir, ec); !ec) {
        out.totalBytes = static_cast<int64_t>(space.capacity);
        out.usableBytes = static_cast<int64_t>(space.available);
    }
    auto& logs = ctx.broker.logs();
    std::map<std::string, std::vector<DescribeLogDirsResponse::DescribeLogDirsPartition>> byTopic;
    for (const auto& tp : logs.partitions()) {
        if (logs.logDirOf(tp) != dir || !wanted(request, tp)) continue;
        const auto* log = logs.getLog(tp);
        const auto* partition = ctx.broker.partitions().get(tp);
        // How far this replica is behind the high watermark: a leader never is.
        const int64_t lag =
            partition ? std::max<int64_t>(0, partition->highWatermark() - partition->logEndOffset())
                      : 0;
        byTopic[tp.topic].push_back(
            {tp.partition, static_cast<int64_t>(log->sizeInBytes()), lag, false, {}});
    }
    for (auto& [name, partitions] : byTopic)
        out.topics.push_back({name, std::move(partitions), {}});
    return out;
}

} // namespace

asio::awaitable<Response> describeLogDirs(RequestContext& ctx) {
    const auto request = ctx.decode<DescribeLogDirsRequest>();
    DescribeLogDirsResponse response;
    for (const auto& dir : ctx.broker.logs().logDirs()) {
        if (ctx.versionServed()) {
            response.results.push_back(describeDir(ctx, dir, request));
        } else {
            auto& unserved = response.results.emplace_back();
            unserved.errorCode = toWire(ErrorCode::UnsupportedVersion);
            unserved.logDir = dir.string();
        }
    }
    co_return ctx.respond(response);
}

} // namespace samsa::server::handlers
